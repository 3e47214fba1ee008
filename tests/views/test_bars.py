"""Multi-day events as one bar across the days, and the repeat mark (month and week)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop.domain.models import Event
from desktop.domain.series import Frequency, Repeat, occurrences, rule_text, span_items
from desktop.views.day_bars import bar_slots
from desktop.views.day_delegate import REPEAT_MARK, _Font, day_layout, entry_tooltip, lay_out_chip
from desktop.views.month_model import DayEntry
from desktop.views.week_model import WeekModel
from desktop.workers.months import Bar, DayLists, arrange

SUNDAY = date(2026, 11, 8)  # a week row's first day (Korean weeks start on Sunday)
SERIES = "1b4e28ba-2fa1-41d2-883f-0016d3cca427"
OTHER = "2c5f39cb-3fb2-42e3-994f-1127e4ddb538"
BLUE = QColor("#2f6fd0")


def make(_department: str, event: Event) -> DayEntry:
    return DayEntry(event, "개발팀", BLUE)


def with_bar(entry: DayEntry, bar: Bar) -> DayEntry:
    return replace(entry, bar=bar)


def week_of(events: list[Event]) -> DayLists[DayEntry]:
    last = SUNDAY + timedelta(days=6)
    return arrange([("dev", [events])], SUNDAY, last, make, bars=with_bar)


def two_bars() -> list[Event]:
    """A trip Monday–Tuesday (lane 0) and a workshop Tuesday–Thursday (lane 1 throughout)."""
    monday, tuesday = SUNDAY + timedelta(days=1), SUNDAY + timedelta(days=2)
    trip = span_items(Event("x", "dev", monday, "출장", time="종일"), tuesday, OTHER)
    workshop = span_items(Event("y", "dev", tuesday, "워크숍"), tuesday + timedelta(days=2), SERIES)
    meeting = Event("m", "dev", tuesday + timedelta(days=1), "회의", time="10:00")
    return [*trip, *workshop, meeting]


def test_the_week_view_shows_a_multi_day_event_on_one_row(qapp: QApplication) -> None:
    model = WeekModel()
    model.set_week(SUNDAY, SUNDAY)
    model.set_entries(week_of(two_bars()))
    rows = {}
    for column in range(7):
        for row in range(model.rowCount()):
            entry = model.entry_at(model.index(row, column))
            if entry is not None and entry.event.title == "워크숍":
                rows[column] = row
    # Tuesday to Thursday, one row: the cell above it on Wednesday stays empty, the day's
    # other event goes below.
    assert rows == {2: 1, 3: 1, 4: 1}
    assert model.entry_at(model.index(0, 3)) is None
    assert model.entry_at(model.index(2, 3)).event.title == "회의"  # type: ignore[union-attr]
    assert model.free_row(SUNDAY + timedelta(days=3)) == 3


def test_a_bar_keeps_its_line_in_the_month_grid(qapp: QApplication) -> None:
    lists = week_of(two_bars())
    metrics = QFontMetrics(QApplication.font())
    cell = QRect(0, 0, 140, 200)
    tuesday, wednesday = SUNDAY + timedelta(days=2), SUNDAY + timedelta(days=3)
    tops = {}
    for day in (tuesday, wednesday):
        entries = lists.by_day[day]
        layout = day_layout(cell, len(entries), metrics, bar_slots(entries))
        tops[day] = {
            e.event.title: line.top() for e, line in zip(entries, layout.lines, strict=True)
        }
    # The workshop is on the second line on Wednesday as on Tuesday (the trip's line is empty).
    assert tops[wednesday]["워크숍"] == tops[tuesday]["워크숍"] > tops[tuesday]["출장"]
    assert tops[wednesday]["회의"] > tops[wednesday]["워크숍"]


def test_a_repeating_event_shows_the_repeat_mark_and_says_so(qapp: QApplication) -> None:
    rule = rule_text(SUNDAY, Repeat(Frequency.WEEKLY, weekdays=(0,)))
    weekly = occurrences(Event("w", "dev", SUNDAY, "주간 보고"), rule, SERIES, [SUNDAY])[0]
    fonts = _Font(QApplication.font())
    chip = lay_out_chip(DayEntry(weekly, "개발팀", BLUE), 200, fonts)
    assert chip.mark is not None and REPEAT_MARK in chip.mark.text()
    assert "Repeating event" in entry_tooltip(DayEntry(weekly, "개발팀", BLUE))
    plain = lay_out_chip(DayEntry(replace(weekly, extra={}), "개발팀", BLUE), 200, fonts)
    assert plain.mark is None


def test_the_team_week_and_the_agenda_mark_a_repeating_event_too(qapp: QApplication) -> None:
    from desktop.views.agenda_delegate import chip_mark
    from desktop.views.team_grid import entry_line

    rule = rule_text(SUNDAY, Repeat(Frequency.WEEKLY, weekdays=(0,)))
    weekly = occurrences(Event("w", "dev", SUNDAY, "주간 보고"), rule, SERIES, [SUNDAY])[0]
    entry = DayEntry(weekly, "개발팀", BLUE)
    assert entry_line(entry).startswith(REPEAT_MARK)
    assert chip_mark(replace(entry, state="pending")) == "↻" + REPEAT_MARK
    assert REPEAT_MARK not in entry_line(DayEntry(replace(weekly, extra={}), "개발팀", BLUE))
