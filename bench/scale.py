"""The scale table: start-up, month switch, stall, search and memory at 1×, 10× and 100×.

``python -m bench --only scale --scale 1,10,100``. For each size, the data set
(:mod:`bench.scale_data`: 1× = 30 departments, 50,000 events over two years; 10× and 100× = 50
departments, 500,000 and 5,000,000 events over five years) is generated once into the app's
own SQLite cache and reused by later runs. Each size then runs ``runs`` rounds of two fresh
processes:

- the start-up probe (:mod:`bench.probe`, the real ``deptcal`` command) in a home whose cache is
  the data set: spawn → the crowded month painted from the cache;
- one scenario child (:func:`scenario`): a real window on that cache file, then a month switch
  warm from the SQLite cache (not in memory), a cold one (the month not cached: one Query), the
  longest gap of a 1 ms timer on the GUI thread while another cold month arrives, a search of
  every department (the first page), and the process's peak RSS.

The endpoint: moto's server cannot usefully hold 5,000,000 items (an index Query would have to
index them all in Python), so it holds every department and the crowded department's months
the scenario can reach, at the data set's density and identical to the cache; the cache holds
everything. A refresh of those months then answers exactly what a full table would.

The reusable data sets' cache rows are keyed by the endpoint (its port included), so the
scale server listens on a fixed port (:data:`PORT`); the tiny sizes below 1× are generated
per run on any free port.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from bench import startup
from bench.endpoint import ServerProcess
from bench.report import Row, median

PORT = 47_316
SEARCH_TERM = "회의"  # "meeting": in about a third of the Korean titles
# Months of the crowded department, from the data set's current month: opened, switched to
# warm (from the SQLite cache), switched to cold, and the cold month the stall is measured on.
OPEN, WARM, COLD, STALL = 0, -1, -6, -9
REACHABLE = range(STALL - 1, OPEN + 2)  # and the neighbours the window prefetches


def sizes(factor: float) -> tuple[int, int, int]:
    """(departments, events, years) of a scale factor: 1× is the bench's usual calendar."""
    if factor <= 1:
        return (30 if factor == 1 else 5), round(50_000 * factor), (2 if factor == 1 else 1)
    return 50, round(50_000 * factor), 5


def label(factor: float) -> str:
    return f"{factor:g}x"


def parse_factors(text: str) -> list[float]:
    factors = [float(part) for part in text.split(",") if part.strip()]
    if not factors or any(f <= 0 for f in factors):
        raise SystemExit(f"--scale wants factors above zero, like 1,10,100 (got {text!r})")
    return factors


# --- the harness side -----------------------------------------------------------------------


class ScaleServer(ServerProcess):
    """``python -m bench.server`` holding the items of a JSON-lines file, on ``port``."""

    def __init__(self, env: dict[str, str], items: Path, port: int) -> None:
        from bench.data import DataSpec

        args = [json.dumps(DataSpec().to_json()), "--port", str(port), "--items", str(items)]
        super().__init__(args, env, f"the scale server did not start (is port {port} taken?)")


def _server_items(path: Path, layout_json: dict[str, Any]) -> int:
    """Every department, and the crowded department's reachable months, as JSON lines."""
    from bench.scale_data import Cells, Layout
    from desktop.domain.calendar import add_months

    cells = Cells(Layout(**layout_json))
    busy_month = cells.layout.busy_month
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for department in cells.departments:
            entry = {"table": "departments", "item": department.to_item()}
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        for offset in REACHABLE:
            month = add_months(busy_month, offset)
            if month not in cells.months:
                continue
            for event in cells.events(0, month):
                out.write(
                    json.dumps({"table": "events", "item": event.to_item()}, ensure_ascii=False)
                )
                out.write("\n")
                count += 1
    return count


