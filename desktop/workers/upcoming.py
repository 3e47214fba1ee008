"""The next 14 days of the user's departments, kept fresh in the background, for reminders.

:class:`Upcoming` holds :attr:`Upcoming.events`: every event of today and the 13 days after it
(:func:`~desktop.domain.upcoming_plan.window_of`) of *the user's departments*, which are the
departments ticked in the departments list (the current one and the overlays: what the window
shows, and what the user chose to see). ``changed`` carries the new list, only when it changed.

Where the events come from, cheapest first:

- **the cache** (on a worker): at start-up, so an offline start has its reminders; after each
  of the user's own changes (the outbox records them in the cache in the same transaction, so
  an event typed offline gets its reminder, and a deleted one loses it: no read needed); when
  the departments or the day change.
- **the views' reads**: a month the views read whole (:class:`MonthsMemory` tells its
  listeners) replaces its days of the window and counts as a read of them, so a department
  whose month the views keep fresh is not read twice.
- **its own reads**: one Query per department narrowed to the window's days not read within
  the department's interval (:class:`~desktop.domain.upcoming_plan.WindowPlan`: every 15
  minutes, longer for a crowded department, within the reminders' share of the client's
  allowance), on a worker through the store, merged into the cache
  (:meth:`Cache.put_window`: deletions by another client leave it, no month marked fetched).
  Also while the window is hidden in the tray; again at once after the day changed
  (midnight: the window moves) and after waking from sleep. Offline it reads nothing and says
  nothing: the cache's copy stands.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.calendar import month_end
from desktop.domain.freshness import PLANNED, FreshDays
from desktop.domain.models import Event
from desktop.domain.rules import sort_events
from desktop.domain.upcoming_plan import WindowPlan, window_of

if TYPE_CHECKING:
    from desktop.data.cache import Cache
    from desktop.data.errors import StoreError
    from desktop.data.store import DynamoStore
    from desktop.workers.calendar_service import CalendarService
    from desktop.workers.connectivity import ConnectivityMonitor
    from desktop.workers.months import MonthsMemory

# The longest wait between looks at what is due (and at the day, and at a sleep).
TICK_MS = 60_000
# The wall clock ran ahead of the monotonic clock by more than this between two looks: the
# computer slept (the monotonic clock stops meanwhile), so nothing read before counts as fresh.
SLEEP_SECONDS = 120.0


class Views(Protocol):
    """The views' months (:class:`~desktop.views.month_controller.MonthController`)."""

    @property
    def loading(self) -> bool: ...

    @property
    def prefetching(self) -> date | None: ...

    def prefetch_wanted(self) -> list[date]: ...


# How long a read of the window waits for the views' read-ahead of a neighbour month (which
# then counts as a read of its days), at most: a read-ahead that failed is not waited for.
PREFETCH_WAIT_SECONDS = 30.0
PREFETCH_START_SECONDS = 2.0


@dataclass(frozen=True)
class WindowRead:
    """A department's days read again, as the cache has them now (pending changes included)."""

    department_id: str
    first: date
    last: date
    events: list[Event]
    read_units: float
    tick: float


