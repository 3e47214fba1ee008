"""The "+N more" popup: every event of a day, and requests to open, add or delete."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from desktop.domain.models import Event
from desktop.views.colors import department_color
from desktop.views.day_dialog import DayDialog
from desktop.views.month_model import DayEntry

KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DAY = date(2026, 3, 1)


def entry(event_id: str, title: str, time: str = "", department: str = "개발팀") -> DayEntry:
    return DayEntry(
        Event(event_id, "dept-" + department, DAY, title, time=time),
        department,
        department_color("dept-" + department),
    )


ENTRIES = [
    entry("a", "교직원 회의", "오전 9:00"),
    entry("b", "<b>예산</b> 검토", "오후 2:00", "행정실"),
    entry("c", "Lab cleanup", "", "Science"),
]


def make(
    qtbot: QtBot, entries: list[DayEntry] = ENTRIES, locale: QLocale = KOREAN, holiday: str = ""
) -> DayDialog:
    dialog = DayDialog(DAY, entries, locale, holiday=holiday)
    qtbot.addWidget(dialog)
    return dialog


def row_texts(dialog: DayDialog, row: int) -> list[str]:
    item = dialog.list.topLevelItem(row)
    assert item is not None
    return [item.text(column) for column in range(3)]


def test_lists_every_entry_in_plain_text(qtbot: QtBot) -> None:
    dialog = make(qtbot, holiday="삼일절")
    assert dialog.windowTitle() == "2026년 3월 1일 일요일"
    assert dialog.heading.text() == "2026년 3월 1일 일요일"
    assert dialog.holiday_label.text() == "삼일절"
    assert dialog.holiday_label.isVisibleTo(dialog)
    assert dialog.list.topLevelItemCount() == 3
    assert row_texts(dialog, 0) == ["오전 9:00", "교직원 회의", "개발팀"]
    assert row_texts(dialog, 1) == ["오후 2:00", "<b>예산</b> 검토", "행정실"]
    assert row_texts(dialog, 2) == ["", "Lab cleanup", "Science"]
    item = dialog.list.topLevelItem(1)
    assert item is not None
    assert not item.icon(DayDialog.DEPARTMENT_COLUMN).isNull()  # the department's colour
    assert not dialog.empty_label.isVisibleTo(dialog)


def test_english_title_and_no_holiday(qtbot: QtBot) -> None:
    dialog = make(qtbot, locale=ENGLISH)
    assert dialog.windowTitle() == "Sunday, March 1, 2026"
    assert not dialog.holiday_label.isVisibleTo(dialog)


def test_a_day_without_events(qtbot: QtBot) -> None:
    dialog = make(qtbot, entries=[])
    assert dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.list.isVisibleTo(dialog)
    assert dialog.current_entry() is None


def test_double_click_requests_an_edit(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.show()
    item = dialog.list.topLevelItem(1)
    assert item is not None
    rect = dialog.list.visualItemRect(item)
    # A double-click is a press, a release, then the double-click event.
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.editRequested) as blocker:
        qtbot.mouseDClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ENTRIES[1]]


def test_enter_requests_an_edit_of_the_current_entry(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.show()
    item = dialog.list.topLevelItem(2)
    assert item is not None
    dialog.list.setCurrentItem(item)
    with qtbot.waitSignal(dialog.editRequested) as blocker:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert blocker.args == [ENTRIES[2]]


def test_delete_key_requests_a_delete(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert dialog.current_entry() == ENTRIES[0]
    with qtbot.waitSignal(dialog.deleteRequested) as blocker:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert blocker.args == [ENTRIES[0]]


def test_new_event_button_requests_the_day(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    with qtbot.waitSignal(dialog.newRequested) as blocker:
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [DAY]


def test_close_button_closes(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected):
        dialog.buttons.rejected.emit()
    assert not dialog.isVisible()


def test_set_entries_keeps_the_current_event(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    item = dialog.list.topLevelItem(2)
    assert item is not None
    dialog.list.setCurrentItem(item)
    dialog.set_entries([ENTRIES[0], ENTRIES[2]])
    assert dialog.list.topLevelItemCount() == 2
    assert dialog.current_entry() == ENTRIES[2]
