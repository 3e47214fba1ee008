"""The in-process measurements, each run in a child process of its own (:mod:`bench.child`).

Every scenario takes the run's context (endpoint, ids, sizes; see :mod:`bench.__main__`) and
returns plain JSON: raw samples and what they were measured on. Statistics and budgets are
the harness's business (:mod:`bench.report`).
"""

from __future__ import annotations

import gc
import itertools
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bench import gui, switch
from bench.meter import PageRecord
from desktop.domain.calendar import add_months, month_end
from desktop.domain.upcoming_plan import window_of
from desktop.views.main_window import MainWindow
from desktop.workers.upcoming import TICK_MS

REMINDERS = "reminders (the next 14 days)"
UPCOMING_LOOK_SECONDS = TICK_MS / 1000


def _month(text: str) -> date:
    """The first day of the month of an ISO date (the run's "today": the crowded month)."""
    return date.fromisoformat(text).replace(day=1)


def _shows(window: MainWindow, month: date) -> bool:
    return window.model.month == month


def _shows_loaded(harness: gui.Harness, department_id: str, month: date) -> bool:
    return (
        harness.window.model.month == month
        and harness.has_month(department_id, month)
        and harness.grid_complete()
    )


def _opened(harness: gui.Harness, department_id: str) -> bool:
    return harness.service.store is not None and harness.has_month(
        department_id, harness.window.month
    )


def _tick(ticks: list[float]) -> None:
    ticks.append(time.perf_counter())


def _count(ctx: dict[str, Any], department_id: str, month: date) -> int:
    return int(ctx["months"].get(f"{department_id}|{month:%Y-%m}", [0, 0])[0])


# --- 2. warm month switch ---------------------------------------------------------------------


def warm_switch(ctx: dict[str, Any]) -> dict[str, Any]:
    """Navigation → painted month, every month already in the window's memory and fresh.

    Baseline: a synchronous repaint of the same grid showing the same month (``repaint()``
    runs the paint event at once), measured right after each switch settles.
    """
    busy, today = ctx["busy"], _month(ctx["today"])
    harness = gui.build_window(ctx["url"], Path(ctx["workdir"]) / "warm", department=busy)
    window, view = harness.window, harness.view
    count = int(ctx["warm_months"])
    months = [add_months(today, -k) for k in range(count - 1, -1, -1)]
    # Load every month once (a fetch each), then go back to the first: all fresh in memory.
    for month in months:
        window.go_to(month)
        gui.run_until(partial(harness.has_month, busy, month))
        harness.idle()
    switches: list[float] = []
    repaints: list[float] = []
    per_month: dict[str, list[float]] = {}
    requests_before = harness.meter.mark()
    started = time.monotonic()
    for _ in range(int(ctx["reps"])):
        window.go_to(months[0])
        harness.idle()
        for step in [1] * (count - 1) + [-1] * (count - 1):
            harness.settle()
            target = add_months(window.month, step)
            t0 = time.perf_counter()
            painted = gui.PROBE.until_painted(
                view, partial(_shows, window, target), partial(window.step_month, step)
            )
            switches.append(painted - t0)
            per_month.setdefault(f"{target:%Y-%m}", []).append(painted - t0)
            harness.settle()
            t1 = time.perf_counter()
            view.viewport().repaint()
            repaints.append(time.perf_counter() - t1)
    elapsed = time.monotonic() - started
    requests = len(harness.meter.since(requests_before))
    harness.close()
    return {
        "switch_seconds": switches,
        "repaint_seconds": repaints,
        "per_month_median_ms": {k: statistics.median(v) * 1000 for k, v in per_month.items()},
        "months": [f"{m:%Y-%m}" for m in months],
        "events_per_month": {f"{m:%Y-%m}": _count(ctx, busy, m) for m in months},
        "requests_during_switches": requests,
        "elapsed_seconds": elapsed,
    }


# --- 3. cold month switch ---------------------------------------------------------------------


