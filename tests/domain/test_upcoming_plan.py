"""When the reminders' 14 days of a department are read again: every 15 minutes, longer for a
crowded department, never for days the views have just read, on a clock the test drives."""

from __future__ import annotations

import math
from datetime import date

from desktop.domain.upcoming_plan import UPCOMING_SECONDS, WindowPlan, window_of

TODAY = date(2026, 11, 26)
FIRST, LAST = window_of(TODAY)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_window_is_today_and_the_13_days_after_it() -> None:
    assert window_of(TODAY) == (date(2026, 11, 26), date(2026, 12, 9))


def test_a_window_never_read_is_due_whole_then_every_15_minutes() -> None:
    clock = Clock()
    plan = WindowPlan(clock=clock)
    assert plan.due(["dev"], TODAY) == [("dev", FIRST, LAST)]
    plan.read("dev", FIRST, LAST, 1.5)
    assert plan.due(["dev"], TODAY) == []
    clock.now += UPCOMING_SECONDS - 1
    assert plan.due(["dev"], TODAY) == []
    assert plan.next_due(["dev"], TODAY) == 1
    clock.now += 1
    assert plan.due(["dev"], TODAY) == [("dev", FIRST, LAST)]


def test_days_the_views_read_whole_are_not_read_again() -> None:
    clock = Clock()
    plan = WindowPlan(clock=clock)
    plan.covered("dev", FIRST, date(2026, 11, 30), month_units=3.0)  # November, read whole
    # Only December's days are due: one Query narrowed to them.
    assert plan.due(["dev"], TODAY) == [("dev", date(2026, 12, 1), LAST)]
    plan.covered("dev", date(2026, 12, 1), LAST, month_units=3.0)
    assert plan.due(["dev"], TODAY) == []


def test_a_crowded_department_is_read_as_often_as_its_share_pays_for() -> None:
    clock = Clock()
    plan = WindowPlan(clock=clock)
    for typical in ("a", "b", "c", "d"):
        plan.read(typical, FIRST, LAST, 1.5)
    plan.read("busy", FIRST, LAST, 47.0)  # a 3,000-event month's 14 days
    intervals = plan.intervals(["busy", "a", "b", "c", "d"])
    assert all(intervals[d] == UPCOMING_SECONDS for d in "abcd")
    # 4 × 1.5 × 4 = 24 of the 40 units an hour go to the typical ones; the rest to the busy.
    assert math.isclose(intervals["busy"], 47.0 * 3600 / 16.0)
    per_hour = sum(plan.cost(d) * 3600 / intervals[d] for d in intervals)
    assert per_hour <= plan.allowance + 1e-9


def test_waking_from_sleep_makes_every_day_due() -> None:
    plan = WindowPlan(clock=Clock())
    plan.read("dev", FIRST, LAST, 1.0)
    plan.forget()
    assert plan.due(["dev"], TODAY) == [("dev", FIRST, LAST)]
