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
  warning in the log: at opening, or by :meth:`Cache.check` (a read of every page on a
  connection of its own, without the lock: see :mod:`desktop.data.cache_check` for when the
  service runs it). Corruption found by any query
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
  ``%`` or ``_`` are ordinary characters. An FTS5 index of character pairs (schema v5,
  :mod:`desktop.data.cache_search`) finds the candidates in date order, a page at a time.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from desktop.data.cache_check import CHECK_EVERY
from desktop.data.cache_db import (
    BUSY_TIMEOUT_SECONDS,
    NEWER_FILE,
    UNAVAILABLE,
    CacheError,
    Database,
    Rescue,
    copy_without_outbox,
)
from desktop.data.cache_schema import (
    APPLICATION_ID,
    EVENT_COLUMNS,
    INSERT_EVENT,
    JOINED_EVENT_COLUMNS,
    MIGRATIONS,
    SCHEMA_VERSION,
    event_from_row,
    event_row,
    fetched_text,
    fold,
    insert_events,
    moment_from_text,
    moment_text,
    write_all,
)
from desktop.data.cache_search import (
    SLICE_ROWS,
    Cancelled,
    SearchPage,
    build_slice,
    needle_of,
    search_page,
)
from desktop.domain.calendar import month_end, month_start
from desktop.domain.models import (
    Department,
    Event,
    attributes_from_json,
    attributes_to_json,
)
from desktop.domain.rules import sort_events

log = logging.getLogger(__name__)

# Importable from here, as before the file's format and connection had modules of their own.
__all__ = [
    "APPLICATION_ID",
    "BUSY_TIMEOUT_SECONDS",
    "CHECK_EVERY",
    "MIGRATIONS",
    "NEWER_FILE",
    "SCHEMA_VERSION",
    "UNAVAILABLE",
    "Cache",
    "CacheError",
    "CachedMonth",
    "Rescue",
    "SearchPage",
    "copy_without_outbox",
    "fold",
    "sort_events",
]


@dataclass(frozen=True)
class CachedMonth:
    """A (department, month) as last fetched: its events and when they were fetched."""

    events: list[Event]
    fetched_at: datetime


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


def _replace_days(
    conn: sqlite3.Connection,
    source: str,
    department_id: str,
    first: date,
    last: date,
    events: list[Event],
) -> None:
    """The department's days ``first``..``last`` become ``events`` (inside a transaction).

    Events with changes waiting in the outbox keep their local version: the fetched copy
    neither replaces nor removes it, nor brings back a pending delete.
    """
    pending = _pending_keys(conn, source)
    conn.execute(
        "DELETE FROM events WHERE source = ? AND department_id = ? "
        "AND event_date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM outbox AS o "
        "WHERE o.source = events.source AND o.event_id = events.id "
        "AND events.department_id IN "
        "(o.original_department_id, o.changed_department_id))",
        (source, department_id, first.isoformat(), last.isoformat()),
    )
    insert_events(
        conn,
        [event_row(source, e) for e in events if (e.id, e.department_id) not in pending],
    )


def _ids_json(ids: Iterable[str]) -> str:
    return json.dumps(list(ids), ensure_ascii=False)


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


# --- the cache --------------------------------------------------------------------------------


