"""The week as a table: a column per day, a cell per event, one free cell below the busiest."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from pytestqt.modeltest import ModelTester

from desktop.domain.models import Event
from desktop.views.colors import department_color
from desktop.views.month_model import DayEntry
from desktop.views.week_model import WeekModel, WeekRoles
from desktop.workers.months import DayLists

KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
FIRST = date(2026, 11, 29)  # a Sunday: the Korean week across November and December


def entry(day: date, title: str, time: str = "") -> DayEntry:
    return DayEntry(
        Event(f"{title}-{day}", "d1", day, title, time=time), "개발팀", department_color("d1")
    )


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = WeekModel(KOREAN)
    model.set_week(FIRST, today=date(2026, 12, 1))
    qtmodeltester.check(model, force_py=True)
    model.set_entries(DayLists({date(2026, 12, 1): [entry(date(2026, 12, 1), "팀 회의", "14:00")]}))
    model.set_holidays({date(2026, 12, 1): "테스트"})
    model.set_entries(DayLists({}))  # rows go
    qtmodeltester.check(model, force_py=True)


def test_a_cell_per_event_and_one_free_row_below_the_busiest_day() -> None:
    model = WeekModel(KOREAN)
    model.set_week(FIRST, today=date(2026, 12, 1))
    tuesday = date(2026, 12, 1)
    events = [
        entry(tuesday, "종일"),
        entry(tuesday, "아침", "9:00"),
        entry(tuesday, "오후", "15:00"),
    ]
    model.set_entries(DayLists({tuesday: events, FIRST: [entry(FIRST, "일요일")]}))

    assert model.rowCount() == 4
    assert model.day(0) == FIRST and model.day(6) == date(2026, 12, 5)
    column = model.column_of(tuesday)
    assert [model.index(r, column).data(WeekRoles.ENTRY) for r in range(3)] == events
    assert model.index(3, column).data(WeekRoles.ENTRY) is None
    assert model.index(0, column).data(WeekRoles.TODAY) is True
    assert model.free_row(tuesday) == 3 and model.free_row(date(2026, 12, 2)) == 0
    text = model.index(3, column).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "2026년 12월 1일" in text


def test_a_holiday_is_named_in_the_header() -> None:
    model = WeekModel(KOREAN)
    model.set_week(date(2026, 12, 20), today=date(2026, 12, 1))
    model.set_holidays({date(2026, 12, 25): "기독탄신일"})
    column = model.column_of(date(2026, 12, 25))
    assert model.holiday(date(2026, 12, 25)) == "기독탄신일"
    assert "기독탄신일" in model.headerData(
        column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
