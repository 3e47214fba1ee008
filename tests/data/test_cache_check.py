"""The cache's whole-file check never stands in front of the user: no lock, only when due."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.data import cache_check
from desktop.data.cache import CHECK_EVERY, Cache
from desktop.data.cache_schema import INSERT_EVENT, event_row
from desktop.data.outbox import Outbox
from desktop.domain.models import Event

SOURCE = "ap-northeast-2||departments|events"
NOVEMBER = date(2026, 11, 1)
FETCHED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
CHECKED = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
GUARD_SECONDS = 30  # only a hang reaches it: a wait on the lock the check must not hold

# A query that never ends by itself (until the check is stopped); ``reading()`` runs once it is
# under way, so that stopping it cannot come before it started.
ENDLESS = (
    "WITH RECURSIVE n(x) AS (SELECT reading() UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cache.sqlite3"


def big_cache(path: Path, events: int = 30_000) -> None:
    """A cache file of ``events`` events over a year (several MB: many pages to read)."""
    rows = [
        event_row(
            SOURCE,
            Event(
                f"e{i:06}",
                f"dept-{i % 20}",
                date(2026, 1 + i // 20 % 12, 1 + i % 28),
                f"회의 {i}",
                description="설명 " * 20,
            ),
        )
        for i in range(events)
    ]
    with Cache.open(path, SOURCE) as cache:
        cache.replace_month("dept-0", NOVEMBER, [], FETCHED)
        cache.transaction(lambda conn: conn.executemany(INSERT_EVENT, rows))
    assert path.stat().st_size > events * 200  # 30,000 events: about 17 MB


@pytest.fixture
def slow_check(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The check's slice of the events table runs until the check is stopped; the event is
    set once it is under way."""
    reading = threading.Event()
    real = cache_check.check_slice

    def slow(conn: sqlite3.Connection, name: str) -> None:
        if name == "events":
            conn.create_function("reading", 0, lambda: reading.set() or 1)
            conn.execute(ENDLESS).fetchall()  # interrupted by stop_check() or close()
        real(conn, name)

    monkeypatch.setattr(cache_check, "check_slice", slow)
    yield reading


def in_thread[R](work: Callable[[], R]) -> tuple[threading.Thread, list[R | BaseException]]:
    """``work()`` on a thread of its own; its result (or error) lands in the list."""
    out: list[R | BaseException] = []

    def run() -> None:
        try:
            out.append(work())
        except BaseException as exc:
            out.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def test_a_month_read_a_search_and_saves_go_on_while_the_check_reads(
    path: Path, slow_check: threading.Event
) -> None:
    big_cache(path)
    cache = Cache.open(path, SOURCE)
    try:
        check, checked = in_thread(lambda: cache.check_if_due(CHECKED))
        assert slow_check.wait(GUARD_SECONDS)

        mine = Event("mine", "dept-0", date(2026, 11, 5), "오프라인 회의")
        theirs = Event("saved", "dept-0", date(2026, 11, 6), "받은 일정")

        def use() -> dict[str, Any]:
            month = cache.month("dept-0", NOVEMBER)
            found = cache.search(["dept-3"], "회의 1003")
            cache.put_event(theirs)
            Outbox(cache).record(None, mine)
            return {"month": month, "found": found, "pending": cache.pending_keys()}

        user, used = in_thread(use)
        user.join(GUARD_SECONDS)

        assert not user.is_alive() and check.is_alive()  # done while the check still reads
        result = used[0]
        assert isinstance(result, dict)
        assert result["month"] is not None and len(result["month"].events) > 100
        assert {e.title for e in result["found"]} == {"회의 1003"}
        assert result["pending"] == {("mine", "dept-0")}
        cache.stop_check()
        check.join(GUARD_SECONDS)
        assert checked == [None]  # stopped: no verdict
        shown = cache.month("dept-0", NOVEMBER)
        assert shown is not None and {"mine", "saved"} <= {e.id for e in shown.events}
    finally:
        cache.close()