class Upcoming(QObject):
    """The next 14 days of the user's departments (see the module's docstring).

    ``departments`` gives the user's departments, ``today`` the date (the computer's; at
    midnight the window moves), ``connectivity`` whether the table answers;
    ``memory`` the views' months (their reads count) and ``views`` whether they read one now;
    ``ledger`` the client's read allowance (these reads are spent there, and wait while it is
    used up); ``clock`` a monotonic clock.
    """

    changed = Signal(object)  # list[Event]: the window's events, sorted, when they changed

    def __init__(
        self,
        service: CalendarService,
        *,
        departments: Callable[[], list[str]],
        today: Callable[[], date] = date.today,
        connectivity: ConnectivityMonitor | None = None,
        memory: MonthsMemory | None = None,
        views: Views | None = None,
        ledger: FreshDays | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._departments = departments
        self.connectivity = connectivity
        self.ledger = ledger
        self.views = views
        self.plan = WindowPlan(clock=clock)
        self.events: list[Event] = []
        self._by_department: dict[str, list[Event]] = {}
        self._stamps: dict[str, int] = {}  # department → reads delivered (a cache read is older)
        self._reading: set[str] = set()
        self._shown: tuple[list[str], date] | None = None  # departments and window of events
        self._today = today
        self._slept_at = (time.time(), time.monotonic())
        self._waiting_since: float | None = None  # for the views' read-ahead (monotonic)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self._reload_soon = QTimer(self)  # many outbox signals in a row: one cache read
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self.reload)
        self.timer.start(TICK_MS)  # the views' first month shown looks sooner
        if memory is not None:
            memory.listeners.append(self.month_read)
        service.ready.connect(self._arm)
        service.outboxChanged.connect(self._changed_here)
        service.changeSent.connect(self._changed_here)
        if connectivity is not None:
            connectivity.onlineChanged.connect(self._online_changed)

    def _views_read_ahead(self) -> bool:
        """The views read a neighbour month ahead (its days will count): waited for, at most
        :data:`PREFETCH_WAIT_SECONDS`; one the views want but have not started is waited for
        :data:`PREFETCH_START_SECONDS` (it may never start: no paint, no connection yet)."""
        views = self.views
        if views is None:
            return False
        in_flight = views.prefetching is not None
        if not in_flight and not views.prefetch_wanted():
            self._waiting_since = None
            return False
        now = time.monotonic()
        if self._waiting_since is None:
            self._waiting_since = now
        limit = PREFETCH_WAIT_SECONDS if in_flight else PREFETCH_START_SECONDS
        if now - self._waiting_since >= limit:
            return False
        QTimer.singleShot(int(PREFETCH_START_SECONDS * 1000), self, self.check)  # look again
        return True

    # --- what it covers -----------------------------------------------------------------------

    def today(self) -> date:
        """The window's first day: the computer's date (reminders fire by the wall clock)."""
        return self._today()

    def window(self) -> tuple[date, date]:
        return window_of(self.today())

    def departments(self) -> list[str]:
        return list(dict.fromkeys(self._departments()))

    # --- when to look -------------------------------------------------------------------------

    def check(self, *_: object) -> None:
        """Look at the departments, the day and the clocks; read what is due. Every
        :data:`TICK_MS` at the latest, also while the window is hidden."""
        wall, mono = time.time(), time.monotonic()
        wall0, mono0 = self._slept_at
        self._slept_at = (wall, mono)
        if (wall - wall0) - (mono - mono0) > SLEEP_SECONDS:
            self.plan.forget()  # woke from sleep: what was read before may have changed
        departments, first = self.departments(), self.today()
        if self._shown != (departments, first):
            moved = self._shown is not None and self._shown[1] != first
            self._shown = (departments, first)
            self._by_department = {d: v for d, v in self._by_department.items() if d in departments}
            # The new days (all departments) or the departments new here, from the cache at once;
            # the others keep what the views read (the cache may save it only after the paint).
            self.reload(only_missing=not moved)
        self.refresh()

    def _online_changed(self, online: bool) -> None:
        if online:
            self.refresh()

    def _arm(self) -> None:
        """The next look: when a window is due, within :data:`TICK_MS`."""
        wait = self.plan.next_due(self.departments(), self.today()) * 1000
        self.timer.start(int(min(max(wait, 1000), TICK_MS)))

    def refresh(self) -> None:
        """Read the due windows now (one Query each), within the client's allowance."""
        self._arm()
        offline = self.connectivity is not None and not self.connectivity.online
        if self.service.store is None or offline:
            return  # offline: the cache's copy stands, and nothing is said
        if self.views is not None and self.views.loading:
            return  # the views read a month now (its days count): the month shown looks again
        if self._views_read_ahead():
            return  # the views are about to read a neighbour month: its days will count
        today = self.today()
        for department_id, first, last in self.plan.due(self.departments(), today):
            if department_id in self._reading:
                continue
            ledger, cost = self.ledger, self.plan.cost(department_id)
            # What the hour has left, less a tenth for reads that always go (F5, browsing).
            if ledger is not None and ledger.spent_last_hour() + cost > PLANNED * ledger.allowance:
                continue  # the client's hour is used up: the next look tries again
            self._read(department_id, first, last)

    def _read(self, department_id: str, first: date, last: date) -> None:
        service, tick = self.service, self.plan.clock()
        self._reading.add(department_id)

        def work(store: DynamoStore) -> WindowRead:
            batch = store.events_between(department_id, first, last)
            service.overlay_recent(batch)  # the user's writes of the last minute
            cache, events = service.cache, batch.events
            if cache is not None:
                cache.put_window(department_id, first, last, batch.events)
                events = cache.events_between([department_id], first, last)
            return WindowRead(department_id, first, last, events, batch.read_units, tick)

        def failed(_error: StoreError) -> None:
            self._reading.discard(department_id)  # tried again at the next look

        service.run(work, self._window_read, failed, key=f"upcoming-{department_id}")

    def _window_read(self, result: WindowRead) -> None:
        department_id = result.department_id
        self._reading.discard(department_id)
        self.plan.read(department_id, result.first, result.last, result.read_units, result.tick)
        if self.ledger is not None:
            self.ledger.spent(result.read_units)
        self._replace_days(department_id, result.first, result.last, result.events)
        self._arm()

    # --- what changes it ----------------------------------------------------------------------

    def _changed_here(self, _what: object) -> None:
        """The user's own change was recorded or sent: the cache has it (no read needed)."""
        self._reload_soon.start()

    def reload(self, *, only_missing: bool = False) -> None:
        """The window's events as the cache has them (on a worker): start-up, offline, and
        after the user's own changes; ``only_missing``: for departments not known here yet."""
        departments, (first, last) = self.departments(), self.window()
        asked = list(departments)
        if only_missing:
            departments = [d for d in departments if d not in self._by_department]
        if not departments:
            self._publish()
            return
        stamps = dict(self._stamps)

        def read(cache: Cache) -> list[Event]:
            return cache.events_between(departments, first, last)

        def loaded(events: list[Event]) -> None:
            if (asked, first) != (self.departments(), self.today()):
                return  # asked for other departments or another day
            by_department: dict[str, list[Event]] = {d: [] for d in departments}
            for event in events:
                by_department.setdefault(event.department_id, []).append(event)
            for d, found in by_department.items():
                if self._stamps.get(d, 0) == stamps.get(d, 0):  # no newer read came meanwhile
                    self._by_department[d] = found
            self._publish()

        self.service.run_local(read, loaded, key="upcoming-cache")

    def month_read(
        self,
        department_id: str,
        month: date,
        events: list[Event],
        read_units: float | None,
        tick: float | None,
    ) -> None:
        """The views read ``month`` of a department (``read_units`` None: some of its days,
        merged): its days of the window take these events; a whole read counts as fresh."""
        if department_id not in self.departments():
            return
        first, last = self.window()
        start, end = max(first, month), min(last, month_end(month))
        if start > end:
            return
        if read_units is not None:
            self.plan.covered(department_id, start, end, read_units, tick)
        self._replace_days(
            department_id, start, end, [e for e in events if start <= e.event_date <= end]
        )

    def _replace_days(
        self, department_id: str, start: date, end: date, events: list[Event]
    ) -> None:
        if department_id not in self.departments():
            return
        # A cache read asked for before this lands after it: it must not undo this.
        self._stamps[department_id] = self._stamps.get(department_id, 0) + 1
        kept = [
            e
            for e in self._by_department.get(department_id, [])
            if not start <= e.event_date <= end
        ]
        self._by_department[department_id] = kept + events
        self._publish()

    def _publish(self) -> None:
        first, last = self.window()
        events = sort_events(
            e
            for d in self.departments()
            for e in self._by_department.get(d, [])
            if first <= e.event_date <= last
        )
        if events != self.events:
            self.events = events
            self.changed.emit(list(events))

    def clear(self) -> None:
        """Another source (other tables): nothing known any more."""
        self.plan.forget()
        self._by_department.clear()
        self._stamps.clear()
        self._reading.clear()
        self._shown = None
        self._publish()
