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

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.data.backup import ExportCounts, ExportFailed, export, plan_restore
from desktop.data.errors import StoreError
from desktop.data.migrate_records import (
    DEPARTMENT_FIELDS,
    DEPARTMENTS,
    DOCUMENTS_EXPORT_FORMAT,
    EVENT_FIELDS,
    EVENTS,
    EXPORT_FORMAT,
    ID_NAMESPACE,
    KEY_MAX_BYTES,
    NESTING_MAX,
    NUMBER_DIGITS_MAX,
    NUMBER_EXPONENT_RANGE,
    Entry,
    Input,
    MigrationSummary,
    Plan,
    Problem,
    Record,
    Refused,
    Tally,
    check_item_size,
    check_text_fields,
    content_id,
    extra_attributes,
    plan_new,
    read_input,
)
from desktop.data.store import encode_item
from desktop.domain.models import Department, Event, InvalidItem
from desktop.domain.timestamps import now_utc
from desktop.domain.validation import (
    FieldError,
    validate_department_fields,
    validate_event_fields,
    validate_item_size,
)
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.data.store import DynamoStore


log = logging.getLogger(__name__)

_CONTEXT = "migrate"

# Importable from here, as before the records and the backup had modules of their own.
__all__ = [
    "DEPARTMENTS",
    "DEPARTMENT_FIELDS",
    "DOCUMENTS_EXPORT_FORMAT",
    "EVENTS",
    "EVENT_FIELDS",
    "EXPORT_FORMAT",
    "ID_NAMESPACE",
    "KEY_MAX_BYTES",
    "NESTING_MAX",
    "NUMBER_DIGITS_MAX",
    "NUMBER_EXPONENT_RANGE",
    "ExportCounts",
    "ExportFailed",
    "MigrationInterrupted",
    "MigrationSummary",
    "Problem",
    "Progress",
    "Tally",
    "content_id",
    "export",
    "migrate",
]

Progress = Callable[[int, int, str], None]


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
            "{reason} The import stopped after writing %n records. Running the same "
            "command again is safe: it skips what is already in the tables and writes the rest.",
            n=written,
        ).format(reason=reason)
        return cls(
            message,
            written=written,
            cancelled=cause is None,
            detail=cause.log_text() if cause is not None else "",
        )


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


def _with_id(raw: Mapping[str, Any], given_id: str | None) -> dict[str, Any]:
    """The record with its id: the given one, or one derived from its (checked) content."""
    return {**raw, "id": given_id or content_id(raw)}


def _department(
    raw: Mapping[str, Any], given_id: str | None, moment: datetime, *, backup: bool = False
) -> Record:
    check_text_fields(raw, DEPARTMENT_FIELDS)
    extra = extra_attributes(raw, DEPARTMENT_FIELDS)
    department = Department.from_item(_with_id(raw, given_id))
    _check_key(department.id)
    if not backup:
        _refuse(department.id, validate_department_fields(department.name, department.description))
    created, updated = _both(department.created_at, department.updated_at, moment)
    department = replace(department, created_at=created, updated_at=updated)
    document = department.to_item()
    _refuse(department.id, validate_item_size(document))
    item = {**extra, **encode_item(document)}
    check_item_size(item)
    return Record((department.id,), item, name=department.name)


def _event(
    raw: Mapping[str, Any], given_id: str | None, moment: datetime, *, backup: bool = False
) -> Record:
    check_text_fields(raw, EVENT_FIELDS)
    extra = extra_attributes(raw, EVENT_FIELDS)
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
    check_item_size(item)
    return Record((event.id, event.department_id), item, department_id=event.department_id)


def _understand(
    entries: Sequence[Entry],
    parse: Callable[[Mapping[str, Any], str | None], Record],
    problems: list[Problem],
) -> dict[tuple[str, ...], tuple[Entry, Record]]:
    """Every valid record by its table key; the first of a repeated key wins."""
    valid: dict[tuple[str, ...], tuple[Entry, Record]] = {}
    for entry in entries:
        if not isinstance(entry.raw, dict):
            problems.append(entry.problem(tr(_CONTEXT, "not a JSON object")))
            continue
        try:
            record = parse(entry.raw, entry.given_id)
        except (InvalidItem, Refused) as exc:
            problems.append(entry.problem(exc.reason if isinstance(exc, InvalidItem) else str(exc)))
            continue
        # Duplicates are by table key: an event's key is (id, department_id).
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
        source = read_input(path)
        if source.raw:
            summary, departments, events = plan_restore(store, source)
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


def _plan_import(store: DynamoStore, source: Input) -> Plan:
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
    return plan_new(store, departments, in_table, events, (department_problems, event_problems))


def _refuse_taken_names(
    store: DynamoStore,
    departments: dict[tuple[str, ...], tuple[Entry, Record]],
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
