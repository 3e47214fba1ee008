"""DynamoDB items to and from this app's documents, and what reading them costs.

DynamoDB JSON (``{"S": "..."}``) is decoded here without botocore's TypeDeserializer, events and
departments are built from raw items, and the condition of a write over an event is spelled as
DynamoDB expects it. No requests are made here: :mod:`desktop.data.store` makes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop.data.errors import StoreError
from desktop.domain.models import Department, Event, InvalidItem, revision_attribute


def decode_value(value: Mapping[str, Any]) -> Any:
    """One DynamoDB attribute value to Python, lighter than boto3's TypeDeserializer.

    Numbers stay as their decimal text: every field of the documents is text, and a number the
    web app stored in a text field should read as its digits.
    """
    (kind, inner), *_ = value.items()
    if kind in ("S", "N"):
        return inner
    if kind == "BOOL":
        return bool(inner)
    if kind == "NULL":
        return None
    if kind == "L":
        return [decode_value(v) for v in inner]
    if kind == "M":
        return {k: decode_value(v) for k, v in inner.items()}
    if kind in ("SS", "NS"):
        return list(inner)
    return inner


def decode_item(item: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    # Nearly every attribute of the documents is text: take it without the general dispatch.
    decoded: dict[str, Any] = {}
    for name, value in item.items():
        text = value.get("S")
        decoded[name] = text if text is not None else decode_value(value)
    return decoded


def encode_item(item: Mapping[str, str]) -> dict[str, dict[str, str]]:
    return {name: {"S": value} for name, value in item.items()}


def item_size(raw: Mapping[str, Any]) -> int:
    """An item's size as DynamoDB counts it: UTF-8 attribute names plus values (text values;
    other types at a generous 8 bytes)."""
    size = 0
    for name, value in raw.items():
        text = value.get("S") if isinstance(value, Mapping) else None
        if isinstance(text, str):
            # ASCII text is one byte a character (``isascii`` is a flag of the string: free).
            size += len(name) + (len(text) if text.isascii() else len(text.encode()))
        else:
            size += len(name) + 8
    return size


def page_read_units(items: Sequence[Mapping[str, Any]]) -> float:
    """Read units of one Query page of an index (eventually consistent): half a unit per 4 KB
    of the items read, rounded up, at least half a unit. Computed here because not every
    endpoint reports it truthfully (moto answers a flat 1.0 per request)."""
    size = sum(item_size(raw) for raw in items)
    return max(1, -(-size // 4096)) * 0.5


def event_key(event_id: str, department_id: str) -> dict[str, dict[str, str]]:
    return {"id": {"S": event_id}, "department_id": {"S": department_id}}


def event_from_raw(raw: Mapping[str, Any]) -> Event:
    return Event.from_item(decode_item(raw), raw.get("last_modified"), raw=raw)


def department_from_raw(raw: Mapping[str, Any]) -> Department:
    return Department.from_item(decode_item(raw), raw)


def whole_item(event: Event) -> dict[str, Any]:
    """The item a whole-item write (PutItem) puts: the guide's document and every attribute
    the event was read with that this app does not know."""
    item: dict[str, Any] = dict(event.extra)
    item.update(encode_item(event.to_item()))
    return item


def revision_condition(event: Event) -> tuple[str, dict[str, str], dict[str, Any]]:
    """The condition of a write over ``event`` as the user saw it.

    With a ``last_modified``: that exact value. Without one (items of other writers), every
    field the user saw, as read: equal, or absent where it was read as empty; and the time in
    the attribute it was read from (``time_val``, which must not have appeared otherwise).
    """
    names = {"#id": "id", "#lm": "last_modified"}
    values: dict[str, Any] = {}
    if event.revision is not None:
        values[":rev"] = revision_attribute(event.revision)
        return "attribute_exists(#id) AND #lm = :rev", names, values
    names.update(
        {
            "#c_e": "event_date",
            "#c_t": "title",
            "#c_d": "description",
            "#c_u": "url",
            "#c_tm": "time_val" if event.legacy_time else "time",
        }
    )
    parts = [
        "attribute_exists(#id)",
        "attribute_not_exists(#lm)",
        text_condition("#c_e", ":c_e", event.event_date.isoformat(), values),
        text_condition("#c_t", ":c_t", event.title, values),
        text_condition("#c_d", ":c_d", event.description, values),
        text_condition("#c_u", ":c_u", event.url, values),
        text_condition("#c_tm", ":c_tm", event.time, values),
    ]
    if not event.legacy_time:
        names["#c_tv"] = "time_val"
        parts.append("attribute_not_exists(#c_tv)")
    return " AND ".join(parts), names, values


def text_condition(name: str, placeholder: str, text: str, values: dict[str, Any]) -> str:
    """``name`` holds ``text`` as read (read as empty: absent, or empty text)."""
    values[placeholder] = {"S": text}
    if text:
        return f"{name} = {placeholder}"
    return f"(attribute_not_exists({name}) OR {name} = {placeholder})"


def _failed_item(exc: StoreError) -> Mapping[str, Any] | None:
    """The item a failed condition returned (``ReturnValuesOnConditionCheckFailure``)."""
    response = getattr(exc.__cause__, "response", None)
    item = response.get("Item") if isinstance(response, dict) else None
    return item or None


def department_from_failure(exc: StoreError) -> Department | None:
    """The department a failed condition returned, if it can be read."""
    item = _failed_item(exc)
    try:
        return department_from_raw(item) if item else None
    except InvalidItem:
        return None


def event_from_failure(exc: StoreError) -> Event | None:
    """The event a failed condition returned, if it can be read."""
    item = _failed_item(exc)
    try:
        return event_from_raw(item) if item else None
    except InvalidItem:
        return None
    try:
        return event_from_raw(item)
    except InvalidItem:
        return None
