"""Departments and events: tolerant reading, and writing exactly the guide's documents."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from desktop.domain.models import (
    Department,
    Event,
    InvalidItem,
    new_id,
    parse_date,
    revision_attribute,
    revision_for_written,
    revision_of,
)

# The guide's example documents (dynamodb-guide.md, 2.1).
GUIDE_DEPARTMENT = {
    "id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "개발팀",
    "description": "소프트웨어 개발",
    "created_at": "2024-01-15T10:30:00.000Z",
    "updated_at": "2024-01-15T10:30:00.000Z",
}
GUIDE_EVENT = {
    "id": "660e8400-e29b-41d4-a716-446655440000",
    "department_id": "550e8400-e29b-41d4-a716-446655440000",
    "event_date": "2024-01-20",
    "title": "팀 회의",
    "description": "주간 팀 회의",
    "time": "오후 2:00",
    "url": "https://example.com/meeting",
    "created_at": "2024-01-15T10:30:00.000Z",
    "last_modified": "2024-01-15T10:30:00.000Z",
}
EVENT_FIELDS = {
    "id",
    "department_id",
    "event_date",
    "title",
    "description",
    "time",
    "url",
    "created_at",
    "last_modified",
}
DEPARTMENT_FIELDS = {"id", "name", "description", "created_at", "updated_at"}
MOMENT = datetime(2024, 1, 15, 10, 30, tzinfo=UTC)


def event_item(**changes: Any) -> dict[str, Any]:
    """The guide's event with some attributes changed; ``None`` removes one."""
    item: dict[str, Any] = {**GUIDE_EVENT, **changes}
    return {k: v for k, v in item.items() if v is not None}


# --- Event: reading -------------------------------------------------------------------------


def test_event_reads_the_guides_document() -> None:
    event = Event.from_item(GUIDE_EVENT)
    assert event == Event(
        id="660e8400-e29b-41d4-a716-446655440000",
        department_id="550e8400-e29b-41d4-a716-446655440000",
        event_date=date(2024, 1, 20),
        title="팀 회의",
        description="주간 팀 회의",
        time="오후 2:00",
        url="https://example.com/meeting",
        created_at=MOMENT,
        last_modified=MOMENT,
    )
    assert event.legacy_time is False
    assert event.revision is None


@pytest.mark.parametrize("missing", ["description", "url", "time"])
def test_missing_optional_text_is_empty(missing: str) -> None:
    event = Event.from_item(event_item(**{missing: None}))
    assert getattr(event, missing) == ""


def test_missing_or_unreadable_timestamps_are_none() -> None:
    event = Event.from_item(event_item(created_at=None, last_modified="not a time"))
    assert event.created_at is None
    assert event.last_modified is None


def test_naive_web_app_timestamps_are_read_as_utc() -> None:
    event = Event.from_item(event_item(created_at="2024-01-15T10:30:00.123456"))
    assert event.created_at == datetime(2024, 1, 15, 10, 30, 0, 123456, tzinfo=UTC)


def test_numbers_are_read_as_text() -> None:
    # boto3 deserialises N attributes as Decimal.
    event = Event.from_item(
        event_item(title=Decimal("2024"), description=Decimal("1.5"), time=Decimal("14"))
    )
    assert (event.title, event.description, event.time) == ("2024", "1.5", "14")


def test_time_val_is_preferred_and_marks_the_item_legacy() -> None:
    # The web app's update path writes ``time_val``; the old ``time`` stays behind.
    event = Event.from_item(event_item(time="오전 9:00", time_val="오후 3:00"))
    assert event.time == "오후 3:00"
    assert event.legacy_time is True


def test_empty_time_val_still_wins_over_an_old_time() -> None:
    event = Event.from_item(event_item(time="오전 9:00", time_val=""))
    assert event.time == ""
    assert event.legacy_time is True


def test_time_val_alone_is_read() -> None:
    event = Event.from_item(event_item(time=None, time_val="14:00"))
    assert event.time == "14:00"
    assert event.legacy_time is True


