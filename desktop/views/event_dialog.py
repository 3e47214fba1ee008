"""The event editor: new or edit, validated as the user types, saved by the window.

The dialog never touches the data layer. Save emits :attr:`EventDialog.saveRequested` with a
draft and turns the dialog busy; the window runs the store call on a worker and answers with
``accept()`` or ``show_error(error)``. Every user text is shown as plain text.
"""

from __future__ import annotations

from datetime import date, time
from functools import partial
from itertools import pairwise

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.data.errors import StoreError, ValidationFailed
from desktop.domain.display import TEXT_LIMIT, elided, isolated
from desktop.domain.models import Department, Event, new_id
from desktop.domain.reminders import USE_DEFAULT, Rule
from desktop.domain.series import Repeat, link_of
from desktop.domain.timetext import format_time_text, parse_time_text, start_time
from desktop.domain.validation import time_errors, validate_event_fields
from desktop.i18n import tr
from desktop.views.colors import department_color
from desktop.views.departments_panel import color_icon
from desktop.views.formats import written_time
from desktop.views.reminder_choices import ReminderCombo
from desktop.views.repeat_editor import RepeatEditor, SpanEditor, exclusive
from desktop.views.week_days import style_calendar
from desktop.views.widgets import (
    ErrorBanner,
    ErrorLabel,
    after_paint,
    ask,
    buddy_label,
    dialog_footer,
    dialog_layout,
    edit_date_format,
    field_with_error,
    plain_label,
    pydate,
    qdate,
)

_CONTEXT = "EventDialog"
# The fields a FieldError may name; "" (or anything else) is shown at the top of the dialog.
FIELDS = ("title", "event_date", "last_day", "time", "repeat", "url", "description")
SLOT_MINUTES = 30
_DEFAULT_SLOT = time(9, 0)


# --- parts shared by the dialogs ------------------------------------------------------------


