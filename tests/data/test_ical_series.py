"""Export keeps the structure: a series is one VEVENT with RRULE, EXDATE and overrides, a
multi-day event one VEVENT over its days, a time range a DTEND. Read back with icalendar and
expanded with recurring-ical-events, as a calendar application would."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import recurring_ical_events
from icalendar import Calendar
from icalendar.cal import Component

from desktop.data.ical import export_ics
from desktop.domain.models import Event
from desktop.domain.series import (
    ICAL_UID,
    Frequency,
    Link,
    Repeat,
    link_of,
    occurrence_days,
    occurrences,
    rule_text,
    span_items,
    with_link,
)

NAMES = {"dev": "개발팀"}
SERIES = "0b6f3c52-7a9e-4d1c-9a57-3f1e2d4c5b6a"
FIRST = date(2026, 12, 7)  # a Monday


def base(time_text: str = "", title: str = "주간 보고") -> Event:
    return Event("draft", "dev", FIRST, title, time=time_text, description="3층 회의실")


def weekly(time_text: str = "", repeat: Repeat | None = None, weeks: int = 10) -> list[Event]:
    rule = rule_text(FIRST, repeat or Repeat(Frequency.WEEKLY, weekdays=(0,)))
    days = occurrence_days(rule, limit=weeks)
    return occurrences(base(time_text), rule, SERIES, days)


def export(tmp_path: Path, events: list[Event]) -> tuple[Calendar, int]:
    path = tmp_path / "series.ics"
    written = export_ics(path, events, NAMES, calendar_name="개발팀")
    return Calendar.from_ical(path.read_bytes()), written


def vevents(calendar: Calendar) -> list[Component]:
    return list(calendar.walk("VEVENT"))


def expanded(calendar: Calendar) -> list[tuple[Any, Any, str]]:
    """Every occurrence a calendar application shows: (start, end, title), in order."""
    found = recurring_ical_events.of(calendar).between(date(2026, 1, 1), date(2028, 12, 31))
    shown = [(e["dtstart"].dt, e["dtend"].dt, str(e["summary"])) for e in found]
    return sorted(shown, key=lambda row: str(row[0]))


def shown_as(items: list[Event], start: time | None, end: time | None) -> list[Any]:
    rows: list[tuple[Any, Any, str]] = []
    for item in sorted(items, key=lambda e: e.event_date):
        if start is None:
            rows.append((item.event_date, item.event_date + timedelta(days=1), item.title))
        else:
            assert end is not None
            day = item.event_date
            rows.append((datetime.combine(day, start), datetime.combine(day, end), item.title))
    return sorted(rows, key=lambda row: str(row[0]))


def test_a_series_is_one_vevent_whose_occurrences_are_the_items(tmp_path: Path) -> None:
    items = weekly("오후 2:00 ~ 3:30")
    calendar, written = export(tmp_path, items)
    (master,) = vevents(calendar)
    assert str(master["uid"]) == f"{SERIES}@deptcal"
    assert master["dtstart"].dt == datetime(2026, 12, 7, 14, 0)
    assert master["dtend"].dt == datetime(2026, 12, 7, 15, 30)
    rrule = master["rrule"]
    assert rrule["FREQ"] == ["WEEKLY"]
    assert rrule["BYDAY"] == ["MO"]
    # The rule has no end; the file ends it at the last item written, not at the horizon.
    assert rrule["UNTIL"] == [datetime(2027, 2, 8, 14, 0)]
    assert "exdate" not in master
    assert written == 10
    assert expanded(calendar) == shown_as(items, time(14, 0), time(15, 30))


def test_a_deleted_occurrence_is_an_exdate(tmp_path: Path) -> None:
    items = weekly("14:00")
    deleted = items.pop(3)
    calendar, written = export(tmp_path, items)
    (master,) = vevents(calendar)
    exdates = [value.dt for value in master["exdate"].dts]
    assert exdates == [datetime.combine(deleted.event_date, time(14, 0))]
    assert written == 9
    assert expanded(calendar) == shown_as(items, time(14, 0), time(15, 0))


def test_a_moved_or_edited_occurrence_is_an_override_with_its_series_date(
    tmp_path: Path,
) -> None:
    items = weekly()
    moved_from = items[5].event_date
    items[5] = items[5].with_changes(event_date=moved_from + timedelta(days=1))
    items[7] = items[7].with_changes(title="주간 보고 (임원 참석)")
    calendar, _ = export(tmp_path, items)
    master, *overrides = vevents(calendar)
    assert master["dtstart"].dt == FIRST
    assert {str(o["uid"]) for o in overrides} == {f"{SERIES}@deptcal"}
    by_recurrence = {o["recurrence-id"].dt: o for o in overrides}
    assert set(by_recurrence) == {moved_from, items[7].event_date}
    assert by_recurrence[moved_from]["dtstart"].dt == moved_from + timedelta(days=1)
    assert str(by_recurrence[items[7].event_date]["summary"]) == "주간 보고 (임원 참석)"
    assert expanded(calendar) == shown_as(items, None, None)


def test_an_item_with_a_time_of_its_own_overrides_the_series_time(tmp_path: Path) -> None:
    items = weekly("14:00")
    items[2] = items[2].with_changes(time="16:00-17:00")
    calendar, _ = export(tmp_path, items)
    _, override = vevents(calendar)
    assert override["recurrence-id"].dt == datetime.combine(items[2].event_date, time(14, 0))
    assert override["dtstart"].dt == datetime.combine(items[2].event_date, time(16, 0))
    assert override["dtend"].dt == datetime.combine(items[2].event_date, time(17, 0))
    rows = expanded(calendar)
    assert len(rows) == 10
    assert rows[2][:2] == (
        datetime.combine(items[2].event_date, time(16, 0)),
        datetime.combine(items[2].event_date, time(17, 0)),
    )


def test_the_whole_of_a_counted_series_keeps_its_count(tmp_path: Path) -> None:
    items = weekly(repeat=Repeat(Frequency.WEEKLY, weekdays=(0, 2), count=6), weeks=6)
    calendar, _ = export(tmp_path, items)
    (master,) = vevents(calendar)
    assert master["rrule"]["COUNT"] == [6]
    assert "UNTIL" not in master["rrule"]
    assert expanded(calendar) == shown_as(items, None, None)


def test_part_of_a_series_in_the_range_is_exported_as_that_part(tmp_path: Path) -> None:
    """A range holding weeks 4 to 7 of a counted series: one VEVENT from week 4 to week 7."""
    items = weekly(repeat=Repeat(Frequency.WEEKLY, weekdays=(0,), count=10))[3:7]
    calendar, written = export(tmp_path, items)
    (master,) = vevents(calendar)
    assert master["dtstart"].dt == items[0].event_date
    assert master["rrule"]["UNTIL"] == [items[-1].event_date]
    assert "COUNT" not in master["rrule"]
    assert written == 4
    assert expanded(calendar) == shown_as(items, None, None)


def test_a_monthly_series_on_the_second_tuesday(tmp_path: Path) -> None:
    start = date(2026, 12, 8)  # the second Tuesday
    rule = rule_text(start, Repeat(Frequency.MONTHLY, nth=2))
    items = occurrences(base("오전 10:00"), rule, SERIES, occurrence_days(rule))
    del items[4]
    calendar, _ = export(tmp_path, items)
    assert len(vevents(calendar)) == 1
    assert expanded(calendar) == shown_as(items, time(10, 0), time(11, 0))


def test_an_imported_series_exports_under_the_uid_it_came_with(tmp_path: Path) -> None:
    uid = "040000008200E00074C5B7101A82E008@outlook.example"
    items = []
    for item in weekly(weeks=3):
        link = link_of(item)
        assert link is not None
        items.append(with_link(item, Link(link.series_id, link.day, link.rule, uid=uid)))
    assert all(ICAL_UID in item.extra for item in items)
    calendar, _ = export(tmp_path, items)
    (master,) = vevents(calendar)
    assert str(master["uid"]) == uid


def test_a_multi_day_event_is_one_all_day_vevent(tmp_path: Path) -> None:
    items = span_items(base(title="워크숍"), date(2026, 12, 9), SERIES)
    calendar, written = export(tmp_path, items)
    (vevent,) = vevents(calendar)
    assert str(vevent["uid"]) == f"{SERIES}@deptcal"
    assert vevent["dtstart"].dt == date(2026, 12, 7)
    assert vevent["dtend"].dt == date(2026, 12, 10)
    assert written == 3
    assert expanded(calendar) == [(date(2026, 12, 7), date(2026, 12, 10), "워크숍")]


def test_a_timed_multi_day_event_runs_from_the_first_start_to_the_last_end(
    tmp_path: Path,
) -> None:
    items = span_items(base("09:00-17:00", "출장"), date(2026, 12, 9), SERIES)
    calendar, _ = export(tmp_path, items)
    (vevent,) = vevents(calendar)
    assert vevent["dtstart"].dt == datetime(2026, 12, 7, 9, 0)
    assert vevent["dtend"].dt == datetime(2026, 12, 9, 17, 0)


def test_a_multi_day_event_with_a_day_changed_exports_each_day(tmp_path: Path) -> None:
    items = span_items(base(title="워크숍"), date(2026, 12, 9), SERIES)
    items[1] = items[1].with_changes(title="워크숍 (둘째 날: 외부 강연)")
    calendar, written = export(tmp_path, items)
    assert len(vevents(calendar)) == 3
    assert written == 3
    assert expanded(calendar) == shown_as(items, None, None)


def test_a_time_range_exports_its_end(tmp_path: Path) -> None:
    event = Event("plain", "dev", FIRST, "면담", time="오후 2:00 ~ 3:30")
    calendar, _ = export(tmp_path, [event])
    (vevent,) = vevents(calendar)
    assert vevent["dtstart"].dt == datetime(2026, 12, 7, 14, 0)
    assert vevent["dtend"].dt == datetime(2026, 12, 7, 15, 30)
    assert str(vevent["uid"]) == "plain@deptcal"


def test_a_lunar_yearly_series_is_exported_as_its_items_each_with_its_own_uid(
    tmp_path: Path,
) -> None:
    # Most calendar apps ignore RFC 7529's RSCALE: an RRULE would put 추석 on 9/25 every year.
    chuseok = Event("draft", "dev", date(2026, 9, 25), "추석 차례", description="큰집")
    rule = rule_text(chuseok.event_date, Repeat(Frequency.YEARLY, count=3, lunar=True))
    items = occurrences(chuseok, rule, SERIES, occurrence_days(rule, through=date(2029, 1, 1)))
    calendar, written = export(tmp_path, items)
    found = vevents(calendar)
    assert written == 3
    assert all("rrule" not in vevent for vevent in found)
    assert len({str(vevent["uid"]) for vevent in found}) == 3
    assert expanded(calendar) == shown_as(items, None, None)
    assert [row[0] for row in expanded(calendar)] == [
        date(2026, 9, 25),
        date(2027, 9, 15),
        date(2028, 10, 3),
    ]
