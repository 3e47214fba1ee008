"""The fresh-days scheduler: today and the coming week of the visible departments, read again
within two minutes where the allowance lets it, never over the allowance (a fake clock)."""

from __future__ import annotations

import itertools
import math

from desktop.domain.freshness import (
    CLIENT_UNITS_PER_HOUR,
    STALE_SECONDS,
    TODAY,
    WEEK,
    FreshDays,
)

# The bench's data: the busy department has ~100 events a day (its month ~101 units), the
# others ~3 a day (a month ~3 units).
COST = {
    ("busy", TODAY): 3.5,
    ("busy", WEEK): 27.0,
    **{(f"o{i}", TODAY): 0.5 for i in range(5)},
    **{(f"o{i}", WEEK): 1.0 for i in range(5)},
}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def simulate(
    departments: list[str], *, seconds: float = 3600, opened_with: float = 0.0
) -> tuple[FreshDays, dict[tuple[str, str], list[float]]]:
    """An hour of ticks every 10 s, each due region read at its cost; the reads' times."""
    clock = Clock()
    fresh = FreshDays(clock=clock)
    if opened_with:
        fresh.spent(opened_with)  # what opening the window read
    for d in departments:
        fresh.covered(d, COST[(d, WEEK)] * 30 / 7)
    times: dict[tuple[str, str], list[float]] = {}
    start = clock.now
    while clock.now - start < seconds:
        clock.now += 10
        for d, region in fresh.due(departments):
            fresh.read(d, region, COST[(d, region)])
            times.setdefault((d, region), []).append(clock.now)
            assert fresh.spent_last_hour() <= CLIENT_UNITS_PER_HOUR
    return fresh, times


def longest_gap(times: list[float], start: float = 1000.0) -> float:
    points = [start, *times]
    return max(b - a for a, b in itertools.pairwise(points))


def test_ordinary_departments_get_their_whole_week_every_two_minutes() -> None:
    departments = [f"o{i}" for i in range(5)]
    fresh, times = simulate(departments)
    for d in departments:
        assert longest_gap(times[(d, WEEK)]) <= STALE_SECONDS + 10  # one tick late at most
        assert (d, TODAY) not in times  # the week read covers today: no second Query
    assert fresh.spent_last_hour() <= CLIENT_UNITS_PER_HOUR


def test_the_busy_department_keeps_today_within_two_minutes_inside_the_allowance() -> None:
    departments = ["busy", "o1", "o2", "o3", "o4"]
    fresh, times = simulate(departments, seconds=2 * 3600)
    busy_today = sorted(times.get(("busy", TODAY), []) + times.get(("busy", WEEK), []))
    assert longest_gap(busy_today) <= STALE_SECONDS + 10
    for d in departments[1:]:
        today = sorted(times.get((d, TODAY), []) + times.get((d, WEEK), []))
        assert longest_gap(today) <= STALE_SECONDS + 10
    # The busy week (27 units) does not fit every two minutes: it is read far less often.
    assert len(times.get(("busy", WEEK), [])) < 10
    assert fresh.spent_last_hour() <= CLIENT_UNITS_PER_HOUR


def test_what_other_reads_spent_comes_first_and_the_allowance_is_never_exceeded() -> None:
    departments = ["busy", "o1", "o2", "o3", "o4"]
    # Opening read the busy month with four overlays: 113 units of this hour are gone.
    fresh, times = simulate(departments, seconds=3590, opened_with=113.0)
    fresh_units = fresh.spent_last_hour(fresh=True)
    assert fresh_units <= CLIENT_UNITS_PER_HOUR - 113.0
    assert len(times[("busy", TODAY)]) < 30  # less often than every two minutes, honestly


def test_the_fresh_query_is_narrowed_to_the_region_and_its_cadence_follows_the_clock() -> None:
    clock = Clock()
    fresh = FreshDays(clock=clock)
    fresh.covered("o1", 3.0)
    assert fresh.due(["o1"]) == []  # the month was just read
    clock.now += STALE_SECONDS - 1
    assert fresh.due(["o1"]) == []
    assert fresh.next_due(["o1"]) == 1
    clock.now += 1
    assert fresh.due(["o1"]) == [("o1", WEEK)]
    fresh.read("o1", WEEK, 0.5)
    assert fresh.due(["o1"]) == []
    assert fresh.next_due(["o1"]) == STALE_SECONDS


def test_without_allowance_left_nothing_is_due() -> None:
    clock = Clock()
    fresh = FreshDays(clock=clock)
    fresh.covered("busy", 101.0)
    fresh.spent(CLIENT_UNITS_PER_HOUR)
    clock.now += 3000
    assert fresh.due(["busy"]) == []
    assert math.isinf(fresh.intervals(["busy"])[("busy", TODAY)])
    clock.now += 601  # the big read is over an hour old
    assert fresh.due(["busy"]) != []


def test_the_whole_month_is_refreshed_only_with_what_today_and_the_week_leave() -> None:
    clock = Clock()
    ordinary = FreshDays(clock=clock)
    for d in ("o1", "o2"):
        ordinary.read(d, WEEK, 1.0)
    assert ordinary.month_allowed(["o1", "o2"], 6.0)  # 60 units an hour keep both weeks
    crowded = FreshDays(clock=clock)
    crowded.read("busy", TODAY, 3.5)
    crowded.read("busy", WEEK, 27.0)
    assert not crowded.month_allowed(["busy"], 101.0)  # its week alone needs 810 an hour
    ordinary.spent(150.0)  # the hour's other reads: no room left for the month
    assert not ordinary.month_allowed(["o1", "o2"], 6.0)
