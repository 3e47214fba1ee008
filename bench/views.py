"""The views of issue #18 measured at a real window, each scenario in a fresh process.

Written against the :class:`~desktop.views.calendar_view.CalendarView` protocol and
``window.views`` (:mod:`desktop.views.window.view_switch`), not against any view's insides: a
kind this build lacks (``available_kinds()``) is reported, not measured.

- :func:`view_switch`: the views switched from memory, month → week → agenda → team → year →
  month …, each switch timed from the action (Ctrl+1 … Ctrl+5) to the end of the switched-to
  view's paint with all its entries (:mod:`bench.view_probe`).
- :func:`agenda_scroll`: the longest GUI-thread stall while the agenda's scroll bar pages down
  until the agenda has loaded twelve months of the crowded department.
- :func:`view_reads`: each view navigated as a user would (open, next, next, previous, another
  view and back, previous, today); every Query counted per (department, month) at the
  endpoint. Views of a week also open on a week across two months, which reads each once.
"""

from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractSlider

from bench import gui
from bench.meter import PageRecord
from bench.view_probe import ViewPaints, view_ready
from desktop.domain.calendar import months_between
from desktop.domain.freshness import STALE_SECONDS
from desktop.views.calendar_view import ViewKind
from desktop.views.window.view_switch import available_kinds

if TYPE_CHECKING:
    from desktop.views.calendar_view import CalendarView
    from desktop.views.main_window import MainWindow

SCROLL_MS = 33  # a page down every 33 ms: PgDn held down (a keyboard repeats about 30 a second)
TICK_MS = 1


def _today(ctx: dict[str, Any]) -> date:
    return date.fromisoformat(ctx["today"])


def _cases(ctx: dict[str, Any]) -> dict[str, tuple[str, list[str]]]:
    """The windows the switch and reads rows use: a typical department alone, and the
    crowded one with four overlays (as the stall and capacity rows set them up)."""
    return {"typical": (ctx["typical"], []), "busy": (ctx["busy"], list(ctx["overlays"])[:4])}


def _settled(harness: gui.Harness) -> None:
    """Until the shown view's months are all looked at and no task has run for a moment."""
    gui.run_until(lambda: harness.window.months.span_complete)
    harness.settle()


def _show(window: MainWindow, kind: ViewKind) -> None:
    """What Ctrl+1 … Ctrl+5 (or the View menu) does."""
    window.views.actions[kind].trigger()


# --- switching views from memory --------------------------------------------------------------


def view_switch(ctx: dict[str, Any]) -> dict[str, Any]:
    """Each case: every view shown once (its months read, then in memory and fresh), then
    ``view_cycles`` rounds month → week → agenda → team → year → month, each switch timed."""
    kinds = available_kinds()
    result: dict[str, Any] = {"available": [k.value for k in kinds], "cases": {}}
    if len(kinds) < 2:
        return result
    order = [*kinds[1:], ViewKind.MONTH]
    for name, (department, overlays) in _cases(ctx).items():
        harness = gui.build_window(
            ctx["url"],
            Path(ctx["workdir"]) / f"view-switch-{name}",
            department=department,
            overlays=overlays,
            today=_today(ctx),
        )
        window = harness.window
        _settled(harness)
        for kind in order:  # the warm-up: each view built, its months read once
            _show(window, kind)
            gui.run_until(partial(view_ready, window, window.views.current))
            _settled(harness)
        switches: list[dict[str, Any]] = []
        probe = ViewPaints()
        requests = harness.meter.mark()
        started = time.monotonic()
        for _ in range(int(ctx.get("view_cycles", 1))):
            for kind in order:
                _settled(harness)
                came_from = window.views.kind
                view = window.views.views[kind]
                t0 = time.perf_counter()
                painted = probe.until_painted(
                    view, partial(view_ready, window, view), partial(_show, window, kind)
                )
                switches.append(
                    {"from": came_from.value, "to": kind.value, "seconds": painted - t0}
                )
        pages = harness.meter.since(requests)
        probe.close()
        result["cases"][name] = {
            "switches": switches,
            "requests_during_switches": len(pages),
            "elapsed_seconds": time.monotonic() - started,
            "departments": 1 + len(overlays),
        }
        harness.close()
    return result


# --- the agenda scrolled through twelve months ------------------------------------------------


