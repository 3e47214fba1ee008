"""Search of the offline cache: an index that answers at any size, a page at a time.

The index (schema v5, :func:`desktop.data.cache_schema._migrate_to_5`) is an FTS5 table of
each event's character pairs (:func:`~desktop.data.cache_schema.search_grams`), whose rows are
numbered by day: a search walks it in date order and stops once a page is full, so a word in a
million events costs what a word in two hundred does. Every candidate is checked against the
folded text (``instr``), so the answer is exactly a substring search's: case-insensitive for
every script, ``%`` and ``_`` ordinary characters, no match across title and description.

The rows cached before the index existed get their tokens in slices (:func:`build_slice`, run
on a worker after start-up); until the last slice, and for text without a letter or digit
(``%``), search scans the rows as it always did. A search can be given ``cancelled``: asked
between rows and by SQLite's progress handler, it stops a superseded search at once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from desktop.data.cache_schema import (
    EVENT_COLUMNS,
    ROWID_BITS,
    ROWID_MASK,
    WORD,
    event_from_row,
    fold,
    owner_token,
    search_grams,
    write_all,
)
from desktop.domain.models import Event
from desktop.domain.rules import sort_events

# Up to this many departments, the index itself keeps to them; beyond, rows of the others
# are skipped as they come (a list of many departments is most of the calendar anyway).
_OWNER_FILTER_MAX = 8
# SQLite virtual-machine steps between two looks at ``cancelled``.
_PROGRESS_STEPS = 2_000
# Index rows a page looks at before it ends (at the end of a day), matches or not: a search
# whose candidates mostly fail the exact check streams in pages instead of holding the cache.
CANDIDATES = 5_000
# Rows given their tokens per slice: short enough that a month read waiting for the lock
# hardly notices.
SLICE_ROWS = 1_000
_JULIAN_OFFSET = 1_721_424  # date.toordinal() + this = SQLite's CAST(julianday(day) AS INTEGER)


@dataclass(frozen=True)
class SearchPage:
    """One page of results, by date then time; ``after`` is where the next page starts (the
    last day this page holds in full), ``None`` when there is nothing more."""

    events: list[Event]
    after: date | None


class Cancelled(Exception):
    """The search was superseded before it finished."""


def needle_of(text: str) -> str:
    """What a search for ``text`` looks for: folded like the stored text, blank-trimmed."""
    return fold(text.strip())


def match_expression(needle: str, owners: Iterable[str] = ()) -> str | None:
    """The FTS5 query that finds (at least) every text containing ``needle``.

    Each word of two or more characters is the phrase of its pairs, a word of one character
    asks for tokens starting with it (the index keeps one-character prefixes); the words are
    ANDed. ``None``: no letter or digit to look up (the caller scans).
    """
    words = list(dict.fromkeys(WORD.findall(needle)))
    if not words:
        return None
    phrases = [
        '"' + " ".join(w[i : i + 2] for i in range(len(w) - 1)) + '"' if len(w) > 1 else f'"{w}"*'
        for w in words
    ]
    expression = "grams : (" + " AND ".join(phrases) + ")"
    tokens = [owner_token(owner) for owner in owners]
    if tokens:
        expression += " AND owner : (" + " OR ".join(tokens) + ")"
    return expression


def _julian(day: date) -> int:
    return day.toordinal() + _JULIAN_OFFSET


def index_ready(conn: sqlite3.Connection) -> bool:
    """Every cached row is in the index (a new file's is from the start)."""
    row = conn.execute("SELECT next_rowid > last_rowid FROM search_index").fetchone()
    return row is None or bool(row[0])


def build_slice(conn: sqlite3.Connection, rows: int = SLICE_ROWS) -> bool:
    """Give the next ``rows`` rows cached before the index their tokens; True when all have."""

    conn.create_function("deptcal_search_grams", 1, search_grams, deterministic=True)

    def statements() -> bool:
        state = conn.execute("SELECT next_rowid, last_rowid FROM search_index").fetchone()
        if state is None or state[0] > state[1]:
            return True
        first, last = state
        high = min(first + rows - 1, last)
        # One statement: the index flushes once, not once per row.
        conn.execute(
            "UPDATE events SET search_grams = deptcal_search_grams(search_text) "
            "WHERE rowid BETWEEN ? AND ? AND search_grams = ''",
            (first, high),
        )
        conn.execute("UPDATE search_index SET next_rowid = ?", (high + 1,))
        return bool(high >= last)

    return write_all(conn, statements)


def search_page(
    conn: sqlite3.Connection,
    source: str,
    department_ids: list[str],
    needle: str,
    *,
    after: date | None = None,
    limit: int = 200,
    cancelled: Callable[[], bool] | None = None,
) -> SearchPage:
    """The first ``limit`` events after ``after`` whose folded text contains ``needle``, by
    date then time. A page holds whole days: more than ``limit`` events when its last day has
    more, and fewer when it stopped after :data:`CANDIDATES` index rows that were not all
    matches (text that only looks like the needle: ``회의 a`` in ``회의실 A``); the next page
    goes on from ``after``.

    Raises :class:`Cancelled` when ``cancelled()`` turns true meanwhile.
    """
    owners = department_ids if len(department_ids) <= _OWNER_FILTER_MAX else ()
    expression = match_expression(needle, owners)
    ids = json.dumps(department_ids, ensure_ascii=False)
    if cancelled is not None:
        conn.set_progress_handler(lambda: int(cancelled()), _PROGRESS_STEPS)
    try:
        if expression is not None and index_ready(conn):
            return _indexed_page(conn, expression, source, ids, needle, after, limit, cancelled)
        cursor = conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE source = ? "
            "AND department_id IN (SELECT value FROM json_each(?)) "
            "AND instr(search_text, ?) > 0 AND event_date > ? ORDER BY event_date",
            (source, ids, needle, after.isoformat() if after is not None else ""),
        )
        return _scanned_page(cursor, limit, cancelled)
    except sqlite3.OperationalError:
        if cancelled is not None and cancelled():
            raise Cancelled from None
        raise
    finally:
        if cancelled is not None:
            conn.set_progress_handler(None, 0)


