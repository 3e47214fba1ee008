"""Search of the offline cache through its index: Korean words of two syllables, one
character, words ANDed, pages, a superseded search stopped, the index kept in step with every
write, and a file from before the index indexed in slices while search keeps working."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.data import cache_search
from desktop.data.cache import Cache
from desktop.data.cache_schema import MIGRATIONS, search_grams
from desktop.data.outbox import Outbox
from desktop.domain.models import Event

SOURCE = "ap-northeast-2||departments|events"
NOVEMBER = date(2026, 11, 1)
DECEMBER = date(2026, 12, 1)
FETCHED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def event(event_id: str, day: date, title: str, department_id: str = "dev", **fields: str) -> Event:
    return Event(event_id, department_id, day, title, **fields)


def ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cache.sqlite3"


@pytest.fixture
def cache(path: Path) -> Iterator[Cache]:
    opened = Cache.open(path, SOURCE)
    yield opened
    opened.close()


def index_in_step(path: Path) -> bool:
    """The index holds exactly one row per event that has tokens, under that event's key."""
    conn = sqlite3.connect(path)
    try:
        indexed = {row[0] for row in conn.execute("SELECT rowid FROM events_fts('owner : d*')")}
        expected = {
            row[0]
            for row in conn.execute(
                "SELECT (CAST(julianday(event_date) AS INTEGER) << 40) | rowid FROM events "
                "WHERE search_grams <> ''"
            )
        }
        return indexed == expected and bool(expected)
    finally:
        conn.close()


@pytest.fixture
def office(cache: Cache) -> Cache:
    cache.replace_month(
        "dev",
        NOVEMBER,
        [
            event("meeting", date(2026, 11, 2), "주간회의", time="오전 9:00"),
            event("report", date(2026, 11, 3), "월간 보고", description="보고서 제출"),
            event("trip", date(2026, 11, 4), "부산 출장"),
            event("room", date(2026, 11, 5), "A팀 회의록 정리"),
            event("mixed", date(2026, 11, 6), "Weekly회의 with 디자인팀"),
            event("tea", date(2026, 11, 7), "차"),
            event("split", date(2026, 11, 8), "회 의"),
        ],
        FETCHED,
    )
    return cache


def test_two_syllable_korean_words_are_found(office: Cache) -> None:
    assert ids(office.search(["dev"], "회의")) == ["meeting", "room", "mixed"]
    assert ids(office.search(["dev"], "보고")) == ["report"]
    assert ids(office.search(["dev"], "출장")) == ["trip"]
    assert ids(office.search(["dev"], "보고서")) == ["report"]


def test_one_character_finds_it_anywhere_in_a_word(office: Cache) -> None:
    assert ids(office.search(["dev"], "차")) == ["tea"]
    assert ids(office.search(["dev"], "팀")) == ["room", "mixed"]  # last syllable of a word
    assert ids(office.search(["dev"], "의")) == ["meeting", "room", "mixed", "split"]
    assert ids(office.search(["dev"], "W")) == ["mixed"]


def test_mixed_korean_and_english(office: Cache) -> None:
    assert ids(office.search(["dev"], "weekly회의")) == ["mixed"]
    assert ids(office.search(["dev"], "LY회")) == ["mixed"]
    assert ids(office.search(["dev"], "with 디자인")) == ["mixed"]
    assert office.search(["dev"], "weekly 회의") == []


def test_a_query_across_a_word_boundary_is_an_exact_substring(office: Cache) -> None:
    assert ids(office.search(["dev"], "팀 회의")) == ["room"]
    assert ids(office.search(["dev"], "회 의")) == ["split"]
    assert office.search(["dev"], "팀회의") == []  # the words are there, not this text
    assert office.search(["dev"], "의록 정리 끝") == []


def test_the_grams_of_a_title() -> None:
    assert search_grams("주간회의") == "주간 간회 회의 의"
    assert search_grams("a팀 회의록\x1f차") == "a팀 팀 회의 의록 록 차"
    assert search_grams("100% file_name") == "10 00 0 fi il le e na am me e"


