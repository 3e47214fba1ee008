"""Reminder rules: which choice applies, when it is due, and what a look at the clock finds."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from types import MappingProxyType

import pytest

from desktop.domain.models import Event
from desktop.domain.reminders import (
    USE_DEFAULT,
    DepartmentDefaults,
    ReminderRules,
    ReminderState,
    decode,
    departments_from_json,
    departments_to_json,
    due_times,
    encode,
    fire_text,
    look,
    reminders_of,
)

DAY = date(2026, 12, 3)


def event(time: str = "오후 2:00", *, event_id: str = "e1", department: str = "dev") -> Event:
    return Event(event_id, department, DAY, "팀 회의", time=time)


def moment(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


@pytest.mark.parametrize(
    ("time_text", "due"),
    [
        ("오후 2:00", moment(13, 50)),  # 10 minutes before a timed event
        ("14:00–15:30", moment(13, 50)),  # a range: before its start
        ("", moment(9)),  # all day: 09:00 on the day
        ("종일", moment(9)),
        ("점심 후", moment(9)),  # not a time: counts as all-day
        ("25:00", moment(9)),  # a time no clock shows: all-day too
    ],
)
def test_the_users_default_reminds_timed_events_10_minutes_before_and_all_day_ones_at_9(
    time_text: str, due: datetime
) -> None:
    [found] = reminders_of([event(time_text)], ReminderRules())
    assert found.moment == due
    assert found.key == ("e1", "dev")


def test_the_events_own_choice_wins_over_its_departments_which_wins_over_the_users() -> None:
    dev_default = MappingProxyType({"dev": DepartmentDefaults(timed=30, all_day=1440)})
    rules = ReminderRules(timed=5, departments=dev_default)
    meeting, other = event(), event(event_id="e2", department="sales")
    workshop = event("", event_id="e3")
    assert [d.moment for d in reminders_of([meeting], rules)] == [moment(13, 30)]
    assert [d.moment for d in reminders_of([other], rules)] == [moment(13, 55)]
    assert [d.moment for d in reminders_of([workshop], rules)] == [moment(9, 0, DAY.replace(day=2))]
    own = ReminderRules(
        timed=5, departments=dev_default, overrides=MappingProxyType({("e1", "dev"): 60})
    )
    assert [d.moment for d in reminders_of([meeting], own)] == [moment(13)]
    silenced = ReminderRules(overrides=MappingProxyType({("e1", "dev"): None}))
    assert reminders_of([meeting], silenced) == []


def test_a_department_may_keep_the_users_default_for_one_kind_of_event() -> None:
    rules = ReminderRules(
        timed=15, departments=MappingProxyType({"dev": DepartmentDefaults(all_day=None)})
    )
    assert [d.moment for d in reminders_of([event()], rules)] == [moment(13, 45)]
    assert reminders_of([event("")], rules) == []


def test_due_times_are_those_come_within_the_last_hours() -> None:
    events = [event(), event("", event_id="e2"), event("오후 6:00", event_id="e3")]
    due = due_times(events, ReminderRules(), moment(14))
    assert [d.key[0] for d in due] == ["e2", "e1"]
    assert due_times(events, ReminderRules(), moment(8)) == []
    assert due_times(events, ReminderRules(), moment(23), within=timedelta(hours=1)) == []


def test_a_look_finds_due_missed_snoozed_and_dismissed_reminders() -> None:
    events = [event(event_id=name, time=f"{hour}:00") for name, hour in [("a", 9), ("b", 11)]]
    events.append(event(event_id="c", time="15:00"))
    reminders = reminders_of(events, ReminderRules())
    a, b, c = reminders
    late = look(reminders, {}, moment(10, 51))
    assert late.missed == [a] and late.on_time == [b] and late.next_moment == c.moment

    states = {
        a.state_key: ReminderState(a.state_key, fired=True, dismissed=True),
        b.state_key: ReminderState(b.state_key, fired=True, snoozed_until=moment(10, 55)),
    }
    snoozed = look(reminders, states, moment(10, 52))
    assert (snoozed.on_time, snoozed.missed, snoozed.active) == ([], [], [])
    assert snoozed.next_moment == moment(10, 55)
    back = look(reminders, states, moment(10, 55))
    assert back.on_time == [b]
    states[b.state_key] = ReminderState(b.state_key, fired=True)
    assert look(reminders, states, moment(11)).active == [b]


def test_the_fire_text_names_the_time_the_users_way_and_flattens_the_title() -> None:
    assert fire_text(event(), hour24=False, language="ko") == "오후 2:00 팀 회의"
    assert fire_text(event(), hour24=True, language="en") == "14:00 팀 회의"
    assert fire_text(event(""), hour24=False, language="ko") == "종일 팀 회의"
    spread = Event("x", "dev", DAY, "line one\nline\u202etwo", time="3pm")
    assert fire_text(spread, hour24=False, language="en") == "3:00 PM line one line\u202etwo"


def test_choices_read_back_as_written_and_damage_reads_as_default() -> None:
    for rule in (None, 0, 5, 1440, USE_DEFAULT):
        assert decode(encode(rule)) == rule
    assert decode("7") == USE_DEFAULT and decode("soon") == USE_DEFAULT
    kept = {"dev": DepartmentDefaults(timed=None), "hr": DepartmentDefaults()}
    assert departments_from_json(departments_to_json(kept)) == {"dev": kept["dev"]}
    assert departments_from_json("{not json") == {}
    assert departments_from_json("[1, 2]") == {}


def test_a_reminder_already_passed_at_the_last_look_is_not_news() -> None:
    # The rule changed (or the event moved into the past) after the clock last looked: the
    # new moment passed unseen, but it was never due then, so it is neither due nor missed.
    [due] = reminders_of([event()], ReminderRules(timed=60))
    found = look([due], {}, moment(13, 30), since=moment(13, 20))
    assert (found.on_time, found.missed, found.next_moment) == ([], [], None)
    # Without a last look (a start), it was missed.
    assert look([due], {}, moment(13, 30)).missed == [due]
