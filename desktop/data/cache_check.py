"""When and how the cache file's whole-file check runs (see :meth:`Database.check`).

The check reads every page of the file: 0.3 s for a 500,000-event cache that the OS holds in
memory, minutes for a 5,000,000-event one read cold from disk. It never stands in front of the
user:

- **Its own connection, without the writer's lock.** A read-only connection of its own; WAL
  lets the app's reads and writes go on beside it (a reader never blocks the writer, nor the
  writer a reader). Only a damaged file found by it takes the lock, to move the file aside.
- **In slices**, a table (with its indexes) at a time, with a pause between them that leaves
  the disk to the app's own reads; quitting interrupts the slice running and skips the rest.
- **At idle**: the service starts it after the first paint and the first network load, on a
  thread of its own at the lowest priority the system gives without privileges.
- **When due**: :data:`CHECK_EVERY` after the last check that found the file sound, or after
  a session that did not end cleanly (:class:`CheckState`).

Per-table slices read every page of every table and index, but not the list of free pages nor
whether a page belongs to nothing: damage there loses no data, and SQLite reports it (and the
cache recovers) when the page is used again.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.data.cache_schema import Unusable

log = logging.getLogger("desktop.data.cache")

# A file in WAL mode with synchronous=NORMAL is not damaged by a crash of the app or of the
# system (at worst the last transactions are lost); damage comes from the disk or from other
# programs (backup and sync tools, an antivirus), which is rare. Any query that meets damage
# already moves the file aside at once; the whole-file check finds damage in pages no query
# has read yet. Three days bounds the reading of a large cache to a couple of times a week
# while finding such damage before it could grow unnoticed for long; after a session that did
# not end cleanly the check runs at the next start, whatever its age.
CHECK_EVERY = timedelta(days=3)

# The pause between two slices: the app's own reads of a cold file get the disk meanwhile.
SLICE_PAUSE_SECONDS = 0.05

# Started this long after the first network load (or its failure): the month just fetched is
# saved and painted, and the neighbour months' prefetches are under way, before it reads.
IDLE_DELAY_MS = 2_000

# Without any network load (no connection at all), the check starts this long after the start.
IDLE_FALLBACK_MS = 60_000


def state_path(path: Path) -> Path:
    """The file beside the cache that remembers the last clean check and a running session."""
    return path.with_name(path.name + ".check")


@dataclass
class CheckState:
    """The last check that found the file sound, and whether the last session ended cleanly.

    Kept beside the cache (not in it: a damaged file must not take its own history with it,
    and the file's schema stays the cache's). Opening marks a session as running; closing
    clears the mark; a crash leaves it, and the next start checks.
    """

    path: Path
    last_clean: datetime | None = None
    unclean: bool = True  # the previous session did not close, or nothing is known

    @classmethod
    def opened(cls, cache_path: Path) -> CheckState:
        """Read what the previous session left, then mark this one as running."""
        state = cls(state_path(cache_path))
        try:
            saved = json.loads(state.path.read_text(encoding="utf-8"))
            state.unclean = bool(saved.get("running", True))
            last = saved.get("last_clean_check")
            state.last_clean = datetime.fromisoformat(last) if isinstance(last, str) else None
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            log.info("The cache's check record could not be read (%s): checking again", exc)
        if state.last_clean is not None and state.last_clean.tzinfo is None:
            state.last_clean = None  # not written by this code
        state._write(running=True)
        return state

    def due(self, now: datetime) -> bool:
        """A check is due: after an unclean end, never checked, or checked too long ago
        (or "in the future", from a clock set back since)."""
        last = self.last_clean
        return self.unclean or last is None or not (now - CHECK_EVERY < last <= now)

    def checked(self, now: datetime) -> None:
        """The whole file was found sound at ``now``."""
        self.last_clean = now
        self.unclean = False
        self._write(running=True)

    def closed(self) -> None:
        """This session ends cleanly."""
        self._write(running=False)

    def _write(self, *, running: bool) -> None:
        record = {
            "running": running,
            "last_clean_check": None if self.last_clean is None else self.last_clean.isoformat(),
        }
        temporary = self.path.with_name(self.path.name + ".new")
        try:
            descriptor = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                json.dump(record, file)
            os.replace(temporary, self.path)
        except OSError as exc:  # the next start checks again: no harm beyond the reading
            log.info("Could not write the cache's check record %s: %s", self.path, exc)


def slices(conn: sqlite3.Connection) -> list[str]:
    """What the check reads one at a time: the schema, then each table with its indexes."""
    rows = conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"
    ).fetchall()
    return ["sqlite_schema", *(str(row[0]) for row in rows)]


def check_slice(conn: sqlite3.Connection, name: str) -> None:
    """Read every page of one table and its indexes: raises if any is damaged."""
    quoted = name.replace('"', '""')
    result = conn.execute(f'PRAGMA quick_check("{quoted}")').fetchall()
    if result != [("ok",)]:
        raise Unusable("integrity check failed: " + "; ".join(str(r[0]) for r in result[:3]))
