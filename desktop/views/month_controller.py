"""The shown month's data flow: memory, cache, table, refresh and prefetch, without widgets.

:class:`MonthController` keeps the months in a :class:`~desktop.workers.months.MonthsMemory`,
asks :class:`~desktop.workers.calendar_service.CalendarService` for what is missing or stale,
and tells the window what to show by signals: the grid's entries (only when they changed), the
month shown, loading, failures and going offline. The window wires these to the model, the
banner and the status area; it keeps no month state of its own.

At start-up the month comes from the cache first; what imports big libraries (the store's
boto3, the holidays) waits, through :meth:`MonthController.after_start`, until it is painted.
"""

from __future__ import annotations

import gc
import inspect
import weakref
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.data.errors import OfflineError, StoreError
from desktop.domain.calendar import add_months, grid_days, month_start
from desktop.domain.models import Event
from desktop.views.colors import department_color
from desktop.views.month_model import DayEntry
from desktop.workers.months import DayLists, MonthsMemory, Sources, arrange

# The longest start-up waits for the cached month's paint before loading boto3 and holidays.
STARTING_MS = 1500
# Up to this many known events on the grid's days, the entries are arranged on the GUI thread
# (about a millisecond, and an edit shows at once); more go to a worker.
ARRANGE_HERE = 1000

if TYPE_CHECKING:
    from desktop.data.cache import CachedMonth
    from desktop.workers.calendar_service import CalendarService, MonthResult
    from desktop.workers.connectivity import ConnectivityMonitor


_ARRANGING = "grid entries"  # the runner's key: one arrangement at a time, the newest wins


def _now_or_later(action: Callable[[], None]) -> None:
    action()


def _weakly[**P, R](function: Callable[P, R], gone: R) -> Callable[P, R]:
    """``function``, holding its object weakly when it is a bound method: the window's
    methods handed to its own child must not keep the window alive (Qt's parent link is a
    reference the collector cannot see, so the cycle would never be freed)."""
    if not inspect.ismethod(function):
        return function
    method = weakref.WeakMethod(function)

    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        alive = method()
        return gone if alive is None else alive(*args, **kwargs)

    return call


