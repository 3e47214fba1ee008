"""The rows of the views (issue #18): switching views, the agenda's scroll, reads per view.

The scenarios are in :mod:`bench.views`; this module runs them in fresh processes, writes the
crowded department's months the agenda scrolls through, and makes the rows. A view this build
lacks gives a row that says "not available" (no value, no budget checked).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.data import _BUSY_TITLES, Plan, _item, connection
from bench.report import Row, median, p95, ratio
from desktop.domain.calendar import add_months, month_end
from desktop.views.calendar_view import ViewKind

SWITCH_BUDGET_MS = 50.0  # p95 of switching views from memory
SCROLL_BUDGET_MS = 33.0  # the longest stall while the agenda scrolls through twelve months
SWITCH_PROCESSES = 10
NOT_AVAILABLE = "not available in this build"

RunChild = Callable[[str, dict[str, Any], Path, float], dict[str, Any]]
_CASES = {"typical": "typical", "busy": "crowded + 4 overlays"}


def _absent(row_id: str, name: str, unit: str, budget: str) -> Row:
    return Row(id=row_id, name=name, unit=unit, median=None, budget=budget, note=NOT_AVAILABLE)


# --- switching views from memory --------------------------------------------------------------


def switch_in_processes(
    run_child: RunChild, ctx: dict[str, Any], tmp: Path, timeout: float, processes: int
) -> dict[str, Any]:
    """:func:`bench.views.view_switch` in ``processes`` fresh processes, samples merged."""
    return merge_switches(
        [
            run_child(
                "view-switch",
                {**ctx, "workdir": str(tmp / "work" / f"view-switch-{n}")},
                tmp,
                timeout,
            )
            for n in range(processes)
        ]
    )


def merge_switches(raws: list[dict[str, Any]]) -> dict[str, Any]:
    """The switches of every process, per case and per view switched to (in ms)."""
    merged: dict[str, Any] = {"available": [], "processes": len(raws), "cases": {}}
    for raw in raws:
        merged["available"] = raw["available"]
        for name, case in raw["cases"].items():
            into = merged["cases"].setdefault(
                name, {"ms": {}, "process_p95_ms": [], "requests": 0, "departments": 0}
            )
            for switch in case["switches"]:
                into["ms"].setdefault(switch["to"], []).append(switch["seconds"] * 1000)
            into["process_p95_ms"].append(p95([s["seconds"] * 1000 for s in case["switches"]]))
            into["requests"] += case["requests_during_switches"]
            into["departments"] = case["departments"]
    return merged


def switch_rows(raw: dict[str, Any], enforce: bool) -> list[Row]:
    """Per case and per view: the switches into it, min / median / p95 / max; value = p95."""
    rows = []
    budget = f"p95 ≤ {SWITCH_BUDGET_MS:.0f} ms"
    for case, label in _CASES.items():
        measured = raw["cases"].get(case, {})
        for kind in ViewKind:
            row_id = f"view-switch.{case}.{kind.value}"
            name = f"10. switch to the {kind.value} view from memory → painted ({label})"
            samples = measured.get("ms", {}).get(kind.value, [])
            if not samples:
                rows.append(_absent(row_id, name, "ms", budget))
                continue
            value = p95(samples)
            rows.append(
                Row(
                    id=row_id,
                    name=(
                        f"{name}, p95 of {len(samples)} switches in {raw['processes']} fresh "
                        "processes (value = p95)"
                    ),
                    unit="ms",
                    median=value,
                    budget=budget,
                    passed=None if not enforce else value <= SWITCH_BUDGET_MS,
                    details={
                        "spread": {"min": min(samples), "max": max(samples)},
                        "min": min(samples),
                        "median": median(samples),
                        "p95": value,
                        "max": max(samples),
                        "switches_ms": samples,
                        "processes": raw["processes"],
                        "process_p95_ms": measured["process_p95_ms"],
                        "requests_during_switches": measured["requests"],
                        "departments": measured["departments"],
                        "note": "the value column is the p95, not the median",
                    },
                )
            )
    return rows


# --- the agenda scrolled through twelve months ------------------------------------------------


def load_agenda_months(url: str, data: Plan, months: int) -> dict[str, int]:
    """Fill the crowded department's ``months - 1`` months after the crowded one with as many
    events as it holds (written now, after every other row that reads that department);
    events per month."""
    from desktop.data.store import DynamoStore, encode_item

    spec, department_id = data.spec, data.busy_department_id
    rng = random.Random(spec.seed + 18_000)
    counts: dict[str, int] = {}
    items = []
    for offset in range(1, months):
        first = add_months(spec.busy_month, offset)
        days = (month_end(first) - first).days + 1
        for _ in range(spec.busy_events):
            day = first + timedelta(days=rng.randrange(days))
            items.append(
                _item(rng, spec, department_id, day, spec.today_date, rng.choice(_BUSY_TITLES))
            )
        counts[f"{first:%Y-%m}"] = data.month_count(department_id, first) + spec.busy_events
    counts[f"{spec.busy_month:%Y-%m}"] = data.month_count(department_id, spec.busy_month)
    if items:
        DynamoStore(connection(url)).batch_write(
            "events", [{"PutRequest": {"Item": encode_item(item)}} for item in items]
        )
    return counts


def scroll_in_processes(
    run_child: RunChild, ctx: dict[str, Any], tmp: Path, timeout: float, processes: int
) -> list[dict[str, Any]]:
    """:func:`bench.views.agenda_scroll` in ``processes`` fresh processes."""
    runs = []
    for number in range(processes):
        context = {**ctx, "workdir": str(tmp / "work" / f"agenda-scroll-{number}")}
        run = run_child("agenda-scroll", context, tmp, timeout)
        if not run.get("available"):
            return []
        runs.append(run)
    return runs


def scroll_row(runs: list[dict[str, Any]], months: int, enforce: bool) -> Row:
    budget = f"≤ {SCROLL_BUDGET_MS:.0f} ms"
    name = f"11. longest GUI stall, the agenda paged down through {months} months (crowded)"
    if not runs:
        return _absent("agenda-scroll", name, "ms", budget)
    gaps = [run["max_gap_seconds"] * 1000 for run in runs]
    value, low, high = median(gaps), min(gaps), max(gaps)
    base = median([run["idle_gap_median_seconds"] * 1000 for run in runs])
    return Row(
        id="agenda-scroll",
        name=(
            f"{name}, {median([r['events_loaded'] for r in runs]):,.0f} events "
            f"({len(runs)} fresh processes, 1 ms timer; min {low:.1f} / max {high:.1f} ms)"
        ),
        unit="ms",
        median=value,
        baseline=base,
        baseline_name="1 ms timer's tick when idle",
        ratio=ratio(value, base),
        budget=budget,
        passed=None if not enforce else value <= SCROLL_BUDGET_MS,
        details={
            "spread": {"min": low, "max": high},
            "max_gap_ms": gaps,
            "processes": len(runs),
            "over_budget": sum(g > SCROLL_BUDGET_MS for g in gaps),
            "gaps_over_33ms": [r["gaps_over_33ms"] for r in runs],
            "seconds": [r["seconds"] for r in runs],
            "page_steps": [r["page_steps"] for r in runs],
            "months_loaded": [r["months_loaded"] for r in runs],
            "events_loaded": [r["events_loaded"] for r in runs],
            "gc_longest_ms": [r["gc_longest_seconds"] * 1000 for r in runs],
        },
    )


# --- reads per view ---------------------------------------------------------------------------


def reads_rows(raw: dict[str, Any], enforce: bool) -> list[Row]:
    """Per view: the most reads of one department-month within the staleness window over a
    user's navigation (≤ 1); for a view of a week, a week across two months (each read once)."""
    rows = []
    for kind in ViewKind:
        row_id = f"reads.view.{kind.value}"
        name = (
            f"5. reads of one department-month within its staleness, the {kind.value} view "
            "(next, next, previous, another view and back, previous, today)"
        )
        cases = raw["kinds"].get(kind.value)
        if cases is None:
            rows.append(_absent(row_id, name, "reads", "≤ 1"))
            continue
        value = float(max(case["most_reads"] for case in cases.values()))
        distinct = float(sum(case["department_months"] for case in cases.values()))
        rows.append(
            Row(
                id=row_id,
                name=name,
                unit="reads",
                median=value,
                baseline=distinct,
                baseline_name="department-months read",
                budget="≤ 1",
                passed=None if not enforce else value <= 1,
                details={"cases": cases, "baseline_unit": "reads"},
            )
        )
        across = {n: c["across"] for n, c in cases.items() if c.get("across")}
        if across:
            counts = [n for a in across.values() for n in a["counts"].values()]
            expected = float(len(counts))
            rows.append(
                Row(
                    id=f"{row_id}.across",
                    name=(
                        f"5. a week across two months in the {kind.value} view: Queries of the "
                        "two months, per department"
                    ),
                    unit="reads",
                    median=float(sum(counts)),
                    baseline=expected,
                    baseline_name="each department-month once",
                    ratio=ratio(float(sum(counts)), expected),
                    budget="each once",
                    passed=None if not enforce else all(n == 1 for n in counts),
                    details={"cases": across, "baseline_unit": "reads"},
                )
            )
    return rows
