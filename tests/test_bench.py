"""The benchmark harness works: ``python -m bench --quick`` on a tiny calendar measures everything.

Not a timed test: budgets are not enforced in quick mode. It proves that every measurement
runs end to end (moto server process, start-up probes, in-process window scenarios) and that
the JSON holds each of them, and checks the one figure that must hold at any size: showing a
month reads exactly the items in it.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.report import markdown
from bench.view_rows import NOT_AVAILABLE
from desktop.views.calendar_view import ViewKind
from desktop.views.window.view_switch import available_kinds

ROOT = Path(__file__).resolve().parent.parent
TINY = ["--events", "400", "--busy-events", "100", "--departments", "5"]
# The scale table on a hundredth of the usual calendar, one process of each kind.
SCALE = ["--scale", "0.01", "--scale-runs", "1"]
SCALE_MEASURES = ("startup", "warm", "cold", "stall", "search", "memory", "startup_memory")
EXPECTED = {
    "startup.busy",
    "startup.typical",
    "startup.typical.floor",
    "startup.typical.floor.minimal",
    "startup.imports",
    "startup.imports.less_qt_enums",
    "startup.typical.no_pyc",
    "warm.median",
    "warm.p95",
    "cold.typical",
    "cold.busy",
    "cold.typical.floor",
    "cold.busy.floor",
    "cold.typical.fair",
    "cold.busy.fair",
    "cold.typical.floor.plain",
    "cold.busy.floor.plain",
    "reads.window.typical",
    "reads.window.busy",
    "capacity.overlays-fresh",
    "capacity.overlays-fresh-steady",
    "capacity.typical-overlays-fresh",
    "responsive",
    "responsive.huge",
    "reads.busy",
    "reads.typical",
    "reads.scan",
    "capacity",
    "memory",
    "installed",
    "check",
    "check.locked",
    "search.quick.common",
    "search.quick.word",
    "search.quick.rare",
    *(f"scale.0.01x.{key}" for key in (*SCALE_MEASURES, "cache")),
    # Issue 18's views: a row per view, measured when this build has the view.
    *(f"view-switch.{case}.{kind}" for case in ("typical", "busy") for kind in ViewKind),
    *(f"reads.view.{kind}" for kind in ViewKind),
    "agenda-scroll",
}
# A view of a week also reads a week across two months (only when the build has one).
ACROSS = {f"reads.view.{kind}.across" for kind in ViewKind}


def _run(*args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


# Every measurement in fresh processes, the scale table's tiny data set included: on a busy
# 2-core machine this takes longer than the suite's default limit.
@pytest.mark.timeout(420)
def test_quick_mode_measures_everything(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    done = _run("-m", "bench", "--quick", *TINY, *SCALE, "--output", str(output), timeout=400)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(output.read_text(encoding="utf-8"))

    assert results["mode"] == "quick"
    assert results["errors"] == {}
    rows = {row["id"]: row for row in results["rows"]}
    assert set(rows) - ACROSS == EXPECTED
    kinds = [kind.value for kind in available_kinds()]
    for row_id, row in rows.items():
        if row_id == "installed" and row["median"] is None:
            assert row["note"], row  # "not built" (or a bundle that showed no month)
            continue
        if row["note"] == NOT_AVAILABLE:  # a view this build lacks, never one it has
            kind = row_id.split(".")[-1]
            assert kind not in kinds or (row_id.startswith("view-switch") and len(kinds) < 2)
            assert row_id != "agenda-scroll" or "agenda" not in kinds
            continue
        assert isinstance(row["median"], float) and math.isfinite(row["median"]), row
        assert row["passed"] is None  # quick mode enforces no budget
    for row_id in ("reads.busy", "reads.typical"):
        assert rows[row_id]["ratio"] == 1.0  # items read == items in the month
    assert rows["reads.scan"]["median"] == 400  # the Scan reads the whole table
    assert results["machine"]["cores"] >= 1
    for key in SCALE_MEASURES:
        details = rows[f"scale.0.01x.{key}"]["details"]
        assert details["processes"] == len(details["runs"]) == 1, details
        assert details["min"] <= rows[f"scale.0.01x.{key}"]["median"] <= details["max"]
    cache = rows["scale.0.01x.cache"]
    assert cache["median"] > 0  # the generated cache file's size
    assert cache["details"]["reused"] is False  # sizes below 1× are made anew each run
    assert rows["scale.0.01x.cold"]["details"]["items"] > 0  # a month with events arrived
    assert rows["scale.0.01x.search"]["details"]["found"] > 0
    assert "| measurement |" in markdown(results)
    assert "| measure (min / median / max) | budget | 0.01x |" in markdown(results)
    assert "measurement" in done.stdout  # the table was printed


def test_patched_moto_answers_like_moto() -> None:
    """The server's speed-ups (partition index, direct JSON) change no answer."""
    spec = {"departments": 4, "events": 300, "busy_events": 80, "months": 6, "months_ahead": 2}
    done = _run("-m", "bench.server", json.dumps(spec), "--self-check", timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "same answers" in done.stdout
