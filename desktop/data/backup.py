"""Backup and restore: every item exactly as stored, to one JSON file and back.

:func:`export` writes the format ``deptcal-export-2`` (DynamoDB's own JSON); restoring such a
file (through :func:`desktop.data.migrate.migrate`) writes each item back unchanged, checked
only for what DynamoDB would refuse.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.data.errors import StoreError
from desktop.data.migrate_records import (
    DEPARTMENTS,
    EVENTS,
    EXPORT_FORMAT,
    INDEX_KEYS,
    KEY_MAX_BYTES,
    NESTING_MAX,
    TABLE_KEYS,
    Entry,
    Input,
    JsonObject,
    Plan,
    Problem,
    Record,
    Refused,
    check_item_size,
    check_number,
    plan_new,
)
from desktop.data.store import decode_item
from desktop.domain.models import Department, Event, InvalidItem
from desktop.domain.timestamps import now_timestamp
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.data.store import DynamoStore


_CONTEXT = "migrate"


@dataclass(frozen=True)
class ExportCounts:
    departments: int
    events: int
    # Items written as stored that the app itself cannot show (no title, an impossible date…).
    not_shown: int = 0


class ExportFailed(StoreError):
    """The export could not read or write everything; the file at the path is unchanged."""

    cancelled = False  # stopped with Ctrl+C


# --- understanding an export's items ------------------------------------------------------------


def _restored(raw: Any, collection: str) -> Record:
    """An exported item as the client writes it back (binary values decoded), checked for
    what DynamoDB would refuse; nothing else about it is judged."""
    if not isinstance(raw, dict):
        raise Refused(tr(_CONTEXT, "not a JSON object"))
    pairs = raw.pairs if isinstance(raw, JsonObject) else list(raw.items())
    item = {name: _raw_value(value, name, 1) for name, value in pairs}
    for name in TABLE_KEYS[collection] + INDEX_KEYS[collection]:
        value = item.get(name)
        if value is None and name not in TABLE_KEYS[collection]:
            continue
        if value is None or not isinstance(value.get("S"), str) or not value["S"]:
            raise Refused(tr(_CONTEXT, "'{name}' must be non-empty text").format(name=name))
    key = tuple(item[name]["S"] for name in TABLE_KEYS[collection])
    for part in key:
        if len(part.encode()) > KEY_MAX_BYTES:
            raise Refused(tr(_CONTEXT, "id longer than {limit} bytes").format(limit=KEY_MAX_BYTES))
    check_item_size(item)
    department_id = key[1] if collection == EVENTS else ""
    return Record(key, item, department_id=department_id)


def _raw_value(value: Any, name: str, depth: int) -> dict[str, Any]:
    """One DynamoDB JSON value from an export, as boto3's client takes it (text unchanged)."""
    if depth > NESTING_MAX:
        raise Refused(
            tr(_CONTEXT, "'{name}' is nested deeper than DynamoDB allows ({limit} levels)").format(
                name=name, limit=NESTING_MAX
            )
        )
    if not (isinstance(value, dict) and len(value) == 1):
        raise Refused(_not_a_value(name))
    (kind, inner), *_ = value.items()
    if kind == "S" and isinstance(inner, str):
        return {"S": inner}
    if kind == "N" and isinstance(inner, str):
        return {"N": _stored_number(inner, name)}
    if kind == "B" and isinstance(inner, str):
        return {"B": _binary(inner, name)}
    if kind == "BOOL" and isinstance(inner, bool):
        return {"BOOL": inner}
    if kind == "NULL" and inner is True:
        return {"NULL": True}
    if kind in ("SS", "NS", "BS") and isinstance(inner, list) and inner:
        if not all(isinstance(v, str) for v in inner) or len(set(inner)) != len(inner):
            raise Refused(_not_a_value(name))
        if kind == "NS":
            return {"NS": [_stored_number(v, name) for v in inner]}
        if kind == "BS":
            return {"BS": [_binary(v, name) for v in inner]}
        return {"SS": list(inner)}
    if kind == "L" and isinstance(inner, list):
        return {"L": [_raw_value(v, name, depth + 1) for v in inner]}
    if kind == "M" and isinstance(inner, dict):
        pairs = inner.pairs if isinstance(inner, JsonObject) else list(inner.items())
        return {"M": {k: _raw_value(v, name, depth + 1) for k, v in pairs}}
    raise Refused(_not_a_value(name))


_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def _stored_number(text: str, name: str) -> str:
    """An exported number's text, unchanged, if DynamoDB can store it."""
    if not _NUMBER.fullmatch(text):
        raise Refused(_not_a_value(name))
    check_number(Decimal(text), name)
    return text


