"""The months the window can show without a request: their events, marks, age and read cost.

A month is kept per (department id, first day of the month). It comes from a fetch
(:meth:`MonthsMemory.remember`), from the cache (:meth:`MonthsMemory.keep_cached`), or from a
change shown before the table confirms it (:meth:`MonthsMemory.put_event`): a month never
fetched then holds only that event, dated at the epoch so that it counts as stale and is read
when it is shown.

Whether a month must be read again is the refresh policy of :mod:`desktop.domain.freshness`,
on the read cost of the month's last fetch and on clocks handed in, so tests drive it without
waiting. Nothing here imports Qt.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Protocol

from desktop.domain.calendar import add_months, month_end, month_start
from desktop.domain.freshness import FetchTimes, max_age
from desktop.domain.models import Event
from desktop.domain.rules import EventOrder, event_order
from desktop.domain.timestamps import now_utc

Key = tuple[str, date]  # (department id, first day of the month)
EPOCH = datetime.fromtimestamp(0, UTC)


class Fetched(Protocol):
    """One department's month as read from the table (``desktop.data.store.EventBatch``)."""

    @property
    def events(self) -> list[Event]: ...
    @property
    def fetched_at(self) -> datetime: ...
    @property
    def read_units(self) -> float: ...


class FetchedMonth(Protocol):
    """Every shown department's month (``desktop.workers.calendar_service.MonthResult``)."""

    @property
    def month(self) -> date: ...
    @property
    def batches(self) -> Mapping[str, Fetched]: ...
    @property
    def fetched_tick(self) -> float | None: ...


class Saved(Protocol):
    """A month as the cache kept it (``desktop.data.cache.CachedMonth``)."""

    @property
    def events(self) -> list[Event]: ...
    @property
    def fetched_at(self) -> datetime: ...


