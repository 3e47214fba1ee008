"""The read-units row with reminders on stays within 200 RU per client-hour: the arithmetic of
the reminders' plan with the bench's department sizes, on a simulated clock (no server, no
timings)."""

from __future__ import annotations

from datetime import date

from bench.reminders import planned_hour
from desktop.domain.freshness import CLIENT_UNITS_PER_HOUR
from desktop.domain.upcoming_plan import UPCOMING_SECONDS, UPCOMING_UNITS_PER_HOUR

# The bench's calendar (bench.data.DataSpec): the crowded department's month of 3,000 events
# costs ~101 read units, a typical department's ~1.5.
BUSY_MONTH, TYPICAL_MONTH = 101.0, 1.5
TYPICAL = ["t1", "t2", "t3", "t4"]


def window_cost(month_units: float) -> float:
    return max(0.5, month_units * 14 / 30)


def opening(
    today: date, departments: dict[str, float]
) -> list[tuple[float, float, str | None, date | None]]:
    """The views' reads at start: each department's month of ``today``."""
    month = today.replace(day=1)
    return [(0.0, units, d, month) for d, units in departments.items()]


def test_crowded_department_and_four_overlays_with_reminders_fit_the_hour() -> None:
    today = date(2026, 12, 3)  # the 14 days lie in the month the views read
    months = {"busy": BUSY_MONTH, **dict.fromkeys(TYPICAL, TYPICAL_MONTH)}
    costs = {"busy": window_cost(BUSY_MONTH), **dict.fromkeys(TYPICAL, window_cost(TYPICAL_MONTH))}
    hour = planned_hour(costs, opening(today, months), today)
    assert hour.total <= CLIENT_UNITS_PER_HOUR
    # Only the typical departments' 14 days are read, four times an hour each: the crowded
    # one's ~47 units would take the hour over.
    assert hour.reminder_units <= len(TYPICAL) * 4 * window_cost(TYPICAL_MONTH) + 1e-9
    assert hour.reminder_units <= UPCOMING_UNITS_PER_HOUR
    # Each typical department's 14 days are never older than 15 minutes and a look.
    assert all(hour.oldest_minutes[d] <= UPCOMING_SECONDS / 60 + 1 for d in TYPICAL)
    # The crowded one's were read with its month: not again within the hour.
    assert hour.oldest_minutes["busy"] <= 60


def test_fourteen_days_across_a_month_never_read_read_only_those_days() -> None:
    today = date(2026, 12, 25)  # December read by the views; January's days are not
    months = {"busy": BUSY_MONTH, **dict.fromkeys(TYPICAL, TYPICAL_MONTH)}
    costs = {"busy": window_cost(BUSY_MONTH), **dict.fromkeys(TYPICAL, window_cost(TYPICAL_MONTH))}
    hour = planned_hour(costs, opening(today, months), today)
    assert hour.total <= CLIENT_UNITS_PER_HOUR
    assert hour.reminder_units <= UPCOMING_UNITS_PER_HOUR + window_cost(BUSY_MONTH)


def test_with_the_hour_nearly_spent_reminders_never_take_it_over() -> None:
    """The views read every month shown and browsed 65 units more in the first minute (those
    reads always go): the reminders read only what the allowance has left."""
    today = date(2026, 12, 3)
    months = {"busy": BUSY_MONTH, **dict.fromkeys(TYPICAL, TYPICAL_MONTH)}
    browsing = [(5.0 * (i + 1), 6.5, None, None) for i in range(10)]
    costs = {"busy": window_cost(BUSY_MONTH), **dict.fromkeys(TYPICAL, window_cost(TYPICAL_MONTH))}
    hour = planned_hour(costs, opening(today, months) + browsing, today)
    assert hour.other_units == 172.0
    assert hour.total <= CLIENT_UNITS_PER_HOUR
    assert hour.reads > 0  # the typical departments' days still fit the units left
    # ...up to nine tenths of the hour: the last tenth is for reads that always go.
    assert hour.total <= 0.9 * CLIENT_UNITS_PER_HOUR + 1e-9
