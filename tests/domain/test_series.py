"""Series as ordinary items: derived ids, links read back, rules expanded as RFC 5545 says."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.models import Event
from desktop.domain.series import (
    MAX_OCCURRENCES,
    Frequency,
    Link,
    Repeat,
    link_of,
    occurrence_days,
    occurrence_id,
    occurrences,
    parse_repeat,
    rule_text,
    series_id_for_uid,
    span_items,
    with_link,
)

SERIES = "0b5f6a52-8f0e-4d4c-9a43-0d0d3c4e6a11"
REPORT = Event("x", "dev", date(2026, 12, 7), "주간 보고", time="오전 10:00")


def test_an_occurrence_has_the_same_id_on_every_client_and_another_on_another_day() -> None:
    monday = date(2026, 12, 7)
    assert occurrence_id(SERIES, monday) == occurrence_id(SERIES, monday)
    assert occurrence_id(SERIES, monday) != occurrence_id(SERIES, date(2026, 12, 14))
    assert series_id_for_uid("abc@google.com") == series_id_for_uid("abc@google.com")


def test_the_items_of_a_weekly_series_are_linked_and_keep_other_writers_attributes() -> None:
    kept = REPORT.with_changes(extra={"color": {"S": "red"}})
    rule = rule_text(REPORT.event_date, Repeat(Frequency.WEEKLY, weekdays=(0,), count=3))
    items = occurrences(kept, rule, SERIES, occurrence_days(rule))

    assert [e.event_date for e in items] == [
        date(2026, 12, 7),
        date(2026, 12, 14),
        date(2026, 12, 21),
    ]
    assert [e.id for e in items] == [occurrence_id(SERIES, e.event_date) for e in items]
    assert all(e.extra["color"] == {"S": "red"} for e in items)
    link = link_of(items[1])
    assert link == Link(SERIES, date(2026, 12, 14), rule=rule)
    assert link is not None and link.repeating and not link.multi_day
    # Moved to another day, it is still the occurrence of the 14th.
    assert link_of(items[1].with_changes(event_date=date(2026, 12, 15))) == link


def test_a_multi_day_event_is_an_item_per_day_with_the_whole_span() -> None:
    items = span_items(REPORT, date(2026, 12, 9), SERIES)
    assert [e.event_date.day for e in items] == [7, 8, 9]
    assert {link_of(e).days for e in items} == {(date(2026, 12, 7), date(2026, 12, 9))}  # type: ignore[union-attr]
    assert all(link_of(e).multi_day for e in items)  # type: ignore[union-attr]


def test_an_item_whose_link_is_written_wrong_is_an_ordinary_event() -> None:
    assert link_of(REPORT) is None
    assert link_of(REPORT.with_changes(extra={"series_id": {"N": "5"}})) is None
    broken = REPORT.with_changes(
        extra={
            "series_id": {"S": SERIES},
            "series_rule": {"S": "nonsense"},
            "series_days": {"S": "x"},
        }
    )
    assert link_of(broken) == Link(SERIES, REPORT.event_date)
    assert link_of(with_link(broken, None)) is None


@pytest.mark.parametrize(
    ("start", "repeat", "rrule", "first_days"),
    [
        (date(2026, 12, 8), Repeat(Frequency.MONTHLY, nth=2), "FREQ=MONTHLY;BYDAY=2TU", [8, 12, 9]),
        (
            date(2026, 12, 29),
            Repeat(Frequency.MONTHLY, nth=-1),
            "FREQ=MONTHLY;BYDAY=-1TU",
            [29, 26, 23],
        ),
        (
            date(2026, 12, 4),
            Repeat(Frequency.DAILY, weekdays=(0, 1, 2, 3, 4)),
            "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
            [4, 7, 8],
        ),
        # The 31st: months without one are skipped (RFC 5545), not moved to the 30th.
        (date(2026, 12, 31), Repeat(Frequency.MONTHLY), "FREQ=MONTHLY", [31, 31, 31]),
        (
            date(2026, 12, 7),
            Repeat(Frequency.WEEKLY, 2, (0, 2)),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE",
            [7, 9, 21],
        ),
    ],
)
def test_rules_expand_as_rfc_5545_says(
    start: date, repeat: Repeat, rrule: str, first_days: list[int]
) -> None:
    text = rule_text(start, repeat)
    assert text == f"DTSTART;VALUE=DATE:{start:%Y%m%d}\nRRULE:{rrule}"
    assert [d.day for d in occurrence_days(text)[:3]] == first_days
    assert parse_repeat(text) == repeat


def test_a_series_without_an_end_is_written_twelve_months_ahead_and_extends_after() -> None:
    text = rule_text(date(2026, 12, 7), Repeat(Frequency.WEEKLY, weekdays=(0,)))
    days = occurrence_days(text)
    assert days[0] == date(2026, 12, 7) and days[-1] == date(2027, 12, 6) and len(days) == 53
    more = occurrence_days(text, after=days[-1], through=date(2028, 12, 6))
    assert more[0] == date(2027, 12, 13) and len(more) == 52


def test_no_rule_gives_more_than_the_maximum() -> None:
    text = rule_text(date(2026, 1, 1), Repeat(Frequency.DAILY, until=date(2036, 1, 1)))
    assert len(occurrence_days(text, through=date(2036, 1, 1))) == MAX_OCCURRENCES


@pytest.mark.parametrize(
    "rrule",
    [
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",  # no day passes: dateutil would walk to 9999
        "FREQ=SECONDLY",
        "FREQ=WEEKLY;BYMONTHDAY=31;BYMONTH=2",
        "FREQ=WEEKLY;INTERVAL=0",
    ],
)
def test_a_rule_written_by_hand_that_would_stall_is_not_read_as_a_rule(rrule: str) -> None:
    text = f"DTSTART;VALUE=DATE:20260101\nRRULE:{rrule}"
    item = REPORT.with_changes(extra={"series_id": {"S": SERIES}, "series_rule": {"S": text}})
    assert occurrence_days(text) == []
    assert link_of(item) == Link(SERIES, REPORT.event_date)


def test_a_yearly_rule_with_month_and_day_from_a_calendar_file_is_read() -> None:
    text = "DTSTART;VALUE=DATE:20261225\nRRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25"
    assert occurrence_days(text, through=date(2028, 12, 31))[-1] == date(2028, 12, 25)
