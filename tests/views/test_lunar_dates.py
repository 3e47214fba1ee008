"""View ▸ Lunar dates: on for a Korean window and off for an English one by default, kept,
lockable; the month grid, the week's headers, the tooltips and the detail pane show them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.models import Event
from desktop.settings import AppSettings
from desktop.views.calendar_view import ViewKind
from desktop.views.main_window import MainWindow
from desktop.views.month_model import DayEntry, Roles
from desktop.views.week_model import WeekModel
from desktop.views.window.lunar_dates import LUNAR_DATES
from tests.views.conftest import ENGLISH, KOREAN, Seeded, WindowFactory

CATALOGUES = Path(__file__).parents[2] / "resources" / "i18n"
CHUSEOK = date(2026, 9, 25)  # 음력 8월 15일
LEAP_DAY = date(2025, 7, 25)  # 음력 윤6월 1일


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    """The Korean catalogue, as a Korean window has it."""
    translator = QTranslator()
    assert translator.load(str(CATALOGUES / "deptcal_ko.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def show(window: MainWindow, qtbot: QtBot, day: date) -> None:
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        window.go_to(day)


def header_strip(window: MainWindow, day: date) -> QImage:
    """The painted header of ``day``'s cell (day number, lunar date, holiday)."""
    view = window.month_view
    rect = view.visualRect(window.model.index_of(day))
    strip = QRect(rect.left(), rect.top(), rect.width(), view.fontMetrics().height() + 5)
    return view.viewport().grab(strip).toImage()


def test_a_korean_month_shows_the_lunar_date_in_each_day(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, korean: None
) -> None:
    window = make_window(locale=KOREAN)
    window.finish_building()
    action = window.lunar_dates.action
    assert action.isChecked()
    assert action in window.window_actions.view_menu.actions()
    assert action.text() == "음력 표시"
    show(window, qtbot, CHUSEOK)
    model = window.model
    index = model.index_of(CHUSEOK)
    assert model.data(index, Roles.LUNAR) == "음 8.15"
    assert "음력 2026년 8월 15일" in model.data(index, 3)  # the day's tooltip
    assert model.data(model.index_of(date(2026, 9, 24)), Roles.LUNAR) == "음 8.14"
    # A day without a holiday's name (in a narrow cell a holiday's name goes first).
    plain_day = date(2026, 9, 23)
    painted = header_strip(window, plain_day)

    with qtbot.waitSignal(model.dataChanged):
        action.trigger()

    assert model.data(index, Roles.LUNAR) == ""
    assert "음력" not in model.data(index, 3)
    assert header_strip(window, plain_day) != painted  # the grid painted it, and no longer does


def test_an_english_month_shows_none_until_chosen_and_the_choice_is_kept(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, app_settings: AppSettings
) -> None:
    window = make_window(locale=ENGLISH)
    action = window.lunar_dates.action
    assert not action.isChecked()
    show(window, qtbot, CHUSEOK)
    index = window.model.index_of(CHUSEOK)
    assert window.model.data(index, Roles.LUNAR) == ""
    action.trigger()
    assert window.model.data(index, Roles.LUNAR) == "L 8/15"
    assert app_settings.get(LUNAR_DATES) == "on"
    window.close()
    again = make_window(locale=ENGLISH)
    assert again.lunar_dates.action.isChecked()


def test_a_leap_month_is_marked(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, korean: None
) -> None:
    window = make_window(locale=KOREAN)
    show(window, qtbot, LEAP_DAY)
    index = window.model.index_of(LEAP_DAY)
    assert window.model.data(index, Roles.LUNAR) == "윤 6.1"
    assert "음력 2025년 윤6월 1일" in window.model.data(index, 3)


def test_the_week_headers_and_the_detail_pane_give_the_lunar_date(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, korean: None
) -> None:
    window = make_window(locale=KOREAN)
    window.finish_building()
    show(window, qtbot, CHUSEOK)
    window.views.show(ViewKind.WEEK)
    week = window.views.views[ViewKind.WEEK]
    model = week.model()
    assert isinstance(model, WeekModel)
    qtbot.waitUntil(lambda: CHUSEOK in model.days)
    assert model.lunar(CHUSEOK) == "음 8.15"
    column = model.column_of(CHUSEOK)
    assert "음력 2026년 8월 15일" in model.headerData(
        column, week.horizontalHeader().orientation(), 3
    )
    event = Event("e1", "dev", CHUSEOK, "<b>차례</b>\u202e")
    window.detail.show_entry(DayEntry(event, "개발팀", window.palette().text().color()), KOREAN)
    assert window.detail.when.text().splitlines()[-1] == "음력 2026년 8월 15일"


def test_it_can_be_set_by_it_for_every_machine(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, app_settings: AppSettings
) -> None:
    app_settings.system.setValue(LUNAR_DATES.key, "off")
    window = make_window(locale=KOREAN)
    assert not window.lunar_dates.action.isChecked()
    assert not window.lunar_dates.action.isEnabled()
    show(window, qtbot, CHUSEOK)
    assert window.model.data(window.model.index_of(CHUSEOK), Roles.LUNAR) == ""
