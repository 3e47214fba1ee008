"""``deptcal --self-test``: the report and the exit code, from source.

The self-test runs in this process through ``desktop.app.main`` (so the temp settings, the
in-memory keyring and a temp cache apply); one test runs it as a subprocess on Linux, where the
scratch XDG folders keep it away from the user's own settings.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from desktop import __version__, selftest
from desktop.app import main
from desktop.data.cache import Cache
from desktop.data.config import ConnectionSettings
from desktop.data.outbox import Outbox
from desktop.data.store import DynamoStore
from desktop.domain.calendar import month_end
from desktop.domain.models import Event, new_id
from desktop.domain.timestamps import now_utc
from desktop.single_instance import SingleInstance
from tests.support import MotoServer
from tests.views.test_offline import dead_endpoint

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def temp_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The window's cache in a temp folder; the root logger as it was."""
    path = tmp_path / "cache" / "cache.sqlite3"
    monkeypatch.setattr("desktop.gui.cache_path", lambda: path)
    handlers = list(logging.getLogger().handlers)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    # The run's window, service and dialogs are garbage now: collect them here, on the GUI
    # thread, not whenever a later test's worker or Python thread happens to start a collection
    # (Qt objects must die on their own thread).
    gc.collect()


def run(
    endpoint: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    *extra: str,
) -> tuple[int, dict[str, Any]]:
    """``deptcal --self-test`` in this process; (exit code, the report)."""
    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", endpoint)
    report_file = tmp_path / "report.json"
    code = main(["--self-test", "--self-test-report", str(report_file), "--locale", "en", *extra])
    printed = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert json.loads(report_file.read_text(encoding="utf-8")) == printed
    return code, printed


def seed(store: DynamoStore, day: date) -> None:
    department = store.create_department("개발팀", "소프트웨어 개발")
    store.create_event(Event(new_id(), department.id, day, "팀 회의"))


def test_reports_every_part_on_a_live_endpoint(
    today: date,
    store: DynamoStore,
    endpoint: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    temp_cache: Path,
) -> None:
    seed(store, today)
    code, report = run(endpoint, monkeypatch, capsys, tmp_path)

    assert code == 0, report["failures"]
    assert report["ok"] is True
    assert report["failures"] == []
    assert report["version"] == __version__
    assert report["window"] is True
    assert report["departments"] == 1
    assert report["month_events"] == 1
    assert report["month"] == today.replace(day=1).isoformat()
    assert report["offline"] is False
    assert report["endpoint"] == endpoint
    assert report["translations"] is True
    assert report["keyring"] == "tests.support.MemoryKeyring"
    assert report["cache"] is True
    assert report["cache_persistent"] is True
    assert report["cache_copy"] == "empty: nothing saved"
    assert not temp_cache.exists()  # the user's cache is never made nor used by a self-test
    assert report["holidays"] is True
    assert report["icon"] is True
    assert report["frozen"] is False
    assert report["qpa"] == "offscreen"
    assert report["python"] == ".".join(map(str, sys.version_info[:3]))
    assert report["qt"].startswith("6.")
    assert 0 < report["seconds"] < 60