def _bare_query_seconds(client: Any, department_id: str, month: date) -> tuple[float, int]:
    t0 = time.perf_counter()
    items = 0
    for page in client.get_paginator("query").paginate(
        TableName="events",
        IndexName="department-date-index",
        KeyConditionExpression="#d = :d AND #e BETWEEN :a AND :b",
        ExpressionAttributeNames={"#d": "department_id", "#e": "event_date"},
        ExpressionAttributeValues={
            ":d": {"S": department_id},
            ":a": {"S": month.isoformat()},
            ":b": {"S": month_end(month).isoformat()},
        },
    ):
        items += len(page["Items"])
    return time.perf_counter() - t0, items


def bare_client(url: str) -> Any:
    import boto3

    return boto3.client(
        "dynamodb",
        endpoint_url=url,
        region_name=gui.REGION,
        aws_access_key_id="bench",
        aws_secret_access_key="bench",
    )


def cold_switch(ctx: dict[str, Any]) -> dict[str, Any]:
    """Navigation → painted month with nothing in memory or in the SQLite cache.

    Baseline: a bare boto3 client's paginated Query of the same month (every page fetched and
    parsed), on the same endpoint, right after each switch.
    """
    busy, today = ctx["busy"], _month(ctx["today"])
    harness = gui.build_window(ctx["url"], Path(ctx["workdir"]) / "cold", department=busy)
    window, view = harness.window, harness.view
    client = bare_client(ctx["url"])
    _bare_query_seconds(client, busy, today)  # the bare client's own first-use costs
    fair = switch.fair_client(ctx["url"])  # the same item parsing as the app (none by botocore)
    switch.fair_query(fair, busy, today)
    groups = {
        "typical": [add_months(today, -k) for k in range(2, 2 + int(ctx["cold_months"]))],
        "busy": [today],
    }
    results: dict[str, Any] = {}
    for name, targets in groups.items():
        app_seconds: list[float] = []
        bare_seconds: list[float] = []
        first_paints: list[float] = []  # the grid's paint of the month's texts, laid out anew
        fair_seconds: list[float] = []  # a bare Query parsing items as the app does
        plain_paints: list[float] = []  # a plain QPainter grid of the same texts
        items: list[int] = []
        reps = int(ctx["reps"]) if len(targets) > 1 else int(ctx.get("cold_single_reps", 1))
        for rep in range(reps):
            for target in targets:
                park = add_months(target, 7 + rep)  # navigate from a month far away
                if window.month != park:
                    window.go_to(park)
                harness.settle()
                harness.forget_memory()
                harness.forget_cached([target])
                t0 = time.perf_counter()
                painted = gui.PROBE.until_painted(
                    view,
                    partial(_shows_loaded, harness, busy, target),
                    partial(window.go_to, target),
                )
                app_seconds.append(painted - t0)
                harness.settle()
                first_paints.append(harness.first_paint_seconds())
                seconds, count = _bare_query_seconds(client, busy, target)
                bare_seconds.append(seconds)
                items.append(count)
                seconds, raw = switch.fair_query(fair, busy, target)
                fair_seconds.append(seconds)
                port = view.viewport()
                plain_paints.append(
                    switch.plain_grid_paint_seconds(raw, target, port.width(), port.height())
                )
        results[name] = {
            "app_seconds": app_seconds,
            "bare_seconds": bare_seconds,
            "first_paint_seconds": first_paints,
            "fair_bare_seconds": fair_seconds,
            "plain_paint_seconds": plain_paints,
            "items": items,
            "months": [f"{m:%Y-%m}" for m in targets],
        }
    harness.close()
    return results


# --- 4. responsiveness ------------------------------------------------------------------------


