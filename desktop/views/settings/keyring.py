"""The access key's fields under the keyring option: key id, secret, a temporary key's session
token, what is stored (and when a temporary key expires), Remove."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.domain.temporary_keys import expiry_text, has_expired
from desktop.i18n import tr
from desktop.views.settings.widgets import credential_edit, form_label, muted, settings_form
from desktop.views.widgets import ErrorLabel, plain_label
from desktop.workers.connection_check import KeyringState

_CONTEXT = "SettingsDialog"


class KeyringPanel(QWidget):
    """The key id, the secret and the session token (neither shown once stored), and what OK
    will do with them."""

    def __init__(self, indent: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keyring_layout = QVBoxLayout(self)
        keyring_layout.setContentsMargins(indent, 0, 0, 4)
        keyring_layout.setSpacing(3)
        keyring_form = settings_form()
        keyring_form.setContentsMargins(0, 0, 0, 0)
        self.key_id_edit = credential_edit(tr(_CONTEXT, "Access key ID"), self)
        self.key_id_edit.setPlaceholderText("AKIA…")
        self.secret_edit = credential_edit(tr(_CONTEXT, "Secret access key"), self, hidden=True)
        self.token_edit = credential_edit(tr(_CONTEXT, "Session token"), self, hidden=True)
        self.token_edit.setPlaceholderText(
            tr(_CONTEXT, "Temporary keys only (ASIA…): paste the session token")
        )
        self.stored_label = muted(plain_label("", self))
        # A temporary key's expiry: the stored key's, or the one read from what was pasted.
        self.expiry_label = muted(plain_label("", self))
        self.expiry_label.setVisible(False)
        self.remove_secret_button = QPushButton(tr(_CONTEXT, "Remove"), self)
        self.remove_secret_button.setAutoDefault(False)
        self.remove_secret_button.setToolTip(
            tr(_CONTEXT, "Remove the stored access key from this computer when you click OK")
        )
        secret_row = self._secret_row = QHBoxLayout()
        secret_row.setContentsMargins(0, 0, 0, 0)
        secret_row.addWidget(self.secret_edit, 1)
        secret_row.addWidget(self.remove_secret_button)
        self.keyring_note = muted(plain_label(tr(_CONTEXT, "Checking the keyring…"), self))
        self.keyring_error = ErrorLabel(self)
        keyring_form.addRow(
            form_label(tr(_CONTEXT, "Access key &ID:"), self.key_id_edit, self), self.key_id_edit
        )
        keyring_form.addRow(
            form_label(tr(_CONTEXT, "&Secret access key:"), self.secret_edit, self), secret_row
        )
        keyring_form.addRow(
            form_label(tr(_CONTEXT, "Session to&ken:"), self.token_edit, self), self.token_edit
        )
        self._keyring_form = keyring_form
        keyring_layout.addLayout(keyring_form)
        keyring_layout.addWidget(self.stored_label)
        keyring_layout.addWidget(self.expiry_label)
        keyring_layout.addWidget(self.keyring_note)
        keyring_layout.addWidget(self.keyring_error)
        # Saving the access key failed: said right under the key's fields.
        self.credentials_error = ErrorLabel(self)
        self.credentials_error.setObjectName("credentialsError")
        keyring_layout.addWidget(self.credentials_error)

    def refresh(
        self,
        state: KeyringState | None,
        *,
        remove_pending: bool,
        entering: bool,
        busy: bool,
        expiry: tuple[datetime | None, datetime] | None = None,
    ) -> None:
        """Show the keyring's ``state``; ``entering``: the keyring option is the chosen one;
        ``expiry``: the temporary key's expiry (``None`` when unknown) and the time now, when
        the key in the fields is a temporary one."""
        form = self._keyring_form
        available = state is None or state.available
        form.setRowVisible(self.key_id_edit, available)
        form.setRowVisible(self._secret_row, available)
        form.setRowVisible(self.token_edit, available)
        self._show_expiry(expiry if available and not remove_pending else None)
        if state is None or not state.available:
            self.keyring_note.setText(
                tr(_CONTEXT, "Checking the keyring…")
                if state is None
                else tr(
                    _CONTEXT,
                    "Not available: this computer has no password store (keyring) to keep an "
                    "access key safely. Use an AWS profile or the environment instead.",
                )
            )
            self.keyring_note.setVisible(True)
            self.stored_label.setVisible(False)
            self.remove_secret_button.setVisible(False)
            self.keyring_error.set_message("")
            return
        self.keyring_note.setVisible(False)
        self.keyring_error.set_message(state.error.message if state.error is not None else "")
        typed_secret = self.secret_edit.text().strip()
        if remove_pending:
            self.stored_label.setText(
                tr(_CONTEXT, "The stored access key will be removed when you click OK.")
            )
            self.remove_secret_button.setText(tr(_CONTEXT, "Undo"))
        elif state.has_secret and typed_secret:
            self.stored_label.setText(
                tr(_CONTEXT, "The stored secret key will be replaced when you click OK.")
            )
            self.remove_secret_button.setText(tr(_CONTEXT, "Remove"))
        elif state.has_session_token:
            self.stored_label.setText(
                tr(_CONTEXT, "A secret key and a session token are stored in {store}.").format(
                    store=state.label
                )
            )
            self.remove_secret_button.setText(tr(_CONTEXT, "Remove"))
        elif state.has_secret:
            self.stored_label.setText(
                tr(_CONTEXT, "A secret key is stored in {store}.").format(store=state.label)
            )
            self.remove_secret_button.setText(tr(_CONTEXT, "Remove"))
        else:
            self.stored_label.setText(
                tr(_CONTEXT, "Saved in {store} when you click OK, never in a file.").format(
                    store=state.label
                )
            )
        stored = state.has_secret or remove_pending
        # "Saved in … when you click OK" matters only while an access key is being entered.
        self.stored_label.setVisible(stored or entering)
        self.remove_secret_button.setVisible(stored)
        self.remove_secret_button.setEnabled(not busy)
        self.secret_edit.setPlaceholderText(
            tr(_CONTEXT, "Type a new secret to replace it")
            if state.has_secret and not remove_pending
            else tr(_CONTEXT, "Paste the secret access key")
        )
        self.token_edit.setPlaceholderText(
            tr(_CONTEXT, "A session token is stored: paste a new one to replace it")
            if state.has_session_token and not remove_pending
            else tr(_CONTEXT, "Temporary keys only (ASIA…): paste the session token")
        )

    def _show_expiry(self, expiry: tuple[datetime | None, datetime] | None) -> None:
        if expiry is None:
            self.expiry_label.setVisible(False)
            return
        expires, now = expiry
        if expires is None:
            text = tr(_CONTEXT, "Temporary key; when it expires is not known.")
        elif has_expired(expires, now):
            text = tr(
                _CONTEXT,
                "Temporary key, expired {time}: paste a new one from your IT department's "
                "sign-in page.",
            ).format(time=expiry_text(expires))
        else:
            text = tr(_CONTEXT, "Temporary key, expires {time}").format(time=expiry_text(expires))
        self.expiry_label.setText(text)
        self.expiry_label.setVisible(True)
