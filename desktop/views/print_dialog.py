"""Print or save as PDF: what to print, its range and departments, before the preview.

The view shown is chosen by default (month, week, agenda, team week, year), with its range
(the shown month, week or year; the agenda from its first day for a month), or any dates typed
the way Go to date takes them (``2026-12-25``, ``12월 25일``, ``next friday``): a date that
cannot be read says so under its field, and OK waits. The departments shown are ticked. Whether
descriptions are printed, one department per page or all overlaid, and whether the shown range
or typed dates were used are kept for the next time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from desktop.domain.calendar import DAYS, month_end, month_start, week_start
from desktop.domain.display import elided
from desktop.domain.typed_dates import parse_typed_date
from desktop.i18n import tr
from desktop.settings import AppSettings, Setting
from desktop.views.calendar_view import ViewKind, view_name
from desktop.views.widgets import ErrorLabel, buddy_label, dialog_layout, field_with_error

_CONTEXT = "PrintDialog"
AGENDA_DAYS = 31  # the agenda's "shown range": a month of days from its first

PRINT_DESCRIPTIONS = Setting("print/descriptions", bool, True, "Print events' descriptions")
PRINT_PER_DEPARTMENT = Setting(
    "print/per_department", bool, False, "Print one department per page (else overlaid)"
)
PRINT_TYPED_RANGE = Setting(
    "print/typed_range", bool, False, "Print the typed from–to dates (else the shown range)"
)


@dataclass(frozen=True)
class PrintOptions:
    kind: ViewKind
    first: date
    last: date
    department_ids: list[str]
    descriptions: bool
    per_department: bool


def shown_range(kind: ViewKind, anchor: date, first_weekday: int) -> tuple[date, date]:
    """The days a view shows for ``anchor``: its month, week, year, or the agenda's month."""
    if kind in (ViewKind.WEEK, ViewKind.TEAM):
        first = week_start(anchor, first_weekday)
        return first, first + timedelta(days=DAYS - 1)
    if kind == ViewKind.AGENDA:
        return anchor, anchor + timedelta(days=AGENDA_DAYS - 1)
    if kind == ViewKind.YEAR:
        return date(anchor.year, 1, 1), date(anchor.year, 12, 31)
    return month_start(anchor), month_end(anchor)


def _shown_label(kind: ViewKind) -> str:
    labels = {
        ViewKind.MONTH: tr(_CONTEXT, "The shown &month"),
        ViewKind.WEEK: tr(_CONTEXT, "The shown &week"),
        ViewKind.AGENDA: tr(_CONTEXT, "A &month from the agenda's first day"),
        ViewKind.TEAM: tr(_CONTEXT, "The shown &week"),
        ViewKind.YEAR: tr(_CONTEXT, "The shown &year"),
    }
    return labels[kind]