def agenda_scroll(ctx: dict[str, Any]) -> dict[str, Any]:
    """The agenda on the crowded department (nothing cached), its scroll bar paged down every
    :data:`SCROLL_MS` until it has loaded ``agenda_months`` months and they are read; a
    :data:`TICK_MS` timer on the GUI thread gives the longest stall."""
    if ViewKind.AGENDA not in available_kinds():
        return {"available": False}
    harness = gui.build_window(
        ctx["url"],
        Path(ctx["workdir"]) / "agenda-scroll",
        department=ctx["busy"],
        today=_today(ctx),
    )
    window = harness.window
    _show(window, ViewKind.AGENDA)
    view: Any = window.views.current
    _settled(harness)
    months = int(ctx.get("agenda_months", 12))
    collections: list[tuple[float, float]] = []
    began = [0.0]

    def on_gc(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            collections.append((began[0], time.perf_counter() - began[0]))

    ticks: list[float] = []
    ticker = _timer(TICK_MS, lambda: ticks.append(time.perf_counter()))
    gui.pause(0.1)
    idle = [b - a for a, b in itertools.pairwise(ticks)]
    bar = view.verticalScrollBar()
    steps = [0]

    def page_down() -> None:
        steps[0] += 1
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)

    def loaded() -> int:
        return len(months_between(view.first_day, view.last_day))

    gc.callbacks.append(on_gc)
    t0 = time.perf_counter()
    ticks.append(t0)
    scroller = _timer(SCROLL_MS, page_down)
    try:
        try:
            # Twelve months of 3,000 events are some 36,000 rows: about 2,000 pages down.
            gui.run_until(lambda: loaded() >= months, float(ctx.get("agenda_timeout", 1200)))
        except TimeoutError:
            raise TimeoutError(
                f"the agenda loaded {loaded()} of {months} months ({view.first_day} to "
                f"{view.last_day}) in {steps[0]} pages down; its scroll bar at "
                f"{bar.value()} of {bar.maximum()}"
            ) from None
        scroller.stop()
        _settled(harness)
    finally:
        scroller.stop()
        gc.callbacks.remove(on_gc)
    done = time.perf_counter()
    ticker.stop()
    gaps = [b - a for a, b in itertools.pairwise(t for t in ticks if t >= t0)]
    shown = window.shown_department_ids()
    events = sum(
        len(window.months.memory.events(d, m))
        for d in shown
        for m in months_between(view.first_day, view.last_day)
        if (d, m) in window.months.memory
    )
    result = {
        "available": True,
        "max_gap_seconds": max(gaps, default=0.0),
        "gaps_over_33ms": sum(g > 0.033 for g in gaps),
        "idle_gap_median_seconds": sorted(idle)[len(idle) // 2] if idle else 0.0,
        "seconds": done - t0,
        "page_steps": steps[0],
        "months_loaded": loaded(),
        "first_day": view.first_day.isoformat(),
        "last_day": view.last_day.isoformat(),
        "events_loaded": events,
        "gc_longest_seconds": max((d for at, d in collections if at >= t0), default=0.0),
    }
    harness.close()
    return result


def _timer(ms: int, action: Callable[[], None]) -> QTimer:
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(action)
    timer.start(ms)
    return timer


# --- reads counted per (department, month) ----------------------------------------------------


def _reads(pages: list[PageRecord], steps: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """Each Query of the events (its first page) with its department, month and step."""
    found = []
    for index, page in enumerate(pages):
        if page.table != "events" or page.operation != "Query" or page.continued:
            continue
        step = next((s for s, begins in reversed(steps) if begins <= index), "")
        first = date.fromisoformat(page.start) if page.start else None
        found.append(
            {
                "department": page.department_id,
                "month": f"{first:%Y-%m}" if first else "",
                "range": f"{page.start}..{page.end}",
                "step": step,
                "at": page.at,
            }
        )
    return found


def repeats(reads: list[dict[str, Any]], window_seconds: float) -> list[dict[str, Any]]:
    """The reads of a department-month that an earlier read of it made within
    ``window_seconds`` (the shortest staleness window) unnecessary."""
    last: dict[tuple[str, str], dict[str, Any]] = {}
    found = []
    for read in reads:
        key = (read["department"], read["month"])
        before = last.get(key)
        if before is not None and read["at"] - before["at"] < window_seconds:
            found.append({**read, "after_step": before["step"], "apart": read["at"] - before["at"]})
        last[key] = read
    return found


def most_reads(reads: list[dict[str, Any]], window_seconds: float) -> int:
    """The most reads of one department-month within ``window_seconds`` of each other."""
    by_key: dict[tuple[str, str], list[float]] = {}
    for read in reads:
        by_key.setdefault((read["department"], read["month"]), []).append(read["at"])
    best = 0
    for times in by_key.values():
        for i, first in enumerate(times):
            best = max(best, sum(1 for t in times[i:] if t - first < window_seconds))
    return best


def _navigate(
    ctx: dict[str, Any], kind: ViewKind, name: str, department: str, ticked: list[str]
) -> dict[str, Any]:
    kinds = available_kinds()
    harness = gui.build_window(
        ctx["url"],
        Path(ctx["workdir"]) / f"view-reads-{kind.value}-{name}",
        department=department,
        overlays=ticked,
        today=_today(ctx),
        start=False,
    )
    window = harness.window
    _show(window, kind)  # the view remembered from the last session
    other = ViewKind.MONTH if kind != ViewKind.MONTH else next(iter(kinds[1:]), None)
    actions: list[tuple[str, Callable[[], None]]] = [
        ("open", window.start),
        ("next", partial(window.step_month, 1)),
        ("next", partial(window.step_month, 1)),
        ("previous", partial(window.step_month, -1)),
    ]
    if other is not None:
        actions += [
            (f"to {other.value}", partial(_show, window, other)),
            (f"back to {kind.value}", partial(_show, window, kind)),
        ]
    actions += [("previous", partial(window.step_month, -1)), ("today", window.go_today)]
    steps: list[tuple[str, int]] = []
    began = harness.meter.mark()
    started = time.monotonic()
    for step, action in actions:
        steps.append((step, harness.meter.mark() - began))
        action()
        gui.run_until(lambda: harness.service.store is not None)
        _settled(harness)
    elapsed = time.monotonic() - started
    reads = _reads(harness.meter.since(began), steps)
    crossing = _crossing_day(window, window.views.views[kind], _today(ctx))
    harness.close()
    return {
        "steps": [s for s, _ in steps],
        "reads": reads,
        "repeats": repeats(reads, STALE_SECONDS),
        "most_reads": most_reads(reads, STALE_SECONDS),
        "department_months": len({(r["department"], r["month"]) for r in reads}),
        "elapsed_seconds": elapsed,
        "crossing_day": crossing.isoformat() if crossing else None,
    }


def _crossing_day(window: MainWindow, view: CalendarView, today: date) -> date | None:
    """The first day from ``today`` on whose span is a week or so across two months (None:
    the view shows no such span, as the month, the agenda and the year)."""
    if view is window.month_view:
        return None
    first_weekday = window.model.first_weekday
    for offset in range(0, 70):
        day = today + timedelta(days=offset)
        span = view.span(day, first_weekday)
        if len(span.months) == 2 and (span.last - span.first).days < 14:
            return day
    return None


def _across(
    ctx: dict[str, Any], kind: ViewKind, name: str, department: str, ticked: list[str], day: date
) -> dict[str, Any]:
    """A window opened on ``day`` (a week across two months) in ``kind``: what it reads."""
    harness = gui.build_window(
        ctx["url"],
        Path(ctx["workdir"]) / f"view-across-{kind.value}-{name}",
        department=department,
        overlays=ticked,
        today=day,
        start=False,
    )
    window = harness.window
    _show(window, kind)
    view = window.views.current
    began = harness.meter.mark()
    window.start()
    gui.run_until(lambda: harness.service.store is not None)
    _settled(harness)
    reads = _reads(harness.meter.since(began), [("open", 0)])
    span = view.span(day, window.model.first_weekday)
    months = [f"{m:%Y-%m}" for m in span.months]
    departments = [department, *ticked]
    counts = {
        f"{d}|{m}": sum(1 for r in reads if r["department"] == d and r["month"] == m)
        for d in departments
        for m in months
    }
    harness.close()
    return {
        "day": day.isoformat(),
        "months": months,
        "departments": len(departments),
        "counts": counts,
        "other_reads": [r for r in reads if r["month"] not in months],
    }


def view_reads(ctx: dict[str, Any]) -> dict[str, Any]:
    """Every available view, for each case: the navigation's reads, and a week across two
    months where the view shows one."""
    kinds = available_kinds()
    result: dict[str, Any] = {"available": [k.value for k in kinds], "kinds": {}}
    for kind in kinds:
        cases: dict[str, Any] = {}
        for name, (department, overlays) in _cases(ctx).items():
            if name not in ctx.get("view_read_cases", ("typical", "busy")):
                continue
            ticked = overlays[:2]  # two overlays: three departments, a Query each per month
            case = _navigate(ctx, kind, name, department, ticked)
            if case["crossing_day"]:
                day = date.fromisoformat(case["crossing_day"])
                case["across"] = _across(ctx, kind, name, department, ticked, day)
            cases[name] = case
        result["kinds"][kind.value] = cases
    return result
