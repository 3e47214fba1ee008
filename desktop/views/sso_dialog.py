"""Signing an SSO profile in from the app: the code to confirm, and the flow run on a worker.

:class:`SsoSignIn` starts :func:`desktop.data.sso_login.sign_in` on a worker of its own; the
worker hands the code over by a queued signal, the browser opens at AWS's page (on the GUI
thread) and :class:`SsoDialog` shows the code until the browser confirms it. Cancel sets the
worker's event: the poll stops at once. The GUI thread never waits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.data.config import ConnectionSettings
from desktop.data.errors import StoreError
from desktop.data.sso_login import DeviceCode, profile_of, sign_in, sso_profile
from desktop.i18n import tr
from desktop.views.formats import short_time
from desktop.views.widgets import dialog_layout, plain_label
from desktop.workers.bugs import UnexpectedError
from desktop.workers.tasks import TaskRunner

_CONTEXT = "SsoDialog"


class SsoDialog(QDialog):
    """The code the browser must show, big and selectable; Cancel stops the sign-in."""

    def __init__(self, profile: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(_CONTEXT, "Sign in to AWS"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 60))
        self._url = ""
        layout = dialog_layout(self)
        self.about = plain_label(
            tr(
                _CONTEXT,
                "Your browser opens AWS's sign-in page for the profile “{profile}”. Sign in "
                "there, then confirm that the browser shows this code:",
            ).format(profile=profile),
            self,
        )
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.code_label = QLabel("…", self)
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 2.2)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        self.code_label.setFont(font)
        self.code_label.setAccessibleName(tr(_CONTEXT, "Code to confirm"))
        layout.addWidget(self.code_label)
        self.status_label = plain_label(tr(_CONTEXT, "Starting the sign-in…"), self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.page_label = plain_label("", self)
        self.page_label.setWordWrap(True)
        self.page_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page_label.hide()
        layout.addWidget(self.page_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr(_CONTEXT, "Cancel"))
        self.open_button = QPushButton(tr(_CONTEXT, "Open the page again"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.setEnabled(False)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._open: Callable[[str], None] = lambda _url: None
        self.open_button.clicked.connect(lambda: self._open(self._url))

    def show_code(self, code: DeviceCode, open_page: Callable[[str], None]) -> None:
        self._url = code.verification_uri_complete
        self._open = open_page
        self.code_label.setText(code.user_code)
        self.code_label.setAccessibleDescription(code.user_code)
        self.status_label.setText(
            tr(
                _CONTEXT,
                "Waiting for the browser… The code is valid until {time}.",
            ).format(time=short_time(self.locale(), code.expires_at.astimezone()))
        )
        self.page_label.setText(
            tr(
                _CONTEXT,
                "The browser did not open? Go to {page} and type the code.",
            ).format(page=code.verification_uri or code.verification_uri_complete)
        )
        self.page_label.show()
        self.open_button.setEnabled(True)


class SsoSignIn(QObject):
    """Runs one sign-in at a time for a window or the settings dialog."""

    _code_ready = Signal(object)  # DeviceCode, from the worker
    dialog_shown = Signal(SsoDialog)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._runner: TaskRunner | None = None  # made on the first sign-in (a thread)
        self._cancel: threading.Event | None = None
        self.dialog: SsoDialog | None = None
        # Where the page opens: the system's browser (the tests record instead).
        self.open_url: Callable[[str], None] = _open_in_browser
        self._code_ready.connect(self._show_code, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(
        self,
        settings: ConnectionSettings,
        done: Callable[[], None],
        failed: Callable[[StoreError], None],
    ) -> None:
        """Sign ``settings``' profile in; ``done`` or ``failed`` is called on the GUI thread."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        cancel = self._cancel = threading.Event()
        profile = profile_of(settings)
        emit = self._code_ready.emit

        def work() -> object:
            return sign_in(sso_profile(profile), emit, cancel, settings=settings)

        parent = QApplication.activeModalWidget() or self._parent.window()
        dialog = self.dialog = SsoDialog(profile, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rejected.connect(cancel.set)  # Cancel, Esc or the window's close button
        dialog.finished.connect(lambda _result: self._forget(dialog))

        def finished(_result: object) -> None:
            self._close()
            done()

        def went_wrong(error: BaseException) -> None:
            self._close()
            failed(error if isinstance(error, StoreError) else UnexpectedError.of(error))

        if self._runner is None:
            self._runner = TaskRunner(threads=1, parent=self)
        self._runner.submit(work, finished, went_wrong)
        dialog.open()
        self.dialog_shown.emit(dialog)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _show_code(self, code: DeviceCode) -> None:
        if self.dialog is None:
            return
        self.dialog.show_code(code, self.open_url)
        self.open_url(code.verification_uri_complete)

    def _forget(self, dialog: SsoDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _close(self) -> None:
        """The worker is done: its dialog (still open unless Cancel closed it) goes."""
        self._cancel = None
        if self.dialog is not None:
            self.dialog.accept()  # deleted on close; finished forgets it


def _open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))
