"""A Query narrowed to some days (the reminders' 14 days) is kept like any read, without
marking a month fetched that was not read whole."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.data.cache import Cache
from desktop.data.outbox import Outbox
from desktop.domain.models import Event

FIRST, LAST = date(2026, 11, 26), date(2026, 12, 9)


def event(event_id: str, day: date, title: str, department: str = "dev") -> Event:
    return Event(event_id, department, day, title)


def test_a_window_read_keeps_its_items_without_marking_months_fetched(tmp_path: Path) -> None:
    with Cache.open(tmp_path / "cache.sqlite3", "src") as cache:
        cache.put_window("dev", FIRST, LAST, [event("a", date(2026, 12, 8), "12월 워크숍")])
        assert [e.title for e in cache.events_between(["dev"], FIRST, LAST)] == ["12월 워크숍"]
        assert cache.month("dev", date(2026, 12, 1)) is None  # December was never read whole
        assert cache.fetched_months("dev") == []


def test_a_window_read_removes_what_the_table_no_longer_has_there_only(tmp_path: Path) -> None:
    fetched = datetime(2026, 11, 26, 9, tzinfo=UTC)
    with Cache.open(tmp_path / "cache.sqlite3", "src") as cache:
        cache.replace_month(
            "dev",
            date(2026, 11, 1),
            [
                event("before", date(2026, 11, 3), "지난 회의"),
                event("gone", date(2026, 11, 27), "취소된 회의"),
                event("moved", date(2026, 11, 28), "옮긴 회의"),
            ],
            fetched,
        )
        cache.put_window("dev", FIRST, LAST, [event("moved", date(2026, 12, 4), "옮긴 회의")])
        november = cache.month("dev", date(2026, 11, 1))
        assert november is not None
        assert [e.title for e in november.events] == ["지난 회의"]  # outside the window: kept
        assert november.fetched_at == fetched  # the month's fetch time is not moved
        assert [(e.id, e.event_date) for e in cache.events_between(["dev"], FIRST, LAST)] == [
            ("moved", date(2026, 12, 4))
        ]


def test_a_change_waiting_in_the_outbox_wins_over_a_window_read(tmp_path: Path) -> None:
    with Cache.open(tmp_path / "cache.sqlite3", "src") as cache:
        outbox = Outbox(cache)
        mine = event("mine", date(2026, 12, 1), "오프라인에서 만든 일정")
        outbox.record(None, mine)
        cache.put_window("dev", FIRST, LAST, [])  # the table does not have it yet
        assert [e.id for e in cache.events_between(["dev"], FIRST, LAST)] == ["mine"]


def test_a_window_read_refuses_items_outside_its_days(tmp_path: Path) -> None:
    with Cache.open(tmp_path / "cache.sqlite3", "src") as cache, pytest.raises(ValueError):
        cache.put_window("dev", FIRST, LAST, [event("x", date(2026, 12, 10), "밖")])