class MonthsMemory:
    """What the grid can show at once, and whether it is fresh enough not to read it again.

    ``clock`` is the monotonic clock and ``wall`` the wall clock (UTC); tests pass their own.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = now_utc,
    ) -> None:
        self._months: dict[Key, tuple[list[Event], datetime]] = {}
        # What each month's last read cost (the refresh policy).
        self._read_units: dict[Key, float] = {}
        # When each month was fetched this session, by the monotonic clock.
        self.fetch_times: FetchTimes[Key] = FetchTimes(clock=clock, wall=wall)
        # (event id, department id) → "pending", "conflict" or "failed": changes in the outbox.
        self.states: dict[tuple[str, str], str] = {}
        # When the cache last saved a fetch (read at start-up): the offline banner says it.
        self.saved_at: datetime | None = None

    # --- what is known ------------------------------------------------------------------------

    def __contains__(self, key: object) -> bool:
        return key in self._months

    def __len__(self) -> int:
        return len(self._months)

    def event_count(self) -> int:
        return sum(len(events) for events, _ in self._months.values())

    def events(self, department_id: str, month: date) -> list[Event]:
        known = self._months.get((department_id, month_start(month)))
        return list(known[0]) if known else []

    def fetched_at(self, department_id: str, month: date) -> datetime | None:
        known = self._months.get((department_id, month_start(month)))
        return known[1] if known else None

    def missing(self, shown: Iterable[str], month: date) -> list[str]:
        """The departments of ``shown`` whose ``month`` is not known at all."""
        first = month_start(month)
        return [d for d in shown if (d, first) not in self._months]

    def stale(self, shown: Sequence[str], month: date) -> list[str]:
        """The departments of ``shown`` whose ``month`` is missing or stale (all of them when
        none is): a department added to the view (an overlay, the team week's "All
        departments") is read alone, not with those read a moment ago."""
        return [d for d in shown if not self.is_fresh([d], month)] or list(shown)

    def oldest_fetch(self, shown: Iterable[str], month: date) -> datetime | None:
        """When the oldest known month of ``shown`` was fetched; None if none is known."""
        first = month_start(month)
        times = [self._months[(d, first)][1] for d in shown if (d, first) in self._months]
        return min(times, default=None)

    def newest_saved(self) -> datetime | None:
        """What the offline banner calls "data saved at": the cache's time, or the last fetch."""
        return self.saved_at or max((f for _e, f in self._months.values()), default=None)

    def events_between(self, shown: Iterable[str], first_day: date, last_day: date) -> list[Event]:
        """Every known event of ``shown`` from ``first_day`` to ``last_day`` (both included)."""
        months = []
        month = month_start(first_day)
        while month <= last_day:
            months.append(month)
            month = add_months(month, 1)
        found: list[Event] = []
        for department_id in shown:
            for month in months:
                events, _ = self._months.get((department_id, month), ([], EPOCH))
                found.extend(e for e in events if first_day <= e.event_date <= last_day)
        return found

    def sources(self, shown: Iterable[str], first_day: date, last_day: date) -> Sources:
        """The event lists of ``shown`` that hold days from ``first_day`` to ``last_day``: the
        lists themselves (never changed in place), for :func:`arrange` on a worker."""
        months = []
        month = month_start(first_day)
        while month <= last_day:
            months.append(month)
            month = add_months(month, 1)
        return [
            (d, [self._months[(d, m)][0] for m in months if (d, m) in self._months]) for d in shown
        ]

    def state(self, event: Event) -> str:
        """ "pending", "conflict", "failed" (a change in the outbox) or ""."""
        return self.states.get((event.id, event.department_id), "")

    # --- the refresh policy -------------------------------------------------------------------

    def read_units(self, shown: Iterable[str], month: date) -> float:
        first = month_start(month)
        return sum(self._read_units.get((d, first), 0.0) for d in shown)

    def max_age(self, shown: Iterable[str], month: date) -> float:
        """Seconds the ``shown`` departments' ``month`` stays fresh."""
        return max_age(self.read_units(shown, month))

    def is_fresh(self, shown: Sequence[str], month: date) -> bool:
        """Every department of ``shown`` has ``month`` known and younger than :meth:`max_age`."""
        first = month_start(month)
        seconds = self.max_age(shown, first)
        for department_id in shown:
            known = self._months.get((department_id, first))
            if known is None or not self.fetch_times.is_fresh(
                (department_id, first), known[1], seconds
            ):
                return False
        return True

    # --- what changes it ----------------------------------------------------------------------

    def remember(self, result: FetchedMonth) -> None:
        """Keep a fetched month: its events, when and at what read cost it was fetched."""
        first = month_start(result.month)
        for department_id, batch in result.batches.items():
            key = (department_id, first)
            self._read_units[key] = batch.read_units
            self.fetch_times.fetched(key, result.fetched_tick)
            self._months[key] = (batch.events, batch.fetched_at)

    def keep_cached(self, month: date, found: Mapping[str, Saved]) -> None:
        """Keep what the cache had for ``month``; a month already known (fresher) stays."""
        first = month_start(month)
        for department_id, cached in found.items():
            self._months.setdefault((department_id, first), (cached.events, cached.fetched_at))

    def replace_events(self, department_id: str, month: date, events: list[Event]) -> None:
        """Some days of a known month were read again: its events, its fetch time unchanged."""
        key = (department_id, month_start(month))
        if key in self._months:
            self._months[key] = (events, self._months[key][1])

    def put_event(self, event: Event) -> None:
        """Show ``event`` (new or changed) in its month, before the table confirms it."""
        key = (event.department_id, month_start(event.event_date))
        # A month never fetched keeps only this event until it is loaded (stale: read when shown).
        events, fetched = self._months.get(key, ([], EPOCH))
        self._months[key] = ([e for e in events if e.id != event.id] + [event], fetched)

    def forget_event(self, event: Event) -> None:
        """Take ``event`` out of its month (deleted, moved, or replaced by another version)."""
        key = (event.department_id, month_start(event.event_date))
        if key in self._months:
            events, fetched = self._months[key]
            self._months[key] = ([e for e in events if e.id != event.id], fetched)

    def mark_pending(self, event: Event) -> None:
        """A change to ``event`` waits in the outbox (a conflict or failure mark stays)."""
        key = (event.id, event.department_id)
        self.states[key] = self.states.get(key, "pending")

    def set_states(self, states: Mapping[tuple[str, str], str]) -> bool:
        """The outbox's marks as they are now; whether any changed."""
        changed = dict(states) != self.states
        self.states = dict(states)
        return changed

    def clear(self) -> None:
        """Forget everything (another source: other tables)."""
        self._months.clear()
        self._read_units.clear()
        self.fetch_times.clear()
        self.saved_at = None


# --- the grid's entries, arranged off the GUI thread --------------------------------------------


class HasEvent(Protocol):
    @property
    def event(self) -> Event: ...


class DayLists[T: HasEvent]:
    """The grid's entries by day, each day already in calendar order (:func:`event_order`):
    what the model shows as is. Iterating gives every entry, day by day."""

    __slots__ = ("by_day", "count")

    def __init__(self, by_day: dict[date, list[T]] | None = None) -> None:
        self.by_day: dict[date, list[T]] = by_day or {}
        self.count = sum(len(entries) for entries in self.by_day.values())

    def __iter__(self) -> Iterator[T]:
        for day in sorted(self.by_day):
            yield from self.by_day[day]

    def __len__(self) -> int:
        return self.count

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DayLists) and other.by_day == self.by_day

    __hash__ = None  # type: ignore[assignment]