def responsiveness(ctx: dict[str, Any]) -> dict[str, Any]:
    """The longest gap between ticks of a 5 ms (or ``tick_ms``) timer on the GUI thread while
    the crowded month loads (nothing cached) with four departments overlaid, until every
    fetch, prefetch and repaint is done."""
    from PySide6.QtCore import Qt, QTimer

    # bench/stall.py names another department (the 30,000-event month) and a 1 ms timer.
    busy, today = ctx.get("stall_department") or ctx["busy"], _month(ctx["today"])
    overlays = list(ctx["overlays"])
    tick_ms = int(ctx.get("tick_ms", 5))
    harness = gui.build_window(
        ctx["url"],
        Path(ctx["workdir"]) / "responsive",
        department=busy,
        overlays=overlays,
        read_timeout=ctx.get("read_timeout"),
    )
    window, view = harness.window, harness.view
    runs: list[dict[str, Any]] = []
    idle_gaps: list[float] = []
    # Python's garbage collector stops every thread: note its pauses beside the stalls.
    collections: list[tuple[float, float, int]] = []
    began = [0.0]

    def on_gc(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            collections.append((began[0], time.perf_counter() - began[0], info["generation"]))

    gc.callbacks.append(on_gc)
    for rep in range(int(ctx.get("responsive_reps", ctx["reps"]))):
        window.go_to(add_months(today, -6 - rep))
        harness.settle()
        harness.forget_memory()
        harness.forget_cached([add_months(today, k) for k in (-1, 0, 1)])
        ticks: list[float] = []
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(partial(_tick, ticks))
        timer.start(tick_ms)
        gui.pause(0.1)
        quiet = [b - a for a, b in itertools.pairwise(ticks)]
        idle_gaps.extend(quiet)
        t0 = time.perf_counter()
        ticks.append(t0)
        painted = gui.PROBE.until_painted(
            view,
            partial(_shows_loaded, harness, busy, today),
            lambda: window.go_to(today),
        )
        harness.settle()
        done = time.perf_counter() - 0.05  # settle waited ``quiet`` seconds after the last task
        gui.pause(0.05)
        timer.stop()
        window_ticks = [t for t in ticks if t >= t0]
        gaps = [b - a for a, b in itertools.pairwise(window_ticks)]
        until_paint = [b - a for a, b in itertools.pairwise(window_ticks) if a <= painted]
        in_run = [(d, g) for at, d, g in collections if t0 <= at <= done]
        runs.append(
            {
                "gc_longest_seconds": max((d for d, _g in in_run), default=0.0),
                "gc_full_collections": sum(1 for _d, g in in_run if g == 2),
                "max_gap_seconds": max(gaps),
                "max_gap_until_painted_seconds": max(until_paint or [0.0]),
                "painted_after_seconds": painted - t0,
                "idle_after_seconds": done - t0,
                "ticks": len(window_ticks),
                "gaps_over_33ms": sum(g > 0.033 for g in gaps),
            }
        )
    events = sum(_count(ctx, d, today) for d in [busy, *overlays]) + ctx.get("stall_added", 0)
    gc.callbacks.remove(on_gc)
    harness.close()
    return {
        "runs": runs,
        "idle_gap_median_seconds": statistics.median(idle_gaps) if idle_gaps else 0.0,
        "events_in_month": events,
        "departments": 1 + len(overlays),
    }


# --- 6. capacity ------------------------------------------------------------------------------


class SimClock:
    """The time the window sees: a fixed start, moved on by the script."""

    def __init__(self) -> None:
        self.start = datetime.now(UTC)
        self.now = self.start

    def at(self, seconds: float) -> None:
        self.now = self.start + timedelta(seconds=seconds)

    def monotonic(self) -> float:
        """The script's seconds, as the monotonic clock the refresh policy reads."""
        return (self.now - self.start).total_seconds()

    def install(self) -> None:
        import desktop.data.store as store_module
        import desktop.views.main_window as window_module
        import desktop.workers.calendar_service as service_module

        clock = self

        class SimulatedDatetime(datetime):
            @classmethod
            def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
                return clock.now if tz is None else clock.now.astimezone(tz)

        setattr(window_module, "datetime", SimulatedDatetime)  # noqa: B010
        setattr(store_module, "datetime", SimulatedDatetime)  # noqa: B010
        # A fetch's age within a session is monotonic time (desktop.domain.freshness).
        setattr(service_module, "time", SimpleNamespace(monotonic=self.monotonic))  # noqa: B010


def session_script(
    refresh_minutes: float, activations_per_hour: int, browse: int, step_seconds: float
) -> list[tuple[float, str]]:
    """The scripted hour: (seconds from start, action), in order."""
    actions: list[tuple[float, str]] = [(0.0, "open")]
    actions += [(step_seconds * (i + 1), "next") for i in range(browse)]
    actions.append((step_seconds * (browse + 1), "today"))
    if refresh_minutes > 0:
        tick = refresh_minutes * 60
        actions += [(tick * (i + 1), "timer") for i in range(int(3600 // tick))]
    if activations_per_hour > 0:
        every = 3600 / activations_per_hour
        actions += [(every * (i + 0.75), "activation") for i in range(activations_per_hour)]
    return sorted(actions, key=lambda a: a[0])


def capacity(ctx: dict[str, Any]) -> dict[str, Any]:
    """Read units of one client-hour on the crowded department, in simulated time.

    The window runs for real against the endpoint (every request is real and metered); only
    the clocks it reads (``datetime.now`` in the window and the store, the monotonic clock of
    the refresh policy) are simulated. The
    refresh timer's ticks and the window's activations are the script's: each fires the
    window's ``refresh_timer`` (stopped), exactly what its ticks and ``changeEvent`` run.
    """
    from bench import freshness as fresh_days
    from desktop.domain import freshness

    variants = ctx["capacity_variants"]
    results: list[dict[str, Any]] = []
    for variant in variants:
        busy = ctx[variant.get("department", "busy")]
        overlays = [d for d in ctx["overlays"] if d != busy][: int(variant.get("overlays", 0))]
        freshness.STALE_SECONDS = int(variant["stale_seconds"])
        clock = SimClock()
        clock.install()
        workdir = Path(ctx["workdir"]) / f"capacity-{variant['name']}"
        harness = gui.build_window(
            ctx["url"],
            workdir,
            department=busy,
            overlays=overlays,
            start=False,
            sizes=True,
            today=date.fromisoformat(ctx["today"]) if overlays else None,
        )
        window = harness.window
        window.refresh_timer.stop()  # its ticks are simulated below
        window.months.memory.fetch_times.clock = clock.monotonic
        script = session_script(
            float(variant["refresh_minutes"]),
            int(variant["activations_per_hour"]),
            int(variant.get("browse_months", ctx["browse_months"])),
            float(ctx["browse_step_seconds"]),
        )
        # Reminders on: the next 14 days' look every minute (what Upcoming's timer does at most).
        script = sorted(script + reminder_looks(UPCOMING_LOOK_SECONDS), key=lambda a: a[0])
        if variant.get("fresh_tick_seconds"):
            script = sorted(
                script + fresh_days.fresh_ticks(float(variant["fresh_tick_seconds"])),
                key=lambda a: a[0],
            )
        reminders_end = window_of(window.upcoming.today())[1].isoformat()
        timed: list[tuple[float, str, str, str]] = []
        by_trigger: dict[str, float] = {}
        reads: dict[str, int] = {}
        log: list[dict[str, Any]] = []
        for at, action in script:
            clock.at(at)
            mark = harness.meter.mark()
            shown_before = window.month
            trigger = action
            if action == "open":
                window.start()
                gui.run_until(partial(_opened, harness, busy))
            elif action in ("next", "today"):
                target = add_months(shown_before, 1) if action == "next" else window.today
                target = target.replace(day=1)
                trigger = (
                    "navigation (stale month)"
                    if harness.has_month(busy, target)
                    else ("navigation (new month)")
                )
                if action == "next":
                    window.step_month(1)
                else:
                    window.go_today()
            elif action == "upcoming":
                trigger = REMINDERS
                window.upcoming.check()
            elif action == "fresh":
                trigger = "fresh (today and the week)"
                window.months.fresh_timer.timeout.emit()
            else:
                window.refresh_timer.timeout.emit()
            harness.idle()
            shown = window.month
            pages = harness.meter.since(mark)
            timed += [(at, p.department_id, p.start, p.end) for p in pages if p.start]
            for page in pages:
                name = _page_trigger(page, trigger, shown, reminders_end)
                by_trigger[name] = by_trigger.get(name, 0.0) + page.units
                reads[name] = reads.get(name, 0) + 1
            log.append(
                {
                    "minute": round(at / 60, 2),
                    "action": action,
                    "units": sum(p.units for p in pages),
                    "requests": len(pages),
                }
            )
        clock.at(3600)
        total = sum(p.units for p in harness.meter.pages)
        reported = sum(p.reported_units for p in harness.meter.pages)
        busy_reads = [
            p
            for p in harness.meter.pages
            if p.department_id == busy and p.start == window.today.replace(day=1).isoformat()
        ]
        results.append(
            {
                "name": variant["name"],
                "policy": variant,
                "units_per_hour": total,
                "moto_reported_units": reported,
                "requests": len(harness.meter.pages),
                "by_trigger_units": by_trigger,
                "by_trigger_requests": reads,
                "busy_month_read_units": (
                    statistics.median([p.units for p in busy_reads]) if busy_reads else 0.0
                ),
                "busy_month_reads": len(busy_reads),
                "departments": 1 + len(overlays),
                "busy": busy,
                "fresh_gaps": fresh_days.longest_gaps(timed, [busy, *overlays], window.today),
                "log": log,
            }
        )
        harness.close()
    return {"variants": results}


def reminder_looks(every: float) -> list[tuple[float, str]]:
    """Upcoming's looks at what is due over the hour (it reads only what is due)."""
    return [(every * (i + 1), "upcoming") for i in range(int(3600 // every))]


def _page_trigger(page: PageRecord, trigger: str, shown: date, reminders_end: str = "") -> str:
    if page.table == "departments":
        return "open (departments list)"
    if page.end and page.end == reminders_end:
        return REMINDERS  # a Query of the reminders' 14 days (or their days not read lately)
    if trigger.startswith("fresh") or (page.start and not page.start.endswith("-01")):
        return "fresh (today and the week)"  # a Query narrowed to today or the coming week
    if page.start and page.start != shown.isoformat():
        return "prefetch"
    return trigger


# --- 7. memory --------------------------------------------------------------------------------


def memory(ctx: dict[str, Any]) -> dict[str, Any]:
    """Peak RSS after browsing twelve months of the crowded department, every event cached."""
    import shutil

    busy = ctx["busy"]
    workdir = Path(ctx["workdir"]) / "memory"
    workdir.mkdir(parents=True, exist_ok=True)
    cache_file = workdir / "cache.sqlite3"
    shutil.copyfile(ctx["cache_template"], cache_file)
    before = gui.rss_now_mb()
    harness = gui.build_window(
        ctx["url"],
        workdir,
        department=busy,
        cache_file=cache_file,
        today=date.fromisoformat(ctx["today"]),
    )
    after_open = gui.rss_now_mb()
    window = harness.window
    for _ in range(int(ctx["memory_months"]) - 1):
        target = add_months(window.month, -1)
        window.step_month(-1)
        gui.run_until(partial(harness.has_month, busy, target))
        harness.idle()
    gui.pause(0.2)
    result = {
        "months_browsed": int(ctx["memory_months"]),
        "peak_rss_mb": gui.rss_peak_mb(),
        "rss_mb": gui.rss_now_mb(),
        "rss_before_window_mb": before,
        "rss_after_open_mb": after_open,
        "months_in_memory": len(window.months.memory),
        "events_in_memory": window.months.memory.event_count(),
        "cache_file_mb": cache_file.stat().st_size / 1e6,
    }
    harness.close()
    return result
