"""The guide's section 5: import the web app's JSON data into the tables, and export it back.

The web app's local mode keeps a folder with ``departments.json`` and ``events.json``, each an
object mapping id → item (or a list of items). :func:`export` writes one file holding both
collections, which :func:`migrate` also reads, so an export is a backup that migrate restores.

Records are read as tolerantly as the web app's items (:meth:`Department.from_item`,
:meth:`Event.from_item`) and checked like the desktop's own edits; a record that fails is
reported as a :class:`Problem` and skipped, everything else is written as the guide's
documents. Items already in the tables are left alone, so running migrate again imports
nothing twice and never overwrites an edit made since.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.data.errors import ConfigError
from desktop.data.store import DynamoStore, decode_item, encode_item
from desktop.domain.models import Department, Event, InvalidItem, text_value
from desktop.domain.timestamps import now_timestamp, now_utc
from desktop.domain.validation import (
    FieldError,
    validate_department_fields,
    validate_event_fields,
    validate_item_size,
)
from desktop.i18n import tr

log = logging.getLogger(__name__)

_CONTEXT = "migrate"
EXPORT_FORMAT = "deptcal-export-1"
DEPARTMENTS = "departments"
EVENTS = "events"
# A record without an id gets uuid5(ID_NAMESPACE, its canonical JSON without "id"), so the
# same record gets the same id on every run and a re-run finds it already present. Changing
# this constant would make every such record import twice: never change it.
ID_NAMESPACE = uuid.UUID("9f2d7e98-ddb2-4555-b9ae-f87a6d879bee")
# DynamoDB refuses a sort key (department_id) over 1024 bytes, and one such key in a
# BatchGetItem fails the whole request; ids are held to the same limit.
KEY_MAX_BYTES = 1024

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Problem:
    """A record that was not imported: its file, its id or 1-based position, and why."""

    file: str
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}, {self.where}: {self.reason}"


@dataclass(frozen=True)
class Tally:
    """What happened to one collection's records."""

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
                "{what}: would write {written}, skipped (invalid) {skipped}, "
                "already present {present}.",
            )
        else:
            head = ""
            line = tr(
                _CONTEXT,
                "{what}: written {written}, skipped (invalid) {skipped}, "
                "already present {present}.",
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
class ExportCounts:
    departments: int
    events: int
    skipped: int = 0


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


class _JsonObject(dict[str, Any]):
    """A JSON object that also keeps every (key, value) pair in order, repeated keys included.

    ``json`` keeps only the last of repeated keys, which would drop a record silently; the
    pairs let a repeated id be reported like any other duplicate.
    """

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        self.pairs = pairs


def _read_input(path: Path) -> dict[str, list[_Entry]]:
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
        return {
            c: _entries(_load_json(f), f.name, "", c) if f.exists() else []
            for c, f in files.items()
        }
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
    # Other top-level keys ("format", "exported_at") are the export's metadata.
    return {c: _entries(data.get(c, []), path.name, f"{c} ", c) for c in (DEPARTMENTS, EVENTS)}


def _load_json(path: Path) -> Any:
    try:
        # utf-8-sig: files saved by Windows editors start with a byte-order mark.
        text = path.read_bytes().decode("utf-8-sig")
        return json.loads(text, object_pairs_hook=_JsonObject)
    except OSError as exc:
        reason = exc.strerror or str(exc)
    except UnicodeDecodeError as exc:
        reason = tr(_CONTEXT, "not UTF-8 text (byte {at})").format(at=exc.start)
    except json.JSONDecodeError as exc:
        reason = tr(_CONTEXT, "not valid JSON ({msg} at line {line}, column {col})").format(
            msg=exc.msg, line=exc.lineno, col=exc.colno
        )
    raise ConfigError(
        tr(_CONTEXT, "Cannot read {path}: {reason}.").format(path=path, reason=reason),
        code="MigrateInput",
    )


def _entries(data: Any, file: str, prefix: str, collection: str) -> list[_Entry]:
    """A collection's records: an object mapping id → item, or a list of items."""
    if isinstance(data, dict):
        pairs = data.pairs if isinstance(data, _JsonObject) else list(data.items())
        entries = []
        for key, raw in pairs:
            own = text_value(raw.get("id")) if isinstance(raw, dict) else ""
            if own and own != key:
                # The web app finds items by their key, so the key is what it calls the id.
                log.info("%s: item under key %s says id %s; the key is used", file, key, own)
            entries.append(_Entry(file, f"{prefix}id {key}", key or None, raw))
        return entries
    if isinstance(data, list):
        entries = []
        for position, raw in enumerate(data, start=1):
            given = (text_value(raw.get("id")) or None) if isinstance(raw, dict) else None
            where = f"{prefix}id {given}" if given else f"{prefix}item {position}"
            entries.append(_Entry(file, where, given, raw))
        return entries
    raise ConfigError(
        tr(_CONTEXT, "In {file}, {collection} must be a JSON object or a list.").format(
            file=file, collection=collection
        ),
        code="MigrateInput",
    )


def content_id(raw: Mapping[str, Any]) -> str:
    """The stable id of a record that has none: uuid5 of its canonical JSON without ``id``."""
    content = {k: v for k, v in raw.items() if k != "id"}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return str(uuid.uuid5(ID_NAMESPACE, canonical))


# --- understanding ------------------------------------------------------------------------------


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


def _department(item: Mapping[str, Any], moment: datetime) -> Department:
    department = Department.from_item(item)
    _check_key(department.id)
    _refuse(department.id, validate_department_fields(department.name, department.description))
    created, updated = _both(department.created_at, department.updated_at, moment)
    department = replace(department, created_at=created, updated_at=updated)
    _refuse(department.id, validate_item_size(department.to_item()))
    return department


def _event(item: Mapping[str, Any], moment: datetime) -> Event:
    event = Event.from_item(item)
    _check_key(event.id, event.department_id)
    _refuse(
        event.id,
        validate_event_fields(
            event.title, event.event_date.isoformat(), event.time, event.url, event.description
        ),
    )
    created, modified = _both(event.created_at, event.last_modified, moment)
    event = event.with_changes(created_at=created, last_modified=modified)
    _refuse(event.id, validate_item_size(event.to_item()))
    return event


def _understand[T: (Department, Event)](
    entries: Sequence[_Entry],
    parse: Callable[[Mapping[str, Any]], T],
    key: Callable[[T], tuple[str, ...]],
    problems: list[Problem],
) -> dict[tuple[str, ...], tuple[_Entry, T]]:
    """Every valid record by its table key; the first of a repeated key wins."""
    valid: dict[tuple[str, ...], tuple[_Entry, T]] = {}
    for entry in entries:
        if not isinstance(entry.raw, dict):
            problems.append(entry.problem(tr(_CONTEXT, "not a JSON object")))
            continue
        item = dict(entry.raw)
        item["id"] = entry.given_id or content_id(entry.raw)
        try:
            record = parse(item)
        except InvalidItem as exc:
            problems.append(entry.problem(exc.reason))
            continue
        # Duplicates are by table key: an event's key is (id, department_id).
        if key(record) in valid:
            problems.append(entry.problem(tr(_CONTEXT, "duplicate id (the first one is kept)")))
            continue
        valid[key(record)] = (entry, record)
    return valid


# --- migrate ------------------------------------------------------------------------------------


def migrate(
    store: DynamoStore,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> MigrationSummary:
    """Import the records at ``path`` that the tables do not hold yet.

    Departments are written before events, so an interrupted run leaves no event without its
    department, and re-running finishes the job. An event whose department is neither in the
    input nor in the table is skipped ("unknown department"): nobody could see it, and a
    re-run after adding the department imports it. ``dry_run`` reads and checks everything
    (existence checks included) and writes nothing. ``progress(done, total, collection)`` is
    called after each written batch of 25.
    """
    entries = _read_input(path)
    moment = now_utc()  # one import time for every filled-in timestamp of this run
    department_problems: list[Problem] = []
    event_problems: list[Problem] = []
    departments = _understand(
        entries[DEPARTMENTS],
        lambda item: _department(item, moment),
        lambda d: (d.id,),
        department_problems,
    )
    events = _understand(
        entries[EVENTS],
        lambda item: _event(item, moment),
        lambda e: (e.id, e.department_id),
        event_problems,
    )

    departments_table = store.settings.departments_table
    events_table = store.settings.events_table
    # One existence check covers the input's departments and every department an event names.
    wanted = sorted({k[0] for k in departments} | {e.department_id for _, e in events.values()})
    in_table = store.existing_keys(departments_table, [{"id": {"S": i}} for i in wanted], ["id"])
    known = {k[0] for k in departments} | {k[0] for k in in_table}
    for event_key, (entry, event) in list(events.items()):
        if event.department_id not in known:
            reason = tr(_CONTEXT, "unknown department {id}").format(id=event.department_id)
            event_problems.append(entry.problem(reason))
            del events[event_key]
    events_present = store.existing_keys(
        events_table,
        [{"id": {"S": i}, "department_id": {"S": d}} for i, d in events],
        ["id", "department_id"],
    )

    new_departments = [d.to_item() for k, (_, d) in departments.items() if k not in in_table]
    new_events = [e.to_item() for k, (_, e) in events.items() if k not in events_present]
    summary = MigrationSummary(
        departments=_tally(len(new_departments), departments, department_problems),
        events=_tally(len(new_events), events, event_problems),
        problems=department_problems + event_problems,
    )
    if not dry_run:
        _put_all(store, departments_table, new_departments, progress, DEPARTMENTS)
        _put_all(store, events_table, new_events, progress, EVENTS)
    for problem in summary.problems:
        log.info("Migration skipped %s", problem)
    log.info("Migration of %s: %s", path, summary.describe(dry_run=dry_run))
    return summary


def _tally(new: int, valid: Mapping[Any, Any], problems: Sequence[Problem]) -> Tally:
    return Tally(written=new, skipped=len(problems), present=len(valid) - new)


def _put_all(
    store: DynamoStore,
    table: str,
    items: Sequence[dict[str, str]],
    progress: Progress | None,
    what: str,
) -> None:
    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, what)

    requests = [{"PutRequest": {"Item": encode_item(item)}} for item in items]
    store.batch_write(table, requests, progress=report)


# --- export -------------------------------------------------------------------------------------


def export(store: DynamoStore, path: Path) -> ExportCounts:
    """Write every department and event, as the guide's documents, to one JSON file.

    The order is fixed (departments by name then id, events by date then id), so exporting
    the same data twice gives the same body apart from ``exported_at``. Items that cannot be
    understood are logged and counted in ``skipped``. The file is replaced atomically: a
    failed export never leaves half a backup where a good one was.
    """
    listing = store.list_departments()
    departments = sorted(listing.departments, key=lambda d: (d.name, d.id))
    skipped = len(listing.skipped)
    events: list[Event] = []
    for raw in store.scan_all(store.settings.events_table):
        try:
            events.append(Event.from_item(decode_item(raw)))
        except InvalidItem as exc:
            log.warning("Export skipped event %s: %s", exc.item_id, exc.reason)
            skipped += 1
    events.sort(key=lambda e: (e.event_date, e.id, e.department_id))
    document = {
        "format": EXPORT_FORMAT,
        "exported_at": now_timestamp(),
        DEPARTMENTS: [d.to_item() for d in departments],
        EVENTS: [e.to_item() for e in events],
    }
    _write_atomically(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return ExportCounts(len(departments), len(events), skipped)


def _write_atomically(path: Path, text: str) -> None:
    """Write a temp file beside ``path``, then rename it over ``path`` (one atomic step).

    The file is readable by its owner only (``mkstemp``'s mode): it holds the whole calendar.
    """
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
