"""Search from the departments panel: events in every cached month, offline too.

Results stream in: the first page as soon as it is read, the next ones after it, up to
:data:`MOST_RESULTS`. Each search supersedes the one before (the panel debounces the typing):
the older one is stopped where it is, and nothing it found is shown.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.views.colors import department_color
from desktop.views.departments_panel import ResultsState

if TYPE_CHECKING:
    from desktop.data.cache import Cache, SearchPage
    from desktop.domain.models import Event
    from desktop.views.main_window import MainWindow

PAGE_SIZE = 200
MOST_RESULTS = 1000


class Search:
    """Finds events for ``window``'s search field and shows the one chosen."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._generation = 0  # which search is the current one; read by the workers

    def search(self, text: str) -> None:
        """Events of the shown departments in every cached month, offline too, a page at a
        time. ``""`` stops the search running."""
        self._generation += 1
        generation = self._generation
        if not text:
            return
        window = self._window
        shown = window.shown_department_ids()
        listed = pages = 0

        def superseded() -> bool:
            return self._generation != generation

        def ask(after: date | None) -> None:
            def find(cache: Cache) -> SearchPage | None:
                return cache.search_page(
                    shown, text, after=after, limit=PAGE_SIZE, cancelled=superseded
                )

            window.service.run_local(find, arrived, key="search")

        def arrived(page: SearchPage | None) -> None:
            nonlocal listed, pages
            if page is None or superseded():
                return
            rows = [
                (e, window.department_name(e.department_id), department_color(e.department_id))
                for e in page.events
            ]
            listed += len(rows)
            pages += 1
            if page.after is None:
                state = ResultsState.COMPLETE
            elif listed >= MOST_RESULTS:
                state = ResultsState.CUT
            else:
                state = ResultsState.SEARCHING
                ask(page.after)
            window.departments_panel.show_results(
                text, rows, window.locale_, append=pages > 1, state=state
            )

        ask(None)

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
