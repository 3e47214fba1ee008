"""The records of ``deptcal migrate``: the input read, each value checked, and the tally.

Reads a web-app folder or an export file into entries (every way it can fail is one line
naming the file), checks values DynamoDB or the documents cannot take, and counts what
happened to each collection. :mod:`desktop.data.migrate` imports the web app's records and
:mod:`desktop.data.backup` restores an export's items; both start here.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.data.errors import ConfigError
from desktop.domain.validation import (
    ITEM_MAX_BYTES,
)
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.data.store import DynamoStore

log = logging.getLogger("desktop.data.migrate")  # one logger for migrate, as before

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
TABLE_KEYS = {DEPARTMENTS: ("id",), EVENTS: ("id", "department_id")}
INDEX_KEYS = {DEPARTMENTS: ("name",), EVENTS: ("event_date",)}


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


@dataclass(frozen=True)
class Record:
    """A record ready to write: its table key, its item, and for a department its name."""

    key: tuple[str, ...]
    item: dict[str, dict[str, Any]]
    name: str = ""
    department_id: str = ""


Plan = tuple[MigrationSummary, list[dict[str, Any]], list[dict[str, Any]]]


def tally(new: int, valid: Mapping[Any, Any], problems: Sequence[Problem]) -> Tally:
    return Tally(written=new, skipped=len(problems), present=len(valid) - new)


Records = dict[tuple[str, ...], tuple["Entry", Record]]


def plan_new(
    store: DynamoStore,
    departments: Records,
    departments_present: set[tuple[str, ...]],
    events: Records,
    problems: tuple[list[Problem], list[Problem]],
) -> Plan:
    """The records whose keys the tables do not hold yet, and the counts of each kind."""
    events_present = store.existing_keys(
        store.settings.events_table,
        [{"id": {"S": i}, "department_id": {"S": d}} for i, d in events],
        ["id", "department_id"],
    )
    new_departments = [r.item for k, (_, r) in departments.items() if k not in departments_present]
    new_events = [r.item for k, (_, r) in events.items() if k not in events_present]
    department_problems, event_problems = problems
    summary = MigrationSummary(
        departments=tally(len(new_departments), departments, department_problems),
        events=tally(len(new_events), events, event_problems),
        problems=department_problems + event_problems,
    )
    return summary, new_departments, new_events


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One record as found in the input, before it is understood."""

    file: str
    where: str
    given_id: str | None
    raw: Any

    def problem(self, reason: str) -> Problem:
        return Problem(self.file, self.where, reason)


@dataclass(frozen=True)
class Input:
    entries: dict[str, list[Entry]]
    raw: bool  # an export of raw attribute values, restored exactly
    # An export of the first format: the guide's documents as they were in the tables, so
    # the rules for new input (lengths, link schemes, unique names, known departments) that
    # the tables did not enforce are not applied.
    documents_backup: bool = False


class JsonObject(dict[str, Any]):
    """A JSON object that also keeps every (key, value) pair in order, repeated keys included.

    ``json`` keeps only the last of repeated keys, which would drop a record silently; the
    pairs let a repeated id be reported like any other duplicate.
    """

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        self.pairs = pairs


@dataclass(frozen=True)
class NonFinite:
    """``NaN``, ``Infinity`` or ``-Infinity`` in the input: JSON has no such numbers, and
    DynamoDB cannot store them; kept as a marker so the record is refused, not the file."""

    text: str


def read_input(path: Path) -> Input:
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
        return Input(
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
    return Input(
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
    ``Infinity`` as :class:`NonFinite`, so the record holding them is refused.
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
            object_pairs_hook=JsonObject,
            parse_float=Decimal,
            parse_int=Decimal,
            parse_constant=NonFinite,
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
            pairs = current.pairs if isinstance(current, JsonObject) else current.items()
            for key, inner in pairs:
                stack.append(key)
                stack.append(inner)
        elif isinstance(current, list):
            stack.extend(current)
    return False


def _entries(
    data: Any, file: str, prefix: str, collection: str, *, raw: bool = False
) -> list[Entry]:
    """A collection's records: an object mapping id → item, or a list of items."""
    if isinstance(data, dict):
        pairs = data.pairs if isinstance(data, JsonObject) else list(data.items())
        entries = []
        for key, item in pairs:
            own = _given_id(item, raw)
            if own and own != key:
                # The web app finds items by their key, so the key is what it calls the id.
                log.info("%s: item under key %s says id %s; the key is used", file, key, own)
            entries.append(Entry(file, f"{prefix}id {key}", key or None, item))
        return entries
    if isinstance(data, list):
        entries = []
        for position, item in enumerate(data, start=1):
            given = _given_id(item, raw)
            where = f"{prefix}id {given}" if given else f"{prefix}item {position}"
            entries.append(Entry(file, where, given, item))
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


class Refused(Exception):
    """A record's value DynamoDB or the documents cannot take; the message is the reason."""


def _kind(value: Any) -> str:
    """What a JSON value is, for a reason."""
    if isinstance(value, bool):
        return tr(_CONTEXT, "true or false")
    if isinstance(value, NonFinite):
        return value.text
    if isinstance(value, Decimal):
        return tr(_CONTEXT, "a number")
    if isinstance(value, list):
        return tr(_CONTEXT, "a list")
    if isinstance(value, dict):
        return tr(_CONTEXT, "an object")
    return type(value).__name__


def check_text_fields(raw: Mapping[str, Any], names: Sequence[str]) -> None:
    for name in names:
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            raise Refused(
                tr(_CONTEXT, "'{name}' must be text, not {what}").format(
                    name=name, what=_kind(value)
                )
            )


def check_number(value: Decimal, name: str) -> None:
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
    raise Refused(
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
        raise Refused(
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
    if isinstance(value, NonFinite):
        raise Refused(
            tr(_CONTEXT, "'{name}' holds {what}, which DynamoDB cannot store").format(
                name=name, what=value.text
            )
        )
    if isinstance(value, Decimal):
        check_number(value, name)
        return {"N": str(value)}
    if isinstance(value, list):
        return {"L": [_attribute_value(v, name, depth + 1) for v in value]}
    if isinstance(value, dict):
        pairs = value.pairs if isinstance(value, JsonObject) else list(value.items())
        return {"M": {k: _attribute_value(v, name, depth + 1) for k, v in pairs}}
    raise Refused(f"'{name}': {type(value).__name__}")


def extra_attributes(raw: Mapping[str, Any], known: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The attributes the documents do not define (``attendees``, ``color``…), kept."""
    extra: dict[str, dict[str, Any]] = {}
    for name, value in raw.items():
        if name in known:
            continue
        if not name:
            raise Refused(tr(_CONTEXT, "an attribute without a name"))
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


def check_item_size(item: Mapping[str, Mapping[str, Any]]) -> None:
    if _item_size(item) >= ITEM_MAX_BYTES:
        raise Refused(tr(_CONTEXT, "larger than DynamoDB's 400 KB per item"))