def _binary(text: str, name: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise Refused(_not_a_value(name)) from None


def _not_a_value(name: str) -> str:
    return tr(_CONTEXT, "'{name}' is not a DynamoDB value of this file's format").format(name=name)


def _restore_all(
    entries: Sequence[Entry], collection: str, problems: list[Problem]
) -> dict[tuple[str, ...], tuple[Entry, Record]]:
    valid: dict[tuple[str, ...], tuple[Entry, Record]] = {}
    for entry in entries:
        try:
            record = _restored(entry.raw, collection)
        except Refused as exc:
            problems.append(entry.problem(str(exc)))
            continue
        if record.key in valid:
            problems.append(entry.problem(tr(_CONTEXT, "duplicate id (the first one is kept)")))
            continue
        valid[record.key] = (entry, record)
    return valid


def plan_restore(store: DynamoStore, source: Input) -> Plan:
    """An export's items, to be written back exactly as they were stored."""
    department_problems: list[Problem] = []
    event_problems: list[Problem] = []
    departments = _restore_all(source.entries[DEPARTMENTS], DEPARTMENTS, department_problems)
    events = _restore_all(source.entries[EVENTS], EVENTS, event_problems)
    departments_present = store.existing_keys(
        store.settings.departments_table, [{"id": {"S": k[0]}} for k in departments], ["id"]
    )
    return plan_new(
        store, departments, departments_present, events, (department_problems, event_problems)
    )


# --- export -------------------------------------------------------------------------------------


def export(store: DynamoStore, path: Path) -> ExportCounts:
    """Write every department and event exactly as stored to one JSON file.

    Items are DynamoDB's own JSON (``{"S": …}``, ``{"N": …}``, binary as base64), so numbers,
    sets, binary, nested values and attributes this app does not know survive, and items the
    app cannot show are included. The order is fixed (departments by name then id, events by
    date then id), so exporting the same data twice gives the same body apart from
    ``exported_at``. The file is written beside ``path`` and renamed over it once complete
    and read back: a failed export never leaves half a backup where a good one was.
    """
    departments: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    try:
        departments.extend(store.scan_all(store.settings.departments_table))
        events.extend(store.scan_all(store.settings.events_table))
    except KeyboardInterrupt:
        failed = ExportFailed(_export_stopped(path, tr(_CONTEXT, "Stopped with Ctrl+C.")))
        failed.cancelled = True
        raise failed from None
    except StoreError as exc:
        raise ExportFailed(_export_stopped(path, str(exc)), detail=exc.log_text()) from exc
    departments.sort(key=lambda raw: (_text(raw, "name"), _text(raw, "id")))
    events.sort(
        key=lambda raw: (_text(raw, "event_date"), _text(raw, "id"), _text(raw, "department_id"))
    )
    document = {
        "format": EXPORT_FORMAT,
        "exported_at": now_timestamp(),
        DEPARTMENTS: [_as_json(raw) for raw in departments],
        EVENTS: [_as_json(raw) for raw in events],
    }
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    _write_atomically(path, text, expected=(len(departments), len(events)))
    not_shown = sum(not _showable(raw, DEPARTMENTS) for raw in departments) + sum(
        not _showable(raw, EVENTS) for raw in events
    )
    return ExportCounts(len(departments), len(events), not_shown)


def _export_stopped(path: Path, reason: str) -> str:
    return tr(
        _CONTEXT, "{reason} Nothing was exported; {path} is unchanged. Run the export again."
    ).format(reason=reason, path=path)


def _text(raw: Mapping[str, Any], name: str) -> str:
    value = raw.get(name)
    text = value.get("S") if isinstance(value, Mapping) else None
    return text if isinstance(text, str) else ""


def _as_json(value: Any) -> Any:
    """A raw item or value as DynamoDB JSON: binary as base64 text, everything else as is."""
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, Mapping):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_as_json(v) for v in value]
    return value


def _showable(raw: Mapping[str, Any], collection: str) -> bool:
    try:
        if collection == DEPARTMENTS:
            Department.from_item(decode_item(raw))
        else:
            Event.from_item(decode_item(raw))
    except (InvalidItem, ValueError, TypeError, AttributeError):
        return False
    return True


def _write_atomically(path: Path, text: str, *, expected: tuple[int, int]) -> None:
    """Write a temp file beside ``path``, read it back, then rename it over ``path``.

    The file is readable by its owner only (``mkstemp``'s mode): it holds the whole calendar.
    Reading it back proves every item reached the disk before the old file is replaced.
    """
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        written = json.loads(Path(temp).read_text(encoding="utf-8"))
        found = (len(written.get(DEPARTMENTS, [])), len(written.get(EVENTS, [])))
        if found != expected:
            raise ExportFailed(
                tr(
                    _CONTEXT,
                    "The export file {path} came out incomplete; nothing was replaced. Check "
                    "the free space and run the export again.",
                ).format(path=path)
            )
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