def measure_one(factor: float, runs: int, tmp: Path) -> dict[str, Any]:
    """Generate (or reuse) the data set, start its server, run ``runs`` rounds."""
    from bench.data import connection
    from bench.scale_data import DATA_DIR, ensure

    name = label(factor)
    departments, events, years = sizes(factor)
    anchor = date.today()
    reusable = factor >= 1
    port = PORT if reusable else 0
    work = tmp / f"scale-{name}"
    work.mkdir(parents=True, exist_ok=True)
    server_env = startup.child_env(work / "home-server", "")
    raw: dict[str, Any] = {"factor": factor, "label": name}
    started = time.perf_counter()
    if reusable:
        source = connection(f"http://127.0.0.1:{port}").source_key()
        data, manifest, reused = ensure(
            name, departments, events, years, source=source, anchor=anchor
        )
    # The server needs the layout; a tiny data set needs the server's port for its source.
    layout_json: dict[str, Any] = (
        manifest["layout"]
        if reusable
        else {
            "departments": departments,
            "events": events,
            "years": years,
            "seed": 11,
            "anchor": anchor.isoformat(),
            "busy_events": max(1, round(3_000 * factor)),
        }
    )
    items_file = work / "server-items.jsonl"
    raw["server_events"] = _server_items(items_file, layout_json)
    server = ScaleServer(server_env, items_file, port)
    try:
        if not reusable:
            from bench.scale_data import generate

            source = connection(server.url).source_key()
            data = work / "data.sqlite3"
            manifest = generate(
                data,
                departments,
                events,
                years,
                11,
                source=source,
                anchor=anchor,
                busy_events=layout_json["busy_events"],
            )
            manifest["bytes"] = data.stat().st_size
            reused = False
        raw.update(
            {
                "events": manifest["events"],
                "departments": departments,
                "years": years,
                "cache_bytes": manifest["bytes"],
                "generate_seconds": manifest["generate_seconds"],
                "reused": reused,
                "data_dir": str(DATA_DIR.name),
                "server_load_seconds": server.load_seconds,
            }
        )
        raw["prepare_seconds"] = time.perf_counter() - started
        t0 = time.perf_counter()
        env = startup.prepare_home(work / "home", server.url, data, manifest["busy_department"])
        raw["copy_seconds"] = time.perf_counter() - t0
        cache_file = Path(startup.run_probe("paths", env)["cache"])
        ctx = {
            "url": server.url,
            "cache": str(cache_file),
            "source": source,
            "layout": layout_json,
            "workdir": str(work / "scenario"),
        }
        raw["startup"], raw["scenario"] = [], []
        began = time.perf_counter()
        for round_ in range(runs + 1):
            marks = startup.run_probe("app", env, timeout=300)
            if round_ == 0:
                continue  # warm-up: the OS's file cache, Python's bytecode cache
            raw["startup"].append(marks)
            raw["scenario"].append(_run_scenario(ctx, work, env, round_))
        raw["measure_seconds"] = time.perf_counter() - began
    finally:
        server.stop()
    if not reusable:
        shutil.rmtree(work, ignore_errors=True)
    return raw


