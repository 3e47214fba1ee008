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
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from desktop.domain.calendar import add_months, month_end, month_start
from desktop.domain.freshness import FetchTimes, max_age
from desktop.domain.models import Event
from desktop.domain.rules import EventOrder, event_order
from desktop.domain.series import link_of
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


type MonthListener = Callable[[str, date, list[Event], float | None, float | None], None]


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
        # Who else takes each month's events as they are read (the reminders' next 14 days,
        # desktop.workers.upcoming): (department, month, events, read units or None when only
        # some of its days were read, monotonic tick of the fetch).
        self.listeners: list[MonthListener] = []

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
            for listener in self.listeners:
                listener(department_id, first, batch.events, batch.read_units, result.fetched_tick)

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
            for listener in self.listeners:
                listener(department_id, key[1], events, None, None)

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
    bars: Callable[[T, Bar], T] | None = None,
) -> DayLists[T]:
    """The entries of ``sources`` from ``first_day`` to ``last_day``, grouped by day and sorted.

    Plain Python on lists nobody changes in place (a change makes a new list), so it runs on a
    worker: a 30,000-event month costs the GUI thread nothing but the hand-over. With a
    ``memo``, a month list arranged before (with the same ``inputs`` for its department) is
    not arranged again, only its days in the range taken. With ``bars``, the days of
    multi-day events are laid out as bars in lanes (:func:`lay_bars`, weeks of seven days
    from ``first_day``).
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
    if bars is not None:
        lay_bars(by_day, first_day, last_day, bars)
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


# --- multi-day events as bars -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bar:
    """Where one day of a multi-day event goes in its week row: a piece of one bar.

    ``lane``: the line from the top of the day (the same on each day of the bar in the row;
    lanes above it that are empty on this day stay empty, so the bar stays straight).
    ``offset``: days from the bar's first day in the row (0: the title is written here).
    ``span``: the days the bar covers in the row. ``before`` / ``after``: the event goes on
    before the bar's first day / after its last one (into the previous or next week).
    """

    lane: int
    offset: int
    span: int
    before: bool
    after: bool

    @property
    def joins_left(self) -> bool:
        """The bar goes on into the day on the left (no gap, no rounded corner there)."""
        return self.offset > 0

    @property
    def joins_right(self) -> bool:
        return self.offset < self.span - 1


WEEK = 7


def lay_bars[T: HasEvent](
    by_day: dict[date, list[T]],
    first_day: date,
    last_day: date,
    with_bar: Callable[[T, Bar], T],
) -> None:
    """Lay the multi-day events of ``by_day`` out in lanes, a week row (seven days from
    ``first_day``) at a time: each event's days in the row get the same lane, the lowest free
    on all of them (the earliest and longest bars first), and come first in their day, in lane
    order. Days with bars get new lists (the others may be shared with a memo); the work is
    only on multi-day events."""
    # (row, department id, series id) → the event's days in the row, with their entries
    found: dict[tuple[int, str, str], list[tuple[date, int, T, tuple[date, date]]]] = {}
    for day, entries in by_day.items():
        if not first_day <= day <= last_day:
            continue
        row = (day - first_day).days // WEEK
        for position, entry in enumerate(entries):
            event = entry.event
            if not event.extra:
                continue
            link = link_of(event)
            if link is None or link.days is None or not link.multi_day:
                continue
            key = (row, event.department_id, link.series_id)
            found.setdefault(key, []).append((day, position, entry, link.days))
    if not found:
        return
    # Each event's days in a row, split where a day is missing (a moved or deleted day).
    runs: dict[int, list[list[tuple[date, int, T, tuple[date, date]]]]] = {}
    for (row, _department, _series), days in found.items():
        days.sort(key=lambda item: item[0])
        run = [days[0]]
        for item in days[1:]:
            if (item[0] - run[-1][0]).days == 1:
                run.append(item)
            else:
                runs.setdefault(row, []).append(run)
                run = [item]
        runs.setdefault(row, []).append(run)
    placed: dict[date, list[tuple[int, T]]] = {}
    for row_runs in runs.values():
        row_runs.sort(key=lambda run: (run[0][0], -len(run), run[0][1]))
        taken: dict[date, set[int]] = {}
        for run in row_runs:
            lane = 0
            while any(lane in taken.get(item[0], ()) for item in run):
                lane += 1
            span = len(run)
            for offset, (day, _position, entry, (first, last)) in enumerate(run):
                taken.setdefault(day, set()).add(lane)
                bar = Bar(
                    lane,
                    offset,
                    span,
                    before=offset == 0 and first < day,
                    after=offset == span - 1 and day < last,
                )
                placed.setdefault(day, []).append((lane, with_bar(entry, bar)))
    for day, bars in placed.items():
        bars.sort(key=lambda item: item[0])
        barred = {id(item[1].event) for item in bars}
        rest = [e for e in by_day[day] if id(e.event) not in barred]
        by_day[day] = [entry for _lane, entry in bars] + rest
