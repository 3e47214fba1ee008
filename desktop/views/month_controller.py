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
from datetime import date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.data.errors import OfflineError, StoreError
from desktop.domain.calendar import add_months, grid_days, month_end, month_start
from desktop.domain.freshness import TODAY, WEEK, WEEK_DAYS, FreshDays
from desktop.domain.models import Event
from desktop.domain.tags import department_tags
from desktop.views.colors import current_colors, department_color
from desktop.views.month_model import DayEntry, with_bar
from desktop.views.sent_entries import Inputs, SentEntries
from desktop.views.span_reads import SpanReads
from desktop.workers.collector import collector_paused
from desktop.workers.months import ArrangedMonths, DayLists, MonthsMemory, Sources, arrange

# The longest start-up waits for the cached month's paint before loading boto3 and holidays.
STARTING_MS = 1500
# Up to this many known events on the grid's days, the entries are arranged on the GUI thread
# (about a millisecond, and an edit shows at once); more go to a worker.
ARRANGE_HERE = 1000
# A neighbour month is prefetched only when the shown month cost at most this many read units
# (a 3,000-event month costs ~100: reading its neighbours ahead would triple what is read).
PREFETCH_MAX_UNITS = 8.0
# How often the window looks whether today or the coming week is due to be read again.
FRESH_TICK_MS = 30_000  # the longest wait between looks at what is due
FRESH_MIN_WAIT_MS = 1_000

