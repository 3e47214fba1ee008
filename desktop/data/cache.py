"""What was last seen, kept on disk: the calendar at once on every start, and offline.

One SQLite file in the per-user data folder (the window chooses it; this module takes a
``Path``). It holds departments, events and which (department, month) ranges were fetched and
when, all keyed by a *source* (:meth:`ConnectionSettings.source_key`): pointing the app at other
tables never shows the previous tables' events.

Design:

- **One writer.** One connection (``check_same_thread=False``) guarded by one
  :class:`threading.Lock`; the cache is used from worker threads, never the GUI thread. Every
  change of more than one row is one transaction (``BEGIN IMMEDIATE`` … ``COMMIT``).
- **WAL, synchronous=NORMAL.** A crash can lose the last transactions, never corrupt the file:
  right for a cache that the next fetch refills. The outbox (schema v3, :mod:`outbox`) holds
  what the table does not have yet: its transactions are ``synchronous=FULL``
  (:meth:`Cache.transaction` with ``durable=True``), and :meth:`Cache.replace_month` never
  replaces or removes an event with changes in it.
- **Versioned schema.** ``PRAGMA user_version`` and an ordered list of migrations, run in one
  transaction with the version bumps (all or nothing). ``PRAGMA application_id`` marks the
  file as this app's.
- **Never a crash, never stuck, never a change lost.** A file that is not a database, is
  truncated or corrupt, or has a schema this code cannot read is moved aside
  (``<name>.corrupt-<timestamp>``, with its ``-wal``/``-shm``) and rebuilt empty, with a
  warning in the log: at opening, or by :meth:`Cache.check` (a read of every page, which the
  service runs once the first month is painted). Corruption found by any query
  (``SQLITE_CORRUPT``/``SQLITE_NOTADB``) is handled the same way and the call is run again on
  the fresh file. The outbox rows still readable in the file moved aside are read row by row
  and carried into the new file (:meth:`Cache.take_rescue` says how many were saved and
  lost, for the window to tell). A file from a *newer* version of the app is left alone (its
  outbox is that version's to send): the cache lives in memory and :attr:`Cache.problem`
  says why. So does a file that cannot be opened for other reasons (locked by another
  program, no permission, an I/O error), or a folder that cannot be created
  (:attr:`Cache.persistent` is False). Failures while running that are not corruption (a
  full disk) raise :class:`CacheError`.
- **The user's alone.** On POSIX systems the file and its ``-wal``/``-shm`` are 0600 and the
  folder 0700, also when an earlier version made them otherwise.
- **Exact events.** Every field of :class:`Event` is stored, ``revision``, ``legacy_time`` and
  the attributes this app does not know (``extra``, schema v4) included; timestamps as
  ISO-8601 text at full precision, so a cached event equals the one that was fetched.
- **Search** uses a ``search_text`` column (schema v2): title and description, NFKC-normalised
  and case-folded in Python, matched with ``instr``: case-insensitive for every script, and
  ``%`` or ``_`` are ordinary characters.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from desktop.domain.calendar import month_end, month_start
from desktop.domain.models import (
    Department,
    Event,
    attributes_from_json,
    attributes_to_json,
)
from desktop.domain.rules import sort_events

log = logging.getLogger(__name__)

APPLICATION_ID = 0x64706361  # "dpca"
BUSY_TIMEOUT_SECONDS = 2.0
_SEPARATOR = "\x1f"  # between title and description in search_text: no match spans both

# SQLite's primary result codes (``sqlite3.Error.sqlite_errorcode & 0xFF``).
_SQLITE_ERROR = 1  # SQL error: a missing table or column, a table that already exists
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_CORRUPT = 11
_SQLITE_FORMAT = 24
_SQLITE_NOTADB = 26


class CacheError(Exception):
    """The cache could not do what was asked (a full disk, a closed cache)."""


class _Unusable(sqlite3.DatabaseError):
    """The file is a database this code must not use (newer version, another app's file)."""


class _Newer(_Unusable):
    """The file was written by a newer version of the app: left alone, never moved aside."""


# Why a cache lives in memory (:attr:`Cache.problem`).
NEWER_FILE = "newer"  # the file is a newer version's: the app must be updated
UNAVAILABLE = "unavailable"  # the file or its folder cannot be opened or created


@dataclass(frozen=True)
class Rescue:
    """Changes not sent that were carried out of a damaged file into the new one.

    ``lost`` is how many rows the damaged file said it had but could not give back (None when
    it could not even say how many it had).
    """

    saved: int
    lost: int | None


@dataclass(frozen=True)
class CachedMonth:
    """A (department, month) as last fetched: its events and when they were fetched."""

    events: list[Event]
    fetched_at: datetime


# --- schema and migrations --------------------------------------------------------------------


def fold(text: str) -> str:
    """``text`` for case-insensitive matching: NFKC-normalised, case-folded."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def _search_text(title: str, description: str) -> str:
    return fold(f"{title}{_SEPARATOR}{description}")


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    """The initial tables."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(
        """
        CREATE TABLE departments (
            source      TEXT NOT NULL,
            id          TEXT NOT NULL,
            name        TEXT NOT NULL,
            description TEXT NOT NULL,
            created_at  TEXT,
            updated_at  TEXT,
            PRIMARY KEY (source, id)
        ) WITHOUT ROWID
        """
    )
    conn.execute(
        """
        CREATE TABLE events (
            source        TEXT NOT NULL,
            department_id TEXT NOT NULL,
            id            TEXT NOT NULL,
            event_date    TEXT NOT NULL,
            title         TEXT NOT NULL,
            description   TEXT NOT NULL,
            time          TEXT NOT NULL,
            url           TEXT NOT NULL,
            created_at    TEXT,
            last_modified TEXT,
            revision      TEXT,
            legacy_time   INTEGER NOT NULL,
            PRIMARY KEY (source, department_id, id)
        )
        """
    )
    conn.execute("CREATE INDEX events_by_date ON events (source, department_id, event_date)")
    conn.execute(
        """
        CREATE TABLE fetched_months (
            source        TEXT NOT NULL,
            department_id TEXT NOT NULL,
            month         TEXT NOT NULL,
            fetched_at    TEXT NOT NULL,
            PRIMARY KEY (source, department_id, month)
        ) WITHOUT ROWID
        """
    )


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    """Search: a folded copy of title and description, filled for the rows already there."""
    conn.execute("ALTER TABLE events ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE events SET search_text = deptcal_search_text(title, description)")


