"""The connection test: the checklist, creating the tables, the SSO command and the IAM policy.

Tests and creations run on the :class:`TaskRunner` with the values the dialog hands over
(unsaved); progress from the worker arrives through a queued signal.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.data.config import ConnectionSettings
from desktop.data.errors import StoreError
from desktop.data.store import DynamoStore
from desktop.domain import local_endpoint
from desktop.i18n import tr
from desktop.views.settings.widgets import Checklist, muted
from desktop.views.sso_dialog import SsoSignIn
from desktop.views.widgets import plain_label
from desktop.workers.connection_check import (
    CheckLine,
    CheckReport,
    create_tables,
    line_for_error,
    run_checks,
)
from desktop.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

_CONTEXT = "SettingsDialog"


class _Bridge(QObject):
    """Lives in the GUI thread: table-creation progress from the worker arrives queued."""

    progressed = Signal(str, str)  # table, status


class CheckGroup(QGroupBox):
    """Test the connection as typed; offer to create the tables, sign in again, copy a policy."""

    busyChanged = Signal()  # noqa: N815 (Qt naming): a test or a creation started or ended
    created = Signal()  # the tables were created: test again
    signedIn = Signal()  # noqa: N815  the SSO profile signed in: test again

    def __init__(
        self,
        runner: TaskRunner,
        store_factory: Callable[[ConnectionSettings], DynamoStore],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr(_CONTEXT, "Connection test"), parent)
        self._runner = runner
        self._store_factory = store_factory
        self._task = f"settings-check-{id(self)}"
        self._closed = False
        self.testing = False
        self.creating = False
        self.report: CheckReport | None = None
        self._creation_settings = ConnectionSettings()
        self._creation_steps: dict[str, str] = {}
        self._tested_settings = (
            ConnectionSettings()
        )  # the values of the last test (Sign in's profile)
        self.sso = SsoSignIn(self)
        self.bridge = _Bridge(self)
        self.bridge.progressed.connect(self._create_progress, Qt.ConnectionType.QueuedConnection)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        explanation = muted(
            plain_label(
                tr(
                    _CONTEXT,
                    "Checks the values on the left before you save them: that both tables "
                    "exist and are set up as the guide describes, and that these credentials "
                    "may use them.",
                ),
                self,
            )
        )
        self.test_button = QPushButton(tr(_CONTEXT, "&Test connection"), self)
        self.test_button.setAutoDefault(False)
        self.create_button = QPushButton(tr(_CONTEXT, "&Create tables…"), self)
        self.create_button.setAutoDefault(False)
        self.create_button.setToolTip(
            tr(
                _CONTEXT,
                "For administrators: create the two tables as the setup guide describes",
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setVisible(False)

        self.checklist = Checklist(self)
        self.checklist.set_message(
            tr(
                _CONTEXT,
                "Not tested yet. Test the connection to see whether everything is in place.",
            )
        )

        # Offered by the test's failures.
        self.sso_box = QWidget(self)
        sso_layout = QHBoxLayout(self.sso_box)
        sso_layout.setContentsMargins(0, 0, 0, 0)
        # Sign in here (the browser, a code); the command stays for whoever has the AWS CLI.
        self.sso_button = QPushButton(tr(_CONTEXT, "Sign in"), self.sso_box)
        self.sso_button.setAutoDefault(False)
        self.sso_button.setToolTip(tr(_CONTEXT, "Sign in to AWS in your browser, then test again"))
        self.sso_button.clicked.connect(self._sign_in)
        self.sso_command_edit = QLineEdit(self.sso_box)
        self.sso_command_edit.setReadOnly(True)
        self.sso_command_edit.setAccessibleName(tr(_CONTEXT, "Command to sign in again"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.sso_command_edit.setFont(mono)
        self.copy_command_button = QPushButton(tr(_CONTEXT, "Copy"), self.sso_box)
        self.copy_command_button.setAutoDefault(False)
        self.copy_command_button.clicked.connect(self._copy_command)
        sso_layout.addWidget(self.sso_button)
        sso_layout.addWidget(self.sso_command_edit, 1)
        sso_layout.addWidget(self.copy_command_button)
        self.sso_box.setVisible(False)

        self.policy_box = QWidget(self)
        policy_layout = QHBoxLayout(self.policy_box)
        policy_layout.setContentsMargins(0, 0, 0, 0)
        self.copy_policy_button = QPushButton(tr(_CONTEXT, "Copy IAM policy"), self.policy_box)
        self.copy_policy_button.setAutoDefault(False)
        self.copy_policy_button.setToolTip(
            tr(
                _CONTEXT,
                "Put the setup guide's IAM policy, with this region and these table names, on "
                "the clipboard, for your AWS administrator",
            )
        )
        # A read-only PC's (access/read_only): reading only, nothing that writes.
        self.copy_read_only_button = QPushButton(
            tr(_CONTEXT, "Copy read-only IAM policy"), self.policy_box
        )
        self.copy_read_only_button.setAutoDefault(False)
        self.copy_read_only_button.setToolTip(
            tr(
                _CONTEXT,
                "Put a policy that only reads these tables (for wall displays and reception "
                "PCs) on the clipboard, for your AWS administrator",
            )
        )
        self.read_only = False  # the policies offered without a failed test
        self.policy_note = muted(plain_label("", self.policy_box))
        policy_layout.addWidget(self.copy_policy_button)
        policy_layout.addWidget(self.copy_read_only_button)
        policy_layout.addWidget(self.policy_note, 1)
        self.policy_box.setVisible(False)

        self.stale_note = muted(
            plain_label(tr(_CONTEXT, "The settings changed since this test: test again."), self),
            italic=True,
        )
        self.stale_note.setVisible(False)

        layout.addWidget(explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.stale_note)
        layout.addWidget(self.checklist, 1)
        layout.addWidget(self.sso_box)
        layout.addWidget(self.policy_box)

    def refresh(self, *, allowed: bool) -> None:
        """Enable the buttons when the values allow a test and nothing else is running."""
        idle = allowed and not self.testing and not self.creating
        self.test_button.setEnabled(idle)
        self.create_button.setEnabled(idle)

    def mark_stale(self) -> None:
        if self.report is not None:
            self.stale_note.setVisible(True)

    def close_tasks(self) -> None:
        self._closed = True
        for name in ("test", "create"):
            self._runner.forget(f"{self._task}-{name}")

    def _sign_in(self) -> None:
        """The tested SSO profile signed in from here; the test runs again after."""

        def failed(error: StoreError) -> None:
            if self.report is not None:
                self._show_report(self.report, error.message)

        self.sso.start(self._tested_settings, self.signedIn.emit, failed)

    def _copy_command(self) -> None:
        QGuiApplication.clipboard().setText(self.sso_command_edit.text())
        self.sso_command_edit.selectAll()

    # --- testing ---------------------------------------------------------------------------------

    def offer_read_only_policy(self) -> None:
        """A read-only PC: both policies offered at once (its administrator needs the
        read-only one before any test fails)."""
        self.read_only = True
        self.policy_box.setVisible(True)

    def test(self, settings: ConnectionSettings) -> None:
        """Check ``settings`` on a worker; the checklist shows the result."""
        factory = self._store_factory
        self._tested_settings = settings
        self.testing = True
        self.stale_note.setVisible(False)
        self.sso_box.setVisible(False)
        self.policy_box.setVisible(False)
        self.progress.setVisible(True)
        self.checklist.set_message(
            tr(_CONTEXT, "Testing the connection to {endpoint}…").format(
                endpoint=settings.endpoint_label()
            )
        )
        self.busyChanged.emit()
        self._runner.submit(
            lambda: run_checks(settings, factory),
            self._tested,
            self._test_failed,
            key=f"{self._task}-test",
        )

    def _tested(self, report: CheckReport) -> None:
        self.testing = False
        self.progress.setVisible(False)
        self._show_report(report)
        self.busyChanged.emit()

    def _test_failed(self, error: BaseException) -> None:
        # run_checks turns every StoreError into a line: this is a bug; say so, log it.
        self.testing = False
        self.progress.setVisible(False)
        log.error("The connection test failed unexpectedly", exc_info=error)
        self._show_report(
            CheckReport(
                [
                    CheckLine(
                        False,
                        tr(_CONTEXT, "The test stopped with an unexpected error ({error}).").format(
                            error=type(error).__name__
                        ),
                        tr(
                            _CONTEXT,
                            "Test again; if this keeps happening, send the log to your "
                            "administrator.",
                        ),
                    )
                ]
            )
        )
        self.busyChanged.emit()

    def _show_report(self, report: CheckReport, note: str = "") -> None:
        self.report = report
        self.stale_note.setVisible(False)
        if not note and report.ok:
            note = tr(_CONTEXT, "Everything is in place. Click OK to save these settings.")
        self.checklist.set_lines(report.lines, note, report.notice)
        offers = report.offers
        self.sso_box.setVisible("sso_login" in offers)
        self.sso_command_edit.setText(report.command)
        self.policy_box.setVisible("copy_policy" in offers or self.read_only)
        if "create_tables" in offers and self.create_button.isEnabled():
            self.create_button.setFocus()
        actions = report.missing_actions
        self.policy_note.setText(
            tr(_CONTEXT, "It allows {actions} and the other actions the app needs.").format(
                actions=", ".join(actions)
            )
            if actions
            else ""
        )

    # --- creating the tables ---------------------------------------------------------------------

    def offer_creation(self, settings: ConnectionSettings) -> None:
        """Ask, then create both tables on a worker, show progress, and (``created``) test."""
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr(_CONTEXT, "Create tables"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        question = tr(
            _CONTEXT,
            "Create the calendar's tables “{departments}” and “{events}” in region {region}?",
        ).format(
            departments=settings.departments_table,
            events=settings.events_table,
            region=settings.region,
        )
        if self._is_local(settings):
            # In the question itself, not the details: a second, empty set of tables is
            # what this would make on DynamoDB Local without -sharedDb.
            box.setIcon(QMessageBox.Icon.Warning)
            question = f"{question}\n\n{local_endpoint.creation_warning()}"
        box.setText(question)
        on_demand = QCheckBox(
            tr(
                _CONTEXT, "On-demand capacity: pay per request (the guide's advice for small teams)"
            ),
            box,
        )
        box.setCheckBox(on_demand)

        def describe(checked: bool) -> None:
            box.setInformativeText(_creation_details(settings, on_demand=checked))

        on_demand.toggled.connect(describe)
        describe(False)
        create = box.addButton(tr(_CONTEXT, "Create tables"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(tr(_CONTEXT, "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is not create:
            return
        chosen = on_demand.isChecked()
        factory = self._store_factory
        bridge = self.bridge

        def progress(table: str, status: str) -> None:
            # RuntimeError: the dialog is gone; the tables are still being made.
            with contextlib.suppress(RuntimeError):
                bridge.progressed.emit(table, status)

        def work() -> dict[str, str]:
            return create_tables(
                settings, on_demand=chosen, progress=progress, store_factory=factory
            )

        self.creating = True
        self._creation_settings = settings
        self._creation_steps = {}
        self.sso_box.setVisible(False)
        self.policy_box.setVisible(False)
        self.progress.setVisible(True)
        self.checklist.set_message(tr(_CONTEXT, "Creating the tables…"))
        self.busyChanged.emit()
        log.info(
            "Creating the tables in %s (%s)",
            settings.region,
            "on-demand" if chosen else "provisioned",
        )
        self._runner.submit(
            work, self._tables_created, self._create_failed, key=f"{self._task}-create"
        )

    def _is_local(self, settings: ConnectionSettings) -> bool:
        """The endpoint is DynamoDB Local: by its address, or by the last test's answers."""
        tested = self.report
        return local_endpoint.is_local_address(settings.endpoint_url) or (
            tested is not None and tested.local and tested.endpoint_url == settings.endpoint_url
        )

    def _create_progress(self, table: str, status: str) -> None:
        if self._closed or not self.creating:
            return
        self._creation_steps[table] = status
        lines = [_progress_text(name, step) for name, step in self._creation_steps.items()]
        self.checklist.set_message("\n".join([tr(_CONTEXT, "Creating the tables…"), *lines]))

    def _tables_created(self, outcome: dict[str, str]) -> None:
        self.creating = False
        self.progress.setVisible(False)
        self.busyChanged.emit()
        log.info("Tables ready: %s", outcome)
        self.created.emit()

    def _create_failed(self, error: BaseException) -> None:
        self.creating = False
        self.progress.setVisible(False)
        settings = self._creation_settings
        if isinstance(error, StoreError):
            line = line_for_error(error, settings, getattr(error, "table", ""))
        else:
            log.error("Creating the tables failed unexpectedly", exc_info=error)
            line = CheckLine(False, type(error).__name__, "")
        failed = CheckLine(
            False,
            tr(_CONTEXT, "The tables could not be created: {reason}").format(reason=line.text),
            line.advice,
            "copy_policy" if line.offer == "copy_policy" else None,
            line.command,
            line.action,
        )
        self._show_report(
            CheckReport(
                [failed], settings.region, settings.departments_table, settings.events_table
            )
        )
        self.busyChanged.emit()


