"""Go to date: a typed date (``12월 25일``, ``다음 주 금요일``, ``dec 25``) or a calendar click.

What is typed is read by :func:`desktop.domain.typed_dates.parse_typed_date` as it is typed;
the calendar follows it. Text that names no date is kept, and a message beside the field says
what can be typed; OK then stays in the dialog.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from desktop.domain.typed_dates import parse_typed_date
from desktop.i18n import tr
from desktop.views.week_days import style_calendar
from desktop.views.widgets import (
    ErrorLabel,
    buddy_label,
    dialog_layout,
    field_with_error,
    pydate,
    qdate,
)

_CONTEXT = "GoToDateDialog"


class GoToDateDialog(QDialog):
    def __init__(
        self, current: date, today: date, locale: QLocale, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.setWindowTitle(tr(_CONTEXT, "Go to date"))
        layout = dialog_layout(self)
        self.date_edit = QLineEdit(self)
        self.date_edit.setAccessibleName(tr(_CONTEXT, "Date"))
        self.date_edit.setPlaceholderText(tr(_CONTEXT, "e.g. 12/25, tomorrow, next friday"))
        self.date_edit.setClearButtonEnabled(True)
        self.error_label = ErrorLabel(self)
        layout.addWidget(buddy_label(tr(_CONTEXT, "&Type a date:"), self.date_edit, self))
        layout.addLayout(field_with_error(self.date_edit, self.error_label))
        self.calendar = QCalendarWidget(self)
        self.calendar.setLocale(locale)
        style_calendar(self.calendar, locale)
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(qdate(current))
        self.calendar.activated.connect(self._calendar_activated)
        layout.addWidget(self.calendar)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr(_CONTEXT, "Go"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr(_CONTEXT, "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.date_edit.textChanged.connect(self._typed)
        self.date_edit.setFocus()

    def chosen(self) -> date:
        """The date to go to: the calendar's, which follows what is typed."""
        return pydate(self.calendar.selectedDate())

    def _typed(self, text: str) -> None:
        found = parse_typed_date(text, self._today)
        if found is not None:
            self.calendar.setSelectedDate(QDate(found.year, found.month, found.day))
        # Said once the text is finished (OK or Enter), not at every keystroke.
        if found is not None or not text.strip():
            self._say("")

    def _say(self, message: str) -> None:
        self.error_label.set_message(message)
        self.date_edit.setAccessibleDescription(message)

    def _calendar_activated(self, _day: QDate) -> None:
        self.date_edit.clear()
        self._say("")
        super().accept()

    def accept(self) -> None:
        text = self.date_edit.text()
        if text.strip() and parse_typed_date(text, self._today) is None:
            self._say(
                tr(
                    _CONTEXT,
                    "This date could not be read. Type it like 2026-12-25, 12/25, "
                    "Dec 25, tomorrow or next friday, or pick it in the calendar.",
                )
            )
            self.date_edit.setFocus()
            return
        super().accept()


__all__ = ["GoToDateDialog"]
