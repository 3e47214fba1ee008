"""When a fetched month is stale: the refresh policy, on clocks handed to it.

A month is re-read when it is older than :data:`STALE_SECONDS` *and* than its last read's cost
spread over an allowance of :data:`READ_UNITS_PER_HOUR`: an ordinary month (2-4 units) keeps
the two minutes, a 3,000-event month (about 100 units) is re-read about once an hour. F5 always
reads. (50 staff at 100 units/h use 1.4 of the 10 units/s the guide provisions for
department-date-index.)

How old a month is comes from two clocks. A month fetched in this session is timed by the
monotonic clock, which no change of the computer's clock moves; the wall-clock fetch time kept
in the cache serves only for months fetched in an earlier session, and one in the future (the
clock was set back since) counts as stale: otherwise a month would stay "fresh" until the
clock caught up, and a colleague's change would not appear.

Nothing here imports Qt; the clocks are inputs, so tests drive it without waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Hashable
from datetime import datetime

from desktop.domain.timestamps import now_utc

STALE_SECONDS = 120
# The refresh policy's allowance of read units per client-hour (see the module's docstring).
READ_UNITS_PER_HOUR = 100.0


def max_age(read_units: float) -> float:
    """Seconds a month whose last read cost ``read_units`` stays fresh."""
    return max(float(STALE_SECONDS), read_units * 3600.0 / READ_UNITS_PER_HOUR)


def age_seconds(
    fetched_at: datetime,
    now: datetime,
    *,
    fetched_tick: float | None = None,
    tick: float | None = None,
) -> float:
    """Seconds since a fetch.

    ``fetched_tick`` and ``tick`` are monotonic-clock readings at the fetch and now: given
    both (a fetch of this session), only they count. Otherwise the wall clock does, and a
    ``fetched_at`` later than ``now`` is infinitely old.
    """
    if fetched_tick is not None and tick is not None:
        return max(0.0, tick - fetched_tick)
    age = (now - fetched_at).total_seconds()
    return math.inf if age < 0 else age


class FetchTimes[K: Hashable]:
    """The monotonic time of each fetch made in this session, and the freshness rule on it.

    ``clock`` is the monotonic clock and ``wall`` the wall clock (UTC); tests pass their own.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = now_utc,
    ) -> None:
        self.clock = clock
        self.wall = wall
        self._ticks: dict[K, float] = {}

    def fetched(self, key: K, tick: float | None = None) -> None:
        """``key`` was fetched in this session: at ``tick`` (the monotonic clock), or now."""
        self._ticks[key] = self.clock() if tick is None else tick

    def forget(self, key: K) -> None:
        self._ticks.pop(key, None)

    def clear(self) -> None:
        self._ticks.clear()

    def age(self, key: K, fetched_at: datetime) -> float:
        """Seconds since ``key`` was fetched; ``fetched_at`` is its stored wall-clock time."""
        tick = self._ticks.get(key)
        return age_seconds(
            fetched_at,
            self.wall(),
            fetched_tick=tick,
            tick=self.clock() if tick is not None else None,
        )

    def is_fresh(self, key: K, fetched_at: datetime, seconds: float) -> bool:
        """Whether ``key`` is younger than ``seconds``."""
        return self.age(key, fetched_at) < seconds


# --- today and the coming week: fresh within two minutes, within one allowance ----------------

# One client's read units per hour, whatever reads them: navigation, prefetches, refreshes of
# the month and the fresh reads of the coming week all count; only the fresh reads wait for it.
CLIENT_UNITS_PER_HOUR = 200.0
WEEK_DAYS = 7  # today and the six days after it
TODAY, WEEK = "today", "week"  # the regions of a department, by priority
# What a Query costs at the least (an empty answer too): half a unit.
MIN_UNITS = 0.5
HOUR = 3600.0
# The share of what is left that the plan spends: the rest absorbs late ticks and costs that
# grew since their last read, so the allowance's hard stop is rarely what paces a read.
PLANNED = 0.9
EPSILON = 1e-6  # seconds: a rounding error in a share never delays a read by a tick


def _fill(allowance: float, needs: dict[str, float]) -> dict[str, float]:
    """Share ``allowance`` among ``needs`` (units per hour each): the smallest needs are met in
    full, what is left is split evenly among the others (water-filling)."""
    given: dict[str, float] = {}
    left = max(0.0, allowance)
    order = sorted(needs, key=lambda k: needs[k])
    for index, key in enumerate(order):
        share = left / (len(order) - index)
        given[key] = min(needs[key], share)
        left -= given[key]
    return given


