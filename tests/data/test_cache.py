"""The offline cache: exact round trips, atomic months, sources kept apart, recovery, search."""

from __future__ import annotations

import dataclasses
import logging
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import desktop.data.cache as cache_module
from desktop.data import cache_db, cache_schema
from desktop.data.cache import SCHEMA_VERSION, Cache, CachedMonth, CacheError, sort_events
from desktop.data.outbox import Outbox, event_to_json
from desktop.domain.models import Department, Event, attributes_from_wire, revision_for_written
from desktop.domain.timestamps import now_utc

SOURCE = "ap-northeast-2||departments|events"
OTHER_SOURCE = "ap-northeast-2|http://127.0.0.1:5000|departments|events"
NOVEMBER = date(2026, 11, 1)
DECEMBER = date(2026, 12, 1)
FETCHED = datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=UTC)
LOGGER = "desktop.data.cache"


def full(event: Event) -> tuple[Any, ...]:
    """Every field, the ``compare=False`` ones (revision, legacy_time) included."""
    return tuple(getattr(event, f.name) for f in dataclasses.fields(event))


def event(
    event_id: str,
    day: date,
    title: str = "팀 회의",
    department_id: str = "dev",
    **fields: Any,
) -> Event:
    return Event(event_id, department_id, day, title, **fields)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cache.sqlite3"


@pytest.fixture
def cache(path: Path) -> Iterator[Cache]:
    opened = Cache.open(path, SOURCE)
    yield opened
    opened.close()


def moved_aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.corrupt-*"))


# --- round trips --------------------------------------------------------------------------------


def test_events_come_back_exactly_with_revision_and_legacy_time(cache: Cache) -> None:
    written = datetime(2026, 11, 2, 1, 2, 3, 456000, tzinfo=UTC)
    events = [
        event(
            "a",
            date(2026, 11, 3),
            "주간 회의",
            description="회의실 A\n둘째 줄",
            time="오후 2:00",
            url="https://intra.example.kr/회의",
            created_at=written,
            last_modified=written,
            revision=revision_for_written("2026-11-02T01:02:03.456Z"),
        ),
        # The web app's shapes: microseconds, a number stored as N, the legacy time_val.
        event(
            "b",
            date(2026, 11, 30),
            "점검",
            time="점심 후",
            created_at=datetime(2026, 1, 15, 10, 30, 0, 123456, tzinfo=UTC),
            last_modified=datetime(2026, 1, 15, 10, 30, 0, 123457, tzinfo=UTC),
            revision='{"N": "20260115"}',
            legacy_time=True,
        ),
        # Nothing optional at all.
        event("c", date(2026, 11, 1), "x"),
    ]

    cache.replace_month("dev", NOVEMBER, events, FETCHED)
    cached = cache.month("dev", NOVEMBER)

    assert cached is not None
    assert cached.fetched_at == FETCHED
    assert cached.fetched_at.tzinfo is not None
    assert [full(e) for e in cached.events] == [full(e) for e in sort_events(events)]
    assert cache.events_between(["dev"], NOVEMBER, date(2026, 11, 30)) == sort_events(events)


def test_timestamps_keep_their_offset_and_naive_ones_stay_naive(cache: Cache) -> None:
    seoul = timezone(timedelta(hours=9))
    aware = event("a", date(2026, 11, 3), created_at=datetime(2026, 11, 3, 9, 0, tzinfo=seoul))
    naive = event("b", date(2026, 11, 4), last_modified=datetime(2026, 11, 4, 9, 0, 0, 1))
    cache.replace_month("dev", NOVEMBER, [aware, naive], FETCHED)

    cached = cache.month("dev", NOVEMBER)

    assert cached is not None
    assert [full(e) for e in cached.events] == [full(aware), full(naive)]
    assert cached.events[1].last_modified is not None
    assert cached.events[1].last_modified.tzinfo is None


def test_departments_round_trip_sorted_by_folded_name(cache: Cache) -> None:
    stamp = datetime(2026, 3, 1, 0, 0, 0, 123000, tzinfo=UTC)
    departments = [
        Department("3", "개발팀", "소프트웨어", stamp, stamp),
        Department("2", "design", ""),
        Department("1", "Design", "UX", None, stamp),
        Department("4", "Admin"),
    ]

    assert cache.replace_departments(departments) is True

    assert [d.id for d in cache.departments()] == ["4", "1", "2", "3"]
    assert {d.id: d for d in cache.departments()} == {d.id: d for d in departments}


OTHER_WRITERS = attributes_from_wire(
    {
        "attendees": {"L": [{"S": "김민수"}, {"S": "이지은"}]},
        "color": {"S": "#ff8800"},
        "reminder_minutes": {"N": "15"},
        "thumbnail": {"B": "iVBORw0K"},  # base64 as DynamoDB JSON carries it: bytes in memory
    }
)


def test_attributes_of_other_writers_survive_the_cache_and_a_restart(path: Path) -> None:
    kept = event(
        "a",
        date(2026, 11, 3),
        created_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        revision='{"S": "2026-01-02T03:04:05.000Z"}',
        extra=OTHER_WRITERS,
    )
    department = Department("dev", "개발팀", "", None, None, '{"S": "x"}', OTHER_WRITERS)
    assert kept.extra["thumbnail"] == {"B": b"\x89PNG\r\n"}
    with Cache.open(path, SOURCE) as cache:
        cache.replace_month("dev", NOVEMBER, [kept], FETCHED)
        cache.replace_departments([department])

    with Cache.open(path, SOURCE) as cache:
        cached = cache.month("dev", NOVEMBER)
        assert cached is not None
        [back] = cached.events
        assert full(back) == full(kept)
        assert dict(back.extra) == dict(OTHER_WRITERS)
        [dept] = cache.departments()
        assert (dept.revision, dict(dept.extra)) == ('{"S": "x"}', dict(OTHER_WRITERS))


