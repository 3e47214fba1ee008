"""The guide's section 5: import the web app's JSON data into the tables; back them up and restore.

Two kinds of input:

* **The web app's JSON data**: a folder with ``departments.json`` and ``events.json``, each an
  object mapping id → item (or a list of items), as its local mode keeps them; also a file of
  the first export format (``deptcal-export-1``), which held the guide's documents. Each
  record is checked like a new entry: a value that is not text where text belongs (a number,
  ``true``, a list, an object, ``NaN``), an invalid field, a department name already taken,
  an event of an unknown department are refused with the reason. Valid records are written as
  the guide's documents, with the attributes the app does not know kept as DynamoDB values.
* **An export** (:func:`export`, format ``deptcal-export-2``): every item exactly as stored,
  as DynamoDB's own JSON (``{"S": …}``, ``{"N": …}``, ``{"L": …}``…). Restoring writes each
  item back unchanged: same ids, every attribute, whatever the app's rules for new input say.

Either way, items already in the tables are left alone, so running migrate again writes
nothing twice and never overwrites an edit made since. Nothing is written before the whole
input has been read and checked.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.data.errors import ConfigError, StoreError
from desktop.data.store import DynamoStore, decode_item, encode_item
from desktop.domain.models import Department, Event, InvalidItem
from desktop.domain.timestamps import now_timestamp, now_utc
from desktop.domain.validation import (
    ITEM_MAX_BYTES,
    FieldError,
    validate_department_fields,
    validate_event_fields,
    validate_item_size,
)
from desktop.i18n import tr

log = logging.getLogger(__name__)

_CONTEXT = "migrate"
EXPORT_FORMAT = "deptcal-export-2"
DOCUMENTS_EXPORT_FORMAT = "deptcal-export-1"  # the guide's documents (before raw values)
_EXPORT_FORMAT_PREFIX = "deptcal-export-"
DEPARTMENTS = "departments"
EVENTS = "events"
# A record without an id gets uuid5(ID_NAMESPACE, its canonical JSON without "id"), so the
# same record gets the same id on every run and a re-run finds it already present. Changing
# this constant would make every such record import twice: never change it.
ID_NAMESPACE = uuid.UUID("9f2d7e98-ddb2-4555-b9ae-f87a6d879bee")
# DynamoDB refuses a sort key (department_id) over 1024 bytes, and one such key in a
# BatchGetItem fails the whole request; ids are held to the same limit.
KEY_MAX_BYTES = 1024
# DynamoDB's limits on values: one invalid value fails a whole batch of 25, so each record is
# held to them before anything is sent.
NESTING_MAX = 32
NUMBER_DIGITS_MAX = 38
NUMBER_EXPONENT_RANGE = (-130, 125)

# The attributes of the guide's documents: text, or absent (``null`` counts as absent).
DEPARTMENT_FIELDS = ("id", "name", "description", "created_at", "updated_at")
EVENT_FIELDS = (
    "id",
    "department_id",
    "event_date",
    "title",
    "description",
    "time",
    "time_val",  # the web app's update path; read as the time
    "url",
    "created_at",
    "last_modified",
)
# Key and index-key attributes: DynamoDB refuses an item whose value there is not
# non-empty text.
_KEYS = {DEPARTMENTS: ("id",), EVENTS: ("id", "department_id")}
_INDEX_KEYS = {DEPARTMENTS: ("name",), EVENTS: ("event_date",)}

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Problem:
    """A record that was refused: its file, its id or 1-based position, and why."""

    file: str
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}, {self.where}: {self.reason}"


@dataclass(frozen=True)
class Tally:
    """What happened to one collection's records (``skipped``: refused, with a Problem)."""

    written: int = 0
    skipped: int = 0
    present: int = 0


