"""Where the calendar is stored and how to sign in: the administrator's set-up dialog.

Staff rarely see it: an administrator sets it up once per PC (or deploys managed settings for
all PCs). It explains AWS in plain words, tests the connection with the values as typed
(before anything is saved), offers to create the tables and to copy the IAM policy, and only
OK writes anything: the settings (user scope), the access key and the proxy's password (the
OS keyring, never plain text). Every keyring, AWS-config and network call runs on the
:class:`TaskRunner`.

The dialog composes four groups (:mod:`.location`, :mod:`.credentials`, :mod:`.network`,
:mod:`.check`) and wires them; the rules of the fields live in
:mod:`desktop.domain.connection_rules` and :mod:`desktop.domain.network_rules`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.data.config import (
    DEFAULT_DEPARTMENTS_TABLE,
    DEFAULT_EVENTS_TABLE,
    DEFAULT_REGION,
    ConnectionSettings,
    CredentialMode,
)
from desktop.data.connection import Saved, Sources, assemble_connection, user_config_dir
from desktop.data.errors import KeyringError
from desktop.data.iam_policy import guide_policy, read_only_policy
from desktop.data.secrets import SecretStore
from desktop.data.store import DynamoStore
from desktop.demo_support import demo_available
from desktop.domain import connection_rules as rules
from desktop.i18n import tr
from desktop.settings import (
    CA_BUNDLE,
    CREDENTIAL_MODE,
    DEPARTMENTS_TABLE,
    ENDPOINT_URL,
    EVENTS_TABLE,
    PROFILE,
    PROXY,
    READ_ONLY,
    REGION,
    SESSION_EXPIRES,
    AppSettings,
    Setting,
)
from desktop.views.settings.check import CheckGroup
from desktop.views.settings.credentials import CredentialsGroup
from desktop.views.settings.location import LocationGroup
from desktop.views.settings.network import NetworkGroup
from desktop.views.settings.widgets import IntroPanel, ManagedNote
from desktop.views.widgets import dialog_footer, dialog_layout
from desktop.workers.connection_check import CheckReport
from desktop.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

_CONTEXT = "SettingsDialog"

# The settings behind the location's fields, by the field names of the rules.
_LOCATION = {
    rules.REGION: REGION,
    rules.DEPARTMENTS_TABLE: DEPARTMENTS_TABLE,
    rules.EVENTS_TABLE: EVENTS_TABLE,
    rules.ENDPOINT_URL: ENDPOINT_URL,
}
# The network's settings, by the network group's field names.
_NETWORK = {"ca_bundle": CA_BUNDLE, "proxy": PROXY}


class SettingsDialog(QDialog):
    """Connection settings: region, tables, endpoint and sign-in; test; create tables."""

    applied = Signal()
    demoRequested = Signal()  # noqa: N815 (Qt naming)

    def __init__(
        self,
        settings: AppSettings,
        secrets: SecretStore,
        runner: TaskRunner,
        *,
        first_start: bool = False,
        store_factory: Callable[[ConnectionSettings], DynamoStore] = DynamoStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._secrets = secrets
        self._runner = runner
        self._first_start = first_start
        self._save_task = f"settings-dialog-{id(self)}-save"
        self._saving = False
        self._locked = {
            s.key: settings.is_locked(s)
            for s in (*_LOCATION.values(), *_NETWORK.values(), CREDENTIAL_MODE, PROFILE)
        }
        self.setWindowTitle(tr(_CONTEXT, "Connection settings"))
        self.setSizeGripEnabled(True)
        # An explicit minimum: notes that appear later do not resize the window by themselves.
        self.setMinimumSize(640, 420)
        self.location = LocationGroup(runner, self)
        self.credentials = CredentialsGroup(
            secrets,
            runner,
            mode_locked=self._locked[CREDENTIAL_MODE.key],
            profile_locked=self._locked[PROFILE.key],
            parent=self,
        )
        self.network = NetworkGroup(runner, self)
        self.check = CheckGroup(runner, store_factory, self)
        self._build()
        self._expose_parts()
        self._load_saved()
        self._connect()
        self.credentials.read_in_background()
        # The saved values are read here: one QSettings object must not be used from two threads.
        self.location.read_overrides(Saved.read(settings), user_config_dir())
        self.resize(940, 560)
        self._refresh()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        # Top: the first-start explanation and the managed-settings note.
        self._demo = self._first_start and demo_available()
        self.intro = IntroPanel(self, demo=self._demo)
        self.intro_label = self.intro.label
        self.intro.setVisible(self._first_start)
        self.managed_note = ManagedNote(self)
        self.managed_label = self.managed_note.label
        self.managed_note.setVisible(any(self._locked.values()))

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.location)
        left.addWidget(self.credentials)
        left.addWidget(self.network)
        left.addStretch(1)

        # The fields scroll when the dialog is made smaller than they need (small screens).
        self._content = QWidget(self)
        columns = QHBoxLayout(self._content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        columns.addLayout(left, 11)
        columns.addWidget(self.check, 9)
        self._scroll = QScrollArea(self)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._content)

        # Bottom: the demo (first start, where it can run: not in the installed app), OK and
        # Cancel.
        self.demo_button = QPushButton(tr(_CONTEXT, "Try the demo instead"), self)
        self.demo_button.setAutoDefault(False)
        self.demo_button.setVisible(self._demo)
        footer = dialog_footer(
            self,
            QDialogButtonBox.StandardButton.Ok,
            tr(_CONTEXT, "OK"),
            tr(_CONTEXT, "Cancel"),
            tr(_CONTEXT, "Saving…"),
            leading=[self.demo_button],
        )
        self.buttons = footer.buttons
        self.ok_button: QPushButton = footer.accept_button
        self.cancel_button: QPushButton = footer.cancel_button
        self.busy_label = footer.busy_label

        layout = dialog_layout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.managed_note)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(footer.layout)

    def _expose_parts(self) -> None:
        """The groups' fields and buttons, under the names the dialog has always had."""
        location, credentials, check = self.location, self.credentials, self.check
        self.region_combo = location.region_combo
        self.region_notes = location.region_notes
        self.departments_edit = location.departments_edit
        self.departments_notes = location.departments_notes
        self.events_edit = location.events_edit
        self.events_notes = location.events_notes
        self.endpoint_edit = location.endpoint_edit
        self.endpoint_notes = location.endpoint_notes
        self.advanced_toggle = location.advanced_toggle
        self.advanced_box = location.advanced_box
        self.mode_lock = credentials.mode_lock
        self.mode_keyring = credentials.mode_keyring
        self.mode_profile = credentials.mode_profile
        self.mode_default = credentials.mode_default
        self.key_id_edit = credentials.key_id_edit
        self.secret_edit = credentials.secret_edit
        self.token_edit = credentials.token_edit
        self.expiry_label = credentials.expiry_label
        self.stored_label = credentials.stored_label
        self.remove_secret_button = credentials.remove_secret_button
        self.keyring_note = credentials.keyring_note
        self.keyring_error = credentials.keyring_error
        self.credentials_error = credentials.credentials_error
        self.credentials_hint = credentials.credentials_hint
        self.profile_combo = credentials.profile_combo
        self.profile_lock = credentials.profile_lock
        self.profile_note = credentials.profile_note
        network = self.network
        self.network_toggle = network.toggle
        self.network_box = network.box
        self.ca_bundle_edit = network.ca_edit
        self.ca_bundle_notes = network.ca_notes
        self.browse_button = network.browse_button
        self.proxy_edit = network.proxy_edit
        self.proxy_notes = network.proxy_notes
        self.proxy_user_edit = network.proxy_user_edit
        self.proxy_password_edit = network.proxy_password_edit
        self.proxy_stored_label = network.login.stored_label
        self.proxy_remove_button = network.login.remove_button
        self.proxy_login_notes = network.login.notes
        self.proxy_login_error = network.login.save_error
        self.test_button = check.test_button
        self.create_button = check.create_button
        self.progress = check.progress
        self.checklist = check.checklist
        self.stale_note = check.stale_note
        self.sso_box = check.sso_box
        self.sso_command_edit = check.sso_command_edit
        self.copy_command_button = check.copy_command_button
        self.policy_box = check.policy_box
        self.policy_note = check.policy_note
        self.copy_policy_button = check.copy_policy_button
        self.copy_read_only_button = check.copy_read_only_button
        if self._settings.get(READ_ONLY):
            check.offer_read_only_policy()
        self._bridge = check.bridge

    def _load_saved(self) -> None:
        get = self._settings.get
        self.location.load(
            {name: str(get(setting) or "") for name, setting in _LOCATION.items()},
            {name: self._locked[setting.key] for name, setting in _LOCATION.items()},
        )
        self.credentials.load(
            str(get(CREDENTIAL_MODE) or ""), str(get(PROFILE) or ""), str(get(SESSION_EXPIRES))
        )
        self.network.load(
            {name: str(get(setting) or "") for name, setting in _NETWORK.items()},
            {name: self._locked[setting.key] for name, setting in _NETWORK.items()},
        )

    def _connect(self) -> None:
        # The overrides are read once, for both groups: noted under the network's fields too.
        self.location.updated.connect(self._sources_read)
        # The credentials group reads the keyring once, the proxy's login with the access key.
        self.credentials.updated.connect(lambda: self.network.set_keyring(self.credentials.keyring))
        for group in (self.location, self.credentials, self.network):
            group.edited.connect(self._changed)
            group.updated.connect(self._refresh)
        self.check.busyChanged.connect(self._refresh)
        self.check.created.connect(self.test_connection)
        self.check.signedIn.connect(self.test_connection)
        self.test_button.clicked.connect(self.test_connection)
        self.create_button.clicked.connect(self.create_tables)
        self.copy_policy_button.clicked.connect(self.copy_policy)
        self.copy_read_only_button.clicked.connect(lambda: self.copy_policy(read_only=True))
        self.demo_button.clicked.connect(self._request_demo)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- values ---------------------------------------------------------------------------------

    def region_code(self) -> str:
        """The region as typed or picked (``ap-northeast-2`` of "ap-northeast-2 — Seoul")."""
        return self.location.region_code()

    def connection_settings(self) -> ConnectionSettings:
        """The connection the fields describe now, unsaved (typed secret, or the stored one)."""
        return assemble_connection(
            self.credentials.credentials(),
            self.location.sources,
            typed={**self.location.typed(), **self.network.typed()},
            mode_managed=self._locked[CREDENTIAL_MODE.key],
        )

    def problems(self) -> dict[str, str]:
        """What keeps OK (and the test) from working now: field → message."""
        found = self.location.problems()
        found.update(self.network.problems())
        credentials = self.credentials.problem()
        if credentials:
            found["credentials"] = credentials
        return found

    def is_ready(self) -> bool:
        """True once the keyring, the profiles and the overrides have been read."""
        return self.credentials.is_ready() and self.location.sources is not None

    # --- reacting -------------------------------------------------------------------------------

    def _sources_read(self) -> None:
        self.network.show_overrides(self.location.sources or Sources())

    def _changed(self) -> None:
        self.check.mark_stale()
        self._refresh()

    def _refresh(self) -> None:
        problems = self.problems()
        self.location.show_problems(problems)
        revealed = self.network.show_problems(problems)
        busy = self._saving
        self.credentials.refresh(problems.get("credentials", ""), busy=busy)
        self.network.refresh(busy=busy)
        valid = not problems
        self.ok_button.setEnabled(valid and not busy)
        self.check.refresh(allowed=valid and not busy)
        self.cancel_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self._fit()
        if revealed and self.isVisible():
            self._scroll.ensureWidgetVisible(revealed[0])

    def _fit(self) -> None:
        """Grow to show every note that appeared, as far as the screen allows."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return  # before the first show the scroll area has no size yet: showEvent fits
        layout.activate()
        content = self._content
        width = self._scroll.viewport().width()
        needed = (
            content.heightForWidth(width)
            if content.hasHeightForWidth()
            else content.sizeHint().height()
        )
        missing = needed - self._scroll.viewport().height()
        if missing <= 0:
            return
        height = self.height() + missing
        screen = self.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height() - 40)
        if height > self.height():
            self.resize(self.width(), height)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit()

    # --- the connection test --------------------------------------------------------------------

    def checklist_texts(self) -> list[str]:
        """The checklist's lines as shown (``✓ …`` or ``✗ …`` with the advice)."""
        return self.checklist.texts()

    def report(self) -> CheckReport | None:
        """The last connection test's report."""
        return self.check.report

    def is_testing(self) -> bool:
        return self.check.testing

    def is_creating(self) -> bool:
        return self.check.creating

    def _may_check(self) -> bool:
        return not (self.problems() or self.check.testing or self.check.creating or self._saving)

    def test_connection(self) -> None:
        """Check the current, unsaved values on a worker; the checklist shows the result."""
        if self._may_check():
            self.check.test(self.connection_settings())

    def create_tables(self) -> None:
        """Ask, then create both tables on a worker, show progress, and test again."""
        if self._may_check():
            self.check.offer_creation(self.connection_settings())

    def copy_policy(self, *, read_only: bool = False) -> None:
        """The guide's IAM policy (or the read-only one) for the current region and tables, on
        the clipboard."""
        typed = self.location.typed()
        policy = (read_only_policy if read_only else guide_policy)(
            typed[rules.REGION] or DEFAULT_REGION,
            typed[rules.DEPARTMENTS_TABLE] or DEFAULT_DEPARTMENTS_TABLE,
            typed[rules.EVENTS_TABLE] or DEFAULT_EVENTS_TABLE,
        )
        QGuiApplication.clipboard().setText(policy)
        self.policy_note.setText(
            tr(_CONTEXT, "The policy is on the clipboard: give it to your AWS administrator.")
        )

    # --- OK, Cancel, demo -----------------------------------------------------------------------

    def accept(self) -> None:
        """OK: check the CA bundle file and save the access key in the keyring (each on a
        worker), then the settings; close."""
        if self._saving:
            return
        if self.problems():
            self._refresh()
            return
        if self.network.bundle_path() and not self._locked[CA_BUNDLE.key]:
            # Checked again now: the file may have gone since it was typed.
            self._saving = True
            self._refresh()
            self.network.check_bundle(then=self._bundle_checked_for_ok)
            return
        self._save()

    def _bundle_checked_for_ok(self, problem: str) -> None:
        self._saving = False
        if problem:
            self._refresh()
            self.ca_bundle_edit.setFocus()
            return
        self._save()

    def _save(self) -> None:
        """The keyring's work first, each part on a worker (the access key, then the proxy's
        login), then the settings."""
        self.credentials_error.set_message("")
        self.proxy_login_error.set_message("")
        steps = [
            (self.credentials.keyring_work(), self._keyring_save_failed),
            (self.network.keyring_work(self._secrets), self._proxy_save_failed),
        ]
        self._save_steps([(work, failed) for work, failed in steps if work is not None])

    def _save_steps(
        self, steps: list[tuple[Callable[[], None], Callable[[BaseException], None]]]
    ) -> None:
        if not steps:
            self._saving = False
            self._write_settings()
            return
        (work, failed), rest = steps[0], steps[1:]
        self._saving = True
        self._refresh()
        self._runner.submit(
            work, lambda _result: self._save_steps(rest), failed, key=self._save_task
        )

    def _keyring_save_failed(self, error: BaseException) -> None:
        self.credentials_error.set_message(self._save_failure("the access key", error))
        self.secret_edit.setFocus()

    def _proxy_save_failed(self, error: BaseException) -> None:
        self.proxy_login_error.set_message(self._save_failure("the proxy's password", error))
        self.network.set_shown(True)
        self.proxy_password_edit.setFocus()

    def _save_failure(self, what: str, error: BaseException) -> str:
        """Saving ``what`` in the keyring failed: log it, end the saving; the message."""
        self._saving = False
        if isinstance(error, KeyringError):
            message = error.message
            log.warning("Saving %s failed: %s", what, error.log_text())
        else:
            log.error("Saving %s failed unexpectedly", what, exc_info=error)
            message = KeyringError.failed(type(error).__name__).message
        self._refresh()
        return message

    def _write_settings(self) -> None:
        typed = self.location.typed()
        mode, profile = self.credentials.mode(), self.credentials.profile()
        values: list[tuple[Setting, str]] = [
            *((setting, typed[name]) for name, setting in _LOCATION.items()),
            (CREDENTIAL_MODE, mode.value),
            *((setting, self.network.saved_values()[name]) for name, setting in _NETWORK.items()),
        ]
        if profile or mode is CredentialMode.PROFILE:
            values.append((PROFILE, profile))
        for setting, value in values:
            if not self._locked[setting.key]:
                self._settings.set(setting, value)
        expires = self.credentials.session_expires_to_save()
        if expires is not None:  # with the key just saved in (or removed from) the keyring
            self._settings.set(SESSION_EXPIRES, expires)
        self._settings.sync()
        log.info(
            "Connection settings saved (%s)", self.connection_settings().credentials.describe()
        )
        self.applied.emit()
        super().accept()

    def reject(self) -> None:
        """Cancel: nothing is written anywhere (the keyring included)."""
        if self._saving:
            return
        super().reject()

    def _request_demo(self) -> None:
        self.demoRequested.emit()
        super().reject()

    def done(self, result: int) -> None:
        self.check.close_tasks()
        self.credentials.forget()
        self.location.forget()
        self.network.forget()
        self._runner.forget(self._save_task)
        super().done(result)
