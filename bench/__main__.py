"""``python -m bench``: the benchmarks with budgets (see BENCHMARKS.md).

It starts moto's server on 127.0.0.1 in a process of its own, fills it with a generated
calendar (30 departments, about 50,000 events over two years, one month of one department with
3,000), runs every measurement against its baseline in the same run, prints the table and
writes it as JSON. ``--quick`` does the same on a small calendar, once, without enforcing
budgets (what CI runs to prove the harness works).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from bench import (
    check,
    freshness,
    report,
    scale,
    search,
    stall,
    startup,
    switch,
    view_rows,
    whatif,
)
from bench.data import DataSpec, Plan, connection, plan
from bench.endpoint import ServerProcess
from bench.report import Row, median, p95, ratio

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = Path(__file__).resolve().parent / "results.json"
MEASUREMENTS = (
    "startup",
    "warm",
    "cold",
    "responsive",
    "reads",
    "window-reads",
    "capacity",
    "memory",
    "installed",
    "check",
    "search",
    "view-switch",
    "view-reads",
    "agenda-scroll",  # writes eleven more crowded months: runs after every other row
    "scale",  # only with --scale (or --only scale)
)

BUDGETS = {
    "startup": 1.3,  # × the bare window's first paint
    "warm": 1.5,  # × the grid's own repaint
    "warm_p95_ms": 50.0,
    "cold": 1.5,  # × a bare Query parsing items as the app does, on localhost
    "cold_latency": 1.15,  # the same, against an endpoint 20 ms away (--latency-ms 20)
    "responsive_ms": 33.0,
    "reads": 1.0,
    "capacity_units": 200.0,  # read units per client-hour
    "memory_mb": 250.0,
}


# --- the server -------------------------------------------------------------------------------


class Server(ServerProcess):
    """The bench's endpoint (:mod:`bench.endpoint`): ``spec``'s calendar, loaded as asked."""

    def __init__(
        self,
        spec: DataSpec,
        *,
        load: str,
        raw_moto: bool,
        env: dict[str, str],
        latency_ms: float = 0.0,
    ) -> None:
        args = [json.dumps(spec.to_json()), "--load", "direct" if load == "direct" else "none"]
        if raw_moto:
            args.append("--raw-moto")
        if latency_ms > 0:
            args += ["--latency-ms", str(latency_ms)]
        super().__init__(args, env, "the moto server process did not start")


def load_http(url: str, data: Plan) -> None:
    """Every department and event through the app's own BatchWriteItem (25 per request)."""
    from desktop.data.store import DynamoStore, encode_item

    store = DynamoStore(connection(url))
    store.batch_write(
        "departments",
        [{"PutRequest": {"Item": encode_item(d.to_item())}} for d in data.departments],
    )
    store.batch_write(
        "events", [{"PutRequest": {"Item": encode_item(item)}} for item in data.items]
    )


def build_cache_template(path: Path, url: str, data: Plan) -> float:
    """A cache file holding every department and every event, fetched a day ago."""
    from desktop.data.cache import Cache
    from desktop.domain.calendar import month_start

    started = time.perf_counter()
    source = connection(url).source_key()
    by_month: dict[tuple[str, Any], list[Any]] = {}
    for event in data.events():
        by_month.setdefault((event.department_id, month_start(event.event_date)), []).append(event)
    fetched = datetime.now(UTC) - timedelta(days=1)
    with Cache.open(path, source) as cache:
        cache.replace_departments(data.departments)
        for department in data.departments:
            for month in data.spec.month_list():
                events = by_month.get((department.id, month), [])
                cache.replace_month(department.id, month, events, fetched)
    return time.perf_counter() - started


# --- children ---------------------------------------------------------------------------------


