"""The rules of an event write: the versions each write puts, validation, the one order."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.data.errors import ValidationFailed
from desktop.domain.models import Event
from desktop.domain.rules import (
    created_version,
    event_errors,
    event_order,
    moved_version,
    sort_events,
    unchanged_since,
    updated_version,
    validate_event,
    written_event,
)
from desktop.domain.validation import ITEM_MAX_BYTES

DAY = date(2026, 11, 5)
CREATED = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
MOMENT = datetime(2026, 11, 3, 14, 30, tzinfo=UTC)


def event(event_id: str = "e1", **changes: object) -> Event:
    base = Event(id=event_id, department_id="dev", event_date=DAY, title="Meeting")
    return base.with_changes(**changes)


def test_the_order_is_the_events_sort_key() -> None:
    times = ["오후 2:00", "", "9:30", "all day", "오전 9:30", "14:00", "9:30"]
    events = [
        event(f"e{i}", event_date=date(2026, 11, 5 + i % 2), title=f"t{i % 3}", time=t)
        for i, t in enumerate(times * 2)
    ]
    expected = sorted(events, key=Event.sort_key)

    assert sort_events(reversed(events)) == expected
    order = event_order()
    assert [order(e) for e in events] == [e.sort_key() for e in events]


def test_a_valid_event_passes_and_an_invalid_one_names_its_fields() -> None:
    validate_event(event())
    assert event_errors(event()) == []

    with pytest.raises(ValidationFailed) as caught:
        validate_event(event(title=" ", url="ftp://example.com"))

    assert [e.field for e in caught.value.errors] == ["title", "url"]


def test_an_event_too_large_to_store_is_refused_on_its_size() -> None:
    errors = event_errors(event(description="x" * (ITEM_MAX_BYTES - 100)))

    assert [e.field for e in errors] == ["description"]


def test_each_write_keeps_what_it_must() -> None:
    original = event(created_at=CREATED, last_modified=CREATED, revision='{"S": "x"}')
    changed = event(title="Moved", department_id="ops", created_at=None)

    created = created_version(event(), MOMENT)
    assert (created.created_at, created.last_modified) == (MOMENT, MOMENT)
    brought_back = created_version(original, MOMENT)
    assert brought_back.created_at == CREATED

    updated = updated_version(original, event(title="New"), MOMENT)
    assert (updated.title, updated.created_at, updated.last_modified) == ("New", CREATED, MOMENT)

    moved = moved_version(original, changed.with_changes(id="other"), MOMENT)
    assert (moved.id, moved.department_id, moved.created_at) == ("e1", "ops", CREATED)

    written = written_event(updated)
    assert written.revision is not None
    assert written.revision != original.revision


def test_unchanged_since_compares_revisions_or_every_field() -> None:
    read = event(revision='{"S": "2026-11-01T09:00:00.000Z"}')
    assert unchanged_since(read.with_changes(title="Changed"), read)
    assert not unchanged_since(read.with_changes(revision='{"S": "later"}'), read)

    legacy = event()
    assert unchanged_since(event(), legacy)
    assert not unchanged_since(event(title="Changed"), legacy)
    assert not unchanged_since(event(legacy_time=True), legacy)