def test_quitting_during_a_check_does_not_wait_for_it(
    path: Path, slow_check: threading.Event
) -> None:
    big_cache(path, 5_000)
    cache = Cache.open(path, SOURCE)
    check, checked = in_thread(lambda: cache.check_if_due(CHECKED))
    assert slow_check.wait(GUARD_SECONDS)

    closing, _ = in_thread(cache.close)
    closing.join(GUARD_SECONDS)
    check.join(GUARD_SECONDS)

    assert not closing.is_alive() and not check.is_alive()
    assert checked == [None]  # stopped, not a verdict
    with Cache.open(path, SOURCE) as again:
        assert again.check_due(CHECKED + timedelta(minutes=1))  # never found sound: due


def test_the_check_is_skipped_when_a_recent_one_was_clean_and_the_app_closed(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    real = cache_check.check_slice

    def counted(conn: sqlite3.Connection, name: str) -> None:
        read.append(name)
        real(conn, name)

    monkeypatch.setattr(cache_check, "check_slice", counted)
    with Cache.open(path, SOURCE) as cache:
        cache.replace_month(
            "dev", NOVEMBER, [Event("a", "dev", date(2026, 11, 3), "회의")], FETCHED
        )
        assert cache.check_due(CHECKED)  # never checked
        assert cache.check_if_due(CHECKED) is True
    assert "events" in read and "outbox" in read

    read.clear()
    with Cache.open(path, SOURCE) as cache:
        soon = CHECKED + CHECK_EVERY - timedelta(minutes=1)
        assert not cache.check_due(soon)
        assert cache.check_if_due(soon) is None
        assert read == []
        assert cache.check_due(CHECKED + CHECK_EVERY + timedelta(minutes=1))
        assert cache.check_due(CHECKED - timedelta(days=1))  # the clock was set back


def test_the_check_runs_after_a_session_that_did_not_end_cleanly(path: Path) -> None:
    with Cache.open(path, SOURCE) as cache:
        assert cache.check_if_due(CHECKED) is True
    later = CHECKED + timedelta(hours=1)
    crashed = Cache.open(path, SOURCE)
    try:
        assert not crashed.check_due(later)  # checked an hour ago, closed cleanly
        # This session never closes (a crash, a kill): the next start finds it marked running.
        with Cache.open(path, SOURCE) as cache:
            assert cache.check_due(later)
            assert cache.check_if_due(later) is True
            assert not cache.check_due(later + timedelta(minutes=1))  # checked since
    finally:
        crashed.close()


def test_a_damaged_file_found_at_idle_is_replaced_and_keeps_the_changes_not_sent(
    path: Path,
) -> None:
    with Cache.open(path, SOURCE) as cache:
        Outbox(cache).record(None, Event("mine", "dev", date(2026, 11, 4), "보내지 않은 변경"))
        rows = [
            event_row(SOURCE, Event(f"e{i}", "dev", date(2026, 11, 1 + i % 30), "회의 " * 40))
            for i in range(400)
        ]
        cache.transaction(lambda conn: conn.executemany(INSERT_EVENT, rows))
    conn = sqlite3.connect(path)
    leaf = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'events' AND pagetype = 'leaf' LIMIT 1 OFFSET 3"
    ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(leaf - 1) * 4096 : leaf * 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))

    with Cache.open(path, SOURCE) as cache:
        assert cache.check_if_due(CHECKED) is False
        assert list(path.parent.glob("cache.sqlite3.corrupt-*"))
        rescue = cache.take_rescue()
        assert rescue is not None and rescue.saved == 1
        assert [c.event_id for c in Outbox(cache).entries()] == ["mine"]
        assert cache.check_if_due(CHECKED) is True  # the new file is sound


def test_a_check_that_cannot_run_leaves_the_file_alone(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unknown(conn: sqlite3.Connection, name: str) -> None:
        conn.execute("PRAGMA quick_check(no_such_table)").fetchall()  # an SQL error, not damage

    monkeypatch.setattr(cache_check, "check_slice", unknown)
    with Cache.open(path, SOURCE) as cache:
        cache.put_event(Event("a", "dev", date(2026, 11, 3), "회의"))
        assert cache.check_if_due(CHECKED) is None  # no verdict
        assert not list(path.parent.glob("cache.sqlite3.corrupt-*"))
        assert cache.check_due(CHECKED + timedelta(minutes=1))  # not found sound: still due
        assert cache.events_between(["dev"], NOVEMBER, NOVEMBER + timedelta(days=29))