def run_child(name: str, ctx: dict[str, Any], tmp: Path, timeout: float) -> dict[str, Any]:
    home = tmp / f"home-{name}"
    env = startup.child_env(home, ctx["url"])
    context = tmp / f"{name}-context.json"
    result = tmp / f"{name}-result.json"
    context.write_text(json.dumps(ctx, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "bench.child", name, str(context), str(result)],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0 or not result.exists():
        raise RuntimeError(
            f"bench.child {name} failed (exit {done.returncode}):\n{done.stderr[-4000:]}"
        )
    loaded: dict[str, Any] = json.loads(result.read_text(encoding="utf-8"))
    return loaded


# --- rows -------------------------------------------------------------------------------------


def _kind(name: str) -> str:
    return "crowded" if name == "busy" else "typical"


def _ms(values: list[float]) -> list[float]:
    return [v * 1000 for v in values]


def _check(
    value: float | None, limit: float, enforce: bool, *, strict: bool = False
) -> bool | None:
    if not enforce or value is None:
        return None
    return value < limit if strict else value <= limit


def startup_rows(raw: dict[str, Any], enforce: bool) -> list[Row]:
    bare = [m["painted"] * 1000 for m in raw["bare"]]
    rows = []
    for name in ("busy", "typical"):
        runs = raw.get(name, [])
        painted = [m["painted"] * 1000 for m in runs if "painted" in m]
        value, base = median(painted), median(bare)
        r = ratio(value, base)
        phases = {
            key: median([m[key] * 1000 for m in runs if key in m])
            for key in (
                "started",
                "imported",
                "window_init",
                "window_built",
                "window_paint",
                "cache_ready",
                "boto3_import",
                "month_paint",
                "painted",
                "store_ready",
            )
        }
        rows.append(
            Row(
                id=f"startup.{name}",
                name=(
                    f"1. start-up → cached month painted ({_kind(name)}, "
                    f"{runs[0].get('events', 0) if runs else 0:,} events)"
                ),
                unit="ms",
                median=value,
                baseline=base,
                baseline_name="bare PySide6 window's first paint",
                ratio=r,
                budget=f"≤ {BUDGETS['startup']}×",
                passed=_check(r, BUDGETS["startup"], enforce),
                details={
                    "runs_ms": painted,
                    "spread": startup.spread(painted),
                    "bare_runs_ms": bare,
                    "phases_median_ms": phases,
                    "events_painted": runs[0].get("events") if runs else None,
                    "store_ready_before_paint": sum(
                        1 for m in runs if m.get("store_ready_at_paint")
                    ),
                    "boto3_import_began_before_paint": sum(
                        1 for m in runs if m.get("boto3_import", 1e9) < m.get("month_paint", 0)
                    ),
                    "peak_rss_mb": median([m.get("peak_rss_kb", 0) / 1024 for m in runs]),
                },
            )
        )
    floors = (
        ("startup.typical.floor", "floor", "the {n} Qt types the app's start-up imports"),
        (
            "startup.typical.floor.minimal",
            "floor_minimal",
            "the {n} Qt types no QTableView month grid can do without",
        ),
    )
    for row_id, key, what in floors:
        runs_ms = [m["painted"] * 1000 for m in raw.get(key, []) if "painted" in m]
        if not runs_ms:
            continue
        value, base = median(runs_ms), median(bare)
        names = raw.get("floor_names", []) if key == "floor" else startup.MINIMAL_GRID_TYPES
        rows.append(
            Row(
                id=row_id,
                name=(
                    f"1. the floor: bare window + {what.format(n=len(names))} + 42 cells of text"
                ),
                unit="ms",
                median=value,
                baseline=base,
                baseline_name="bare PySide6 window's first paint",
                ratio=ratio(value, base),
                details={
                    "runs_ms": runs_ms,
                    "types_ms": median([m["types"] * 1000 for m in raw[key] if "types" in m]),
                    "names": names,
                },
            )
        )
    return rows + startup.imports_and_no_pyc_rows(raw, enforce)


def warm_rows(raw: dict[str, Any], enforce: bool) -> list[Row]:
    switches, repaints = _ms(raw["switch_seconds"]), _ms(raw["repaint_seconds"])
    value, base = median(switches), median(repaints)
    r = ratio(value, base)
    tail = p95(switches)
    details = {
        "switches": len(switches),
        "repaint_p95_ms": p95(repaints),
        "per_month_median_ms": raw["per_month_median_ms"],
        "events_per_month": raw["events_per_month"],
        "requests_during_switches": raw["requests_during_switches"],
        "max_ms": max(switches) if switches else None,
    }
    return [
        Row(
            id="warm.median",
            name="2. warm month switch → painted",
            unit="ms",
            median=value,
            baseline=base,
            baseline_name="the grid's own repaint",
            ratio=r,
            budget=f"≤ {BUDGETS['warm']}×",
            passed=_check(r, BUDGETS["warm"], enforce),
            details=details,
        ),
        Row(
            id="warm.p95",
            name="2. warm month switch, p95 (value = p95)",
            unit="ms",
            median=tail,
            baseline=p95(repaints),
            baseline_name="repaint p95",
            ratio=ratio(tail, p95(repaints)),
            budget=f"p95 < {BUDGETS['warm_p95_ms']:.0f} ms",
            passed=_check(tail, BUDGETS["warm_p95_ms"], enforce, strict=True),
            details={"note": "the value column is the p95, not the median"},
        ),
    ]


COLD_PROCESSES = 10  # fresh processes of the cold switch, each doing the child's repetitions


def cold_in_processes(
    ctx: dict[str, Any], tmp: Path, timeout: float, processes: int
) -> dict[str, Any]:
    """The cold switch in ``processes`` fresh processes: each group's samples put together,
    and each process's median of the app's switch (the spread across processes)."""
    merged: dict[str, Any] = {}
    for _ in range(processes):
        raw = run_child("cold", ctx, tmp, timeout)
        for name, group in raw.items():
            into = merged.setdefault(name, {"process_app_ms": []})
            into["process_app_ms"].append(median(_ms(group["app_seconds"])))
            for key, value in group.items():
                if isinstance(value, list):
                    into.setdefault(key, []).extend(value)
                else:
                    into.setdefault(key, value)
    return merged


def cold_rows(raw: dict[str, Any], enforce: bool, *, latency_ms: float = 0.0) -> list[Row]:
    """The cold switch against a bare Query; its budget is the fair row's (bench/switch.py):
    ≤ 1.5× on localhost, ≤ 1.15× against an endpoint 20 ms away."""
    rows = []
    limit = BUDGETS["cold_latency"] if latency_ms >= 20 else BUDGETS["cold"]
    for name in ("typical", "busy"):
        group = raw[name]
        app_ms, bare_ms = _ms(group["app_seconds"]), _ms(group["bare_seconds"])
        value, base = median(app_ms), median(bare_ms)
        r = ratio(value, base)
        per_process = group.get("process_app_ms") or [value]
        spread = {"min": min(per_process), "max": max(per_process)}
        rows.append(
            Row(
                id=f"cold.{name}",
                name=(
                    f"3. cold month switch → painted ({_kind(name)}, "
                    f"{statistics.median(group['items']):,.0f} events)"
                ),
                unit="ms",
                median=value,
                baseline=base,
                baseline_name="bare boto3 paginated Query",
                ratio=r,
                note="budget: the row against a bare Query with the app's parsing",
                details={
                    "processes": len(per_process),
                    "process_app_ms": per_process,
                    "spread": spread,
                    "app_ms": app_ms,
                    "bare_ms": bare_ms,
                    "items": sorted(set(group["items"])),
                    "months": group["months"],
                    "difference_ms": value - base,
                },
            )
        )
        paints = _ms(group.get("first_paint_seconds", []))
        if paints:
            # No window can show a month before its Query has answered and its texts are
            # painted: the two in a row, each measured on its own, are the floor.
            floor = median(paints) + base
            rows.append(
                Row(
                    id=f"cold.{name}.floor",
                    name=(
                        f"3. the floor ({_kind(name)}): bare Query + the grid's first paint "
                        "of the month's texts"
                    ),
                    unit="ms",
                    median=floor,
                    baseline=base,
                    baseline_name="bare boto3 paginated Query",
                    ratio=ratio(floor, base),
                    details={"first_paint_ms": paints},
                )
            )
        for row in switch.cold_rows(name, _kind(name), group, value):
            if row.id.endswith(".fair"):
                row.budget = f"≤ {limit}×" + (
                    f" ({latency_ms:.0f} ms latency)" if latency_ms else ""
                )
                row.passed = _check(row.ratio, limit, enforce)
                row.details["spread"] = spread
            rows.append(row)
    return rows


def responsive_row(raw: dict[str, Any], enforce: bool) -> Row:
    gaps = [run["max_gap_seconds"] * 1000 for run in raw["runs"]]
    value = median(gaps)
    base = raw["idle_gap_median_seconds"] * 1000
    return Row(
        id="responsive",
        name=(f"4. longest GUI stall, crowded month + {raw['departments'] - 1} overlays loading"),
        unit="ms",
        median=value,
        baseline=base,
        baseline_name="5 ms timer's tick when idle",
        ratio=ratio(value, base),
        budget=f"≤ {BUDGETS['responsive_ms']:.0f} ms",
        passed=_check(value, BUDGETS["responsive_ms"], enforce),
        details={
            "max_gap_ms": gaps,
            "worst_ms": max(gaps) if gaps else None,
            "max_gap_until_painted_ms": [
                r["max_gap_until_painted_seconds"] * 1000 for r in raw["runs"]
            ],
            "painted_after_ms": [r["painted_after_seconds"] * 1000 for r in raw["runs"]],
            "idle_after_ms": [r["idle_after_seconds"] * 1000 for r in raw["runs"]],
            "gaps_over_33ms": [r["gaps_over_33ms"] for r in raw["runs"]],
            "gc_longest_ms": [r["gc_longest_seconds"] * 1000 for r in raw["runs"]],
            "gc_full_collections": [r["gc_full_collections"] for r in raw["runs"]],
            "events_in_month": raw["events_in_month"],
        },
    )


def reads_rows(raw: dict[str, Any], enforce: bool) -> list[Row]:
    rows = []
    for name, label in (("busy", "the crowded month"), ("typical", "a typical month")):
        case = raw[name]
        value, base = float(case["scanned_count"]), float(case["items_in_month"])
        r = ratio(value, base)
        rows.append(
            Row(
                id=f"reads.{name}",
                name=f"5. items read to show {label}",
                unit="items",
                median=value,
                baseline=base,
                baseline_name="items in that month",
                ratio=r,
                budget="= 1.0",
                passed=None if not enforce else (r is not None and abs(r - 1.0) < 1e-9),
                details={**case, "baseline_unit": "items"},
            )
        )
    scan = raw["scan"]
    busy = raw["busy"]
    rows.append(
        Row(
            id="reads.scan",
            name="5. the web app's Scan + filter, same answer",
            unit="items",
            median=float(scan["scanned_count"]),
            baseline=float(busy["items_in_month"]),
            baseline_name="items in that month",
            ratio=ratio(float(scan["scanned_count"]), float(busy["items_in_month"])),
            budget="",
            details={
                **scan,
                "query_units": busy["units"],
                "scan_vs_query_units": ratio(scan["units"], busy["units"]),
                "baseline_unit": "items",
            },
        )
    )
    return rows


def capacity_rows(raw: dict[str, Any], enforce: bool) -> list[Row]:
    rows = []
    for variant in raw["variants"]:
        default = variant["name"] == "default"
        value = float(variant["units_per_hour"])
        base = float(variant["busy_month_read_units"])
        policy = variant["policy"]
        if policy.get("fresh_tick_seconds"):
            row = freshness.capacity_row(variant, BUDGETS["capacity_units"])
            row.passed = _check(value, BUDGETS["capacity_units"], enforce)
            rows.append(row)
            continue
        rows.append(
            Row(
                id="capacity" if default else f"capacity.{variant['name']}",
                name=(
                    "6. read units per client-hour, crowded department, default policy, "
                    f"reminders on ({freshness.reminder_units(variant):.1f} RU/h of it)"
                    if default
                    else (
                        f"6. the same, timer {policy['refresh_minutes']} min, stale "
                        f"{policy['stale_seconds']} s, "
                        f"{policy['activations_per_hour']} activations/h"
                    )
                ),
                unit="RU/h",
                median=value,
                baseline=base,
                baseline_name="one read of the crowded month",
                ratio=ratio(value, base),
                budget=f"≤ {BUDGETS['capacity_units']:.0f} RU/h" if default else "",
                passed=_check(value, BUDGETS["capacity_units"], enforce) if default else None,
                details={**variant, "baseline_unit": "RU"},
            )
        )
    return rows


def memory_row(raw: dict[str, Any], bare_rss_mb: float | None, enforce: bool) -> Row:
    value = float(raw["peak_rss_mb"])
    return Row(
        id="memory",
        name=f"7. peak RSS, {raw.get('months_browsed', 12)} months of the crowded dept, all cached",
        unit="MB",
        median=value,
        baseline=bare_rss_mb,
        baseline_name="bare PySide6 window" if bare_rss_mb else "",
        ratio=ratio(value, bare_rss_mb),
        budget=f"≤ {BUDGETS['memory_mb']:.0f} MB",
        passed=_check(value, BUDGETS["memory_mb"], enforce),
        details=raw,
    )


def installed_row(raw: dict[str, Any]) -> Row:
    if not raw.get("built"):
        return Row(
            id="installed",
            name="8. the installed app (dist/deptcal/deptcal)",
            unit="ms",
            median=None,
            note="not built",
            details=raw,
        )
    frozen = _ms(raw["seconds"]["installed"])
    source = _ms(raw["seconds"]["source"])
    if not frozen:
        return Row(
            id="installed",
            name=f"8. the installed app ({raw['bytes'] / 1e6:.0f} MB bundle)",
            unit="ms",
            median=None,
            note="built, but it showed no month",
            details=raw,
        )
    return Row(
        id="installed",
        name=f"8. installed app first paint ({raw['bytes'] / 1e6:.0f} MB bundle)",
        unit="ms",
        median=median(frozen),
        baseline=median(source),
        baseline_name="source run, same method",
        ratio=ratio(median(frozen), median(source)),
        details={**raw, "installed_ms": frozen, "source_ms": source},
    )


# --- main -------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small data, once, no budgets")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="the JSON file")
    parser.add_argument("--only", nargs="+", choices=MEASUREMENTS, help="run only these")
    parser.add_argument("--reps", type=int, help="repetitions of each in-process measurement")
    parser.add_argument("--startup-runs", type=int, help="start-up processes of each kind")
    parser.add_argument("--events", type=int, help="events in the calendar")
    parser.add_argument("--departments", type=int, help="departments")
    parser.add_argument("--busy-events", type=int, help="events in the crowded month")
    parser.add_argument(
        "--stall-processes", type=int, help="fresh processes for each GUI-stall row (10)"
    )
    parser.add_argument(
        "--huge-events",
        type=int,
        help="events of the huge month in its GUI-stall row (30000; 0: no such row)",
    )
    parser.add_argument(
        "--load",
        choices=("http", "direct"),
        default="http",
        help="write the data with BatchWriteItem over HTTP, or straight into moto's backend",
    )
    parser.add_argument(
        "--raw-moto",
        action="store_true",
        help="leave moto's index Query as it is (it walks the whole table each time)",
    )
    parser.add_argument(
        "--what-if",
        default="",
        metavar="NAMES",
        help=(
            "also measure start-up, cold switch and responsiveness with these patches "
            f"(comma-separated, or 'all'): {', '.join(whatif.NAMES)}"
        ),
    )
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        help="make the endpoint wait this long before each answer (a network round trip)",
    )
    parser.add_argument(
        "--search-scales",
        nargs="+",
        choices=list(search.SIZES),
        help="cache sizes for the search rows (default: all; --quick: a small one)",
    )
    parser.add_argument(
        "--scale",
        default="",
        metavar="FACTORS",
        help="also measure the scale table at these sizes (e.g. 1,10,100; see bench/scale.py)",
    )
    parser.add_argument("--scale-runs", type=int, help="fresh processes of each kind per size")
    parser.add_argument(
        "--view-processes",
        type=int,
        help=f"fresh processes of the view-switch row ({view_rows.SWITCH_PROCESSES})",
    )
    parser.add_argument(
        "--view-cycles", type=int, help="rounds month → week → agenda → team → year (10)"
    )
    parser.add_argument("--agenda-months", type=int, help="months the agenda scrolls through (12)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a budget fails")
    return parser.parse_args(argv)


