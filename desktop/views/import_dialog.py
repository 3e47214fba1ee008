"""File ▸ Import iCalendar…: a preview of what an .ics file does to a department, then Import.

The file is read and planned on a worker (:func:`desktop.data.ical_import.plan_import`) against
the department's saved events of the range (months never saved are fetched first, as an export
does). The preview lists every row: created, changed (and what), unchanged, deleted, skipped
and why. Import records the writes through the outbox in one transaction
(:meth:`CalendarService.record_many`): offline-safe, kill-safe, conflicts as everywhere else.
Everything from the file is shown as plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.data.ical_import import Action, ImportPlan, Row
from desktop.domain.display import elided
from desktop.i18n import tr
from desktop.settings import Setting
from desktop.views.widgets import edit_date_format

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

    from desktop.domain.models import Department

IMPORT_LIMIT = Setting(
    "import/max_events", int, 2000, "Events written by one iCalendar import at most"
)
_CONTEXT = "ImportDialog"
_TITLE_SHOWN = 120  # characters of a title the table shows (a file's title can be any length)


def action_text(row: Row) -> str:
    texts = {
        Action.CREATE: tr(_CONTEXT, "New"),
        Action.UPDATE: tr(_CONTEXT, "Changed"),
        Action.UNCHANGED: tr(_CONTEXT, "Unchanged"),
        Action.DELETE: tr(_CONTEXT, "Deleted"),
        Action.SKIP: tr(_CONTEXT, "Skipped"),
    }
    why = row.why()
    return f"{texts[row.action]}: {why}" if why else texts[row.action]


class ImportDialog(QDialog):
    """The preview: the department chooser, the rows, the counts; Import and Cancel."""

    department_changed = Signal(str)

    def __init__(
        self,
        file_name: str,
        departments: list[Department],
        department_id: str,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._locale = locale
        self.plan: ImportPlan | None = None
        self.setWindowTitle(tr(_CONTEXT, "Import iCalendar"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        file_label = QLabel(elided(file_name), self)
        file_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(tr(_CONTEXT, "File:"), file_label)
        self.department = QComboBox(self)
        for department in departments:
            self.department.addItem(elided(department.name), department.id)
        index = self.department.findData(department_id)
        self.department.setCurrentIndex(max(index, 0))
        self.department.currentIndexChanged.connect(
            lambda _i: self.department_changed.emit(str(self.department.currentData()))
        )
        form.addRow(tr(_CONTEXT, "Into department:"), self.department)
        layout.addLayout(form)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [tr(_CONTEXT, "Date"), tr(_CONTEXT, "Time"), tr(_CONTEXT, "Title"),
             tr(_CONTEXT, "What happens")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.counts = QLabel(tr(_CONTEXT, "Reading the file…"), self)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            tr(_CONTEXT, "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 480)

    def department_id(self) -> str:
        return str(self.department.currentData())

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.table.setRowCount(len(plan.rows))
        day_format = edit_date_format(self._locale)
        for number, row in enumerate(plan.rows):
            day = self._locale.toString(QDate(row.day.year, row.day.month, row.day.day), day_format)
            title = " ".join(row.title.split())
            cells = [day, row.time, elided(title, _TITLE_SHOWN), action_text(row)]
            for column, text in enumerate(cells):
                # A table item's text is plain text; no tooltip (Qt reads those as rich text).
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.counts.setText(plan.summary())
        self.import_button.setEnabled(bool(plan.changes()))

    def show_problem(self, text: str) -> None:
        self.plan = None
        self.table.setRowCount(0)
        self.counts.setText(text)
        self.import_button.setEnabled(False)

    def waiting(self) -> None:
        self.import_button.setEnabled(False)
        self.counts.setText(tr(_CONTEXT, "Reading the file…"))