def test_a_version_3_file_keys_its_waiting_changes_by_the_whole_key(path: Path) -> None:
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.create_function("deptcal_search_text", 2, lambda title, description: "")
    for migration in cache_module.MIGRATIONS[:3]:
        migration(conn)
    conn.execute("PRAGMA user_version = 3")
    # One id in two departments: "a" in dev is being moved to design; "a" in ops is another
    # event that has nothing waiting.
    original = event("a", date(2026, 11, 3), "이동 중", department_id="dev")
    moved = original.with_changes(department_id="design")
    conn.execute(
        "INSERT INTO outbox (source, kind, event_id, original, changed, written_at, queued_at, "
        "state) VALUES (?, 'move', 'a', ?, ?, ?, ?, 'waiting')",
        (
            SOURCE,
            event_to_json(original),
            event_to_json(moved),
            FETCHED.isoformat(),
            FETCHED.isoformat(),
        ),
    )
    conn.execute(
        "INSERT INTO events (source, department_id, id, event_date, title, description, time, "
        "url, legacy_time) VALUES (?, 'ops', 'a', '2026-11-04', '옛 제목', '', '', '', 0)",
        (SOURCE,),
    )
    conn.commit()
    conn.close()

    with Cache.open(path, SOURCE) as cache:
        assert cache.pending_keys() == {("a", "dev"), ("a", "design")}
        [entry] = Outbox(cache).entries()
        assert entry.key == ("a", "design")
        # A fetch of ops brings its "a" up to date: its id being waiting elsewhere does not
        # freeze it.
        fetched = event("a", date(2026, 11, 4), "새 제목", department_id="ops")
        cache.replace_month("ops", NOVEMBER, [fetched], FETCHED)
        cached = cache.month("ops", NOVEMBER)
        assert cached is not None and [e.title for e in cached.events] == ["새 제목"]


def test_months_are_sorted_like_event_sort_key(cache: Cache) -> None:
    day = date(2026, 11, 5)
    times = [
        "오후 10:00",
        "오후 2:00",
        "14:00",
        "9:30 AM",
        "",
        "종일",
        "점심 후",
        "오전 9:30",
        "1:00",
    ]
    events = [
        event(f"e{i}", day + timedelta(days=i % 2), f"title {i % 3}", time=t)
        for i, t in enumerate(times * 2)
    ]
    cache.replace_month("dev", NOVEMBER, events, FETCHED)

    cached = cache.month("dev", NOVEMBER)

    assert cached is not None
    assert cached.events == sorted(events, key=Event.sort_key)
    assert sort_events(reversed(events)) == sorted(events, key=Event.sort_key)


# --- months -------------------------------------------------------------------------------------


def test_replacing_a_month_drops_deleted_events_and_adds_new_ones(cache: Cache) -> None:
    october = event("oct", date(2026, 10, 31))
    december = event("dec", date(2026, 12, 1))
    other_department = event("design", date(2026, 11, 10), department_id="design")
    cache.replace_month("dev", date(2026, 10, 1), [october], FETCHED)
    cache.replace_month("dev", DECEMBER, [december], FETCHED)
    cache.replace_month("design", NOVEMBER, [other_department], FETCHED)
    kept = event("kept", date(2026, 11, 3))
    deleted = event("deleted", date(2026, 11, 4))
    cache.replace_month("dev", NOVEMBER, [kept, deleted], FETCHED)

    changed = kept.with_changes(title="바뀐 제목", event_date=date(2026, 11, 20))
    added = event("added", date(2026, 11, 30))
    later = FETCHED + timedelta(hours=1)
    cache.replace_month("dev", date(2026, 11, 17), [changed, added], later)

    cached = cache.month("dev", NOVEMBER)
    assert cached == CachedMonth([changed, added], later)
    assert cached.events[0].title == "바뀐 제목"
    # Neighbouring months and other departments are untouched.
    assert cache.month("dev", date(2026, 10, 1)) == CachedMonth([october], FETCHED)
    assert cache.month("dev", DECEMBER) == CachedMonth([december], FETCHED)
    assert cache.month("design", NOVEMBER) == CachedMonth([other_department], FETCHED)


