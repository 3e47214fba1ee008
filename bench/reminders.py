"""6. The reminders' share of the read-units row, planned on a simulated clock.

The capacity scenario (:func:`bench.scenarios.capacity`) runs the real window, whose
:class:`~desktop.workers.upcoming.Upcoming` looks every minute at the next 14 days of the
departments shown and reads what is due. :func:`planned_hour` runs the same plan
(:class:`~desktop.domain.upcoming_plan.WindowPlan`, the client's ledger of
:class:`~desktop.domain.freshness.FreshDays`) without a server, for the arithmetic: with the
bench's department sizes, what the reminders read in an hour on top of the other reads, and
how old each department's window got.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.domain.calendar import month_end
from desktop.domain.freshness import PLANNED, FreshDays
from desktop.domain.upcoming_plan import WINDOW_DAYS, WindowPlan, window_of

HOUR = 3600.0


@dataclass
class Hour:
    """What an hour of reminders read, and the longest a department's window went unread."""

    reminder_units: float = 0.0
    other_units: float = 0.0
    reads: int = 0
    oldest_minutes: dict[str, float] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return self.reminder_units + self.other_units


def planned_hour(
    window_costs: dict[str, float],
    other_reads: list[tuple[float, float, str | None, date | None]],
    today: date,
    *,
    look_seconds: float = 60.0,
) -> Hour:
    """An hour of Upcoming's looks every ``look_seconds``.

    ``window_costs``: each department's 14 days, in read units (its share of a month's);
    ``other_reads``: (second, units, department, month) of the views' reads, a department's
    month counting as a read of its days of the window (``None``: a read that covers none).
    """
    clock = [0.0]
    ledger = FreshDays(clock=lambda: clock[0])
    plan = WindowPlan(clock=lambda: clock[0])
    hour = Hour()
    first, last = window_of(today)
    departments = list(window_costs)
    events = sorted(
        [(at, "other", i) for i, (at, *_r) in enumerate(other_reads)]
        + [(look_seconds * (i + 1), "look", -1) for i in range(int(HOUR // look_seconds))]
    )
    for at, kind, index in events:
        clock[0] = at
        if kind == "other":
            _at, units, department, month = other_reads[index]
            ledger.spent(units)
            hour.other_units += units
            if department is not None and month is not None:
                start, end = max(first, month), min(last, month_end(month))
                if start <= end:
                    plan.covered(department, start, end, units)
            continue
        for department, start, end in plan.due(departments, today):
            share = ((end - start).days + 1) / WINDOW_DAYS
            cost = window_costs[department] * share
            if ledger.spent_last_hour() + plan.cost(department) > PLANNED * ledger.allowance:
                continue
            ledger.spent(cost)
            plan.read(department, start, end, cost)
            hour.reminder_units += cost
            hour.reads += 1
        for department in departments:
            oldest = plan_oldest(plan, department, today)
            if oldest is not None:
                age = (at - oldest) / 60
                hour.oldest_minutes[department] = max(hour.oldest_minutes.get(department, 0), age)
    return hour


def plan_oldest(plan: WindowPlan, department: str, today: date) -> float | None:
    """The tick of the department's least recently read day of the window (None: never)."""
    first = window_of(today)[0]
    ticks = [plan.read_at(department, first + timedelta(days=i)) for i in range(WINDOW_DAYS)]
    return None if None in ticks else min(t for t in ticks if t is not None)
