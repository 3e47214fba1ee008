"""Create, rename, describe and delete departments.

The dialog never touches the data layer: it emits requests and the window answers with
``done_saving()``, ``set_departments()``, ``show_event_count()`` or ``show_error()``.
Deleting first asks the window how many events the department has, then asks the user
to type the department's name (:mod:`desktop.views.department_delete`); the window writes a
backup before it deletes, and the dialog then says where the backup is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.data.errors import (
    DepartmentChangedError,
    NameTakenError,
    StoreError,
    ValidationFailed,
)
from desktop.domain.display import TEXT_LIMIT, elided
from desktop.domain.models import Department
from desktop.domain.validation import validate_department_fields
from desktop.i18n import tr
from desktop.views.colors import department_color
from desktop.views.department_delete import BackupNotice, ConfirmDeleteDialog
from desktop.views.departments_panel import color_icon
from desktop.views.widgets import (
    ErrorBanner,
    ErrorLabel,
    ask,
    buddy_label,
    field_with_error,
    plain_label,
)

_CONTEXT = "DepartmentsDialog"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DepartmentsDialog(QDialog):
    NAME_COLUMN, DESCRIPTION_COLUMN = 0, 1

    createRequested = Signal(str, str)  # noqa: N815  (name, description)
    updateRequested = Signal(object, str, str)  # noqa: N815  (Department, name, description)
    deleteRequested = Signal(object, bool)  # noqa: N815  (Department, with_events)
    countRequested = Signal(object)  # noqa: N815  (Department)

    def __init__(self, departments: list[Department], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.departments: list[Department] = []
        self.editing: Department | None = None  # None: the form creates a new department
        self.pending_delete: Department | None = None
        self.confirm: ConfirmDeleteDialog | None = None  # the typed-name question, while open
        self.notice: BackupNotice | None = None  # where the last backup is, while shown
        self._busy = False
        self._name_touched = False
        self._server_errors: dict[str, str] = {}
        self._loading = False
        self._initial = ("", "")
        self.setWindowTitle(tr(_CONTEXT, "Departments"))
        self.setMinimumSize(640, 400)
        self.setSizeGripEnabled(True)

        self.general_error = ErrorBanner(self)
        self.general_error.setObjectName("generalError")

        # --- the list
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(tr(_CONTEXT, "Departments"))
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([tr(_CONTEXT, "Name"), tr(_CONTEXT, "Description")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.header().setSectionResizeMode(
            self.NAME_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        self.list.header().setStretchLastSection(True)
        self.list.currentItemChanged.connect(self._current_changed)
        self.new_button = QPushButton(tr(_CONTEXT, "&New department"), self)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self._new_clicked)
        self.delete_button = QPushButton(tr(_CONTEXT, "&Delete…"), self)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self._delete_clicked)
        list_buttons = QHBoxLayout()
        list_buttons.setSpacing(8)
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)

        # --- the form
        self.form_box = QGroupBox(self)
        self.name_edit = QLineEdit(self.form_box)
        self.name_edit.setAccessibleName(tr(_CONTEXT, "Name"))
        self.name_edit.setPlaceholderText(tr(_CONTEXT, "e.g. Sales"))
        self.description_edit = QPlainTextEdit(self.form_box)
        self.description_edit.setAccessibleName(tr(_CONTEXT, "Description"))
        self.description_edit.setTabChangesFocus(True)
        line_height = self.description_edit.fontMetrics().lineSpacing()
        self.description_edit.setMinimumHeight(line_height * 4 + 12)
        self.error_labels: dict[str, ErrorLabel] = {
            "name": ErrorLabel(self.form_box),
            "description": ErrorLabel(self.form_box),
        }
        self._field_widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "description": self.description_edit,
        }
        self.save_button = QPushButton(self.form_box)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save_clicked)
        self.busy_label = plain_label("", self.form_box)
        self.busy_label.setWordWrap(False)
        self.busy_label.setVisible(False)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: the form is a narrow column beside the list.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(6)
        form.addRow(
            buddy_label(tr(_CONTEXT, "Na&me:"), self.name_edit, self.form_box),
            field_with_error(self.name_edit, self.error_labels["name"]),
        )
        description_label = buddy_label(
            tr(_CONTEXT, "Descri&ption:"), self.description_edit, self.form_box
        )
        description_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(
            description_label,
            field_with_error(self.description_edit, self.error_labels["description"]),
        )
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.busy_label)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.setContentsMargins(12, 12, 12, 12)
        box_layout.setSpacing(10)
        box_layout.addLayout(form, 1)
        box_layout.addLayout(form_buttons)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 3)
        columns.addWidget(self.form_box, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(tr(_CONTEXT, "Close"))
        self.close_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.general_error)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(self._save_clicked)

        QWidget.setTabOrder(self.list, self.new_button)
        QWidget.setTabOrder(self.new_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.name_edit.textEdited.connect(self._name_edited)
        self.name_edit.textChanged.connect(lambda _text: self._changed("name"))
        self.description_edit.textChanged.connect(lambda: self._changed("description"))

        self.set_departments(departments)
        self._start_new()
        self.resize(760, 460)
        self.name_edit.setFocus()

    # --- the list -------------------------------------------------------------------------------

    def set_departments(self, departments: list[Department]) -> None:
        """Show these departments; the one being edited stays selected (and typed text stays)."""
        self.departments = list(departments)
        editing_id = self.editing.id if self.editing is not None else None
        self._loading = True
        try:
            self.list.clear()
            for department in self.departments:
                description = " ".join(elided(department.description, TEXT_LIMIT).split())
                item = QTreeWidgetItem([elided(department.name), elided(description)])
                item.setIcon(self.NAME_COLUMN, color_icon(department_color(department.id)))
                item.setData(self.NAME_COLUMN, ID_ROLE, department.id)
                self.list.addTopLevelItem(item)
                if department.id == editing_id:
                    self.list.setCurrentItem(item)
        finally:
            self._loading = False
        if self.editing is not None:
            fresh = self.department(self.editing.id)
            if fresh is None:
                self._start_new()  # deleted meanwhile
            else:
                dirty = self.is_dirty()
                self.editing = fresh
                if not dirty:
                    self._load_form(fresh)
        self._refresh()

    def department(self, department_id: str) -> Department | None:
        return next((d for d in self.departments if d.id == department_id), None)

    def selected(self) -> Department | None:
        item = self.list.currentItem()
        if item is None:
            return None
        department_id = item.data(self.NAME_COLUMN, ID_ROLE)
        return self.department(department_id) if isinstance(department_id, str) else None

    def select(self, department_id: str) -> None:
        """Select a department for editing (as a click in the list does)."""
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(self.NAME_COLUMN, ID_ROLE) == department_id:
                self.list.setCurrentItem(item)
                return

    def _current_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        if self._loading:
            return
        department = self.selected() if current is not None else None
        if department is not None and self.editing is not None and department.id == self.editing.id:
            return
        if not self._may_leave_form():
            self._loading = True
            try:
                if previous is None:
                    self.list.setCurrentIndex(QModelIndex())
                else:
                    self.list.setCurrentItem(previous)
            finally:
                self._loading = False
            return
        if department is None:
            self._start_new()
        else:
            self._edit(department)

    # --- the form -------------------------------------------------------------------------------

    def _start_new(self) -> None:
        self.editing = None
        self._loading = True
        try:
            self.list.setCurrentIndex(QModelIndex())
            self.list.clearSelection()
        finally:
            self._loading = False
        self.form_box.setTitle(tr(_CONTEXT, "New department"))
        self.save_button.setText(tr(_CONTEXT, "&Create"))
        self._load_form(None)

    def _edit(self, department: Department) -> None:
        self.editing = department
        self.form_box.setTitle(tr(_CONTEXT, "Edit department"))
        self.save_button.setText(tr(_CONTEXT, "&Save changes"))
        self._load_form(department)

    def _load_form(self, department: Department | None) -> None:
        name = department.name if department is not None else ""
        description = department.description if department is not None else ""
        self._name_touched = department is not None
        self._server_errors.clear()
        self.name_edit.setText(name)
        self.description_edit.setPlainText(description)
        self._initial = (name, description)
        self._refresh()

    def _values(self) -> tuple[str, str]:
        return (self.name_edit.text(), self.description_edit.toPlainText())

    def is_dirty(self) -> bool:
        return self._values() != self._initial

    def _may_leave_form(self) -> bool:
        return not self.is_dirty() or ask(
            self,
            tr(_CONTEXT, "Discard changes"),
            tr(_CONTEXT, "Discard your changes?"),
            tr(_CONTEXT, "Discard"),
            tr(_CONTEXT, "Keep editing"),
        )

    def _new_clicked(self) -> None:
        if self.editing is None and not self.is_dirty():
            self.name_edit.setFocus()
            return
        if self._may_leave_form():
            self._start_new()
            self.name_edit.setFocus()

    def _name_edited(self, _text: str) -> None:
        self._name_touched = True

    def _changed(self, field: str) -> None:
        self._server_errors.pop(field, None)
        self._refresh()

    def problems(self) -> dict[str, str]:
        return {name: label.message() for name, label in self.error_labels.items()}

    def _live_errors(self) -> dict[str, str]:
        name, description = self._values()
        live: dict[str, str] = {}
        for error in validate_department_fields(name, description):
            live.setdefault(error.field, error.message)
        own_id = self.editing.id if self.editing is not None else None
        if "name" not in live and any(
            d.name == name.strip() and d.id != own_id for d in self.departments
        ):
            live["name"] = NameTakenError.build(name.strip()).errors[0].message
        return live

    def _refresh(self) -> None:
        live = self._live_errors()
        name = self.name_edit.text()
        shown = dict(live)
        if not self._name_touched and not name.strip():
            shown.pop("name", None)
        for field, label in self.error_labels.items():
            message = shown.get(field) or self._server_errors.get(field, "")
            label.set_message(message)
            self._field_widgets[field].setAccessibleDescription(message)
        changed = self.editing is None or self.is_dirty()
        self.save_button.setEnabled(not live and changed and not self._busy)
        self.delete_button.setEnabled(self.editing is not None and not self._busy)
        self.new_button.setEnabled(not self._busy)

    # --- requests -------------------------------------------------------------------------------

    def _save_clicked(self) -> None:
        if self._busy:
            return
        self._name_touched = True
        self._server_errors.clear()
        self._refresh()
        if not self.save_button.isEnabled():
            return
        self.general_error.set_message("")
        name, description = self._values()
        editing = self.editing
        self._set_busy(True, tr(_CONTEXT, "Saving…"))
        if editing is None:
            self.createRequested.emit(name.strip(), description)
        else:
            self.updateRequested.emit(editing, name.strip(), description)

    def _delete_clicked(self) -> None:
        department = self.editing
        if department is None or self._busy:
            return
        self.general_error.set_message("")
        self.pending_delete = department
        self._set_busy(True, tr(_CONTEXT, "Counting events…"))
        self.countRequested.emit(department)

    def show_event_count(self, department_id: str, count: int) -> None:
        """The window's answer to :attr:`countRequested`: confirm, then request the delete."""
        department = self.pending_delete
        if department is None or department.id != department_id:
            return
        self.pending_delete = None
        self._set_busy(False)
        confirm = ConfirmDeleteDialog(department, count, self)
        confirm.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def confirmed() -> None:
            self.confirm = None
            self._set_busy(True, tr(_CONTEXT, "Saving a backup, then deleting…"))
            self.deleteRequested.emit(department, count > 0)

        confirm.accepted.connect(confirmed)
        confirm.rejected.connect(lambda: setattr(self, "confirm", None))
        self.confirm = confirm
        confirm.open()

    def show_deleted(self, department_name: str, backup: Path, count: int) -> None:
        """The window's answer to a delete: done, and where the backup of it is."""
        self.done_saving()
        notice = BackupNotice(department_name, backup, count, self)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = notice
        notice.finished.connect(lambda _r: setattr(self, "notice", None))
        notice.open()

    # --- the window's answers -------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self._set_busy(busy, tr(_CONTEXT, "Saving…"))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.list.setEnabled(not busy)
        self.name_edit.setReadOnly(busy)
        self.description_edit.setReadOnly(busy)
        self.close_button.setEnabled(not busy)
        self.busy_label.setText(text if busy else "")
        self.busy_label.setVisible(busy)
        self._refresh()

    def is_busy(self) -> bool:
        return self._busy

    def show_error(self, error: StoreError) -> None:
        """Name and description problems next to their fields; anything else on top."""
        self.pending_delete = None
        self._set_busy(False)
        if isinstance(error, DepartmentChangedError):
            self._take_theirs(error.current)
        self._server_errors.clear()
        general: list[str] = []
        if isinstance(error, ValidationFailed):
            for problem in error.errors:
                if problem.field in self.error_labels:
                    self._server_errors[problem.field] = problem.message
                else:
                    general.append(problem.message)
        else:
            general.append(error.message)
        self.general_error.set_message("\n".join(general))
        self._name_touched = True
        self._refresh()
        for field, label in self.error_labels.items():
            if label.message():
                self._field_widgets[field].setFocus()
                break

    def _take_theirs(self, current: Department) -> None:
        """After a conflict: what the user typed stays; the fields they did not touch take
        the current version, which a new save is conditioned on."""
        if self.editing is not None and self.editing.id == current.id:
            name, description = self._values()
            initial_name, initial_description = self._initial
            if name == initial_name:
                self.name_edit.setText(current.name)
            if description == initial_description:
                self.description_edit.setPlainText(current.description)
            self._initial = (current.name, current.description)
        self.set_departments([current if d.id == current.id else d for d in self.departments])

    def done_saving(self) -> None:
        """The last request succeeded: an empty form for the next department, not busy."""
        self.pending_delete = None
        self._set_busy(False)
        self.general_error.set_message("")
        self._start_new()

    def reject(self) -> None:
        if self._busy:
            return  # the window answers with done_saving() or show_error()
        if not self._may_leave_form():
            return
        super().reject()


__all__ = ["DepartmentsDialog"]
