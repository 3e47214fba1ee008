"""The conflict chooser: both versions side by side, three choices, plain text only."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.domain.models import Event
from desktop.views.conflict_dialog import DIFFERS_ROLE, ConflictChoice, ConflictDialog
from desktop.views.formats import TimeStyle

KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
NAMES = {"dev": "개발팀", "sales": "영업팀"}

MINE = Event(
    "evt-1",
    "dev",
    date(2026, 11, 3),
    "팀 회의",
    description="3층 회의실",
    time="오후 2:00",
    url="https://example.com/a",
)
THEIRS = MINE.with_changes(time="오후 3:00", department_id="sales", description="2층")

ROWS = ["Title", "Date", "Time", "Department", "Description", "Link"]


def make(
    qtbot: QtBot, mine: Event = MINE, theirs: Event | None = THEIRS, locale: QLocale = KOREAN
) -> ConflictDialog:
    dialog = ConflictDialog(mine, theirs, NAMES, locale)
    qtbot.addWidget(dialog)
    return dialog


def cell(dialog: ConflictDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def test_both_versions_are_compared_field_by_field(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    table = dialog.table
    assert table.rowCount() == len(ROWS)
    assert [cell(dialog, row, 0) for row in range(table.rowCount())] == ROWS
    assert cell(dialog, 0, 1) == "팀 회의"
    assert cell(dialog, 1, 2) == "2026년 11월 3일 화요일"
    assert cell(dialog, 2, 1) == "오후 3:00"
    assert cell(dialog, 2, 2) == "오후 2:00"
    assert cell(dialog, 3, 1) == "영업팀"
    assert cell(dialog, 3, 2) == "개발팀"
    assert cell(dialog, 5, 2) == "https://example.com/a"
    header = [table.horizontalHeaderItem(c).text() for c in range(3)]  # type: ignore[union-attr]
    assert header == ["Field", "Their version", "Your version"]
    assert "팀 회의" in dialog.explanation.text()
    assert dialog.windowTitle() == "Someone else changed this event"


def test_times_are_written_the_users_way_and_the_same_time_is_no_difference(
    qtbot: QtBot,
) -> None:
    TimeStyle.set(False, "en_US")
    dialog = make(qtbot, mine=MINE.with_changes(time="14:00"), theirs=THEIRS, locale=ENGLISH)
    assert (cell(dialog, 2, 1), cell(dialog, 2, 2)) == ("3:00 PM", "2:00 PM")
    same = make(qtbot, mine=THEIRS.with_changes(time="15:00"), theirs=THEIRS, locale=ENGLISH)
    assert cell(same, 2, 1) == cell(same, 2, 2) == "3:00 PM"
    assert 2 not in same.differing_rows()


def test_rows_that_differ_are_marked(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert dialog.differing_rows() == [2, 3, 4]  # time, department, description
    for row in range(dialog.table.rowCount()):
        for column in range(3):
            item = dialog.table.item(row, column)
            assert item is not None
            differs = row in (2, 3, 4)
            assert item.data(DIFFERS_ROLE) is differs
            assert item.font().bold() is differs
    item = dialog.table.item(0, 1)
    assert item is not None
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        ("keep_button", ConflictChoice.KEEP_THEIRS),
        ("overwrite_button", ConflictChoice.OVERWRITE),
        ("new_button", ConflictChoice.SAVE_AS_NEW),
    ],
)
def test_each_button_sets_the_choice(qtbot: QtBot, button: str, choice: ConflictChoice) -> None:
    dialog = make(qtbot)
    dialog.show()
    assert dialog.choice is None
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.choice is choice
    assert not dialog.isVisible()


def test_the_button_texts(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert dialog.keep_button.text() == "Keep theirs"
    assert dialog.overwrite_button.text() == "Overwrite with mine"
    assert dialog.new_button.text() == "Save mine as a new event"
    # Enter never picks a version by accident.
    assert not any(b.isDefault() or b.autoDefault() for b in dialog.findChildren(QPushButton))


def test_closing_chooses_nothing(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is None


def test_deleted_by_someone_else(qtbot: QtBot) -> None:
    dialog = make(qtbot, theirs=None, locale=ENGLISH)
    assert dialog.keep_button.text() == "Discard mine"
    assert dialog.overwrite_button.text() == "Restore mine"
    assert dialog.new_button.text() == "Save mine as a new event"
    assert dialog.windowTitle() == "Event deleted by someone else"
    assert "deleted" in dialog.explanation.text()
    assert cell(dialog, 0, 1) == "(deleted)"
    assert cell(dialog, 1, 2) == "Tuesday, November 3, 2026"
    assert dialog.differing_rows() == []
    with qtbot.waitSignal(dialog.accepted):
        dialog.overwrite_button.click()
    assert dialog.choice is ConflictChoice.OVERWRITE


def test_markup_in_a_title_is_shown_literally(qtbot: QtBot) -> None:
    mine = MINE.with_changes(title="<img src=x>")
    theirs = THEIRS.with_changes(title="<b>bold</b>")
    dialog = make(qtbot, mine, theirs)
    assert cell(dialog, 0, 1) == "<b>bold</b>"
    assert cell(dialog, 0, 2) == "<img src=x>"
    assert "<b>bold</b>" in dialog.explanation.text()
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    item = dialog.table.item(0, 2)
    assert item is not None
    assert item.toolTip() == ""  # tooltips would guess rich text


def test_empty_values_show_a_dash_and_unknown_departments_their_id(qtbot: QtBot) -> None:
    theirs = THEIRS.with_changes(url="", department_id="gone")
    dialog = make(qtbot, theirs=theirs)
    assert cell(dialog, 5, 1) == "—"
    assert cell(dialog, 3, 1) == "gone"
