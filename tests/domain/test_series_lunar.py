"""Yearly repeats on a lunar date: RFC 7529 text, 추석 on its solar days, the one rule for a
lunar date a year does not have (윤달, a 30th)."""

from __future__ import annotations

from datetime import date

from desktop.domain.lunar import LunarDate, lunar_of
from desktop.domain.models import Event
from desktop.domain.series import (
    Frequency,
    Repeat,
    link_of,
    occurrence_days,
    occurrences,
    parse_repeat,
    readable_rule,
    rule_text,
)

LUNAR = Repeat(Frequency.YEARLY, lunar=True)
LATE = date(2040, 1, 1)
SERIES = "0b5f6a52-8f0e-4d4c-9a43-0d0d3c4e6a11"


def test_a_lunar_yearly_rule_is_written_as_rfc_7529_and_read_back() -> None:
    rule = rule_text(date(2026, 9, 25), Repeat(Frequency.YEARLY, count=5, lunar=True))
    assert rule == (
        "DTSTART;VALUE=DATE:20260925\nRRULE:RSCALE=DANGI;FREQ=YEARLY;SKIP=BACKWARD;COUNT=5"
    )
    assert readable_rule(rule)
    assert parse_repeat(rule) == Repeat(Frequency.YEARLY, count=5, lunar=True)


def test_chuseok_repeats_on_its_solar_days() -> None:
    rule = rule_text(date(2026, 9, 25), LUNAR)
    days = occurrence_days(rule, through=date(2030, 12, 31))
    assert days == [
        date(2026, 9, 25),
        date(2027, 9, 15),
        date(2028, 10, 3),
        date(2029, 9, 22),
        date(2030, 9, 12),
    ]
    assert {(d.month, d.day) for day in days if (d := lunar_of(day))} == {(8, 15)}


def test_the_occurrences_are_ordinary_items_on_their_solar_days() -> None:
    event = Event("x", "dev", date(2026, 9, 25), "추석 차례")
    rule = rule_text(event.event_date, Repeat(Frequency.YEARLY, count=3, lunar=True))
    items = occurrences(event, rule, SERIES, occurrence_days(rule, through=date(2035, 1, 1)))
    assert [item.event_date for item in items] == [
        date(2026, 9, 25),
        date(2027, 9, 15),
        date(2028, 10, 3),
    ]
    link = link_of(items[1])
    assert link is not None and link.rule == rule


def test_a_leap_month_date_repeats_on_the_regular_month() -> None:
    start = date(2025, 7, 25)  # 윤6월 1일
    assert lunar_of(start) == LunarDate(2025, 6, 1, leap=True)
    days = occurrence_days(rule_text(start, LUNAR), through=date(2027, 12, 31))
    assert days == [start, date(2026, 7, 14), date(2027, 7, 4)]
    assert [lunar_of(day) for day in days[1:]] == [LunarDate(2026, 6, 1), LunarDate(2027, 6, 1)]


def test_a_thirtieth_falls_on_the_29th_in_a_year_whose_month_has_29_days() -> None:
    start = date(2026, 3, 18)  # 음력 2026년 1월 30일; 2027's and 2028's 1st months have 29 days
    assert lunar_of(start) == LunarDate(2026, 1, 30)
    days = occurrence_days(rule_text(start, LUNAR), through=date(2028, 12, 31))
    assert [lunar_of(day) for day in days] == [
        LunarDate(2026, 1, 30),
        LunarDate(2027, 1, 29),
        LunarDate(2028, 1, 29),
    ]


def test_an_interval_until_and_the_end_of_the_tables() -> None:
    every_other = Repeat(Frequency.YEARLY, interval=2, until=date(2030, 12, 31), lunar=True)
    assert occurrence_days(rule_text(date(2026, 9, 25), every_other), through=LATE) == [
        date(2026, 9, 25),
        date(2028, 10, 3),
        date(2030, 9, 12),
    ]
    late = occurrence_days(rule_text(date(2049, 1, 1), LUNAR), through=date(2060, 1, 1))
    assert late[-1].year <= 2050  # nothing guessed past the lunar tables


def test_another_calendar_scale_is_not_read_as_a_rule() -> None:
    assert not readable_rule("DTSTART;VALUE=DATE:20260925\nRRULE:RSCALE=CHINESE;FREQ=YEARLY")
    assert not readable_rule("DTSTART;VALUE=DATE:20260925\nRRULE:RSCALE=DANGI;FREQ=WEEKLY")
    assert not readable_rule("DTSTART;VALUE=DATE:20260925\nRRULE:FREQ=YEARLY;SKIP=FORWARD")
