"""When to read the next 14 days of the user's departments again, for reminders.

Reminders need today and the 13 days after it (:data:`WINDOW_DAYS`) of every department the
user shows, also while the window is hidden in the tray. A department's window is read with one
Query narrowed to those days (a 3,000-event month costs ~100 read units; its 14 days ~45), at
most every :data:`UPCOMING_SECONDS`, and only as often as its share of
:data:`UPCOMING_UNITS_PER_HOUR` pays for: that share is a part of the client's one allowance
(:data:`desktop.domain.freshness.CLIENT_UNITS_PER_HOUR`), and the reads are spent in its ledger
(:class:`~desktop.domain.freshness.FreshDays`), so the views' fresh week reads make room.

A day read by anything counts: the window's own read, or a month the views read whole. So a
department whose month the views keep fresh is not read twice; the window is due once its
*oldest* day is older than the department's interval.

Nothing here imports Qt; the clock is an input, so tests drive it without waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import date, timedelta

from desktop.domain.freshness import HOUR, MIN_UNITS

WINDOW_DAYS = 14  # today and the 13 days after it
UPCOMING_SECONDS = 15 * 60  # at most this often (the reminders' idea of "fresh")
# The reminders' share of the client's 200 read units an hour: 4 typical departments every
# 15 minutes (about 1-2 units each) fit many times over; a crowded department's window (~45
# units) is read about once an hour, or not at all while its shown month is kept fresh.
UPCOMING_UNITS_PER_HOUR = 40.0
# A month read covers the window's days in it; its cost guesses the window's until it is read.
MONTH_DAYS = 30.0


def window_of(today: date) -> tuple[date, date]:
    """The first and last day of the window that starts ``today``."""
    return today, today + timedelta(days=WINDOW_DAYS - 1)


def _fill(allowance: float, needs: dict[str, float]) -> dict[str, float]:
    """Share ``allowance`` among ``needs``: the smallest are met in full, the rest split evenly."""
    given: dict[str, float] = {}
    left = max(0.0, allowance)
    order = sorted(needs, key=lambda k: needs[k])
    for index, key in enumerate(order):
        given[key] = min(needs[key], left / (len(order) - index))
        left -= given[key]
    return given


class WindowPlan:
    """The days of each department read, when, and which windows are due.

    ``clock`` is a monotonic clock (seconds); tests and the bench pass their own.
    """

    def __init__(
        self,
        *,
        allowance: float = UPCOMING_UNITS_PER_HOUR,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.allowance = allowance
        self.clock = clock
        self._read_at: dict[tuple[str, date], float] = {}  # (department, day) → tick
        self._cost: dict[str, float] = {}  # department → a window read's last cost

    def read(
        self, department_id: str, first: date, last: date, units: float, tick: float | None = None
    ) -> None:
        """The days ``first``..``last`` of the department's window were read for ``units``
        (a part of it costs no more than the whole: the cost guessed before stays)."""
        whole = (last - first).days + 1 >= WINDOW_DAYS
        before = MIN_UNITS if whole else self._cost.get(department_id, MIN_UNITS)
        self._cost[department_id] = max(before, units)
        self._mark(department_id, first, last, tick)

    def covered(
        self,
        department_id: str,
        first: date,
        last: date,
        month_units: float,
        tick: float | None = None,
    ) -> None:
        """The views read the days ``first``..``last`` (a whole month, ``month_units``); until
        the window is read itself, its cost is guessed from the month's."""
        self._cost.setdefault(department_id, max(MIN_UNITS, month_units * WINDOW_DAYS / MONTH_DAYS))
        self._mark(department_id, first, last, tick)

    def _mark(self, department_id: str, first: date, last: date, tick: float | None) -> None:
        at = self.clock() if tick is None else tick
        day = first
        while day <= last:
            key = (department_id, day)
            self._read_at[key] = max(at, self._read_at.get(key, -math.inf))
            day += timedelta(days=1)

    def forget(self) -> None:
        """Nothing read is fresh any more (waking from sleep, other tables)."""
        self._read_at.clear()

    def read_at(self, department_id: str, day: date) -> float | None:
        """When ``day`` of the department was last read (None: never)."""
        return self._read_at.get((department_id, day))

    def cost(self, department_id: str) -> float:
        return self._cost.get(department_id, MIN_UNITS)

    def intervals(self, departments: list[str]) -> dict[str, float]:
        """Seconds between window reads of each department: :data:`UPCOMING_SECONDS`, or
        longer when its share of the allowance pays for fewer reads."""
        per_hour = HOUR / UPCOMING_SECONDS
        shares = _fill(self.allowance, {d: self.cost(d) * per_hour for d in departments})
        return {
            d: math.inf
            if shares[d] <= 0
            else max(float(UPCOMING_SECONDS), self.cost(d) * HOUR / shares[d])
            for d in departments
        }

    def stale_span(
        self, department_id: str, today: date, seconds: float
    ) -> tuple[date, date] | None:
        """The days of the window not read within ``seconds``, as one span from the first to
        the last of them (one Query); None when every day is fresh."""
        now = self.clock()
        first, last = window_of(today)
        stale = []
        day = first
        while day <= last:
            tick = self._read_at.get((department_id, day))
            if tick is None or now - tick >= seconds:
                stale.append(day)
            day += timedelta(days=1)
        return (stale[0], stale[-1]) if stale else None

    def due(self, departments: list[str], today: date) -> list[tuple[str, date, date]]:
        """What to read now: (department, first day, last day) of each window with days older
        than the department's interval (the whole window when none of it was read)."""
        intervals = self.intervals(departments)
        found = []
        for d in departments:
            span = self.stale_span(d, today, intervals[d])
            if span is not None:
                found.append((d, *span))
        return found

    def next_due(self, departments: list[str], today: date) -> float:
        """Seconds until a window is due (0: one is now; ``inf``: never)."""
        now = self.clock()
        intervals = self.intervals(departments)
        first, last = window_of(today)
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        waits = []
        for d in departments:
            ticks = [self._read_at.get((d, day)) for day in days]
            oldest = None if None in ticks else min(t for t in ticks if t is not None)
            waits.append(0.0 if oldest is None else oldest + intervals[d] - now)
        return max(0.0, min(waits, default=math.inf))
