"""Edit ▸ Preferences: closing to the tray, start at login and the morning summary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.startup_entry import LoginStart
from desktop.views.main_window import MainWindow
from desktop.views.notifications import Notifier
from desktop.views.preferences import PreferencesDialog
from desktop.views.window.morning_summary import SUMMARY_ON, SUMMARY_TIME
from desktop.views.window.tray_menu import CLOSE_TO_TRAY
from tests.views.conftest import Seeded, WindowFactory

# The offscreen platform's note on a dialog shown on its own.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(
    seeded: Seeded, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """A window on a system with a tray (the offscreen platform has none)."""
    monkeypatch.setattr(Notifier, "available", staticmethod(lambda: True))
    monkeypatch.setattr(Notifier, "show_icon", lambda _self, _tooltip: None)
    window = make_window()
    window.tray.quit_app = lambda: None
    window.tray.ask_close = lambda: "quit"
    yield window
    window.tray.quit()  # never the first close's question at the end
    QApplication.setQuitOnLastWindowClosed(True)


def test_the_choices_are_saved_and_start_at_login_writes_the_entry(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    login = LoginStart("linux", home=tmp_path, config_home=tmp_path, command=["/usr/bin/deptcal"])
    dialog = PreferencesDialog(window, login)
    qtbot.addWidget(dialog)
    group = dialog.tray
    assert not group.close_to_tray.isChecked() and not group.summary.isChecked()
    assert group.summary_time.time() == QTime(8, 30)
    group.close_to_tray.setChecked(True)
    group.start_at_login.setChecked(True)
    group.summary.setChecked(True)
    group.summary_time.setTime(QTime(7, 45))
    dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    settings = window.settings
    assert settings.get(CLOSE_TO_TRAY) == "tray"
    assert settings.get(SUMMARY_ON) is True and settings.get(SUMMARY_TIME) == "07:45"
    assert (tmp_path / "autostart" / "deptcal.desktop").is_file()
    assert window.morning.timer.isActive()  # the summary looks for its time from now on

    again = PreferencesDialog(window, login)
    qtbot.addWidget(again)
    assert again.tray.start_at_login.isChecked() and again.tray.close_to_tray.isChecked()
    again.tray.start_at_login.setChecked(False)
    again.tray.close_to_tray.setChecked(False)
    again.accept()
    assert not (tmp_path / "autostart" / "deptcal.desktop").exists()
    assert settings.get(CLOSE_TO_TRAY) == "quit"


def test_leaving_the_tray_box_unticked_still_asks_on_the_first_close(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    login = LoginStart("linux", home=tmp_path, config_home=tmp_path, command=[])
    dialog = PreferencesDialog(window, login)
    qtbot.addWidget(dialog)
    assert not dialog.tray.start_at_login.isEnabled()  # nothing installed to start
    dialog.accept()
    assert window.settings.get(CLOSE_TO_TRAY) == ""


def test_a_folder_that_cannot_be_written_is_said_and_the_dialog_stays(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    blocked = tmp_path / "config"
    blocked.write_text("a file where the folder should be")
    login = LoginStart("linux", home=tmp_path, config_home=blocked, command=["/usr/bin/deptcal"])
    dialog = PreferencesDialog(window, login)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tray.start_at_login.setChecked(True)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "Start at login could not be changed" in dialog.error_label.text()
    assert "try again" in dialog.error_label.text()


def test_edit_menu_opens_the_preferences(window: MainWindow, qtbot: QtBot) -> None:
    window.finish_building()
    assert window.window_actions.preferences_action in window.window_actions.edit_menu.actions()
    window.window_actions.preferences_action.trigger()
    dialog = window.window_actions.preferences_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


def test_the_preferences_reach_the_reminder_defaults(window: MainWindow, qtbot: QtBot) -> None:
    from desktop.views.reminder_settings import ReminderSettingsDialog

    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.reminders_button.click()
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReminderSettingsDialog)]
    qtbot.waitUntil(lambda: any(w.isVisible() for w in opened))
    for shown in opened:
        shown.reject()
