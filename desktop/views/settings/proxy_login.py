"""The proxy's user name and password, kept in the keyring as the access key is.

The password field is never filled with a stored password: a note says one is stored, with
Remove, as under the access key (:mod:`.keyring`). A login pasted into the proxy's URL is moved
here by the network group. A URL saved with its login by an earlier version shows its login
here too, and OK moves it to the keyring. What OK must do in the keyring runs on a worker
(:meth:`ProxyLogin.keyring_work`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.data.secrets import SecretStore
from desktop.i18n import tr
from desktop.views.settings.widgets import FieldNotes, credential_edit, muted
from desktop.views.widgets import ErrorLabel, plain_label
from desktop.workers.connection_check import KeyringState

_CONTEXT = "SettingsDialog"


class ProxyLogin(QWidget):
    """The password row (field and Remove) with its notes; the user name field beside it.

    The user name field is created here and placed in the form by the network group.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keyring: KeyringState | None = None
        self.remove_pending = False
        # A login found in the saved URL (an earlier version kept it there): moved on OK.
        self._legacy: tuple[str, str] | None = None
        self._locked = False

        self.user_edit = credential_edit(tr(_CONTEXT, "Proxy user name"), parent)
        self.password_edit = credential_edit(tr(_CONTEXT, "Proxy password"), self, hidden=True)
        self.remove_button = QPushButton(tr(_CONTEXT, "Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(
            tr(_CONTEXT, "Remove the proxy's stored password from this computer when you click OK")
        )
        self.remove_button.setVisible(False)
        self.stored_label = muted(plain_label("", self))
        self.stored_label.setVisible(False)
        self.notes = FieldNotes(self)
        # Saving in the keyring failed: said right under the password.
        self.save_error = ErrorLabel(self)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addWidget(self.notes)
        layout.addWidget(self.stored_label)
        layout.addWidget(self.save_error)

        self.user_edit.textChanged.connect(self._typed)
        self.password_edit.textChanged.connect(self._typed)
        self.remove_button.clicked.connect(self._toggle_remove)

    # --- values in -------------------------------------------------------------------------------

    def load(self, *, locked: bool, legacy: tuple[str, str] | None) -> None:
        """The proxy is managed (``locked``), or was saved with a login (``legacy``)."""
        self._locked = locked
        self._legacy = legacy if legacy and not locked else None
        if self._legacy is not None:
            self.user_edit.setText(self._legacy[0])

    def set_keyring(self, state: KeyringState | None) -> None:
        """The keyring was read: show its user name unless one is shown already."""
        self.keyring = state
        if (
            state is not None
            and state.proxy_user
            and self._legacy is None
            and not self._locked
            and not self.user_edit.text()
        ):
            self.user_edit.setText(state.proxy_user)

    def take(self, user: str, password: str) -> None:
        """A login pasted into the proxy's URL: into the fields."""
        self.remove_pending = False
        self.user_edit.setText(user)
        if password:
            self.password_edit.setText(password)

    # --- values out ------------------------------------------------------------------------------

    def user(self) -> str:
        return self.user_edit.text().strip()

    def typed_password(self) -> str:
        return self.password_edit.text()

    def _stored(self) -> tuple[str, str] | None:
        """The login stored now: the saved URL's, else the keyring's."""
        if self._legacy is not None:
            return self._legacy
        state = self.keyring
        if state is not None and state.has_proxy_login:
            return state.proxy_user, state.proxy_password
        return None

    def _stored_password_usable(self) -> bool:
        """The stored password goes with the user name in the field (not removed)."""
        stored = self._stored()
        return stored is not None and not self.remove_pending and self.user() == stored[0]

    def login(self) -> tuple[str, str]:
        """The user name and password the fields describe now (typed, or the stored one)."""
        if self._locked:
            return "", ""
        password = self.typed_password()
        if not password and self._stored_password_usable():
            stored = self._stored()
            assert stored is not None
            password = stored[1]
        return self.user(), password

    def problem(self, proxy: str) -> str:
        """What keeps this login from working with ``proxy`` (the URL typed), or ``""``."""
        if self._locked or not proxy:
            return ""
        user, password = self.login()
        if not user and not password:
            return ""
        if not user:
            return tr(_CONTEXT, "Enter the user name that goes with this password.")
        stored = self._stored()
        if (
            not self.typed_password()
            and stored is not None
            and stored[1]
            and not self.remove_pending
            and user != stored[0]
        ):
            return tr(_CONTEXT, "Enter the password that belongs to this user name.")
        if self.keyring is not None and not self.keyring.available:
            return tr(
                _CONTEXT,
                "This computer has no password store (keyring) to keep the proxy's user name "
                "and password: leave them empty, or ask IT for a proxy that needs none.",
            )
        return ""

    def keyring_work(self, secrets: SecretStore, proxy: str) -> Callable[[], None] | None:
        """What OK must do in the keyring (on a worker) for ``proxy`` (the URL saved): save
        the login, remove the stored one, or nothing. A managed proxy's is left alone."""
        if self._locked:
            return None
        state = self.keyring
        in_keyring = (
            (state.proxy_user, state.proxy_password)
            if state is not None and state.has_proxy_login
            else None
        )
        user, password = self.login() if proxy else ("", "")
        if not user:
            return secrets.remove_proxy if in_keyring is not None else None
        if in_keyring == (user, password):
            return None
        return lambda: secrets.save_proxy(user, password)

    # --- shown -----------------------------------------------------------------------------------

    def _typed(self, *_args: object) -> None:
        self.save_error.set_message("")
        self.edited.emit()

    def _toggle_remove(self) -> None:
        stored = self._stored()
        if stored is None:
            return
        self.remove_pending = not self.remove_pending
        if self.remove_pending:
            self.user_edit.clear()
            self.password_edit.clear()
        elif not self.user_edit.text():
            self.user_edit.setText(stored[0])
        self.edited.emit()

    def refresh(self, *, proxy: bool, busy: bool) -> None:
        """Enable the fields while a proxy of the user's is typed; say what is stored."""
        usable = proxy and not self._locked and not busy
        self.user_edit.setEnabled(usable)
        self.password_edit.setEnabled(usable)
        stored = self._stored()
        state = self.keyring
        store = state.label if state is not None and state.label else tr(_CONTEXT, "the keyring")
        typed = bool(self.typed_password())
        if self._locked:
            text = ""
        elif self.remove_pending:
            text = tr(_CONTEXT, "The stored password will be removed when you click OK.")
        elif stored is not None and stored[1] and typed:
            text = tr(_CONTEXT, "The stored password will be replaced when you click OK.")
        elif self._legacy is not None and self._legacy[1]:
            text = tr(
                _CONTEXT,
                "A password is stored in this computer's settings file: it moves to {store} "
                "when you click OK.",
            ).format(store=store)
        elif stored is not None and stored[1]:
            text = tr(_CONTEXT, "A password is stored in {store}.").format(store=store)
        elif (self.user() or typed) and (state is None or state.available):
            text = tr(_CONTEXT, "Saved in {store} when you click OK, never in a file.").format(
                store=store
            )
        else:
            text = ""
        self.stored_label.setText(text)
        self.stored_label.setVisible(bool(text))
        has_stored = stored is not None or self.remove_pending
        self.remove_button.setVisible(has_stored and not self._locked)
        self.remove_button.setEnabled(not busy)
        self.remove_button.setText(
            tr(_CONTEXT, "Undo") if self.remove_pending else tr(_CONTEXT, "Remove")
        )
        self.password_edit.setPlaceholderText(
            tr(_CONTEXT, "Type a new password to replace it")
            if stored is not None and stored[1] and not self.remove_pending
            else tr(_CONTEXT, "Only if the proxy asks for one")
        )
        self.user_edit.setPlaceholderText(tr(_CONTEXT, "Only if the proxy asks for one"))
