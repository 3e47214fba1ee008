"""Go to date takes a typed date; text it cannot read is kept, with a message beside it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.views.goto_dialog import GoToDateDialog
from tests.views.conftest import ENGLISH, KOREAN, Seeded, WindowFactory

TODAY = date(2026, 12, 3)  # a Thursday

# A top-level dialog shown on the offscreen platform.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def make_dialog(qtbot: QtBot, locale=KOREAN) -> GoToDateDialog:  # type: ignore[no-untyped-def]
    dialog = GoToDateDialog(TODAY, TODAY, locale)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_typed_korean_date_moves_the_calendar(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.date_edit.setText("다음 주 금요일")  # as typed
    assert dialog.chosen() == date(2026, 12, 11)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.chosen() == date(2026, 12, 11)


def test_typed_english_date(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, ENGLISH)
    dialog.date_edit.setText("dec 25")  # as typed
    assert dialog.chosen() == date(2026, 12, 25)


def test_unreadable_text_is_kept_and_explained(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.date_edit.setText("언젠가")  # as typed
    assert dialog.error_label.message() == ""  # not while typing
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.date_edit.text() == "언젠가"
    assert "12/25" in dialog.error_label.message()
    assert dialog.error_label.isVisible()
    # Mending the text clears the message and goes.
    dialog.date_edit.setText("12월 25일")
    assert dialog.error_label.message() == ""
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.chosen() == date(2026, 12, 25)


def test_window_goes_to_the_typed_date(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.dialogs.ask_date()
    dialog = window.dialogs.goto_dialog
    assert dialog is not None
    dialog.date_edit.setText("2027.1.15")  # as typed
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert window.month_title.text() == "2027년 1월"
