"""What the month controller says, shown: the grid, the title, the counts, the state, offline.

:class:`MonthPresenter` wires the controller's signals to the model, the banner and the status
area, and moves between months; the months themselves stay in the controller.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop.data.errors import StoreError
from desktop.domain.calendar import month_start
from desktop.i18n import tr
from desktop.views.formats import long_date, month_title, short_time

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow
    from desktop.views.month_model import DayEntry
    from desktop.workers.months import DayLists


class MonthPresenter:
    """Shows the month of ``window``'s controller; keeps only the error shown last."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.error: StoreError | None = None
        # The day the shown view is about: its month for the month grid, its week for the
        # week views, the first day for the agenda, its year for the year view.
        self.anchor = window.today
        self._count = 0  # events on the shown view's days (the views but the month grid)
        months = window.months
        months.entriesChanged.connect(self._show_entries)
        months.monthShown.connect(self._month_shown)
        months.loadingChanged.connect(self._loading_changed)
        months.gridBusy.connect(self._grid_busy)
        months.neverLoaded.connect(self.show_never_loaded)
        months.failed.connect(self.show_error)
        months.offline.connect(self.went_offline)
        months.reached.connect(self._table_reached)
        months.skipped.connect(self._records_skipped)
        months.spanRead.connect(self.update_counts)  # the span's other months may be empty
        window.connectivity.retryDue.connect(self.retry)
        window.connectivity.onlineChanged.connect(self._state_changed)
        window.service.runner.busyChanged.connect(self._state_changed)

    # --- moving between months ----------------------------------------------------------------

    def show_month(self, month: date, *, force: bool = False) -> None:
        """Show ``month`` (the shown view keeps its day when it is in that month): at once
        from memory or the cache, then fresh from the table."""
        anchor = self.anchor if month_start(self.anchor) == month_start(month) else month
        self.show_day(anchor, force=force)

    def show_day(self, day: date, *, force: bool = False) -> None:
        """Show the shown view about ``day`` (its month, week or year)."""
        window = self._window
        self.anchor = day
        view = window.active_view
        view.show_anchor(day, window.today, window.model.first_weekday)
        # The view's days: what it was sent about them before it still shows (a switch back
        # to a view from unchanged months sends it nothing); other days get their entries.
        span = view.span(day, window.model.first_weekday)
        shows = window.months.show_to(view.kind, span.first, span.last)
        if shows is not None:
            self._count = len(shows)
        window.months.show_month(month_start(day), force=force)
        self.update_title()
        window.holidays.update()
        self.update_counts()

    def go_to(self, day: date) -> None:
        self.show_day(day)
        self._window.active_view.select_date(day)

    def step_month(self, step: int) -> None:
        """The shown view's previous or next page: a month, a week, a year."""
        window = self._window
        view = window.active_view
        self.show_day(
            view.step(self.anchor if view is not window.month_view else window.month, step)
        )
        view.select_date(self.anchor)

    def go_today(self) -> None:
        self.go_to(self._window.today)

    def retry(self) -> None:
        """Back online (or trying): the visible month first, then the rest."""
        window = self._window
        window.service.send_pending()
        if window.service.store is None:
            window.start()
        elif not window.departments:
            window.loader.load()
        else:
            self.show_month(window.month, force=True)
            window.loader.load()

    # --- what the controller says -------------------------------------------------------------

    def _state_changed(self, _online_or_busy: bool) -> None:
        self.set_state_text()

    def _show_entries(self, entries: DayLists[DayEntry]) -> None:
        view = self._window.active_view
        self._count = len(entries)
        view.show_entries(entries)
        view.refresh_selection()
        self.update_counts()

    def _month_shown(self, month: date) -> None:
        self.update_counts()
        self._window.monthShown.emit(month)

    def _loading_changed(self, loading: bool) -> None:
        if not loading:
            self._window.active_view.set_busy(False)
        self.set_state_text()

    def _grid_busy(self, busy: bool) -> None:
        self._window.active_view.set_busy(busy)
        if not busy:
            self.update_counts()

    def _table_reached(self) -> None:
        self.error = None
        if self._window.banner.kind in ("error", "offline"):
            self._window.banner.dismiss()

    def _records_skipped(self, count: int) -> None:
        self._window.status_area.say(
            tr(
                "MainWindow",
                "%n event records in this month could not be read and were skipped; "
                "see the log for details.",
                n=count,
            )
        )

    def show_never_loaded(self) -> None:
        """Offline, a month never fetched says so instead of looking empty."""
        window = self._window
        if window.active_view is window.month_view:
            text = tr(
                "MainWindow",
                "This month was never loaded on this computer, and the calendar server cannot be "
                "reached now. It loads by itself when the connection is back.",
            )
        else:
            months = ", ".join(
                month_title(window.locale_, m) for m in window.months.never_fetched()
            )
            text = tr(
                "MainWindow",
                "{months}: never loaded on this computer, and the calendar server cannot be "
                "reached now. It loads by itself when the connection is back.",
            ).format(months=months)
        window.active_view.set_busy(True, text)

    def went_offline(self) -> None:
        window = self._window
        delay = window.connectivity.went_offline()
        self.set_loading(False)
        saved = window.months.memory.newest_saved()
        if saved is not None and saved.timestamp() > 0:
            local = saved.astimezone()
            when = f"{self.date_text(local.date())} {self.time_text(local)}"
            text = tr("MainWindow", "Offline: showing data saved at {time}.").format(time=when)
        else:
            text = tr("MainWindow", "Offline: no data has been saved on this computer yet.")
        text += " " + tr("MainWindow", "Trying again in %n seconds.", n=max(1, round(delay)))
        window.banner.show_message(
            "offline", text, tr("MainWindow", "Try now"), window.connectivity.retry_now
        )
        self.set_state_text()
        if window.months.never_fetched():
            self.show_never_loaded()

    # --- the title, the counts and the state --------------------------------------------------

    def date_text(self, day: date) -> str:
        return long_date(self._window.locale_, day)

    def time_text(self, moment: datetime) -> str:
        return short_time(self._window.locale_, moment)

    def update_title(self) -> None:
        window = self._window
        title = window.month_title
        view = window.active_view
        anchor = window.month if view is window.month_view else self.anchor
        title.setText(view.title(window.locale_, anchor))
        title.setAccessibleName(title.text())

    def update_counts(self) -> None:
        window = self._window
        store = window.service.store
        never = bool(window.departments) and bool(window.months.never_fetched())
        month_grid = window.active_view is window.month_view
        window.status_area.show_counts(
            window.model.event_count_in_month() if month_grid else self._count,
            window.months.fetched_at,
            store.consumed_read_units if store is not None else None,
            never_fetched=never and not window.months.loading,
            kind=window.views.kind.value if hasattr(window, "views") else "month",
        )

    def set_loading(self, loading: bool) -> None:
        self._window.months.set_loading(loading)

    def set_state_text(self) -> None:
        window = self._window
        window.status_area.show_state(
            loading=window.months.loading,
            online=window.connectivity.online,
            failed=self.error is not None,
            fetched_at=window.months.fetched_at,
        )

    def show_error(self, error: StoreError, retry: Callable[[], None] | None = None) -> None:
        self.error = error
        self.set_loading(False)
        self._window.status_area.show_error(error, retry)
