"""Calendar arithmetic: the 6 × 7 days shown for a month, and month steps."""

from __future__ import annotations

from datetime import date, timedelta

WEEKS = 6
DAYS = 7


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def month_end(day: date) -> date:
    return add_months(day, 1) - timedelta(days=1)


def grid_start(month: date, first_weekday: int) -> date:
    """The first day shown for ``month`` when weeks start on ``first_weekday`` (Mon=1…Sun=7)."""
    first = month_start(month)
    offset = (first.isoweekday() - first_weekday) % 7
    return first - timedelta(days=offset)


def grid_days(month: date, first_weekday: int) -> list[date]:
    start = grid_start(month, first_weekday)
    return [start + timedelta(days=i) for i in range(WEEKS * DAYS)]


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def week_start(day: date, first_weekday: int) -> date:
    """The first day of ``day``'s week when weeks start on ``first_weekday`` (Mon=1…Sun=7)."""
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


def months_between(first: date, last: date) -> tuple[date, ...]:
    """The first days of the months that hold a day from ``first`` to ``last``."""
    months = []
    month = month_start(first)
    while month <= last:
        months.append(month)
        month = add_months(month, 1)
    return tuple(months)