@dataclass
class MigrationSummary:
    departments: Tally = field(default_factory=Tally)
    events: Tally = field(default_factory=Tally)
    problems: list[Problem] = field(default_factory=list)

    def describe(self, *, dry_run: bool) -> str:
        """One paragraph for the end of the run; a dry run says what it would write."""
        if dry_run:
            head = tr(_CONTEXT, "Dry run, nothing was written.") + " "
            line = tr(
                _CONTEXT,
                "{what}: would write {written}, refused {skipped}, already present {present}.",
            )
        else:
            head = ""
            line = tr(
                _CONTEXT, "{what}: written {written}, refused {skipped}, already present {present}."
            )
        parts = [
            line.format(what=what, written=t.written, skipped=t.skipped, present=t.present)
            for what, t in (
                (tr(_CONTEXT, "Departments"), self.departments),
                (tr(_CONTEXT, "Events"), self.events),
            )
        ]
        return head + " ".join(parts)


class MigrationInterrupted(StoreError):
    """The writes stopped part-way (network, throttling, Ctrl+C); a re-run finishes the job."""

    def __init__(self, message: str, *, written: int, cancelled: bool, detail: str = "") -> None:
        super().__init__(message, code="MigrationInterrupted", detail=detail)
        self.written = written
        self.cancelled = cancelled

    @classmethod
    def build(cls, written: int, cause: StoreError | None) -> MigrationInterrupted:
        reason = str(cause) if cause is not None else tr(_CONTEXT, "Stopped with Ctrl+C.")
        message = tr(
            _CONTEXT,
            "{reason} The import stopped after writing {written} record(s). Running the same "
            "command again is safe: it skips what is already in the tables and writes the rest.",
        ).format(reason=reason, written=written)
        return cls(
            message,
            written=written,
            cancelled=cause is None,
            detail=cause.log_text() if cause is not None else "",
        )


@dataclass(frozen=True)
class ExportCounts:
    departments: int
    events: int
    # Items written as stored that the app itself cannot show (no title, an impossible date…).
    not_shown: int = 0


class ExportFailed(StoreError):
    """The export could not read or write everything; the file at the path is unchanged."""

    cancelled = False  # stopped with Ctrl+C


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """One record as found in the input, before it is understood."""

    file: str
    where: str
    given_id: str | None
    raw: Any

    def problem(self, reason: str) -> Problem:
        return Problem(self.file, self.where, reason)


@dataclass(frozen=True)
class _Input:
    entries: dict[str, list[_Entry]]
    raw: bool  # an export of raw attribute values, restored exactly
    # An export of the first format: the guide's documents as they were in the tables, so
    # the rules for new input (lengths, link schemes, unique names, known departments) that
    # the tables did not enforce are not applied.
    documents_backup: bool = False


class _JsonObject(dict[str, Any]):
    """A JSON object that also keeps every (key, value) pair in order, repeated keys included.

    ``json`` keeps only the last of repeated keys, which would drop a record silently; the
    pairs let a repeated id be reported like any other duplicate.
    """

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        self.pairs = pairs


@dataclass(frozen=True)
class _NonFinite:
    """``NaN``, ``Infinity`` or ``-Infinity`` in the input: JSON has no such numbers, and
    DynamoDB cannot store them; kept as a marker so the record is refused, not the file."""

    text: str


def _read_input(path: Path) -> _Input:
    """The records of a web-app folder or an export file, by collection.

    Raises :class:`ConfigError` naming the file when the path is missing, unreadable, not
    JSON, or not shaped like either input.
    """
    if path.is_dir():
        files = {c: path / f"{c}.json" for c in (DEPARTMENTS, EVENTS)}
        if not any(f.exists() for f in files.values()):
            raise ConfigError(
                tr(_CONTEXT, "{path} holds neither departments.json nor events.json.").format(
                    path=path
                ),
                code="MigrateInput",
            )
        # A folder may lack one file (no events yet): that collection is simply empty.
        return _Input(
            {
                c: _entries(_load_json(f), f.name, "", c) if f.exists() else []
                for c, f in files.items()
            },
            raw=False,
        )
    if not path.exists():
        raise ConfigError(
            tr(_CONTEXT, "{path} does not exist.").format(path=path), code="MigrateInput"
        )
    data = _load_json(path)
    if not isinstance(data, dict) or not (DEPARTMENTS in data or EVENTS in data):
        raise ConfigError(
            tr(
                _CONTEXT,
                "{path} is neither a folder with departments.json and events.json nor a file "
                "with 'departments' and 'events' (as 'deptcal export' writes).",
            ).format(path=path),
            code="MigrateInput",
        )
    version = data.get("format")
    if (
        isinstance(version, str)
        and version.startswith(_EXPORT_FORMAT_PREFIX)
        and version not in (EXPORT_FORMAT, DOCUMENTS_EXPORT_FORMAT)
    ):
        raise ConfigError(
            tr(
                _CONTEXT,
                "{path} was written by a newer deptcal (format {what}); update deptcal and "
                "run it again.",
            ).format(path=path, what=version),
            code="MigrateInput",
        )
    # Other top-level keys ("format", "exported_at") are the export's metadata.
    raw = version == EXPORT_FORMAT
    return _Input(
        {
            c: _entries(data.get(c, []), path.name, f"{c} ", c, raw=raw)
            for c in (DEPARTMENTS, EVENTS)
        },
        raw=raw,
        documents_backup=version == DOCUMENTS_EXPORT_FORMAT,
    )


