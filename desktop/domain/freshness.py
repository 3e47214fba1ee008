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
