"""Reminders kept in the cache database (schema v6): each event's own choice and what became
of each reminder. Never written to the shared tables: reminders are the user's own.

Worker threads only, as every cache call (:class:`~desktop.data.cache.Cache`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from desktop.data.cache import Cache
from desktop.domain.reminders import (
    Choice,
    EventKey,
    ReminderState,
    Rule,
    StateKey,
    decode,
    encode,
    expired,
)


@dataclass(frozen=True)
class SavedReminders:
    choices: dict[EventKey, Choice]
    states: dict[StateKey, ReminderState]


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def load(cache: Cache) -> SavedReminders:
    """Everything saved for the cache's source."""

    def read(conn: sqlite3.Connection) -> SavedReminders:
        choices: dict[EventKey, Choice] = {}
        for event_id, department_id, text in conn.execute(
            "SELECT event_id, department_id, choice FROM reminder_choices WHERE source = ?",
            (cache.source,),
        ):
            rule = decode(text)
            if rule != "default":
                choices[(event_id, department_id)] = rule
        states: dict[StateKey, ReminderState] = {}
        for event_id, department_id, due, fired, snoozed, dismissed in conn.execute(
            "SELECT event_id, department_id, due, fired, snoozed_until, dismissed "
            "FROM reminder_states WHERE source = ?",
            (cache.source,),
        ):
            moment = _moment(due)
            if moment is None:
                continue
            key = (event_id, department_id, moment)
            states[key] = ReminderState(key, bool(fired), _moment(snoozed), bool(dismissed))
        return SavedReminders(choices, states)

    return cache.transaction(read)


def save_choice(cache: Cache, key: EventKey, choice: Rule) -> None:
    """An event's own choice (``default``: none of its own any more)."""

    def write(conn: sqlite3.Connection) -> None:
        if choice == "default":
            conn.execute(
                "DELETE FROM reminder_choices WHERE source = ? AND event_id = ? "
                "AND department_id = ?",
                (cache.source, *key),
            )
            return
        conn.execute(
            "INSERT OR REPLACE INTO reminder_choices VALUES (?, ?, ?, ?)",
            (cache.source, *key, encode(choice)),
        )

    cache.transaction(write)


def save_states(cache: Cache, states: list[ReminderState], now: datetime) -> None:
    """What became of these reminders; states too old to matter are forgotten on the way."""

    def write(conn: sqlite3.Connection) -> None:
        conn.executemany(
            "INSERT OR REPLACE INTO reminder_states VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    cache.source,
                    state.key[0],
                    state.key[1],
                    state.key[2].isoformat(),
                    int(state.fired),
                    state.snoozed_until.isoformat() if state.snoozed_until else None,
                    int(state.dismissed),
                )
                for state in states
            ],
        )
        old = [
            (due,)
            for (due,) in conn.execute(
                "SELECT due FROM reminder_states WHERE source = ?", (cache.source,)
            )
            if (moment := _moment(due)) is None or expired(moment, now)
        ]
        conn.executemany(
            "DELETE FROM reminder_states WHERE source = ? AND due = ?",
            [(cache.source, due) for (due,) in old],
        )

    cache.transaction(write)
