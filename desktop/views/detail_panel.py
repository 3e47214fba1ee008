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
from desktop.domain.models import Event
from desktop.domain.series import link_of, parse_repeat, rule_start
from desktop.domain.validation import is_web_url
from desktop.i18n import tr
from desktop.views.formats import shown_time
from desktop.views.lunar_text import full_text_of
from desktop.views.month_model import DayEntry
from desktop.views.repeat_text import describe, describe_span


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
        self.series = _plain_label(self)
        self.url = QLabel(self)
        self.url.setWordWrap(True)
        self.url.setOpenExternalLinks(True)
        self.state = _plain_label(self)
        form.addRow(tr("DetailPanel", "When:"), self.when)
        form.addRow(tr("DetailPanel", "Department:"), self.department)
        self.series_label = _plain_label(self)
        form.addRow(self.series_label, self.series)
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
        self.editable = True  # Edit, Duplicate and Delete offered (not on a read-only window)
        self.show_entry(None)

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)

        def clicked() -> None:
            if self.entry is not None:
                signal.emit(self.entry)

        button.clicked.connect(clicked)
        return button

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.buttons.setVisible(self.entry is not None and editable)

    def show_entry(self, entry: DayEntry | None, locale: QLocale | None = None) -> None:
        self.entry = entry
        has = entry is not None
        for widget in (self.title, self.description, self.buttons):
            widget.setVisible(has)
        self.buttons.setVisible(has and self.editable)
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
        when = f"{when}  {isolated(time)}" if time else when
        lunar = full_text_of(event.event_date)  # View ▸ Lunar dates: on its own line
        self.when.setText(f"{when}\n{lunar}" if lunar else when)
        self.department.setText(elided(entry.department_name))
        self.series.setText(series_text(event, locale))
        link = link_of(event)
        self.series_label.setText(
            tr("DetailPanel", "Repeats:")
            if link is not None and link.repeating
            else tr("DetailPanel", "Days:")
        )
        self._form.setRowVisible(2, bool(self.series.text()))
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


def series_text(event: Event, locale: QLocale) -> str:
    """How the event's series repeats, or the days of its multi-day event; "" for neither."""
    link = link_of(event)
    if link is None:
        return ""
    if link.rule is not None:
        repeat = parse_repeat(link.rule)
        start = rule_start(link.rule) or link.day
        if repeat is None:
            return tr("DetailPanel", "Repeats by a rule this app does not show")
        return describe(repeat, start, locale)
    if link.multi_day and link.days is not None:
        return describe_span(link.days[0], link.days[1], locale)
    return ""


def _date_text(day: date, locale: QLocale) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