@pytest.mark.parametrize("title", [None, "", "   "])
def test_no_title_is_an_invalid_item_carrying_its_id(title: str | None) -> None:
    with pytest.raises(InvalidItem) as caught:
        Event.from_item(event_item(title=title))
    assert caught.value.item_id == GUIDE_EVENT["id"]
    assert "title" in caught.value.reason
    assert GUIDE_EVENT["id"] in str(caught.value)


@pytest.mark.parametrize("event_date", ["2024-02-30", "2023-02-29", "2024-13-01", "", "오늘"])
def test_impossible_date_is_an_invalid_item(event_date: str) -> None:
    with pytest.raises(InvalidItem) as caught:
        Event.from_item(event_item(event_date=event_date))
    assert caught.value.item_id == GUIDE_EVENT["id"]
    assert "date" in caught.value.reason


def test_missing_date_is_an_invalid_item() -> None:
    with pytest.raises(InvalidItem, match="date"):
        Event.from_item(event_item(event_date=None))


@pytest.mark.parametrize("department_id", [None, ""])
def test_missing_department_is_an_invalid_item(department_id: str | None) -> None:
    with pytest.raises(InvalidItem) as caught:
        Event.from_item(event_item(department_id=department_id))
    assert caught.value.item_id == GUIDE_EVENT["id"]
    assert "department_id" in caught.value.reason


def test_missing_id_is_an_invalid_item_without_id() -> None:
    with pytest.raises(InvalidItem) as caught:
        Event.from_item(event_item(id=None))
    assert caught.value.item_id is None
    assert "<no id>" in str(caught.value)


# --- Event: writing -------------------------------------------------------------------------


def test_event_writes_the_guides_document_exactly() -> None:
    assert Event.from_item(GUIDE_EVENT).to_item() == GUIDE_EVENT


def test_to_item_has_exactly_the_guides_fields_and_no_time_val() -> None:
    item = Event.from_item(event_item(time_val="오후 3:00")).to_item()
    assert set(item) == EVENT_FIELDS
    assert item["time"] == "오후 3:00"
    assert "time_val" not in item


def test_to_item_writes_empty_optional_fields() -> None:
    event = Event(new_id(), "dept", date(2024, 3, 1), "회의")
    item = event.to_item()
    assert set(item) == EVENT_FIELDS
    assert item["description"] == item["time"] == item["url"] == ""
    assert item["event_date"] == "2024-03-01"


def test_to_item_writes_timestamps_in_the_written_format() -> None:
    event = Event.from_item(
        event_item(
            created_at="2024-01-15T10:30:00.123456", last_modified="2024-01-15T19:30:00+09:00"
        )
    )
    item = event.to_item()
    assert item["created_at"] == "2024-01-15T10:30:00.123Z"
    assert item["last_modified"] == "2024-01-15T10:30:00.000Z"


# --- Event: identity and order --------------------------------------------------------------


def test_equality_ignores_revision_and_legacy_flag() -> None:
    plain = Event.from_item(GUIDE_EVENT)
    legacy = Event.from_item(
        event_item(time=None, time_val=GUIDE_EVENT["time"]),
        {"S": GUIDE_EVENT["last_modified"]},
    )
    assert legacy.legacy_time and legacy.revision is not None
    assert plain == legacy


def test_with_changes_returns_a_changed_copy() -> None:
    event = Event.from_item(GUIDE_EVENT)
    changed = event.with_changes(title="새 제목")
    assert changed.title == "새 제목"
    assert event.title == "팀 회의"
    assert changed.id == event.id


def test_sort_key_orders_by_date_then_all_day_then_parsed_time_then_title() -> None:
    def make(day: int, time_text: str, title: str) -> Event:
        return Event(new_id(), "dept", date(2024, 1, day), title, time=time_text)

    events = [
        make(2, "오전 9:00", "next day"),
        make(1, "종일", "all day"),
        make(1, "오후 10:00", "late"),
        make(1, "오후 2:00", "b"),
        make(1, "14:00", "a"),
    ]
    ordered = sorted(events, key=Event.sort_key)
    assert [e.title for e in ordered] == ["all day", "a", "b", "late", "next day"]