def _creation_details(settings: ConnectionSettings, *, on_demand: bool) -> str:
    if on_demand:
        capacity = tr(
            _CONTEXT,
            "Capacity: on-demand. AWS charges per request; nothing to plan or adjust.",
        )
    else:
        capacity = tr(
            _CONTEXT,
            "Capacity: provisioned, as in the guide: 10 read and 10 write units per table, "
            "5/5 for name-index and 10/10 for department-date-index (a fixed monthly cost).",
        )
    return "\n".join(
        [
            tr(
                _CONTEXT,
                "• “{table}”: key id; index name-index (by department name).",
            ).format(table=settings.departments_table),
            tr(
                _CONTEXT,
                "• “{table}”: keys id and department_id; index department-date-index (by "
                "department and date).",
            ).format(table=settings.events_table),
            "",
            capacity,
            "",
            tr(
                _CONTEXT,
                "Existing tables are kept as they are. Creating takes up to a minute.",
            ),
        ]
    )


def _progress_text(table: str, status: str) -> str:
    if status == "created":
        return tr(_CONTEXT, "“{table}”: creating…").format(table=table)
    if status == "exists":
        return tr(_CONTEXT, "“{table}”: already exists").format(table=table)
    if status == "ACTIVE":
        return tr(_CONTEXT, "“{table}”: ready").format(table=table)
    return tr(_CONTEXT, "“{table}”: {status}, waiting until it is ready…").format(
        table=table, status=status
    )
