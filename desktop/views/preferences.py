"""Edit ▸ Preferences: the user's own choices (the connection is File ▸ Settings).

:class:`TrayPreferences` is one self-contained group: keep running in the tray when the window
is closed, start at login, and the morning summary (on or off, and its time). Each group reads
its values when built and writes them in :meth:`TrayPreferences.apply`; a value the
administrator set for the whole computer is shown and cannot be changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from desktop.domain.morning import read_summary_time
from desktop.i18n import tr
from desktop.settings import AppSettings
from desktop.startup_entry import LoginStart
from desktop.views.widgets import dialog_layout, plain_label
from desktop.views.window.morning_summary import SUMMARY_ON, SUMMARY_TIME
from desktop.views.window.tray_menu import CLOSE_TO_TRAY

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


class TrayPreferences(QGroupBox):
    """Closing to the tray, start at login and the morning summary."""

    def __init__(
        self,
        settings: AppSettings,
        login: LoginStart,
        *,
        tray_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Preferences", "Tray and start"), parent)
        self.settings = settings
        self.login = login
        form = QFormLayout(self)
        self.close_to_tray = QCheckBox(
            tr("Preferences", "Keep running in the tray when the window is closed"), self
        )
        self.close_to_tray.setChecked(settings.get(CLOSE_TO_TRAY) == "tray")
        self.close_to_tray.setEnabled(tray_available and not settings.is_locked(CLOSE_TO_TRAY))
        if not tray_available:
            self.close_to_tray.setToolTip(
                tr("Preferences", "This desktop has no system tray: closing the window quits.")
            )
        form.addRow(self.close_to_tray)

        self.start_at_login = QCheckBox(
            tr("Preferences", "Start Department Calendar when I log in"), self
        )
        self.was_starting = login.is_enabled()
        self.start_at_login.setChecked(self.was_starting)
        self.start_at_login.setEnabled(login.available())
        if not login.available():
            self.start_at_login.setToolTip(
                tr(
                    "Preferences",
                    "No installed Department Calendar was found to start: install the app "
                    "to use this.",
                )
            )
        form.addRow(self.start_at_login)

        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.summary = QCheckBox(
            tr("Preferences", "Morning summary of today's events on working days, at"), row
        )
        self.summary.setChecked(bool(settings.get(SUMMARY_ON)))
        self.summary.setEnabled(not settings.is_locked(SUMMARY_ON))
        self.summary_time = QTimeEdit(row)
        self.summary_time.setDisplayFormat("HH:mm")
        at = read_summary_time(str(settings.get(SUMMARY_TIME)))
        self.summary_time.setTime(QTime(at.hour, at.minute))
        self.summary_time.setAccessibleName(tr("Preferences", "Morning summary time"))
        self.summary_time.setEnabled(not settings.is_locked(SUMMARY_TIME))
        line.addWidget(self.summary, 1)
        line.addWidget(self.summary_time)
        form.addRow(row)

    def apply(self) -> str:
        """Save the choices; an error message when start at login could not be changed."""
        settings = self.settings
        if self.close_to_tray.isEnabled():
            was = str(settings.get(CLOSE_TO_TRAY))
            checked = self.close_to_tray.isChecked()
            if checked or was == "tray":  # left unticked while never asked: still ask
                settings.set(CLOSE_TO_TRAY, "tray" if checked else "quit")
        if not settings.is_locked(SUMMARY_ON):
            settings.set(SUMMARY_ON, self.summary.isChecked())
        if not settings.is_locked(SUMMARY_TIME):
            settings.set(SUMMARY_TIME, self.summary_time.time().toString("HH:mm"))
        settings.sync()
        wanted = self.start_at_login.isChecked()
        if wanted == self.was_starting or not self.start_at_login.isEnabled():
            return ""
        try:
            self.login.set_enabled(wanted)
        except OSError as error:
            return tr(
                "Preferences",
                "Start at login could not be changed ({error}). Check that your user folder "
                "can be written to, then try again.",
            ).format(error=error.strerror or error)
        self.was_starting = wanted
        return ""


class PreferencesDialog(QDialog):
    """The user's preferences: the groups, then OK and Cancel."""

    def __init__(self, window: MainWindow, login: LoginStart | None = None) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("Preferences", "Preferences"))
        layout = dialog_layout(self)
        self.tray = TrayPreferences(
            window.settings,
            login or LoginStart(),
            tray_available=window.notifier.available(),
            parent=self,
        )
        layout.addWidget(self.tray)
        # Read-only (wall displays, reception PCs): desktop.views.window.read_only.
        access = QGroupBox(tr("Preferences", "Editing"), self)
        access_form = QFormLayout(access)
        self.read_only = QCheckBox(
            tr("Preferences", "Read-only: this computer only shows the calendar"), access
        )
        self.read_only.setChecked(window.read_only.active)
        self.read_only.setEnabled(not window.read_only.locked)
        self.read_only.setToolTip(
            tr("Preferences", "Set by your administrator.")
            if window.read_only.locked
            else tr(
                "Preferences",
                "For a wall display or a reception PC: no adding, changing, moving, deleting "
                "or importing events here.",
            )
        )
        access_form.addRow(self.read_only)
        layout.addWidget(access)
        # The reminders' defaults have their own dialog (View ▸ Reminders…); reached from here too.
        reminders = QPushButton(tr("Preferences", "Reminder defaults…"), self)
        reminders.clicked.connect(window.reminders.open_settings)
        layout.addWidget(reminders, 0, Qt.AlignmentFlag.AlignLeft)
        self.reminders_button = reminders
        # What could not be saved, and what to do (the dialog stays open).
        self.error_label = plain_label("", self)
        self.error_label.setObjectName("error")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._window = window
        self.error = ""

    def accept(self) -> None:
        self._window.read_only.set_active(self.read_only.isChecked())  # not when locked
        self.error = self.tray.apply()
        self._window.morning.settings_changed()
        self.error_label.setText(self.error)
        self.error_label.setVisible(bool(self.error))
        if self.error:
            return
        super().accept()


def open_preferences(window: MainWindow) -> PreferencesDialog:
    """Edit ▸ Preferences: the dialog, window-modal, gone when closed."""
    from PySide6.QtCore import Qt

    dialog = PreferencesDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
