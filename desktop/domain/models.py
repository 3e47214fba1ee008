"""Departments and events: exactly the documents of the shared tables.

Reading is tolerant of what the web application writes (naive timestamps, missing fields,
numbers stored as ``N``, the ``time_val`` attribute of its update path). Writing produces the
guide's documents exactly. Items that cannot be understood raise :class:`InvalidItem`, which
the store logs and counts instead of crashing.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from desktop.domain.timestamps import format_timestamp, parse_timestamp
from desktop.domain.timetext import time_sort_key


class InvalidItem(ValueError):
    """A stored item that cannot be understood; carries its id (if any) and the reason."""

    def __init__(self, item_id: str | None, reason: str) -> None:
        super().__init__(f"{item_id or '<no id>'}: {reason}")
        self.item_id = item_id
        self.reason = reason


def new_id() -> str:
    """A new item id, as the web application makes them (uuid4)."""
    return str(uuid.uuid4())


def text_value(value: Any) -> str:
    """A text attribute read tolerantly: missing is empty, numbers become their digits."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def parse_date(text: str) -> date | None:
    """A ``YYYY-MM-DD`` date, or ``None`` for anything else (``2024-02-30`` included)."""
    try:
        if len(text) != 10:
            return None
        return date.fromisoformat(text)
    except ValueError:
        return None


# The attributes this app reads and writes; every other attribute of an item is kept as it is
# (``extra``) and written back by every whole-item write.
DEPARTMENT_ATTRIBUTES = frozenset({"id", "name", "description", "created_at", "updated_at"})
EVENT_ATTRIBUTES = frozenset(
    {
        "id",
        "department_id",
        "event_date",
        "title",
        "description",
        "time",
        "url",
        "created_at",
        "last_modified",
        "time_val",  # the web app's update path; read as ``time``, removed by the next write
    }
)

Attributes = Mapping[str, Mapping[str, Any]]
NO_ATTRIBUTES: Attributes = MappingProxyType({})


def unknown_attributes(raw: Mapping[str, Any], known: frozenset[str]) -> Attributes:
    """The raw attribute values of ``raw`` this app does not know, read-only.

    Binary values arrive as bytes (botocore) or base64 text (DynamoDB JSON read directly); both
    become bytes, as boto3 writes them.
    """
    if len(raw) <= len(known) and raw.keys() <= known:
        return NO_ATTRIBUTES
    found = {name: _from_wire(value) for name, value in raw.items() if name not in known}
    return MappingProxyType(found) if found else NO_ATTRIBUTES


def attributes_to_wire(attributes: Attributes) -> dict[str, Any] | None:
    """Raw attribute values as DynamoDB JSON (binary as base64), ``None`` for none."""
    if not attributes:
        return None
    return {name: _to_wire(value) for name, value in attributes.items()}


def attributes_from_wire(data: Mapping[str, Any] | None) -> Attributes:
    if not data:
        return NO_ATTRIBUTES
    return MappingProxyType({name: _from_wire(value) for name, value in data.items()})


def attributes_to_json(attributes: Attributes) -> str | None:
    """Raw attribute values as DynamoDB JSON text (``None`` for none): for the cache."""
    wire = attributes_to_wire(attributes)
    return json.dumps(wire, ensure_ascii=False, sort_keys=True) if wire is not None else None


def attributes_from_json(text: str | None) -> Attributes:
    return attributes_from_wire(json.loads(text)) if text else NO_ATTRIBUTES


def _to_wire(value: Any) -> Any:
    """A boto3 attribute value as DynamoDB JSON (binary as base64 text)."""
    if not isinstance(value, Mapping) or len(value) != 1:
        return value
    (kind, inner), *_ = value.items()
    if kind == "B":
        return {"B": _b64(inner)}
    if kind == "BS":
        return {"BS": [_b64(v) for v in inner]}
    if kind == "L":
        return {"L": [_to_wire(v) for v in inner]}
    if kind == "M":
        return {"M": {k: _to_wire(v) for k, v in inner.items()}}
    return {kind: inner}


def _from_wire(value: Any) -> Any:
    """A DynamoDB JSON attribute value as boto3 takes it (binary as bytes)."""
    if not isinstance(value, Mapping) or len(value) != 1:
        return value
    (kind, inner), *_ = value.items()
    if kind == "B":
        return {"B": _unb64(inner)}
    if kind == "BS":
        return {"BS": [_unb64(v) for v in inner]}
    if kind == "L":
        return {"L": [_from_wire(v) for v in inner]}
    if kind == "M":
        return {"M": {k: _from_wire(v) for k, v in inner.items()}}
    return {kind: inner}


def _b64(value: Any) -> Any:
    return base64.b64encode(bytes(value)).decode("ascii") if isinstance(value, bytes) else value


def _unb64(value: Any) -> Any:
    return base64.b64decode(value) if isinstance(value, str) else value


