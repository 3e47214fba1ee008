"""6. How fresh the visible departments' today and coming week stay within the allowance.

The capacity scenario (:func:`bench.scenarios.capacity`) runs an hour of simulated time; a
variant with ``fresh_tick_seconds`` also fires the window's fresh-days timer that often (what
its ``fresh_timer`` does every 30 s). From the Queries it records (when, which department,
which days) this module tells the longest time each department's *today* and its whole
*week* (today and the six days after, as far as the grid shows them) went without being read.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

from bench.report import Row, ratio

HOUR = 3600.0


def fresh_ticks(every: float) -> list[tuple[float, str]]:
    """The fresh-days timer's ticks over the hour."""
    return [(every * (i + 1), "fresh") for i in range(int(HOUR // every))]


def longest_gaps(
    reads: list[tuple[float, str, str, str]], departments: list[str], today: date
) -> dict[str, dict[str, float]]:
    """Per department, the longest minutes without a read covering today and the week.

    ``reads``: (seconds into the hour, department, first day, last day) of each Query.
    """
    week_end = (today + timedelta(days=6)).isoformat()
    day = today.isoformat()
    # The week as far as one month's grid goes: a read up to the month's end covers it when
    # the next month is not shown.
    result: dict[str, dict[str, float]] = {}
    for department in departments:
        mine = [(at, a, b) for at, d, a, b in reads if d == department]
        today_reads = [at for at, a, b in mine if a <= day <= b]
        week_reads = [at for at, a, b in mine if a <= day and (b >= week_end or b[:7] > day[:7])]
        result[department] = {
            "today_minutes": _longest(today_reads) / 60,
            "week_minutes": _longest(week_reads) / 60,
            "reads": len(mine),
        }
    return result


def _longest(times: list[float]) -> float:
    """The longest gap between reads over the hour (from the first read to its end)."""
    if not times:
        return HOUR
    points = [*sorted(times), HOUR]
    return max(b - a for a, b in itertools.pairwise(points))


def summary(gaps: dict[str, dict[str, float]], busy: str) -> str:
    """E.g. "busy: today ≤ 2.0 min, week ≤ 60 min; others: today ≤ 2.0, week ≤ 10 min"."""
    if not gaps:
        return ""
    parts = []
    others = {d: g for d, g in gaps.items() if d != busy}
    if busy in gaps:
        g = gaps[busy]
        parts.append(
            f"shown: today ≤ {g['today_minutes']:.1f} min, week ≤ {g['week_minutes']:.0f} min"
        )
    if others:
        today = max(g["today_minutes"] for g in others.values())
        week = max(g["week_minutes"] for g in others.values())
        parts.append(f"others: today ≤ {today:.1f} min, week ≤ {week:.1f} min")
    return "; ".join(parts)


def describe(variant: dict[str, Any]) -> str:
    return summary(variant.get("fresh_gaps", {}), variant.get("busy", ""))


def reminder_units(variant: dict[str, Any]) -> float:
    """What the reminders' reads of the next 14 days took of the hour."""
    return float(variant.get("by_trigger_units", {}).get("reminders (the next 14 days)", 0.0))


def capacity_row(variant: dict[str, Any], budget_units: float) -> Row:
    """Read units of a client-hour with overlays and the fresh week, and what freshness they
    bought (the longest time each department's today and week went unread)."""
    value = float(variant["units_per_hour"])
    crowded = variant["policy"].get("department", "busy") == "busy"
    month = float(variant["busy_month_read_units"])
    return Row(
        id=f"capacity.{variant['name']}",
        name=(
            f"6. read units per client-hour, {'crowded' if crowded else 'typical'} department "
            f"+ {variant['departments'] - 1} overlays, fresh week"
            f"{', no browsing' if variant['policy'].get('browse_months') == 0 else ''}"
            f", reminders on ({reminder_units(variant):.1f} RU/h of it)"
            f" ({describe(variant)})"
        ),
        unit="RU/h",
        median=value,
        baseline=month,
        baseline_name="one read of the department's month",
        ratio=ratio(value, month),
        budget=f"≤ {budget_units:.0f} RU/h",
        details={**variant, "baseline_unit": "RU"},
    )
