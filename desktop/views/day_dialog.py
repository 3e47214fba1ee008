"""Every event of one day (the month cell's "+N more"): open, add or delete from here.

The dialog only emits requests; the window edits, creates or deletes. All text is plain.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.display import elided
from desktop.i18n import tr
from desktop.views.colors import saturday_color, secondary_text, sunday_color
from desktop.views.departments_panel import color_icon
from desktop.views.formats import shown_time
from desktop.views.month_model import DayEntry
from desktop.views.week_days import BLUE, RED, day_kind
from desktop.views.widgets import plain_label, qdate

_CONTEXT = "DayDialog"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's position in the entries list


class _EntryList(QTreeWidget):
    """The day's events; Delete (or Backspace) asks to delete the current one."""

    deletePressed = Signal()  # noqa: N815

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.deletePressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class DayDialog(QDialog):
    TIME_COLUMN, TITLE_COLUMN, DEPARTMENT_COLUMN = 0, 1, 2

    editRequested = Signal(object)  # noqa: N815  (DayEntry)
    newRequested = Signal(object)  # noqa: N815  (date)
    deleteRequested = Signal(object)  # noqa: N815  (DayEntry)
    menuRequested = Signal(object, QPoint)  # noqa: N815  (DayEntry | None, global position)

    def __init__(
        self,
        day: date,
        entries: list[DayEntry],
        locale: QLocale,
        parent: QWidget | None = None,
        *,
        holiday: str = "",
    ) -> None:
        super().__init__(parent)
        self.day = day
        self.entries: list[DayEntry] = []
        self._locale = locale
        self.setLocale(locale)
        date_text = locale.toString(qdate(day), QLocale.FormatType.LongFormat)
        self.setWindowTitle(date_text)
        self.setMinimumSize(420, 320)
        self.setSizeGripEnabled(True)

        self.heading = plain_label(date_text, self)
        self.heading.setObjectName("heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.holiday_label = plain_label(holiday, self)
        self.holiday_label.setObjectName("holiday")
        self.holiday_label.setVisible(bool(holiday))
        self._tint(self.holiday_label, sunday_color(self.palette()))
        # As Korean calendars print them: holidays and weekend days red, a weekend Saturday blue.
        kind = day_kind(day.isoweekday(), bool(holiday))
        if kind == RED:
            self._tint(self.heading, sunday_color(self.palette()))
        elif kind == BLUE:
            self._tint(self.heading, saturday_color(self.palette()))

        self.list = _EntryList(self)
        self.list.setAccessibleName(tr(_CONTEXT, "Events on {date}").format(date=date_text))
        self.list.setColumnCount(3)
        self.list.setHeaderLabels(
            [tr(_CONTEXT, "Time"), tr(_CONTEXT, "Title"), tr(_CONTEXT, "Department")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.TIME_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.DEPARTMENT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(self._activated)
        self.list.deletePressed.connect(self._delete_current)
        self.list.customContextMenuRequested.connect(self._context_menu)

        self.empty_label = plain_label(tr(_CONTEXT, "No events on this day."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.hint = plain_label(
            tr(_CONTEXT, "Double-click or press Enter to open an event; Delete removes it."), self
        )
        # Quieter than the list, still readable (a disabled label's grey was 1.6:1).
        for quiet in (self.empty_label, self.hint):
            self._tint(quiet, secondary_text(self.palette()))

        self.new_button = QPushButton(tr(_CONTEXT, "&New event…"), self)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.newRequested.emit(self.day))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr(_CONTEXT, "Close"))
        close.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        title_box = QVBoxLayout()
        title_box.setSpacing(2)
        title_box.addWidget(self.heading)
        title_box.addWidget(self.holiday_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(title_box)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.hint)
        layout.addLayout(bottom)

        self.set_entries(entries)
        self.resize(520, 380)
        self.list.setFocus()

    def set_editable(self, editable: bool) -> None:
        """A read-only window's day: its events to read, no New event, no editing hint."""
        self.new_button.setVisible(editable)
        self.hint.setVisible(editable)

    @staticmethod
    def _tint(label: QWidget, color: QColor) -> None:
        palette = QPalette(label.palette())
        palette.setColor(QPalette.ColorRole.WindowText, color)
        label.setPalette(palette)

    def set_entries(self, entries: list[DayEntry]) -> None:
        """Show these entries (in the given order); keeps the current event when it stays."""
        current = self.current_entry()
        self.entries = list(entries)
        self.list.clear()
        for position, entry in enumerate(self.entries):
            event = entry.event
            department = elided(entry.department_name)
            time = elided(shown_time(event.time))
            item = QTreeWidgetItem([time, elided(event.title), department])
            item.setIcon(self.DEPARTMENT_COLUMN, color_icon(entry.color))
            item.setData(self.TIME_COLUMN, ENTRY_ROLE, position)
            label = entry.label()
            if entry.state == "pending":
                label += ", " + tr(_CONTEXT, "waiting to be sent")
            elif entry.state == "conflict":
                label += ", " + tr(_CONTEXT, "conflict: needs your decision")
            item.setData(
                self.TITLE_COLUMN,
                Qt.ItemDataRole.AccessibleTextRole,
                f"{label}, {department}",
            )
            if entry.state:
                font = QFont(item.font(self.TITLE_COLUMN))
                font.setItalic(True)
                item.setFont(self.TITLE_COLUMN, font)
            self.list.addTopLevelItem(item)
        has = bool(self.entries)
        self.list.setVisible(has)
        self.hint.setVisible(has)
        self.empty_label.setVisible(not has)
        if has:
            current_id = current.event.id if current is not None else None
            keep = next((i for i, e in enumerate(self.entries) if e.event.id == current_id), 0)
            kept = self.list.topLevelItem(keep)
            if kept is not None:
                self.list.setCurrentItem(kept)
        else:
            self.new_button.setFocus()

    def current_entry(self) -> DayEntry | None:
        return self._entry_of(self.list.currentItem())

    def _entry_of(self, item: QTreeWidgetItem | None) -> DayEntry | None:
        if item is None:
            return None
        position = item.data(self.TIME_COLUMN, ENTRY_ROLE)
        if isinstance(position, int) and 0 <= position < len(self.entries):
            return self.entries[position]
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = self._entry_of(item)
        if entry is not None:
            self.editRequested.emit(entry)

    def _delete_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.deleteRequested.emit(entry)

    def _context_menu(self, position: QPoint) -> None:
        """The window's event menu for the event under the mouse (or the day's, below them)."""
        item = self.list.itemAt(position)
        if item is not None:
            self.list.setCurrentItem(item)
        self.menuRequested.emit(self._entry_of(item), self.list.viewport().mapToGlobal(position))


__all__ = ["DayDialog"]
