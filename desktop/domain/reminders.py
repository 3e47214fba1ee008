"""Reminders: when each event reminds, by the user's default, its department's and its own.

Reminders are personal: the rules and what became of each reminder are kept on this computer
(the cache database), never in the shared tables. This module is pure: it turns events and
rules into due moments, and says which are due now, which were missed and which come next.

A *choice* is how long before an event it reminds: ``None`` (no reminder), ``0`` (at the
time) or minutes before (5, 10, 15, 30, 60, 1440). An event without a time of day, or whose
time cannot be read (``점심 후``), is all-day: its reminder is counted from 09:00 on its day
(:data:`ALL_DAY_AT`), so "at the time" is 09:00 and "1 day before" 09:00 the day before.

Which choice applies, first found wins: the event's own (set in the event dialog), its
department's default, the user's default (10 minutes before timed events, 09:00 on the day for
all-day events).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from typing import Final, Literal

from desktop.domain.models import Event
from desktop.domain.timetext import display_time, is_all_day, start_time

Choice = int | None  # minutes before; 0: at the time; None: no reminder
USE_DEFAULT: Final = "default"
Rule = Choice | Literal["default"]  # a department's or an event's: its own, or the next one's

CHOICES: tuple[Choice, ...] = (None, 0, 5, 10, 15, 30, 60, 1440)
TIMED_DEFAULT: Choice = 10
ALL_DAY_DEFAULT: Choice = 0
ALL_DAY_AT = time(9, 0)
# After sleep or a late start, reminders due this long ago are still shown (as missed).
MISSED_WITHIN = timedelta(hours=12)
# A reminder found due later than this after its moment was missed (the computer slept, the
# app was not running), not merely noticed on the next tick.
LATE_AFTER = timedelta(minutes=2)

EventKey = tuple[str, str]  # (event id, department id): one id may exist in two departments


def encode(rule: Rule) -> str:
    """A rule as settings and the cache keep it: ``default``, ``none`` or minutes."""
    if rule == USE_DEFAULT:
        return USE_DEFAULT
    return "none" if rule is None else str(rule)


def decode(text: object) -> Rule:
    """:func:`encode` read back; anything unknown is ``default`` (a damaged value never
    silences reminders)."""
    value = str(text or "").strip().lower()
    if value == "none":
        return None
    if value.isdigit() and int(value) in CHOICES:
        return int(value)
    return USE_DEFAULT


def decode_choice(text: object, fallback: Choice) -> Choice:
    """A user default read back: ``fallback`` for ``default`` or anything unknown."""
    rule = decode(text)
    return fallback if rule == USE_DEFAULT else rule


@dataclass(frozen=True)
class DepartmentDefaults:
    timed: Rule = USE_DEFAULT
    all_day: Rule = USE_DEFAULT


@dataclass(frozen=True)
class ReminderRules:
    """The user's defaults, each department's, and the events' own choices."""

    timed: Choice = TIMED_DEFAULT
    all_day: Choice = ALL_DAY_DEFAULT
    departments: Mapping[str, DepartmentDefaults] = field(
        default_factory=lambda: MappingProxyType({})
    )
    overrides: Mapping[EventKey, Choice] = field(default_factory=lambda: MappingProxyType({}))

    def default_for(self, department_id: str, all_day: bool) -> Choice:
        """What an event of ``department_id`` gets without a choice of its own."""
        own = self.departments.get(department_id, DepartmentDefaults())
        rule = own.all_day if all_day else own.timed
        if rule != USE_DEFAULT:
            return rule
        return self.all_day if all_day else self.timed

    def choice_for(self, event: Event) -> Choice:
        key = (event.id, event.department_id)
        if key in self.overrides:
            return self.overrides[key]
        return self.default_for(event.department_id, counts_as_all_day(event.time))


def counts_as_all_day(time_text: str) -> bool:
    """No time of day, or one that cannot be read: reminded as an all-day event."""
    return is_all_day(time_text) or start_time(time_text) is None


def anchor_of(event: Event) -> datetime:
    """The moment a reminder counts back from: the start, or 09:00 for an all-day event."""
    start = None if counts_as_all_day(event.time) else start_time(event.time)
    return datetime.combine(event.event_date, start or ALL_DAY_AT)


@dataclass(frozen=True)
class Due:
    """One reminder: which event, when, and the line that names it."""

    key: EventKey
    moment: datetime  # local time, naive (as the event's date and time are)
    event: Event

    @property
    def state_key(self) -> StateKey:
        return (self.key[0], self.key[1], self.moment)


