"""Start-up: what the first paint of the cached month waits for, and what comes after it.

The real entry point runs in a child process (``tests/startup_script.py``) on a prepared home
whose cache holds the shown month; at the grid's first paint of that month, the child reports
the modules loaded and what of the window is built. No timings: the bench times start-up.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bench import startup
from bench.data import connection
from desktop.data.cache import Cache
from desktop.domain.models import Department, Event
from tests.startup_script import TODAY

ROOT = Path(__file__).resolve().parent.parent
ENDPOINT = "http://127.0.0.1:9"  # nothing answers: the probe stops before any answer matters

# Each belongs to a worker, or to what comes after the first paint.
HEAVY = [
    "boto3",
    "botocore",
    "desktop.data.store",
    "desktop.views.bug_dialog",
    "logging.handlers",
    "desktop.views.detail_panel",
    "holidays",
    "jsonschema",
]


def _prepared_home(tmp_path: Path) -> dict[str, str]:
    template = tmp_path / "cache-template.sqlite3"
    department = Department("d1", "개발팀")
    events = [
        Event(f"e{day}", "d1", TODAY.replace(day=day), f"회의 {day}", time="오후 2:00")
        for day in (2, 12, 26)
    ]
    with Cache.open(template, connection(ENDPOINT).source_key()) as cache:
        cache.replace_departments([department])
        cache.replace_month("d1", TODAY.replace(day=1), events, datetime(2026, 11, 25, tzinfo=UTC))
    return startup.prepare_home(tmp_path / "home", ENDPOINT, template, "d1")


@pytest.fixture(scope="module")
def at_first_paint(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    env = _prepared_home(tmp_path_factory.mktemp("startup"))
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-m", "tests.startup_script", "--locale", "en"],
        env=env,
        cwd=env["HOME"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("STARTUP ")), None)
    assert line is not None, done.stderr[-3000:]
    facts: dict[str, Any] = json.loads(line.removeprefix("STARTUP "))
    assert facts, "the cached month was never painted:\n" + done.stderr[-3000:]
    return facts


def test_the_first_paint_imports_nothing_heavy(at_first_paint: dict[str, Any]) -> None:
    assert at_first_paint["events"] == 3
    loaded = set(at_first_paint["modules"])
    assert [name for name in HEAVY if name in loaded] == []


def test_menus_and_the_detail_pane_come_after_the_first_paint(
    at_first_paint: dict[str, Any],
) -> None:
    # The menu bar's titles are there (nothing moves when the menus fill), not their contents.
    assert at_first_paint["menu_titles"] == ["&File", "&Edit", "&View", "&Help"]
    assert at_first_paint["menu_sizes"] == [0, 0, 0, 0]
    assert not at_first_paint["menus_built"]
    assert not at_first_paint["detail_built"]
    # Every shortcut works from the first paint: the actions are the window's own.
    for shortcut in ("Ctrl+Shift+U", "Ctrl+Q", "Ctrl+F", "Ctrl+G", "Ctrl+T", "F5", "Ctrl+N"):
        assert shortcut in at_first_paint["shortcuts"]
