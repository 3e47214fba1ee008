"""The reminders' clock, driven by a clock the test moves: fire, snooze, dismiss, miss, and the
events changed by someone else before the reminder came."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import time_machine
from pytestqt.qtbot import QtBot

from desktop.domain.models import Event
from desktop.domain.reminders import Due, ReminderState
from desktop.workers.reminder_clock import CHECK_EVERY_MS, ReminderClock

DAY = date(2026, 12, 3)
MEETING = Event("e1", "dev", DAY, "팀 회의", time="오후 2:00")  # reminds at 13:50


class Moved:
    """The wall clock as the test sets it."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


class Heard:
    def __init__(self, clock: ReminderClock) -> None:
        self.fired: list[list[Due]] = []
        self.missed: list[list[Due]] = []
        self.saved: list[ReminderState] = []
        clock.fired.connect(self.fired.append)
        clock.missed.connect(self.missed.append)


def at(hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute, second)


def make_clock(now: Moved, saved: list[ReminderState] | None = None) -> tuple[ReminderClock, Heard]:
    store = saved if saved is not None else []
    clock = ReminderClock(store.extend, now=now)
    heard = Heard(clock)
    heard.saved = store
    clock.set_states({})
    return clock, heard


def titles(batches: list[list[Due]]) -> list[list[str]]:
    return [[due.event.title for due in batch] for batch in batches]


def test_one_timer_is_armed_for_the_next_reminder_and_it_fires_at_its_moment(
    qtbot: QtBot,
) -> None:
    now = Moved(at(13, 49, 30))
    clock, heard = make_clock(now)
    clock.set_events([MEETING])
    assert clock.timer.isActive() and clock.timer.interval() == 30_000
    now.at = at(13, 50)
    clock.timer.timeout.emit()
    assert titles(heard.fired) == [["팀 회의"]]
    assert [due.moment for due in clock.active] == [at(13, 50)]
    now.at = at(13, 51)
    clock.timer.timeout.emit()
    assert len(heard.fired) == 1  # shown once
    assert [s.key for s in heard.saved] == [("e1", "dev", at(13, 50))]


def test_the_timer_is_capped_so_sleep_and_clock_changes_are_noticed(qtbot: QtBot) -> None:
    now = Moved(at(9))
    clock, _ = make_clock(now)
    clock.set_events([MEETING])
    assert clock.timer.isActive() and clock.timer.interval() == CHECK_EVERY_MS


def test_the_real_timer_fires_the_reminder(qtbot: QtBot) -> None:
    with time_machine.travel(
        (at(13, 49, 59) + timedelta(microseconds=700_000)).astimezone(), tick=True
    ):
        clock = ReminderClock(lambda _states: None)
        clock.set_states({})
        with qtbot.waitSignal(clock.fired, timeout=5_000) as fired:
            clock.set_events([MEETING])
    assert [due.event.title for due in fired.args[0]] == ["팀 회의"]


def test_snooze_5_fires_again_5_minutes_later_and_dismiss_never_again(qtbot: QtBot) -> None:
    now = Moved(at(13, 50))
    clock, heard = make_clock(now)
    clock.set_events([MEETING])
    assert len(heard.fired) == 1
    now.at = at(13, 51)
    clock.snooze(clock.active, 5)
    assert clock.active == []
    now.at = at(13, 55, 59)
    clock.timer.timeout.emit()
    assert len(heard.fired) == 1
    now.at = at(13, 56)
    clock.timer.timeout.emit()
    assert titles(heard.fired) == [["팀 회의"], ["팀 회의"]]
    clock.dismiss(clock.active)
    for minutes in (1, 10, 60, 600):
        now.at = at(13, 56) + timedelta(minutes=minutes)
        clock.timer.timeout.emit()
    assert len(heard.fired) == 2 and clock.active == []
    assert heard.saved[-1].dismissed


def test_a_dismissed_reminder_stays_dismissed_for_the_next_clock(qtbot: QtBot) -> None:
    now = Moved(at(13, 50))
    saved: list[ReminderState] = []
    first, _ = make_clock(now, saved)
    first.set_events([MEETING])
    first.dismiss(first.active)
    now.at = at(14, 30)  # a restart later: the states come back from the cache
    second = ReminderClock(lambda _states: None, now=now)
    heard = Heard(second)
    second.set_events([MEETING])
    assert heard.fired == [] and heard.missed == []  # nothing before the states are read
    second.set_states({state.key: state for state in saved})
    assert heard.fired == [] and heard.missed == [] and second.active == []


def test_reminders_missed_while_asleep_come_together_once(qtbot: QtBot) -> None:
    events = [
        Event(f"e{hour}", "dev", DAY, f"회의 {hour}", time=f"{hour}:00") for hour in (9, 10, 11)
    ]
    now = Moved(at(8))
    clock, heard = make_clock(now)
    clock.set_events(events)
    now.at = at(12, 30)  # the computer slept from 8:00 to 12:30
    clock.timer.timeout.emit()
    assert heard.fired == []
    assert titles(heard.missed) == [["회의 9", "회의 10", "회의 11"]]
    now.at = at(12, 31)
    clock.timer.timeout.emit()
    clock.set_events(events)
    assert len(heard.missed) == 1  # once
    assert len(clock.active) == 3


def test_an_event_deleted_before_its_reminder_never_reminds(qtbot: QtBot) -> None:
    now = Moved(at(13))
    clock, heard = make_clock(now)
    clock.set_events([MEETING])
    clock.set_events([])  # deleted by another client
    now.at = at(13, 50)
    clock.timer.timeout.emit()
    assert heard.fired == [] and heard.missed == []


def test_an_event_moved_before_its_reminder_reminds_at_its_new_time(qtbot: QtBot) -> None:
    now = Moved(at(13))
    clock, heard = make_clock(now)
    clock.set_events([MEETING])
    clock.set_events([MEETING.with_changes(time="오후 4:00")])  # moved by another client
    now.at = at(13, 50)
    clock.timer.timeout.emit()
    assert heard.fired == []
    now.at = at(15, 50)
    clock.timer.timeout.emit()
    assert [[d.moment for d in batch] for batch in heard.fired] == [[at(15, 50)]]