StateKey = tuple[str, str, datetime]  # (event id, department id, due moment)


def reminders_of(events: Iterable[Event], rules: ReminderRules) -> list[Due]:
    """Every event's reminder (events without one left out), by moment."""
    found = []
    for event in events:
        choice = rules.choice_for(event)
        if choice is None:
            continue
        moment = anchor_of(event) - timedelta(minutes=choice)
        found.append(Due((event.id, event.department_id), moment, event))
    found.sort(key=lambda due: (due.moment, due.event.title, due.key))
    return found


def due_times(
    events: Iterable[Event],
    rules: ReminderRules,
    now: datetime,
    *,
    within: timedelta = MISSED_WITHIN,
) -> list[Due]:
    """The reminders due at ``now``: their moment has come, at most ``within`` ago."""
    return [due for due in reminders_of(events, rules) if now - within <= due.moment <= now]


def fire_text(event: Event, hour24: bool, language: str) -> str:
    """The notification's line: ``오후 2:00 팀 회의``, ``종일 워크숍``, ``2:00 PM Review``."""
    if is_all_day(event.time):
        when = "종일" if language.startswith("ko") else "All day"
    else:
        when = display_time(event.time, hour24, language)
    return f"{when} {' '.join(event.title.split())}"


# --- what became of each reminder ---------------------------------------------------------------


@dataclass(frozen=True)
class ReminderState:
    """A reminder shown (``fired``), put off (``snoozed_until``) or done with (``dismissed``)."""

    key: StateKey
    fired: bool = False
    snoozed_until: datetime | None = None
    dismissed: bool = False


@dataclass(frozen=True)
class Tick:
    """What a look at the clock found."""

    on_time: list[Due]  # due now: one notification each
    missed: list[Due]  # due while nobody looked (sleep, a late start): one notification for all
    active: list[Due]  # shown and not yet dismissed nor snoozed: the reminders panel's list
    next_moment: datetime | None  # the next reminder to come (or snooze to end)


def look(
    reminders: list[Due],
    states: Mapping[StateKey, ReminderState],
    now: datetime,
    *,
    since: datetime | None = None,
    within: timedelta = MISSED_WITHIN,
) -> Tick:
    """Sort the reminders at ``now``: newly due (on time or missed), shown, next.

    ``since``: the last look. A reminder whose moment it had already passed without it was
    not due then (a rule changed since, an event moved to the past, one learnt of late):
    it is not news now. A reminder due more than ``within`` ago is forgotten; a dismissed one
    is never shown again; a snoozed one comes back when its snooze ends (missed, if that
    passed unseen).
    """
    oldest = now - within if since is None else max(now - within, since)
    on_time: list[Due] = []
    missed: list[Due] = []
    active: list[Due] = []
    next_moment: datetime | None = None
    for due in reminders:
        state = states.get(due.state_key)
        if state is not None and state.dismissed:
            continue
        comes = due.moment
        if state is not None and state.snoozed_until is not None:
            comes = state.snoozed_until
        elif state is not None and state.fired:
            if due.moment >= now - within:
                active.append(due)
            continue
        if comes > now:
            next_moment = comes if next_moment is None else min(next_moment, comes)
        elif comes > oldest or (since is None and comes == oldest):
            (missed if now - comes > LATE_AFTER else on_time).append(due)
    return Tick(on_time, missed, active, next_moment)


def expired(moment: datetime, now: datetime) -> bool:
    """A state of a reminder this old can go (nothing would show it again)."""
    return moment < now - MISSED_WITHIN - timedelta(days=2)


def window_of(today: date) -> tuple[date, date]:
    """The days whose events can remind between yesterday and two weeks ahead."""
    return today - timedelta(days=1), today + timedelta(days=15)


def departments_from_json(text: str) -> dict[str, DepartmentDefaults]:
    """Departments' defaults as the settings keep them; damaged text reads as none."""
    import json

    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    found = {}
    for department_id, value in data.items():
        if isinstance(value, dict):
            found[str(department_id)] = DepartmentDefaults(
                decode(value.get("timed")), decode(value.get("all_day"))
            )
    return found


def departments_to_json(departments: Mapping[str, DepartmentDefaults]) -> str:
    import json

    kept = {
        department_id: {"timed": encode(rule.timed), "all_day": encode(rule.all_day)}
        for department_id, rule in sorted(departments.items())
        if rule != DepartmentDefaults()
    }
    return json.dumps(kept, sort_keys=True) if kept else ""
