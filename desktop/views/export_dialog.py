"""Choose the range of an iCalendar export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.domain.calendar import add_months, month_end
from desktop.i18n import tr
from desktop.views.widgets import edit_date_format


class ExportDialog(QDialog):
    def __init__(self, month: date, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ExportDialog", "Export to iCalendar"))
        self.setMinimumWidth(440)
        layout = QFormLayout(self)
        note = QLabel(
            tr(
                "ExportDialog",
                "Exports every event of the shown departments in the range, for Outlook, "
                "Google Calendar or a phone. Months not saved on this computer are fetched "
                "first; if some cannot be, you are told which before any file is written.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addRow(note)
        self.start_edit = QDateEdit(QDate(month.year, month.month, 1), self)
        last = month_end(add_months(month, 2))
        self.end_edit = QDateEdit(QDate(last.year, last.month, last.day), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setLocale(locale)
            edit.setDisplayFormat(edit_date_format(locale))
        layout.addRow(tr("ExportDialog", "&From:"), self.start_edit)
        layout.addRow(tr("ExportDialog", "&To:"), self.end_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("ExportDialog", "Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.start_edit.dateChanged.connect(self._check)
        self.end_edit.dateChanged.connect(self._check)

    def _check(self) -> None:
        self.ok_button.setEnabled(self.start_edit.date() <= self.end_edit.date())

    def range(self) -> tuple[date, date]:
        start: date = self.start_edit.date().toPython()  # type: ignore[assignment]
        end: date = self.end_edit.date().toPython()  # type: ignore[assignment]
        return start, end
