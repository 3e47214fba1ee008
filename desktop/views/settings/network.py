"""The network's two settings: extra certificate authorities (a PEM file) and a proxy.

Most PCs need neither, so the fields sit behind a "Show" toggle that opens by itself when a
value is saved, managed or set by the environment, or has a problem. The CA bundle file is
checked on the :class:`TaskRunner` (it may sit on a slow network share); the proxy URL is
checked as typed. The proxy's user name and password have their own fields (:mod:`.proxy_login`)
and are kept in the keyring: a login pasted into the URL moves into them, and the URL is saved
without it. A managed proxy is shown with its password masked. The rules live in
:mod:`desktop.domain.network_rules`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.data.config import DOTENV, ENVIRONMENT
from desktop.data.connection import Sources
from desktop.data.secrets import SecretStore
from desktop.domain import network_rules
from desktop.i18n import tr
from desktop.views.settings.location import override_text
from desktop.views.settings.proxy_login import ProxyLogin
from desktop.views.settings.widgets import FieldNotes, field_block, form_label, muted, settings_form
from desktop.views.widgets import plain_label
from desktop.workers.connection_check import KeyringState
from desktop.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

_CONTEXT = "SettingsDialog"

CA_BUNDLE = "ca_bundle"
PROXY = "proxy"
PROXY_LOGIN = "proxy_login"  # the user name and password (a problem's name, not a setting)
PROXY_PLACEHOLDER = "http://proxy.example.com:8080"
# A pause in typing this long checks the CA bundle file (editingFinished checks at once).
_CHECK_DELAY_MS = 400


class NetworkGroup(QGroupBox):
    """The CA bundle and proxy as typed; their problems, locks and overrides under them."""

    edited = Signal()  # the person changed a value
    updated = Signal()  # a CA bundle file was checked

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr(_CONTEXT, "Network"), parent)
        self._runner = runner
        self._task = f"settings-network-{id(self)}"
        self._sources: Sources | None = None
        self._locked = {CA_BUNDLE: False, PROXY: False}
        # A managed proxy as given: the field shows it with its password masked.
        self._managed_proxy = ""
        # The last checked CA bundle path and what is wrong with it ("" fine).
        self._bundle_checked: tuple[str, str] | None = None
        self._bundle_waiters: list[Callable[[str], None]] = []
        self._closed = False
        self._bundle_timer = QTimer(self)
        self._bundle_timer.setSingleShot(True)
        self._bundle_timer.setInterval(_CHECK_DELAY_MS)
        self._bundle_timer.timeout.connect(self.check_bundle)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.toggle = QToolButton(self)
        self.toggle.setText(tr(_CONTEXT, "Proxy and certificates"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.summary = muted(
            plain_label(
                tr(
                    _CONTEXT,
                    "Only if your organisation's network needs them; ask your IT department.",
                ),
                self,
            )
        )
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.toggle)
        header.addWidget(self.summary, 1)
        header.addStretch(0)

        self.box = QWidget(self)
        form = settings_form()
        form.setContentsMargins(0, 0, 0, 0)

        self.ca_edit = QLineEdit(self.box)
        self.ca_edit.setAccessibleName(tr(_CONTEXT, "Extra certificate authorities (PEM file)"))
        self.ca_edit.setPlaceholderText(tr(_CONTEXT, "None: the computer's own are trusted"))
        self.browse_button = QPushButton(tr(_CONTEXT, "&Browse…"), self.box)
        self.browse_button.setAutoDefault(False)
        self.browse_button.setToolTip(tr(_CONTEXT, "Choose the PEM file of certificates"))
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.setSpacing(6)
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.browse_button)
        self.ca_notes = FieldNotes(self.box)
        ca_help = muted(
            plain_label(
                tr(
                    _CONTEXT,
                    "For a network that inspects secure connections: the root certificate IT "
                    "gives you, trusted besides the computer's own.",
                ),
                self.box,
            )
        )

        self.proxy_edit = QLineEdit(self.box)
        self.proxy_edit.setAccessibleName(tr(_CONTEXT, "Proxy"))
        self.proxy_edit.setPlaceholderText(PROXY_PLACEHOLDER)
        self.proxy_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.proxy_notes = FieldNotes(self.box)
        self.login = ProxyLogin(self.box)
        self.proxy_user_edit = self.login.user_edit
        self.proxy_password_edit = self.login.password_edit
        proxy_help = muted(
            plain_label(
                tr(
                    _CONTEXT,
                    "The proxy for the calendar's requests to AWS. Empty: none, or the "
                    "HTTPS_PROXY environment variable.",
                ),
                self.box,
            )
        )

        ca_block = field_block(ca_row, self.ca_notes)
        ca_block.addWidget(ca_help)
        proxy_block = field_block(self.proxy_edit, self.proxy_notes)
        proxy_block.addWidget(proxy_help)
        form.addRow(
            form_label(tr(_CONTEXT, "Extra certificate &authorities:"), self.ca_edit, self),
            ca_block,
        )
        form.addRow(form_label(tr(_CONTEXT, "&Proxy:"), self.proxy_edit, self), proxy_block)
        form.addRow(
            form_label(tr(_CONTEXT, "&User name:"), self.proxy_user_edit, self),
            self.proxy_user_edit,
        )
        form.addRow(
            form_label(tr(_CONTEXT, "Pass&word:"), self.proxy_password_edit, self), self.login
        )
        self.box.setLayout(form)
        self.box.setVisible(False)

        layout.addLayout(header)
        layout.addWidget(self.box)

    def _notes(self) -> dict[str, FieldNotes]:
        return {CA_BUNDLE: self.ca_notes, PROXY: self.proxy_notes, PROXY_LOGIN: self.login.notes}

    def _fields(self) -> dict[str, QWidget]:
        return {
            CA_BUNDLE: self.ca_edit,
            PROXY: self.proxy_edit,
            PROXY_LOGIN: self.proxy_password_edit,
        }

    # --- values in and out -----------------------------------------------------------------------

    def load(self, values: Mapping[str, str], locked: Mapping[str, bool]) -> None:
        """Show the saved values (managed ones locked), check the file; then report edits."""
        self._locked = {name: bool(locked[name]) for name in self._locked}
        self.ca_edit.setText(values[CA_BUNDLE])
        proxy = values[PROXY]
        if self._locked[PROXY]:
            self._managed_proxy = proxy
            self.proxy_edit.setText(network_rules.masked_proxy(proxy))
            self.login.load(locked=True, legacy=None)
        else:
            # An earlier version saved the login in the URL: shown in its fields, and moved
            # to the keyring on OK (the app uses the saved URL as it is until then).
            bare, user, password = network_rules.split_proxy_login(proxy)
            self.proxy_edit.setText(bare)
            self.login.load(locked=False, legacy=(user, password) if bare != proxy else None)
        notes, fields = self._notes(), self._fields()
        for name in (CA_BUNDLE, PROXY):
            if self._locked[name]:
                fields[name].setEnabled(False)
                notes[name].set_locked(True)
        self.browse_button.setEnabled(not self._locked[CA_BUNDLE])
        self.set_shown(any(values.values()) or any(self._locked.values()))
        self.refresh(busy=False)
        if self.bundle_path():
            self.check_bundle()
        self.ca_edit.textChanged.connect(self._bundle_typed)
        self.ca_edit.editingFinished.connect(self._bundle_finished)
        self.proxy_edit.textChanged.connect(self._proxy_typed)
        self.login.edited.connect(self._login_typed)
        self.browse_button.clicked.connect(self.browse)
        self.toggle.toggled.connect(self.set_shown)

    def bundle_path(self) -> str:
        return self.ca_edit.text().strip()

    def proxy_url(self) -> str:
        """The proxy's URL without a login, as typed (a managed one as given)."""
        if self._locked[PROXY]:
            return self._managed_proxy.strip()
        return self.proxy_edit.text().strip()

    def typed(self) -> dict[str, str]:
        """The values to test, by name: as typed (the proxy with the login of its fields),
        except that an empty field leaves the environment's or a .env's value in place (as
        the app will, after OK)."""
        proxy = self.proxy_url()
        if not self._locked[PROXY]:
            proxy = network_rules.with_proxy_login(proxy, *self.login.login())
        typed = {CA_BUNDLE: self.bundle_path(), PROXY: proxy}
        resolved = self._sources.resolved if self._sources else {}
        return {
            name: value
            for name, value in typed.items()
            if value or name not in resolved or resolved[name].source not in (ENVIRONMENT, DOTENV)
        }

    def saved_values(self) -> dict[str, str]:
        """The values OK saves in the user's settings, by name (empty: none); the proxy
        without its login, which :meth:`keyring_work` keeps."""
        return {CA_BUNDLE: self.bundle_path(), PROXY: self.proxy_url()}

    def keyring_work(self, secrets: SecretStore) -> Callable[[], None] | None:
        """What OK must do in the keyring for the proxy's login (on a worker), or nothing."""
        return self.login.keyring_work(secrets, self.proxy_url())

    def set_keyring(self, state: KeyringState | None) -> None:
        """The keyring was read (by the credentials group): its proxy login, if any."""
        self.login.set_keyring(state)
        self.refresh(busy=False)

    def refresh(self, *, busy: bool) -> None:
        self.login.refresh(proxy=bool(self.proxy_url()), busy=busy)

    def is_locked(self, name: str) -> bool:
        return self._locked[name]

    def problems(self) -> dict[str, str]:
        """What is known to be wrong now: name → message (a file not yet checked has none)."""
        found: dict[str, str] = {}
        checked = self._bundle_checked
        if checked is not None and checked[0] == self.bundle_path() and checked[1]:
            found[CA_BUNDLE] = checked[1]
        proxy = self.proxy_url()
        if proxy:
            problem = network_rules.proxy_problem(proxy)
            if problem:
                found[PROXY] = problem
        login = self.login.problem(proxy)
        if login:
            found[PROXY_LOGIN] = login
        return found

    def show_problems(self, problems: Mapping[str, str]) -> list[QWidget]:
        """Show each field's problem under it; return the notes whose problem is new (for the
        dialog to scroll to: these fields sit low in a small dialog)."""
        notes = self._notes()
        new: list[QWidget] = []
        for name, widget in self._fields().items():
            problem = problems.get(name, "")
            if problem and problem != notes[name].error.message():
                new.append(notes[name])
            notes[name].set_error(problem)
            widget.setAccessibleDescription(problem)
        if new:
            self.set_shown(True)
        return new

    def set_shown(self, shown: bool) -> None:
        if self.toggle.isChecked() != shown:
            self.toggle.blockSignals(True)
            self.toggle.setChecked(shown)
            self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.box.setVisible(shown)
        self.summary.setVisible(not shown)

    def _proxy_typed(self, text: str) -> None:
        bare, user, password = network_rules.split_proxy_login(text)
        if bare != text:
            # A login pasted or typed into the URL: into its own fields, out of the URL.
            cursor = self.proxy_edit.cursorPosition() - (len(text) - len(bare))
            self.proxy_edit.blockSignals(True)
            self.proxy_edit.setText(bare)
            self.proxy_edit.setCursorPosition(max(0, cursor))
            self.proxy_edit.blockSignals(False)
            self.login.take(user, password)
        self.edited.emit()

    def _login_typed(self) -> None:
        self.edited.emit()

    def _bundle_typed(self) -> None:
        self._bundle_timer.start()
        self.edited.emit()

    def _bundle_finished(self) -> None:
        # Also emitted as the field loses the focus to a closing dialog: then nothing to check.
        if self.isVisible() and self.checking():
            self.check_bundle()

    def browse(self) -> None:
        """Pick the PEM file with the platform's file dialog, then check it."""
        current = self.bundle_path()
        start = str(Path(current).expanduser().parent) if current else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr(_CONTEXT, "Extra certificate authorities"),
            start,
            tr(_CONTEXT, "Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_edit.setText(path)
            self.check_bundle()

    # --- the CA bundle file, checked on a worker --------------------------------------------------

    def check_bundle(self, then: Callable[[str], None] | None = None) -> None:
        """Check the typed CA bundle file on a worker; ``then`` gets its problem ("" fine)."""
        self._bundle_timer.stop()
        if self._closed:
            return  # the dialog closed (its field, losing the focus, finishes editing)
        path = self.bundle_path()
        if then is not None:
            self._bundle_waiters.append(then)
        if not path:
            self._bundle_checked = None
            self._deliver_bundle("")
            return
        self._runner.submit(
            lambda: network_rules.ca_bundle_problem(path),
            lambda problem: self._bundle_read(path, problem),
            lambda error: self._bundle_failed(path, error),
            key=self._task,
        )

    def checking(self) -> bool:
        """True while a typed CA bundle path has not been checked yet."""
        path = self.bundle_path()
        return bool(path) and (self._bundle_checked is None or self._bundle_checked[0] != path)

    def _bundle_read(self, path: str, problem: str) -> None:
        self._bundle_checked = (path, problem)
        if path != self.bundle_path():
            return  # typed on meanwhile: a newer check follows
        self._deliver_bundle(problem)

    def _bundle_failed(self, path: str, error: BaseException) -> None:
        # ca_bundle_problem turns OSError into a message: this is a bug (the runner reports it).
        self._bundle_read(
            path,
            tr(_CONTEXT, "The file could not be checked ({error}).").format(
                error=type(error).__name__
            ),
        )

    def _deliver_bundle(self, problem: str) -> None:
        waiters, self._bundle_waiters = self._bundle_waiters, []
        self.updated.emit()
        for then in waiters:
            then(problem)

    def forget(self) -> None:
        """The dialog closes: no more checks, and none of the running ones' results."""
        self._closed = True
        self._bundle_timer.stop()
        self._bundle_waiters.clear()
        self._runner.forget(self._task)

    # --- the environment's values ----------------------------------------------------------------

    def show_overrides(self, sources: Sources) -> None:
        """Note the environment's or a .env's value under its field (a proxy's password masked).

        A managed value is shown locked (:meth:`load`), so it gets no override note.
        """
        self._sources = sources
        for name, notes in self._notes().items():
            resolved = sources.resolved.get(name)
            text = (
                override_text(name, resolved, sources.dotenv, url=name == PROXY) if resolved else ""
            )
            notes.set_override(text)
            if text:
                self.set_shown(True)