if TYPE_CHECKING:
    from desktop.data.cache import CachedMonth
    from desktop.views.calendar_view import Span
    from desktop.views.sent_entries import Looks
    from desktop.workers.calendar_service import CalendarService, DaysResult, MonthResult
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
    spanRead = Signal()  # noqa: N815  the shown view's other months are read (or cannot be)

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
        today: date | None = None,
        active: Callable[[], bool] = lambda: True,
        span: Callable[[], Span | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The shown view's days and months (None: the month grid's 42 days for ``month``).
        self._span = _weakly(span, None) if span is not None else (lambda: None)
        self.service = service
        self.connectivity = connectivity
        self.memory = memory or MonthsMemory()
        self.month = month_start(month)
        # When the shown month's data was fetched (its oldest department): "Up to date at …".
        self.fetched_at: datetime | None = None
        self.loading = False
        self._shown = _weakly(shown, [])
        self._names = _weakly(names, "")
        self.first_weekday = first_weekday  # the grid's first column: the week's setting
        self._after_paint = _weakly(after_paint, None)
        self._painted: DayLists[DayEntry] | None = None  # what the grid shows: not sent again
        # Each known month's entries, arranged once: a view over many months (the agenda, the
        # year) arranges only the month that changed or came in.
        self._arranged_months: ArrangedMonths[DayEntry] = ArrangedMonths()
        self.sent = SentEntries()  # what each view was sent last, and whom to now (show_to())
        self._announced = False  # monthShown was emitted since the last show_month()
        self._arranging = 0  # the runner's number of the arrangement under way (0: none)
        self._frozen = False  # gc.freeze() done, once the first fetched month is shown
        # Work that imports big libraries (boto3, holidays) holds the GIL for tens of ms, even
        # on a worker: at start it waits until the cached month is painted (begin_start()).
        self._behind_start: list[Callable[[], None]] | None = None
        # The direction of the last step (1 next, -1 back, 0 a jump) and the prefetch turn:
        # a new show_month() makes the queued prefetches of the month left behind stale.
        self._direction = 0
        self._prefetch_turn = 0
        # Today and the coming week, read again on their own (desktop.domain.freshness): the
        # day the window opened on (None: not kept fresh), whether it is on the screen (no
        # fresh reads while minimised or hidden), and the departments being read.
        self.today = today
        self._active = _weakly(active, False)
        # The memory's monotonic clock, looked up at each call (tests and the bench swap it).
        fetch_times = self.memory.fetch_times
        self.fresh = FreshDays(clock=lambda: fetch_times.clock())  # noqa: PLW0108
        self._fresh_reading: set[str] = set()
        self.fresh_timer = QTimer(self)
        self.fresh_timer.timeout.connect(self.fresh_tick)
        self.fresh_timer.start(FRESH_TICK_MS)
        self.span_reads = SpanReads(self)
        self.prefetching: date | None = None  # the neighbour month a prefetch reads now

    # --- what the grid shows ------------------------------------------------------------------

    def shown(self) -> list[str]:
        """The departments shown (the current one and the overlays)."""
        return self._shown()

    def view_span(self) -> Span | None:
        """The shown view's days and months (None: the month grid's own)."""
        return self._span()

    def after_paint(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the shown view has painted."""
        self._after_paint(action)

    def days(self) -> list[date]:
        span = self._span()
        if span is None:
            return grid_days(self.month, self.first_weekday)
        return [span.first + timedelta(days=i) for i in range((span.last - span.first).days + 1)]

    def span_months(self) -> tuple[date, ...]:
        """The months the shown view needs read: the shown month, and for a week across two
        months, the agenda or the year, the others its days touch."""
        span = self._span()
        if span is None:
            return (self.month,)
        return (self.month, *(m for m in span.months if m != self.month))

    def entries(self) -> DayLists[DayEntry]:
        """The shown departments' known events on the grid's days, with their marks."""
        days = self.days()
        return self._arranger()[0](self.memory.sources(self._shown(), days[0], days[-1]))

    def _arranger(self) -> tuple[Callable[[Sources], DayLists[DayEntry]], Looks]:
        """What turns the known events into the grid's entries (it reads only what it holds,
        so it can run on a worker), and their looks: names, colours, tags, outbox marks."""
        days = self.days()
        first, last = days[0], days[-1]
        shown = self._shown()
        current_colors().show(shown)  # the departments in view never share a colour
        # Several departments in view: each entry says whose it is.
        tags = department_tags({d: self._names(d) for d in shown}) if len(shown) > 1 else {}
        names = {d: (self._names(d), department_color(d), tags.get(d, "")) for d in shown}
        states = dict(self.memory.states)
        memo = self._arranged_months
        inputs = {d: (*names[d], states) for d in shown}  # what an arranged month depends on

        def make(department_id: str, event: Event) -> DayEntry:
            name, color, tag = names[department_id]
            return DayEntry(event, name, color, states.get((event.id, department_id), ""), tag)

        def arranger(sources: Sources) -> DayLists[DayEntry]:
            return arrange(sources, first, last, make, memo=memo, inputs=inputs, bars=with_bar)

        return arranger, (names, states)

    def paint(self) -> None:
        """Send the grid its entries, when they differ from what it shows.

        A big month (more than :data:`ARRANGE_HERE` events) is arranged and compared on a
        worker; a newer paint makes an older one's result stale (the runner drops it). A view
        sent entries made of the very same months and looks has them: nothing is arranged."""
        days = self.days()
        sources = self.memory.sources(self._shown(), days[0], days[-1])
        arranger, looks = self._arranger()
        inputs = Inputs(days[0], days[-1], sources, looks)
        runner = getattr(self.service, "runner", None)
        size = sum(len(events) for _d, months in sources for events in months)
        shows = self.sent.shows(inputs, self._painted)  # the view has these already
        if shows or size <= ARRANGE_HERE or runner is None:
            if runner is not None:
                runner.forget(_ARRANGING)  # an older, bigger month's result is stale now
            self._arranging = 0
            if not shows:
                self._show(arranger(sources), inputs)
            return
        painted = self._painted

        def arrange_and_compare() -> DayLists[DayEntry] | None:
            with collector_paused():  # desktop.workers.collector
                entries = arranger(sources)
            return None if entries == painted else entries

        self._arranging = runner.submit(
            arrange_and_compare,
            partial(self._arranged, viewer=self.sent.viewer, inputs=inputs, painted=painted),
            key=_ARRANGING,
        )

    @property
    def arranging(self) -> bool:
        """A big month's entries are being arranged on a worker (the grid has them after)."""
        return bool(self._arranging)

    def _arranged(
        self,
        entries: DayLists[DayEntry] | None,
        *,
        viewer: object,
        inputs: Inputs,
        painted: DayLists[DayEntry] | None,
    ) -> None:
        if viewer != self.sent.viewer:
            return  # arranged for the view shown before
        self._arranging = 0
        if entries is not None:
            self._painted = entries
            self.entriesChanged.emit(entries)
        elif painted is None or painted is not self._painted:
            return
        if self._painted is not None:
            self.sent.record(viewer, inputs, self._painted)

    def _show(self, entries: DayLists[DayEntry], inputs: Inputs | None = None) -> None:
        if entries != self._painted:
            self._painted = entries
            self.entriesChanged.emit(entries)
        if inputs is not None and self._painted is not None:
            self.sent.record(self.sent.viewer, inputs, self._painted)

    def show_to(self, viewer: object, first: date, last: date) -> DayLists[DayEntry] | None:
        """The entries go to ``viewer`` now (the shown view), about ``first`` to ``last``;
        what it shows of these days (None: nothing), the next paint sends it only changes."""
        if viewer != self.sent.viewer:
            runner = getattr(self.service, "runner", None)
            if runner is not None:
                runner.forget(_ARRANGING)  # arranged for the view shown before
            self._arranging = 0
        self._painted = self.sent.switch(viewer, first, last)
        return self._painted

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
            QTimer.singleShot(STARTING_MS, self, self.started)  # not after the window is gone

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
        month = month_start(month)
        if month != self.month:
            self._direction = (
                1
                if add_months(self.month, 1) == month
                else (-1 if add_months(self.month, -1) == month else 0)
            )
        self.month = month
        self._cancel_prefetch()
        self._announced = False
        shown = self._shown()
        if not shown:
            self._clear_grid()
            return
        self.paint()
        if len(self.span_months()) > 1:
            self.span_reads.start()
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
            self._prefetch_after_paint()
            return
        if self.service.store is None:
            return  # the store is still starting; it loads the month when ready
        if not self.connectivity.online and not force:
            self.set_loading(False)
            if not missing:  # otherwise the cache read decides
                self.tell_never_loaded()
            self.neighbours_from_cache()
            return
        if missing:
            self.gridBusy.emit(True)
        self.set_loading(True)
        requested_month = self.month
        self.service.load_month(
            shown if force else self.memory.stale(shown, requested_month),
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
                self._after_paint(lambda: QTimer.singleShot(0, self, self.started))
            else:
                QTimer.singleShot(0, self, self.started)
        if month != self.month:
            return
        shown = self._shown()
        if found and not self.memory.missing(shown, month):
            self.fetched_at = self.memory.oldest_fetch(shown, month)
            self.gridBusy.emit(False)
            if (not self.loading or self.service.store is None) and not self._announced:
                self._announce()  # unless show_month() found it fresh and said so
        self.tell_never_loaded()

    def _announce(self) -> None:
        self._announced = True
        self.monthShown.emit(self.month)

    def tell_never_loaded(self) -> None:
        """Offline, a month never fetched says so instead of looking empty."""
        if self.connectivity.online:
            return
        shown = self._shown()
        if any(self.memory.missing(shown, month) for month in self.span_months()):
            self.neverLoaded.emit()

    def never_fetched(self) -> list[date]:
        """The months of the shown view that no shown department has ever read here."""
        shown = self._shown()
        return [m for m in self.span_months() if self.memory.missing(shown, m)]

    # --- the other months of a view's span: desktop.views.span_reads -------------------------

    @property
    def span_complete(self) -> bool:
        """Every month of the shown view's span was looked at (read, cached or unreachable)."""
        return self.span_reads.complete

    def reread_span(self) -> None:
        """The view's span grew (the agenda scrolled): paint, and read its new months."""
        self.paint()
        self.span_reads.start()

    def _month_loaded(self, result: MonthResult) -> None:
        self.remember(result)
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
        self.fetched_at = self.memory.oldest_fetch(self._shown(), result.month)
        self.set_loading(False)
        self.paint()
        if result.skipped:
            self.skipped.emit(result.skipped)
        self._announce()
        self.span_reads.store_ready()
        self._prefetch_after_paint()

    def remember(self, result: MonthResult) -> None:
        for department_id, batch in result.batches.items():
            self.service.overlay_recent(batch)  # a write that finished after the fetch
            self.fresh.spent(batch.read_units)
            days = self.fresh_days()
            if days is not None and month_start(days[0]) == result.month:
                self.fresh.covered(department_id, batch.read_units)
        self.memory.remember(result)

    def _month_failed(self, error: StoreError, month: date) -> None:
        if month != self.month:
            return
        self.set_loading(False)
        if isinstance(error, OfflineError):
            self.offline.emit()
            self.neighbours_from_cache()
            return
        self.failed.emit(error, self.retry)

    def retry(self) -> None:
        """Read the shown month again, fresh or not."""
        self.show_month(self.month, force=True)

    def neighbours_from_cache(self) -> None:
        """Offline, the greyed days of the months around the shown one (the grid's first and
        last weeks) show what the cache holds for those months, read on a worker."""
        shown, month, days = self._shown(), self.month, self.days()
        for key, neighbour in (("before", month_start(days[0])), ("after", month_start(days[-1]))):
            missing = self.memory.missing(shown, neighbour)
            if neighbour == month or not missing:
                continue

            def kept(found: dict[str, CachedMonth], neighbour: date = neighbour) -> None:
                self.keep_cached(neighbour, found)
                if found and self.month == month:
                    self.paint()

            self.service.cached_month(missing, neighbour, kept, key=f"neighbour-cache-{key}")

    # --- prefetch: after the paint, one month at a time, and only what is cheap ----------------

    def _cancel_prefetch(self) -> None:
        """The user moved on: prefetches queued for the month left behind never start (one
        under way for a month the new view needs lands: the view's reads wait for it)."""
        self._prefetch_turn += 1
        if self.prefetching not in self.span_months():
            self.service.runner.forget("prefetch")

    def _prefetch_after_paint(self) -> None:
        """Once the shown month is painted (its frame out), fetch its neighbours behind it: the
        paint never shares the GIL with a prefetch's parsing."""
        turn = self._prefetch_turn
        self._after_paint(lambda: QTimer.singleShot(0, lambda: self._prefetch_next(turn)))

    def prefetch_wanted(self) -> list[date]:
        """The neighbour months worth reading ahead, the direction of travel first.

        A step reads ahead only the way the user goes (the month behind is the one just left);
        a jump reads both, whose first and last days the grid shows. Nothing is read ahead
        for a month that cost more than :data:`PREFETCH_MAX_UNITS`, nor what memory has.
        """
        shown = self._shown()
        if not shown or self.memory.read_units(shown, self.month) > PREFETCH_MAX_UNITS:
            return []
        span_months = self.span_months()
        if len(span_months) > 2:
            return []  # the agenda and the year read their own months
        steps = [self._direction] if self._direction else [1, -1]
        months = [add_months(self.month, step) for step in steps]
        # A week's other month is the view's own read, not a prefetch.
        return [m for m in months if self.memory.missing(shown, m) and m not in span_months]

    def _prefetch_next(self, turn: int) -> None:
        if turn != self._prefetch_turn or self.service.store is None:
            return
        wanted = self.prefetch_wanted()
        if not wanted:
            return
        month, shown = wanted[0], self._shown()
        missing = self.memory.missing(shown, month)

        def from_cache(found: dict[str, CachedMonth]) -> None:
            if turn != self._prefetch_turn:
                return
            self.keep_cached(month, found)
            if self.memory.missing(shown, month):
                self.prefetching = month
                self.service.load_month(
                    self.memory.stale(shown, month),
                    month,
                    lambda result: self._prefetched(result, turn),
                    lambda _error: self._prefetch_ended(),
                    key="prefetch",
                )
            else:  # the cache had it (it is read again when shown, if stale by then)
                self.paint()
                self._prefetch_next(turn)

        # What the cache holds is not read from the table again.
        self.service.cached_month(missing, month, from_cache, key="prefetch-cache")

    def prefetch_neighbours(self) -> None:
        """Read the neighbour months ahead now (what the shown month's paint starts)."""
        self._prefetch_next(self._prefetch_turn)

    def _prefetch_ended(self) -> None:
        self.prefetching = None
        self.span_reads.prefetch_ended()

    def _prefetched(self, result: MonthResult, turn: int) -> None:
        self.remember(result)
        # The grid shows the first and last days of the months around the visible one.
        self.paint()
        self._prefetch_ended()
        if turn == self._prefetch_turn:
            self._after_paint(lambda: QTimer.singleShot(0, lambda: self._prefetch_next(turn)))

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
        shown = self._shown()
        if not self.is_fresh() and self.connectivity.online and self._month_allowed(shown):
            self.show_month(self.month, force=True)
        else:
            self.fresh_tick()

    def _month_allowed(self, shown: list[str]) -> bool:
        """The whole month comes after today and the week in the client's allowance (when
        they are kept fresh: the window knows today)."""
        if self.today is None or self.fresh_days() is None:
            return True
        return self.fresh.month_allowed(shown, self.memory.read_units(shown, self.month))

    # --- today and the coming week, fresh within two minutes where the allowance lets it -------

    def fresh_days(self) -> tuple[date, date] | None:
        """Today and the six days after it, as far as the grid shows them (None: not shown)."""
        if self.today is None:
            return None
        days = self.days()
        first = max(self.today, days[0])
        last = min(self.today + timedelta(days=WEEK_DAYS - 1), days[-1])
        return (first, last) if first <= last else None

    def fresh_tick(self) -> None:
        """Read again what is due of today and the coming week of the visible departments
        (a timer; the window coming back catches up). Nothing while the window is away."""
        days = self.fresh_days()
        if (
            days is None
            or self.service.store is None
            or self.fetched_at is None
            or not self.connectivity.online
            or not self._active()
        ):
            return
        first, last = days
        # Only the days of months known here are read (a month never read is read whole).
        shown = [
            d
            for d in self._shown()
            if d not in self._fresh_reading and not self.memory.missing([d], first)
        ]
        self._arm_fresh(shown)
        for department_id, region in self.fresh.due(shown):
            if region == TODAY and first != self.today:
                continue  # today is not on the grid
            end = last if region == WEEK else first
            if self.memory.missing([department_id], end):
                end = month_end(first)
            self._fresh_reading.add(department_id)
            self.service.load_days(
                department_id,
                first,
                end,
                partial(self._days_read, region=region),
                partial(self._days_failed, department_id),
                key=f"fresh-{department_id}",
            )

    def _arm_fresh(self, departments: list[str]) -> None:
        """The next tick when the next region is due (a change shows within its interval, not
        the interval plus a tick), and at least every :data:`FRESH_TICK_MS`."""
        wait = self.fresh.next_due(departments) * 1000
        self.fresh_timer.start(int(min(max(wait, FRESH_MIN_WAIT_MS), FRESH_TICK_MS)))

    def _days_failed(self, department_id: str, _error: StoreError) -> None:
        self._fresh_reading.discard(department_id)  # tried again at the next tick

    def _days_read(self, result: DaysResult, region: str) -> None:
        self._fresh_reading.discard(result.department_id)
        self.fresh.read(result.department_id, region, result.read_units)
        self._arm_fresh([d for d in self._shown() if d not in self._fresh_reading])
        for month, events in result.months.items():
            self.memory.replace_events(result.department_id, month, events)
        self.paint()

    def clear(self) -> None:
        """Forget every month (another source: other tables) and empty the grid."""
        self.fresh.forget()
        self._fresh_reading.clear()
        self.memory.clear()
        self.fetched_at = None
        self._clear_grid()

    def _clear_grid(self) -> None:
        runner = getattr(self.service, "runner", None)
        if runner is not None:
            runner.forget(_ARRANGING)
        self._arranging = 0
        self.sent.clear()  # every view is emptied or made again from what is read now
        self._painted = DayLists()
        self.entriesChanged.emit(self._painted)
