"""How this computer signs in to AWS: an access key in the keyring, a profile, or the chain.

An access key may be a temporary one, with a session token and an expiry. What a federation
sign-in page or an IT tool hands out (the AWS CLI's JSON, ``export`` lines, a credentials-file
block) may be pasted whole into any of the key's fields: it fills all three and the expiry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.data.config import CredentialMode, Credentials
from desktop.data.errors import KeyringError, StoreError
from desktop.data.secrets import SecretStore
from desktop.domain.connection_rules import profile_problem
from desktop.domain.temporary_keys import is_temporary_key_id, parse_pasted
from desktop.domain.timestamps import format_timestamp, parse_timestamp
from desktop.i18n import tr
from desktop.views.settings.keyring import KeyringPanel
from desktop.views.settings.widgets import LockNote, muted
from desktop.views.widgets import plain_label
from desktop.workers.connection_check import KeyringState, Profile, list_profiles, read_keyring
from desktop.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

_CONTEXT = "SettingsDialog"


class CredentialsGroup(QGroupBox):
    """The three ways to sign in; reads the keyring and the AWS profiles on workers."""

    edited = Signal()  # the person changed a choice or a field
    updated = Signal()  # the keyring or the profiles were read

    def __init__(
        self,
        secrets: SecretStore,
        runner: TaskRunner,
        *,
        mode_locked: bool,
        profile_locked: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr(_CONTEXT, "How this computer signs in to AWS"), parent)
        self._secrets = secrets
        self._runner = runner
        self._task = f"settings-credentials-{id(self)}"
        self._mode_locked = mode_locked
        self._profile_locked = profile_locked
        self.keyring: KeyringState | None = None
        self.remove_pending = False
        self.profiles: list[Profile] | None = None
        self._profiles_error = ""
        self._saved_profile = ""
        self._saved_expires: datetime | None = None  # the stored temporary key's, if known
        self._typed_expires: datetime | None = None  # read from what was pasted
        self._filling = False  # the fields are being filled from a paste
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.mode_lock = LockNote(self)
        self.mode_lock.setVisible(self._mode_locked)
        layout.addWidget(self.mode_lock)

        indent = self.style().pixelMetric(self.style().PixelMetric.PM_ExclusiveIndicatorWidth)
        indent += 8

        # 1. An access key in the keyring.
        self.mode_keyring = QRadioButton(
            tr(_CONTEXT, "An &access key, kept in this computer's password store"), self
        )
        self.keyring_panel = KeyringPanel(indent, self)
        self.key_id_edit = self.keyring_panel.key_id_edit
        self.secret_edit = self.keyring_panel.secret_edit
        self.token_edit = self.keyring_panel.token_edit
        self.expiry_label = self.keyring_panel.expiry_label
        self.stored_label = self.keyring_panel.stored_label
        self.remove_secret_button = self.keyring_panel.remove_secret_button
        self.keyring_note = self.keyring_panel.keyring_note
        self.keyring_error = self.keyring_panel.keyring_error
        self.credentials_error = self.keyring_panel.credentials_error

        # 2. A profile of the AWS config.
        self.mode_profile = QRadioButton(
            tr(_CONTEXT, "An AWS &profile of this computer (including SSO sign-in)"), self
        )
        self.profile_panel = QWidget(self)
        profile_layout = QVBoxLayout(self.profile_panel)
        profile_layout.setContentsMargins(indent, 0, 0, 4)
        profile_layout.setSpacing(3)
        self.profile_combo = QComboBox(self.profile_panel)
        self.profile_combo.setAccessibleName(tr(_CONTEXT, "AWS profile"))
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.setMinimumContentsLength(18)
        self.profile_lock = LockNote(self.profile_panel)
        self.profile_lock.setVisible(self._profile_locked)
        self.profile_note = muted(
            plain_label(tr(_CONTEXT, "Reading the AWS profiles…"), self.profile_panel)
        )
        profile_layout.addWidget(self.profile_combo, 0, Qt.AlignmentFlag.AlignLeft)
        profile_layout.addWidget(self.profile_lock)
        profile_layout.addWidget(self.profile_note)

        # 3. The environment / the standard chain.
        self.mode_default = QRadioButton(
            tr(_CONTEXT, "The &environment (AWS's standard sign-in)"), self
        )
        self.default_panel = QWidget(self)
        default_layout = QVBoxLayout(self.default_panel)
        default_layout.setContentsMargins(indent, 0, 0, 0)
        self.default_note = muted(
            plain_label(
                tr(
                    _CONTEXT,
                    "Uses what the AWS command line would use: the AWS_ACCESS_KEY_ID and "
                    "AWS_SECRET_ACCESS_KEY environment variables, the default profile, or the "
                    "computer's own AWS role.",
                ),
                self.default_panel,
            )
        )
        default_layout.addWidget(self.default_note)

        self.mode_group = QButtonGroup(self)
        for button in (self.mode_keyring, self.mode_profile, self.mode_default):
            self.mode_group.addButton(button)

        self.credentials_hint = muted(plain_label("", self))
        self.credentials_hint.setVisible(False)

        layout.addWidget(self.mode_keyring)
        layout.addWidget(self.keyring_panel)
        layout.addWidget(self.mode_profile)
        layout.addWidget(self.profile_panel)
        layout.addWidget(self.mode_default)
        layout.addWidget(self.default_panel)
        layout.addWidget(self.credentials_hint)

    # --- values in and out -----------------------------------------------------------------------

    def load(self, mode_text: str, profile: str, session_expires: str = "") -> None:
        """Show the saved mode and profile (and when the stored temporary key expires); from
        then on, report the person's edits."""
        try:
            mode = CredentialMode(mode_text or CredentialMode.DEFAULT)
        except ValueError:
            mode = CredentialMode.DEFAULT
        {
            CredentialMode.KEYRING: self.mode_keyring,
            CredentialMode.PROFILE: self.mode_profile,
            CredentialMode.DEFAULT: self.mode_default,
        }[mode].setChecked(True)
        self._saved_profile = profile
        self._saved_expires = parse_timestamp(session_expires)
        self._fill_profiles()
        self.key_id_edit.textChanged.connect(self._fields_edited)
        self.secret_edit.textChanged.connect(self._fields_edited)
        self.token_edit.textChanged.connect(self._token_edited)
        self.profile_combo.currentIndexChanged.connect(self.edited)
        self.mode_group.buttonToggled.connect(self._mode_toggled)
        self.remove_secret_button.clicked.connect(self._toggle_remove)

    def mode(self) -> CredentialMode:
        if self.mode_keyring.isChecked():
            return CredentialMode.KEYRING
        if self.mode_profile.isChecked():
            return CredentialMode.PROFILE
        return CredentialMode.DEFAULT

    def profile(self) -> str:
        data = self.profile_combo.currentData()
        return data if isinstance(data, str) else ""

    def key_id(self) -> str:
        return self.key_id_edit.text().strip()

    def typed_secret(self) -> str:
        return self.secret_edit.text().strip()

    def typed_token(self) -> str:
        return self.token_edit.text().strip()

    def _stored_secret_usable(self) -> bool:
        """The stored secret goes with the key id in the field (not removed, not another id)."""
        state = self.keyring
        return (
            state is not None
            and state.has_secret
            and not self.remove_pending
            and self.key_id() == state.key_id
        )

    def _session(self) -> tuple[str, datetime | None]:
        """The session token that goes with the fields' key, and its expiry: typed with a
        typed secret, else the stored one with the stored secret."""
        if self.typed_secret():
            token = self.typed_token()
            return token, self._typed_expires if token else None
        if self._stored_secret_usable():
            assert self.keyring is not None
            token = self.typed_token() or self.keyring.session_token
            expires = self._typed_expires if self.typed_token() else self._saved_expires
            return token, expires if token else None
        return "", None

    def credentials(self) -> Credentials:
        """The sign-in the fields describe now, unsaved (typed secret, or the stored one)."""
        mode = self.mode()
        if mode is CredentialMode.KEYRING:
            secret = self.typed_secret()
            if not secret and self._stored_secret_usable():
                assert self.keyring is not None
                secret = self.keyring.secret
            token, expires = self._session()
            return Credentials(mode, "", self.key_id(), secret, token, expires)
        if mode is CredentialMode.PROFILE:
            return Credentials(mode, self.profile())
        return Credentials(mode)

    def keyring_work(self) -> Callable[[], None] | None:
        """What OK must do in the keyring (on a worker): save the typed key, remove, or nothing."""
        secrets = self._secrets
        key_id, secret = self.key_id(), self.typed_secret()
        if self.mode() is CredentialMode.KEYRING and (secret or self.typed_token()):
            token, _expires = self._session()
            if not secret:  # a new token for the stored key
                assert self.keyring is not None
                secret = self.keyring.secret
            # Without a token, a permanent key: the token stored before is removed with it.
            return lambda: secrets.save(key_id, secret, token)
        if self.remove_pending:
            return secrets.remove
        return None

    def session_expires_to_save(self) -> str | None:
        """The ``credentials/session_expires`` value OK writes with :meth:`keyring_work`:
        ISO 8601 UTC, ``""`` to clear it, ``None`` to leave it as it is."""
        if self.mode() is CredentialMode.KEYRING and (self.typed_secret() or self.typed_token()):
            token, expires = self._session()
            return format_timestamp(expires) if token and expires is not None else ""
        if self.remove_pending:
            return ""
        return None

    def problem(self) -> str:
        """What keeps this sign-in from working now, or ``""``."""
        mode = self.mode()
        if mode is CredentialMode.PROFILE:
            return profile_problem(self.profile())
        if mode is not CredentialMode.KEYRING:
            return ""
        state = self.keyring
        if state is None:
            return tr(_CONTEXT, "Checking the keyring…")
        if not state.available:
            return tr(
                _CONTEXT,
                "Choose a profile or the environment: this computer cannot keep an access key.",
            )
        if not self.key_id() and not self.typed_secret():
            return tr(_CONTEXT, "Enter the access key ID and the secret access key.")
        if not self.key_id():
            return tr(_CONTEXT, "Enter the access key ID.")
        if not self.typed_secret() and not self._stored_secret_usable():
            return tr(_CONTEXT, "Enter the secret access key that belongs to this access key ID.")
        if is_temporary_key_id(self.key_id()) and not self._session()[0]:
            return tr(
                _CONTEXT,
                "This is a temporary access key (ASIA…): paste its session token too.",
            )
        return ""

    # --- reacting --------------------------------------------------------------------------------

    def _fields_edited(self, text: str = "") -> None:
        if not self._filling and self._fill_from_paste(text):
            return
        self.credentials_error.set_message("")
        self.edited.emit()

    def _token_edited(self, text: str = "") -> None:
        if not self._filling:
            if self._fill_from_paste(text):
                return
            self._typed_expires = None  # a token typed by hand: its expiry is not known
        self._fields_edited()

    def _fill_from_paste(self, text: str) -> bool:
        """Fill the key id, the secret, the token and the expiry from ``text`` when it holds
        a whole access key (the AWS CLI's JSON, ``export`` lines, a credentials-file block)."""
        pasted = parse_pasted(text) if len(text) > 40 else None
        if pasted is None:
            return False
        self._filling = True
        try:
            self.key_id_edit.setText(pasted.key_id)
            self.secret_edit.setText(pasted.secret)
            self.token_edit.setText(pasted.session_token)
        finally:
            self._filling = False
        self._typed_expires = pasted.expires
        log.info(
            "An access key was pasted (%s, %s)",
            "temporary" if pasted.session_token else "permanent",
            "expiry given" if pasted.expires else "no expiry",
        )
        self._fields_edited()
        return True

    def _mode_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.credentials_error.set_message("")
            self.edited.emit()

    def _toggle_remove(self) -> None:
        state = self.keyring
        if state is None:
            return
        self.remove_pending = not self.remove_pending
        if self.remove_pending:
            self.key_id_edit.clear()
            self.secret_edit.clear()
            self.token_edit.clear()
        elif not self.key_id_edit.text():
            self.key_id_edit.setText(state.key_id)
        self.edited.emit()

    def refresh(self, problem: str, *, busy: bool) -> None:
        """Show ``problem`` and enable what may be used now (nothing while saving)."""
        self.credentials_hint.setText(problem)
        self.credentials_hint.setVisible(bool(problem))
        mode = self.mode()
        state = self.keyring
        keyring_usable = state is not None and state.available
        for button in (self.mode_keyring, self.mode_profile, self.mode_default):
            button.setEnabled(not self._mode_locked and not busy)
        if not keyring_usable and state is not None:
            self.mode_keyring.setEnabled(False)
        keyring_fields = mode is CredentialMode.KEYRING and keyring_usable and not busy
        self.key_id_edit.setEnabled(keyring_fields)
        self.secret_edit.setEnabled(keyring_fields)
        self.token_edit.setEnabled(keyring_fields)
        self.profile_combo.setEnabled(
            mode is CredentialMode.PROFILE and not self._profile_locked and not busy
        )
        self.keyring_panel.refresh(
            self.keyring,
            remove_pending=self.remove_pending,
            entering=mode is CredentialMode.KEYRING,
            busy=busy,
            expiry=self._expiry_shown(),
        )
        self._refresh_profile_note()

    def _expiry_shown(self) -> tuple[datetime | None, datetime] | None:
        """The temporary key's expiry and the time now, when the fields hold a temporary key."""
        if self.mode() is not CredentialMode.KEYRING:
            return None
        token, expires = self._session()
        return (expires, datetime.now(UTC)) if token else None

    def _refresh_profile_note(self) -> None:
        if self.profiles is None:
            text = tr(_CONTEXT, "Reading the AWS profiles…")
        elif self._profiles_error:
            text = self._profiles_error
        elif not self.profiles:
            text = tr(
                _CONTEXT,
                "No AWS profiles were found on this computer. Set one up with “aws configure” "
                "or “aws configure sso”, or choose another option.",
            )
        else:
            text = ""
        self.profile_note.setText(text)
        self.profile_note.setVisible(bool(text))

    # --- the keyring and the profiles, read on workers -------------------------------------------

    def read_in_background(self) -> None:
        secrets = self._secrets
        self._runner.submit(
            lambda: read_keyring(secrets),
            self._keyring_read,
            self._keyring_failed,
            key=f"{self._task}-keyring",
        )
        self._runner.submit(
            list_profiles, self._profiles_read, self._profiles_failed, key=f"{self._task}-profiles"
        )

    def forget(self) -> None:
        for name in ("keyring", "profiles"):
            self._runner.forget(f"{self._task}-{name}")

    def is_ready(self) -> bool:
        return self.keyring is not None and self.profiles is not None

    def _keyring_read(self, state: KeyringState) -> None:
        self.keyring = state
        if state.key_id and not self.key_id_edit.text():
            self.key_id_edit.setText(state.key_id)
        self.updated.emit()

    def _keyring_failed(self, error: BaseException) -> None:
        log.error("Reading the keyring failed", exc_info=error)
        message = (
            error if isinstance(error, KeyringError) else KeyringError.failed(type(error).__name__)
        )
        self.keyring = KeyringState(True, error=message)
        self.updated.emit()

    def _profiles_read(self, profiles: list[Profile]) -> None:
        self.profiles = profiles
        self._profiles_error = ""
        self._fill_profiles()
        self.updated.emit()

    def _profiles_failed(self, error: BaseException) -> None:
        self.profiles = []
        self._profiles_error = (
            str(error)
            if isinstance(error, StoreError)
            else tr(_CONTEXT, "The AWS profiles could not be read.")
        )
        if not isinstance(error, StoreError):
            log.error("Reading the AWS profiles failed", exc_info=error)
        self._fill_profiles()
        self.updated.emit()

    def _fill_profiles(self) -> None:
        current = self.profile() or self._saved_profile
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for profile in self.profiles or []:
            label = profile.name
            if profile.sso:
                label = tr(_CONTEXT, "{profile} (SSO)").format(profile=profile.name)
            self.profile_combo.addItem(label, profile.name)
        if current and self.profile_combo.findData(current) < 0:
            label = current
            if self.profiles is not None:
                label = tr(_CONTEXT, "{profile} (not on this computer)").format(profile=current)
            self.profile_combo.addItem(label, current)
        row = self.profile_combo.findData(current) if current else 0
        self.profile_combo.setCurrentIndex(row if row >= 0 else 0)
        self.profile_combo.blockSignals(False)