def _load_json(path: Path) -> Any:
    """The JSON value in ``path``; every way it can fail is one :class:`ConfigError` line.

    Numbers are read as :class:`~decimal.Decimal` (exact, no digit limit); ``NaN`` and
    ``Infinity`` as :class:`_NonFinite`, so the record holding them is refused.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc.strerror or str(exc)) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]:
        raise _unreadable(
            path,
            tr(
                _CONTEXT,
                "it is saved as UTF-16, not UTF-8. Open it in an editor, save it with the "
                "encoding UTF-8 and run this again",
            ),
        )
    try:
        # utf-8-sig: files saved by Windows editors start with a byte-order mark.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _unreadable(
            path,
            tr(
                _CONTEXT,
                "not UTF-8 text (byte {at}). Open it in an editor, save it with the encoding "
                "UTF-8 and run this again",
            ).format(at=exc.start),
        ) from None
    try:
        value = json.loads(
            text,
            object_pairs_hook=_JsonObject,
            parse_float=Decimal,
            parse_int=Decimal,
            parse_constant=_NonFinite,
        )
    except json.JSONDecodeError as exc:
        raise _unreadable(path, _json_error(text, exc)) from None
    except RecursionError:
        raise _unreadable(
            path, tr(_CONTEXT, "its values are nested too deeply to read (thousands of levels)")
        ) from None
    except ValueError as exc:
        raise _unreadable(path, tr(_CONTEXT, "not valid JSON ({msg})").format(msg=exc)) from None
    if _holds_lone_surrogate(value):
        raise _unreadable(path, _surrogate_error(text))
    return value


def _unreadable(path: Path, reason: str) -> ConfigError:
    return ConfigError(
        tr(_CONTEXT, "Cannot read {path}: {reason}.").format(path=path, reason=reason),
        code="MigrateInput",
    )


def _json_error(text: str, exc: json.JSONDecodeError) -> str:
    # json's messages may end in " at" ("Unterminated string starting at"): it expects the
    # position to follow.
    message = exc.msg.removesuffix(" at").strip()
    if exc.pos >= len(text.rstrip()) or message.startswith("Unterminated string"):
        return tr(
            _CONTEXT,
            "the file ends too early (line {line}, column {col}); it is probably incomplete. "
            "Copy it again or use another backup",
        ).format(line=exc.lineno, col=exc.colno)
    return tr(_CONTEXT, "not valid JSON at line {line}, column {col}: {msg}").format(
        line=exc.lineno, col=exc.colno, msg=message
    )


_LONE_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


def _surrogate_error(text: str) -> str:
    found = _LONE_SURROGATE.search(text)
    if found is None:
        return tr(_CONTEXT, "it contains an invalid character escape (half of a UTF-16 pair)")
    line = text.count("\n", 0, found.start()) + 1
    col = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    return tr(
        _CONTEXT,
        "it contains an invalid character escape {msg} (half of a UTF-16 pair) at line "
        "{line}, column {col}; correct or remove it and run this again",
    ).format(msg=found.group(), line=line, col=col)


def _holds_lone_surrogate(value: Any) -> bool:
    """Whether any text in ``value`` (keys included) has a lone surrogate, which no table can
    store and no terminal can print. Iterative: the value may be nested deeply."""
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            try:
                current.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(current, dict):
            pairs = current.pairs if isinstance(current, _JsonObject) else current.items()
            for key, inner in pairs:
                stack.append(key)
                stack.append(inner)
        elif isinstance(current, list):
            stack.extend(current)
    return False


def _entries(
    data: Any, file: str, prefix: str, collection: str, *, raw: bool = False
) -> list[_Entry]:
    """A collection's records: an object mapping id → item, or a list of items."""
    if isinstance(data, dict):
        pairs = data.pairs if isinstance(data, _JsonObject) else list(data.items())
        entries = []
        for key, item in pairs:
            own = _given_id(item, raw)
            if own and own != key:
                # The web app finds items by their key, so the key is what it calls the id.
                log.info("%s: item under key %s says id %s; the key is used", file, key, own)
            entries.append(_Entry(file, f"{prefix}id {key}", key or None, item))
        return entries
    if isinstance(data, list):
        entries = []
        for position, item in enumerate(data, start=1):
            given = _given_id(item, raw)
            where = f"{prefix}id {given}" if given else f"{prefix}item {position}"
            entries.append(_Entry(file, where, given, item))
        return entries
    raise ConfigError(
        tr(_CONTEXT, "In {file}, {collection} must be a JSON object or a list.").format(
            file=file, collection=collection
        ),
        code="MigrateInput",
    )