class MonthController(QObject):
    """Loads, refreshes and keeps the shown month; the window only shows what it emits.

    ``shown`` gives the departments shown (current and overlays), ``names`` a department's
    name, ``first_weekday`` the grid's first column (as :class:`MonthModel` has it), and
    ``after_paint`` runs an action once the grid has painted (the cache write of a fetched
    month waits for it, so the two do not compete at start-up).
    """

    entriesChanged = Signal(object)  # noqa: N815  DayLists[DayEntry]: the grid's events changed
    monthShown = Signal(object)  # noqa: N815  date: a month's data is painted
    loadingChanged = Signal(bool)  # noqa: N815
    gridBusy = Signal(bool)  # noqa: N815  the grid waits for a month it has nothing of
    neverLoaded = Signal()  # noqa: N815  offline, and a shown month was never fetched
    failed = Signal(object, object)  # StoreError, the retry (a callable)
    offline = Signal()  # a month could not be read: the table cannot be reached
    reached = Signal()  # a month was read: the table answers
    skipped = Signal(int)  # records of the shown month that could not be read

    def __init__(
        self,
        service: CalendarService,
        connectivity: ConnectivityMonitor,
        *,
        shown: Callable[[], list[str]],
        names: Callable[[str], str],
        first_weekday: int,
        month: date,
        after_paint: Callable[[Callable[[], None]], None] = _now_or_later,
        memory: MonthsMemory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.connectivity = connectivity
        self.memory = memory or MonthsMemory()
        self.month = month_start(month)
        # When the shown month's data was fetched (its oldest department): "Up to date at …".
        self.fetched_at: datetime | None = None
        self.loading = False
        self._shown = _weakly(shown, [])
        self._names = _weakly(names, "")
        self._first_weekday = first_weekday
        self._after_paint = _weakly(after_paint, None)
        self._painted: DayLists[DayEntry] | None = None  # what the grid shows: not sent again
        self._announced = False  # monthShown was emitted since the last show_month()
        self._arranging = 0  # the runner's number of the arrangement under way (0: none)
        self._frozen = False  # gc.freeze() done, once the first fetched month is shown
        # Work that imports big libraries (boto3, holidays) holds the GIL for tens of ms, even
        # on a worker: at start it waits until the cached month is painted (begin_start()).
        self._behind_start: list[Callable[[], None]] | None = None

    # --- what the grid shows ------------------------------------------------------------------

    def days(self) -> list[date]:
        return grid_days(self.month, self._first_weekday)

    def entries(self) -> DayLists[DayEntry]:
        """The shown departments' known events on the grid's days, with their marks."""
        days = self.days()
        return self._arranger()(self.memory.sources(self._shown(), days[0], days[-1]))

    def _arranger(self) -> Callable[[Sources], DayLists[DayEntry]]:
        """What turns the known events into the grid's entries; it reads only what it holds
        (names, colours and outbox marks as they are now), so it can run on a worker."""
        days = self.days()
        first, last = days[0], days[-1]
        names = {d: (self._names(d), department_color(d)) for d in self._shown()}
        states = dict(self.memory.states)

        def make(department_id: str, event: Event) -> DayEntry:
            name, color = names[department_id]
            return DayEntry(event, name, color, states.get((event.id, department_id), ""))

        return lambda sources: arrange(sources, first, last, make)

    def paint(self) -> None:
        """Send the grid its entries, when they differ from what it shows.

        A big month (more than :data:`ARRANGE_HERE` events) is arranged and compared on a
        worker; a newer paint makes an older one's result stale (the runner drops it)."""
        days = self.days()
        sources = self.memory.sources(self._shown(), days[0], days[-1])
        arranger = self._arranger()
        runner = getattr(self.service, "runner", None)
        size = sum(len(events) for _d, months in sources for events in months)
        if size <= ARRANGE_HERE or runner is None:
            if runner is not None:
                runner.forget(_ARRANGING)  # an older, bigger month's result is stale now
            self._arranging = 0
            self._show(arranger(sources))
            return
        painted = self._painted

        def arrange_and_compare() -> DayLists[DayEntry] | None:
            entries = arranger(sources)
            return None if entries == painted else entries

        self._arranging = runner.submit(arrange_and_compare, self._arranged, key=_ARRANGING)

    @property
    def arranging(self) -> bool:
        """A big month's entries are being arranged on a worker (the grid has them after)."""
        return bool(self._arranging)

    def _arranged(self, entries: DayLists[DayEntry] | None) -> None:
        self._arranging = 0
        if entries is not None:
            self._painted = entries
            self.entriesChanged.emit(entries)

    def _show(self, entries: DayLists[DayEntry]) -> None:
        if entries != self._painted:
            self._painted = entries
            self.entriesChanged.emit(entries)

    def set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.loadingChanged.emit(loading)

    # --- changes shown before the table confirms them ----------------------------------------

    def put_event(self, event: Event) -> None:
        self.replace(None, event)

    def forget_event(self, event: Event) -> None:
        self.replace(event, None)

    def replace(self, old: Event | None, new: Event | None, *, mark: bool = False) -> None:
        """Take ``old`` out and show ``new`` (a change, or its recorded or sent version) in one
        paint; ``mark``: ``new`` waits in the outbox (a conflict or failure mark stays)."""
        if old is not None:
            self.memory.forget_event(old)
        if new is not None:
            if mark:
                self.memory.mark_pending(new)
            self.memory.put_event(new)
        self.paint()

    def set_states(self, states: dict[tuple[str, str], str]) -> None:
        """The outbox's marks; the grid is painted again when they changed."""
        if self.memory.set_states(states):
            self.paint()

    # --- start-up -----------------------------------------------------------------------------

    def begin_start(self) -> None:
        """Start-up (again): what imports big libraries waits for the cached month's paint."""
        if self._behind_start is None:
            self._behind_start = [self.connectivity.watch_system]
            QTimer.singleShot(STARTING_MS, self.started)

    def after_start(self, action: Callable[[], None]) -> None:
        """Run ``action`` now, or once start-up has painted the cached month."""
        if self._behind_start is None:
            action()
        else:
            self._behind_start.append(action)

    def started(self) -> None:
        """Start-up has painted what the cache had (or found nothing, or gave up waiting)."""
        waiting, self._behind_start = self._behind_start or [], None
        for action in waiting:
            action()

    # --- loading ------------------------------------------------------------------------------

    def show_month(self, month: date, *, force: bool = False) -> None:
        """Show ``month``: at once from memory or the cache, then fresh from the table."""
        self.month = month_start(month)
        self._announced = False
        shown = self._shown()
        if not shown:
            self._clear_grid()
            return
        self.paint()
        missing = self.memory.missing(shown, self.month)
        if missing:
            requested = self.month
            self.service.cached_month(
                missing, requested, lambda found: self._cached_month_loaded(requested, found)
            )
        if self.memory.is_fresh(shown, self.month) and not force:
            self.fetched_at = self.memory.oldest_fetch(shown, self.month)
            self.set_loading(False)
            self._announce()
            self.prefetch_neighbours()
            return
        if self.service.store is None:
            return  # the store is still starting; it loads the month when ready
        if not self.connectivity.online and not force:
            self.set_loading(False)
            if not missing:  # otherwise the cache read decides
                self._tell_never_loaded()
            return
        if missing:
            self.gridBusy.emit(True)
        self.set_loading(True)
        requested_month = self.month
        self.service.load_month(
            shown,
            requested_month,
            self._month_loaded,
            lambda error: self._month_failed(error, requested_month),
            save_later=True,
        )

    def keep_cached(self, month: date, found: dict[str, CachedMonth]) -> None:
        """Keep what the cache had for ``month`` (start-up reads it with the departments)."""
        self.memory.keep_cached(month, found)

    def knows(self, month: date) -> bool:
        """Every shown department's ``month`` is in memory (fresh or not)."""
        return not self.memory.missing(self._shown(), month)

    def _cached_month_loaded(self, month: date, found: dict[str, CachedMonth]) -> None:
        self.keep_cached(month, found)
        if month == self.month and found:
            self.paint()
        self.cached_month_shown(month, found)

    def cached_month_shown(self, month: date, found: dict[str, CachedMonth]) -> None:
        """The cache's copy of ``month`` is in memory (and painted, if it is shown)."""
        # Once the cached month is painted, the data layer may load boto3 behind it.
        self.after_start(self.service.open_store)
        if self._behind_start is not None:
            if found and month == self.month:
                # One more turn of the event loop: the painted frame goes out first.
                self._after_paint(lambda: QTimer.singleShot(0, self.started))
            else:
                QTimer.singleShot(0, self.started)
        if month != self.month:
            return
        shown = self._shown()
        if found and not self.memory.missing(shown, month):
            self.fetched_at = self.memory.oldest_fetch(shown, month)
            self.gridBusy.emit(False)
            if (not self.loading or self.service.store is None) and not self._announced:
                self._announce()  # unless show_month() found it fresh and said so
        self._tell_never_loaded()

    def _announce(self) -> None:
        self._announced = True
        self.monthShown.emit(self.month)

    def _tell_never_loaded(self) -> None:
        """Offline, a month never fetched says so instead of looking empty."""
        if self.memory.missing(self._shown(), self.month) and not self.connectivity.online:
            self.neverLoaded.emit()

    def _month_loaded(self, result: MonthResult) -> None:
        self._remember(result)
        if result.unsaved:  # the cache write waits until the month is on the screen
            self._after_paint(lambda: self.service.save_month(result))
        if not self._frozen:
            # Start-up's long-lived objects (Qt wrappers, botocore's models, the months) leave
            # the collector's full passes, which otherwise stop every thread for ~40 ms.
            self._frozen = True
            gc.freeze()
        self.reached.emit()
        self.connectivity.went_online()
        if result.month != self.month:
            return
        self.fetched_at = min((b.fetched_at for b in result.batches.values()), default=None)
        self.set_loading(False)
        self.paint()
        if result.skipped:
            self.skipped.emit(result.skipped)
        self._announce()
        self.prefetch_neighbours()

    def _remember(self, result: MonthResult) -> None:
        for batch in result.batches.values():
            self.service.overlay_recent(batch)  # a write that finished after the fetch
        self.memory.remember(result)

    def _month_failed(self, error: StoreError, month: date) -> None:
        if month != self.month:
            return
        self.set_loading(False)
        if isinstance(error, OfflineError):
            self.offline.emit()
            return
        self.failed.emit(error, self.retry)

    def retry(self) -> None:
        """Read the shown month again, fresh or not."""
        self.show_month(self.month, force=True)

    def prefetch_neighbours(self) -> None:
        """The months before and after the visible one, fetched after it (once)."""
        shown = self._shown()
        for step in (1, -1):
            month = add_months(self.month, step)
            if not self.memory.missing(shown, month):
                continue
            self.service.load_month(
                shown, month, self._prefetched, lambda _error: None, key=f"prefetch{step}"
            )

    def _prefetched(self, result: MonthResult) -> None:
        self._remember(result)
        # The grid shows the first and last days of the months around the visible one.
        self.paint()

    # --- the refresh policy -------------------------------------------------------------------

    def max_age(self, month: date | None = None) -> float:
        """Seconds the shown departments' month stays fresh (desktop.domain.freshness)."""
        return self.memory.max_age(self._shown(), month or self.month)

    def is_fresh(self, month: date | None = None) -> bool:
        return self.memory.is_fresh(self._shown(), month or self.month)

    def refresh_if_due(self) -> None:
        """Read the shown month again if it is stale (a timer, or the window coming back)."""
        if self.service.store is None or self.fetched_at is None:
            return
        if not self.is_fresh() and self.connectivity.online:
            self.show_month(self.month, force=True)

    def clear(self) -> None:
        """Forget every month (another source: other tables) and empty the grid."""
        self.memory.clear()
        self.fetched_at = None
        self._clear_grid()

    def _clear_grid(self) -> None:
        runner = getattr(self.service, "runner", None)
        if runner is not None:
            runner.forget(_ARRANGING)
        self._arranging = 0
        self._painted = DayLists()
        self.entriesChanged.emit(self._painted)
