"""The offline cache's one connection and its recovery: open, move a damaged file aside,
carry the changes not sent out of it, or live in memory (see :mod:`desktop.data.cache`)."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.data import cache_check
from desktop.data.cache_check import SLICE_PAUSE_SECONDS, CheckState
from desktop.data.cache_schema import (
    INSERT_EVENT,
    NewerFile,
    Unusable,
    event_row,
    migrate_schema,
    probe_columns,
    search_text_of,
    write_all,
)
from desktop.data.changes import event_from_json
from desktop.domain.models import Event

log = logging.getLogger("desktop.data.cache")  # one logger for the whole cache, as before

BUSY_TIMEOUT_SECONDS = 2.0

# SQLite's primary result codes (``sqlite3.Error.sqlite_errorcode & 0xFF``).
_SQLITE_ERROR = 1  # SQL error: a missing table or column, a table that already exists
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_CORRUPT = 11
_SQLITE_FORMAT = 24
_SQLITE_NOTADB = 26


class CacheError(Exception):
    """The cache could not do what was asked (a full disk, a closed cache)."""


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
    return isinstance(exc, Unusable) or _error_code(exc) in (
        _SQLITE_ERROR,
        _SQLITE_CORRUPT,
        _SQLITE_FORMAT,
        _SQLITE_NOTADB,
    )


def _damaged(exc: sqlite3.Error) -> bool:
    """The check's verdict: damage, not an SQL error (an SQLite too old for a slice's
    syntax, a table dropped meanwhile), which says nothing about the file."""
    return isinstance(exc, Unusable) or _error_code(exc) in (
        _SQLITE_CORRUPT,
        _SQLITE_FORMAT,
        _SQLITE_NOTADB,
    )


def _error_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or type(exc).__name__)


# --- the database: one connection, one lock ---------------------------------------------------


class Database:
    """The connection and its lock, shared by every :class:`Cache` view of one file."""

    def __init__(self, path: Path, *, memory: bool = False) -> None:
        self.path = path
        self.lock = threading.Lock()
        self.persistent = not memory
        self.problem = ""  # NEWER_FILE or UNAVAILABLE when the cache lives in memory
        self.rescue: Rescue | None = None  # changes carried out of a damaged file, not yet told
        self._conn: sqlite3.Connection | None = None
        self._closed = False
        self._generation = 0  # a new file after every recovery: a check of the old one is moot
        self._checking: tuple[threading.Event, sqlite3.Connection | None] | None = None
        self._checking_lock = threading.Lock()  # guards _checking, never held across I/O
        self._conn = _connect(None) if memory else self._open()
        self.state: CheckState | None = CheckState.opened(path) if self.persistent else None

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
            if isinstance(exc, NewerFile):
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
        self._generation += 1
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

    def check(self, now: datetime | None = None) -> bool | None:
        """Read the whole file on a connection of its own, a slice at a time, without the
        lock: the app's reads and writes go on meanwhile (:mod:`cache_check`).

        True: sound (remembered as the last clean check, at ``now``). False: damaged, moved
        aside and rebuilt (under the lock, like damage any query finds). None: not checked to
        the end (stopped by :meth:`close` or :meth:`stop_check`, or the file could not be read
        for a reason that says nothing about it, such as a lock held by another program).
        """
        if not self.persistent:
            return True  # in memory: nothing on disk to be damaged
        stop = threading.Event()
        with self.lock:
            if self._closed or self._conn is None:
                return None
            generation = self._generation
        with self._checking_lock:
            if self._checking is not None:
                self._checking[0].set()  # one check at a time: the newer one goes on
            self._checking = (stop, None)
        try:
            damage = self._check_slices(stop)
        finally:
            with self._checking_lock:
                if self._checking is not None and self._checking[0] is stop:
                    self._checking = None
        if damage is None:
            if stop.is_set():
                return None
            if self.state is not None:
                self.state.checked(now or datetime.now(UTC))
            return True
        if isinstance(damage, str):
            log.warning("The offline cache could not be checked: %s", damage)
            return None
        with self.lock:
            if self._closed or self._generation != generation:
                return None  # closed meanwhile, or already replaced by a query that met it
            self._recover(damage)
        return False

    def _check_slices(self, stop: threading.Event) -> sqlite3.Error | str | None:
        """The damage found (an error), why the file could not be read (text), or None."""
        try:
            conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_SECONDS,
                isolation_level=None,
                check_same_thread=False,  # stop_check() interrupts it from another thread
            )
        except sqlite3.Error as exc:
            return exc if _damaged(exc) else str(exc)
        try:
            with self._checking_lock:
                if stop.is_set():
                    return None
                self._checking = (stop, conn)
            for name in cache_check.slices(conn):
                if stop.is_set():
                    return None
                cache_check.check_slice(conn, name)
                if stop.wait(SLICE_PAUSE_SECONDS):
                    return None
        except sqlite3.Error as exc:
            if stop.is_set():
                return None  # interrupted
            return exc if _damaged(exc) else f"{exc} ({_error_name(exc)})"
        finally:
            with self._checking_lock:
                if self._checking is not None and self._checking[0] is stop:
                    self._checking = (stop, None)
            conn.close()
        return None

    def stop_check(self) -> None:
        """Stop a check under way at once (it returns None); nothing waits for it.

        An interrupt that comes in the instant between two slices is lost (SQLite forgets it
        when no statement runs): the next slice then runs to its end, and the check stops
        after it. Nothing waits for that either.
        """
        with self._checking_lock:
            if self._checking is None:
                return
            stop, conn = self._checking
            stop.set()
            if conn is not None:
                conn.interrupt()

    def close(self) -> None:
        self.stop_check()
        with self.lock:
            if self._closed:
                return
            self._closed = True
            self._close_connection()
        if self.state is not None:
            self.state.closed()

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
            conn.execute(INSERT_EVENT, event_row(source, restored))
    conn.execute("DELETE FROM outbox")
    conn.execute("COMMIT")


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
            INSERT_EVENT,
            [event_row(source, e) for (source, _id), e in latest.items() if e is not None],
        )

    write_all(conn, statements)
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
        conn.create_function("deptcal_search_text", 2, search_text_of, deterministic=True)
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate_schema(conn)
        probe_columns(conn)
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