class PrintDialog(QDialog):
    """The options of a printout; :meth:`options` once accepted."""

    def __init__(
        self,
        *,
        kind: ViewKind,
        anchor: date,
        today: date,
        first_weekday: int,
        departments: Sequence[tuple[str, str]],
        shown: Sequence[str],
        locale: QLocale,
        settings: AppSettings,
        accept_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._anchor, self._today, self._first_weekday = anchor, today, first_weekday
        self._locale, self._settings = locale, settings
        self._filling = False  # the shown range written into the fields: not typed
        self.setWindowTitle(tr(_CONTEXT, "Print options"))
        self.setMinimumWidth(480)
        layout = dialog_layout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.kind_box = QComboBox(self)
        for choice in ViewKind:
            self.kind_box.addItem(view_name(choice), choice)
        self.kind_box.setCurrentIndex(list(ViewKind).index(kind))
        form.addRow(tr(_CONTEXT, "&Print:"), self.kind_box)

        ranges = QGridLayout()
        self.shown_button = QRadioButton(self)
        self.typed_button = QRadioButton(tr(_CONTEXT, "&From:"), self)
        self.range_group = QButtonGroup(self)
        self.range_group.addButton(self.shown_button)
        self.range_group.addButton(self.typed_button)
        first, last = shown_range(kind, anchor, first_weekday)
        self.from_edit = QLineEdit(first.isoformat(), self)
        self.to_edit = QLineEdit(last.isoformat(), self)
        self.from_error, self.to_error = ErrorLabel(self), ErrorLabel(self)
        for edit, name in (
            (self.from_edit, tr(_CONTEXT, "From")),
            (self.to_edit, tr(_CONTEXT, "To")),
        ):
            edit.setAccessibleName(name)
            edit.setPlaceholderText(tr(_CONTEXT, "e.g. 2026-12-25, 12월 25일, next friday"))
        ranges.addWidget(self.shown_button, 0, 0, 1, 3)
        top = Qt.AlignmentFlag.AlignTop
        ranges.addWidget(self.typed_button, 1, 0, top)
        ranges.addLayout(field_with_error(self.from_edit, self.from_error), 1, 1, top)
        ranges.addLayout(field_with_error(self.to_edit, self.to_error), 2, 1, top)
        to_label = buddy_label(tr(_CONTEXT, "&To:"), self.to_edit, self)
        to_label.setMinimumHeight(self.to_edit.sizeHint().height())
        ranges.addWidget(to_label, 2, 0, top)
        ranges.setColumnStretch(1, 1)
        form.addRow(tr(_CONTEXT, "Range:"), ranges)
        typed = bool(settings.get(PRINT_TYPED_RANGE))
        (self.typed_button if typed else self.shown_button).setChecked(True)

        self.department_list = QListWidget(self)
        self.department_list.setAccessibleName(tr(_CONTEXT, "Departments"))
        for department_id, name in departments:
            item = QListWidgetItem(elided(" ".join(name.split()), 120), self.department_list)
            item.setData(Qt.ItemDataRole.UserRole, department_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = department_id in shown
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.department_list.setMaximumHeight(140)
        form.addRow(tr(_CONTEXT, "Departments:"), self.department_list)
        self.departments_error = ErrorLabel(self)
        form.addRow("", self.departments_error)

        self.descriptions_box = QCheckBox(tr(_CONTEXT, "With &descriptions"), self)
        self.descriptions_box.setChecked(bool(settings.get(PRINT_DESCRIPTIONS)))
        form.addRow("", self.descriptions_box)
        self.overlaid_button = QRadioButton(tr(_CONTEXT, "All departments o&verlaid"), self)
        self.per_page_button = QRadioButton(tr(_CONTEXT, "&One department per page"), self)
        self.layout_group = QButtonGroup(self)
        self.layout_group.addButton(self.overlaid_button)
        self.layout_group.addButton(self.per_page_button)
        per_page = bool(settings.get(PRINT_PER_DEPARTMENT))
        (self.per_page_button if per_page else self.overlaid_button).setChecked(True)
        form.addRow("", self.overlaid_button)
        form.addRow("", self.per_page_button)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(accept_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr(_CONTEXT, "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.textChanged.connect(self._typed)
        self.range_group.buttonToggled.connect(lambda *_a: self._check())
        self.department_list.itemChanged.connect(lambda _item: self._check())
        self._kind_changed()

    # --- what was chosen ---------------------------------------------------------------------

    @property
    def kind(self) -> ViewKind:
        return ViewKind(self.kind_box.currentData())

    def department_ids(self) -> list[str]:
        items = (self.department_list.item(i) for i in range(self.department_list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def range(self) -> tuple[date, date] | None:
        """The range chosen; None while a typed date cannot be read or ends before it starts."""
        if self.shown_button.isChecked():
            return shown_range(self.kind, self._anchor, self._first_weekday)
        first = parse_typed_date(self.from_edit.text(), self._today)
        last = parse_typed_date(self.to_edit.text(), self._today)
        if first is None or last is None or last < first:
            return None
        return first, last

    def options(self) -> PrintOptions:
        chosen = self.range()
        if chosen is None:
            raise ValueError("the range is not valid")
        return PrintOptions(
            self.kind,
            chosen[0],
            chosen[1],
            self.department_ids(),
            self.descriptions_box.isChecked(),
            self.per_page_button.isChecked(),
        )

    def accept(self) -> None:
        if not self._check():
            return
        self._settings.set(PRINT_DESCRIPTIONS, self.descriptions_box.isChecked())
        self._settings.set(PRINT_PER_DEPARTMENT, self.per_page_button.isChecked())
        self._settings.set(PRINT_TYPED_RANGE, self.typed_button.isChecked())
        super().accept()

    # --- checking as it is typed --------------------------------------------------------------

    def _kind_changed(self) -> None:
        self.shown_button.setText(_shown_label(self.kind))
        # A month's or a year's page has room for titles only: said, not silently ignored.
        titles_only = self.kind in (ViewKind.MONTH, ViewKind.YEAR)
        self.descriptions_box.setEnabled(not titles_only)
        self.descriptions_box.setToolTip(
            tr(
                _CONTEXT,
                "Month and year pages have room for titles only; the week, the agenda and "
                "the team week print descriptions.",
            )
            if titles_only
            else ""
        )
        if self.shown_button.isChecked():
            first, last = shown_range(self.kind, self._anchor, self._first_weekday)
            self._filling = True
            self.from_edit.setText(first.isoformat())
            self.to_edit.setText(last.isoformat())
            self._filling = False
        self._check()

    def _typed(self) -> None:
        if not self._filling and not self.typed_button.isChecked():
            self.typed_button.setChecked(True)
        self._check()

    def _check(self) -> bool:
        typed = self.typed_button.isChecked()
        errors = []
        for edit, label in ((self.from_edit, self.from_error), (self.to_edit, self.to_error)):
            bad = typed and parse_typed_date(edit.text(), self._today) is None
            message = ""
            if bad:
                message = tr(
                    _CONTEXT,
                    "Not a date this app can read. Type it like 2026-12-25, 12월 25일 or dec 25.",
                )
            label.set_message(message)
            errors.append(bad)
        if typed and not any(errors) and self.range() is None:
            self.to_error.set_message(tr(_CONTEXT, "The end is before the start: change one."))
            errors.append(True)
        no_department = not self.department_ids()
        self.departments_error.set_message(
            tr(_CONTEXT, "Tick at least one department to print.") if no_department else ""
        )
        ok = not any(errors) and not no_department
        self.ok_button.setEnabled(ok)
        return ok
