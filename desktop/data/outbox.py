"""The outbox: every change the user makes, kept on disk until the table has it.

Every create, edit, move and delete is first recorded here, in the same SQLite transaction
(``synchronous=FULL``) as the change to the cached calendar, so it shows at once and survives
a crash or a kill. It is then sent in order. Nothing leaves the outbox without either reaching
the table or the user's say (discard, or a choice in the conflict dialog).

Replaying is safe because every write is:

- **a create** under the id made on the client (``attribute_not_exists``): a repeat finds its
  own item and is done;
- **an update or delete** conditioned on the ``last_modified`` the user edited from (without
  one, on every field as read), with a ``written_at`` fixed when the change was recorded: a
  repeat of a landed update finds its own item, a repeat of a landed delete finds it gone;
- **a move**, checked first (a consistent read of the original), then the store's two steps,
  each safe to repeat.

A crash between sending a write and recording that it was sent leaves the entry ``sending``;
on the next start it is sent again and recognised as already written. Such an entry is
*uncertain* (it may have landed) and is never merged with a later change; a later change is
queued behind it instead, based on the version the first one writes (its revision is known:
it is the fixed ``written_at``).

Changes to an event that has not been sent yet are merged (create + edit is one create, edit +
delete one delete, create + delete nothing), so a day of offline work is a handful of writes.

Outcomes of a send:

- written: the entry goes, and the cache takes the written version (unless a later change of
  the same event is waiting: the cache keeps showing the user's latest);
- **conflict** (changed or deleted by someone else): the entry stays, with the server's
  version, until the user chooses (:meth:`Outbox.resolve`); later changes of the same event
  wait behind it;
- **failed** (rejected as invalid, access denied…): the entry stays with the reason; retry or
  discard are the user's;
- the network, throttling, a server error or credentials: the entry waits, and sending stops
  until later (the app tries again with backoff);
- an outcome that could not be recorded (a full disk): the entry waits again, uncertain, before
  this outbox's next send.

This module never imports Qt; :mod:`desktop.workers.outbox_service` runs it on workers.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.data.changes import (
    Change,
    Choice,
    EventKey,
    Kind,
    Recorded,
    Sent,
    State,
    event_from_json,
    event_to_json,
    key_of,
    kind_of,
    merge,
    same_content,
    written_version,
)
from desktop.data.errors import (
    AlreadyExistsError,
    CertificateError,
    ConfigError,
    ConflictError,
    CredentialsError,
    KeyringError,
    MoveIncompleteError,
    OfflineError,
    ProfileNotFoundError,
    ServiceError,
    StoreError,
    TableMissingError,
    TableNotReadyError,
    ThrottledError,
)
from desktop.domain.models import Event, new_id
from desktop.domain.rules import unchanged_since
from desktop.domain.series import link_of
from desktop.domain.timestamps import now_utc

if TYPE_CHECKING:
    from desktop.data.cache import Cache
    from desktop.data.store import DynamoStore

log = logging.getLogger(__name__)

# Importable from here, as before a change had a module of its own.
__all__ = [
    "Change",
    "Choice",
    "EventKey",
    "Kind",
    "Outbox",
    "Recorded",
    "Sent",
    "State",
    "event_from_json",
    "event_to_json",
    "key_of",
    "kind_of",
    "merge",
    "same_content",
    "waiting_elsewhere",
    "written_version",
]


# Errors that say nothing about the change itself: it waits, and sending stops until later.
_WAIT_ERRORS = (
    OfflineError,
    CertificateError,
    ThrottledError,
    CredentialsError,
    ProfileNotFoundError,
    KeyringError,
    ConfigError,
    TableMissingError,
    TableNotReadyError,
    ServiceError,
)


# --- entries ----------------------------------------------------------------------------------

_COLUMNS = (
    "seq, kind, original, changed, written_at, queued_at, state, reason, current, "
    "uncertain, half_moved, attempts"
)
# The entries whose change leaves the version with this key (a delete: deletes it).
_LEAVES_KEY = "event_id = ? AND coalesce(changed_department_id, original_department_id) = ?"


def _change(row: Any) -> Change:
    return Change(
        seq=row[0],
        kind=Kind(row[1]),
        original=event_from_json(row[2]),
        changed=event_from_json(row[3]),
        written_at=datetime.fromisoformat(row[4]),
        queued_at=datetime.fromisoformat(row[5]),
        state=State(row[6]),
        reason=row[7],
        current=event_from_json(row[8]),
        uncertain=bool(row[9]),
        half_moved=bool(row[10]),
        attempts=row[11],
    )


def _first_waiting(entries: list[Change]) -> Change | None:
    blocked: set[EventKey] = set()  # events with an entry before that is not simply waiting
    for change in entries:
        if change.state is State.WAITING and not change.keys & blocked:
            return change
        blocked |= change.keys
    return None


# --- the outbox -------------------------------------------------------------------------------


def waiting_elsewhere(cache: Cache) -> list[tuple[str, int]]:
    """Changes not sent of the *other* sources in the file: (source key, count), by key.

    They are kept, not hidden: the window lists them, and they are sent when that source is
    used again.
    """

    def read(conn: sqlite3.Connection) -> list[tuple[str, int]]:
        rows = conn.execute(
            "SELECT source, count(*) FROM outbox WHERE source != ? GROUP BY source ORDER BY source",
            (cache.source,),
        )
        return [(str(row[0]), int(row[1])) for row in rows]

    return cache.transaction(read)


class Outbox:
    """The outbox of one cache source. Thread-safe; for worker threads (disk I/O, requests).

    ``checkpoint`` is called with a step name around every commit and request (the kill test
    stops the process there).
    """

    def __init__(self, cache: Cache, checkpoint: Callable[[str], None] | None = None) -> None:
        self.cache = cache
        self._checkpoint = checkpoint or (lambda _step: None)
        self._send_lock = threading.Lock()
        # Entries this object claimed whose outcome could not be recorded (a full disk…):
        # still marked sending in the file, they wait again before the next send.
        self._unsettled: set[int] = set()

    def _run[R](self, statements: Callable[[sqlite3.Connection], R]) -> R:
        return self.cache.transaction(statements, durable=True)

    # --- reading ------------------------------------------------------------------------------

    def entries(self) -> list[Change]:
        """Every entry, oldest first."""

        def read(conn: sqlite3.Connection) -> list[Change]:
            return self._entries(conn)

        return self.cache.transaction(read)

    def _entries(self, conn: sqlite3.Connection, key: EventKey | None = None) -> list[Change]:
        """Every entry, or those of the event whose version has ``key`` now (see
        :attr:`Change.key`), oldest first."""
        if key is None:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE source = ? ORDER BY seq",
                (self.cache.source,),
            )
        else:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE source = ? AND {_LEAVES_KEY} ORDER BY seq",
                (self.cache.source, *key),
            )
        return [_change(row) for row in rows]

    def recover(self) -> int:
        """At start: entries left ``sending`` by a crash wait again, marked uncertain."""

        def statements(conn: sqlite3.Connection) -> int:
            cursor = conn.execute(
                "UPDATE outbox SET state = ?, uncertain = 1 WHERE source = ? AND state = ?",
                (State.WAITING, self.cache.source, State.SENDING),
            )
            return cursor.rowcount

        count = self._run(statements)
        if count:
            log.info("%d change(s) were being sent when the app stopped; sending them again", count)
        return count

    # --- recording ----------------------------------------------------------------------------

    def record(
        self, original: Event | None, changed: Event | None, moment: datetime | None = None
    ) -> Recorded:
        """Record a change and apply it to the cache, in one durable transaction.

        ``original`` is the version the user changed, as shown (for a change queued behind an
        uncertain one, the version that one writes), None for a new event; ``changed`` is the
        version the user left, None for a delete. Returns the version to show now. ``moment``:
        when the change was made (the window shows its written version before this returns).
        """
        assert original is not None or changed is not None
        moment = moment or now_utc()

        def statements(conn: sqlite3.Connection) -> Recorded:
            shown = self._record_in(conn, original, changed, moment)
            return Recorded(shown, original, self._entries(conn))

        self._checkpoint("record:before-commit")
        recorded = self._run(statements)
        self._checkpoint("record:after-commit")
        return recorded

    def record_many(
        self, changes: list[tuple[Event | None, Event | None]], moment: datetime | None = None
    ) -> list[Event | None]:
        """Record many changes (the items of a series, an import) in ONE durable transaction:
        after a crash or a kill either all of them wait to be sent or none. Returns the version
        to show of each, in order."""
        moment = moment or now_utc()

        def statements(conn: sqlite3.Connection) -> list[Event | None]:
            return [
                self._record_in(conn, original, changed, moment) for original, changed in changes
            ]

        self._checkpoint("record:before-commit")
        shown = self._run(statements)
        self._checkpoint("record:after-commit")
        return shown

    def _record_in(
        self,
        conn: sqlite3.Connection,
        original: Event | None,
        changed: Event | None,
        moment: datetime,
    ) -> Event | None:
        """One change recorded within the caller's transaction; returns the version to show."""
        assert original is not None or changed is not None
        kind = kind_of(original, changed)
        # The event's earlier changes are those that leave the version the user changed.
        event_key = key_of(original or changed)  # type: ignore[arg-type]
        event_id = event_key[0]
        earlier = self._entries(conn, event_key)
        last = earlier[-1] if earlier else None
        plan: tuple[Kind, Event | None, Event | None] | None = (kind, original, changed)
        seq: int | None = None
        queued_at = moment
        if (
            last is not None
            and last.state is not State.SENDING
            and not last.uncertain
            and not last.half_moved
        ):
            # Not sent yet (or refused): one change does both.
            plan = merge(last, changed)
            conn.execute("DELETE FROM outbox WHERE seq = ?", (last.seq,))
            seq, queued_at = last.seq, last.queued_at
        # The cache shows the user's version at once.
        if original is not None:
            self.cache.remove_event_in(conn, original.id, original.department_id)
        shown: Event | None = None
        if plan is None:
            # The change undid an unsent one: the table's version shows again.
            assert last is not None
            shown = last.original
        else:
            new_kind, base, target = plan
            if target is not None:
                shown = written_version(new_kind, base, target, moment)
            self._insert(conn, seq, new_kind, event_id, base, shown, moment, queued_at)
        if shown is not None:
            self.cache.put_event_in(conn, shown)
        return shown

    # --- sending ------------------------------------------------------------------------------

    def next_change(self) -> Change | None:
        """The oldest waiting entry whose event has no unresolved entry before it."""
        return _first_waiting(self.entries())

    def send_next(self, store: DynamoStore) -> Sent | None:
        """Send the next entry; None when nothing is waiting. One send at a time."""

        def claim(conn: sqlite3.Connection) -> Change | None:
            # Picked and marked in one write transaction: another copy of the app on the same
            # file cannot pick the same entry.
            conn.executemany(
                "UPDATE outbox SET state = ?, uncertain = 1 WHERE seq = ? AND state = ?",
                [(State.WAITING, seq, State.SENDING) for seq in self._unsettled],
            )
            change = _first_waiting(self._entries(conn))
            if change is not None:
                conn.execute(
                    "UPDATE outbox SET state = ?, attempts = attempts + 1 WHERE seq = ?",
                    (State.SENDING, change.seq),
                )
            return change

        with self._send_lock:
            change = self._run(claim)
            self._unsettled.clear()
            if change is None:
                return None
            try:
                return self._send_claimed(store, change)
            except BaseException:
                # Its outcome is not in the file (it may have landed): it waits again, uncertain.
                self._unsettled.add(change.seq)
                raise

    def _send_claimed(self, store: DynamoStore, change: Change) -> Sent:
        """Send an entry marked sending, and record what came of it."""
        self._checkpoint("send:before-request")
        try:
            written, removed = self._send(store, change)
        except ConflictError as exc:
            return self._settle(change, "conflict", error=exc, current=exc.current)
        except MoveIncompleteError as exc:
            if isinstance(exc.cause, ConflictError):
                return self._settle(
                    change, "conflict", error=exc.cause, current=exc.cause.current, half=True
                )
            return self._settle(change, "waiting", error=exc.cause)
        except _WAIT_ERRORS as exc:
            return self._settle(change, "waiting", error=exc)
        except StoreError as exc:
            return self._settle(change, "failed", error=exc)
        self._checkpoint("send:after-request")
        return self._settle(change, "written", written=written, removed=removed)

    def blocked_elsewhere(self) -> bool:
        """A waiting entry cannot go because an entry before it is being sent by another copy
        of the app on this computer (its answer, when it comes, lets this one go)."""
        entries = self.entries()
        sending = set().union(*(c.keys for c in entries if c.state is State.SENDING))
        return not self._send_lock.locked() and any(
            c.state is State.WAITING and c.keys & sending for c in entries
        )

    def send_all(self, store: DynamoStore) -> list[Sent]:
        """Send until nothing is waiting or the table cannot be reached (for scripts, tests)."""
        results = []
        while (sent := self.send_next(store)) is not None:
            results.append(sent)
            if sent.outcome == "waiting":
                break
        return results

    def _send(self, store: DynamoStore, change: Change) -> tuple[Event | None, Event | None]:
        """Write one change; returns (version now in the table, version the cache drops)."""
        original, changed, moment = change.original, change.changed, change.written_at
        if change.kind is Kind.CREATE:
            assert changed is not None
            try:
                return store.create_event(changed, written_at=moment), None
            except AlreadyExistsError:
                link = link_of(changed)
                if not change.uncertain and link is None:
                    raise
                current = store.get_event(changed.id, changed.department_id)
                found = link_of(current) if current is not None else None
                mine = (link.series_id, link.day) if link else None
                if mine is not None and (found is None or (found.series_id, found.day) != mine):
                    raise  # not this occurrence (its id is derived): a real clash
                # Ours (the id was made here, or derived from the series and the day: another
                # client or a replay wrote the same occurrence), changed since: it is done.
                log.info("Create of %s had landed before; it was changed since", changed.id)
                return current or changed, None
        assert original is not None
        if change.kind is Kind.DELETE:
            try:
                store.delete_event(original)
            except ConflictError as exc:
                if not exc.was_deleted:
                    raise
                log.info("Delete of %s: already gone", original.id)
            return None, original
        assert changed is not None
        if change.kind is Kind.UPDATE:
            return store.update_event(original, changed, written_at=moment), None
        # A move: nothing is written if the original changed meanwhile.
        current = store.get_event(original.id, original.department_id)
        if current is None:
            moved = store.get_event(changed.id, changed.department_id)
            if moved is not None and change.uncertain:
                log.info("Move of %s had been completed before", original.id)
                return moved, original
            raise ConflictError.deleted(original.title)
        if not unchanged_since(current, original):
            raise ConflictError.changed(current)
        return store.move_event(original, changed, written_at=moment, resume=change.uncertain), (
            original
        )

    def _settle(
        self,
        change: Change,
        outcome: str,
        *,
        written: Event | None = None,
        removed: Event | None = None,
        error: StoreError | None = None,
        current: Event | None = None,
        half: bool = False,
    ) -> Sent:
        if error is not None:
            log.info("Sending change %d (%s): %s", change.seq, change.kind, error.log_text())

        def statements(conn: sqlite3.Connection) -> list[Change]:
            if outcome == "written":
                conn.execute("DELETE FROM outbox WHERE seq = ?", (change.seq,))
                if not self._entries(conn, change.key):
                    # Nothing newer waits: the cache takes the table's version.
                    if removed is not None:
                        self.cache.remove_event_in(conn, removed.id, removed.department_id)
                    if written is not None:
                        self.cache.put_event_in(conn, written)
            elif outcome == "conflict":
                conn.execute(
                    "UPDATE outbox SET state = ?, reason = ?, current = ?, half_moved = ?, "
                    "uncertain = uncertain OR ? WHERE seq = ?",
                    (
                        State.CONFLICT,
                        error.message if error else "",
                        event_to_json(current),
                        int(half),
                        int(half),
                        change.seq,
                    ),
                )
            elif outcome == "failed":
                conn.execute(
                    "UPDATE outbox SET state = ?, reason = ? WHERE seq = ?",
                    (State.FAILED, error.message if error else "", change.seq),
                )
            else:  # waiting: may have landed unless it never left this computer
                conn.execute(
                    "UPDATE outbox SET state = ?, reason = ?, uncertain = 1 WHERE seq = ?",
                    (State.WAITING, error.message if error else "", change.seq),
                )
            return self._entries(conn)

        entries = self._run(statements)
        self._checkpoint(f"send:after-{outcome}-commit")
        updated = replace(
            change,
            state={
                "written": change.state,
                "conflict": State.CONFLICT,
                "failed": State.FAILED,
            }.get(outcome, State.WAITING),
            reason=error.message if error else "",
            current=current,
        )
        return Sent(updated, outcome, written, removed, error, entries)

    # --- the user's decisions -----------------------------------------------------------------

    def retry(self, seq: int) -> Recorded:
        """A failed or conflicting entry is sent again."""

        def statements(conn: sqlite3.Connection) -> Recorded:
            conn.execute(
                "UPDATE outbox SET state = ?, reason = '' WHERE seq = ? AND state != ?",
                (State.WAITING, seq, State.SENDING),
            )
            return Recorded(None, None, self._entries(conn))

        return self._run(statements)

    def discard(self, seq: int) -> Recorded:
        """Drop an entry (the user said so); the cache shows the table's version again."""

        def statements(conn: sqlite3.Connection) -> Recorded:
            shown, removed = self._discard_in(conn, seq)
            return Recorded(shown, removed, self._entries(conn))

        return self._run(statements)

    def discard_many(
        self, seqs: list[int]
    ) -> tuple[list[tuple[Event | None, Event | None]], list[Change]]:
        """Drop many entries in ONE durable transaction (Cancel of a series being sent): for
        each, the version shown now and the one dropped; then the entries left. An entry
        being sent stays."""

        def statements(
            conn: sqlite3.Connection,
        ) -> tuple[list[tuple[Event | None, Event | None]], list[Change]]:
            done = [self._discard_in(conn, seq) for seq in seqs]
            return done, self._entries(conn)

        return self._run(statements)

    def _discard_in(self, conn: sqlite3.Connection, seq: int) -> tuple[Event | None, Event | None]:
        change = self._get(conn, seq)
        if change is None or change.state is State.SENDING:
            return None, None
        conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
        if self._entries(conn, change.key):
            return None, None  # a later change of the event waits: the calendar shows that
        removed = None
        if change.changed is not None and not change.half_moved:
            removed = change.changed
            self.cache.remove_event_in(conn, removed.id, removed.department_id)
        shown = change.current if change.state is State.CONFLICT else change.original
        if shown is not None:
            self.cache.put_event_in(conn, shown)
        return shown, removed

    def resolve(self, seq: int, choice: Choice) -> Recorded:
        """Carry out the user's choice for a conflict: the entry becomes what it needs to be."""

        def statements(conn: sqlite3.Connection) -> Recorded:
            change = self._get(conn, seq)
            if change is None or change.state is not State.CONFLICT:
                return Recorded(None, None, self._entries(conn))
            mine, theirs = change.changed, change.current
            plans: list[tuple[Kind, Event | None, Event | None]] = []
            shown: Event | None = None
            added: Event | None = None
            drop_mine = False
            if choice is Choice.KEEP_THEIRS:
                if change.half_moved and mine is not None:
                    plans.append((Kind.DELETE, mine, None))  # take back the copy the move made
                drop_mine = True
                shown = theirs
            elif choice is Choice.OVERWRITE:
                if mine is None or change.half_moved:
                    if theirs is not None:  # a delete goes ahead; a move finishes
                        plans.append((Kind.DELETE, theirs, None))
                    shown = mine
                elif theirs is None:
                    plans.append((Kind.CREATE, None, mine.with_changes(revision=None)))
                elif theirs.department_id != mine.department_id:
                    plans.append((Kind.MOVE, theirs, mine))
                else:
                    plans.append((Kind.UPDATE, theirs, mine))
            else:
                assert mine is not None, "a delete cannot be saved as new"
                copy = mine.with_changes(id=new_id(), revision=None, created_at=None)
                plans.append((Kind.CREATE, None, copy))
                if change.half_moved:
                    plans.append((Kind.DELETE, mine, None))
                drop_mine = True
                shown = theirs
            conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
            later = self._entries(conn, change.key)
            if drop_mine and mine is not None:
                self.cache.remove_event_in(conn, mine.id, mine.department_id)
            if theirs is not None:
                self.cache.put_event_in(conn, theirs)
            for number, (kind, original, changed) in enumerate(plans):
                written = (
                    written_version(kind, original, changed, change.written_at)
                    if changed is not None
                    else None
                )
                event_id = (written or original).id  # type: ignore[union-attr]
                self._insert(
                    conn,
                    seq if number == 0 else None,
                    kind,
                    event_id,
                    original,
                    written,
                    change.written_at,
                    change.queued_at,
                )
                if kind is Kind.DELETE and original is not None:
                    self.cache.remove_event_in(conn, original.id, original.department_id)
                    if original == shown:
                        shown = None
                elif written is not None:
                    if kind is Kind.MOVE and original is not None:
                        self.cache.remove_event_in(conn, original.id, original.department_id)
                    self.cache.put_event_in(conn, written)
                    if choice is Choice.SAVE_AS_NEW:
                        added = written
                    else:
                        shown = written
            if later:
                # A later change of the event waits behind this one: the calendar keeps
                # showing that one (it is sent next, and conflicts again if it must).
                shown = self._show_latest(conn, later[-1], (theirs, mine, shown))
            return Recorded(shown, mine, self._entries(conn), added)

        return self._run(statements)

    def _show_latest(
        self, conn: sqlite3.Connection, latest: Change, versions: tuple[Event | None, ...]
    ) -> Event | None:
        """Make the cache show ``latest``'s version of its event, and none of ``versions``
        in another department; returns that version (None for a delete)."""
        keep = latest.changed
        for version in versions:
            if version is not None and (
                keep is None or version.department_id != keep.department_id
            ):
                self.cache.remove_event_in(conn, version.id, version.department_id)
        if keep is not None:
            self.cache.put_event_in(conn, keep)
        return keep

    def _insert(
        self,
        conn: sqlite3.Connection,
        seq: int | None,
        kind: Kind,
        event_id: str,
        original: Event | None,
        changed: Event | None,
        written_at: datetime,
        queued_at: datetime,
    ) -> None:
        """A waiting entry (``seq`` None: the next number, at the end of the order)."""
        conn.execute(
            "INSERT INTO outbox (seq, source, kind, event_id, original, changed, "
            "written_at, queued_at, state, original_department_id, changed_department_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq,
                self.cache.source,
                kind,
                event_id,
                event_to_json(original),
                event_to_json(changed),
                written_at.isoformat(),
                queued_at.isoformat(),
                State.WAITING,
                original.department_id if original is not None else None,
                changed.department_id if changed is not None else None,
            ),
        )

    def _get(self, conn: sqlite3.Connection, seq: int) -> Change | None:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE seq = ? AND source = ?",
            (seq, self.cache.source),
        ).fetchone()
        return _change(row) if row else None
