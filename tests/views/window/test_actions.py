"""The window's actions: every one is in a menu, and the View menu's choices are kept."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from desktop.settings import LANGUAGE, AppSettings
from desktop.views.month_model import Roles
from desktop.views.window.holidays import HOLIDAY_COUNTRY
from tests.views.conftest import ENGLISH, TODAY, Seeded, WindowFactory


def test_every_action_is_in_a_menu(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    actions = window.window_actions
    qtbot.waitUntil(lambda: actions.menus_built)  # after the month's first paint
    in_menus: set[QAction] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert menu is not None
        in_menus.update(menu.actions())
    named = [value for name, value in vars(actions).items() if name.endswith("_action")]
    assert len(named) == 26
    assert all(action in in_menus for action in named)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]


def test_the_holiday_and_language_choices_are_saved(
    make_window: WindowFactory, seeded: Seeded, app_settings: AppSettings, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    model = window.model

    def holiday() -> str:
        return str(model.data(model.index_of(TODAY), Roles.HOLIDAY) or "")

    qtbot.waitUntil(lambda: holiday() == "Thanksgiving Day")  # 26 Nov 2026, US from the locale
    qtbot.waitUntil(lambda: window.window_actions.menus_built)
    holidays = window.window_actions.holidays_menu.actions()
    assert [a.isChecked() for a in holidays] == [True, False, False, False]  # "auto"
    holidays[3].trigger()
    assert app_settings.get(HOLIDAY_COUNTRY) == "off"
    assert holiday() == ""

    languages = window.window_actions.language_menu.actions()
    assert [a.text() for a in languages][1:] == ["한국어", "English"]
    languages[1].trigger()
    assert app_settings.get(LANGUAGE) == "ko"
    assert window.status_message.text() == "The new language is used from the next start."


def test_the_menus_filled_after_the_first_paint_work(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    qtbot.waitUntil(lambda: window.window_actions.menus_built)
    view_menu = window.menuBar().actions()[2].menu()
    assert view_menu is not None
    next_month = next(a for a in view_menu.actions() if a.text() == "Next month")
    assert next_month.shortcut().toString() == "Ctrl+PgDown"
    next_month.trigger()
    assert window.month == date(2026, 12, 1)  # from November 2026
