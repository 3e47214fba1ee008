"""Search from the departments panel: events in every cached month, offline too.

Results stream in: the first page as soon as it is read, the next ones after it, up to
:data:`MOST_RESULTS`. Each search supersedes the one before (the panel debounces the typing):
the older one is stopped where it is, and nothing it found is shown.

The results say what they cover: the saved months and the departments searched (every
department, or only those shown: the panel's check box), and offer to fetch the months of the
shown year not saved yet (:class:`~desktop.workers.range_fetch.RangeFetch`, one read at a time,
with progress and Cancel); the results are searched again as those months arrive.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

from desktop.domain.coverage import coverage, missing_months
from desktop.i18n import tr
from desktop.views.colors import department_color
from desktop.views.search_results import ResultsState, coverage_text
from desktop.workers.range_fetch import FetchOutcome, RangeFetch

if TYPE_CHECKING:
    from desktop.data.cache import Cache, SearchPage
    from desktop.domain.models import Event
    from desktop.views.main_window import MainWindow

PAGE_SIZE = 200
MOST_RESULTS = 1000
# Months arriving one after the other are searched again together, not once each.
RESEARCH_MS = 300


class Search:
    """Finds events for ``window``'s search field and shows the one chosen."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._generation = 0  # which search is the current one; read by the workers
        self._text = ""
        self._missing: list[tuple[str, date]] = []
        self.fetch: RangeFetch | None = None
        self._again = QTimer(window)
        self._again.setSingleShot(True)
        self._again.setInterval(RESEARCH_MS)
        self._again.timeout.connect(lambda: self.search(self._text))
        found = window.departments_panel.found
        found.scopeChanged.connect(lambda _all: self.search(self._text))
        found.fetchRequested.connect(self.fetch_rest)
        found.cancelRequested.connect(self.cancel_fetch)

    def searched_ids(self) -> list[str]:
        """Every department saved, or only those shown: as the results' check box says."""
        window = self._window
        if window.departments_panel.found.search_all():
            shown = window.shown_department_ids()
            return shown + [d.id for d in window.departments if d.id not in shown]
        return window.shown_department_ids()

    def search(self, text: str) -> None:
        """Events of the departments searched in every cached month, offline too, a page at a
        time. ``""`` stops the search running (and a fetch of the rest)."""
        self._generation += 1
        generation = self._generation
        self._text = text
        filter_view = getattr(self._window.active_view, "filter_events", None)
        if filter_view is not None:  # the agenda filters its own list instead of a results list
            self.cancel_fetch()
            self._window.departments_panel.found.clear()
            filter_view(text)
            return
        if not text:
            self.cancel_fetch()
            # A fetch stopped by Esc leaves no note for the next search.
            self._window.departments_panel.found.say("")
            return
        window = self._window
        searched = self.searched_ids()
        year = window.month.year
        listed = pages = 0

        def superseded() -> bool:
            return self._generation != generation

        def covered(saved: set[tuple[str, date]]) -> None:
            if superseded():
                return
            found = window.departments_panel.found
            found.set_coverage(
                coverage_text(window.locale_, coverage(saved, searched)),
                [window.department_name(d) for d in searched],
            )
            self._missing = missing_months(saved, searched, date(year, 1, 1), date(year, 12, 31))
            found.offer_fetch(year, len(self._missing))

        window.service.run_local(lambda c: c.saved_months(searched), covered, key="search-covers")

        def ask(after: date | None) -> None:
            def find(cache: Cache) -> SearchPage | None:
                return cache.search_page(
                    searched, text, after=after, limit=PAGE_SIZE, cancelled=superseded
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

    # --- the months not saved ------------------------------------------------------------------

    def fetch_rest(self) -> None:
        """Fetch the months of the shown year that the departments searched never had saved;
        the results follow as they arrive."""
        if self.fetch is not None and self.fetch.running:
            return
        window = self._window
        found = window.departments_panel.found
        fetch = RangeFetch(window.service, self._missing, spent=window.months.fresh.spent)
        self.fetch = fetch
        fetch.progress.connect(lambda done, total: found.show_progress((done, total)))
        fetch.arrived.connect(lambda _d, _m: self._again.start())
        fetch.finished.connect(self._fetched)
        found.say("")
        fetch.start()

    def cancel_fetch(self) -> None:
        if self.fetch is not None:
            self.fetch.cancel()

    def _fetched(self, outcome: FetchOutcome) -> None:
        found = self._window.departments_panel.found
        found.show_progress(None)
        left = len(outcome.not_fetched)
        if outcome.offline:
            found.say(
                tr(
                    "SearchResults",
                    "Offline: %n months could not be fetched. Try again when the network is back.",
                    n=left,
                )
            )
        elif outcome.cancelled:
            found.say(tr("SearchResults", "Stopped: %n months not fetched.", n=left))
        elif left:
            reason = outcome.error.message if outcome.error is not None else ""
            found.say(
                tr("SearchResults", "%n months could not be fetched: {reason}", n=left).format(
                    reason=reason
                )
            )
        else:
            found.say("")
        if self._text:
            self._again.stop()
            self.search(self._text)

    # --- a result chosen -------------------------------------------------------------------------

    def show_found(self, event: Event) -> None:
        window = self._window
        window.presenter.go_to(event.event_date)

        def select() -> None:
            for entry in window.active_view.entries_on(event.event_date):
                if entry.event.id == event.id:
                    window.active_view.select_entry(entry)
                    return

        select()
        if window.active_view.selected_entry is None:
            # The month is still being read: select once it is painted.
            window.monthShown.connect(select, Qt.ConnectionType.SingleShotConnection)
