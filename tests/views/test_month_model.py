"""The month grid model: 6 × 7 days, locale-aware weeks, events per day in time order."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from pytestqt.modeltest import ModelTester

from desktop.domain.models import Event
from desktop.views.colors import department_color
from desktop.views.month_model import DayEntry, MonthModel, Roles

KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def entry(day: date, title: str, time: str = "", department: str = "d1") -> DayEntry:
    event = Event(f"{title}-{day}", department, day, title, time=time)
    return DayEntry(event, "개발팀", department_color(department))


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = MonthModel(KOREAN)
    model.set_month(date(2026, 11, 1), today=date(2026, 11, 26))
    model.set_entries([entry(date(2026, 11, 3), "팀 회의", "오후 2:00")])
    model.set_holidays({date(2026, 11, 3): "테스트"})
    qtmodeltester.check(model, force_py=True)


def test_korean_weeks_start_on_sunday() -> None:
    model = MonthModel(KOREAN)
    model.set_month(date(2026, 11, 1))
    # 1 November 2026 is a Sunday: the grid starts on it.
    assert model.days[0] == date(2026, 11, 1)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "일"
    assert model.headerData(6, Qt.Orientation.Horizontal) == "토"
    assert len(model.days) == 42


def test_monday_first_locale() -> None:
    model = MonthModel(GERMAN)
    model.set_month(date(2026, 11, 1))
    assert model.days[0] == date(2026, 10, 26)  # the Monday before
    assert model.days[0].isoweekday() == 1


def test_events_sorted_by_parsed_time_not_text() -> None:
    model = MonthModel(KOREAN)
    model.set_month(date(2026, 11, 1))
    day = date(2026, 11, 3)
    model.set_entries(
        [
            entry(day, "늦은 회의", "오후 10:00"),
            entry(day, "자유", "점심 후"),
            entry(day, "오후 회의", "오후 2:00"),
            entry(day, "아침", "오전 9:00"),
        ]
    )
    titles = [e.event.title for e in model.data(model.index_of(day), Roles.ENTRIES)]
    assert titles == ["아침", "오후 회의", "늦은 회의", "자유"]


def test_days_outside_the_month_today_and_accessible_text() -> None:
    model = MonthModel(KOREAN)
    model.set_month(date(2026, 11, 1), today=date(2026, 11, 26))
    day = date(2026, 11, 3)
    model.set_entries([entry(day, "회의"), entry(day, "점심")])
    december = model.index_of(date(2026, 12, 1))
    assert model.data(december, Roles.IN_MONTH) is False
    assert model.data(model.index_of(date(2026, 11, 26)), Roles.TODAY) is True
    text = model.data(model.index_of(day), Qt.ItemDataRole.AccessibleTextRole)
    assert "2026년 11월 3일" in text
    assert "2" in text
    assert model.event_count_in_month() == 2


def test_new_entries_signal_data_changed_without_reset(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = MonthModel(KOREAN)
    model.set_month(date(2026, 11, 1))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_entries([entry(date(2026, 11, 3), "회의")])