class FreshDays:
    """When to read today and the coming week of each visible department again.

    Every read the client makes is :meth:`spent` here (the ledger of the last hour). What the
    other reads left of :data:`CLIENT_UNITS_PER_HOUR` is shared by priority: first *today* of
    every visible department, each at most every :data:`STALE_SECONDS` (a department's today
    costs ``cost`` units per read: ``cost * 30`` units an hour), then the *week* (today and
    the six days after, which reads today too; upgrading a department's today reads to week
    reads costs the difference). Each region's interval is ``max(STALE_SECONDS, cost spread
    over its share)``; a region whose share is nothing waits for its month. A fresh read is
    never made when it would take the last hour's spending over the allowance.

    ``clock`` is a monotonic clock (seconds); tests pass their own.
    """

    def __init__(
        self,
        *,
        allowance: float = CLIENT_UNITS_PER_HOUR,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.allowance = allowance
        self.clock = clock
        self._ledger: list[tuple[float, float, bool]] = []  # (tick, units, a fresh read)
        self._cost: dict[tuple[str, str], float] = {}  # (department, region) → last cost
        self._read_at: dict[tuple[str, str], float] = {}  # (department, region) → tick

    # --- what was read ------------------------------------------------------------------------

    def spent(self, units: float, *, fresh: bool = False, tick: float | None = None) -> None:
        """The client read ``units`` (``fresh``: one of this scheduler's reads)."""
        self._ledger.append((self.clock() if tick is None else tick, units, fresh))

    def spent_last_hour(self, *, fresh: bool | None = None) -> float:
        """Units read in the last hour (``fresh``: only the fresh reads, or only the others)."""
        now = self.clock()
        # An hour with both ends: a read exactly an hour ago still counts.
        self._ledger = [entry for entry in self._ledger if now - entry[0] <= HOUR]
        return sum(u for _t, u, f in self._ledger if fresh is None or f == fresh)

    def covered(self, department_id: str, month_units: float, tick: float | None = None) -> None:
        """A read of the department's whole month (``month_units``) covered its today and week;
        until they are read themselves, their costs are guessed from it."""
        at = self.clock() if tick is None else tick
        for region, days in ((TODAY, 1), (WEEK, WEEK_DAYS)):
            self._read_at[(department_id, region)] = at
            self._cost.setdefault(
                (department_id, region), max(MIN_UNITS, month_units * days / 30.0)
            )

    def read(self, department_id: str, region: str, units: float) -> None:
        """A fresh read of ``region`` cost ``units`` (a week read reads today too)."""
        now = self.clock()
        self.spent(units, fresh=True, tick=now)
        self._cost[(department_id, region)] = max(MIN_UNITS, units)
        self._read_at[(department_id, region)] = now
        if region == WEEK:
            self._read_at[(department_id, TODAY)] = now

    def forget(self) -> None:
        """Another source: nothing read is known any more (the ledger stays: it was read)."""
        self._cost.clear()
        self._read_at.clear()

    # --- the plan -----------------------------------------------------------------------------

    def cost(self, department_id: str, region: str) -> float:
        return self._cost.get((department_id, region), MIN_UNITS)

    def intervals(self, departments: list[str]) -> dict[tuple[str, str], float]:
        """Seconds between reads of each department's today and week (``inf``: never)."""
        per_hour = HOUR / STALE_SECONDS
        budget = PLANNED * (self.allowance - self.spent_last_hour(fresh=False))
        today_cost = {d: self.cost(d, TODAY) for d in departments}
        week_cost = {d: max(self.cost(d, WEEK), today_cost[d]) for d in departments}
        today = _fill(budget, {d: today_cost[d] * per_hour for d in departments})
        left = budget - sum(today.values())
        # A week read replaces a today read: it costs only the difference, once today is met.
        met = [d for d in departments if today[d] >= today_cost[d] * per_hour - 1e-9]
        extra = _fill(left, {d: (week_cost[d] - today_cost[d]) * per_hour for d in met})
        result: dict[tuple[str, str], float] = {}
        for d in departments:
            result[(d, TODAY)] = _interval(today_cost[d], today[d])
            if d in extra:
                difference = week_cost[d] - today_cost[d]
                rate = per_hour if difference <= 0 else extra[d] / difference
                result[(d, WEEK)] = HOUR / rate if rate > 0 else math.inf
                result[(d, WEEK)] = max(float(STALE_SECONDS), result[(d, WEEK)])
            else:
                result[(d, WEEK)] = math.inf
        return result

    def needs(self, departments: list[str]) -> float:
        """Units an hour that today and the week of ``departments`` take every two minutes
        (a week read reads today too)."""
        per_hour = HOUR / STALE_SECONDS
        return sum(max(self.cost(d, WEEK), self.cost(d, TODAY)) * per_hour for d in departments)

    def month_allowed(self, departments: list[str], units: float) -> bool:
        """Whether a refresh of the whole month (``units``) fits: the month comes last, after
        today and the week of every department have their two minutes. (Navigation and F5
        always read; this is for the timer and the window coming back.)"""
        other = self.spent_last_hour(fresh=False) + units
        return other + self.needs(departments) / PLANNED <= self.allowance

    def due(self, departments: list[str]) -> list[tuple[str, str]]:
        """What to read now, a region per department at most (the week when both are due),
        within what the allowance has left this hour."""
        now = self.clock()
        intervals = self.intervals(departments)
        left = self.allowance - self.spent_last_hour()
        found: list[tuple[str, str]] = []
        for d in departments:
            for region in (WEEK, TODAY):
                at = self._read_at.get((d, region))
                if at is None or now - at < intervals[(d, region)] - EPSILON:
                    continue
                if self.cost(d, region) <= left:
                    left -= self.cost(d, region)
                    found.append((d, region))
                break
        return found

    def next_due(self, departments: list[str]) -> float:
        """Seconds until a region is due (``inf``: none is)."""
        now = self.clock()
        intervals = self.intervals(departments)
        waits = [
            at + intervals[key] - now
            for key in intervals
            if (at := self._read_at.get(key)) is not None
        ]
        return max(0.0, min(waits, default=math.inf))


def _interval(cost: float, units_per_hour: float) -> float:
    if units_per_hour <= 0:
        return math.inf
    return max(float(STALE_SECONDS), cost * HOUR / units_per_hour)