@dataclass(frozen=True, slots=True)
class Department:
    id: str
    name: str
    description: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # The stored ``updated_at`` exactly as read (see ``Event.revision``); ``None``: it had none.
    revision: str | None = field(default=None, compare=False)
    # Attributes other writers keep on the item, as raw DynamoDB values (never shown, kept).
    extra: Attributes = field(default=NO_ATTRIBUTES, compare=False)

    @classmethod
    def from_item(cls, item: Mapping[str, Any], raw: Mapping[str, Any] | None = None) -> Department:
        """``raw``: the item's raw attribute values (fills ``revision`` and ``extra``)."""
        item_id = text_value(item.get("id")) or None
        if item_id is None:
            raise InvalidItem(None, "no id")
        name = text_value(item.get("name")).strip()
        if not name:
            raise InvalidItem(item_id, "no name")
        return cls(
            id=item_id,
            name=name,
            description=text_value(item.get("description")),
            created_at=parse_timestamp(text_value(item.get("created_at"))),
            updated_at=parse_timestamp(text_value(item.get("updated_at"))),
            revision=None if raw is None else revision_of(raw.get("updated_at")),
            extra=NO_ATTRIBUTES if raw is None else unknown_attributes(raw, DEPARTMENT_ATTRIBUTES),
        )

    def to_item(self) -> dict[str, str]:
        """The guide's document for this department."""
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "created_at": _written(self.created_at),
            "updated_at": _written(self.updated_at),
        }


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    department_id: str
    event_date: date
    title: str
    description: str = ""
    time: str = ""
    url: str = ""
    created_at: datetime | None = None
    last_modified: datetime | None = None
    # The stored ``last_modified`` exactly as read (its DynamoDB attribute value as JSON), so a
    # conditional write compares with what is on the server, not with a re-formatted copy.
    # ``None``: the item had no ``last_modified``.
    revision: str | None = field(default=None, compare=False)
    # The item carries the web app's ``time_val``; the next update removes it.
    legacy_time: bool = field(default=False, compare=False)
    # Attributes other writers keep on the item (``attendees``, ``color``…), as raw DynamoDB
    # values: never shown, written back by every whole-item write (a move, an undone delete).
    extra: Attributes = field(default=NO_ATTRIBUTES, compare=False)

    @classmethod
    def from_item(
        cls,
        item: Mapping[str, Any],
        raw_last_modified: Mapping[str, Any] | None = None,
        *,
        raw: Mapping[str, Any] | None = None,
    ) -> Event:
        """``raw``: the item's raw attribute values (fills ``extra``)."""
        item_id = text_value(item.get("id")) or None
        if item_id is None:
            raise InvalidItem(None, "no id")
        department_id = text_value(item.get("department_id"))
        if not department_id:
            raise InvalidItem(item_id, "no department_id")
        event_date = parse_date(text_value(item.get("event_date")).strip())
        if event_date is None:
            raise InvalidItem(item_id, f"impossible date {item.get('event_date')!r}")
        title = text_value(item.get("title"))
        if not title.strip():
            raise InvalidItem(item_id, "no title")
        legacy = "time_val" in item
        time_text = text_value(item.get("time_val") if legacy else item.get("time"))
        return cls(
            id=item_id,
            department_id=department_id,
            event_date=event_date,
            title=title,
            description=text_value(item.get("description")),
            time=time_text,
            url=text_value(item.get("url")),
            created_at=parse_timestamp(text_value(item.get("created_at"))),
            last_modified=parse_timestamp(text_value(item.get("last_modified"))),
            revision=revision_of(raw_last_modified),
            legacy_time=legacy,
            extra=unknown_attributes(raw, EVENT_ATTRIBUTES) if raw is not None else NO_ATTRIBUTES,
        )

    def to_item(self) -> dict[str, str]:
        """The guide's document for this event."""
        return {
            "id": self.id,
            "department_id": self.department_id,
            "event_date": self.event_date.isoformat(),
            "title": self.title,
            "description": self.description,
            "time": self.time,
            "url": self.url,
            "created_at": _written(self.created_at),
            "last_modified": _written(self.last_modified),
        }

    def sort_key(self) -> tuple[date, tuple[int, int, str], str, str]:
        """Order within a calendar: by date; in a day all-day events first, then parsed
        times in time order, then text that is not a time (:func:`time_sort_key`); then title."""
        return (self.event_date, time_sort_key(self.time), self.title, self.id)

    def with_changes(self, **changes: Any) -> Event:
        return replace(self, **changes)


def revision_of(raw_attribute: Mapping[str, Any] | None) -> str | None:
    """The opaque revision token for a raw ``last_modified`` attribute value."""
    if raw_attribute is None:
        return None
    text = raw_attribute.get("S") if len(raw_attribute) == 1 else None
    if isinstance(text, str) and _PLAIN_TEXT.fullmatch(text):
        # What json.dumps writes for a timestamp (every month read makes one per event).
        return f'{{"S": "{text}"}}'
    return json.dumps(_to_wire(dict(raw_attribute)), sort_keys=True, ensure_ascii=False)


# Text json.dumps writes as it is: no quote, backslash or control character.
_PLAIN_TEXT = re.compile(r'[^"\\\x00-\x1f\x7f]*')


def revision_attribute(revision: str) -> dict[str, Any]:
    """The raw attribute value a revision token stands for."""
    value: dict[str, Any] = _from_wire(json.loads(revision))
    return value


def revision_for_written(timestamp: str) -> str:
    """The revision token of a ``last_modified`` this client has just written."""
    return revision_of({"S": timestamp}) or ""


def _written(moment: datetime | None) -> str:
    return format_timestamp(moment) if moment is not None else ""
