"""The MFA code dialog, and the window's prompter that shows it for a waiting worker.

A worker that needs a code (:mod:`desktop.data.prompts`) calls :meth:`MfaPrompts.ask`: the
request goes to the GUI thread by a queued signal, the dialog opens there (over Settings, when
Test connection asked), and the worker waits on an event until OK, Cancel or five minutes.
The GUI thread never waits for anything.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from desktop.data import prompts
from desktop.data.errors import CredentialsError
from desktop.data.prompts import MfaRequest
from desktop.domain.connection_rules import mfa_code, mfa_code_problem
from desktop.i18n import tr
from desktop.views.widgets import (
    ErrorLabel,
    buddy_label,
    dialog_layout,
    field_with_error,
    plain_label,
)

_CONTEXT = "MfaDialog"
WAIT_SECONDS = 300.0


class MfaDialog(QDialog):
    """Asks for the code of one MFA device; OK only with six digits."""

    def __init__(self, request: MfaRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(_CONTEXT, "MFA code"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 56))  # not a narrow column
        layout = dialog_layout(self)
        self.about = about = plain_label(
            tr(
                _CONTEXT,
                "The AWS profile “{profile}” signs in with an MFA code. Type the code your "
                "device “{device}” shows now.",
            ).format(profile=request.profile, device=request.device),
            self,
        )
        about.setWordWrap(True)
        about.setToolTip(request.serial)
        layout.addWidget(about)
        self.code_edit = QLineEdit(self)
        self.code_edit.setAccessibleName(tr(_CONTEXT, "MFA code"))
        self.code_edit.setPlaceholderText("123456")
        self.code_edit.setMaxLength(12)  # six digits, maybe typed with spaces
        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.error_label = ErrorLabel(self)
        layout.addWidget(buddy_label(tr(_CONTEXT, "&Code:"), self.code_edit, self))
        layout.addLayout(field_with_error(self.code_edit, self.error_label))
        if request.refused:
            self._say(
                tr(
                    _CONTEXT,
                    "AWS did not accept the last code (wrong, or it expired). Wait for a new "
                    "code and type it (attempt {attempt} of {attempts}).",
                ).format(attempt=request.attempt, attempts=prompts.MFA_ATTEMPTS)
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr(_CONTEXT, "Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr(_CONTEXT, "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.code_edit.setFocus()

    def code(self) -> str:
        return mfa_code(self.code_edit.text())

    def accept(self) -> None:
        problem = mfa_code_problem(self.code_edit.text())
        if problem:
            self._say(problem)
            self.code_edit.setFocus()
            return
        super().accept()

    def _say(self, message: str) -> None:
        self.error_label.set_message(message)
        self.code_edit.setAccessibleDescription(message)


@dataclass
class _Question:
    request: MfaRequest
    answered: threading.Event = field(default_factory=threading.Event)
    code: str | None = None
    dialog: MfaDialog | None = None


class MfaPrompts(QObject):
    """The window's MFA prompter: installed on creation, it asks with :class:`MfaDialog`."""

    _asked = Signal(object)
    _withdrawn = Signal(object)
    dialog_shown = Signal(MfaDialog)

    def __init__(self, window: QWidget, wait_seconds: float = WAIT_SECONDS) -> None:
        super().__init__(window)
        self._window = window
        self._wait_seconds = wait_seconds
        self._asked.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._withdrawn.connect(self._withdraw, Qt.ConnectionType.QueuedConnection)
        prompts.set_mfa_prompter(self.ask)

    def ask(self, request: MfaRequest) -> str:
        """The code typed (a worker waits here); Cancel, or no answer, is a clear error."""
        if QThread.currentThread() is self.thread():
            # Waiting here would freeze the window that must show the question.
            raise CredentialsError.mfa_needed(request.profile, request.device)
        question = _Question(request)
        self._asked.emit(question)
        if not question.answered.wait(self._wait_seconds):
            self._withdrawn.emit(question)
            raise CredentialsError.mfa_cancelled(request.profile, "no code in 5 minutes")
        if question.code is None:
            raise CredentialsError.mfa_cancelled(request.profile)
        return question.code

    def _show(self, question: _Question) -> None:
        parent = QApplication.activeModalWidget() or self._window
        dialog = MfaDialog(question.request, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        question.dialog = dialog

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                question.code = dialog.code()
            question.dialog = None
            question.answered.set()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog_shown.emit(dialog)

    def _withdraw(self, question: _Question) -> None:
        if question.dialog is not None:
            question.dialog.reject()