# --- Department -----------------------------------------------------------------------------


def test_department_reads_and_writes_the_guides_document() -> None:
    department = Department.from_item(GUIDE_DEPARTMENT)
    assert department == Department(
        id=GUIDE_DEPARTMENT["id"],
        name="개발팀",
        description="소프트웨어 개발",
        created_at=MOMENT,
        updated_at=MOMENT,
    )
    item = department.to_item()
    assert item == GUIDE_DEPARTMENT
    assert set(item) == DEPARTMENT_FIELDS


def test_department_reads_tolerantly() -> None:
    department = Department.from_item(
        {"id": "d1", "name": "  개발팀 ", "created_at": "2024-01-15T10:30:00.123456"}
    )
    assert department.name == "개발팀"
    assert department.description == ""
    assert department.created_at == datetime(2024, 1, 15, 10, 30, 0, 123456, tzinfo=UTC)
    assert department.updated_at is None
    assert department.to_item()["created_at"] == "2024-01-15T10:30:00.123Z"


def test_department_name_as_number_is_text() -> None:
    assert Department.from_item({"id": "d1", "name": Decimal("7")}).name == "7"


@pytest.mark.parametrize("name", [None, "", "  "])
def test_department_without_name_is_an_invalid_item(name: str | None) -> None:
    item = {"id": "d1"} if name is None else {"id": "d1", "name": name}
    with pytest.raises(InvalidItem) as caught:
        Department.from_item(item)
    assert caught.value.item_id == "d1"


def test_department_without_id_is_an_invalid_item() -> None:
    with pytest.raises(InvalidItem) as caught:
        Department.from_item({"name": "개발팀"})
    assert caught.value.item_id is None


# --- Revisions, ids, dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    "attribute",
    [
        {"S": "2024-01-15T10:30:00.000Z"},
        {"S": "2024-01-15T10:30:00.123456"},
        {"S": "오후"},
        {"N": "1705314600"},
    ],
)
def test_revision_tokens_round_trip(attribute: dict[str, str]) -> None:
    token = revision_of(attribute)
    assert token is not None
    assert revision_attribute(token) == attribute


def test_revision_of_nothing_is_none() -> None:
    assert revision_of(None) is None


def test_revision_for_written_matches_the_token_read_back() -> None:
    stamp = "2024-01-15T10:30:00.000Z"
    written = revision_for_written(stamp)
    assert revision_attribute(written) == {"S": stamp}
    event = Event.from_item(event_item(last_modified=stamp), {"S": stamp})
    assert event.revision == written


def test_revision_keeps_the_stored_text_not_a_reformatted_copy() -> None:
    raw = {"S": "2024-01-15T10:30:00.123456"}
    event = Event.from_item(event_item(last_modified=raw["S"]), raw)
    assert event.revision is not None
    assert revision_attribute(event.revision) == raw


def test_new_id_is_a_uuid4() -> None:
    first, second = new_id(), new_id()
    assert uuid.UUID(first).version == 4
    assert first != second


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-20", date(2024, 1, 20)),
        ("2024-02-29", date(2024, 2, 29)),
        ("2024-02-30", None),
        ("2024-1-20", None),
        ("20240120", None),
        ("2024-01-20T00:00:00", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024-01-15T10:30:00.000Z",
        "오후 2:00",
        'a "quoted" \\ text',
        "tab\there",
        "\x7f",
        "",
        "é\u2028",
    ],
)
def test_a_revision_token_is_the_same_text_however_it_is_made(text: str) -> None:
    """Tokens read from the table are compared with tokens kept in the cache: the quick path
    for plain timestamps writes exactly what json.dumps writes."""
    import json

    assert revision_of({"S": text}) == json.dumps({"S": text}, sort_keys=True, ensure_ascii=False)
