"""The selected event's details. Every user text is plain text; links only for http(s)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.display import elided, isolated
from desktop.domain.validation import is_web_url
from desktop.i18n import tr
from desktop.views.formats import shown_time
from desktop.views.month_model import DayEntry


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailPanel(QFrame):
    """The selected event, with Edit, Duplicate and Delete for it (the window acts)."""

    editRequested = Signal(object)  # noqa: N815  (DayEntry)
    duplicateRequested = Signal(object)  # noqa: N815  (DayEntry)
    deleteRequested = Signal(object)  # noqa: N815  (DayEntry)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(tr("DetailPanel", "Event details"))
        layout = QVBoxLayout(self)
        self.title = _plain_label(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.when = _plain_label(self)
        self.department = _plain_label(self)
        self.url = QLabel(self)
        self.url.setWordWrap(True)
        self.url.setOpenExternalLinks(True)
        self.state = _plain_label(self)
        form.addRow(tr("DetailPanel", "When:"), self.when)
        form.addRow(tr("DetailPanel", "Department:"), self.department)
        form.addRow(tr("DetailPanel", "Link:"), self.url)
        form.addRow(tr("DetailPanel", "Status:"), self.state)
        layout.addLayout(form)
        self.buttons = QWidget(self)
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit_button = self._button(tr("DetailPanel", "&Edit…"), self.editRequested)
        self.duplicate_button = self._button(
            tr("DetailPanel", "D&uplicate"), self.duplicateRequested
        )
        self.delete_button = self._button(tr("DetailPanel", "&Delete"), self.deleteRequested)
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.buttons)
        self.description = QPlainTextEdit(self)
        self.description.setReadOnly(True)
        self.description.setAccessibleName(tr("DetailPanel", "Description"))
        layout.addWidget(self.description, 1)
        self.empty = _plain_label(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setText(tr("DetailPanel", "Select an event to see its details."))
        layout.addWidget(self.empty)
        self._form = form
        self.entry: DayEntry | None = None
        self.show_entry(None)

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)

        def clicked() -> None:
            if self.entry is not None:
                signal.emit(self.entry)

        button.clicked.connect(clicked)
        return button

    def show_entry(self, entry: DayEntry | None, locale: QLocale | None = None) -> None:
        self.entry = entry
        has = entry is not None
        for widget in (self.title, self.description, self.buttons):
            widget.setVisible(has)
        for row in range(self._form.rowCount()):
            self._form.setRowVisible(row, has)
        self.empty.setVisible(not has)
        if entry is None:
            return
        event = entry.event
        locale = locale or QLocale()
        self.title.setText(elided(event.title))
        when = _date_text(event.event_date, locale)
        time = shown_time(event.time)
        self.when.setText(f"{when}  {isolated(time)}" if time else when)
        self.department.setText(elided(entry.department_name))
        self.url.setText(link_html(event.url))
        self.url.setTextFormat(
            Qt.TextFormat.RichText if is_web_url(event.url) else Qt.TextFormat.PlainText
        )
        self._form.setRowVisible(self._form.rowCount() - 2, bool(event.url))
        self.state.setText(
            {
                "pending": tr("DetailPanel", "Waiting to be sent"),
                "conflict": tr("DetailPanel", "Conflict: needs your decision"),
            }.get(entry.state, "")
        )
        self._form.setRowVisible(self._form.rowCount() - 1, bool(entry.state))
        self.description.setPlainText(event.description)
        self.description.setVisible(bool(event.description))


def link_html(url: str) -> str:
    """A clickable link for http(s) URLs; any other scheme stays plain text, never opened."""
    if not is_web_url(url):
        return elided(url)
    return f'<a href="{escape(url, quote=True)}">{escape(elided(url), quote=True)}</a>'


def _date_text(day: date, locale: QLocale) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
