"""Reminders kept in the cache database: a file from before them opens and gains the tables;
choices and states read back as saved, per connection, and old states are forgotten."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.data import cache_schema, reminder_store
from desktop.data.cache import Cache
from desktop.domain.models import Event
from desktop.domain.reminders import USE_DEFAULT, ReminderState

SOURCE = "ap-northeast-2|default|departments|events"
NOW = datetime(2026, 12, 3, 14, 0)


def test_a_cache_from_before_reminders_opens_with_its_events_and_the_new_tables(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"
    with Cache.open(path, SOURCE) as cache:
        cache.put_event(Event("e1", "dev", date(2026, 12, 3), "팀 회의", time="오후 2:00"))
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE reminder_choices")
    conn.execute("DROP TABLE reminder_states")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()

    with Cache.open(path, SOURCE) as cache:
        assert cache.persistent
        [kept] = cache.events_between(["dev"], date(2026, 12, 1), date(2026, 12, 31))
        assert kept.title == "팀 회의"
        assert reminder_store.load(cache).choices == {}
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone() == (cache_schema.SCHEMA_VERSION,)
    check.close()


def test_choices_and_states_read_back_per_connection(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    due = NOW - timedelta(minutes=10)
    snoozed = ReminderState(("e1", "dev", due), fired=True, snoozed_until=NOW)
    dismissed = ReminderState(("e2", "dev", due), fired=True, dismissed=True)
    with Cache.open(path, SOURCE) as cache:
        reminder_store.save_choice(cache, ("e1", "dev"), 30)
        reminder_store.save_choice(cache, ("e2", "dev"), None)
        reminder_store.save_choice(cache, ("e3", "dev"), 5)
        reminder_store.save_choice(cache, ("e3", "dev"), USE_DEFAULT)  # back to the default
        reminder_store.save_states(cache, [snoozed, dismissed], NOW)
    with Cache.open(path, SOURCE) as cache:
        saved = reminder_store.load(cache)
        other = reminder_store.load(cache.for_source("us-east-1|default|departments|events"))
    assert saved.choices == {("e1", "dev"): 30, ("e2", "dev"): None}
    assert saved.states == {snoozed.key: snoozed, dismissed.key: dismissed}
    assert other.choices == {} and other.states == {}


def test_states_too_old_to_matter_are_forgotten(tmp_path: Path) -> None:
    old = ReminderState(("e1", "dev", NOW - timedelta(days=5)), fired=True, dismissed=True)
    recent = ReminderState(("e2", "dev", NOW - timedelta(hours=1)), fired=True, dismissed=True)
    with Cache.open(tmp_path / "cache.sqlite3", SOURCE) as cache:
        reminder_store.save_states(cache, [old, recent], NOW)
        assert set(reminder_store.load(cache).states) == {recent.key}