def test_a_failure_inside_the_replace_leaves_the_old_month(
    cache: Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = [event("a", date(2026, 11, 3)), event("b", date(2026, 11, 4))]
    cache.replace_month("dev", NOVEMBER, old, FETCHED)
    # The DELETE of the old month runs, then inserting the new events fails.
    monkeypatch.setattr(
        cache_module,
        "insert_events",
        lambda conn, rows: conn.execute("INSERT INTO no_such_table VALUES (1)"),
    )

    with pytest.raises(CacheError):
        cache.replace_month("dev", NOVEMBER, [event("c", date(2026, 11, 5))], now_utc())

    assert cache.month("dev", NOVEMBER) == CachedMonth(old, FETCHED)
    monkeypatch.undo()
    cache.replace_month("dev", NOVEMBER, [], FETCHED)  # the connection is still usable
    assert cache.month("dev", NOVEMBER) == CachedMonth([], FETCHED)


def test_events_outside_the_month_or_department_are_refused(cache: Cache) -> None:
    cache.replace_month("dev", NOVEMBER, [event("a", date(2026, 11, 3))], FETCHED)

    with pytest.raises(ValueError, match="outside"):
        cache.replace_month("dev", NOVEMBER, [event("b", date(2026, 12, 1))], FETCHED)
    with pytest.raises(ValueError, match="outside"):
        cache.replace_month(
            "dev", NOVEMBER, [event("c", date(2026, 11, 3), department_id="design")], FETCHED
        )

    assert cache.month("dev", NOVEMBER) == CachedMonth([event("a", date(2026, 11, 3))], FETCHED)


def test_a_month_never_fetched_differs_from_an_empty_month(cache: Cache) -> None:
    assert cache.month("dev", NOVEMBER) is None
    assert cache.fetched_months("dev") == []

    cache.replace_month("dev", date(2026, 11, 15), [], FETCHED)

    assert cache.month("dev", NOVEMBER) == CachedMonth([], FETCHED)
    assert cache.month("dev", date(2026, 11, 30)) == CachedMonth([], FETCHED)
    assert cache.month("dev", DECEMBER) is None
    assert cache.month("design", NOVEMBER) is None
    assert cache.fetched_months("dev") == [NOVEMBER]


def test_a_month_can_be_emptied(cache: Cache) -> None:
    cache.replace_month("dev", NOVEMBER, [event("a", date(2026, 11, 3))], FETCHED)

    cache.replace_month("dev", NOVEMBER, [], FETCHED + timedelta(minutes=5))

    assert cache.month("dev", NOVEMBER) == CachedMonth([], FETCHED + timedelta(minutes=5))
    assert cache.events_between(["dev"], NOVEMBER, date(2026, 11, 30)) == []


def test_fetched_months_and_last_fetched(cache: Cache) -> None:
    assert cache.last_fetched() is None
    cache.replace_month("dev", DECEMBER, [], FETCHED)
    cache.replace_month("dev", NOVEMBER, [], FETCHED + timedelta(hours=2))
    cache.replace_month("design", NOVEMBER, [], FETCHED - timedelta(days=1))
    # A naive fetch time is UTC; an offset is converted.
    seoul = timezone(timedelta(hours=9))
    cache.replace_month("design", DECEMBER, [], datetime(2026, 11, 20, 20, 0, tzinfo=seoul))

    assert cache.fetched_months("dev") == [NOVEMBER, DECEMBER]
    assert cache.last_fetched() == FETCHED + timedelta(hours=2)
    cache.replace_month("hr", NOVEMBER, [], datetime(2026, 11, 21, 0, 0))
    assert cache.last_fetched() == datetime(2026, 11, 21, tzinfo=UTC)
    assert cache.month("design", DECEMBER) == CachedMonth(
        [], datetime(2026, 11, 20, 11, 0, tzinfo=UTC)
    )


# --- the user's own writes ----------------------------------------------------------------------


def test_put_and_remove_show_at_once(cache: Cache) -> None:
    first = event("a", date(2026, 11, 3))
    cache.replace_month("dev", NOVEMBER, [first], FETCHED)

    created = event("b", date(2026, 11, 4), "새 일정", revision=revision_for_written("x"))
    cache.put_event(created)
    edited = first.with_changes(title="고친 제목", event_date=date(2026, 11, 9), legacy_time=False)
    cache.put_event(edited)

    cached = cache.month("dev", NOVEMBER)
    assert cached is not None
    assert [full(e) for e in cached.events] == [full(created), full(edited)]
    assert cached.fetched_at == FETCHED  # a put is not a fetch

    cache.remove_event("b", "dev")
    cache.remove_event("b", "dev")  # already gone: nothing happens
    cache.remove_event("a", "design")  # another department's key: nothing happens
    assert cache.month("dev", NOVEMBER) == CachedMonth([edited], FETCHED)


def test_a_put_into_a_month_never_fetched_does_not_mark_it_fetched(cache: Cache) -> None:
    created = event("a", date(2027, 1, 3))

    cache.put_event(created)

    assert cache.month("dev", date(2027, 1, 1)) is None
    assert cache.fetched_months("dev") == []
    assert cache.last_fetched() is None
    assert cache.events_between(["dev"], date(2027, 1, 1), date(2027, 1, 31)) == [created]
    assert cache.search(["dev"], "팀") == [created]


def test_a_move_is_a_put_and_a_remove(cache: Cache) -> None:
    original = event("a", date(2026, 11, 3))
    cache.replace_month("dev", NOVEMBER, [original], FETCHED)
    cache.replace_month("design", NOVEMBER, [], FETCHED)

    moved = original.with_changes(department_id="design")
    cache.put_event(moved)
    cache.remove_event(original.id, original.department_id)

    assert cache.month("dev", NOVEMBER) == CachedMonth([], FETCHED)
    assert cache.month("design", NOVEMBER) == CachedMonth([moved], FETCHED)


def test_events_between_spans_months_and_departments(cache: Cache) -> None:
    a = event("a", date(2026, 11, 30))
    b = event("b", date(2026, 12, 1), department_id="design")
    c = event("c", date(2026, 12, 2), department_id="hr")
    d = event("d", date(2026, 12, 3))
    cache.replace_month("dev", NOVEMBER, [a], FETCHED)
    cache.replace_month("design", DECEMBER, [b], FETCHED)
    cache.replace_month("hr", DECEMBER, [c], FETCHED)
    cache.replace_month("dev", DECEMBER, [d], FETCHED)

    assert cache.events_between(["dev", "design"], date(2026, 11, 30), date(2026, 12, 2)) == [a, b]
    assert cache.events_between([], NOVEMBER, DECEMBER) == []
    assert cache.events_between(["dev"], DECEMBER, NOVEMBER) == []


# --- sources ------------------------------------------------------------------------------------


def test_sources_never_see_each_other(path: Path, cache: Cache) -> None:
    cache.replace_departments([Department("dev", "개발팀")])
    cache.replace_month("dev", NOVEMBER, [event("a", date(2026, 11, 3))], FETCHED)

    other = cache.for_source(OTHER_SOURCE)
    assert other.departments() == []
    assert other.month("dev", NOVEMBER) is None
    assert other.events_between(["dev"], NOVEMBER, DECEMBER) == []
    assert other.search(["dev"], "회의") == []
    assert other.last_fetched() is None
    assert other.fetched_months("dev") == []

    other.replace_departments([Department("dev", "다른 표의 개발팀")])
    other.replace_month("dev", NOVEMBER, [], FETCHED + timedelta(days=1))
    other.put_event(event("b", date(2026, 11, 4)))
    other.remove_event("a", "dev")

    assert [d.name for d in cache.departments()] == ["개발팀"]
    assert cache.month("dev", NOVEMBER) == CachedMonth([event("a", date(2026, 11, 3))], FETCHED)
    assert cache.last_fetched() == FETCHED

    # Reopened by another instance of the class (as after a restart), still apart.
    separate = Cache(path, OTHER_SOURCE)
    try:
        assert separate.month("dev", NOVEMBER) == CachedMonth(
            [event("b", date(2026, 11, 4))], FETCHED + timedelta(days=1)
        )
    finally:
        separate.close()


def test_the_cache_survives_a_restart(path: Path) -> None:
    first = Cache.open(path, SOURCE)
    first.replace_departments([Department("dev", "개발팀")])
    first.replace_month("dev", NOVEMBER, [event("a", date(2026, 11, 3))], FETCHED)
    first.close()
    first.close()  # closing twice is fine

    with pytest.raises(CacheError):
        first.month("dev", NOVEMBER)
    with Cache.open(path, SOURCE) as again:
        assert again.departments() == [Department("dev", "개발팀")]
        assert again.month("dev", NOVEMBER) == CachedMonth([event("a", date(2026, 11, 3))], FETCHED)


def test_the_file_is_wal_with_the_current_schema(path: Path, cache: Cache) -> None:
    assert path.is_file()
    assert cache.persistent
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert conn.execute("PRAGMA application_id").fetchone() == (cache_module.APPLICATION_ID,)
    conn.close()


# --- the department guard ----------------------------------------------------------------------


def test_an_empty_department_list_does_not_wipe_the_cache(
    cache: Cache, caplog: pytest.LogCaptureFixture
) -> None:
    assert cache.replace_departments([]) is True  # nothing cached: nothing to protect
    departments = [Department("dev", "개발팀"), Department("design", "디자인팀")]
    cache.replace_departments(departments)

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert cache.replace_departments([]) is False

    assert cache.departments() == sorted(departments, key=lambda d: d.name.casefold())
    assert any(r.levelno == logging.WARNING for r in caplog.records)


def test_replacing_departments_drops_the_missing_ones(cache: Cache) -> None:
    cache.replace_departments([Department("dev", "개발팀"), Department("design", "디자인팀")])

    assert cache.replace_departments([Department("dev", "개발 1팀")]) is True

    assert cache.departments() == [Department("dev", "개발 1팀")]


# --- search -------------------------------------------------------------------------------------


@pytest.fixture
def searchable(cache: Cache) -> Cache:
    cache.replace_month(
        "dev",
        NOVEMBER,
        [
            event("k1", date(2026, 11, 3), "주간 회의", time="오후 2:00"),
            event("k2", date(2026, 11, 3), "점심", description="주간 보고 후 점심", time="12:00"),
            event("e1", date(2026, 11, 2), "Weekly SYNC"),
            event("p1", date(2026, 11, 5), "목표 100% 달성"),
            event("p2", date(2026, 11, 6), "목표 100 달성"),
            event("u1", date(2026, 11, 7), "file_name 정리"),
            event("u2", date(2026, 11, 8), "filename 정리"),
            event("w1", date(2026, 11, 9), "ＡＢＣ 워크숍"),
        ],
        FETCHED,
    )
    cache.replace_month(
        "design", NOVEMBER, [event("d1", date(2026, 11, 1), "주간 디자인", "design")], FETCHED
    )
    return cache


def ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


def test_search_finds_korean_substrings_in_title_and_description(searchable: Cache) -> None:
    # Same day: by time, 12:00 before 오후 2:00.
    assert ids(searchable.search(["dev"], "주간")) == ["k2", "k1"]
    assert ids(searchable.search(["dev"], "보고 후")) == ["k2"]
    assert ids(searchable.search(["dev", "design"], "주간")) == ["d1", "k2", "k1"]
    assert ids(searchable.search(["design"], "주간")) == ["d1"]
    assert searchable.search([], "주간") == []


def test_search_ignores_case_and_width(searchable: Cache) -> None:
    assert ids(searchable.search(["dev"], "weekly sync")) == ["e1"]
    assert ids(searchable.search(["dev"], "WEEKLY")) == ["e1"]
    assert ids(searchable.search(["dev"], "abc")) == ["w1"]  # full-width ＡＢＣ


def test_search_treats_percent_and_underscore_literally(searchable: Cache) -> None:
    assert ids(searchable.search(["dev"], "100%")) == ["p1"]
    assert ids(searchable.search(["dev"], "%")) == ["p1"]
    assert ids(searchable.search(["dev"], "file_name")) == ["u1"]
    assert ids(searchable.search(["dev"], "_")) == ["u1"]


def test_search_of_blank_text_finds_nothing(searchable: Cache) -> None:
    assert searchable.search(["dev"], "") == []
    assert searchable.search(["dev"], "   ") == []
    assert searchable.search(["dev"], "없는 말") == []


def test_search_does_not_match_across_title_and_description(cache: Cache) -> None:
    cache.put_event(event("a", date(2026, 11, 3), "회의", description="실 A"))

    assert cache.search(["dev"], "회의실") == []
    assert ids(cache.search(["dev"], "실 a")) == ["a"]


def test_search_keeps_the_earliest_events_up_to_the_limit(cache: Cache) -> None:
    day = date(2026, 11, 3)
    cache.replace_month(
        "dev",
        NOVEMBER,
        [
            event("late", day, "회의", time="오후 3:00"),
            event("early", day, "회의", time="오전 9:00"),
            event("noon", day, "회의", time="12:00"),
            event("next", day + timedelta(days=1), "회의", time="오전 8:00"),
            event("before", day - timedelta(days=1), "회의", time="오후 11:00"),
        ],
        FETCHED,
    )

    assert ids(cache.search(["dev"], "회의", limit=3)) == ["before", "early", "noon"]
    assert len(cache.search(["dev"], "회의")) == 5
    assert cache.search(["dev"], "회의", limit=0) == []


def test_search_sees_every_cached_month(cache: Cache) -> None:
    for month in (date(2025, 1, 1), NOVEMBER, date(2027, 6, 1)):
        cache.replace_month("dev", month, [event(f"m{month:%Y%m}", month, "워크숍")], FETCHED)

    assert ids(cache.search(["dev"], "워크숍")) == ["m202501", "m202611", "m202706"]


# --- migration ----------------------------------------------------------------------------------

_V1_SCHEMA = """
PRAGMA application_id = 1685087073;
CREATE TABLE departments (
    source TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL,
    created_at TEXT, updated_at TEXT, PRIMARY KEY (source, id)
) WITHOUT ROWID;
CREATE TABLE events (
    source TEXT NOT NULL, department_id TEXT NOT NULL, id TEXT NOT NULL,
    event_date TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,
    time TEXT NOT NULL, url TEXT NOT NULL, created_at TEXT, last_modified TEXT,
    revision TEXT, legacy_time INTEGER NOT NULL,
    PRIMARY KEY (source, department_id, id)
);
CREATE INDEX events_by_date ON events (source, department_id, event_date);
CREATE TABLE fetched_months (
    source TEXT NOT NULL, department_id TEXT NOT NULL, month TEXT NOT NULL,
    fetched_at TEXT NOT NULL, PRIMARY KEY (source, department_id, month)
) WITHOUT ROWID;
PRAGMA user_version = 1;
"""


def test_a_version_1_file_is_migrated_with_its_data(path: Path) -> None:
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.executescript(_V1_SCHEMA)
    conn.execute("INSERT INTO departments VALUES (?, 'dev', '개발팀', '', NULL, NULL)", (SOURCE,))
    conn.execute(
        "INSERT INTO events VALUES (?, 'dev', 'a', '2026-11-03', 'Weekly 회의', '회의실 A', "
        "'오후 2:00', 'https://x.kr', '2026-11-01T00:00:00+00:00', "
        "'2026-11-02T00:00:00.123000+00:00', '{\"S\": \"2026-11-02T00:00:00.123Z\"}', 1)",
        (SOURCE,),
    )
    conn.execute(
        "INSERT INTO fetched_months VALUES (?, 'dev', '2026-11-01', ?)",
        (SOURCE, "2026-11-20T09:30:15.123456+00:00"),
    )
    conn.commit()
    conn.close()

    with Cache.open(path, SOURCE) as cache:
        expected = event(
            "a",
            date(2026, 11, 3),
            "Weekly 회의",
            description="회의실 A",
            time="오후 2:00",
            url="https://x.kr",
            created_at=datetime(2026, 11, 1, tzinfo=UTC),
            last_modified=datetime(2026, 11, 2, 0, 0, 0, 123000, tzinfo=UTC),
            revision='{"S": "2026-11-02T00:00:00.123Z"}',
            legacy_time=True,
        )
        cached = cache.month("dev", NOVEMBER)
        assert cached is not None
        assert [full(e) for e in cached.events] == [full(expected)]
        assert cached.fetched_at == FETCHED
        assert cache.departments() == [Department("dev", "개발팀")]
        # The new column was filled for the rows already there.
        assert cache.search(["dev"], "WEEKLY") == [expected]
        assert cache.search(["dev"], "회의실") == [expected]
        assert not moved_aside(path)

    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    check.close()


def test_a_failed_migration_is_rolled_back_and_the_file_rebuilt(
    path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.executescript(_V1_SCHEMA)
    conn.close()

    first, second, *later = cache_module.MIGRATIONS
    calls = 0

    def broken_once(conn: sqlite3.Connection) -> None:
        nonlocal calls
        calls += 1
        second(conn)
        if calls == 1:
            conn.execute("SELECT * FROM no_such_table")

    monkeypatch.setattr(cache_schema, "MIGRATIONS", (first, broken_once, *later))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        cache = Cache.open(path, SOURCE)
    cache.close()

    # The half-migrated file was left at version 1, then moved aside; the new one is current.
    [aside] = moved_aside(path)
    with sqlite3.connect(aside) as old:
        assert old.execute("PRAGMA user_version").fetchone() == (1,)
        columns = [row[1] for row in old.execute("PRAGMA table_info(events)")]
        assert "search_text" not in columns
    old.close()
    assert "no_such_table" in caplog.text


# --- unusable files -----------------------------------------------------------------------------


def assert_rebuilt(path: Path, caplog: pytest.LogCaptureFixture, cache: Cache) -> None:
    assert len(moved_aside(path)) == 1
    warnings = [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING]
    assert warnings, caplog.text
    assert "moved it aside" in warnings[0].getMessage()
    assert cache.persistent
    assert cache.month("dev", NOVEMBER) is None
    cache.replace_month("dev", NOVEMBER, [event("a", date(2026, 11, 3))], FETCHED)
    assert cache.month("dev", NOVEMBER) == CachedMonth([event("a", date(2026, 11, 3))], FETCHED)


def test_a_file_of_garbage_is_moved_aside(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path.parent.mkdir(parents=True)
    garbage = b"this is not a database \x00\xff" * 300
    path.write_bytes(garbage)
    path.with_name(path.name + "-wal").write_bytes(b"\x00garbage wal")

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        cache = Cache.open(path, SOURCE)
    try:
        assert_rebuilt(path, caplog, cache)
        [aside] = moved_aside(path)
        assert aside.read_bytes() == garbage
        # SQLite itself deletes the stray -wal when it gives up on the file; either way the
        # new cache never reads it.
        wal = path.with_name(path.name + "-wal")
        assert not wal.exists() or wal.read_bytes() != b"\x00garbage wal"
    finally:
        cache.close()


def test_a_truncated_file_is_moved_aside(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with Cache.open(path, SOURCE) as cache:
        events = [event(f"e{i}", date(2026, 11, 1 + i % 30), "회의 " * 40) for i in range(400)]
        cache.replace_month("dev", NOVEMBER, events, FETCHED)
    data = path.read_bytes()
    assert len(data) > 8 * 4096
    path.write_bytes(data[: len(data) // 2])

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        cache = Cache.open(path, SOURCE)
    try:
        assert_rebuilt(path, caplog, cache)
    finally:
        cache.close()


@pytest.mark.parametrize("size", [0, 50, 100, 4096])
def test_a_file_cut_short_at_its_start_is_handled(
    path: Path, size: int, caplog: pytest.LogCaptureFixture
) -> None:
    with Cache.open(path, SOURCE) as cache:
        cache.replace_month("dev", NOVEMBER, [event("x", date(2026, 11, 3))], FETCHED)
    path.write_bytes(path.read_bytes()[:size])

    with caplog.at_level(logging.WARNING, logger=LOGGER), Cache.open(path, SOURCE) as cache:
        if size == 0:
            # An empty file is a new database: nothing to move aside.
            assert not moved_aside(path)
            assert cache.month("dev", NOVEMBER) is None
        else:
            assert_rebuilt(path, caplog, cache)


def test_a_file_from_a_newer_version_is_left_alone_with_its_changes(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from desktop.data.outbox import Outbox

    with Cache.open(path, SOURCE) as cache:
        cache.replace_month("dev", NOVEMBER, [event("a", date(2026, 11, 3))], FETCHED)
        Outbox(cache).record(None, event("mine", date(2026, 11, 4), "보내지 않은 변경"))
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        cache = Cache.open(path, SOURCE)
    try:
        assert "newer" in caplog.text
        assert not moved_aside(path)  # a downgrade never moves the newer version's file aside
        assert path.read_bytes() == before
        assert not cache.persistent
        assert cache.problem == cache_module.NEWER_FILE
        assert cache.month("dev", NOVEMBER) is None  # this session's cache is in memory
    finally:
        cache.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT event_id FROM outbox").fetchall() == [("mine",)]
    conn.close()


@pytest.mark.parametrize(
    "script",
    [
        "CREATE TABLE notes (body TEXT)",  # another program's database, version 0
        "PRAGMA application_id = 7; CREATE TABLE notes (body TEXT)",
        # The right version without the columns this code reads.
        f"CREATE TABLE departments (x); CREATE TABLE events (x); CREATE TABLE fetched_months (x);"
        f" PRAGMA user_version = {SCHEMA_VERSION}",
    ],
)
def test_a_database_with_a_foreign_schema_is_moved_aside(
    path: Path, script: str, caplog: pytest.LogCaptureFixture
) -> None:
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.close()

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        cache = Cache.open(path, SOURCE)
    try:
        assert_rebuilt(path, caplog, cache)
    finally:
        cache.close()


def test_corruption_found_while_running_rebuilds_and_retries(
    cache: Cache, path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache.replace_month("dev", NOVEMBER, [event("a", date(2026, 11, 3))], FETCHED)
    calls = 0

    def corrupt_once(conn: sqlite3.Connection) -> int:
        nonlocal calls
        calls += 1
        if calls == 1:
            error = sqlite3.DatabaseError("database disk image is malformed")
            error.sqlite_errorcode = 11  # SQLITE_CORRUPT
            raise error
        return len(conn.execute("SELECT * FROM events").fetchall())

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert cache._db.run(corrupt_once) == 0

    assert calls == 2
    assert len(moved_aside(path)) == 1
    assert cache.month("dev", NOVEMBER) is None
    cache.put_event(event("b", date(2026, 11, 4)))
    assert cache.events_between(["dev"], NOVEMBER, DECEMBER) == [event("b", date(2026, 11, 4))]


def test_a_place_that_cannot_hold_a_file_gives_a_cache_in_memory(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        cache = Cache.open(blocker / "cache.sqlite3", SOURCE)
    try:
        assert not cache.persistent
        assert "in memory" in caplog.text
        cache.replace_month("dev", NOVEMBER, [event("a", date(2026, 11, 3))], FETCHED)
        assert cache.month("dev", NOVEMBER) == CachedMonth([event("a", date(2026, 11, 3))], FETCHED)
    finally:
        cache.close()
    assert blocker.read_text() == "a file where the folder should be"


def test_a_file_locked_by_another_program_gives_a_cache_in_memory(
    path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with Cache.open(path, SOURCE) as cache:
        cache.replace_month("dev", NOVEMBER, [event("a", date(2026, 11, 3))], FETCHED)
    monkeypatch.setattr(cache_db, "BUSY_TIMEOUT_SECONDS", 0.1)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")  # leave WAL, so that a lock excludes readers
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with caplog.at_level(logging.WARNING, logger=LOGGER), Cache.open(path, SOURCE) as cache:
            assert not cache.persistent
            assert "locked" in caplog.text
            assert cache.month("dev", NOVEMBER) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not moved_aside(path)  # a busy file is somebody's, not broken
    with Cache.open(path, SOURCE) as cache:
        assert cache.persistent
        assert cache.month("dev", NOVEMBER) == CachedMonth([event("a", date(2026, 11, 3))], FETCHED)


# --- threads and size ---------------------------------------------------------------------------


def test_copies_of_the_app_opening_a_new_file_at_once_all_succeed(path: Path) -> None:
    copies = 4
    start = threading.Barrier(copies)
    opened: list[Cache] = []
    errors: list[BaseException] = []

    def open_one() -> None:
        try:
            start.wait(timeout=10)
            opened.append(Cache.open(path, SOURCE))  # each its own connection
        except BaseException as exc:
            errors.append(exc)

    workers = [threading.Thread(target=open_one) for _ in range(copies)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)
    try:
        assert not errors, errors
        assert len(opened) == copies
        assert all(cache.persistent for cache in opened)
        assert not moved_aside(path)
        opened[0].replace_month("dev", NOVEMBER, [], FETCHED)
        assert opened[-1].month("dev", NOVEMBER) == CachedMonth([], FETCHED)
    finally:
        for cache in opened:
            cache.close()


def test_threads_writing_and_reading_months_stay_consistent(cache: Cache) -> None:
    threads = 4
    rounds = 40
    per_set = 25
    start = threading.Barrier(threads)
    errors: list[BaseException] = []

    def work(number: int) -> None:
        try:
            start.wait(timeout=10)
            mine = [
                event(f"t{number}-{i}", date(2026, 11, 1 + i), f"스레드 {number}", "shared")
                for i in range(per_set)
            ]
            for round_ in range(rounds):
                # Everybody replaces the shared month; each read sees one whole set.
                cache.replace_month("shared", NOVEMBER, mine, FETCHED + timedelta(seconds=round_))
                seen = cache.month("shared", NOVEMBER)
                assert seen is not None
                owners = {e.title for e in seen.events}
                assert len(owners) == 1 and len(seen.events) == per_set, owners
                # And each thread's own department and month, with puts between.
                month = date(2027, 1 + number, 1)
                cache.put_event(event(f"p{round_}", month, department_id=f"own{number}"))
                cache.replace_month(f"own{number}", month, mine[:0], FETCHED)
                assert cache.month(f"own{number}", month) == CachedMonth([], FETCHED)
                assert cache.search([f"own{number}"], "팀") == []
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    workers = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)

    assert not errors, errors
    assert all(not worker.is_alive() for worker in workers)
    final = cache.month("shared", NOVEMBER)
    assert final is not None and len(final.events) == per_set


def test_a_month_of_3000_events_is_replaced_and_read_quickly(cache: Cache) -> None:
    times = ["오후 2:00", "14:00", "점심 후", "", "9:30 AM"]
    stamp = datetime(2026, 11, 1, 0, 0, 0, 123000, tzinfo=UTC)
    events = [
        event(
            f"id-{i:05d}",
            date(2026, 11, 1 + i % 30),
            f"회의 {i}",
            description="설명 " * 20,
            time=times[i % len(times)],
            url="https://intra.example.kr",
            created_at=stamp,
            last_modified=stamp,
            revision=revision_for_written("2026-11-01T00:00:00.123Z"),
        )
        for i in range(3000)
    ]

    replace_times, read_times = [], []
    for _ in range(3):  # the best of three: a busy machine may pause any single run
        began = time.perf_counter()
        cache.replace_month("dev", NOVEMBER, events, FETCHED)
        replaced = time.perf_counter()
        cached = cache.month("dev", NOVEMBER)
        read = time.perf_counter()
        replace_times.append(replaced - began)
        read_times.append(read - replaced)

    assert cached is not None
    assert cached.events == sorted(events, key=Event.sort_key)
    # Generous bounds (measured: about 20 ms and 13 ms); a transaction per row or a query per
    # event would take far longer.
    assert min(replace_times) < 0.25
    assert min(read_times) < 0.25


def test_damage_inside_the_file_is_found_by_the_check_after_start_up(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with Cache.open(path, SOURCE) as cache:
        events = [event(f"e{i}", date(2026, 11, 1 + i % 30), "회의 " * 40) for i in range(400)]
        cache.replace_month("dev", NOVEMBER, events, FETCHED)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[5 * page : 7 * page] = b"\xff" * (2 * page)  # two pages of events, the header intact
    path.write_bytes(bytes(data))

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        cache = Cache.open(path, SOURCE)  # opening reads only the schema: it succeeds
        try:
            assert not moved_aside(path)
            assert cache.check() is False
            assert_rebuilt(path, caplog, cache)
            assert cache.check() is True  # the new file is sound
        finally:
            cache.close()


# --- changes not sent survive a damaged file, other spellings, other users ---------------------


def outbox_file(path: Path, count: int) -> list[str]:
    """A cache file whose outbox holds ``count`` changes (long titles: many pages)."""
    from desktop.data.outbox import Outbox

    ids = [f"change-{i:03}" for i in range(count)]
    with Cache.open(path, SOURCE) as cache:
        outbox = Outbox(cache)
        for i, event_id in enumerate(ids):
            outbox.record(None, event(event_id, date(2026, 11, 1 + i % 30), f"변경 {i} " * 30))
    return ids


def damage_page(path: Path, page_number: int) -> None:
    page = 4096
    data = bytearray(path.read_bytes())
    start = (page_number - 1) * page
    data[start : start + page] = b"\xff" * page
    path.write_bytes(bytes(data))


def root_page(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        )
    finally:
        conn.close()


def test_a_damaged_index_page_keeps_every_change_not_sent(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from desktop.data.outbox import Outbox

    ids = outbox_file(path, 40)
    damage_page(path, root_page(path, "outbox_by_event"))

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        cache = Cache.open(path, SOURCE)
        try:
            assert cache.check() is False  # moved aside and rebuilt
            assert len(moved_aside(path)) == 1
            assert cache.take_rescue() == cache_module.Rescue(saved=40, lost=0)
            assert cache.take_rescue() is None  # told once
            assert [c.event_id for c in Outbox(cache).entries()] == ids
            # The calendar shows them again, marked as not sent.
            assert {key[0] for key in cache.pending_keys()} == set(ids)
            shown = cache.events_between(["dev"], NOVEMBER, DECEMBER)
            assert {e.id for e in shown} == set(ids)
            assert cache.check() is True
        finally:
            cache.close()


def test_a_damaged_table_page_keeps_the_readable_changes_and_counts_the_lost(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from desktop.data.outbox import Outbox

    ids = outbox_file(path, 60)
    conn = sqlite3.connect(path)
    leaves = [
        row[0]
        for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'outbox' AND pagetype = 'leaf' ORDER BY pageno"
        )
    ]
    conn.close()
    assert len(leaves) > 3
    damage_page(path, leaves[1])

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        cache = Cache.open(path, SOURCE)
        try:
            assert cache.check() is False
            rescue = cache.take_rescue()
            assert rescue is not None and rescue.lost is not None
            assert 0 < rescue.saved < 60 and rescue.saved + rescue.lost == 60
            kept = [c.event_id for c in Outbox(cache).entries()]
            assert len(kept) == rescue.saved and kept == [i for i in ids if i in kept]
            assert kept[0] == ids[0] and kept[-1] == ids[-1]  # found beyond the damaged page
        finally:
            cache.close()


def test_changes_kept_under_an_endpoint_spelled_otherwise_are_found(tmp_path: Path) -> None:
    from desktop.data.config import ConnectionSettings
    from desktop.data.outbox import Outbox

    path = tmp_path / "cache.sqlite3"
    old_key = "ap-northeast-2|HTTP://LocalHost:8000/|departments|events"  # as saved before
    with Cache.open(path, old_key) as cache:
        cache.replace_month("dev", NOVEMBER, [event("a", date(2026, 11, 3))], FETCHED)
        Outbox(cache).record(None, event("mine", date(2026, 11, 4), "보내지 않은 변경"))

    for written in ("http://localhost:8000", "http://localhost:8000/", "http://LOCALHOST:8000//"):
        key = ConnectionSettings(endpoint_url=written).source_key()
        assert key == "ap-northeast-2|http://localhost:8000|departments|events"
        with Cache.open(path, key) as cache:
            cache.check()  # the service's first step once start-up has painted
            assert [c.event_id for c in Outbox(cache).entries()] == ["mine"]
            assert cache.pending_keys() == {("mine", "dev")}
            cached = cache.month("dev", NOVEMBER)
            assert cached is not None and {e.id for e in cached.events} == {"a", "mine"}
    assert ConnectionSettings(endpoint_url="https://x.example:443/").source_key() == (
        ConnectionSettings(endpoint_url="https://X.example").source_key()
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_cache_is_readable_by_its_user_only(path: Path) -> None:
    path.parent.mkdir(parents=True)
    os.chmod(path.parent, 0o755)
    with Cache.open(path, SOURCE) as cache:
        cache.put_event(event("a", date(2026, 11, 3)))
        files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
        assert all(f.exists() for f in files)
        assert {oct(f.stat().st_mode & 0o777) for f in files} == {"0o600"}
        assert oct(path.parent.stat().st_mode & 0o777) == "0o700"
    os.chmod(path, 0o644)  # a file made by an earlier version
    with Cache.open(path, SOURCE):
        assert oct(path.stat().st_mode & 0o777) == "0o600"
