"""The reminders panel: a small window listing the reminders shown and not yet dealt with.

A notification has no buttons on every system (``desktop.views.notifications``), so Snooze
and Dismiss live here; a click on a notification opens it. Non-modal: the calendar stays
usable beside it. Titles and department names come from the tables: shown as plain text
(list items), elided and bidi-isolated.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop.domain.display import elided, isolated
from desktop.domain.reminders import Due, fire_text
from desktop.i18n import tr
from desktop.views.formats import TimeStyle
from desktop.views.widgets import dialog_layout, plain_label

_CONTEXT = "Reminders"
SNOOZE_MINUTES = (5, 10, 30)


def reminder_line(due: Due, department: str) -> str:
    """``오후 2:00 팀 회의 · 개발팀``: the notification's title and the panel's first line."""
    text = fire_text(due.event, TimeStyle.hour24, TimeStyle.language)
    # Within a notification's title (120 characters), the department included.
    return f"{isolated(text, 80)} · {isolated(' '.join(department.split()), 30)}"


def reminder_when(due: Due, locale: QLocale) -> str:
    """The event's day and when the reminder came: ``12월 3일 (목) · 오후 1:50에 알림``."""
    day = due.event.event_date
    qday = QDate(day.year, day.month, day.day)
    moment = QTime(due.moment.hour, due.moment.minute)
    pattern = "M월 d일 (ddd)" if locale.language() == QLocale.Language.Korean else "ddd, MMM d"
    return tr(_CONTEXT, "{day} · reminded at {time}").format(
        day=locale.toString(qday, pattern),
        time=locale.toString(moment, QLocale.FormatType.ShortFormat),
    )


class RemindersPanel(QWidget):
    """``snoozeRequested(list[Due], minutes)``, ``dismissRequested(list[Due])``,
    ``openRequested(Due)`` (double-click or Enter on a reminder)."""

    snoozeRequested = Signal(object, int)  # noqa: N815
    dismissRequested = Signal(object)  # noqa: N815
    openRequested = Signal(object)  # noqa: N815

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._locale = locale
        self.setLocale(locale)
        self.setWindowTitle(tr(_CONTEXT, "Reminders"))
        self.setMinimumSize(360, 240)
        self.resize(480, 320)
        self.reminders: list[Due] = []

        self.summary = plain_label("", self)
        self.summary.setObjectName("reminderSummary")
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr(_CONTEXT, "Reminders due"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # A long title (at most 80 characters, display.isolated) wraps rather than hides the day.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # lines laid out at the width shown
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(self._activated)

        buttons = QHBoxLayout()
        snooze = QLabel(tr(_CONTEXT, "Snooze:"), self)
        snooze.setTextFormat(Qt.TextFormat.PlainText)
        buttons.addWidget(snooze)
        self.snooze_buttons: dict[int, QPushButton] = {}
        for minutes in SNOOZE_MINUTES:
            button = QPushButton(tr(_CONTEXT, "%n min", n=minutes), self)
            button.setToolTip(tr(_CONTEXT, "Remind me again in %n minutes", n=minutes))
            button.clicked.connect(lambda _=False, m=minutes: self._snooze(m))
            buttons.addWidget(button)
            self.snooze_buttons[minutes] = button
        buttons.addStretch(1)
        self.dismiss_button = QPushButton(tr(_CONTEXT, "&Dismiss"), self)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.dismiss_all_button = QPushButton(tr(_CONTEXT, "Dismiss &all"), self)
        self.dismiss_all_button.clicked.connect(lambda: self.dismissRequested.emit(self.reminders))
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.dismiss_all_button)

        layout = dialog_layout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_reminders([], lambda _id: "")

    def set_reminders(self, reminders: list[Due], department: Callable[[str], str]) -> None:
        """Show ``reminders`` (the selection is kept for those still listed)."""
        chosen = {due.state_key for due in self.selected()}
        self.reminders = list(reminders)
        self.list.clear()
        for due in self.reminders:
            line = reminder_line(due, department(due.event.department_id))
            item = QListWidgetItem(f"{line}\n{reminder_when(due, self._locale)}")
            item.setData(Qt.ItemDataRole.UserRole, due)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, elided(line))
            self.list.addItem(item)
            item.setSelected(due.state_key in chosen)
        if self.reminders and not self.list.selectedItems():
            self.list.setCurrentRow(0)
        count = len(self.reminders)
        self.summary.setText(
            tr(_CONTEXT, "%n reminders due.", n=count)
            if count
            else tr(_CONTEXT, "No reminders due. Reminders appear here when they come.")
        )
        self.dismiss_all_button.setEnabled(bool(count))
        self._selection_changed()

    def selected(self) -> list[Due]:
        found = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        return [due for due in found if isinstance(due, Due)]

    def select(self, keys: set[tuple[str, str, datetime]]) -> None:
        """Select the reminders of ``keys`` (those a clicked notification named)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            due = item.data(Qt.ItemDataRole.UserRole)
            item.setSelected(isinstance(due, Due) and due.state_key in keys)

    def _selection_changed(self) -> None:
        has = bool(self.selected())
        for button in (*self.snooze_buttons.values(), self.dismiss_button):
            button.setEnabled(has)

    def _snooze(self, minutes: int) -> None:
        chosen = self.selected()
        if chosen:
            self.snoozeRequested.emit(chosen, minutes)

    def _dismiss(self) -> None:
        chosen = self.selected()
        if chosen:
            self.dismissRequested.emit(chosen)

    def _activated(self, item: QListWidgetItem) -> None:
        due = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(due, Due):
            self.openRequested.emit(due)