def _given_id(item: Any, raw: bool) -> str | None:
    """The record's own id when it is text (``{"S": text}`` in an export), else ``None``."""
    if not isinstance(item, dict):
        return None
    value = item.get("id")
    if raw:
        value = value.get("S") if isinstance(value, dict) else None
    return value if isinstance(value, str) and value else None


def content_id(raw: Mapping[str, Any]) -> str:
    """The stable id of a record that has none: uuid5 of its canonical JSON without ``id``."""
    content = {k: v for k, v in raw.items() if k != "id"}
    canonical = json.dumps(
        content,
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=_as_python_number,
    )
    return str(uuid.uuid5(ID_NAMESPACE, canonical))


def _as_python_number(value: Any) -> int | float:
    # Numbers are read as Decimal; the id recipe was fixed when json read them as int or float.
    if isinstance(value, Decimal):
        text = str(value)
        return int(value) if "." not in text and "E" not in text else float(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


# --- checking values ----------------------------------------------------------------------------


class _Refused(Exception):
    """A record's value DynamoDB or the documents cannot take; the message is the reason."""


def _kind(value: Any) -> str:
    """What a JSON value is, for a reason."""
    if isinstance(value, bool):
        return tr(_CONTEXT, "true or false")
    if isinstance(value, _NonFinite):
        return value.text
    if isinstance(value, Decimal):
        return tr(_CONTEXT, "a number")
    if isinstance(value, list):
        return tr(_CONTEXT, "a list")
    if isinstance(value, dict):
        return tr(_CONTEXT, "an object")
    return type(value).__name__


def _check_text_fields(raw: Mapping[str, Any], names: Sequence[str]) -> None:
    for name in names:
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            raise _Refused(
                tr(_CONTEXT, "'{name}' must be text, not {what}").format(
                    name=name, what=_kind(value)
                )
            )


def _check_number(value: Decimal, name: str) -> None:
    """Refuse a number DynamoDB cannot store (at most 38 digits, exponent within range)."""
    low, high = NUMBER_EXPONENT_RANGE
    if value.is_finite() and (
        not value
        or (
            len(value.normalize().as_tuple().digits) <= NUMBER_DIGITS_MAX
            and low <= value.adjusted() <= high
        )
    ):
        return
    raise _Refused(
        tr(
            _CONTEXT,
            "'{name}' holds the number {what}, which DynamoDB cannot store (at most 38 "
            "digits, between 1E-130 and 1E+125)",
        ).format(name=name, what=_abbreviated(str(value)))
    )


def _abbreviated(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _attribute_value(value: Any, name: str, depth: int = 1) -> dict[str, Any]:
    """A JSON value of an attribute the documents do not define, as a DynamoDB value."""
    if depth > NESTING_MAX:
        raise _Refused(
            tr(_CONTEXT, "'{name}' is nested deeper than DynamoDB allows ({limit} levels)").format(
                name=name, limit=NESTING_MAX
            )
        )
    if value is None:
        return {"NULL": True}
    if isinstance(value, bool):
        return {"BOOL": value}
    if isinstance(value, str):
        return {"S": value}
    if isinstance(value, _NonFinite):
        raise _Refused(
            tr(_CONTEXT, "'{name}' holds {what}, which DynamoDB cannot store").format(
                name=name, what=value.text
            )
        )
    if isinstance(value, Decimal):
        _check_number(value, name)
        return {"N": str(value)}
    if isinstance(value, list):
        return {"L": [_attribute_value(v, name, depth + 1) for v in value]}
    if isinstance(value, dict):
        pairs = value.pairs if isinstance(value, _JsonObject) else list(value.items())
        return {"M": {k: _attribute_value(v, name, depth + 1) for k, v in pairs}}
    raise _Refused(f"'{name}': {type(value).__name__}")


def _extra_attributes(raw: Mapping[str, Any], known: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The attributes the documents do not define (``attendees``, ``color``…), kept."""
    extra: dict[str, dict[str, Any]] = {}
    for name, value in raw.items():
        if name in known:
            continue
        if not name:
            raise _Refused(tr(_CONTEXT, "an attribute without a name"))
        extra[name] = _attribute_value(value, name)
    return extra


def _value_size(value: Mapping[str, Any]) -> int:
    """DynamoDB's size of one attribute value (close enough to hold items under 400 KB)."""
    (kind, inner), *_ = value.items()
    if kind == "S":
        return len(str(inner).encode())
    if kind == "N":
        return len(str(inner)) // 2 + 1
    if kind == "B":
        return len(inner)
    if kind in ("SS", "NS", "BS"):
        return sum(len(v) if isinstance(v, bytes) else len(str(v).encode()) for v in inner)
    if kind == "L":
        return 3 + sum(1 + _value_size(v) for v in inner)
    if kind == "M":
        return 3 + sum(1 + len(k.encode()) + _value_size(v) for k, v in inner.items())
    return 1


def _item_size(item: Mapping[str, Mapping[str, Any]]) -> int:
    return sum(len(name.encode()) + _value_size(value) for name, value in item.items())


def _check_item_size(item: Mapping[str, Mapping[str, Any]]) -> None:
    if _item_size(item) >= ITEM_MAX_BYTES:
        raise _Refused(tr(_CONTEXT, "larger than DynamoDB's 400 KB per item"))


# --- understanding the web app's records --------------------------------------------------------


def _refuse(item_id: str, errors: Sequence[FieldError]) -> None:
    if errors:
        raise InvalidItem(item_id, " ".join(error.message for error in errors))


def _check_key(*values: str) -> None:
    for value in values:
        if len(value.encode()) > KEY_MAX_BYTES:
            raise InvalidItem(
                values[0],
                tr(_CONTEXT, "id longer than {limit} bytes").format(limit=KEY_MAX_BYTES),
            )


def _both(
    first: datetime | None, second: datetime | None, moment: datetime
) -> tuple[datetime, datetime]:
    """Fill a missing timestamp from the other one, so creation never follows a change."""
    return first or second or moment, second or first or moment


@dataclass(frozen=True)
class _Record:
    """A record ready to write: its table key, its item, and for a department its name."""

    key: tuple[str, ...]
    item: dict[str, dict[str, Any]]
    name: str = ""
    department_id: str = ""


def _with_id(raw: Mapping[str, Any], given_id: str | None) -> dict[str, Any]:
    """The record with its id: the given one, or one derived from its (checked) content."""
    return {**raw, "id": given_id or content_id(raw)}


def _department(
    raw: Mapping[str, Any], given_id: str | None, moment: datetime, *, backup: bool = False
) -> _Record:
    _check_text_fields(raw, DEPARTMENT_FIELDS)
    extra = _extra_attributes(raw, DEPARTMENT_FIELDS)
    department = Department.from_item(_with_id(raw, given_id))
    _check_key(department.id)
    if not backup:
        _refuse(department.id, validate_department_fields(department.name, department.description))
    created, updated = _both(department.created_at, department.updated_at, moment)
    department = replace(department, created_at=created, updated_at=updated)
    document = department.to_item()
    _refuse(department.id, validate_item_size(document))
    item = {**extra, **encode_item(document)}
    _check_item_size(item)
    return _Record((department.id,), item, name=department.name)


def _event(
    raw: Mapping[str, Any], given_id: str | None, moment: datetime, *, backup: bool = False
) -> _Record:
    _check_text_fields(raw, EVENT_FIELDS)
    extra = _extra_attributes(raw, EVENT_FIELDS)
    event = Event.from_item(_with_id(raw, given_id))
    _check_key(event.id, event.department_id)
    if not backup:
        _refuse(
            event.id,
            validate_event_fields(
                event.title, event.event_date.isoformat(), event.time, event.url, event.description
            ),
        )
    created, modified = _both(event.created_at, event.last_modified, moment)
    event = event.with_changes(created_at=created, last_modified=modified)
    document = event.to_item()
    _refuse(event.id, validate_item_size(document))
    item = {**extra, **encode_item(document)}
    _check_item_size(item)
    return _Record((event.id, event.department_id), item, department_id=event.department_id)


def _understand(
    entries: Sequence[_Entry],
    parse: Callable[[Mapping[str, Any], str | None], _Record],
    problems: list[Problem],
) -> dict[tuple[str, ...], tuple[_Entry, _Record]]:
    """Every valid record by its table key; the first of a repeated key wins."""
    valid: dict[tuple[str, ...], tuple[_Entry, _Record]] = {}
    for entry in entries:
        if not isinstance(entry.raw, dict):
            problems.append(entry.problem(tr(_CONTEXT, "not a JSON object")))
            continue
        try:
            record = parse(entry.raw, entry.given_id)
        except (InvalidItem, _Refused) as exc:
            problems.append(entry.problem(exc.reason if isinstance(exc, InvalidItem) else str(exc)))
            continue
        # Duplicates are by table key: an event's key is (id, department_id).
        if record.key in valid:
            problems.append(entry.problem(tr(_CONTEXT, "duplicate id (the first one is kept)")))
            continue
        valid[record.key] = (entry, record)
    return valid


# --- understanding an export's items ------------------------------------------------------------


def _restored(raw: Any, collection: str) -> _Record:
    """An exported item as the client writes it back (binary values decoded), checked for
    what DynamoDB would refuse; nothing else about it is judged."""
    if not isinstance(raw, dict):
        raise _Refused(tr(_CONTEXT, "not a JSON object"))
    pairs = raw.pairs if isinstance(raw, _JsonObject) else list(raw.items())
    item = {name: _raw_value(value, name, 1) for name, value in pairs}
    for name in _KEYS[collection] + _INDEX_KEYS[collection]:
        value = item.get(name)
        if value is None and name not in _KEYS[collection]:
            continue
        if value is None or not isinstance(value.get("S"), str) or not value["S"]:
            raise _Refused(tr(_CONTEXT, "'{name}' must be non-empty text").format(name=name))
    key = tuple(item[name]["S"] for name in _KEYS[collection])
    for part in key:
        if len(part.encode()) > KEY_MAX_BYTES:
            raise _Refused(tr(_CONTEXT, "id longer than {limit} bytes").format(limit=KEY_MAX_BYTES))
    _check_item_size(item)
    department_id = key[1] if collection == EVENTS else ""
    return _Record(key, item, department_id=department_id)


def _raw_value(value: Any, name: str, depth: int) -> dict[str, Any]:
    """One DynamoDB JSON value from an export, as boto3's client takes it (text unchanged)."""
    if depth > NESTING_MAX:
        raise _Refused(
            tr(_CONTEXT, "'{name}' is nested deeper than DynamoDB allows ({limit} levels)").format(
                name=name, limit=NESTING_MAX
            )
        )
    if not (isinstance(value, dict) and len(value) == 1):
        raise _Refused(_not_a_value(name))
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
            raise _Refused(_not_a_value(name))
        if kind == "NS":
            return {"NS": [_stored_number(v, name) for v in inner]}
        if kind == "BS":
            return {"BS": [_binary(v, name) for v in inner]}
        return {"SS": list(inner)}
    if kind == "L" and isinstance(inner, list):
        return {"L": [_raw_value(v, name, depth + 1) for v in inner]}
    if kind == "M" and isinstance(inner, dict):
        pairs = inner.pairs if isinstance(inner, _JsonObject) else list(inner.items())
        return {"M": {k: _raw_value(v, name, depth + 1) for k, v in pairs}}
    raise _Refused(_not_a_value(name))


_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def _stored_number(text: str, name: str) -> str:
    """An exported number's text, unchanged, if DynamoDB can store it."""
    if not _NUMBER.fullmatch(text):
        raise _Refused(_not_a_value(name))
    _check_number(Decimal(text), name)
    return text


def _binary(text: str, name: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise _Refused(_not_a_value(name)) from None


def _not_a_value(name: str) -> str:
    return tr(_CONTEXT, "'{name}' is not a DynamoDB value of this file's format").format(name=name)


def _restore_all(
    entries: Sequence[_Entry], collection: str, problems: list[Problem]
) -> dict[tuple[str, ...], tuple[_Entry, _Record]]:
    valid: dict[tuple[str, ...], tuple[_Entry, _Record]] = {}
    for entry in entries:
        try:
            record = _restored(entry.raw, collection)
        except _Refused as exc:
            problems.append(entry.problem(str(exc)))
            continue
        if record.key in valid:
            problems.append(entry.problem(tr(_CONTEXT, "duplicate id (the first one is kept)")))
            continue
        valid[record.key] = (entry, record)
    return valid


# --- migrate ------------------------------------------------------------------------------------


def migrate(
    store: DynamoStore,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> MigrationSummary:
    """Write the records at ``path`` that the tables do not hold yet.

    Departments are written before events, so an interrupted run leaves no event without its
    department, and re-running finishes the job. ``dry_run`` reads and checks everything
    (existence checks included) and writes nothing. ``progress(done, total, collection)`` is
    called after each written batch of 25. A run stopped part-way (network, throttling beyond
    the retries, Ctrl+C) raises :class:`MigrationInterrupted` with the number written.
    """
    written = 0
    writing = False
    try:
        source = _read_input(path)
        if source.raw:
            summary, departments, events = _plan_restore(store, source)
        else:
            summary, departments, events = _plan_import(store, source)
        for problem in summary.problems:
            log.info("Migration refused %s", problem)
        if not dry_run:
            writing = True
            for table, items, what in (
                (store.settings.departments_table, departments, DEPARTMENTS),
                (store.settings.events_table, events, EVENTS),
            ):
                base = written

                def report(done: int, total: int, what: str = what, base: int = base) -> None:
                    nonlocal written
                    written = base + done
                    if progress is not None:
                        progress(done, total, what)

                requests = [{"PutRequest": {"Item": item}} for item in items]
                store.batch_write(table, requests, progress=report)
    except StoreError as exc:
        if not writing:
            raise
        raise MigrationInterrupted.build(written, exc) from exc
    except KeyboardInterrupt:
        raise MigrationInterrupted.build(written, None) from None
    log.info("Migration of %s: %s", path, summary.describe(dry_run=dry_run))
    return summary


_Plan = tuple[MigrationSummary, list[dict[str, Any]], list[dict[str, Any]]]


def _plan_import(store: DynamoStore, source: _Input) -> _Plan:
    """The web app's records: checked, with names and departments looked up in the tables."""
    moment = now_utc()  # one import time for every filled-in timestamp of this run
    department_problems: list[Problem] = []
    event_problems: list[Problem] = []
    backup = source.documents_backup
    departments = _understand(
        source.entries[DEPARTMENTS],
        lambda raw, given: _department(raw, given, moment, backup=backup),
        department_problems,
    )
    events = _understand(
        source.entries[EVENTS],
        lambda raw, given: _event(raw, given, moment, backup=backup),
        event_problems,
    )

    departments_table = store.settings.departments_table
    events_table = store.settings.events_table
    # One existence check covers the input's departments and every department an event names.
    wanted = sorted({k[0] for k in departments} | {r.department_id for _, r in events.values()})
    in_table = store.existing_keys(departments_table, [{"id": {"S": i}} for i in wanted], ["id"])
    if not backup:
        _refuse_taken_names(store, departments, in_table, department_problems)
    known = {k[0] for k in departments} | {k[0] for k in in_table}
    for event_key, (entry, record) in list(events.items()):
        if record.department_id not in known and not backup:
            reason = tr(_CONTEXT, "unknown department {id}").format(id=record.department_id)
            event_problems.append(entry.problem(reason))
            del events[event_key]
    events_present = store.existing_keys(
        events_table,
        [{"id": {"S": i}, "department_id": {"S": d}} for i, d in events],
        ["id", "department_id"],
    )
    new_departments = [r.item for k, (_, r) in departments.items() if k not in in_table]
    new_events = [r.item for k, (_, r) in events.items() if k not in events_present]
    summary = MigrationSummary(
        departments=_tally(len(new_departments), departments, department_problems),
        events=_tally(len(new_events), events, event_problems),
        problems=department_problems + event_problems,
    )
    return summary, new_departments, new_events


def _refuse_taken_names(
    store: DynamoStore,
    departments: dict[tuple[str, ...], tuple[_Entry, _Record]],
    in_table: set[tuple[str, ...]],
    problems: list[Problem],
) -> None:
    """Refuse a new department whose name the table or an earlier record already has.

    The app and the web app find a department by its name (``name-index``); two of one name
    would make it ambiguous which one is meant. A department already in the table (a re-run)
    keeps its name, whatever the file says.
    """
    taken: dict[str, str] = {}
    for raw in store.scan_all(store.settings.departments_table):
        name, item_id = raw.get("name", {}).get("S"), raw.get("id", {}).get("S")
        if isinstance(name, str) and isinstance(item_id, str):
            taken.setdefault(name.strip(), item_id)
    for key, (entry, record) in list(departments.items()):
        if key in in_table:
            continue
        holder = taken.get(record.name)
        if holder is not None and holder != key[0]:
            reason = tr(_CONTEXT, "the name {name} is already used by department {id}").format(
                name=record.name, id=holder
            )
            problems.append(entry.problem(reason))
            del departments[key]
            continue
        taken[record.name] = key[0]


def _plan_restore(store: DynamoStore, source: _Input) -> _Plan:
    """An export's items, to be written back exactly as they were stored."""
    department_problems: list[Problem] = []
    event_problems: list[Problem] = []
    departments = _restore_all(source.entries[DEPARTMENTS], DEPARTMENTS, department_problems)
    events = _restore_all(source.entries[EVENTS], EVENTS, event_problems)
    departments_present = store.existing_keys(
        store.settings.departments_table, [{"id": {"S": k[0]}} for k in departments], ["id"]
    )
    events_present = store.existing_keys(
        store.settings.events_table,
        [{"id": {"S": i}, "department_id": {"S": d}} for i, d in events],
        ["id", "department_id"],
    )
    new_departments = [r.item for k, (_, r) in departments.items() if k not in departments_present]
    new_events = [r.item for k, (_, r) in events.items() if k not in events_present]
    summary = MigrationSummary(
        departments=_tally(len(new_departments), departments, department_problems),
        events=_tally(len(new_events), events, event_problems),
        problems=department_problems + event_problems,
    )
    return summary, new_departments, new_events


def _tally(new: int, valid: Mapping[Any, Any], problems: Sequence[Problem]) -> Tally:
    return Tally(written=new, skipped=len(problems), present=len(valid) - new)


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
