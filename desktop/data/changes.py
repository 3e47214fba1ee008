"""A change waiting in the outbox: its kind and state, its events as JSON, and merging.

What :class:`~desktop.data.outbox.Outbox` records and sends, without the SQLite and the
store around it: a change's kind from the two versions, the version a write will put in the
table (:mod:`desktop.domain.rules`), and one change doing what two do. Never imports Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from desktop.data.errors import StoreError
from desktop.domain.models import Event, attributes_from_wire, attributes_to_wire
from desktop.domain.rules import created_version, moved_version, updated_version, written_event


class Kind(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    MOVE = "move"
    DELETE = "delete"


class State(StrEnum):
    WAITING = "waiting"
    SENDING = "sending"
    CONFLICT = "conflict"
    FAILED = "failed"


class Choice(StrEnum):
    """What the user chose for a conflict (the conflict dialog's buttons)."""

    KEEP_THEIRS = "keep_theirs"  # theirs stays; mine is dropped
    OVERWRITE = "overwrite"  # mine replaces theirs (or is restored; a delete goes ahead)
    SAVE_AS_NEW = "save_as_new"  # mine becomes a separate new event; theirs stays


# --- events as JSON ---------------------------------------------------------------------------


def event_to_json(event: Event | None) -> str | None:
    if event is None:
        return None
    return json.dumps(
        {
            "id": event.id,
            "department_id": event.department_id,
            "event_date": event.event_date.isoformat(),
            "title": event.title,
            "description": event.description,
            "time": event.time,
            "url": event.url,
            "created_at": event.created_at.isoformat() if event.created_at else None,
            "last_modified": event.last_modified.isoformat() if event.last_modified else None,
            "revision": event.revision,
            "legacy_time": event.legacy_time,
            "extra": attributes_to_wire(event.extra),
        },
        ensure_ascii=False,
    )


def event_from_json(text: str | None) -> Event | None:
    if not text:
        return None
    data: dict[str, Any] = json.loads(text)
    return Event(
        id=data["id"],
        department_id=data["department_id"],
        event_date=date.fromisoformat(data["event_date"]),
        title=data["title"],
        description=data["description"],
        time=data["time"],
        url=data["url"],
        created_at=datetime.fromisoformat(data["created_at"]) if data["created_at"] else None,
        last_modified=(
            datetime.fromisoformat(data["last_modified"]) if data["last_modified"] else None
        ),
        revision=data["revision"],
        legacy_time=bool(data["legacy_time"]),
        extra=attributes_from_wire(data.get("extra")),
    )


def same_content(a: Event, b: Event) -> bool:
    """The same event as the user sees it (timestamps and revision aside)."""
    return (a.id, a.department_id, a.event_date, a.title, a.description, a.time, a.url) == (
        b.id,
        b.department_id,
        b.event_date,
        b.title,
        b.description,
        b.time,
        b.url,
    )


def kind_of(original: Event | None, changed: Event | None) -> Kind:
    """What a change is, from the version the user changed and the one they left."""
    if original is None:
        return Kind.CREATE
    if changed is None:
        return Kind.DELETE
    return Kind.MOVE if changed.department_id != original.department_id else Kind.UPDATE


def written_version(kind: Kind, original: Event | None, changed: Event, moment: datetime) -> Event:
    """``changed`` as the store will write it at ``moment``, with the revision it will have."""
    if kind is Kind.CREATE or original is None:
        version = created_version(changed, moment)
    elif kind is Kind.MOVE:
        version = moved_version(original, changed, moment)
    else:
        version = updated_version(original, changed, moment)
    return written_event(version).with_changes(legacy_time=False)


# --- changes ---------------------------------------------------------------------------------

# An event's whole key, (id, department_id): one id may exist in two departments.
type EventKey = tuple[str, str]


def key_of(event: Event) -> EventKey:
    return (event.id, event.department_id)


@dataclass(frozen=True)
class Change:
    """One outbox entry."""

    seq: int
    kind: Kind
    original: Event | None  # the version the user changed (None for a create)
    changed: Event | None  # the version the user left, as it will be written (None: delete)
    written_at: datetime
    queued_at: datetime
    state: State
    reason: str = ""
    current: Event | None = None  # at a conflict: the server's version (None: deleted)
    uncertain: bool = False  # a send was cut off: it may have landed
    half_moved: bool = False  # a move's first step landed, its second met a conflict
    attempts: int = 0

    @property
    def event_id(self) -> str:
        return self.event.id

    @property
    def key(self) -> EventKey:
        """The key of the version this change leaves (for a delete, of the one it deletes):
        a later change of the same event starts from it."""
        return key_of(self.event)

    @property
    def keys(self) -> set[EventKey]:
        """The keys this change touches (a move: the original's and the new one)."""
        return {key_of(e) for e in (self.original, self.changed) if e is not None}

    @property
    def event(self) -> Event:
        """The user's version (for a delete, what was deleted)."""
        event = self.changed or self.original
        assert event is not None
        return event

    @property
    def unresolved(self) -> bool:
        return self.state in (State.CONFLICT, State.FAILED)


def merge(first: Change, changed: Event | None) -> tuple[Kind, Event | None, Event | None] | None:
    """One change doing what ``first`` and then the new change do; None when they cancel out.

    ``first`` has not been sent (or was refused), so its ``original`` is what the table has.
    """
    base = first.original
    if first.kind is Kind.CREATE:
        if changed is None:
            return None  # created and deleted before it was sent
        return Kind.CREATE, None, changed
    assert base is not None
    if changed is None:
        return Kind.DELETE, base, None
    if same_content(base, changed):
        return None  # back to what the table has
    return kind_of(base, changed), base, changed


@dataclass(frozen=True)
class Recorded:
    """What :meth:`Outbox.record` did: the version to show (None: gone) and what it replaced."""

    shown: Event | None
    replaced: Event | None
    entries: list[Change]
    added: Event | None = None  # a conflict saved as a new event: the new one
    many: tuple[Event | None, ...] = ()  # record_many: the version to show of each change


@dataclass(frozen=True)
class Sent:
    """What one send did."""

    change: Change
    outcome: str  # "written", "conflict", "failed", "waiting", "none"
    written: Event | None = None  # the version now in the table (written)
    removed: Event | None = None  # a version the cache dropped (a move's original)
    error: StoreError | None = None
    entries: list[Change] | None = None
