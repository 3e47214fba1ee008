"""The kill test: offline edits and their replay survive SIGKILL at every step.

A child process (``tests/outbox_script.py``) makes a scripted series of offline edits, then
sends them, and is killed with SIGKILL: at each of its checkpoints in turn (before and after
every outbox commit, before and after every request), and at seeded random moments. The app
then starts again with the network back (a fresh cache and outbox on the same file) and
finishes. The table must hold exactly the script's final state: no duplicates, no losses.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.data.cache import Cache
from desktop.data.outbox import Outbox, same_content
from desktop.data.store import DynamoStore
from desktop.domain.timestamps import now_utc
from tests import outbox_script as script
from tests.support import MotoServer

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
RANDOM_KILLS = 12


def _child(
    cache: Path,
    progress: Path,
    endpoint: str,
    die_at: int = 0,
    later: float = 0.0,
    *,
    series: bool = False,
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.outbox_script",
            "--cache",
            str(cache),
            "--progress",
            str(progress),
            "--endpoint",
            endpoint,
            "--die-at",
            str(die_at),
            "--die-later",
            str(later),
            *(["--series"] if series else []),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _prepare(
    moto_server: MotoServer, store_factory: Callable[[], DynamoStore], folder: Path
) -> None:
    """Fresh tables with the seed events; a cache that fetched them."""
    moto_server.reset()
    store = store_factory()
    store.create_tables(poll_seconds=0.01)
    for department_id, name in ((script.DEV, "개발팀"), (script.DESIGN, "디자인팀")):
        store.client.put_item(
            TableName=store.settings.departments_table,
            Item={"id": {"S": department_id}, "name": {"S": name}},
        )
    seeded = [store.create_event(event) for event in script.seed_events()]
    folder.mkdir()
    with Cache.open(folder / "cache.sqlite3", script.SOURCE) as cache:
        for department in (script.DEV, script.DESIGN):
            mine = [e for e in seeded if e.department_id == department]
            cache.replace_month(department, script.FIRST, mine, now_utc())


def _check(store: DynamoStore, folder: Path) -> None:
    """The table, and the restarted app's calendar, are exactly the script's final state."""
    outbox = script.run(folder / "cache.sqlite3", folder / "progress", store)
    assert outbox.entries() == []
    expected = script.final_state()
    table: dict[tuple[str, str], object] = {}
    for department in (script.DEV, script.DESIGN):
        for event in store.events_between(department, script.FIRST, script.LAST).events:
            key = (event.id, department)
            assert key not in table, f"duplicate {key}"
            assert key in expected, f"unexpected {event}"
            assert same_content(event, expected[key]), (event, expected[key])
            table[key] = event
    assert set(table) == set(expected), f"missing {set(expected) - set(table)}"
    shown = outbox.cache.events_between([script.DEV, script.DESIGN], script.FIRST, script.LAST)
    assert {(e.id, e.department_id) for e in shown} == set(expected)
    outbox.cache.close()


@pytest.fixture
def fresh_store(endpoint: str) -> Callable[[], DynamoStore]:
    from desktop.data.config import ConnectionSettings

    return lambda: DynamoStore(ConnectionSettings(endpoint_url=endpoint, read_timeout=5))


def _checkpoints(moto_server: MotoServer, fresh: Callable[[], DynamoStore], tmp: Path) -> int:
    _prepare(moto_server, fresh, tmp / "count")
    child = _child(tmp / "count" / "cache.sqlite3", tmp / "count" / "progress", moto_server.url)
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    return int(out.strip().rpartition("=")[2])


@pytest.mark.real_clock("its child processes see the real clock; the seeded cache must agree")
@pytest.mark.timeout(900)  # about 70 child processes: minutes on a loaded 2-core machine
def test_killed_at_every_checkpoint_the_table_ends_as_the_user_left_it(
    moto_server: MotoServer, fresh_store: Callable[[], DynamoStore], tmp_path: Path
) -> None:
    total = _checkpoints(moto_server, fresh_store, tmp_path)
    assert total > 2 * len(script.STEPS)  # the edits' commits and the replay's requests
    for die_at in range(1, total + 1):
        folder = tmp_path / f"kill-{die_at}"
        _prepare(moto_server, fresh_store, folder)
        child = _child(folder / "cache.sqlite3", folder / "progress", moto_server.url, die_at)
        _out, err = child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL, f"checkpoint {die_at}: {err}"
        _check(fresh_store(), folder)


@pytest.mark.real_clock("its child processes see the real clock; the seeded cache must agree")
@pytest.mark.timeout(900)  # about 70 child processes: minutes on a loaded 2-core machine
def test_killed_at_random_moments_the_table_ends_as_the_user_left_it(
    moto_server: MotoServer, fresh_store: Callable[[], DynamoStore], tmp_path: Path
) -> None:
    """Between checkpoints too: a timer kills the process inside SQLite commits and requests."""
    chance = random.Random(20261127)
    total = _checkpoints(moto_server, fresh_store, tmp_path)
    for number in range(RANDOM_KILLS):
        folder = tmp_path / f"random-{number}"
        _prepare(moto_server, fresh_store, folder)
        die_at, later = chance.randint(1, total), chance.uniform(0.0, 0.004)
        child = _child(
            folder / "cache.sqlite3", folder / "progress", moto_server.url, die_at, later
        )
        child.communicate(timeout=60)
        _check(fresh_store(), folder)


def _series_in_table(store: DynamoStore) -> list[tuple[str, str]]:
    ids = {e.id for e in script.series_items()}
    events = store.events_between(script.DEV, script.FIRST, script.LAST).events
    return [(e.id, e.department_id) for e in events if e.id in ids]


@pytest.mark.real_clock("its child processes see the real clock; the seeded cache must agree")
@pytest.mark.timeout(900)  # a child process a checkpoint: a minute or two on a loaded machine
def test_a_series_killed_at_every_checkpoint_is_written_whole_and_once(
    moto_server: MotoServer, fresh_store: Callable[[], DynamoStore], tmp_path: Path
) -> None:
    """Killed before the series' commit: nothing waits, nothing is in the table. After it, or
    while sending: the next start sends the rest, every occurrence once."""
    _prepare(moto_server, fresh_store, tmp_path / "count")
    counting = tmp_path / "count"
    child = _child(counting / "cache.sqlite3", counting / "progress", moto_server.url, series=True)
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    total = int(out.strip().rpartition("=")[2])
    assert total > 4 * len(script.series_items())  # the commit, then each item's send
    for die_at in range(1, total + 1):
        folder = tmp_path / f"series-{die_at}"
        _prepare(moto_server, fresh_store, folder)
        child = _child(
            folder / "cache.sqlite3", folder / "progress", moto_server.url, die_at, series=True
        )
        _out, err = child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL, f"checkpoint {die_at}: {err}"
        store = fresh_store()
        if die_at == 1:  # record:before-commit
            with Cache.open(folder / "cache.sqlite3", script.SOURCE) as cache:
                assert Outbox(cache).entries() == []
            assert _series_in_table(store) == []
        outbox = script.run(folder / "cache.sqlite3", folder / "progress", store, series=True)
        assert outbox.entries() == []
        written = _series_in_table(store)
        assert sorted(written) == sorted((e.id, e.department_id) for e in script.series_items()), (
            f"checkpoint {die_at}"
        )
        table = store.events_between(script.DEV, script.FIRST, script.LAST).events
        table += store.events_between(script.DESIGN, script.FIRST, script.LAST).events
        assert sorted((e.id, e.department_id) for e in table) == sorted(script.final_series_state())
        outbox.cache.close()