# One department's known months on the grid's days: (department id, each month's events).
type Sources = list[tuple[str, list[list[Event]]]]


class ArrangedMonths[T: HasEvent]:
    """Each known month list's entries, arranged once (:func:`arrange`'s ``memo``).

    A month's event list is never changed in place (a change makes a new list), so a list
    arranged before gives the same entries again while what the entries show of their
    department and the outbox (``inputs``: name, colour, tag, the outbox's marks) is
    unchanged. The agenda scrolled through twelve crowded months then arranges only the month
    it adds (3,000 events, not 36,000 each time), and the unchanged days' lists are the same
    objects, so comparing them with what is shown costs nothing. Used from workers and the GUI
    thread at once: a lock guards the table, never the arranging."""

    def __init__(self, size: int = 256) -> None:
        self._lock = threading.Lock()
        self._size = size
        # (department id, id(events)) → (events, inputs, the list's entries by day)
        self._items: OrderedDict[tuple[str, int], tuple[list[Event], object, dict[date, list[T]]]]
        self._items = OrderedDict()

    def get(
        self, department_id: str, events: list[Event], inputs: object
    ) -> dict[date, list[T]] | None:
        key = (department_id, id(events))
        with self._lock:
            found = self._items.get(key)
            if found is None or found[0] is not events or found[1] != inputs:
                return None
            self._items.move_to_end(key)
            return found[2]

    def put(
        self, department_id: str, events: list[Event], inputs: object, arranged: dict[date, list[T]]
    ) -> None:
        with self._lock:
            self._items[(department_id, id(events))] = (events, inputs, arranged)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


def arrange[T: HasEvent](
    sources: Sources,
    first_day: date,
    last_day: date,
    make: Callable[[str, Event], T],
    *,
    memo: ArrangedMonths[T] | None = None,
    inputs: Mapping[str, object] | None = None,
) -> DayLists[T]:
    """The entries of ``sources`` from ``first_day`` to ``last_day``, grouped by day and sorted.

    Plain Python on lists nobody changes in place (a change makes a new list), so it runs on a
    worker: a 30,000-event month costs the GUI thread nothing but the hand-over. With a
    ``memo``, a month list arranged before (with the same ``inputs`` for its department) is
    not arranged again, only its days in the range taken.
    """
    order = event_order()  # one per call: each distinct time text parsed once

    def key(entry: T) -> EventOrder:
        return order(entry.event)

    by_day: dict[date, list[T]] = {}
    merged: set[date] = set()  # days with entries of several departments: sorted again
    for department_id, months in sources:
        given = inputs.get(department_id) if inputs is not None else None
        for events in months:
            if not events:
                continue
            month = month_start(events[0].event_date)
            arranged = memo.get(department_id, events, given) if memo is not None else None
            inside = True  # every event in ``month`` (a kept list's are)
            if arranged is None:
                arranged, inside = _arrange_list(department_id, events, make, month)
                for entries in arranged.values():
                    entries.sort(key=key)
                if memo is not None and inside:
                    memo.put(department_id, events, given, arranged)
            whole = inside and first_day <= month and month_end(month) <= last_day
            for day, entries in arranged.items():
                if not whole and not first_day <= day <= last_day:
                    continue
                found = by_day.get(day)
                if found is None:
                    by_day[day] = entries  # shared with the memo: nobody changes it in place
                else:
                    by_day[day] = found + entries
                    merged.add(day)
    for day in merged:
        by_day[day].sort(key=key)
    return DayLists(by_day)


def _arrange_list[T: HasEvent](
    department_id: str, events: list[Event], make: Callable[[str, Event], T], month: date
) -> tuple[dict[date, list[T]], bool]:
    """One list's entries by day (unsorted), and whether all its events are in ``month``
    (whether they may be kept for that month)."""
    by_day: dict[date, list[T]] = {}
    end = month_end(month)
    inside = True
    for event in events:
        day = event.event_date
        if not month <= day <= end:
            inside = False
        found = by_day.get(day)
        if found is None:
            found = by_day[day] = []
        found.append(make(department_id, event))
    return by_day, inside