def _what_ifs(text: str) -> list[str]:
    names = list(whatif.NAMES) if text.strip() == "all" else [n for n in text.split(",") if n]
    unknown = [n for n in names if n not in whatif.NAMES]
    if unknown:
        raise SystemExit(
            f"unknown what-if: {', '.join(unknown)} (known: {', '.join(whatif.NAMES)})"
        )
    return names


def _spec(args: argparse.Namespace) -> DataSpec:
    if args.quick:
        spec = DataSpec(departments=6, events=1_500, busy_events=300, months=6, months_ahead=2)
    else:
        spec = DataSpec()
    overrides = {
        "events": args.events,
        "departments": args.departments,
        "busy_events": args.busy_events,
    }
    values = {**spec.to_json(), **{k: v for k, v in overrides.items() if v is not None}}
    values["busy_events"] = min(values["busy_events"], values["events"])
    return DataSpec.from_json(values)


def _context(
    args: argparse.Namespace, url: str, data: Plan, tmp: Path, cache: Path
) -> dict[str, Any]:
    from desktop.domain.freshness import STALE_SECONDS
    from desktop.views.main_window import REFRESH_MINUTES

    quick = args.quick
    typical = data.typical_department_ids()
    default_policy = {
        "name": "default",
        "refresh_minutes": REFRESH_MINUTES.default,
        "stale_seconds": STALE_SECONDS,
        "activations_per_hour": 6,
    }
    variants = [default_policy]
    # Issue 16: the crowded department with four overlays, its coming week kept fresh (the
    # window's 30 s fresh-days timer), and a typical department with four overlays.
    variants += [
        {**default_policy, "name": "overlays-fresh", "overlays": 4, "fresh_tick_seconds": 30},
        {
            **default_policy,
            "name": "overlays-fresh-steady",
            "overlays": 4,
            "fresh_tick_seconds": 30,
            "browse_months": 0,
        },
        {
            **default_policy,
            "name": "typical-overlays-fresh",
            "department": "typical",
            "overlays": 4,
            "fresh_tick_seconds": 30,
        },
    ]
    if not quick:
        variants += [
            {**default_policy, "name": "no-activation", "activations_per_hour": 0},
            {**default_policy, "name": "hourly", "refresh_minutes": 60, "stale_seconds": 3600},
        ]
    return {
        "url": url,
        "today": data.spec.today,
        "busy": data.busy_department_id,
        "typical": typical[0],
        "overlays": typical[:4],
        "months": {f"{d}|{m}": v for (d, m), v in data.months.items()},
        "table_items": len(data.items),
        "table_bytes": data.total_bytes,
        "reps": args.reps or (1 if quick else 3),
        "responsive_reps": args.reps or (1 if quick else 7),
        "cold_single_reps": args.reps or (1 if quick else 7),
        "workdir": str(tmp / "work"),
        "warm_months": 3 if quick else 12,
        "cold_months": 1 if quick else 6,
        "browse_months": 2 if quick else 6,
        "browse_step_seconds": 30,
        "memory_months": min(12, data.spec.months),
        "capacity_variants": variants,
        "cache_template": str(cache),
        "quick": quick,
        "view_cycles": args.view_cycles or (1 if quick else 10),
        "agenda_months": args.agenda_months or (3 if quick else 12),
        "view_read_cases": ["typical"] if quick else ["typical", "busy"],
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    enforce = not args.quick
    selected = list(args.only or [m for m in MEASUREMENTS if m != "scale" or args.scale])
    what_ifs = _what_ifs(args.what_if)
    for name in [n for n in what_ifs if n in whatif.ADOPTED]:
        print(f"what-if {name}: the app already does it; skipped", flush=True)
        what_ifs.remove(name)
    spec = _spec(args)
    began = time.perf_counter()
    results: dict[str, Any] = {
        "mode": "quick" if args.quick else "full",
        "machine": report.machine(),
        "spec": spec.to_json(),
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "options": {
            "load": args.load,
            "raw_moto": args.raw_moto,
            "latency_ms": args.latency_ms,
            "what_if": what_ifs,
        },
        "rows": [],
        "errors": {},
        "timings": {},
    }
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="deptcal-bench-") as name:
        tmp = Path(name)
        server_env = startup.child_env(tmp / "home-server", "")
        t0 = time.perf_counter()
        server = Server(
            spec,
            load=args.load,
            raw_moto=args.raw_moto,
            env=server_env,
            latency_ms=args.latency_ms,
        )
        try:
            data = plan(spec)
            if args.load == "http":
                load_http(server.url, data)
            results["timings"]["data_seconds"] = time.perf_counter() - t0
            results["timings"]["data_load"] = args.load
            cache = tmp / "cache-template.sqlite3"
            results["timings"]["cache_template_seconds"] = build_cache_template(
                cache, server.url, data
            )
            ctx = _context(args, server.url, data, tmp, cache)
            results["context"] = {k: v for k, v in ctx.items() if k != "months"}
            print(
                f"data: {len(data.items):,} events, {len(data.departments)} departments, "
                f"{data.total_bytes / 1e6:.1f} MB, loaded in "
                f"{results['timings']['data_seconds']:.1f} s ({args.load})",
                flush=True,
            )
            bare_rss: float | None = None
            timeout = 300 if args.quick else 1800

            def attempt(key: str, work: Callable[[], list[Row]]) -> None:
                started = time.perf_counter()
                try:
                    rows.extend(work())
                except Exception:
                    results["errors"][key] = traceback.format_exc()
                    print(f"{key}: FAILED\n{results['errors'][key]}", file=sys.stderr)
                results["timings"][key] = time.perf_counter() - started
                print(f"{key}: {results['timings'][key]:.1f} s", flush=True)

            startup_raw: dict[str, Any] = {}
            if "startup" in selected or "memory" in selected:

                def run_startup() -> list[Row]:
                    homes = {
                        "busy": startup.prepare_home(
                            tmp / "home-startup-busy", server.url, cache, data.busy_department_id
                        ),
                        "typical": startup.prepare_home(
                            tmp / "home-startup-typical", server.url, cache, ctx["typical"]
                        ),
                    }
                    runs = args.startup_runs or (1 if args.quick else 10)
                    startup_raw.update(startup.measure_startup(homes, runs, workdir=tmp))
                    return startup_rows(startup_raw, enforce) if "startup" in selected else []

                attempt("startup", run_startup)
                bare = [m.get("peak_rss_kb", 0) / 1024 for m in startup_raw.get("bare", [])]
                bare_rss = median(bare) if bare else None
            if "cold" in selected:
                processes = 1 if args.quick else COLD_PROCESSES
                attempt(
                    "cold",
                    lambda: cold_rows(
                        cold_in_processes(ctx, tmp, timeout, processes),
                        enforce,
                        latency_ms=args.latency_ms,
                    ),
                )
            for key, build in (
                ("warm", warm_rows),
                ("reads", reads_rows),
                ("window-reads", switch.window_reads_rows),
                ("view-reads", view_rows.reads_rows),
                ("capacity", capacity_rows),
            ):
                if key in selected:
                    attempt(
                        key,
                        lambda key=key, build=build: build(  # type: ignore[misc]
                            run_child(key, ctx, tmp, timeout), enforce
                        ),
                    )
            if "responsive" in selected:
                processes = args.stall_processes or (1 if args.quick else stall.PROCESSES)
                huge = args.huge_events
                attempt(
                    "responsive",
                    lambda: stall.crowded_rows(
                        run_child, ctx, tmp, timeout, enforce=enforce, processes=processes
                    ),
                )
                attempt(
                    "responsive.huge",
                    lambda: stall.huge_rows(
                        run_child,
                        ctx,
                        tmp,
                        timeout,
                        data,
                        enforce=enforce,
                        processes=processes,
                        huge_events=huge if huge is not None else (2_000 if args.quick else 30_000),
                    ),
                )
            if "memory" in selected:
                attempt(
                    "memory",
                    lambda: [memory_row(run_child("memory", ctx, tmp, timeout), bare_rss, enforce)],
                )
            if "search" in selected:
                scales = args.search_scales or (["quick"] if args.quick else list(search.SIZES))
                runs = 1 if args.quick else 10
                attempt("search", lambda: search.rows(search.measure(scales, runs), enforce))
            if "view-switch" in selected:
                processes = args.view_processes or (1 if args.quick else view_rows.SWITCH_PROCESSES)
                attempt(
                    "view-switch",
                    lambda: view_rows.switch_rows(
                        view_rows.switch_in_processes(run_child, ctx, tmp, timeout, processes),
                        enforce,
                    ),
                )
            if "installed" in selected:

                def run_installed() -> list[Row]:
                    env = startup.prepare_home(
                        tmp / "home-installed", server.url, cache, data.busy_department_id
                    )
                    runs = 1 if args.quick else 5
                    return [installed_row(startup.measure_installed(env, runs, tmp))]

                attempt("installed", run_installed)
            if "check" in selected:  # its own cache file, no server (bench/check.py)
                attempt("check", lambda: check.rows(check.run(tmp, quick=args.quick), enforce))
            if "scale" in selected:

                def run_scale() -> list[Row]:
                    runs = args.scale_runs or (2 if args.quick else 10)
                    built = scale.measure(scale.parse_factors(args.scale or "1"), runs, tmp)
                    if enforce:
                        scale.enforce(built)
                    return built

                attempt("scale", run_scale)
            if what_ifs:

                def mark(built: list[Row]) -> list[Row]:
                    label = ",".join(what_ifs)
                    for row in built:
                        row.id = f"{row.id}+what-if"
                        row.what_if = label
                    return built

                def run_startup_what_if() -> list[Row]:
                    homes = {
                        name: {**startup.child_env(Path(env["HOME"]), server.url)}
                        for name, env in (
                            ("busy", {"HOME": str(tmp / "home-startup-busy")}),
                            ("typical", {"HOME": str(tmp / "home-startup-typical")}),
                        )
                    }
                    for env in homes.values():
                        env["BENCH_WHAT_IF"] = ",".join(what_ifs)
                    runs = args.startup_runs or (1 if args.quick else 7)
                    return mark(startup_rows(startup.measure_startup(homes, runs), enforce))

                what_ctx = {**ctx, "what_if": what_ifs}
                if "startup" in selected:
                    attempt("startup+what-if", run_startup_what_if)
                if "cold" in selected:
                    attempt(
                        "cold+what-if",
                        lambda: mark(cold_rows(run_child("cold", what_ctx, tmp, timeout), enforce)),
                    )
                if "responsive" in selected:
                    attempt(
                        "responsive+what-if",
                        lambda: mark(
                            [
                                responsive_row(
                                    run_child("responsive", what_ctx, tmp, timeout), enforce
                                )
                            ]
                        ),
                    )
            if "agenda-scroll" in selected:  # last: it writes eleven more crowded months

                def run_agenda() -> list[Row]:
                    months = int(ctx["agenda_months"])
                    results["agenda_months"] = view_rows.load_agenda_months(
                        server.url, data, months
                    )
                    processes = args.stall_processes or (1 if args.quick else stall.PROCESSES)
                    runs = view_rows.scroll_in_processes(run_child, ctx, tmp, timeout, processes)
                    return [view_rows.scroll_row(runs, months, enforce)]

                attempt("agenda-scroll", run_agenda)
        finally:
            server.stop()
    order = {m: i for i, m in enumerate(MEASUREMENTS)}
    rows.sort(key=lambda r: (order.get(r.id.split(".")[0].split("+")[0], 99), r.id))
    results["rows"] = [row.to_json() for row in rows]
    results["timings"]["total_seconds"] = time.perf_counter() - began
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print()
    print(report.table([r for r in rows if not r.id.startswith("scale.")]))
    if any(r.id.startswith("scale.") for r in rows):
        print("\n" + report.scale_table(rows))
    if not enforce:
        print("\nquick mode: small data, one repetition, budgets not enforced")
    print(f"\n{len(rows)} rows in {results['timings']['total_seconds']:.0f} s → {args.output}")
    failed = [r.id for r in rows if r.passed is False and not r.what_if]
    if failed:
        print("over budget: " + ", ".join(failed))
    if results["errors"]:
        print("errors in: " + ", ".join(results["errors"]), file=sys.stderr)
        return 2
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