def test_pages_hold_whole_days_and_follow_on_to_the_end(cache: Cache) -> None:
    events = [
        event(f"e{n:02}", NOVEMBER + timedelta(days=n // 3), "회의", time=f"{9 + n % 3}:00")
        for n in range(30)
    ]
    cache.replace_month("dev", NOVEMBER, events, FETCHED)

    first = cache.search_page(["dev"], "회의", limit=4)
    assert first is not None
    assert ids(first.events) == ["e00", "e01", "e02", "e03", "e04", "e05"]  # two whole days
    assert first.after == date(2026, 11, 2)
    seen = list(first.events)
    page = first
    while page.after is not None:
        page = cache.search_page(["dev"], "회의", after=page.after, limit=4)
        assert page is not None
        seen += page.events
    assert seen == events


def test_a_page_ends_early_when_the_index_finds_only_look_alikes(
    cache: Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "회의 a" is in none of them, though every one holds both words.
    look_alikes = [
        event(f"x{n:02}", NOVEMBER + timedelta(days=n), "회의", description="회의실 A")
        for n in range(20)
    ]
    real = event("real", date(2026, 11, 25), "회의 A동")
    cache.replace_month("dev", NOVEMBER, [*look_alikes, real], FETCHED)
    monkeypatch.setattr(cache_search, "CANDIDATES", 5)

    page = cache.search_page(["dev"], "회의 a")
    assert page is not None and page.events == [] and page.after == date(2026, 11, 5)
    found: list[Event] = []
    pages = 1
    while page.after is not None:
        page = cache.search_page(["dev"], "회의 a", after=page.after)
        assert page is not None
        found += page.events
        pages += 1
    assert found == [real] and pages == 5
    assert cache.search(["dev"], "회의 a") == [real]  # all pages, for who wants a list


def test_the_first_page_of_a_common_word_does_not_read_every_match(
    cache: Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The work for the first page of a word in 3,000 events is about that for 300."""
    monkeypatch.setattr(cache_search, "_PROGRESS_STEPS", 100)

    def steps(path_cache: Cache) -> int:
        counted = [0]

        def count() -> bool:
            counted[0] += 1
            return False

        page = path_cache.search_page(["dev", "design"], "회의", limit=50, cancelled=count)
        assert page is not None and 50 <= len(page.events) < 60
        return counted[0]

    def fill(count: int) -> None:
        for month in range(count // 100):
            first = date(2020 + month // 12, 1 + month % 12, 1)
            cache.replace_month(
                "dev",
                first,
                [
                    event(f"m{month}-{n}", first + timedelta(days=n % 28), "팀 회의")
                    for n in range(100)
                ],
                FETCHED,
            )

    fill(300)
    small = steps(cache)
    fill(3000)
    large = steps(cache)
    assert large < 2 * small


def test_a_superseded_search_stops_and_says_so(cache: Cache) -> None:
    cache.replace_month(
        "dev", NOVEMBER, [event(f"e{n}", NOVEMBER, "회의 100%") for n in range(50)], FETCHED
    )
    assert cache.search_page(["dev"], "회의", cancelled=lambda: True) is None
    assert cache.search_page(["dev"], "%", cancelled=lambda: True) is None  # a scan, too
    assert len(cache.search(["dev"], "회의")) == 50  # the connection is usable afterwards


def test_every_write_keeps_the_index_in_step(path: Path, cache: Cache) -> None:
    cache.replace_month("dev", NOVEMBER, [event("a", date(2026, 11, 3), "주간 회의")], FETCHED)
    cache.put_event(event("a", date(2026, 11, 3), "월간 보고"))  # replaces the row
    cache.put_event(event("b", date(2026, 11, 9), "출장"))
    assert ids(cache.search(["dev"], "회의")) == []
    assert ids(cache.search(["dev"], "보고")) == ["a"]
    assert index_in_step(path)

    cache.remove_event("b", "dev")
    assert cache.search(["dev"], "출장") == []
    cache.replace_month("dev", NOVEMBER, [event("c", date(2026, 11, 4), "워크숍")], FETCHED)
    assert ids(cache.search(["dev"], "보고")) == []
    assert index_in_step(path)

    outbox = Outbox(cache)
    moved = event("c", date(2026, 12, 24), "워크숍 회의", department_id="design")
    outbox.record(event("c", date(2026, 11, 4), "워크숍"), moved)
    assert ids(cache.search(["dev", "design"], "워크숍")) == ["c"]
    assert index_in_step(path)


def test_rows_taken_over_from_another_spelling_stay_in_step(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    old_key = "ap-northeast-2|HTTP://LocalHost:8000/|departments|events"
    new_key = "ap-northeast-2|http://localhost:8000|departments|events"
    with Cache.open(path, old_key) as cache:
        Outbox(cache).record(None, event("mine", date(2026, 11, 4), "보내지 않은 회의"))
    with Cache.open(path, new_key) as cache:
        cache.put_event(event("mine", date(2026, 11, 4), "새 회의"))  # the same key, replaced
        cache.check()  # takes over the other spelling's rows
        assert [e.title for e in cache.search(["dev"], "회의")] == ["보내지 않은 회의"]
    assert index_in_step(path)


def version_4_file(path: Path, events: int) -> None:
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.create_function("deptcal_search_text", 2, lambda title, description: "")
    for migration in MIGRATIONS[:4]:
        migration(conn)
    conn.execute("PRAGMA user_version = 4")
    conn.executemany(
        "INSERT INTO events (source, department_id, id, event_date, title, description, time, "
        "url, legacy_time, search_text) VALUES (?, 'dev', ?, ?, ?, '', '', '', 0, ?)",
        [
            (SOURCE, f"e{n:03}", f"2026-11-{1 + n % 30:02}", title, title + "\x1f")
            for n in range(events)
            for title in ["주간 회의" if n % 2 else "출장 보고"]
        ],
    )
    conn.commit()
    conn.close()


def test_a_version_4_file_is_searched_while_its_index_is_built_in_slices(path: Path) -> None:
    version_4_file(path, 120)
    with Cache.open(path, SOURCE) as cache:
        before = cache.search(["dev"], "회의", limit=500)
        assert len(before) == 60  # by the old scan, at once
        slices = 1
        while not cache.build_search_index(rows=50):
            slices += 1
            assert len(cache.search(["dev"], "회의", limit=500)) == 60
        assert slices == 3
        assert cache.search(["dev"], "회의", limit=500) == before
        assert len(cache.search(["dev"], "보고", limit=500)) == 60
        assert cache.build_search_index() is True  # nothing more to do
    assert index_in_step(path)


def test_a_new_file_needs_no_building(cache: Cache) -> None:
    assert cache.build_search_index() is True
