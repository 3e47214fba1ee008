"""Quick add: one line typed, read as day, time and title, shown before it is saved.

The toolbar's Quick add, Ctrl+Shift+N and the tray's menu open it (:meth:`QuickAdd.open`).
The line is read by :func:`desktop.domain.quick_add.parse_quick_add` as it is typed; the
preview under it says the day (the locale's long form, with the weekday), the time and the
title, or what could not be read (then Save is disabled). Enter saves through the same path
as the event dialog's new event (the outbox, shown at once, Undo). Esc hides the popup and
keeps the text for the next opening in this session: nothing typed is lost.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
)

from desktop.data.errors import StoreError, ValidationFailed
from desktop.domain.display import elided, isolated
from desktop.domain.models import Event, new_id
from desktop.domain.quick_add import QuickEvent, parse_quick_add
from desktop.i18n import tr
from desktop.views.formats import TimeStyle, long_date, shown_time
from desktop.views.widgets import buddy_label, plain_label
from desktop.views.window.editing import not_kept

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

_CONTEXT = "QuickAdd"
_WIDTH = 440  # the popup's width: a preview line of about 50 characters
_TITLE_SHOWN = 80  # characters of the title in the preview (the whole title is saved)


class QuickAddPopup(QDialog):
    """The line, its preview and the department; ``draft()`` is what Save keeps."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("quickAdd")
        self.setWindowTitle(tr(_CONTEXT, "Quick add"))
        self.setFixedWidth(_WIDTH)
        self.line = QLineEdit(self)
        self.line.setObjectName("quickAddLine")
        self.line.setPlaceholderText(tr(_CONTEXT, "e.g. tomorrow 3pm review, or fri 9:30 standup"))
        self.line.setAccessibleName(tr(_CONTEXT, "Day, time and title"))
        self.line.setClearButtonEnabled(True)
        self.when = self._preview_label("quickAddWhen")
        font = self.when.font()
        font.setBold(True)
        self.when.setFont(font)
        self.title = self._preview_label("quickAddTitle")
        self.problem = plain_label("", self)
        self.problem.setObjectName("quickAddProblem")
        self.problem.setProperty("role", "error")
        self.department = QComboBox(self)
        self.department.setObjectName("quickAddDepartment")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(
            buddy_label(tr(_CONTEXT, "&Department:"), self.department, self), self.department
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(self.when)
        layout.addWidget(self.title)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reading = parse_quick_add("", self._now())
        self.line.textChanged.connect(self._read)
        self._read(self.line.text())

    def _preview_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        # A long title is cut, never widens the popup.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _now(self) -> datetime:
        """The window's today (it follows midnight) at this computer's time of day."""
        return datetime.combine(self._window.today, datetime.now().time())

    def fill_departments(self) -> None:
        """The window's departments, the selected one (or the first) chosen."""
        window = self._window
        chosen = window.departments_panel.current_id()
        self.department.clear()
        for department in window.departments:
            self.department.addItem(elided(department.name), department.id)
        index = self.department.findData(chosen)
        self.department.setCurrentIndex(max(index, 0))
        self._read(self.line.text())

    def _read(self, text: str) -> None:
        reading = parse_quick_add(text, self._now())
        self.reading = reading
        if reading.day is not None:
            when = long_date(self._window.locale_, reading.day)
            written = reading.time_text(TimeStyle.hour24, TimeStyle.language)
            shown = shown_time(written) if written else tr(_CONTEXT, "all day")
            self.when.setText(f"{when} · {shown}")
        else:
            self.when.setText("")
        self.title.setText(
            tr(_CONTEXT, "Title: {title}").format(title=isolated(reading.title, _TITLE_SHOWN))
            if reading.title
            else ""
        )
        self.problem.setText("" if not text.strip() else reading.reason())
        self._fit()
        self.save_button.setEnabled(reading.ok and self.department.count() > 0)

    def _fit(self) -> None:
        """Only the preview's lines that say something take room; the popup fits them."""
        for label in (self.when, self.title, self.problem):
            label.setVisible(bool(label.text()))
        if self.isVisible():
            self.adjustSize()

    def draft(self) -> Event | None:
        """The event Save keeps; None while the line cannot be read."""
        reading: QuickEvent = self.reading
        department_id = self.department.currentData()
        if not reading.ok or reading.day is None or not isinstance(department_id, str):
            return None
        written = reading.time_text(TimeStyle.hour24, TimeStyle.language)
        return Event(new_id(), department_id, reading.day, reading.title, time=written)

    def save(self) -> None:
        from desktop.domain.rules import validate_event

        draft = self.draft()
        if draft is None:
            return
        try:
            validate_event(draft)  # the size limit of an item
        except ValidationFailed as error:
            self.show_error(error)
            return
        self.line.clear()  # kept: the event is shown at once; a failure puts the line back
        self.hide()
        typed = self.reading.text

        def failed(error: BaseException) -> None:
            self.line.setText(typed)
            self._window.quick_add.open()
            self.show_error(not_kept(error))

        self._window.editing.save_new(draft, failed)

    def show_error(self, error: StoreError) -> None:
        self.problem.setText(str(error))
        self._fit()


class QuickAdd:
    """The window's quick add: ``open()`` shows the popup (made on first use)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.popup: QuickAddPopup | None = None

    def open(self) -> None:
        """Show the popup over the window, with the text left in it (if any) selected."""
        window = self._window
        if window.read_only.active:  # the tray's and Ctrl+Shift+N: hidden on a read-only window
            return
        if not window.departments:
            window.departments_admin.manage_departments()
            return
        if not window.isVisible() or window.isMinimized():  # opened from the tray
            window.bring_to_front()
        if self.popup is None:
            self.popup = QuickAddPopup(window)
        popup = self.popup
        popup.fill_departments()
        popup.line.selectAll()
        popup.adjustSize()
        popup.show()
        popup.activateWindow()
        popup.line.setFocus()
