"""The refresh policy's clocks: monotonic within a session, and no fetch time from the future."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from desktop.domain.freshness import STALE_SECONDS, FetchTimes, age_seconds, max_age

NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


class Clocks:
    """A wall clock and a monotonic clock that tests move independently."""

    def __init__(self) -> None:
        self.now = NOON
        self.tick = 1000.0

    def times(self) -> FetchTimes[str]:
        return FetchTimes(clock=lambda: self.tick, wall=lambda: self.now)


def test_a_stored_fetch_time_in_the_future_is_stale() -> None:
    assert age_seconds(NOON + timedelta(hours=1), NOON) == math.inf
    assert age_seconds(NOON - timedelta(seconds=30), NOON) == 30
    clocks = Clocks()
    times = clocks.times()
    # A month fetched in an earlier session, stamped an hour ahead of the clock now.
    assert not times.is_fresh("nov", NOON + timedelta(hours=1), max_age(0))
    assert not times.is_fresh("nov", NOON + timedelta(seconds=1), max_age(0))
    assert times.is_fresh("nov", NOON - timedelta(seconds=30), max_age(0))


def test_within_a_session_the_wall_clock_set_back_does_not_keep_a_month_fresh() -> None:
    clocks = Clocks()
    times = clocks.times()
    times.fetched("nov")
    fetched_at = clocks.now
    clocks.now -= timedelta(hours=1)  # the computer's clock is set back
    clocks.tick += STALE_SECONDS + 1  # while two minutes pass
    assert times.age("nov", fetched_at) == STALE_SECONDS + 1
    assert not times.is_fresh("nov", fetched_at, max_age(0))


def test_within_a_session_the_wall_clock_set_forward_does_not_make_a_month_stale() -> None:
    clocks = Clocks()
    times = clocks.times()
    times.fetched("nov", tick=clocks.tick - 10)  # the fetch began ten seconds ago
    clocks.now += timedelta(hours=2)
    assert times.age("nov", NOON) == 10
    assert times.is_fresh("nov", NOON, max_age(0))


def test_a_month_forgotten_falls_back_to_its_stored_time() -> None:
    clocks = Clocks()
    times = clocks.times()
    times.fetched("nov")
    times.clear()
    assert times.age("nov", NOON - timedelta(seconds=5)) == 5


def test_a_costly_month_stays_fresh_longer() -> None:
    assert max_age(0.5) == STALE_SECONDS
    assert max_age(100.0) == 3600.0