def _indexed_page(
    conn: sqlite3.Connection,
    expression: str,
    source: str,
    ids: str,
    needle: str,
    after: date | None,
    limit: int,
    cancelled: Callable[[], bool] | None,
) -> SearchPage:
    """Walk the index's candidates in date order; read the events of the matches only."""
    lower = (_julian(after) + 1) << ROWID_BITS if after is not None else 0
    cursor = conn.execute(
        f"SELECT f.rowid >> {ROWID_BITS}, e.rowid, e.source = ? "
        "AND e.department_id IN (SELECT value FROM json_each(?)) "
        "AND instr(e.search_text, ?) > 0 "
        f"FROM events_fts(?) AS f JOIN events AS e ON e.rowid = (f.rowid & {ROWID_MASK}) "
        "WHERE f.rowid >= ? ORDER BY f.rowid",
        (source, ids, needle, expression, lower),
    )
    matches: list[int] = []
    examined = 0
    day: int | None = None
    last_day: int | None = None  # the last day walked in full, when the walk stopped early
    try:
        for row_day, rowid, matched in cursor:
            if row_day != day:
                if day is not None and (len(matches) >= limit or examined >= CANDIDATES):
                    last_day = day
                    break
                day = row_day
            if cancelled is not None and cancelled():
                raise Cancelled
            examined += 1
            if matched:
                matches.append(rowid)
    finally:
        cursor.close()
    rows = conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE rowid IN (SELECT value FROM json_each(?))",
        (json.dumps(matches),),
    ).fetchall()
    events = sort_events(event_from_row(row) for row in rows)
    return SearchPage(
        events, date.fromordinal(last_day - _JULIAN_OFFSET) if last_day is not None else None
    )


def _scanned_page(
    cursor: sqlite3.Cursor, limit: int, cancelled: Callable[[], bool] | None
) -> SearchPage:
    found: list[Event] = []
    try:
        for row in cursor:
            # Past the limit, finish the last day only: its order is by time, not by row.
            if len(found) >= limit and row[2] != found[-1].event_date.isoformat():
                return SearchPage(sort_events(found), found[-1].event_date)
            if cancelled is not None and cancelled():
                raise Cancelled
            found.append(event_from_row(row))
    finally:
        cursor.close()
    return SearchPage(sort_events(found), None)
