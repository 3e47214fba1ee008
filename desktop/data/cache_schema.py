"""The offline cache's file format: its schema, the migrations and how rows map to events.

Migration ``i`` brings a file from ``PRAGMA user_version`` ``i`` to ``i + 1``; they run in one
transaction with the version bumps (:func:`migrate_schema`). Every column the code reads is
probed at opening (:func:`probe_columns`). See :mod:`desktop.data.cache` for the design.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from operator import add
from typing import Any

from desktop.domain.models import Event, attributes_from_json, attributes_to_json

log = logging.getLogger("desktop.data.cache")  # one logger for the whole cache, as before

APPLICATION_ID = 0x64706361  # "dpca"
_SEPARATOR = "\x1f"  # between title and description in search_text: no match spans both


class Unusable(sqlite3.DatabaseError):
    """The file is a database this code must not use (newer version, another app's file)."""


class NewerFile(Unusable):
    """The file was written by a newer version of the app: left alone, never moved aside."""


# --- schema and migrations --------------------------------------------------------------------


def fold(text: str) -> str:
    """``text`` for case-insensitive matching: NFKC-normalised, case-folded."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def search_text_of(title: str, description: str) -> str:
    return fold(f"{title}{_SEPARATOR}{description}")


# A word for the search index: a run of letters and digits (``str.isalnum``). Everything else
# (spaces, punctuation, symbols, the title/description separator) ends a word.
WORD = re.compile(r"[^\W_]+")


def search_grams(search_text: str) -> str:
    """The search index's tokens for a folded ``search_text``: each word as its overlapping
    character pairs, then its last character alone (a one-character word is just itself).

    A text contains a word ``w`` of two or more characters only if its tokens hold the pairs
    of ``w`` one after the other (the phrase of ``w``'s pairs); it contains a character ``c``
    of a word only if some token starts with ``c``. So the index finds every event a substring
    search finds (and a few more, which the exact check drops), whatever the script: two-syllable
    Korean words (회의, 보고) included, which a trigram index cannot find.
    """
    # A word that comes again adds nothing a search could find: each distinct word once.
    return " ".join(
        " ".join(map(add, word, word[1:])) + " " + word[-1] if len(word) > 1 else word
        for word in dict.fromkeys(WORD.findall(search_text))
    )


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


# The search index's row for an event: its day in the high bits, so that the index lists its
# matches by date (``ORDER BY rowid``, with ``LIMIT`` and ranges, costs no sort), and the
# event's own rowid in the low 40 bits.
ROWID_BITS = 40
ROWID_MASK = (1 << ROWID_BITS) - 1


def _key(row: str) -> str:
    return f"((CAST(julianday({row}.event_date) AS INTEGER) << {ROWID_BITS}) | {row}.rowid)"


def _owner(row: str) -> str:
    return f"('d' || hex({row}.department_id))"


_ADD = (
    "INSERT INTO events_fts (rowid, grams, owner) "
    f"SELECT {_key('new')}, new.search_grams, {_owner('new')} WHERE new.search_grams <> '';"
)
_DROP = (
    "INSERT INTO events_fts (events_fts, rowid, grams, owner) "
    f"SELECT 'delete', {_key('old')}, old.search_grams, {_owner('old')} "
    "WHERE old.search_grams <> '';"
)


def owner_token(department_id: str) -> str:
    """The index's token for a department (as the triggers write it)."""
    return "d" + department_id.encode("utf-8").hex().upper()


def _migrate_to_5(conn: sqlite3.Connection) -> None:
    """The search index: an FTS5 table over each event's character pairs (:func:`search_grams`).

    Contentless (the text stays in ``events``), kept in step by triggers on every write path
    (``recursive_triggers`` is on, so rows an ``INSERT OR REPLACE`` replaces leave it too). The
    rows already cached get their tokens later, in slices on a worker
    (:func:`desktop.data.cache_search.build_slice`): ``search_index`` says how far that got,
    and search scans as before until it is done.
    """
    conn.execute("ALTER TABLE events ADD COLUMN search_grams TEXT NOT NULL DEFAULT ''")
    conn.execute(
        "CREATE VIRTUAL TABLE events_fts USING fts5("
        "grams, owner, content='', tokenize='ascii', prefix='1', columnsize=0)"
    )
    conn.execute(f"CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN {_ADD} END")
    conn.execute(f"CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN {_DROP} END")
    conn.execute(
        "CREATE TRIGGER events_fts_update AFTER UPDATE OF department_id, event_date, "
        f"search_grams ON events BEGIN {_DROP} {_ADD} END"
    )
    conn.execute(
        "CREATE TABLE search_index (id INTEGER PRIMARY KEY CHECK (id = 0), "
        "next_rowid INTEGER NOT NULL, last_rowid INTEGER NOT NULL)"
    )
    conn.execute(
        "INSERT INTO search_index VALUES (0, 1, (SELECT coalesce(max(rowid), 0) FROM events))"
    )


def _migrate_to_6(conn: sqlite3.Connection) -> None:
    """Reminders, kept on this computer only: each event's own choice, and what became of each
    reminder (shown, snoozed until, dismissed) by event, department and due moment."""
    conn.execute(
        "CREATE TABLE reminder_choices (source TEXT NOT NULL, event_id TEXT NOT NULL, "
        "department_id TEXT NOT NULL, choice TEXT NOT NULL, "
        "PRIMARY KEY (source, event_id, department_id))"
    )
    conn.execute(
        "CREATE TABLE reminder_states (source TEXT NOT NULL, event_id TEXT NOT NULL, "
        "department_id TEXT NOT NULL, due TEXT NOT NULL, fired INTEGER NOT NULL DEFAULT 0, "
        "snoozed_until TEXT, dismissed INTEGER NOT NULL DEFAULT 0, "
        "PRIMARY KEY (source, event_id, department_id, due))"
    )


# Migration ``i`` brings a database from version ``i`` to ``i + 1``. Append, never edit.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _migrate_to_1,
    _migrate_to_2,
    _migrate_to_3,
    _migrate_to_4,
    _migrate_to_5,
    _migrate_to_6,
)
SCHEMA_VERSION = len(MIGRATIONS)

EVENT_COLUMNS = (
    "id, department_id, event_date, title, description, time, url, "
    "created_at, last_modified, revision, legacy_time, extra"
)
JOINED_EVENT_COLUMNS = ", ".join(f"e.{column}" for column in EVENT_COLUMNS.split(", "))
# Every column this code reads, per table: a probe that fails means a schema it cannot read.
_EXPECTED = {
    "departments": "source, id, name, description, created_at, updated_at, revision, extra",
    "events": f"source, {EVENT_COLUMNS}, search_text, search_grams",
    "events_fts": "rowid, grams, owner",
    "search_index": "next_rowid, last_rowid",
    "fetched_months": "source, department_id, month, fetched_at",
    "outbox": "seq, source, kind, event_id, original, changed, written_at, queued_at, state, "
    "reason, current, uncertain, half_moved, attempts, original_department_id, "
    "changed_department_id",
    "reminder_choices": "source, event_id, department_id, choice",
    "reminder_states": "source, event_id, department_id, due, fired, snoozed_until, dismissed",
}


# --- conversions ------------------------------------------------------------------------------


def moment_text(moment: datetime | None) -> str | None:
    # Full precision, offset kept (or naive kept naive): read back, it compares equal.
    return moment.isoformat() if moment is not None else None


def moment_from_text(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def fetched_text(moment: datetime) -> str:
    """A fetch time as fixed-width UTC text, so that ``MAX`` and ``ORDER BY`` are by time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def event_row(source: str, event: Event) -> tuple[Any, ...]:
    text = search_text_of(event.title, event.description)
    return (
        source,
        event.department_id,
        event.id,
        event.event_date.isoformat(),
        event.title,
        event.description,
        event.time,
        event.url,
        moment_text(event.created_at),
        moment_text(event.last_modified),
        event.revision,
        int(event.legacy_time),
        text,
        search_grams(text),
        attributes_to_json(event.extra),
    )


# The column order of event_row: source, department_id, id, …
INSERT_EVENT = (
    "INSERT OR REPLACE INTO events (source, department_id, id, event_date, title, description, "
    "time, url, created_at, last_modified, revision, legacy_time, search_text, search_grams, "
    "extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


_EVENT_ROW_COLUMNS = (
    "source, department_id, id, event_date, title, description, time, url, created_at, "
    "last_modified, revision, legacy_time, search_text, search_grams, extra"
)


def insert_events(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    """:data:`INSERT_EVENT` for many rows of :func:`event_row`, as one statement.

    The search index's triggers then write it once: an FTS5 table flushes what it holds at the
    end of every statement that has triggers, so a statement per row costs several times as
    much. The rows go through a temporary table of this connection (no triggers there).
    """
    if not rows:
        return
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS event_rows ({_EVENT_ROW_COLUMNS})")
    placeholders = ", ".join("?" * len(rows[0]))
    conn.executemany(f"INSERT INTO temp.event_rows VALUES ({placeholders})", rows)
    conn.execute(
        f"INSERT OR REPLACE INTO events ({_EVENT_ROW_COLUMNS}) "
        f"SELECT {_EVENT_ROW_COLUMNS} FROM temp.event_rows"
    )
    conn.execute("DELETE FROM temp.event_rows")


def event_from_row(row: Sequence[Any]) -> Event:
    """An :class:`Event` from the columns of ``EVENT_COLUMNS``, in that order."""
    return Event(
        row[0],
        row[1],
        date.fromisoformat(row[2]),
        row[3],
        row[4],
        row[5],
        row[6],
        moment_from_text(row[7]),
        moment_from_text(row[8]),
        row[9],
        bool(row[10]),
        attributes_from_json(row[11]),
    )


# --- opening and writing ------------------------------------------------------------------


def migrate_schema(conn: sqlite3.Connection) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION`, or raise if the file is not for this code.

    Each look at the version is one read transaction, and the migration reads it again inside
    its write transaction: copies of the app starting at once on a new file must neither see
    half of another's migration nor both run the first one.

    Also switches on what the schema relies on for every connection: recursive triggers, so
    that a row an ``INSERT OR REPLACE`` replaces leaves the search index as a deleted one does.
    """
    conn.execute("PRAGMA recursive_triggers = ON")
    conn.execute("BEGIN")
    try:
        version = _checked_version(conn)
    finally:
        rollback(conn)
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
        rollback(conn)
        raise
    if version < SCHEMA_VERSION:
        log.info("Offline cache migrated from schema version %d to %d", version, SCHEMA_VERSION)


def _checked_version(conn: sqlite3.Connection) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise NewerFile(
            f"schema version {version} is newer than this app's {SCHEMA_VERSION}; "
            "it was written by a newer version of the app"
        )
    application = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if application not in (0, APPLICATION_ID):
        raise Unusable(f"the file belongs to another application (id {application:#x})")
    if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise Unusable("the file holds tables that are not the cache's")
    return version


def probe_columns(conn: sqlite3.Connection) -> None:
    """Every column this code uses can be read: fail at opening, not later."""
    for table, columns in _EXPECTED.items():
        conn.execute(f"SELECT {columns} FROM {table} LIMIT 0").fetchall()


def write_all[R](conn: sqlite3.Connection, statements: Callable[[], R]) -> R:
    """``statements()`` in one write transaction: all or nothing."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = statements()
    except BaseException:
        rollback(conn)
        raise
    conn.execute("COMMIT")
    return result


def rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, if SQLite has not already (it does after some errors)."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error as exc:  # the original error is the one worth raising
            log.debug("Rollback failed: %s", exc)
