"""The store against moto over HTTP: paging, conflicts, moves, legacy items, deletes, rules."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.data.errors import (
    AccessDeniedError,
    ConflictError,
    DepartmentChangedError,
    DepartmentNotEmptyError,
    MoveIncompleteError,
    ValidationFailed,
)
from desktop.data.store import DynamoStore
from desktop.domain.models import Department, Event, new_id
from tests.data.conftest import (
    GUIDE_ACTIONS,
    aws_error,
    exercise,
    expressions,
    get_raw,
    inject,
    new_event,
    put_raw,
    raw_names,
    stop_injecting,
    watch,
)

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
# 10,000 Hangul syllables: 30 KB of UTF-8, within the app's 20,000-character description limit.
LONG_KOREAN = "가나다라마바사아자차" * 1_000


def _department(store: DynamoStore, name: str = "개발팀") -> Department:
    return store.create_department(name, "소프트웨어 개발")


def _add(store: DynamoStore, event: Event, at: datetime | None = None) -> Event:
    return store.create_event(event, written_at=at)


def _later(event: Event, seconds: int = 1) -> datetime:
    assert event.last_modified is not None
    return event.last_modified + timedelta(seconds=seconds)


def _in(store: DynamoStore, department_id: str) -> list[Event]:
    return store.events_between(department_id, date(2000, 1, 1), date(2099, 12, 31)).events


# --- 1. pagination past one 1 MB page ------------------------------------------------------------


def test_month_of_big_events_comes_back_whole_across_pages(store: DynamoStore) -> None:
    department = _department(store)
    created = {
        _add(
            store,
            new_event(
                department.id, date(2026, 11, 1 + i % 28), f"회의 {i}", description=LONG_KOREAN
            ),
        ).id
        for i in range(40)
    }
    pages: list[bool] = []
    store.client.meta.events.register(
        "after-call.dynamodb.Query",
        lambda parsed, **_: pages.append("LastEvaluatedKey" in parsed),
    )

    batch = store.events_between(department.id, *NOVEMBER)

    assert {e.id for e in batch.events} == created
    assert all(e.description == LONG_KOREAN for e in batch.events)
    assert len(pages) >= 2 and pages[0], "the first page should have stopped at 1 MB"
    assert pages[-1] is False
    assert batch.items_read == 40
    assert [e.event_date for e in batch.events] == sorted(e.event_date for e in batch.events)


def test_department_list_follows_every_scan_page(store: DynamoStore) -> None:
    names = {f"부서 {i:02d}" for i in range(40)}
    for name in names:
        store.create_department(name, LONG_KOREAN)
    log = watch(store)

    listed = store.list_departments()

    assert {d.name for d in listed.departments} == names
    assert [d.name for d in listed.departments] == sorted(names)
    assert log.operations.count("Scan") >= 2
    assert "ExclusiveStartKey" in log.of("Scan")[1].params


# --- 2. conflicts --------------------------------------------------------------------------------


def test_update_over_someone_elses_change_is_a_conflict_carrying_their_version(
    store: DynamoStore,
) -> None:
    department = _department(store)
    mine = _add(store, new_event(department.id, date(2026, 11, 3)))
    theirs = store.update_event(
        mine, mine.with_changes(title="그들의 제목"), written_at=_later(mine)
    )

    with pytest.raises(ConflictError) as caught:
        store.update_event(mine, mine.with_changes(title="내 제목"))

    assert not caught.value.was_deleted
    assert caught.value.current == theirs
    assert "그들의 제목" in caught.value.message
    assert _in(store, department.id) == [theirs]


def test_delete_over_someone_elses_change_is_a_conflict_and_deletes_nothing(
    store: DynamoStore,
) -> None:
    department = _department(store)
    mine = _add(store, new_event(department.id, date(2026, 11, 3)))
    theirs = store.update_event(mine, mine.with_changes(time="오후 3:00"), written_at=_later(mine))

    with pytest.raises(ConflictError) as caught:
        store.delete_event(mine)

    assert caught.value.current == theirs
    assert _in(store, department.id) == [theirs]


def test_update_and_delete_of_an_event_deleted_meanwhile_say_it_was_deleted(
    store: DynamoStore,
) -> None:
    department = _department(store)
    mine = _add(store, new_event(department.id, date(2026, 11, 3), "사라진 회의"))
    store.delete_event(mine)

    with pytest.raises(ConflictError) as on_update:
        store.update_event(mine, mine.with_changes(title="새 제목"))
    with pytest.raises(ConflictError) as on_delete:
        store.delete_event(mine)

    assert on_update.value.was_deleted and on_delete.value.was_deleted
    assert "사라진 회의" in on_update.value.message
    assert _in(store, department.id) == []


def test_legacy_item_without_last_modified_updates_once_then_conflicts(
    store: DynamoStore,
) -> None:
    department = _department(store)
    event_id = new_id()
    put_raw(
        store,
        "events",
        {
            "id": {"S": event_id},
            "department_id": {"S": department.id},
            "event_date": {"S": "2026-11-05"},
            "title": {"S": "옛 일정"},
        },
    )
    (legacy,) = _in(store, department.id)
    assert legacy.revision is None and legacy.last_modified is None

    saved = store.update_event(legacy, legacy.with_changes(title="고친 일정"))

    assert saved.title == "고친 일정" and saved.revision is not None
    assert _in(store, department.id) == [saved]
    with pytest.raises(ConflictError) as caught:  # a second stale edit made from the old read
        store.update_event(legacy, legacy.with_changes(title="또 다른 일정"))
    assert caught.value.current == saved


def _plant_unstamped(store: DynamoStore, department: Department, **more: dict[str, str]) -> str:
    """An event as another tool writes it: no ``last_modified``."""
    event_id = new_id()
    item = {
        "id": {"S": event_id},
        "department_id": {"S": department.id},
        "event_date": {"S": "2026-11-05"},
        "title": {"S": "주간 회의"},
        "description": {"S": "3층 회의실"},
        "time": {"S": "오전 10시"},
    }
    put_raw(store, "events", {**item, **more})
    return event_id


def test_an_edit_of_an_item_without_last_modified_conflicts_when_its_fields_changed(
    store: DynamoStore,
) -> None:
    department = _department(store)
    event_id = _plant_unstamped(store, department)
    (seen,) = _in(store, department.id)
    # Someone else changes the title and description; their tool writes no last_modified.
    _plant_unstamped(
        store, department, id={"S": event_id}, title={"S": "전체 회의"}, description={"S": "강당"}
    )

    with pytest.raises(ConflictError) as on_update:
        store.update_event(seen, seen.with_changes(time="오후 2시"))
    with pytest.raises(ConflictError) as on_delete:
        store.delete_event(seen)

    assert on_update.value.current is not None and on_update.value.current.title == "전체 회의"
    assert on_delete.value.current is not None
    (now,) = _in(store, department.id)
    assert (now.title, now.description, now.time) == ("전체 회의", "강당", "오전 10시")


@pytest.mark.parametrize(
    "their_change",
    [
        {"url": {"S": "https://example.com/agenda"}},  # a field that was absent appears
        {"time_val": {"S": "오후 3시"}},  # the web app's update path moves the time
        {"event_date": {"S": "2026-11-06"}},
    ],
)
def test_an_item_without_last_modified_is_checked_field_by_field(
    store: DynamoStore, their_change: dict[str, dict[str, str]]
) -> None:
    department = _department(store)
    event_id = _plant_unstamped(store, department)
    (seen,) = _in(store, department.id)
    _plant_unstamped(store, department, id={"S": event_id}, **their_change)

    with pytest.raises(ConflictError):
        store.update_event(seen, seen.with_changes(title="내 제목"))
    with pytest.raises(ConflictError):
        store.delete_event(seen)
    assert get_raw(store, seen) is not None


def test_an_unchanged_item_without_last_modified_is_updated_and_deleted(
    store: DynamoStore,
) -> None:
    department = _department(store)
    _plant_unstamped(store, department, time_val={"S": "오후 3시"})
    (seen,) = _in(store, department.id)
    assert seen.time == "오후 3시" and seen.url == ""

    saved = store.update_event(seen, seen.with_changes(title="내 제목"))
    assert saved.title == "내 제목" and saved.time == "오후 3시"

    _plant_unstamped(store, department, id={"S": saved.id})
    (again,) = _in(store, department.id)
    store.delete_event(again)
    assert _in(store, department.id) == []


# --- 2b. departments change only from what was read ----------------------------------------------


def test_a_rename_from_a_stale_copy_conflicts_and_keeps_their_description(
    store: DynamoStore,
) -> None:
    stale = _department(store)
    theirs = store.update_department(stale, stale.name, "웹에서 고친 설명")

    with pytest.raises(DepartmentChangedError) as caught:
        store.update_department(stale, "개발 1팀", stale.description)

    assert caught.value.current == theirs
    assert "개발팀" in caught.value.message
    assert store.get_department(stale.id) == theirs
    # From the current version, the rename goes through.
    renamed = store.update_department(caught.value.current, "개발 1팀", theirs.description)
    assert (renamed.name, renamed.description) == ("개발 1팀", "웹에서 고친 설명")


def test_a_department_without_updated_at_changes_only_as_read(store: DynamoStore) -> None:
    department_id = new_id()
    plain = {"id": {"S": department_id}, "name": {"S": "총무팀"}, "budget": {"N": "12"}}
    put_raw(store, "departments", plain)
    stale = store.get_department(department_id)
    assert stale is not None and stale.revision is None
    put_raw(store, "departments", {**plain, "description": {"S": "웹에서 쓴 설명"}})

    with pytest.raises(DepartmentChangedError):
        store.update_department(stale, "총무 1팀", "")

    fresh = store.get_department(department_id)
    assert fresh is not None and fresh.description == "웹에서 쓴 설명"
    renamed = store.update_department(fresh, "총무 1팀", fresh.description)
    assert renamed.name == "총무 1팀"
    raw = store.client.get_item(TableName="departments", Key={"id": {"S": department_id}})
    assert raw["Item"]["budget"] == {"N": "12"}  # an attribute this app does not know stays


# --- 3. moving to another department -------------------------------------------------------------

OTHER_WRITERS_ATTRIBUTES = {
    "attendees": {"L": [{"S": "김민수"}, {"S": "이지은"}]},
    "color": {"S": "#ff8800"},
    "reminder_minutes": {"N": "15"},
    "flags": {"M": {"pinned": {"BOOL": True}, "note": {"NULL": True}}},
    "thumbnail": {"B": b"\x89PNG\x00\xff"},
    "tags": {"SS": ["a", "b"]},
}


def _plant_with_attributes(store: DynamoStore, department: Department) -> Event:
    event_id = new_id()
    put_raw(
        store,
        "events",
        {
            "id": {"S": event_id},
            "department_id": {"S": department.id},
            "event_date": {"S": "2026-11-05"},
            "title": {"S": "워크숍"},
            "created_at": {"S": "2026-01-02T03:04:05.000Z"},
            "last_modified": {"S": "2026-01-02T03:04:05.000Z"},
            **OTHER_WRITERS_ATTRIBUTES,
        },
    )
    (event,) = _in(store, department.id)
    return event


def _unknown(raw: dict[str, object] | None) -> dict[str, object]:
    assert raw is not None
    return {name: value for name, value in raw.items() if name in OTHER_WRITERS_ATTRIBUTES}


def test_a_move_keeps_every_attribute_of_the_item(store: DynamoStore) -> None:
    source, target = _department(store, "개발팀"), _department(store, "디자인팀")
    original = _plant_with_attributes(store, source)

    moved = store.move_event(original, original.with_changes(department_id=target.id))

    assert _unknown(get_raw(store, moved)) == OTHER_WRITERS_ATTRIBUTES
    assert moved.created_at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_bringing_back_a_deleted_event_keeps_every_attribute_and_created_at(
    store: DynamoStore,
) -> None:
    department = _department(store)
    original = _plant_with_attributes(store, department)
    store.delete_event(original)

    restored = store.create_event(original.with_changes(revision=None))

    assert _unknown(get_raw(store, restored)) == OTHER_WRITERS_ATTRIBUTES
    assert restored.created_at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    (read,) = _in(store, department.id)
    assert read.created_at == restored.created_at and dict(read.extra) == dict(original.extra)


def test_an_update_keeps_every_attribute_of_the_item(store: DynamoStore) -> None:
    department = _department(store)
    original = _plant_with_attributes(store, department)

    saved = store.update_event(original, original.with_changes(title="고친 워크숍"))

    assert _unknown(get_raw(store, saved)) == OTHER_WRITERS_ATTRIBUTES
    assert dict(saved.extra) == dict(original.extra)


# --- 3. moving to another department -------------------------------------------------------------


def test_move_puts_the_event_in_the_new_department_only_and_keeps_created_at(
    store: DynamoStore,
) -> None:
    source, target = _department(store, "개발팀"), _department(store, "디자인팀")
    created_at = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    original = _add(store, new_event(source.id, date(2026, 11, 3)), at=created_at)

    moved = store.move_event(original, original.with_changes(department_id=target.id, title="이동"))

    assert _in(store, source.id) == []
    assert _in(store, target.id) == [moved]
    assert moved.id == original.id and moved.title == "이동"
    assert moved.created_at == created_at
    assert moved.last_modified is not None and moved.last_modified > created_at
    assert store.get_event(original.id, source.id) is None


def test_move_whose_delete_step_fails_leaves_the_event_in_both_and_repeating_finishes_it(
    store: DynamoStore,
) -> None:
    source, target = _department(store, "개발팀"), _department(store, "디자인팀")
    original = _add(store, new_event(source.id, date(2026, 11, 3)))
    changed = original.with_changes(department_id=target.id)
    written_at = _later(original)
    refusal = inject(
        store, "DeleteItem", lambda *_: aws_error("AccessDeniedException", "not today")
    )

    with pytest.raises(MoveIncompleteError) as caught:
        store.move_event(original, changed, written_at=written_at)

    assert isinstance(caught.value.cause, AccessDeniedError)
    assert caught.value.moved.department_id == target.id
    assert [e.id for e in _in(store, source.id)] == [original.id]
    assert [e.id for e in _in(store, target.id)] == [original.id]

    stop_injecting(store, "DeleteItem", refusal)
    moved = store.move_event(original, changed, written_at=written_at)

    assert moved == caught.value.moved
    assert _in(store, source.id) == []
    assert _in(store, target.id) == [moved]
    assert store.move_event(original, changed, written_at=written_at) == moved  # and again
    assert _in(store, target.id) == [moved]


def test_move_of_an_event_changed_meanwhile_keeps_both_copies(store: DynamoStore) -> None:
    source, target = _department(store, "개발팀"), _department(store, "디자인팀")
    original = _add(store, new_event(source.id, date(2026, 11, 3)))
    theirs = store.update_event(
        original, original.with_changes(title="그들의 변경"), written_at=_later(original)
    )

    with pytest.raises(MoveIncompleteError) as caught:
        store.move_event(original, original.with_changes(department_id=target.id))

    assert isinstance(caught.value.cause, ConflictError)
    assert caught.value.cause.current == theirs
    assert _in(store, source.id) == [theirs]
    assert _in(store, target.id) == [caught.value.moved]


def test_move_onto_a_different_copy_in_the_target_is_a_conflict(store: DynamoStore) -> None:
    source, target = _department(store, "개발팀"), _department(store, "디자인팀")
    original = _add(store, new_event(source.id, date(2026, 11, 3)))
    other = _add(store, original.with_changes(department_id=target.id, title="다른 사본"))

    with pytest.raises(ConflictError) as caught:
        store.move_event(original, original.with_changes(department_id=target.id))

    assert caught.value.current == other
    assert _in(store, source.id) == [original]
    assert _in(store, target.id) == [other]


# --- 8. legacy items, as the web app writes them -------------------------------------------------


def _legacy(department_id: str, **attributes: dict[str, str]) -> dict[str, dict[str, str]]:
    return {
        "id": {"S": new_id()},
        "department_id": {"S": department_id},
        "event_date": {"S": "2024-02-10"},
        **attributes,
    }


def test_time_val_is_read_and_an_update_writes_time_and_drops_time_val(
    store: DynamoStore,
) -> None:
    department = _department(store)
    item = _legacy(
        department.id,
        title={"S": "주간 회의"},
        time={"S": "오전 9:00"},
        time_val={"S": "오후 2:00"},
        created_at={"S": "2024-01-15T10:30:00.123456"},
        last_modified={"S": "2024-01-16T08:00:00.654321"},
    )
    put_raw(store, "events", item)

    (event,) = store.events_between(department.id, date(2024, 2, 1), date(2024, 2, 29)).events

    assert event.time == "오후 2:00"
    assert event.created_at == datetime(2024, 1, 15, 10, 30, 0, 123456, tzinfo=UTC)
    assert event.last_modified == datetime(2024, 1, 16, 8, 0, 0, 654321, tzinfo=UTC)

    saved = store.update_event(event, event.with_changes(time="오후 3:30"))

    raw = get_raw(store, saved)
    assert raw is not None
    assert raw["time"] == {"S": "오후 3:30"}
    assert "time_val" not in raw
    assert raw["created_at"] == item["created_at"]  # left as the web app wrote it
    assert store.get_event(event.id, department.id) == saved


def test_sparse_and_numeric_legacy_items_read_as_text(store: DynamoStore) -> None:
    department = _department(store)
    sparse = _legacy(department.id, title={"S": "제목만"})
    numeric = _legacy(department.id, title={"N": "123"}, time={"N": "14"})
    put_raw(store, "events", sparse)
    put_raw(store, "events", numeric)

    batch = store.events_between(department.id, date(2024, 2, 1), date(2024, 2, 29))

    by_id = {e.id: e for e in batch.events}
    bare = by_id[sparse["id"]["S"]]
    assert (bare.description, bare.url, bare.time, bare.created_at) == ("", "", "", None)
    assert by_id[numeric["id"]["S"]].title == "123"
    assert by_id[numeric["id"]["S"]].time == "14"
    assert batch.skipped == []
    updated = store.update_event(bare, bare.with_changes(description="설명 추가"))
    assert updated.description == "설명 추가"


def test_unreadable_items_are_skipped_logged_and_counted(
    store: DynamoStore, caplog: pytest.LogCaptureFixture
) -> None:
    department = _department(store)
    good = _legacy(department.id, title={"S": "멀쩡한 일정"})
    untitled = _legacy(department.id)
    impossible = _legacy(department.id, title={"S": "윤년 아님"}, event_date={"S": "2024-02-30"})
    for item in (good, untitled, impossible):
        put_raw(store, "events", item)

    with caplog.at_level(logging.WARNING, logger="desktop.data.store"):
        batch = store.events_between(department.id, date(2024, 2, 1), date(2024, 3, 31))

    assert [e.id for e in batch.events] == [good["id"]["S"]]
    bad_ids = {untitled["id"]["S"], impossible["id"]["S"]}
    assert {s.item_id for s in batch.skipped} == bad_ids
    assert batch.items_read == 3
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert all(item_id in logged for item_id in bad_ids)


# --- 10. deleting a department -------------------------------------------------------------------


def test_department_with_events_is_refused_then_deleted_with_all_events(
    store: DynamoStore,
) -> None:
    department = _department(store)
    other = _department(store, "디자인팀")
    for i in range(60):
        _add(store, new_event(department.id, date(2026, 11, 1 + i % 30), f"일정 {i}"))
    kept = _add(store, new_event(other.id, date(2026, 11, 3)))

    with pytest.raises(DepartmentNotEmptyError) as caught:
        store.delete_department(department)
    assert caught.value.event_count == 60
    assert store.get_department(department.id) == department

    log = watch(store)
    progress: list[tuple[int, int]] = []
    result = store.delete_department(
        department, with_events=True, progress=lambda done, total: progress.append((done, total))
    )

    assert result.events_deleted == 60
    assert progress == [(25, 60), (50, 60), (60, 60)]
    assert [len(r.params["RequestItems"]["events"]) for r in log.of("BatchWriteItem")] == [
        25,
        25,
        10,
    ]
    assert store.get_department(department.id) is None
    assert store.count_events(department.id) == 0
    assert _in(store, other.id) == [kept]


def test_empty_department_is_deleted(store: DynamoStore) -> None:
    department = _department(store)

    assert store.delete_department(department).events_deleted == 0

    assert store.list_departments().departments == []


# --- 12. reserved words and the policy's actions -------------------------------------------------


def test_every_expression_aliases_attribute_names(store: DynamoStore) -> None:
    log = watch(store)
    exercise(store)
    conflict_paths(store)

    sent = [(r.operation, key, text) for r in log.requests for key, text in expressions(r.params)]
    assert {key for _, key, _ in sent} >= {
        "ConditionExpression",
        "KeyConditionExpression",
        "UpdateExpression",
        "ProjectionExpression",
    }
    raw = [(operation, key, text) for operation, key, text in sent if raw_names(text)]
    assert raw == []


def test_only_the_guide_policys_actions_are_used(store: DynamoStore) -> None:
    log = watch(store)
    store.create_tables(poll_seconds=0.01)
    exercise(store)
    conflict_paths(store)

    used = set(log.operations)
    assert used <= GUIDE_ACTIONS
    assert used >= {
        "CreateTable",
        "DescribeTable",
        "GetItem",
        "PutItem",
        "UpdateItem",
        "DeleteItem",
        "Query",
        "Scan",
        "BatchGetItem",
        "BatchWriteItem",
    }
    assert "ListTables" not in used and "TransactWriteItems" not in used


@pytest.mark.parametrize(
    ("expression", "raw"),
    [
        ("attribute_not_exists(id) AND #lm = :rev", ["id"]),
        ("SET #t = :t, title = :t REMOVE #tv", ["title"]),
        ("#d = :d AND #e BETWEEN :a AND :b", []),
    ],
)
def test_raw_name_detection_is_not_vacuous(expression: str, raw: list[str]) -> None:
    assert raw_names(expression) == raw


def conflict_paths(store: DynamoStore) -> None:
    """The failing-condition paths, which send their own expressions."""
    department = _department(store, "충돌팀")
    event = _add(store, new_event(department.id, date(2026, 11, 3)))
    store.update_event(event, event.with_changes(title="먼저"), written_at=_later(event))
    with pytest.raises(ConflictError):
        store.update_event(event, event.with_changes(title="나중"))
    with pytest.raises(ConflictError):
        store.delete_event(event)


# --- 13. validation before any request -----------------------------------------------------------


class _ImpossibleDate(date):
    """A date whose text is 30 February: what a hand-edited form or import could hand over."""

    def isoformat(self) -> str:
        return "2024-02-30"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "   "}, "title"),
        ({"event_date": _ImpossibleDate(2024, 2, 28)}, "event_date"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"description": "가" * 140_000}, "description"),  # 420 KB of UTF-8
    ],
    ids=["empty title", "impossible date", "javascript url", "over 400 KB"],
)
def test_invalid_events_are_refused_before_any_request(
    store: DynamoStore, changes: dict[str, object], field: str
) -> None:
    department = _department(store)
    other = _department(store, "디자인팀")
    saved = _add(store, new_event(department.id, date(2026, 11, 3)))
    bad = saved.with_changes(**changes)
    log = watch(store)

    attempts: list[Callable[[], Event]] = [
        lambda: store.create_event(bad.with_changes(id=new_id())),
        lambda: store.update_event(saved, bad),
        lambda: store.move_event(saved, bad.with_changes(department_id=other.id)),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationFailed) as caught:
            attempt()
        assert caught.value.errors[0].field == field

    assert log.requests == []


def test_invalid_department_is_refused_before_any_request(store: DynamoStore) -> None:
    log = watch(store)

    with pytest.raises(ValidationFailed) as caught:
        store.create_department("  ", "설명")

    assert caught.value.errors[0].field == "name"
    assert log.requests == []


# --- 14. consumed capacity -----------------------------------------------------------------------


def test_month_query_counts_read_capacity(store: DynamoStore) -> None:
    department = _department(store)
    _add(store, new_event(department.id, date(2026, 11, 3)))
    reads_before, writes_before = store.consumed_read_units, store.consumed_write_units

    store.events_between(department.id, *NOVEMBER)

    assert store.consumed_read_units > reads_before
    assert store.consumed_write_units == writes_before


def test_writes_count_write_capacity_not_read_capacity(store: DynamoStore) -> None:
    department = _department(store)
    reads_before, writes_before = store.consumed_read_units, store.consumed_write_units

    _add(store, new_event(department.id, date(2026, 11, 3)))

    assert store.consumed_write_units > writes_before
    assert store.consumed_read_units == reads_before