def _run_scenario(ctx: dict[str, Any], work: Path, env: dict[str, str], round_: int) -> Any:
    context, result = work / "scenario-context.json", work / f"scenario-{round_}.json"
    context.write_text(json.dumps(ctx, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "bench.child", "scale", str(context), str(result)],
        env=env,
        cwd=env["HOME"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0 or not result.exists():
        raise RuntimeError(
            f"scale scenario failed (exit {done.returncode}):\n{done.stderr[-4000:]}"
        )
    return json.loads(result.read_text(encoding="utf-8"))


def measure(factors: list[float], runs: int, tmp: Path) -> list[Row]:
    rows: list[Row] = []
    for factor in factors:
        rows.extend(rows_of(measure_one(factor, runs, tmp)))
    return rows


# --- rows -------------------------------------------------------------------------------------

MEASURES = (
    # (key, what, unit, budget)
    ("startup", "start-up → cached month painted", "ms", ""),
    ("warm", "month switch, warm from the SQLite cache → painted", "ms", ""),
    ("cold", "month switch, cold (one Query) → painted", "ms", ""),
    ("stall", "longest GUI stall while a cold month arrives (1 ms timer)", "ms", "≤ 33 ms"),
    ("search", f"search all departments, first page ({SEARCH_TERM})", "ms", "≤ 100 ms"),
    ("memory", "peak RSS of the scenario process", "MB", ""),
    ("startup_memory", "peak RSS at the start-up paint", "MB", ""),
)


def _values(raw: dict[str, Any], key: str) -> list[float]:
    scenario, probes = raw["scenario"], raw["startup"]
    if key == "startup":
        return [m["painted"] * 1000 for m in probes if "painted" in m]
    if key == "startup_memory":
        return [m.get("peak_rss_kb", 0) / 1024 for m in probes]
    if key == "memory":
        return [s["peak_rss_mb"] for s in scenario]
    if key == "stall":
        return [s["stall_max_gap_seconds"] * 1000 for s in scenario]
    if key == "search":
        return [s["search_seconds"] * 1000 for s in scenario]
    return [s[f"{key}_seconds"] * 1000 for s in scenario]


def rows_of(raw: dict[str, Any]) -> list[Row]:
    name = raw["label"]
    size = f"{name} ({raw['events']:,} events, {raw['departments']} departments)"
    scenario = raw["scenario"]
    rows = []
    for order, (key, what, unit, budget) in enumerate(MEASURES):
        values = _values(raw, key)
        details: dict[str, Any] = {
            "scale": name,
            "measure": what,
            "order": order,
            "runs": values,
            "min": min(values) if values else math.nan,
            "max": max(values) if values else math.nan,
            "processes": len(values),
        }
        if key == "startup":
            details["phases_median_ms"] = {
                phase: median([m[phase] * 1000 for m in raw["startup"] if phase in m])
                for phase in ("imported", "window_built", "window_paint", "month_paint")
            }
            details["events_painted"] = raw["startup"][0].get("events") if raw["startup"] else 0
        if key == "cold" and scenario:
            details["items"] = scenario[0]["cold_items"]
        if key == "stall" and scenario:
            details["items"] = scenario[0]["stall_items"]
            details["gap_until_painted_ms"] = [
                s["stall_gap_until_painted_seconds"] * 1000 for s in scenario
            ]
        if key == "search" and scenario:
            details["found"] = scenario[0]["search_found"]
        rows.append(
            Row(
                id=f"scale.{name}.{key}",
                name=f"S. {size}: {what}",
                unit=unit,
                median=median(values),
                budget=budget,
                details=details,
            )
        )
    rows.append(
        Row(
            id=f"scale.{name}.cache",
            name=f"S. {size}: the cache file",
            unit="MB",
            median=raw["cache_bytes"] / 1e6,
            details={
                "scale": name,
                "measure": "the cache file",
                "order": len(MEASURES),
                **{
                    k: raw[k]
                    for k in (
                        "generate_seconds",
                        "reused",
                        "copy_seconds",
                        "server_events",
                        "server_load_seconds",
                        "measure_seconds",
                        "years",
                    )
                },
            },
            note=(
                "the endpoint holds every department and the crowded department's "
                f"{len(REACHABLE)} months the scenario reaches ({raw['server_events']:,} events); "
                "the cache holds all"
            ),
        )
    )
    return rows


def enforce(rows: list[Row]) -> None:
    """Mark the rows with a budget as passed or failed (full runs only)."""
    for row in rows:
        if row.budget.startswith("≤ ") and row.median is not None and not math.isnan(row.median):
            row.passed = row.median <= float(row.budget.split()[1])


# --- the scenario (in a child process) ----------------------------------------------------------


def _reset(ctx: dict[str, Any]) -> tuple[float, dict[str, int]]:
    """The crowded department's reachable months as generated, fetched a day ago; the cold and
    stall months not cached at all (every round starts alike, whatever the last one fetched)."""
    import sqlite3

    from bench.scale_data import Cells, Layout
    from desktop.data.cache import Cache
    from desktop.domain.calendar import add_months, month_end

    started = time.perf_counter()
    cells = Cells(Layout(**ctx["layout"]))
    busy, first = cells.busy_id, cells.layout.busy_month
    fetched = datetime.now(UTC) - timedelta(days=1)
    cold = {add_months(first, COLD), add_months(first, STALL)}
    with Cache.open(Path(ctx["cache"]), ctx["source"]) as cache:
        for offset in REACHABLE:
            month = add_months(first, offset)
            if month in cells.months and month not in cold:
                # The month as the cache holds it (the same as generated: a refresh reads the
                # same items back), only fetched a day ago again; made anew if missing.
                held = cache.month(busy, month)
                events = held.events if held is not None else cells.events(0, month)
                cache.replace_month(busy, month, list(events), fetched)
        for month in cold:
            # Through the cache's own removal, so whatever it keeps beside the events follows.
            gone = cache.events_between([busy], month, month_end(month))

            def forget(conn: sqlite3.Connection, month: date = month, gone: Any = gone) -> None:
                for event in gone:
                    cache.remove_event_in(conn, event.id, busy)
                conn.execute(
                    "DELETE FROM fetched_months WHERE source = ? AND department_id = ? "
                    "AND month = ?",
                    (ctx["source"], busy, month.isoformat()),
                )

            cache.transaction(forget)
    counts = {f"{m:%Y-%m}": cells.count(0, m) for m in cold}
    return time.perf_counter() - started, counts


def scenario(ctx: dict[str, Any]) -> dict[str, Any]:
    """One fresh process: a window on the data set's cache, then each measurement once."""
    from PySide6.QtCore import Qt, QTimer

    from bench import gui
    from bench.scale_data import Layout
    from desktop.data.cache import Cache
    from desktop.domain.calendar import add_months

    reset_seconds, cold_counts = _reset(ctx)
    layout = Layout(**ctx["layout"])
    today = layout.anchor_date
    first = layout.busy_month
    cache_file = Path(ctx["cache"])
    with Cache.open(cache_file, ctx["source"]) as cache:
        departments = cache.departments()
    busy = layout.department_list()[0].id  # the crowded department
    t0 = time.perf_counter()
    harness = gui.build_window(
        ctx["url"], Path(ctx["workdir"]), department=busy, cache_file=cache_file, today=today
    )
    open_seconds = time.perf_counter() - t0
    window, view = harness.window, harness.view

    def switch(target: date, start: Any) -> float:
        harness.settle()
        harness.forget_memory()
        began = time.perf_counter()
        painted = gui.PROBE.until_painted(
            view,
            lambda: window.model.month == target and harness.has_month(busy, target),
            start,
        )
        return painted - began

    warm_target = add_months(first, WARM)
    warm = switch(warm_target, partial(window.go_to, warm_target))
    cold_target = add_months(first, COLD)
    cold = switch(cold_target, partial(window.go_to, cold_target))

    stall_target = add_months(first, STALL)
    harness.settle()
    harness.forget_memory()
    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(1)
    gui.pause(0.05)
    began = time.perf_counter()
    ticks.append(began)
    painted = gui.PROBE.until_painted(
        view,
        lambda: window.model.month == stall_target and harness.has_month(busy, stall_target),
        partial(window.go_to, stall_target),
    )
    harness.settle()
    timer.stop()
    done = [t for t in ticks if t >= began]
    gaps = [b - a for a, b in itertools.pairwise(done)]
    until_painted = [b - a for a, b in itertools.pairwise(done) if a <= painted]
    stall = {
        "stall_max_gap_seconds": max(gaps, default=0.0),
        "stall_gap_until_painted_seconds": max(until_painted, default=0.0),
        "stall_painted_after_seconds": painted - began,
        "stall_items": cold_counts.get(f"{stall_target:%Y-%m}", 0),
    }

    ids = [d.id for d in departments]
    with Cache.open(cache_file, ctx["source"]) as cache:
        began = time.perf_counter()
        found = len(cache.search(ids, SEARCH_TERM))
        search_seconds = time.perf_counter() - began
    result = {
        "reset_seconds": reset_seconds,
        "open_seconds": open_seconds,
        "warm_seconds": warm,
        "cold_seconds": cold,
        "cold_items": cold_counts.get(f"{cold_target:%Y-%m}", 0),
        **stall,
        "search_seconds": search_seconds,
        "search_found": found,
        "departments": len(ids),
        "peak_rss_mb": gui.rss_peak_mb(),
        "pid": os.getpid(),
    }
    harness.close()
    return result