def test_an_empty_table_is_a_working_app(
    store: DynamoStore,
    endpoint: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    code, report = run(endpoint, monkeypatch, capsys, tmp_path)

    assert code == 0, report["failures"]
    assert (report["departments"], report["month_events"], report["offline"]) == (0, 0, False)


def test_unreachable_endpoint_with_nothing_saved_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, report = run(dead_endpoint(), monkeypatch, capsys, tmp_path)

    assert code == 1
    assert report["ok"] is False
    assert report["offline"] is True
    assert report["departments"] == 0
    assert report["window"] is True  # the window itself works: only the data is missing
    assert report["failures"] == [
        "DynamoDB cannot be reached and nothing is saved on this computer"
    ]


def save_in_cache(store: DynamoStore, path: Path, day: date) -> None:
    """What the window saves on this computer: the departments and this month."""
    with Cache.open(path, store.settings.source_key()) as cache:
        departments = store.list_departments().departments
        cache.replace_departments(departments)
        first = day.replace(day=1)
        for department in departments:
            batch = store.events_between(department.id, first, month_end(first))
            cache.replace_month(department.id, first, batch.events, now_utc())


def test_unreachable_endpoint_with_a_cache_passes_offline(
    today: date,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    temp_cache: Path,
) -> None:
    server = MotoServer()  # its own port, stopped half-way; moto's state is process-wide
    try:
        server.reset()
        store = DynamoStore(ConnectionSettings(endpoint_url=server.url))
        store.create_tables(poll_seconds=0.01)
        seed(store, today)
        save_in_cache(store, temp_cache, today)
    finally:
        server.stop()

    code, report = run(server.url, monkeypatch, capsys, tmp_path)

    assert code == 0, report["failures"]
    assert report["offline"] is True
    assert (report["departments"], report["month_events"]) == (1, 1)
    assert report["cache"] is True
    assert report["cache_copy"] == "copy"


def record_unsent(store: DynamoStore, path: Path, day: date) -> Event:
    """A change made in the window and not sent yet (the user's cache holds it)."""
    department = store.list_departments().departments[0]
    waiting = Event(new_id(), department.id, day, "아직 보내지 않은 일정")
    with Cache.open(path, store.settings.source_key()) as cache:
        Outbox(cache).record(None, waiting)
    return waiting


def outbox_rows(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT event_id, state FROM outbox").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("window_open", [True, False])
def test_the_self_test_never_sends_nor_touches_the_users_changes(
    window_open: bool,
    today: date,
    store: DynamoStore,
    endpoint: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    temp_cache: Path,
) -> None:
    seed(store, today)
    save_in_cache(store, temp_cache, today)
    waiting = record_unsent(store, temp_cache, today)
    window = SingleInstance(temp_cache.parent)
    if window_open:
        assert window.claim() == "owner"  # the user's window has the cache
    try:
        code, report = run(endpoint, monkeypatch, capsys, tmp_path)
    finally:
        window.release()

    assert code == 0, report["failures"]
    assert (report["departments"], report["month_events"]) == (1, 1)  # the table's event only
    assert store.get_event(waiting.id, waiting.department_id) is None  # never sent
    assert outbox_rows(temp_cache) == [(waiting.id, "waiting")]  # still the window's to send
    assert report["cache_copy"] == ("empty: a window is open" if window_open else "copy")


def test_a_table_error_fails_with_the_banner_text(
    empty_store: DynamoStore,
    endpoint: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    code, report = run(endpoint, monkeypatch, capsys, tmp_path)  # no tables at all

    assert code == 1
    assert report["offline"] is False
    [failure] = report["failures"]  # the window's banner, as a user would read it
    assert failure.startswith("The shared calendar was not found")
    assert "'departments' not found in region" in failure  # the details, for an administrator


def test_a_keyring_that_stores_nothing_fails_only_off_linux(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())

    ok, name, problems = selftest.check_keyring("linux")
    assert (ok, name, problems) == (True, "keyring.backends.fail.Keyring", [])

    for system in ("win32", "darwin"):
        ok, name, problems = selftest.check_keyring(system)
        assert not ok
        assert problems == [f"no usable keyring on this {system} machine ({name})"]


def test_process_age_is_known_on_linux() -> None:
    age = selftest.process_age()
    if not sys.platform.startswith("linux"):
        assert age is None
        return
    assert age is not None
    assert 0 < age < 24 * 3600


@pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="only Linux keeps a subprocess's settings in the scratch XDG folders",
)
@pytest.mark.real_clock("the self-test runs in a child process, which sees the real clock")
def test_the_command_line_runs_it(
    today: date, store: DynamoStore, endpoint: str, tmp_path: Path
) -> None:
    seed(store, today)
    env = dict(
        os.environ,
        AWS_ENDPOINT_URL_DYNAMODB=endpoint,
        PYTHONPATH=str(ROOT),
        PYTHON_KEYRING_BACKEND="tests.support.MemoryKeyring",
    )
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ok"] is True
    assert (report["departments"], report["month_events"]) == (1, 1)
    assert report["keyring"] == "tests.support.MemoryKeyring"


def test_a_screenshot_never_sends_the_users_changes(
    today: date,
    store: DynamoStore,
    endpoint: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    temp_cache: Path,
) -> None:
    seed(store, today)
    save_in_cache(store, temp_cache, today)
    waiting = record_unsent(store, temp_cache, today)
    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", endpoint)
    picture = tmp_path / "window.png"
    window = SingleInstance(temp_cache.parent)
    assert window.claim() == "owner"  # the user's window is open
    try:
        code = main(["--screenshot", str(picture), "--locale", "en"])
    finally:
        window.release()

    assert code == 0, capsys.readouterr().err
    assert picture.stat().st_size > 0
    assert store.get_event(waiting.id, waiting.department_id) is None  # never sent
    assert outbox_rows(temp_cache) == [(waiting.id, "waiting")]
