"""The event dialog's yearly repeat on a lunar date: offered with the start's lunar date,
written as RFC 7529, described, and an item of such a series shown as one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.models import Department, Event
from desktop.domain.series import Frequency, Link, Repeat, occurrence_days, rule_text, with_link
from desktop.views.event_dialog import EventDialog
from desktop.views.repeat_editor import COUNT, LUNAR_YEARLY, YEARLY
from desktop.views.repeat_text import describe

KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DEPARTMENTS = [Department("dev", "개발팀")]
CHUSEOK = date(2026, 9, 25)  # 음력 8월 15일
SERIES = "0b7c8f52-1a2b-4c3d-8e9f-0a1b2c3d4e5f"
CATALOGUES = Path(__file__).parents[2] / "resources" / "i18n"


@pytest.fixture(autouse=True)
def discard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a changed dialog asks; the answer is Discard (so teardown never waits)."""

    def fake_exec(box: QMessageBox) -> int:
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[QLocale]:
    translator = QTranslator()
    assert translator.load(str(CATALOGUES / "deptcal_ko.qm"))
    qapp.installTranslator(translator)
    yield KOREAN
    qapp.removeTranslator(translator)


def make(qtbot: QtBot, event: Event | None = None, *, locale: QLocale = ENGLISH) -> EventDialog:
    dialog = EventDialog(
        DEPARTMENTS, event, default_date=CHUSEOK, default_department_id="dev", locale=locale
    )
    qtbot.addWidget(dialog)
    return dialog


def offered(dialog: EventDialog) -> dict[str, str]:
    combo = dialog.repeat_editor.choice
    return {combo.itemData(row): combo.itemText(row) for row in range(combo.count())}


def choose(dialog: EventDialog, key: str) -> None:
    combo = dialog.repeat_editor.choice
    combo.setCurrentIndex(combo.findData(key))


def test_the_lunar_date_of_the_start_is_offered_in_korean(qtbot: QtBot, korean: QLocale) -> None:
    dialog = make(qtbot, locale=korean)
    assert offered(dialog)[YEARLY] == "매년 9월 25일"
    assert offered(dialog)[LUNAR_YEARLY] == "매년 음력 8월 15일"
    dialog.date_edit.setDate(date(2027, 2, 7))  # 설날 2027: 음력 1월 1일
    assert offered(dialog)[LUNAR_YEARLY] == "매년 음력 1월 1일"


def test_choosing_it_writes_an_rfc_7529_rule_and_says_what_it_makes(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert offered(dialog)[LUNAR_YEARLY] == "Yearly on lunar 8/15"
    choose(dialog, LUNAR_YEARLY)
    combo = dialog.repeat_editor.end_choice
    combo.setCurrentIndex(combo.findData(COUNT))
    dialog.repeat_editor.count_spin.setValue(3)
    repeat = dialog.repeat()
    assert repeat == Repeat(Frequency.YEARLY, count=3, lunar=True)
    rule = rule_text(CHUSEOK, repeat)
    assert "RRULE:RSCALE=DANGI;FREQ=YEARLY;SKIP=BACKWARD;COUNT=3" in rule
    assert occurrence_days(rule, through=date(2030, 1, 1)) == [
        CHUSEOK,
        date(2027, 9, 15),
        date(2028, 10, 3),
    ]
    assert dialog.repeat_editor.summary.text() == "Yearly on lunar 8/15, 3 times"


def test_an_item_of_a_lunar_series_shows_its_rule(qtbot: QtBot, korean: QLocale) -> None:
    rule = rule_text(CHUSEOK, Repeat(Frequency.YEARLY, lunar=True))
    item = with_link(Event("e1", "dev", date(2027, 9, 15), "차례"), Link(SERIES, CHUSEOK, rule))
    dialog = make(qtbot, item, locale=korean)
    assert dialog.repeat_editor.current() == LUNAR_YEARLY
    assert dialog.repeat_editor.summary.text() == "매년 음력 8월 15일 (2026년 9월 25일부터)"
    assert describe(Repeat(Frequency.YEARLY, interval=2, lunar=True), CHUSEOK, korean) == (
        "2년마다 음력 8월 15일"
    )