class Cache:
    """Departments, events and fetched months of one source, in one SQLite file.

    Thread-safe; meant for worker threads (every call does disk I/O). Methods raise
    :class:`CacheError` only for failures the cache cannot absorb (a full disk, after
    :meth:`close`).
    """

    def __init__(self, path: Path, source: str, *, _database: Database | None = None) -> None:
        self.source = source
        self._db = _database if _database is not None else Database(Path(path))

    @classmethod
    def open(cls, path: Path, source: str) -> Cache:
        """Create the folder, open (or rebuild) the file and migrate it."""
        return cls(path, source)

    @classmethod
    def in_memory(cls, source: str) -> Cache:
        """A cache that lives in memory for this session (nothing on disk)."""
        return cls(Path(":memory:"), source, _database=Database(Path(":memory:"), memory=True))

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
                write_all(conn, lambda: _rekey(conn, olds, self.source))
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

    def check(self, now: datetime | None = None) -> bool:
        """Read every page of the file now; if it is damaged, move it aside and start empty.

        Not done at opening, where it would delay the first paint by the time it takes to read
        the whole file; the service runs :meth:`check_if_due` at idle instead. It holds no
        lock while it reads (:mod:`cache_check`): reads, searches and saves go on meanwhile.
        Damage found by any query before that is handled the same way. Returns False if the
        file was replaced.

        Then rows kept under another spelling of this source are taken over
        (:meth:`adopt_spellings`).
        """
        sound = self._db.check(now)
        self.adopt_spellings()
        return sound is not False

    def check_due(self, now: datetime | None = None) -> bool:
        """The whole-file check is due: the last sound one is :data:`CHECK_EVERY` old, or
        the previous session did not end cleanly."""
        state = self._db.state
        return state is not None and state.due(now or datetime.now(UTC))

    def check_if_due(self, now: datetime | None = None) -> bool | None:
        """:meth:`check` without adopting spellings, when due: None if it was not (or was
        stopped), else whether the file was sound."""
        if not self.check_due(now):
            return None
        return self._db.check(now)

    def stop_check(self) -> None:
        """Stop a check under way (it returns None at once). :meth:`close` does too."""
        self._db.stop_check()

    def adopt_spellings(self) -> None:
        """Take over rows kept under another spelling of this source (an endpoint saved
        before endpoints were normalised): changes waiting under it are this source's."""
        try:
            self._adopt_spellings()
        except CacheError as exc:
            log.warning("Could not take over older spellings of %s: %s", self.source, exc)

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
                    moment_from_text(row[3]),
                    moment_from_text(row[4]),
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
                moment_text(d.created_at),
                moment_text(d.updated_at),
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

            return write_all(conn, statements)

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
                f"SELECT f.fetched_at, {JOINED_EVENT_COLUMNS} "
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
        events = [event_from_row(row[1:]) for row in rows if row[1] is not None]
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
        fetched = fetched_text(fetched_at)

        def replace(conn: sqlite3.Connection) -> None:
            def statements() -> None:
                _replace_days(conn, self.source, department_id, first, last, events)
                conn.execute(
                    "INSERT OR REPLACE INTO fetched_months "
                    "(source, department_id, month, fetched_at) VALUES (?, ?, ?, ?)",
                    (self.source, department_id, first.isoformat(), fetched),
                )

            write_all(conn, statements)

        self._db.run(replace)

    def put_window(self, department_id: str, first: date, last: date, events: list[Event]) -> None:
        """Make the department's days ``first``..``last`` exactly ``events`` (a Query narrowed
        to them), like :meth:`replace_month` for those days only: events the table no longer
        has there are removed, changes waiting in the outbox win. No month is marked fetched
        (it was not read whole): a month never fetched still says so, and is read when shown.
        """
        strays = [
            e
            for e in events
            if e.department_id != department_id or not first <= e.event_date <= last
        ]
        if strays:
            raise ValueError(f"{len(strays)} event(s) outside {department_id} {first}..{last}")

        def replace(conn: sqlite3.Connection) -> None:
            write_all(
                conn,
                lambda: _replace_days(conn, self.source, department_id, first, last, events),
            )

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

    def saved_months(self, department_ids: list[str]) -> set[tuple[str, date]]:
        """(department, first day of the month) of every month of these departments that was
        fetched: what search and export can answer from this computer."""
        rows = self._db.run(
            lambda conn: conn.execute(
                "SELECT department_id, month FROM fetched_months WHERE source = ? "
                "AND department_id IN (SELECT value FROM json_each(?))",
                (self.source, _ids_json(department_ids)),
            ).fetchall()
        )
        return {(str(row[0]), date.fromisoformat(row[1])) for row in rows}

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
                return write_all(conn, lambda: statements(conn))
            conn.execute("PRAGMA synchronous = FULL")
            try:
                return write_all(conn, lambda: statements(conn))
            finally:
                conn.execute("PRAGMA synchronous = NORMAL")

        return self._db.run(run)

    def put_event_in(self, conn: sqlite3.Connection, event: Event) -> None:
        """:meth:`put_event` inside a :meth:`transaction`."""
        conn.execute(INSERT_EVENT, event_row(self.source, event))

    def remove_event_in(self, conn: sqlite3.Connection, event_id: str, department_id: str) -> None:
        """:meth:`remove_event` inside a :meth:`transaction`."""
        conn.execute(
            "DELETE FROM events WHERE source = ? AND department_id = ? AND id = ?",
            (self.source, department_id, event_id),
        )

    def put_event(self, event: Event) -> None:
        """Store (or overwrite) one event at once. Does not mark its month as fetched."""
        row = event_row(self.source, event)
        self._db.run(lambda conn: conn.execute(INSERT_EVENT, row))

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
                f"SELECT {EVENT_COLUMNS} FROM events WHERE source = ? "
                "AND department_id IN (SELECT value FROM json_each(?)) "
                "AND event_date BETWEEN ? AND ?",
                (self.source, _ids_json(department_ids), start.isoformat(), end.isoformat()),
            ).fetchall()
        )
        return sort_events(event_from_row(row) for row in rows)

    def search(self, department_ids: list[str], text: str, limit: int = 200) -> list[Event]:
        """Cached events whose title or description contains ``text``, by date then time.

        Case-insensitive (case folding and NFKC, so Korean, full-width and accented text
        match as typed); ``%`` and ``_`` are ordinary characters. Blank text finds nothing.
        At most ``limit`` events, the earliest ones.
        """
        found: list[Event] = []
        after: date | None = None
        while len(found) < limit:
            page = self.search_page(department_ids, text, after=after, limit=limit - len(found))
            if page is None:
                break
            found += page.events
            if page.after is None:
                break
            after = page.after
        return found[:limit]

    def search_page(
        self,
        department_ids: list[str],
        text: str,
        *,
        after: date | None = None,
        limit: int = 200,
        cancelled: Callable[[], bool] | None = None,
    ) -> SearchPage | None:
        """One page of :meth:`search`'s results after the day ``after`` (whole days, at least
        ``limit`` events unless it is the last); ``None`` when ``cancelled()`` stopped it."""
        needle = needle_of(text)
        if not needle or limit <= 0 or not department_ids:
            return SearchPage([], None)

        def read(conn: sqlite3.Connection) -> SearchPage | None:
            try:
                return search_page(
                    conn,
                    self.source,
                    department_ids,
                    needle,
                    after=after,
                    limit=limit,
                    cancelled=cancelled,
                )
            except Cancelled:
                return None

        return self._db.run(read)

    def build_search_index(self, rows: int = SLICE_ROWS) -> bool:
        """Index the next ``rows`` events cached before the search index existed (one short
        transaction); True once every event is indexed. Until then search scans."""
        return self._db.run(lambda conn: build_slice(conn, rows))
