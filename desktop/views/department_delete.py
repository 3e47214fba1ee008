"""Deleting a department: the user types its name to confirm; afterwards, where the backup is.

:class:`ConfirmDeleteDialog` enables Delete only when the department's name is typed exactly
(surrounding spaces aside). :class:`BackupNotice` says the department is deleted and where the
backup of it and its events is, with a button that opens the folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.display import elided, isolated
from desktop.domain.models import Department
from desktop.i18n import tr
from desktop.views.widgets import buddy_label, dialog_layout, plain_label

_CONTEXT = "DepartmentsDialog"


class ConfirmDeleteDialog(QDialog):
    """Asks to type the department's name before a delete that takes its events with it."""

    def __init__(self, department: Department, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.department = department
        self.setWindowTitle(tr(_CONTEXT, "Delete department"))
        name = isolated(elided(department.name))
        layout = dialog_layout(self)
        if count == 0:
            question = tr(_CONTEXT, "Delete “{name}”? It has no events.").format(name=name)
        else:
            question = tr(
                _CONTEXT, "Delete “{name}” and its %n events? Everyone loses them.", n=count
            ).format(name=name)
        self.question = plain_label(question, self)
        self.question.setObjectName("deleteQuestion")
        layout.addWidget(self.question)
        self.backup_note = plain_label(
            tr(
                _CONTEXT,
                "A backup of the department and all its events is saved on this computer "
                "first; deptcal migrate can restore it.",
            ),
            self,
        )
        layout.addWidget(self.backup_note)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(tr(_CONTEXT, "Department name to confirm"))
        layout.addWidget(
            buddy_label(tr(_CONTEXT, "To confirm, type the department's &name:"), self.name_edit)
        )
        layout.addWidget(self.name_edit)
        self.buttons = QDialogButtonBox(self)
        self.delete_button = self.buttons.addButton(
            tr(_CONTEXT, "Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.buttons.addButton(
            tr(_CONTEXT, "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.delete_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.delete_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._typed)
        self._typed("")
        self.name_edit.setFocus()
        self.setMinimumWidth(420)

    def matches(self) -> bool:
        return self.name_edit.text().strip() == self.department.name.strip()

    def _typed(self, _text: str) -> None:
        self.delete_button.setEnabled(self.matches())

    def accept(self) -> None:
        if self.matches():
            super().accept()


class BackupNotice(QDialog):
    """The department is deleted: where its backup is, and a button to open the folder."""

    def __init__(
        self, department_name: str, backup: Path, count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.backup = backup
        self.setWindowTitle(tr(_CONTEXT, "Department deleted"))
        layout = dialog_layout(self)
        self.message = plain_label(
            tr(
                _CONTEXT,
                "“{name}” was deleted. A backup of it and its %n events is saved in:",
                n=count,
            ).format(name=isolated(elided(department_name))),
            self,
        )
        layout.addWidget(self.message)
        self.path_label = plain_label(str(backup), self)
        self.path_label.setObjectName("backupPath")
        self.path_label.setAccessibleName(tr(_CONTEXT, "Backup file"))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.path_label)
        layout.addWidget(
            plain_label(tr(_CONTEXT, "To restore it, run: deptcal migrate FILE"), self)
        )
        self.buttons = QDialogButtonBox(self)
        self.open_button: QPushButton = self.buttons.addButton(
            tr(_CONTEXT, "Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_folder)
        close = self.buttons.addButton(
            tr(_CONTEXT, "Close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.backup.parent)))


__all__ = ["BackupNotice", "ConfirmDeleteDialog"]