def _migrate_to_3(conn: sqlite3.Connection) -> None:
    """The outbox: the user's changes not yet written to the table, in order (see outbox.py)."""
    conn.execute(
        """
        CREATE TABLE outbox (
            seq           INTEGER PRIMARY KEY AUTOINCREMENT,
            source        TEXT NOT NULL,
            kind          TEXT NOT NULL,
            event_id      TEXT NOT NULL,
            original      TEXT,
            changed       TEXT,
            written_at    TEXT NOT NULL,
            queued_at     TEXT NOT NULL,
            state         TEXT NOT NULL,
            reason        TEXT NOT NULL DEFAULT '',
            current       TEXT,
            uncertain     INTEGER NOT NULL DEFAULT 0,
            half_moved    INTEGER NOT NULL DEFAULT 0,
            attempts      INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    conn.execute("CREATE INDEX outbox_by_event ON outbox (source, event_id)")


def _migrate_to_4(conn: sqlite3.Connection) -> None:
    """Every attribute kept, and changes keyed by the whole key.

    ``extra``: the attributes other writers keep on an item that this app does not know, as
    DynamoDB JSON, so that a move or an undone delete writes them back. ``departments.revision``:
    the ``updated_at`` as read, for conditional renames. The outbox names the department of
    the version each change starts from and of the one it leaves: one id may exist in two
    departments, and their changes are not one event's.
    """
    conn.execute("ALTER TABLE events ADD COLUMN extra TEXT")
    conn.execute("ALTER TABLE departments ADD COLUMN revision TEXT")
    conn.execute("ALTER TABLE departments ADD COLUMN extra TEXT")
    conn.execute("ALTER TABLE outbox ADD COLUMN original_department_id TEXT")
    conn.execute("ALTER TABLE outbox ADD COLUMN changed_department_id TEXT")
    conn.execute(
        "UPDATE outbox SET "
        "original_department_id = json_extract(original, '$.department_id'), "
        "changed_department_id = json_extract(changed, '$.department_id')"
    )


# Migration ``i`` brings a database from version ``i`` to ``i + 1``. Append, never edit.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _migrate_to_1,
    _migrate_to_2,
    _migrate_to_3,
    _migrate_to_4,
)
SCHEMA_VERSION = len(MIGRATIONS)

_EVENT_COLUMNS = (
    "id, department_id, event_date, title, description, time, url, "
    "created_at, last_modified, revision, legacy_time, extra"
)
_JOINED_EVENT_COLUMNS = ", ".join(f"e.{column}" for column in _EVENT_COLUMNS.split(", "))
# Every column this code reads, per table: a probe that fails means a schema it cannot read.
_EXPECTED = {
    "departments": "source, id, name, description, created_at, updated_at, revision, extra",
    "events": f"source, {_EVENT_COLUMNS}, search_text",
    "fetched_months": "source, department_id, month, fetched_at",
    "outbox": "seq, source, kind, event_id, original, changed, written_at, queued_at, state, "
    "reason, current, uncertain, half_moved, attempts, original_department_id, "
    "changed_department_id",
}


# --- conversions ------------------------------------------------------------------------------


def _moment_text(moment: datetime | None) -> str | None:
    # Full precision, offset kept (or naive kept naive): read back, it compares equal.
    return moment.isoformat() if moment is not None else None


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _fetched_text(moment: datetime) -> str:
    """A fetch time as fixed-width UTC text, so that ``MAX`` and ``ORDER BY`` are by time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def _event_row(source: str, event: Event) -> tuple[Any, ...]:
    return (
        source,
        event.department_id,
        event.id,
        event.event_date.isoformat(),
        event.title,
        event.description,
        event.time,
        event.url,
        _moment_text(event.created_at),
        _moment_text(event.last_modified),
        event.revision,
        int(event.legacy_time),
        _search_text(event.title, event.description),
        attributes_to_json(event.extra),
    )


# The column order of _event_row: source, department_id, id, …
_INSERT_EVENT = (
    "INSERT OR REPLACE INTO events (source, department_id, id, event_date, title, description, "
    "time, url, created_at, last_modified, revision, legacy_time, search_text, extra) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _event(row: Sequence[Any]) -> Event:
    """An :class:`Event` from the columns of ``_EVENT_COLUMNS``, in that order."""
    return Event(
        row[0],
        row[1],
        date.fromisoformat(row[2]),
        row[3],
        row[4],
        row[5],
        row[6],
        _moment(row[7]),
        _moment(row[8]),
        row[9],
        bool(row[10]),
        attributes_from_json(row[11]),
    )


def _pending_keys(conn: sqlite3.Connection, source: str) -> set[tuple[str, str]]:
    """(id, department_id) of every version a change in the outbox starts from or leaves."""
    rows = conn.execute(
        "SELECT event_id, original_department_id FROM outbox WHERE source = ? "
        "AND original_department_id IS NOT NULL UNION "
        "SELECT event_id, changed_department_id FROM outbox WHERE source = ? "
        "AND changed_department_id IS NOT NULL",
        (source, source),
    )
    return {(row[0], row[1]) for row in rows}


def _ids_json(ids: Iterable[str]) -> str:
    return json.dumps(list(ids), ensure_ascii=False)


def _error_code(exc: BaseException) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def _is_corruption(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and _error_code(exc) in (
        _SQLITE_CORRUPT,
        _SQLITE_NOTADB,
    )


def _is_busy(exc: BaseException) -> bool:
    return _error_code(exc) in (_SQLITE_BUSY, _SQLITE_LOCKED)


def _unreadable(exc: sqlite3.Error) -> bool:
    """The file itself is bad (not a database, corrupt, a schema this code cannot use).

    Not an I/O error, a lock or a permission: those say nothing about the file, and moving a
    file aside while another copy of the app has it open would break that copy too.
    """
    return isinstance(exc, _Unusable) or _error_code(exc) in (
        _SQLITE_ERROR,
        _SQLITE_CORRUPT,
        _SQLITE_FORMAT,
        _SQLITE_NOTADB,
    )


def _error_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or type(exc).__name__)


# --- the database: one connection, one lock ---------------------------------------------------


class _Database:
    """The connection and its lock, shared by every :class:`Cache` view of one file."""

    def __init__(self, path: Path, *, memory: bool = False) -> None:
        self.path = path
        self.lock = threading.Lock()
        self.persistent = not memory
        self.problem = ""  # NEWER_FILE or UNAVAILABLE when the cache lives in memory
        self.rescue: Rescue | None = None  # changes carried out of a damaged file, not yet told
        self._conn: sqlite3.Connection | None = None
        self._closed = False
        self._conn = _connect(None) if memory else self._open()

    # opening

    def _open(self) -> sqlite3.Connection:
        """Open and migrate the file; move it aside and start empty if it cannot be read."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            return self._in_memory(f"its folder cannot be created ({exc})")
        _make_private(self.path)
        try:
            return _connect(self.path)
        except sqlite3.Error as exc:
            if isinstance(exc, _Newer):
                # A downgrade: the file (and the changes waiting in it) stays as it is for the
                # newer version; this one runs in memory and the window says to update.
                return self._in_memory(str(exc), NEWER_FILE)
            if not _unreadable(exc):
                # Locked by another program, no permission, a full disk: the file may be fine.
                return self._in_memory(f"{exc} ({_error_name(exc)})")
            reason = str(exc)
        aside = self._move_aside(reason)
        if aside is None:
            return self._in_memory(reason)
        try:
            conn = _connect(self.path)
        except sqlite3.Error as exc:
            conn = self._in_memory(f"a new cache file cannot be created either ({exc})")
        self._carry_outbox(aside, conn)
        return conn

    def _in_memory(self, reason: str, problem: str = UNAVAILABLE) -> sqlite3.Connection:
        log.warning(
            "The offline cache %s cannot be used (%s); keeping it in memory for this session",
            self.path,
            reason,
        )
        self.persistent = False
        self.problem = problem
        try:
            return _connect(None)
        except sqlite3.Error as exc:  # only a bug in a migration gets here
            raise CacheError(f"offline cache: {exc}") from exc

    def _move_aside(self, reason: str) -> Path | None:
        """Rename the file and its -wal/-shm to ``<name>.corrupt-<timestamp>``; None on failure."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            if self.path.exists():
                self.path.replace(target)
            for suffix in ("-wal", "-shm", "-journal"):
                companion = self.path.with_name(self.path.name + suffix)
                if companion.exists():
                    companion.replace(target.with_name(target.name + suffix))
        except OSError as exc:
            log.warning(
                "The offline cache %s is unusable (%s) and cannot be moved aside: %s",
                self.path,
                reason,
                exc,
            )
            return None
        log.warning(
            "The offline cache %s was unusable (%s); moved it aside to %s and starting empty",
            self.path,
            reason,
            target.name,
        )
        return target

    def _carry_outbox(self, aside: Path, conn: sqlite3.Connection) -> None:
        """Copy the changes not sent that can still be read out of the file moved aside."""
        try:
            rescue = _carry_outbox(aside, conn)
        except sqlite3.Error as exc:  # the new file failed: say every change was lost
            log.error("Changes not sent could not be carried out of %s: %s", aside.name, exc)
            rescue = Rescue(0, None)
        if rescue is not None:
            log.warning(
                "Carried %d change(s) not sent out of %s (%s could not be read)",
                rescue.saved,
                aside.name,
                "an unknown number" if rescue.lost is None else rescue.lost,
            )
            self.rescue = rescue

    def _recover(self, exc: BaseException) -> None:
        """Corruption found while in use: close, move aside, start empty (lock held)."""
        self._close_connection()
        aside = self._move_aside(str(exc)) if self.persistent else None
        if aside is None:
            self._conn = self._in_memory(str(exc))
            return
        try:
            self._conn = _connect(self.path)
        except (sqlite3.Error, OSError) as again:
            self._conn = self._in_memory(str(again))
        self._carry_outbox(aside, self._conn)

    # running

    def run[R](self, work: Callable[[sqlite3.Connection], R]) -> R:
        """``work(connection)`` under the lock; corruption found on the way is recovered."""
        with self.lock:
            if self._closed or self._conn is None:
                raise CacheError("the offline cache is closed")
            try:
                return work(self._conn)
            except sqlite3.Error as exc:
                if not _is_corruption(exc):
                    raise CacheError(f"offline cache: {exc}") from exc
                self._recover(exc)
            try:
                return work(self._conn)
            except sqlite3.Error as exc:
                raise CacheError(f"offline cache: {exc}") from exc

    def check(self) -> bool:
        """Read the whole file; a damaged one is moved aside and rebuilt. False if it was."""
        with self.lock:
            if self._closed or self._conn is None:
                return True
            try:
                _quick_check(self._conn)
            except sqlite3.Error as exc:
                if not _unreadable(exc):
                    log.warning("The offline cache could not be checked: %s", exc)
                    return True
                self._recover(exc)
                return False
            return True

    def close(self) -> None:
        with self.lock:
            self._closed = True
            self._close_connection()

    def _close_connection(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error as exc:  # pragma: no cover - closing a broken file
                log.debug("Closing the offline cache: %s", exc)
            self._conn = None


def copy_without_outbox(path: Path, target: Path) -> bool:
    """Copy the cache at ``path`` to ``target`` without its outbox (False if it cannot be read).

    For runs that show the calendar without being the user's window (``--self-test``,
    ``--screenshot``): they see what is saved, and never send, nor change, the user's changes.
    The caller makes sure no window uses ``path`` meanwhile.
    """
    try:
        source = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
                if copy.execute("SELECT 1 FROM sqlite_master WHERE name = 'outbox'").fetchone():
                    _drop_outbox(copy)
            finally:
                copy.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        log.warning("Could not copy the offline cache %s: %s", path, exc)
        for suffix in ("", "-wal", "-shm", "-journal"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        return False
    return True


def _drop_outbox(conn: sqlite3.Connection) -> None:
    """Empty the outbox, and show the table's versions of its events again (the original
    each first change was made from), as if the changes had never been made here."""
    from desktop.data.outbox import event_from_json

    originals: dict[tuple[str, str], str | None] = {}
    for source, event_id, original in conn.execute(
        "SELECT source, event_id, original FROM outbox ORDER BY seq"
    ):
        originals.setdefault((source, event_id), original)
    conn.execute("BEGIN IMMEDIATE")
    for (source, event_id), original in originals.items():
        conn.execute("DELETE FROM events WHERE source = ? AND id = ?", (source, event_id))
        restored = event_from_json(original)
        if restored is not None:
            conn.execute(_INSERT_EVENT, _event_row(source, restored))
    conn.execute("DELETE FROM outbox")
    conn.execute("COMMIT")


def _rekey(conn: sqlite3.Connection, olds: list[str], source: str) -> None:
    """Give ``olds``' rows to ``source``: the outbox and its events always; the rest of the
    cache only if ``source`` has none of its own (else the next fetch refills it)."""
    has_own = conn.execute(
        "SELECT 1 FROM fetched_months WHERE source = ? UNION ALL "
        "SELECT 1 FROM departments WHERE source = ? LIMIT 1",
        (source, source),
    ).fetchone()
    for old in olds:
        conn.execute(
            "UPDATE OR REPLACE events SET source = ? WHERE source = ? "
            "AND id IN (SELECT event_id FROM outbox WHERE source = ?)",
            (source, old, old),
        )
        conn.execute("UPDATE outbox SET source = ? WHERE source = ?", (source, old))
        for table in ("departments", "events", "fetched_months"):
            if not has_own:
                conn.execute(
                    f"UPDATE OR IGNORE {table} SET source = ? WHERE source = ?", (source, old)
                )
            conn.execute(f"DELETE FROM {table} WHERE source = ?", (old,))


def _make_private(path: Path) -> None:
    """The cache is the user's alone (0600, its folder 0700), made so if it was not: the
    file is created empty with that mode (SQLite gives its -wal and -shm the file's mode)."""
    if os.name == "nt":  # a per-user profile folder; POSIX modes mean nothing there
        return
    try:
        os.chmod(path.parent, 0o700)
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
        for suffix in ("", "-wal", "-shm", "-journal"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.chmod(companion, 0o600)
    except OSError as exc:  # not ours to change (SQLite says so if it cannot open it either)
        log.info("Could not make the offline cache private: %s", exc)


# Rows of a damaged outbox are looked up one by one below the newest number, this far down.
_RESCUE_PROBES = 200_000


def _carry_outbox(aside: Path, conn: sqlite3.Connection) -> Rescue | None:
    """Read the damaged file's outbox row by row and insert what is readable into ``conn``.

    A scan first (it stops at the first damaged page), then a lookup of each number below the
    newest one (rows beyond a damaged page are still found through the table's tree). The
    cache shows each event's latest version again. None when the file had no outbox rows.
    """
    columns, rows, expected = _readable_outbox(aside)
    if not rows and not expected:
        return None
    kept = {row[1] for row in conn.execute("PRAGMA table_info(outbox)")}
    common = [c for c in columns if c in kept]
    index = {name: i for i, name in enumerate(columns)}
    saved: list[tuple[Any, ...]] = []
    for row in rows:
        try:
            for name in ("original", "changed"):
                if name in index and row[index[name]] is not None:
                    json.loads(row[index[name]])
        except (TypeError, ValueError):
            continue  # a row read from a damaged page, garbled
        saved.append(row)
    from desktop.data.outbox import event_from_json

    latest: dict[tuple[str, str], Event | None] = {}
    for row in saved:
        if "changed" in index:
            changed = row[index["changed"]]
            latest[(row[index["source"]], row[index["event_id"]])] = event_from_json(changed)

    def statements() -> None:
        placeholders = ", ".join("?" for _ in common)
        conn.executemany(
            f"INSERT OR IGNORE INTO outbox ({', '.join(common)}) VALUES ({placeholders})",
            [tuple(row[index[c]] for c in common) for row in saved],
        )
        conn.executemany(
            _INSERT_EVENT,
            [_event_row(source, e) for (source, _id), e in latest.items() if e is not None],
        )

    _write(conn, statements)
    lost = None if expected is None else max(0, expected - len(saved))
    return Rescue(len(saved), lost)


def _readable_outbox(aside: Path) -> tuple[list[str], list[tuple[Any, ...]], int | None]:
    """(columns, readable rows by number, how many rows the file says it has or None)."""
    companions = [aside.with_name(aside.name + suffix) for suffix in ("-wal", "-shm")]
    made = [c for c in companions if not c.exists()]  # a reader of a WAL file makes them
    try:
        return _read_outbox(aside)
    finally:
        for companion in made:
            companion.unlink(missing_ok=True)


def _read_outbox(aside: Path) -> tuple[list[str], list[tuple[Any, ...]], int | None]:
    try:
        old = sqlite3.connect(f"{aside.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return [], [], None
    try:
        try:
            columns = [row[1] for row in old.execute("PRAGMA table_info(outbox)")]
        except sqlite3.Error:
            return [], [], None
        if "seq" not in columns or "source" not in columns or "event_id" not in columns:
            return [], [], None
        expected: int | None = None
        for query in ("SELECT count(*) FROM outbox NOT INDEXED", "SELECT count(*) FROM outbox"):
            try:
                count = int(old.execute(query).fetchone()[0])
            except sqlite3.Error:
                continue
            expected = count if expected is None else max(expected, count)
        select = f"SELECT {', '.join(columns)} FROM outbox NOT INDEXED"
        found: dict[int, tuple[Any, ...]] = {}
        try:
            for row in old.execute(f"{select} ORDER BY seq"):
                found[row[0]] = row
        except sqlite3.Error:
            pass
        newest = max(found, default=0)
        try:
            row = old.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
            newest = max(newest, int(row[0]) if row else 0)
        except (sqlite3.Error, TypeError, ValueError):
            pass
        if expected is None or len(found) < expected:
            for seq in range(newest, max(0, newest - _RESCUE_PROBES), -1):
                if seq in found:
                    continue
                try:
                    row = old.execute(f"{select} WHERE seq = ?", (seq,)).fetchone()
                except sqlite3.Error:
                    continue
                if row is not None:
                    found[seq] = row
                if expected is not None and len(found) >= expected:
                    break
        return columns, [found[seq] for seq in sorted(found)], expected
    finally:
        old.close()


def _connect(path: Path | None) -> sqlite3.Connection:
    """A connection on ``path`` (``None``: in memory), configured, migrated and probed."""
    conn = sqlite3.connect(
        ":memory:" if path is None else str(path),
        timeout=BUSY_TIMEOUT_SECONDS,
        isolation_level=None,  # transactions are explicit: BEGIN IMMEDIATE … COMMIT
        check_same_thread=False,
    )
    try:
        conn.create_function("deptcal_search_text", 2, _search_text, deterministic=True)
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        _migrate(conn)
        _probe_columns(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL; retried, since SQLite answers BUSY at once (without waiting) when another
    connection is switching the same new file at the same moment."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.005)


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION`, or raise if the file is not for this code.

    Each look at the version is one read transaction, and the migration reads it again inside
    its write transaction: copies of the app starting at once on a new file must neither see
    half of another's migration nor both run the first one.
    """
    conn.execute("BEGIN")
    try:
        version = _checked_version(conn)
    finally:
        _rollback(conn)
    if version == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _checked_version(conn)
        for target in range(version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[target - 1](conn)
            conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise
    if version < SCHEMA_VERSION:
        log.info("Offline cache migrated from schema version %d to %d", version, SCHEMA_VERSION)


def _checked_version(conn: sqlite3.Connection) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise _Newer(
            f"schema version {version} is newer than this app's {SCHEMA_VERSION}; "
            "it was written by a newer version of the app"
        )
    application = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if application not in (0, APPLICATION_ID):
        raise _Unusable(f"the file belongs to another application (id {application:#x})")
    if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise _Unusable("the file holds tables that are not the cache's")
    return version


def _probe_columns(conn: sqlite3.Connection) -> None:
    """Every column this code uses can be read: fail at opening, not later."""
    for table, columns in _EXPECTED.items():
        conn.execute(f"SELECT {columns} FROM {table} LIMIT 0").fetchall()


def _quick_check(conn: sqlite3.Connection) -> None:
    """Read every page once (about 20 ms for 30 MB): raises if the file is damaged."""
    result = conn.execute("PRAGMA quick_check").fetchall()
    if result != [("ok",)]:
        raise _Unusable("integrity check failed: " + "; ".join(str(r[0]) for r in result[:3]))


def _write[R](conn: sqlite3.Connection, statements: Callable[[], R]) -> R:
    """``statements()`` in one write transaction: all or nothing."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = statements()
    except BaseException:
        _rollback(conn)
        raise
    conn.execute("COMMIT")
    return result


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, if SQLite has not already (it does after some errors)."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error as exc:  # the original error is the one worth raising
            log.debug("Rollback failed: %s", exc)


# --- the cache --------------------------------------------------------------------------------


class Cache:
    """Departments, events and fetched months of one source, in one SQLite file.

    Thread-safe; meant for worker threads (every call does disk I/O). Methods raise
    :class:`CacheError` only for failures the cache cannot absorb (a full disk, after
    :meth:`close`).
    """

    def __init__(self, path: Path, source: str, *, _database: _Database | None = None) -> None:
        self.source = source
        self._db = _database if _database is not None else _Database(Path(path))

    @classmethod
    def open(cls, path: Path, source: str) -> Cache:
        """Create the folder, open (or rebuild) the file and migrate it."""
        return cls(path, source)

    @classmethod
    def in_memory(cls, source: str) -> Cache:
        """A cache that lives in memory for this session (nothing on disk)."""
        return cls(Path(":memory:"), source, _database=_Database(Path(":memory:"), memory=True))

    def for_source(self, source: str) -> Cache:
        """A view of the same file (same connection and lock) for another source."""
        return Cache(self._db.path, source, _database=self._db)

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def persistent(self) -> bool:
        """False when the file could not be used and this session's cache lives in memory."""
        return self._db.persistent

    @property
    def problem(self) -> str:
        """Why the cache lives in memory: :data:`NEWER_FILE`, :data:`UNAVAILABLE` or ``""``."""
        return self._db.problem

    def _adopt_spellings(self) -> None:
        from desktop.data.config import normalised_source_key

        mine = normalised_source_key(self.source)

        def adopt(conn: sqlite3.Connection) -> list[str]:
            sources = [
                row[0]
                for row in conn.execute(
                    "SELECT DISTINCT source FROM outbox UNION SELECT DISTINCT source FROM "
                    "fetched_months UNION SELECT DISTINCT source FROM departments"
                )
            ]
            olds = [s for s in sources if s != self.source and normalised_source_key(s) == mine]
            if olds:
                _write(conn, lambda: _rekey(conn, olds, self.source))
            return olds

        olds = self._db.run(adopt)
        if olds:
            log.info("Took over %d older spelling(s) of source %s", len(olds), self.source)

    def take_rescue(self) -> Rescue | None:
        """The changes carried out of a damaged file since the last call (to tell the user).

        No lock and no I/O: the window asks on the GUI thread. (A rescue happens once per
        damaged file, inside a recovery; a race with another one is not a concern.)
        """
        rescue = self._db.rescue
        if rescue is not None:
            self._db.rescue = None
        return rescue

    def check(self) -> bool:
        """Read every page of the file; if it is damaged, move it aside and start empty.

        Not done at opening, where it would delay the first paint by the time it takes to read
        the whole file: the service runs it once start-up has painted. Damage found by any
        query before that is handled the same way. Returns False if the file was replaced.

        Then rows kept under another spelling of this source (an endpoint saved before
        endpoints were normalised) are taken over: changes waiting under it are this source's.
        """
        sound = self._db.check()
        try:
            self._adopt_spellings()
        except CacheError as exc:
            log.warning("Could not take over older spellings of %s: %s", self.source, exc)
        return sound

    def close(self) -> None:
        """Close the file (for every view made by :meth:`for_source`). Safe to repeat."""
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- departments --------------------------------------------------------------------------

    def departments(self) -> list[Department]:
        """The source's departments, by case-folded name, then id."""

        def read(conn: sqlite3.Connection) -> list[Department]:
            rows = conn.execute(
                "SELECT id, name, description, created_at, updated_at, revision, extra "
                "FROM departments WHERE source = ?",
                (self.source,),
            ).fetchall()
            return [
                Department(
                    row[0],
                    row[1],
                    row[2],
                    _moment(row[3]),
                    _moment(row[4]),
                    row[5],
                    attributes_from_json(row[6]),
                )
                for row in rows
            ]

        found = self._db.run(read)
        found.sort(key=lambda d: (d.name.casefold(), d.id))
        return found

    def replace_departments(self, departments: list[Department]) -> bool:
        """Replace the source's departments in one transaction.

        An empty list where departments were cached changes nothing and returns False: that is
        usually a wrong region or table name, not a calendar whose departments were all deleted.
        """
        rows = [
            (
                self.source,
                d.id,
                d.name,
                d.description,
                _moment_text(d.created_at),
                _moment_text(d.updated_at),
                d.revision,
                attributes_to_json(d.extra),
            )
            for d in departments
        ]

        def replace(conn: sqlite3.Connection) -> bool:
            def statements() -> bool:
                if not rows:
                    had = conn.execute(
                        "SELECT 1 FROM departments WHERE source = ? LIMIT 1", (self.source,)
                    ).fetchone()
                    return had is None
                conn.execute("DELETE FROM departments WHERE source = ?", (self.source,))
                conn.executemany(
                    "INSERT OR REPLACE INTO departments "
                    "(source, id, name, description, created_at, updated_at, revision, extra) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                return True

            return _write(conn, statements)

        replaced = self._db.run(replace)
        if not replaced:
            log.warning("Not replacing %s's cached departments with an empty list", self.source)
        return replaced

    # --- months -------------------------------------------------------------------------------

    def month(self, department_id: str, month: date) -> CachedMonth | None:
        """The department's events of ``month``'s calendar month as last fetched, sorted.

        ``None``: that month was never fetched (an empty ``CachedMonth`` is a month without
        events).
        """
        start_text, end_text = month_start(month).isoformat(), month_end(month).isoformat()

        def read(conn: sqlite3.Connection) -> list[Any]:
            # One query: no row when never fetched, one row of NULLs when fetched and empty.
            return conn.execute(
                f"SELECT f.fetched_at, {_JOINED_EVENT_COLUMNS} "
                "FROM fetched_months AS f LEFT JOIN events AS e "
                "ON e.source = f.source AND e.department_id = f.department_id "
                "AND e.event_date BETWEEN ? AND ? "
                "WHERE f.source = ? AND f.department_id = ? AND f.month = ?",
                (start_text, end_text, self.source, department_id, start_text),
            ).fetchall()

        rows = self._db.run(read)
        if not rows:
            return None
        fetched_at = datetime.fromisoformat(rows[0][0])
        events = [_event(row[1:]) for row in rows if row[1] is not None]
        return CachedMonth(sort_events(events), fetched_at)

    def replace_month(
        self, department_id: str, month: date, events: list[Event], fetched_at: datetime
    ) -> None:
        """Make the department's ``month`` exactly ``events``, fetched at ``fetched_at``.

        One transaction: events deleted on the server disappear, new ones appear, and a reader
        sees either the old month or the new one. Every event must belong to the department and
        the calendar month (:class:`ValueError` otherwise, before anything changes).
        """
        first, last = month_start(month), month_end(month)
        strays = [
            e
            for e in events
            if e.department_id != department_id or not first <= e.event_date <= last
        ]
        if strays:
            raise ValueError(
                f"{len(strays)} event(s) outside {department_id} {first:%Y-%m}, "
                f"such as {strays[0].id} ({strays[0].department_id}, {strays[0].event_date})"
            )
        fetched = _fetched_text(fetched_at)

        def replace(conn: sqlite3.Connection) -> None:
            def statements() -> None:
                # Events with changes waiting in the outbox keep their local version: the
                # fetched copy neither replaces nor removes it, nor brings back a pending delete.
                pending = _pending_keys(conn, self.source)
                conn.execute(
                    "DELETE FROM events WHERE source = ? AND department_id = ? "
                    "AND event_date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM outbox AS o "
                    "WHERE o.source = events.source AND o.event_id = events.id "
                    "AND events.department_id IN "
                    "(o.original_department_id, o.changed_department_id))",
                    (self.source, department_id, first.isoformat(), last.isoformat()),
                )
                conn.executemany(
                    _INSERT_EVENT,
                    [
                        _event_row(self.source, e)
                        for e in events
                        if (e.id, e.department_id) not in pending
                    ],
                )
                conn.execute(
                    "INSERT OR REPLACE INTO fetched_months "
                    "(source, department_id, month, fetched_at) VALUES (?, ?, ?, ?)",
                    (self.source, department_id, first.isoformat(), fetched),
                )

            _write(conn, statements)

        self._db.run(replace)

    def fetched_months(self, department_id: str) -> list[date]:
        """The first days of the department's months that were fetched, oldest first."""
        rows = self._db.run(
            lambda conn: conn.execute(
                "SELECT month FROM fetched_months WHERE source = ? AND department_id = ? "
                "ORDER BY month",
                (self.source, department_id),
            ).fetchall()
        )
        return [date.fromisoformat(row[0]) for row in rows]

    def last_fetched(self) -> datetime | None:
        """The newest fetch time of any month of the source (UTC), or ``None``."""
        row = self._db.run(
            lambda conn: conn.execute(
                "SELECT max(fetched_at) FROM fetched_months WHERE source = ?", (self.source,)
            ).fetchone()
        )
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def pending_keys(self) -> set[tuple[str, str]]:
        """(id, department_id) of events with changes waiting in the outbox (never replaced
        by a fetch)."""
        return self._db.run(lambda conn: _pending_keys(conn, self.source))

    # --- the user's own writes ----------------------------------------------------------------

    def transaction[R](
        self, statements: Callable[[sqlite3.Connection], R], *, durable: bool = False
    ) -> R:
        """``statements(connection)`` in one write transaction: all or nothing.

        ``durable``: the commit is on disk when this returns (``synchronous=FULL``), for what
        the table does not hold yet (the outbox).
        """

        def run(conn: sqlite3.Connection) -> R:
            if not durable:
                return _write(conn, lambda: statements(conn))
            conn.execute("PRAGMA synchronous = FULL")
            try:
                return _write(conn, lambda: statements(conn))
            finally:
                conn.execute("PRAGMA synchronous = NORMAL")

        return self._db.run(run)

    def put_event_in(self, conn: sqlite3.Connection, event: Event) -> None:
        """:meth:`put_event` inside a :meth:`transaction`."""
        conn.execute(_INSERT_EVENT, _event_row(self.source, event))

    def remove_event_in(self, conn: sqlite3.Connection, event_id: str, department_id: str) -> None:
        """:meth:`remove_event` inside a :meth:`transaction`."""
        conn.execute(
            "DELETE FROM events WHERE source = ? AND department_id = ? AND id = ?",
            (self.source, department_id, event_id),
        )

    def put_event(self, event: Event) -> None:
        """Store (or overwrite) one event at once. Does not mark its month as fetched."""
        row = _event_row(self.source, event)
        self._db.run(lambda conn: conn.execute(_INSERT_EVENT, row))

    def remove_event(self, event_id: str, department_id: str) -> None:
        """Forget one event (nothing happens if it was not cached)."""
        self._db.run(
            lambda conn: conn.execute(
                "DELETE FROM events WHERE source = ? AND department_id = ? AND id = ?",
                (self.source, department_id, event_id),
            )
        )

    # --- reading across months ----------------------------------------------------------------

    def events_between(self, department_ids: list[str], start: date, end: date) -> list[Event]:
        """Cached events of these departments from ``start`` to ``end`` inclusive, sorted."""
        rows = self._db.run(
            lambda conn: conn.execute(
                f"SELECT {_EVENT_COLUMNS} FROM events WHERE source = ? "
                "AND department_id IN (SELECT value FROM json_each(?)) "
                "AND event_date BETWEEN ? AND ?",
                (self.source, _ids_json(department_ids), start.isoformat(), end.isoformat()),
            ).fetchall()
        )
        return sort_events(_event(row) for row in rows)

    def search(self, department_ids: list[str], text: str, limit: int = 200) -> list[Event]:
        """Cached events whose title or description contains ``text``, by date then time.

        Case-insensitive (case folding and NFKC, so Korean, full-width and accented text
        match as typed); ``%`` and ``_`` are ordinary characters. Blank text finds nothing.
        At most ``limit`` events, the earliest ones.
        """
        needle = fold(text.strip())
        if not needle or limit <= 0 or not department_ids:
            return []

        def read(conn: sqlite3.Connection) -> list[Event]:
            cursor = conn.execute(
                f"SELECT {_EVENT_COLUMNS} FROM events WHERE source = ? "
                "AND department_id IN (SELECT value FROM json_each(?)) "
                "AND instr(search_text, ?) > 0 ORDER BY event_date",
                (self.source, _ids_json(department_ids), needle),
            )
            found: list[Event] = []
            for row in cursor:
                # Past the limit, finish the last day only: its order is by time, not by row.
                if len(found) >= limit and row[2] != found[-1].event_date.isoformat():
                    break
                found.append(_event(row))
            cursor.close()
            return found

        return sort_events(self._db.run(read))[:limit]
