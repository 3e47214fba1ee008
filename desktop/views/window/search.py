"""Search from the departments panel: events in every cached month, offline too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.views.colors import department_color

if TYPE_CHECKING:
    from desktop.data.cache import Cache
    from desktop.domain.models import Event
    from desktop.views.main_window import MainWindow


class Search:
    """Finds events for ``window``'s search field and shows the one chosen."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def search(self, text: str) -> None:
        """Events of the shown departments in every cached month, offline too."""
        if not text:
            return
        window = self._window
        shown = window.shown_department_ids()

        def find(cache: Cache) -> list[Event]:
            return cache.search(shown, text)

        def found(events: list[Event]) -> None:
            rows = [
                (e, window.department_name(e.department_id), department_color(e.department_id))
                for e in events
            ]
            window.departments_panel.show_results(text, rows, window.locale_)

        window.service.run_local(find, found, key="search")

    def show_found(self, event: Event) -> None:
        window = self._window
        window.presenter.go_to(event.event_date)

        def select() -> None:
            for entry in window.model.entries_on(event.event_date):
                if entry.event.id == event.id:
                    window.month_view.select_entry(entry)
                    return

        select()
        if window.month_view.selected_entry is None:
            # The month is still being read: select once it is painted.
            window.monthShown.connect(select, Qt.ConnectionType.SingleShotConnection)