class TimeCombo(QComboBox):
    """Free text for the time, with a list of times every 30 minutes to pick from.

    Whatever is typed is kept exactly (the web app stores free text); picking a time writes
    it as the locale's language writes it (``오후 2:00`` / ``2:00 PM``); the first entry,
    "All day / no time", empties the field.
    """

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self._line = QLineEdit(self)
        self.setLineEdit(self._line)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # No matching of typed text against the list: "2:00 pm" must not become "2:00 PM".
        self.setDuplicatesEnabled(True)
        self.setCompleter(None)  # type: ignore[arg-type]  # None removes the completer
        self.setMaxVisibleItems(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        all_day = tr(_CONTEXT, "All day / no time")
        self.addItem(all_day, "")
        language = locale.name()
        for minutes in range(0, 24 * 60, SLOT_MINUTES):
            slot = time(minutes // 60, minutes % 60)
            self.addItem(format_time_text(slot, language), slot.strftime("%H:%M"))
        self._line.setPlaceholderText(all_day)
        self.setEditText("")
        self._line.setClearButtonEnabled(True)  # after emptying: no fading-out button
        self.activated.connect(self._picked)
        self.currentIndexChanged.connect(self._picked)

    def text(self) -> str:
        """The time exactly as typed or picked; empty for all day."""
        return self._line.text()

    def set_text(self, text: str) -> None:
        self.setEditText(text)

    def row_for(self, text: str) -> int:
        """The list row nearest below the time in ``text`` (9:00 when it is not a time)."""
        parsed = start_time(text) or _DEFAULT_SLOT  # a range: its start
        return 1 + (parsed.hour * 60 + parsed.minute) // SLOT_MINUTES

    def showPopup(self) -> None:  # noqa: N802
        super().showPopup()
        index = self.model().index(self.row_for(self.text()), 0)
        view = self.view()
        view.setCurrentIndex(index)
        view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Up/Down step from the time shown, not from wherever the list was last.
        unmodified = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and unmodified:
            row = self.row_for(self.text())
            parsed = parse_time_text(self.text())
            if parsed is not None:
                on_slot = (parsed.hour * 60 + parsed.minute) % SLOT_MINUTES == 0
                if event.key() == Qt.Key.Key_Down:
                    row += 1
                elif on_slot:
                    row -= 1
            row = min(max(row, 1), self.count() - 1)
            self.setCurrentIndex(row)
            self.setEditText(self.itemText(row))
            event.accept()
            return
        super().keyPressEvent(event)

    def _picked(self, row: int) -> None:
        if row == 0:
            self.setEditText("")


# --- the dialog -------------------------------------------------------------------------------


class EventDialog(QDialog):
    """Create or edit one event. Emits :attr:`saveRequested`; never saves by itself."""

    saveRequested = Signal(object)  # noqa: N815  (the draft Event)

    def __init__(
        self,
        departments: list[Department],
        event: Event | None,
        *,
        default_date: date,
        default_department_id: str,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.original: Event | None = event
        self._departments = list(departments)
        self._locale = locale
        self._new_id = new_id()  # once per dialog: a retried save creates the same item
        # The items a save made when it made more than one (a series, a multi-day event).
        self.made: list[Event] = []
        self._busy = False
        self._title_touched = event is not None
        self._description_to_fill: str | None = None  # a long one, shown after the first paint
        self._server_errors: dict[str, str] = {}
        self.setLocale(locale)
        self.setWindowTitle(
            tr(_CONTEXT, "Edit event") if event is not None else tr(_CONTEXT, "New event")
        )
        self.setMinimumSize(480, 420)
        self.setSizeGripEnabled(True)

        self.general_error = ErrorBanner(self)
        self.general_error.setObjectName("generalError")

        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(tr(_CONTEXT, "Title"))
        self.title_edit.setPlaceholderText(tr(_CONTEXT, "What is happening?"))

        self.date_edit = QDateEdit(self)
        self.date_edit.setAccessibleName(tr(_CONTEXT, "Date"))
        self.date_edit.setCalendarPopup(True)
        # Whatever date an event has, it must not be clamped into QDateEdit's default range.
        self.date_edit.setDateRange(QDate(1, 1, 1), QDate(9999, 12, 31))
        self.date_edit.setDisplayFormat(edit_date_format(locale))
        self.date_edit.setLocale(locale)
        self.date_edit.calendarWidget().setLocale(locale)
        style_calendar(self.date_edit.calendarWidget(), locale)

        self.time_combo = TimeCombo(locale, self)
        self.time_combo.setAccessibleName(tr(_CONTEXT, "Time"))
        self.time_combo.setToolTip(
            tr(
                _CONTEXT,
                "Pick a time from the list, or type anything, such as “after lunch”. "
                "Leave it empty for an all-day event.",
            )
        )

        # Reminders are the user's own, kept on this computer (desktop.views.window.reminders).
        self.reminder_combo = ReminderCombo(self)
        self._initial_reminder: Rule = USE_DEFAULT

        self.department_combo = QComboBox(self)
        self.department_combo.setAccessibleName(tr(_CONTEXT, "Department"))
        for department in self._departments:
            self.department_combo.addItem(
                color_icon(department_color(department.id)), elided(department.name), department.id
            )
        self.move_note = plain_label("", self)
        self.move_note.setObjectName("moveNote")
        note_font = QFont(self.move_note.font())
        note_font.setItalic(True)
        self.move_note.setFont(note_font)
        self.move_note.setVisible(False)

        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(tr(_CONTEXT, "Link"))
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)

        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setAccessibleName(tr(_CONTEXT, "Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(tr(_CONTEXT, "Details, place, people…"))
        line_height = self.description_edit.fontMetrics().lineSpacing()
        self.description_edit.setMinimumHeight(line_height * 4 + 12)

        start = event.event_date if event is not None else default_date
        self.span_editor = SpanEditor(locale, start, self)
        self.repeat_editor = RepeatEditor(locale, start, self)
        exclusive(self.span_editor, self.repeat_editor)

        self.error_labels: dict[str, ErrorLabel] = {name: ErrorLabel(self) for name in FIELDS}
        self._field_widgets: dict[str, QWidget] = {
            "title": self.title_edit,
            "event_date": self.date_edit,
            "last_day": self.span_editor.last_edit,
            "time": self.time_combo,
            "repeat": self.repeat_editor.choice,
            "url": self.url_edit,
            "description": self.description_edit,
        }

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addRow(
            buddy_label(tr(_CONTEXT, "&Title:"), self.title_edit, self),
            field_with_error(self.title_edit, self.error_labels["title"]),
        )
        form.addRow(
            buddy_label(tr(_CONTEXT, "&Date:"), self.date_edit, self),
            field_with_error(self.date_edit, self.error_labels["event_date"]),
        )
        form.addRow("", field_with_error(self.span_editor, self.error_labels["last_day"]))
        form.addRow(
            buddy_label(tr(_CONTEXT, "T&ime:"), self.time_combo, self),
            field_with_error(self.time_combo, self.error_labels["time"]),
        )
        form.addRow(
            buddy_label(tr(_CONTEXT, "Re&minder:"), self.reminder_combo, self), self.reminder_combo
        )
        form.addRow(
            buddy_label(tr(_CONTEXT, "&Repeat:"), self.repeat_editor.choice, self),
            field_with_error(self.repeat_editor, self.error_labels["repeat"]),
        )
        form.addRow(
            buddy_label(tr(_CONTEXT, "De&partment:"), self.department_combo, self),
            field_with_error(self.department_combo, self.move_note),
        )
        form.addRow(
            buddy_label(tr(_CONTEXT, "&Link:"), self.url_edit, self),
            field_with_error(self.url_edit, self.error_labels["url"]),
        )
        description_label = buddy_label(tr(_CONTEXT, "D&escription:"), self.description_edit)
        description_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(
            description_label,
            field_with_error(self.description_edit, self.error_labels["description"]),
        )

        footer = dialog_footer(
            self,
            QDialogButtonBox.StandardButton.Save,
            tr(_CONTEXT, "Save"),
            tr(_CONTEXT, "Cancel"),
            tr(_CONTEXT, "Saving…"),
        )
        self.buttons = footer.buttons
        self.save_button: QPushButton = footer.accept_button
        self.save_button.setToolTip(tr(_CONTEXT, "Save (Ctrl+Enter)"))
        self.cancel_button: QPushButton = footer.cancel_button
        self.busy_label = footer.busy_label
        self.buttons.accepted.connect(self._request_save)
        self.buttons.rejected.connect(self.reject)
        bottom = footer.layout

        layout = dialog_layout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form, 1)
        layout.addLayout(bottom)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(self._request_save)

        repeat = self.repeat_editor
        chain = [self.title_edit, self.date_edit, self.span_editor.several]
        chain += [self.span_editor.last_edit, self.time_combo, self.reminder_combo, repeat.choice]
        chain += list(repeat.day_boxes.values())
        chain += [repeat.end_choice, repeat.count_spin, repeat.until_edit, self.department_combo]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        QWidget.setTabOrder(self.department_combo, self.url_edit)
        QWidget.setTabOrder(self.url_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self._load(event, default_date, default_department_id)
        self._initial = self._values()
        self._initial_series = self._series_values()

        self.title_edit.textEdited.connect(self._title_edited)
        self.title_edit.textChanged.connect(partial(self._changed, "title"))
        self.date_edit.dateChanged.connect(self._start_changed)
        self.date_edit.dateChanged.connect(partial(self._changed, "event_date"))
        self.span_editor.changed.connect(partial(self._changed, "last_day"))
        self.repeat_editor.changed.connect(partial(self._changed, "repeat"))
        self.repeat_editor.changed.connect(self._fit_height)
        self.time_combo.editTextChanged.connect(partial(self._changed, "time"))
        self.url_edit.textChanged.connect(partial(self._changed, "url"))
        self.description_edit.textChanged.connect(partial(self._changed, "description"))
        self.department_combo.currentIndexChanged.connect(partial(self._changed, "department"))
        self._refresh()
        self.resize(max(self.sizeHint().width(), 520), max(self.sizeHint().height(), 460))
        self.title_edit.setFocus()

    # --- the fields ---------------------------------------------------------------------------

    def _load(self, event: Event | None, default_date: date, default_department_id: str) -> None:
        department_id = event.department_id if event is not None else default_department_id
        row = self.department_combo.findData(department_id)
        if row < 0 and event is not None:
            # The event's department is not in the list (deleted meanwhile): keep it anyway.
            self.department_combo.addItem(tr(_CONTEXT, "Unknown department"), department_id)
            row = self.department_combo.count() - 1
        self.department_combo.setCurrentIndex(max(row, 0) if self.department_combo.count() else -1)
        if event is None:
            self.date_edit.setDate(qdate(default_date))
            if not self._departments:
                self.general_error.set_message(
                    tr(_CONTEXT, "There is no department yet. Create a department first.")
                )
            return
        link = link_of(event)
        if link is not None:
            self.span_editor.show_link(link)
            self.repeat_editor.show_link(link)
        self.title_edit.setText(event.title)
        self.date_edit.setDate(qdate(event.event_date))
        self.time_combo.set_text(event.time)
        self.url_edit.setText(event.url)
        if len(event.description) <= TEXT_LIMIT:
            self.description_edit.setPlainText(event.description)
        else:
            # Laying out a very long description takes most of a tenth of a second: after the
            # dialog's first paint, so that opening it is not one long freeze.
            self._description_to_fill = event.description
            after_paint(self, self._fill_description)

    def _fill_description(self) -> None:
        text, self._description_to_fill = self._description_to_fill, None
        if text is not None:
            self.description_edit.setPlainText(text)

    def _description(self) -> str:
        if self._description_to_fill is not None:
            return self._description_to_fill
        return self.description_edit.toPlainText()

    def _values(self) -> tuple[str, str, str, str, str, str]:
        return (
            self.title_edit.text(),
            self._date_iso(),
            self.time_combo.text(),
            self._description(),
            self.url_edit.text(),
            self.department_id(),
        )

    def _date_iso(self) -> str:
        return pydate(self.date_edit.date()).isoformat()

    def department_id(self) -> str:
        """The id of the chosen department ("" when there is none)."""
        data = self.department_combo.currentData()
        return data if isinstance(data, str) else ""

    def _series_values(self) -> tuple[object, ...]:
        return (self.span_editor.state(), self.repeat_editor.state())

    def _fit_height(self) -> None:
        """Grow to show the repeat's rows (within the screen) rather than crush the text."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalSizeHint().height()
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        if self.height() < wanted:
            self.resize(self.width(), min(wanted, screen))

    def _start_changed(self, day: QDate) -> None:
        self.span_editor.set_start(pydate(day))
        self.repeat_editor.set_start(pydate(day))

    def repeat(self) -> Repeat | None:
        """How the new event repeats; None when it does not (or the event edited is an item
        of a series: how the series repeats is not changed here)."""
        return self.repeat_editor.repeat()

    def last_day(self) -> date | None:
        """The last day of an event over several days; None for one day (or the event
        edited is a day of a multi-day event: its days are not changed here)."""
        return self.span_editor.last_day()

    def is_dirty(self) -> bool:
        """True when anything differs from what the dialog opened with."""
        return (
            self._values() != self._initial
            or self._series_values() != self._initial_series
            or (self.reminder_combo.rule() != self._initial_reminder)
        )

    def set_reminder(self, rule: Rule) -> None:
        """The event's reminder as the dialog opens (its own choice, or the default)."""
        self.reminder_combo.set_rule(rule)
        self._initial_reminder = rule

    def only_reminder_changed(self) -> bool:
        """Nothing of the event changed, only its reminder (nothing to send)."""
        unchanged = (
            self._values() == self._initial and self._series_values() == self._initial_series
        )
        return unchanged and self.reminder_combo.rule() != self._initial_reminder

    def draft(self) -> Event:
        """The event as the fields describe it."""
        title, _, time_text, description, url, department_id = self._values()
        base = self.original or Event(self._new_id, department_id, date.min, "")
        if time_text != base.time:  # typed now: a range is written the user's way
            time_text = written_time(time_text)
        return base.with_changes(
            department_id=department_id,
            event_date=pydate(self.date_edit.date()),
            title=title.strip(),
            time=time_text,
            description=description,
            url=url.strip(),
        )

    def set_original(self, event: Event) -> None:
        """Replace the version the next save is conditioned on (after "overwrite")."""
        self.original = event
        self._refresh()

    # --- validation -----------------------------------------------------------------------------

    def _title_edited(self, _text: str) -> None:
        self._title_touched = True

    def _changed(self, field: str, *_args: object) -> None:
        self._server_errors.pop(field, None)
        self._refresh()

    def problems(self) -> dict[str, str]:
        """The current problem of each field, as the user sees them."""
        return {name: label.message() for name, label in self.error_labels.items()}

    def _refresh(self) -> None:
        title, date_iso, time_text, description, url, department_id = self._values()
        errors = validate_event_fields(title, date_iso, time_text, url, description)
        if self.original is None or time_text != self.original.time:
            errors += time_errors(time_text)  # only a time typed here: a stored one is kept
        live: dict[str, str] = {}
        for error in errors:
            live.setdefault(error.field, error.message)
        for name, problem in (
            ("last_day", self.span_editor.problem()),
            ("repeat", self.repeat_editor.problem()),
        ):
            if problem:
                live[name] = problem
        if not self._title_touched and not title.strip():
            live.pop("title", None)  # do not shout before the user typed anything
        for name, label in self.error_labels.items():
            message = live.get(name) or self._server_errors.get(name, "")
            label.set_message(message)
            self._field_widgets[name].setAccessibleDescription(message)
        valid = not errors and bool(department_id) and not live.keys() & {"last_day", "repeat"}
        self.save_button.setEnabled(valid and not self._busy)
        self._refresh_move_note(department_id)

    def _refresh_move_note(self, department_id: str) -> None:
        moving = self.original is not None and department_id != self.original.department_id
        if moving:
            name = self.department_combo.currentText()
            self.move_note.setText(
                tr(_CONTEXT, "Saving moves the event to {department}.").format(
                    department=isolated(name)
                )
            )
        self.move_note.setVisible(moving)

    # --- saving ---------------------------------------------------------------------------------

    def _request_save(self) -> None:
        if self._busy:
            return
        self._title_touched = True
        self._server_errors.clear()
        self._refresh()
        if not self.save_button.isEnabled():
            self._focus_first_problem()
            return
        self.general_error.set_message("")
        draft = self.draft()
        self.set_busy(True)
        self.saveRequested.emit(draft)

    def set_busy(self, busy: bool) -> None:
        """While saving: fields read-only, Save and Cancel disabled, "Saving…" shown."""
        self._busy = busy
        for edit in (self.title_edit, self.url_edit):
            edit.setReadOnly(busy)
        self.description_edit.setReadOnly(busy)
        self.date_edit.setReadOnly(busy)
        self.time_combo.setEnabled(not busy)
        self.department_combo.setEnabled(not busy)
        self.reminder_combo.setEnabled(not busy)
        self.span_editor.setEnabled(not busy)
        self.repeat_editor.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self._refresh()

    def is_busy(self) -> bool:
        return self._busy

    def show_error(self, error: StoreError) -> None:
        """Show why the save failed: field problems next to their fields, others on top."""
        self.set_busy(False)
        self._server_errors.clear()
        general: list[str] = []
        if isinstance(error, ValidationFailed):
            for problem in error.errors:
                if problem.field in self.error_labels:
                    known = self._server_errors.get(problem.field)
                    self._server_errors[problem.field] = (
                        f"{known}\n{problem.message}" if known else problem.message
                    )
                else:
                    general.append(problem.message)
        else:
            general.append(error.message)
        self.general_error.set_message("\n".join(general))
        self._refresh()
        self._focus_first_problem()

    def _focus_first_problem(self) -> None:
        for name in FIELDS:
            if self.error_labels[name].message():
                self._field_widgets[name].setFocus()
                return

    # --- closing --------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Esc or the close button: ask before anything typed is thrown away."""
        if self._busy:
            return  # the save is under way; the window answers with accept() or show_error()
        if self.is_dirty() and not ask(
            self,
            tr(_CONTEXT, "Discard changes"),
            tr(_CONTEXT, "Discard your changes?"),
            tr(_CONTEXT, "Discard"),
            tr(_CONTEXT, "Keep editing"),
        ):
            return
        super().reject()


__all__ = [
    "FIELDS",
    "ErrorBanner",
    "ErrorLabel",
    "EventDialog",
    "TimeCombo",
    "ask",
    "buddy_label",
    "edit_date_format",
    "field_with_error",
    "plain_label",
]
