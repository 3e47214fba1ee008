"""Deleting a department: first a backup of it and all its events, then the delete.

The backup is one JSON file in the export format (``deptcal-export-2``, DynamoDB's own JSON:
see :mod:`desktop.data.backup`), so ``deptcal migrate FILE`` restores the department and every
event exactly as stored. It is written beside the saved calendar (the cache file), readable by
its owner only, and read back before anything is deleted: if it cannot be written completely,
nothing is deleted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.data.backup import ExportFailed, _as_json, _text, _write_atomically
from desktop.data.errors import NotFoundError, StoreError
from desktop.data.migrate_records import DEPARTMENTS, EVENTS, EXPORT_FORMAT
from desktop.domain.display import isolated
from desktop.domain.timestamps import format_timestamp, now_utc
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.data.store import DynamoStore
    from desktop.domain.models import Department

_CONTEXT = "DepartmentBackup"


@dataclass(frozen=True)
class DepartmentDeleted:
    """A department deleted after its backup was written (and read back) at ``backup``."""

    backup: Path
    events_backed_up: int
    events_deleted: int


class BackupFailed(StoreError):
    """The backup could not be written completely; nothing was deleted."""


def backup_path(folder: Path, department: Department, moment: datetime) -> Path:
    """Where the backup goes: named by the time and the department's id (never its name,
    which is table text and may hold anything)."""
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    short_id = "".join(c for c in department.id if c.isalnum())[:12] or "department"
    return folder / f"department-backup-{stamp}-{short_id}.json"


def write_department_backup(
    store: DynamoStore, department: Department, folder: Path, moment: datetime | None = None
) -> tuple[Path, set[str]]:
    """Read the department and all its events from the tables and write them to one file.

    Returns the file and the ids of the events in it. Raises :class:`BackupFailed` when the
    file cannot be written completely (the store's own errors when the tables cannot be read).
    """
    moment = moment or now_utc()
    raw, events = store.department_items(department.id)
    if raw is None:
        raise NotFoundError.build(isolated(department.name))
    events.sort(key=lambda item: (_text(item, "event_date"), _text(item, "id")))
    document = {
        "format": EXPORT_FORMAT,
        "exported_at": format_timestamp(moment),
        DEPARTMENTS: [_as_json(raw)],
        EVENTS: [_as_json(item) for item in events],
    }
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    path = backup_path(folder, department, moment)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _write_atomically(path, text, expected=(1, len(events)))
    except (OSError, ExportFailed) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BackupFailed(
            tr(
                _CONTEXT,
                "The backup of “{name}” could not be written in {folder} ({reason}), so "
                "nothing was deleted. Free some disk space or check the folder's "
                "permissions, then delete again.",
            ).format(name=isolated(department.name), folder=folder, reason=reason),
            code="BackupFailed",
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc
    return path, {_text(item, "id") for item in events}


def backup_and_delete(
    store: DynamoStore, department: Department, folder: Path, moment: datetime | None = None
) -> DepartmentDeleted:
    """Write the backup, then delete the department with its events (runs on a worker)."""
    path, ids = write_department_backup(store, department, folder, moment)
    # Only what the backup holds: an event added meanwhile refuses the delete.
    result = store.delete_department(department, with_events=True, only_events=ids)
    return DepartmentDeleted(path, len(ids), result.events_deleted)


__all__ = [
    "BackupFailed",
    "DepartmentDeleted",
    "backup_and_delete",
    "backup_path",
    "write_department_backup",
]
