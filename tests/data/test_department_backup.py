"""Deleting a department writes a backup of it and every event first; migrate restores it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.data.department_backup import BackupFailed, backup_and_delete
from desktop.data.errors import DepartmentNotEmptyError
from desktop.data.migrate import migrate
from desktop.data.store import DynamoStore
from desktop.domain.models import Department, Event, new_id

MOMENT = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)


def seed(store: DynamoStore) -> tuple[Department, list[Event]]:
    development = store.create_department("개발팀", "소프트웨어 개발")
    other = store.create_department("영업팀")
    events = [
        store.create_event(Event(new_id(), development.id, day, title, time="오후 2:00"))
        for day, title in (
            (date(2025, 1, 7), "작년 회의"),
            (date(2026, 11, 3), "팀 회의"),
            (date(2027, 6, 30), "내년 워크숍"),
        )
    ]
    store.create_event(Event(new_id(), other.id, date(2026, 11, 3), "고객사 미팅"))
    return development, events


def test_backup_holds_every_month_then_the_department_is_deleted(
    store: DynamoStore, tmp_path: Path
) -> None:
    development, events = seed(store)
    deleted = backup_and_delete(store, development, tmp_path, MOMENT)

    assert deleted.backup.parent == tmp_path
    assert (deleted.events_backed_up, deleted.events_deleted) == (3, 3)
    document = json.loads(deleted.backup.read_text(encoding="utf-8"))
    assert document["format"] == "deptcal-export-2"
    assert [d["name"]["S"] for d in document["departments"]] == ["개발팀"]
    assert sorted(e["title"]["S"] for e in document["events"]) == sorted(e.title for e in events)
    assert store.get_department(development.id) is None
    assert store.count_events(development.id) == 0
    assert len(store.list_departments().departments) == 1  # the other one is untouched

    # deptcal migrate reads it back: the department and its events, as they were.
    summary = migrate(store, deleted.backup)
    assert summary is not None
    restored = store.get_department(development.id)
    assert restored is not None and restored.name == "개발팀"
    assert store.count_events(development.id) == 3


def test_nothing_is_deleted_when_the_backup_cannot_be_written(
    store: DynamoStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    development, _events = seed(store)

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.data.department_backup._write_atomically", full_disk)
    with pytest.raises(BackupFailed) as failed:
        backup_and_delete(store, development, tmp_path, MOMENT)
    assert "nothing was deleted" in failed.value.message
    assert "No space left on device" in failed.value.message
    assert store.get_department(development.id) is not None
    assert store.count_events(development.id) == 3
    assert list(tmp_path.iterdir()) == []


def test_nothing_is_deleted_when_the_folder_cannot_be_made(
    store: DynamoStore, tmp_path: Path
) -> None:
    development, _events = seed(store)
    blocker = tmp_path / "cache-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(BackupFailed):
        backup_and_delete(store, development, blocker / "sub", MOMENT)
    assert store.count_events(development.id) == 3


def test_an_event_added_during_the_backup_refuses_the_delete(
    store: DynamoStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    development, _events = seed(store)
    read = store.department_items

    def read_then_someone_adds(department_id: str):  # type: ignore[no-untyped-def]
        found = read(department_id)
        store.create_event(Event(new_id(), department_id, date(2026, 12, 24), "새로 추가"))
        return found

    monkeypatch.setattr(store, "department_items", read_then_someone_adds)
    with pytest.raises(DepartmentNotEmptyError) as refused:
        backup_and_delete(store, development, tmp_path, MOMENT)
    assert "1 event" in refused.value.message
    assert "nothing was deleted" in refused.value.message
    assert store.get_department(development.id) is not None
    assert store.count_events(development.id) == 4
