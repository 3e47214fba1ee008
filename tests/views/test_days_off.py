"""Company days off in the window: red and named like public holidays in every view and on
paper, the user's own added in Edit ▸ Company days off…, the administrator's locked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.days_off_settings import own_days_off
from desktop.domain.days_off import DayOff
from desktop.settings import AppSettings
from desktop.views.calendar_view import ViewKind
from desktop.views.days_off_dialog import DaysOffDialog
from desktop.views.main_window import MainWindow
from desktop.views.month_model import Roles
from desktop.views.window.holidays import HOLIDAY_COUNTRY
from tests.views.conftest import TODAY, Seeded, WindowFactory
from tests.views.test_print_views import flat, needs_poppler, pdf_text, save
from tests.views.test_year_view import show_year, tooltip_at

# The offscreen platform's notes on tooltips, popup menus and dialogs.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support propagateSizeHints",
)

FOUNDING = date(2026, 11, 27)  # shown in November's grid (TODAY is 26 November)
THANKSGIVING = date(2026, 11, 26)  # a public holiday in the US


def deploy(settings: AppSettings, **days: str) -> None:
    """As IT deploys them: machine-wide, one key per date."""
    for key, name in days.items():
        settings.system.setValue(
            f"company_days_off/{key.removeprefix('d').replace('_', '-')}", name
        )


def holiday(window: MainWindow, day: date) -> str:
    model = window.model
    return str(model.data(model.index_of(day), Roles.HOLIDAY) or "")


def test_a_managed_day_off_is_a_named_holiday_in_the_month_and_the_year(
    seeded: Seeded, app_settings: AppSettings, make_window: WindowFactory, qtbot: QtBot
) -> None:
    deploy(app_settings, d2026_11_27="창립기념일", d2026_12_11="노조창립일")
    window = make_window()
    qtbot.waitUntil(lambda: holiday(window, FOUNDING) == "창립기념일", timeout=10_000)
    tip = str(window.model.data(window.model.index_of(FOUNDING), Qt.ItemDataRole.ToolTipRole))
    assert "창립기념일" in tip

    view = show_year(window, qtbot)
    qtbot.waitUntil(lambda: "노조창립일" in view.day_text(date(2026, 12, 11)), timeout=10_000)
    assert "노조창립일" in tooltip_at(view, date(2026, 12, 11))
    assert "삼일절" in view.day_text(date(2026, 3, 1))  # the public ones stay


def test_a_day_off_follows_the_public_holiday_and_stays_when_those_are_off(
    seeded: Seeded, app_settings: AppSettings, make_window: WindowFactory, qtbot: QtBot
) -> None:
    from tests.views.conftest import ENGLISH

    deploy(app_settings, d2026_11_26="Company picnic", d2026_11_27="창립기념일")
    window = make_window(locale=ENGLISH)
    qtbot.waitUntil(
        lambda: holiday(window, THANKSGIVING) == "Thanksgiving Day, Company picnic",
        timeout=10_000,
    )
    window.holidays.set_country("off")
    assert holiday(window, THANKSGIVING) == "Company picnic"
    assert holiday(window, FOUNDING) == "창립기념일"


def open_dialog(window: MainWindow, qtbot: QtBot) -> DaysOffDialog:
    qtbot.waitUntil(lambda: window.window_actions.menus_built)
    window.window_actions.days_off_action.trigger()
    dialog = window.holidays.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_users_own_day_off_is_added_in_the_dialog_and_kept(
    seeded: Seeded, app_settings: AppSettings, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    dialog = open_dialog(window, qtbot)
    dialog.date_edit.setDate(FOUNDING)
    dialog.name_edit.setText("팀 워크숍 휴무")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.topLevelItemCount() == 1
    dialog.ok_button.click()

    assert own_days_off(app_settings) == [DayOff(FOUNDING, "팀 워크숍 휴무")]
    qtbot.waitUntil(lambda: holiday(window, FOUNDING) == "팀 워크숍 휴무", timeout=10_000)

    # Removed again: the day is an ordinary day.
    dialog = open_dialog(window, qtbot)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    dialog.ok_button.click()
    assert own_days_off(app_settings) == []
    assert holiday(window, FOUNDING) == ""


def test_a_managed_day_off_cannot_be_removed_and_bad_input_is_refused_next_to_the_fields(
    seeded: Seeded, app_settings: AppSettings, make_window: WindowFactory, qtbot: QtBot
) -> None:
    deploy(app_settings, d2026_11_27="창립기념일")
    window = make_window()
    dialog = open_dialog(window, qtbot)
    item = dialog.list.topLevelItem(0)
    assert item.text(1) == "창립기념일"
    assert not item.flags() & Qt.ItemFlag.ItemIsSelectable  # greyed, locked
    dialog.list.setCurrentItem(item)
    assert not dialog.remove_button.isEnabled()

    dialog.date_edit.setDate(FOUNDING)
    dialog.name_edit.setText("내 휴무")
    dialog.add_button.click()
    assert "administrator" in dialog.error.text()
    dialog.date_edit.setDate(date(2026, 12, 1))
    dialog.name_edit.setText("<b>굵게</b>")
    dialog.add_button.click()
    assert dialog.error.isVisible() and "<" in dialog.error.text()
    dialog.name_edit.clear()
    dialog.add_button.click()
    assert dialog.error.isVisible()
    assert dialog.list.topLevelItemCount() == 1
    dialog.reject()
    assert own_days_off(app_settings) == []
    assert app_settings.system.value("company_days_off/2026-11-27") == "창립기념일"


@needs_poppler
def test_a_printed_month_names_the_day_off(
    seeded: Seeded,
    app_settings: AppSettings,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    deploy(app_settings, d2026_11_27="창립기념일")
    app_settings.set(HOLIDAY_COUNTRY, "off")  # a day off is printed even then
    window = make_window()
    path = tmp_path / "month.pdf"
    first, last = date(2026, 11, 1), date(2026, 11, 30)
    save(window, qtbot, path, ViewKind.MONTH, first, last, [seeded.development.id])
    assert "창립기념일" in flat(pdf_text(path))


def test_about_names_the_holiday_data_and_counts_the_days_off(
    seeded: Seeded, app_settings: AppSettings, make_window: WindowFactory, qtbot: QtBot
) -> None:
    import holidays

    deploy(app_settings, d2026_11_27="창립기념일", d2026_12_31="전사 휴무")
    window = make_window()
    qtbot.waitUntil(lambda: window.holidays.data is not None, timeout=10_000)
    window.window_actions.about_action.trigger()
    box = window.dialogs.about_box
    assert box is not None
    text = box.text()
    assert holidays.__version__ in text
    assert "2025" in text  # the last year of Korean decreed holidays in the built-in data
    assert "Company days off in effect: 2." in text
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
    QApplication.processEvents()
    assert TODAY.year == 2026
