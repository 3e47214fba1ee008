from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.views.export_dialog import ExportDialog
from tests.views.conftest import KOREAN


def test_default_range_is_this_month_and_the_next_two(qtbot: QtBot) -> None:
    dialog = ExportDialog(date(2026, 11, 1), KOREAN)
    qtbot.addWidget(dialog)
    assert dialog.range() == (date(2026, 11, 1), date(2027, 1, 31))
    assert dialog.start_edit.displayFormat().count("y") == 4


def test_an_inverted_range_cannot_be_exported(qtbot: QtBot) -> None:
    dialog = ExportDialog(date(2026, 11, 1), KOREAN)
    qtbot.addWidget(dialog)
    dialog.end_edit.setDate(QDate(2026, 10, 1))
    assert not dialog.ok_button.isEnabled()
    dialog.end_edit.setDate(QDate(2026, 12, 1))
    assert dialog.ok_button.isEnabled()
