"""The morning summary's rules: due at its time on working days, once, late until noon."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from desktop.domain.models import Event
from desktop.domain.morning import (
    day_events,
    read_summary_time,
    seconds_until_due,
    summary_due,
)

THURSDAY = date(2026, 11, 26)
AT = time(8, 30)


@pytest.mark.parametrize(
    ("moment", "last_day", "due"),
    [
        (datetime(2026, 11, 26, 8, 29), "", False),  # not yet
        (datetime(2026, 11, 26, 8, 30), "", True),  # its time
        (datetime(2026, 11, 26, 8, 30), "2026-11-26", False),  # given today already
        (datetime(2026, 11, 26, 8, 30), "2026-11-25", True),  # yesterday's does not count
        (datetime(2026, 11, 26, 11, 59), "", True),  # a late start before noon
        (datetime(2026, 11, 26, 12, 0), "", False),  # after noon: not any more
        (datetime(2026, 11, 28, 9, 0), "", False),  # Saturday
        (datetime(2026, 11, 29, 9, 0), "", False),  # Sunday
    ],
)
def test_when_the_summary_is_due(moment: datetime, last_day: str, due: bool) -> None:
    assert summary_due(moment, AT, last_day) is due


def test_a_summary_set_for_the_afternoon_is_given_within_two_hours() -> None:
    assert summary_due(datetime(2026, 11, 26, 15, 59), time(14, 0), "")
    assert not summary_due(datetime(2026, 11, 26, 16, 0), time(14, 0), "")


def test_the_wait_ends_at_the_time_and_is_never_long() -> None:
    assert seconds_until_due(datetime(2026, 11, 26, 8, 29, 30), AT, 60) == 30
    assert seconds_until_due(datetime(2026, 11, 26, 3, 0), AT, 60) == 60
    assert seconds_until_due(datetime(2026, 11, 26, 9, 0), AT, 60) == 60


def test_a_saved_time_that_is_not_a_time_gives_the_default() -> None:
    assert read_summary_time("07:15") == time(7, 15)
    assert read_summary_time("25:00") == AT
    assert read_summary_time("아침") == AT


def test_the_days_events_come_all_day_first_then_by_time() -> None:
    events = [
        Event("1", "d", THURSDAY, "팀 회의", time="오후 2:00"),
        Event("2", "d", THURSDAY, "워크숍"),
        Event("3", "d", THURSDAY, "주간 보고", time="오전 9:00"),
        Event("4", "d", date(2026, 11, 27), "내일 일"),
    ]
    assert [e.title for e in day_events(events, THURSDAY)] == ["워크숍", "주간 보고", "팀 회의"]
