"""Where the calendar is stored and how to sign in: the administrator's set-up dialog.

Staff rarely see it: an administrator sets it up once per PC (or deploys managed settings for
all PCs). It explains AWS in plain words, tests the connection with the values as typed
(before anything is saved), offers to create the tables and to copy the IAM policy, and only
OK writes anything: the settings (user scope) and the access key (the OS keyring, never plain
text). Every keyring, AWS-config and network call runs on the :class:`TaskRunner`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.data.config import (
    DEFAULT_DEPARTMENTS_TABLE,
    DEFAULT_EVENTS_TABLE,
    DEFAULT_REGION,
    ENVIRONMENT_KEYS,
    ConnectionSettings,
    CredentialMode,
    Credentials,
    Resolved,
    dotenv_credentials,
    dotenv_files,
    read_dotenv,
    resolve,
)
from desktop.data.connection import user_config_dir
from desktop.data.errors import KeyringError, StoreError
from desktop.data.iam_policy import guide_policy
from desktop.data.secrets import SecretStore
from desktop.data.store import DynamoStore
from desktop.domain.validation import is_web_url
from desktop.i18n import tr
from desktop.settings import (
    CREDENTIAL_MODE,
    DEPARTMENTS_TABLE,
    ENDPOINT_URL,
    EVENTS_TABLE,
    PROFILE,
    REGION,
    AppSettings,
    Setting,
)
from desktop.views.colors import is_dark, sunday_color
from desktop.views.widgets import ErrorLabel, dialog_footer, dialog_layout, plain_label
from desktop.workers.connection_check import (
    CheckLine,
    CheckReport,
    KeyringState,
    Profile,
    create_tables,
    line_for_error,
    list_profiles,
    read_keyring,
    run_checks,
)
from desktop.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

_CONTEXT = "SettingsDialog"
_REGIONS = "Regions"

# DynamoDB table names: 3 to 255 of letters, digits, "_", "-" and ".".
_TABLE_NAME = re.compile(r"^[A-Za-z0-9_.\-]{3,255}$")
# Region codes as AWS writes them (ap-northeast-2); DynamoDB Local accepts any such word too.
_REGION_CODE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_DASH = " — "

GREEN = QColor("#188038")
DARK_GREEN = QColor("#81c995")


def region_names() -> list[tuple[str, str]]:
    """AWS's commercial regions with DynamoDB, Seoul first (the guide's), then by code.

    A static list (botocore's partition data, ``endpoints.json``), so that opening the dialog
    does not import botocore on the GUI thread. Any other code can be typed.
    """
    names = {
        "ap-northeast-2": tr(_REGIONS, "Asia Pacific (Seoul)"),
        "af-south-1": tr(_REGIONS, "Africa (Cape Town)"),
        "ap-east-1": tr(_REGIONS, "Asia Pacific (Hong Kong)"),
        "ap-east-2": tr(_REGIONS, "Asia Pacific (Taipei)"),
        "ap-northeast-1": tr(_REGIONS, "Asia Pacific (Tokyo)"),
        "ap-northeast-3": tr(_REGIONS, "Asia Pacific (Osaka)"),
        "ap-south-1": tr(_REGIONS, "Asia Pacific (Mumbai)"),
        "ap-south-2": tr(_REGIONS, "Asia Pacific (Hyderabad)"),
        "ap-southeast-1": tr(_REGIONS, "Asia Pacific (Singapore)"),
        "ap-southeast-2": tr(_REGIONS, "Asia Pacific (Sydney)"),
        "ap-southeast-3": tr(_REGIONS, "Asia Pacific (Jakarta)"),
        "ap-southeast-4": tr(_REGIONS, "Asia Pacific (Melbourne)"),
        "ap-southeast-5": tr(_REGIONS, "Asia Pacific (Malaysia)"),
        "ap-southeast-6": tr(_REGIONS, "Asia Pacific (New Zealand)"),
        "ap-southeast-7": tr(_REGIONS, "Asia Pacific (Thailand)"),
        "ca-central-1": tr(_REGIONS, "Canada (Central)"),
        "ca-west-1": tr(_REGIONS, "Canada West (Calgary)"),
        "eu-central-1": tr(_REGIONS, "Europe (Frankfurt)"),
        "eu-central-2": tr(_REGIONS, "Europe (Zurich)"),
        "eu-north-1": tr(_REGIONS, "Europe (Stockholm)"),
        "eu-south-1": tr(_REGIONS, "Europe (Milan)"),
        "eu-south-2": tr(_REGIONS, "Europe (Spain)"),
        "eu-west-1": tr(_REGIONS, "Europe (Ireland)"),
        "eu-west-2": tr(_REGIONS, "Europe (London)"),
        "eu-west-3": tr(_REGIONS, "Europe (Paris)"),
        "il-central-1": tr(_REGIONS, "Israel (Tel Aviv)"),
        "me-central-1": tr(_REGIONS, "Middle East (UAE)"),
        "me-south-1": tr(_REGIONS, "Middle East (Bahrain)"),
        "mx-central-1": tr(_REGIONS, "Mexico (Central)"),
        "sa-east-1": tr(_REGIONS, "South America (São Paulo)"),
        "us-east-1": tr(_REGIONS, "US East (N. Virginia)"),
        "us-east-2": tr(_REGIONS, "US East (Ohio)"),
        "us-west-1": tr(_REGIONS, "US West (N. California)"),
        "us-west-2": tr(_REGIONS, "US West (Oregon)"),
    }
    seoul = ("ap-northeast-2", names.pop("ap-northeast-2"))
    return [seoul, *sorted(names.items())]


# --- small parts -----------------------------------------------------------------------------


def lock_pixmap(size: int, color: QColor, ratio: float = 1.0) -> QPixmap:
    """A padlock drawn with the painter (no emoji font needed)."""
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, max(1.4, size / 9))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QRectF(size * 0.3, size * 0.08, size * 0.4, size * 0.5)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(
        QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), size * 0.45)
    )
    painter.drawLine(
        QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), size * 0.45)
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(size * 0.18, size * 0.42, size * 0.64, size * 0.5), 2, 2)
    painter.end()
    return pixmap


def set_text_color(widget: QWidget, color: QColor) -> None:
    """Colour a label's text, on the window's background and on a list's (``Base``)."""
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.WindowText, color)
    palette.setColor(QPalette.ColorRole.Text, color)
    widget.setPalette(palette)


def muted(label: QLabel, *, italic: bool = False, smaller: bool = True) -> QLabel:
    """A secondary note: the palette's placeholder colour, a little smaller."""
    set_text_color(label, label.palette().color(QPalette.ColorRole.PlaceholderText))
    font = QFont(label.font())
    if smaller and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.92)
    font.setItalic(italic)
    label.setFont(font)
    return label


class LockNote(QWidget):
    """ "Set by your administrator", with a padlock; hidden unless the setting is managed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.icon = QLabel(self)
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        height = self.fontMetrics().height()
        self.icon.setPixmap(lock_pixmap(height, color, self.devicePixelRatioF()))
        self.label = muted(plain_label(tr(_CONTEXT, "Set by your administrator"), self))
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()


class FieldNotes(QWidget):
    """Under a field: its problem (red), a lock note and an override note, each if any."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.error = ErrorLabel(self)
        self.lock = LockNote(self)
        self.lock.setVisible(False)
        self.override = muted(plain_label("", self))
        self.override.setVisible(False)
        layout.addWidget(self.error)
        layout.addWidget(self.lock)
        layout.addWidget(self.override)
        self._update()

    def set_error(self, text: str) -> None:
        self.error.set_message(text)
        self._update()

    def set_locked(self, locked: bool) -> None:
        self.lock.setVisible(locked)
        self._update()

    def set_override(self, text: str) -> None:
        self.override.setText(text)
        self.override.setVisible(bool(text))
        self._update()

    def _update(self) -> None:
        self.setVisible(
            bool(self.error.message()) or not self.lock.isHidden() or not self.override.isHidden()
        )


def field_block(field: QWidget | QLayout, notes: QWidget) -> QLayout:
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(3)
    if isinstance(field, QLayout):
        box.addLayout(field)
    else:
        box.addWidget(field)
    box.addWidget(notes)
    return box


class Checklist(QScrollArea):
    """The connection test's result: one line per check, a ✓ or ✗ and plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setMinimumHeight(160)
        self._body = QWidget(self)
        self._body.setBackgroundRole(QPalette.ColorRole.Base)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(10, 8, 10, 8)
        self._layout.setSpacing(10)
        self.setWidget(self._body)
        self.message = muted(plain_label("", self._body), smaller=False)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.message)
        self._layout.addStretch(1)
        self._rows: list[QWidget] = []
        self._texts: list[str] = []
        self.lines: list[CheckLine] = []

    def set_message(self, text: str) -> None:
        """A message instead of lines (before a test, while testing)."""
        self._clear()
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_lines(self, lines: list[CheckLine], note: str = "") -> None:
        self._clear()
        self.lines = list(lines)
        self.message.setText(note)
        self.message.setVisible(bool(note))
        for line in lines:
            row = self._row(line)
            self._layout.insertWidget(self._layout.count() - 1, row)
            self._rows.append(row)
            mark = "✓" if line.ok else "✗"
            self._texts.append(f"{mark} {line.text}" + (f"\n{line.advice}" if line.advice else ""))

    def texts(self) -> list[str]:
        """Each line as shown: the mark, the text and the advice (for tests and copying)."""
        return list(self._texts)

    def _clear(self) -> None:
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows.clear()
        self._texts.clear()
        self.lines = []

    def _row(self, line: CheckLine) -> QWidget:
        row = QWidget(self._body)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        mark = QLabel("✓" if line.ok else "✗", row)
        mark.setAccessibleName(tr(_CONTEXT, "Passed") if line.ok else tr(_CONTEXT, "Failed"))
        font = QFont(mark.font())
        font.setBold(True)
        mark.setFont(font)
        dark = is_dark(self.palette())
        color = (DARK_GREEN if dark else GREEN) if line.ok else sunday_color(self.palette())
        set_text_color(mark, color)
        mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        mark.setFixedWidth(mark.fontMetrics().horizontalAdvance("✗") + 6)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(2)
        text = plain_label(line.text, row)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(text)
        if line.advice:
            advice = muted(plain_label(line.advice, row))
            advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            texts.addWidget(advice)
        layout.addWidget(mark)
        layout.addLayout(texts, 1)
        return row


class _Bridge(QObject):
    """Lives in the GUI thread: table-creation progress from the worker arrives queued."""

    progressed = Signal(str, str)  # table, status


@dataclass(frozen=True)
class _Loaded:
    resolved: dict[str, Resolved]
    dotenv: dict[str, str]


# --- the dialog ------------------------------------------------------------------------------


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
        self._store_factory = store_factory
        self._first_start = first_start
        self._prefix = f"settings-dialog-{id(self)}"
        self._closed = False
        self._saving = False
        self._testing = False
        self._creating = False
        self._keyring: KeyringState | None = None
        self._remove_pending = False
        self._profiles: list[Profile] | None = None
        self._loaded: _Loaded | None = None
        self._report: CheckReport | None = None
        self._profiles_error = ""
        self._saved_profile = ""
        self._creation_settings: ConnectionSettings | None = None
        self._creation_steps: dict[str, str] = {}
        self._locked = {
            s.key: settings.is_locked(s)
            for s in (
                REGION,
                DEPARTMENTS_TABLE,
                EVENTS_TABLE,
                ENDPOINT_URL,
                CREDENTIAL_MODE,
                PROFILE,
            )
        }
        self._bridge = _Bridge(self)
        self._bridge.progressed.connect(self._create_progress, Qt.ConnectionType.QueuedConnection)

        self.setWindowTitle(tr(_CONTEXT, "Connection settings"))
        self.setSizeGripEnabled(True)
        # An explicit minimum: notes that appear later do not resize the window by themselves.
        self.setMinimumSize(640, 420)
        self._build()
        self._load_saved()
        self._connect()
        self._start_background_reads()
        self.resize(940, 560)
        self._refresh()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        # Top: the first-start explanation and the managed-settings note.
        self.intro = QFrame(self)
        self.intro.setObjectName("intro")
        self.intro.setFrameShape(QFrame.Shape.StyledPanel)
        intro_layout = QVBoxLayout(self.intro)
        intro_layout.setContentsMargins(12, 10, 12, 10)
        intro_title = plain_label(tr(_CONTEXT, "Welcome to Department Calendar"), self.intro)
        title_font = QFont(intro_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9) * 1.15)
        intro_title.setFont(title_font)
        self.intro_label = plain_label(
            tr(
                _CONTEXT,
                "Department Calendar needs to know where your department's calendar is "
                "stored: two tables in Amazon DynamoDB (an AWS database), the same ones the "
                "web calendar uses. Your administrator can tell you the region, the table "
                "names and how to sign in. To look around first, try the demo: it needs no "
                "AWS account and saves nothing.",
            ),
            self.intro,
        )
        intro_layout.addWidget(intro_title)
        intro_layout.addWidget(self.intro_label)
        self.intro.setVisible(self._first_start)

        self.managed_note = QWidget(self)
        managed_layout = QHBoxLayout(self.managed_note)
        managed_layout.setContentsMargins(0, 0, 0, 0)
        managed_icon = QLabel(self.managed_note)
        managed_icon.setPixmap(
            lock_pixmap(
                self.fontMetrics().height(),
                self.palette().color(QPalette.ColorRole.WindowText),
                self.devicePixelRatioF(),
            )
        )
        self.managed_label = plain_label(
            tr(
                _CONTEXT,
                "Some settings are managed by your organisation and cannot be changed here.",
            ),
            self.managed_note,
        )
        managed_layout.addWidget(managed_icon, 0, Qt.AlignmentFlag.AlignTop)
        managed_layout.addWidget(self.managed_label, 1)
        self.managed_note.setVisible(any(self._locked.values()))

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self._build_location())
        left.addWidget(self._build_credentials())
        left.addStretch(1)

        # The fields scroll when the dialog is made smaller than they need (small screens).
        self._content = QWidget(self)
        columns = QHBoxLayout(self._content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        columns.addLayout(left, 11)
        columns.addWidget(self._build_check(), 9)
        self._scroll = QScrollArea(self)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._content)

        # Bottom: the demo (first start), OK and Cancel.
        self.demo_button = QPushButton(tr(_CONTEXT, "Try the demo instead"), self)
        self.demo_button.setAutoDefault(False)
        self.demo_button.setVisible(self._first_start)
        self.demo_button.clicked.connect(self._request_demo)
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
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = footer.layout

        layout = dialog_layout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.managed_note)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(bottom)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        return form

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(buddy)
        return label

    def _build_location(self) -> QGroupBox:
        group = QGroupBox(tr(_CONTEXT, "Where the calendar is stored"), self)
        layout = QVBoxLayout(group)
        layout.setSpacing(8)
        form = self._form()

        self.region_combo = QComboBox(group)
        self.region_combo.setEditable(True)
        self.region_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.region_combo.setAccessibleName(tr(_CONTEXT, "AWS region"))
        self.region_combo.setMaxVisibleItems(14)
        for code, name in region_names():
            self.region_combo.addItem(f"{code}{_DASH}{name}", code)
        completer = QCompleter(self.region_combo.model(), self.region_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.region_combo.setCompleter(completer)
        region_line = self.region_combo.lineEdit()
        if region_line is not None:
            region_line.setPlaceholderText(DEFAULT_REGION)
        self.region_combo.setToolTip(
            tr(
                _CONTEXT,
                "The AWS region where the tables were created, such as ap-northeast-2 "
                "(Seoul). Pick one from the list or type its code.",
            )
        )
        self.region_notes = FieldNotes(group)

        self.departments_edit = QLineEdit(group)
        self.departments_edit.setAccessibleName(tr(_CONTEXT, "Departments table"))
        self.departments_edit.setPlaceholderText(DEFAULT_DEPARTMENTS_TABLE)
        self.departments_notes = FieldNotes(group)
        self.events_edit = QLineEdit(group)
        self.events_edit.setAccessibleName(tr(_CONTEXT, "Events table"))
        self.events_edit.setPlaceholderText(DEFAULT_EVENTS_TABLE)
        self.events_notes = FieldNotes(group)

        form.addRow(
            self._label(tr(_CONTEXT, "&Region:"), self.region_combo),
            field_block(self.region_combo, self.region_notes),
        )
        form.addRow(
            self._label(tr(_CONTEXT, "&Departments table:"), self.departments_edit),
            field_block(self.departments_edit, self.departments_notes),
        )
        form.addRow(
            self._label(tr(_CONTEXT, "E&vents table:"), self.events_edit),
            field_block(self.events_edit, self.events_notes),
        )
        layout.addLayout(form)

        self.advanced_toggle = QToolButton(group)
        self.advanced_toggle.setText(tr(_CONTEXT, "Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_box = QWidget(group)
        advanced_form = self._form()
        advanced_form.setContentsMargins(0, 0, 0, 0)
        self.endpoint_edit = QLineEdit(self.advanced_box)
        self.endpoint_edit.setAccessibleName(tr(_CONTEXT, "Endpoint URL"))
        self.endpoint_edit.setPlaceholderText(tr(_CONTEXT, "Empty: Amazon's DynamoDB service"))
        self.endpoint_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.endpoint_notes = FieldNotes(self.advanced_box)
        endpoint_help = muted(
            plain_label(
                tr(
                    _CONTEXT,
                    "Only for DynamoDB Local or another DynamoDB-compatible service, such as "
                    "http://localhost:8000. Leave it empty to use AWS.",
                ),
                self.advanced_box,
            )
        )
        advanced_form.addRow(
            self._label(tr(_CONTEXT, "E&ndpoint URL:"), self.endpoint_edit),
            field_block(self.endpoint_edit, self.endpoint_notes),
        )
        advanced_form.addRow("", endpoint_help)
        self.advanced_box.setLayout(advanced_form)
        self.advanced_box.setVisible(False)
        layout.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced_box)
        return group

    def _build_credentials(self) -> QGroupBox:
        group = QGroupBox(tr(_CONTEXT, "How this computer signs in to AWS"), self)
        layout = QVBoxLayout(group)
        layout.setSpacing(6)
        self.mode_lock = LockNote(group)
        self.mode_lock.setVisible(self._locked[CREDENTIAL_MODE.key])
        layout.addWidget(self.mode_lock)

        indent = self.style().pixelMetric(self.style().PixelMetric.PM_ExclusiveIndicatorWidth)
        indent += 8

        # 1. An access key in the keyring.
        self.mode_keyring = QRadioButton(
            tr(_CONTEXT, "An &access key, kept in this computer's password store"), group
        )
        self.keyring_panel = QWidget(group)
        keyring_layout = QVBoxLayout(self.keyring_panel)
        keyring_layout.setContentsMargins(indent, 0, 0, 4)
        keyring_layout.setSpacing(3)
        keyring_form = self._form()
        keyring_form.setContentsMargins(0, 0, 0, 0)
        self.key_id_edit = QLineEdit(self.keyring_panel)
        self.key_id_edit.setAccessibleName(tr(_CONTEXT, "Access key ID"))
        self.key_id_edit.setPlaceholderText("AKIA…")
        self.key_id_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.secret_edit = QLineEdit(self.keyring_panel)
        self.secret_edit.setAccessibleName(tr(_CONTEXT, "Secret access key"))
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.stored_label = muted(plain_label("", self.keyring_panel))
        self.remove_secret_button = QPushButton(tr(_CONTEXT, "Remove"), self.keyring_panel)
        self.remove_secret_button.setAutoDefault(False)
        self.remove_secret_button.setToolTip(
            tr(_CONTEXT, "Remove the stored access key from this computer when you click OK")
        )
        secret_row = self._secret_row = QHBoxLayout()
        secret_row.setContentsMargins(0, 0, 0, 0)
        secret_row.addWidget(self.secret_edit, 1)
        secret_row.addWidget(self.remove_secret_button)
        self.keyring_note = muted(
            plain_label(tr(_CONTEXT, "Checking the keyring…"), self.keyring_panel)
        )
        self.keyring_error = ErrorLabel(self.keyring_panel)
        keyring_form.addRow(
            self._label(tr(_CONTEXT, "Access key &ID:"), self.key_id_edit), self.key_id_edit
        )
        keyring_form.addRow(
            self._label(tr(_CONTEXT, "&Secret access key:"), self.secret_edit), secret_row
        )
        self._keyring_form = keyring_form
        keyring_layout.addLayout(keyring_form)
        keyring_layout.addWidget(self.stored_label)
        keyring_layout.addWidget(self.keyring_note)
        keyring_layout.addWidget(self.keyring_error)
        self.keyring_panel.setLayout(keyring_form)

        # 2. A profile of the AWS config.
        self.mode_profile = QRadioButton(
            tr(_CONTEXT, "An AWS &profile of this computer (including SSO sign-in)"), group
        )
        self.profile_panel = QWidget(group)
        profile_layout = QVBoxLayout(self.profile_panel)
        profile_layout.setContentsMargins(indent, 0, 0, 4)
        profile_layout.setSpacing(3)
        self.profile_combo = QComboBox(self.profile_panel)
        self.profile_combo.setAccessibleName(tr(_CONTEXT, "AWS profile"))
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.setMinimumContentsLength(18)
        self.profile_lock = LockNote(self.profile_panel)
        self.profile_lock.setVisible(self._locked[PROFILE.key])
        self.profile_note = muted(
            plain_label(tr(_CONTEXT, "Reading the AWS profiles…"), self.profile_panel)
        )
        profile_layout.addWidget(self.profile_combo, 0, Qt.AlignmentFlag.AlignLeft)
        profile_layout.addWidget(self.profile_lock)
        profile_layout.addWidget(self.profile_note)

        # 3. The environment / the standard chain.
        self.mode_default = QRadioButton(
            tr(_CONTEXT, "The &environment (AWS's standard sign-in)"), group
        )
        self.default_panel = QWidget(group)
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

        # Saving the access key failed: said right under the key's fields.
        self.credentials_error = ErrorLabel(self.keyring_panel)
        self.credentials_error.setObjectName("credentialsError")
        keyring_layout.addWidget(self.credentials_error)
        self.credentials_hint = muted(plain_label("", group))
        self.credentials_hint.setVisible(False)

        layout.addWidget(self.mode_keyring)
        layout.addWidget(self.keyring_panel)
        layout.addWidget(self.mode_profile)
        layout.addWidget(self.profile_panel)
        layout.addWidget(self.mode_default)
        layout.addWidget(self.default_panel)
        layout.addWidget(self.credentials_hint)
        return group

    def _build_check(self) -> QGroupBox:
        group = QGroupBox(tr(_CONTEXT, "Connection test"), self)
        layout = QVBoxLayout(group)
        layout.setSpacing(8)
        explanation = muted(
            plain_label(
                tr(
                    _CONTEXT,
                    "Checks the values on the left before you save them: that both tables "
                    "exist and are set up as the guide describes, and that these credentials "
                    "may use them.",
                ),
                group,
            )
        )
        self.test_button = QPushButton(tr(_CONTEXT, "&Test connection"), group)
        self.test_button.setAutoDefault(False)
        self.create_button = QPushButton(tr(_CONTEXT, "&Create tables…"), group)
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

        self.progress = QProgressBar(group)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setVisible(False)

        self.checklist = Checklist(group)
        self.checklist.set_message(
            tr(
                _CONTEXT,
                "Not tested yet. Test the connection to see whether everything is in place.",
            )
        )

        # Offered by the test's failures.
        self.sso_box = QWidget(group)
        sso_layout = QHBoxLayout(self.sso_box)
        sso_layout.setContentsMargins(0, 0, 0, 0)
        self.sso_command_edit = QLineEdit(self.sso_box)
        self.sso_command_edit.setReadOnly(True)
        self.sso_command_edit.setAccessibleName(tr(_CONTEXT, "Command to sign in again"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.sso_command_edit.setFont(mono)
        self.copy_command_button = QPushButton(tr(_CONTEXT, "Copy"), self.sso_box)
        self.copy_command_button.setAutoDefault(False)
        sso_layout.addWidget(self.sso_command_edit, 1)
        sso_layout.addWidget(self.copy_command_button)
        self.sso_box.setVisible(False)

        self.policy_box = QWidget(group)
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
        self.policy_note = muted(plain_label("", self.policy_box))
        policy_layout.addWidget(self.copy_policy_button)
        policy_layout.addWidget(self.policy_note, 1)
        self.policy_box.setVisible(False)

        self.stale_note = muted(
            plain_label(tr(_CONTEXT, "The settings changed since this test: test again."), group),
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
        return group

    # --- values in and out ------------------------------------------------------------------

    def _load_saved(self) -> None:
        get = self._settings.get
        self._set_region(str(get(REGION) or DEFAULT_REGION))
        self.departments_edit.setText(str(get(DEPARTMENTS_TABLE) or DEFAULT_DEPARTMENTS_TABLE))
        self.events_edit.setText(str(get(EVENTS_TABLE) or DEFAULT_EVENTS_TABLE))
        endpoint = str(get(ENDPOINT_URL) or "")
        self.endpoint_edit.setText(endpoint)
        self._set_advanced(bool(endpoint) or self._locked[ENDPOINT_URL.key])
        try:
            mode = CredentialMode(get(CREDENTIAL_MODE) or CredentialMode.DEFAULT)
        except ValueError:
            mode = CredentialMode.DEFAULT
        {
            CredentialMode.KEYRING: self.mode_keyring,
            CredentialMode.PROFILE: self.mode_profile,
            CredentialMode.DEFAULT: self.mode_default,
        }[mode].setChecked(True)
        self._saved_profile = str(get(PROFILE) or "")
        self._fill_profiles()

        locks: list[tuple[Setting, QWidget, FieldNotes | None]] = [
            (REGION, self.region_combo, self.region_notes),
            (DEPARTMENTS_TABLE, self.departments_edit, self.departments_notes),
            (EVENTS_TABLE, self.events_edit, self.events_notes),
            (ENDPOINT_URL, self.endpoint_edit, self.endpoint_notes),
        ]
        for setting, widget, notes in locks:
            if self._locked[setting.key]:
                widget.setEnabled(False)
                if notes is not None:
                    notes.set_locked(True)

    def _set_region(self, code: str) -> None:
        row = self.region_combo.findData(code)
        if row >= 0:
            self.region_combo.setCurrentIndex(row)
        else:
            self.region_combo.setCurrentIndex(-1)
            self.region_combo.setEditText(code)

    def region_code(self) -> str:
        """The region as typed or picked (``ap-northeast-2`` of "ap-northeast-2 — Seoul")."""
        text = self.region_combo.currentText()
        return text.split(_DASH.strip(), 1)[0].strip()

    def _mode(self) -> CredentialMode:
        if self.mode_keyring.isChecked():
            return CredentialMode.KEYRING
        if self.mode_profile.isChecked():
            return CredentialMode.PROFILE
        return CredentialMode.DEFAULT

    def _profile(self) -> str:
        data = self.profile_combo.currentData()
        return data if isinstance(data, str) else ""

    def _typed_secret(self) -> str:
        return self.secret_edit.text().strip()

    def _stored_secret_usable(self) -> bool:
        """The stored secret goes with the key id in the field (not removed, not another id)."""
        state = self._keyring
        return (
            state is not None
            and state.has_secret
            and not self._remove_pending
            and self.key_id_edit.text().strip() == state.key_id
        )

    def connection_settings(self) -> ConnectionSettings:
        """The connection the fields describe now, unsaved (typed secret, or the stored one)."""
        mode = self._mode()
        if mode is CredentialMode.KEYRING:
            secret = self._typed_secret()
            if not secret and self._stored_secret_usable():
                assert self._keyring is not None
                secret = self._keyring.secret
            credentials = Credentials(mode, "", self.key_id_edit.text().strip(), secret)
        elif mode is CredentialMode.PROFILE:
            credentials = Credentials(mode, self._profile())
        else:
            credentials = Credentials(mode)
            environ = os.environ
            if self._loaded is not None and not (
                environ.get("AWS_ACCESS_KEY_ID") or environ.get("AWS_PROFILE")
            ):
                # As the app does: the web app's .env keys serve the standard chain.
                credentials = dotenv_credentials(self._loaded.dotenv) or credentials
        return ConnectionSettings(
            region=self.region_code() or DEFAULT_REGION,
            departments_table=self.departments_edit.text().strip(),
            events_table=self.events_edit.text().strip(),
            endpoint_url=self.endpoint_edit.text().strip(),
            credentials=credentials,
        )

    # --- reading the keyring, the profiles and the overrides (on workers) --------------------

    def _key(self, name: str) -> str:
        return f"{self._prefix}-{name}"

    def _start_background_reads(self) -> None:
        secrets = self._secrets
        self._runner.submit(
            lambda: read_keyring(secrets),
            self._keyring_read,
            self._keyring_failed,
            key=self._key("keyring"),
        )
        self._runner.submit(
            list_profiles, self._profiles_read, self._profiles_failed, key=self._key("profiles")
        )
        # What desktop.data.connection.resolved_values does, with the saved values read here:
        # one QSettings object must not be used from two threads at once.
        saved = self._settings.connection_values()
        config_dir = user_config_dir()

        def overrides() -> _Loaded:
            dotenv = read_dotenv(dotenv_files(config_dir))
            return _Loaded(resolve(saved, dotenv=dotenv), dotenv)

        self._runner.submit(
            overrides, self._overrides_read, self._overrides_failed, key=self._key("overrides")
        )

    def is_ready(self) -> bool:
        """True once the keyring, the profiles and the overrides have been read."""
        return self._keyring is not None and self._profiles is not None and self._loaded is not None

    def _keyring_read(self, state: KeyringState) -> None:
        self._keyring = state
        if state.key_id and not self.key_id_edit.text():
            self.key_id_edit.setText(state.key_id)
        self._refresh()

    def _keyring_failed(self, error: BaseException) -> None:
        log.error("Reading the keyring failed", exc_info=error)
        message = (
            error if isinstance(error, KeyringError) else KeyringError.failed(type(error).__name__)
        )
        self._keyring = KeyringState(True, error=message)
        self._refresh()

    def _profiles_read(self, profiles: list[Profile]) -> None:
        self._profiles = profiles
        self._profiles_error = ""
        self._fill_profiles()
        self._refresh()

    def _profiles_failed(self, error: BaseException) -> None:
        self._profiles = []
        self._profiles_error = (
            str(error)
            if isinstance(error, StoreError)
            else tr(_CONTEXT, "The AWS profiles could not be read.")
        )
        if not isinstance(error, StoreError):
            log.error("Reading the AWS profiles failed", exc_info=error)
        self._fill_profiles()
        self._refresh()

    def _fill_profiles(self) -> None:
        current = self._profile() or self._saved_profile
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for profile in self._profiles or []:
            label = profile.name
            if profile.sso:
                label = tr(_CONTEXT, "{profile} (SSO)").format(profile=profile.name)
            self.profile_combo.addItem(label, profile.name)
        if current and self.profile_combo.findData(current) < 0:
            label = current
            if self._profiles is not None:
                label = tr(_CONTEXT, "{profile} (not on this computer)").format(profile=current)
            self.profile_combo.addItem(label, current)
        row = self.profile_combo.findData(current) if current else 0
        self.profile_combo.setCurrentIndex(row if row >= 0 else 0)
        self.profile_combo.blockSignals(False)

    def _overrides_read(self, loaded: _Loaded) -> None:
        self._loaded = loaded
        notes = {
            "region": self.region_notes,
            "departments_table": self.departments_notes,
            "events_table": self.events_notes,
            "endpoint_url": self.endpoint_notes,
        }
        for name, field_notes in notes.items():
            resolved = loaded.resolved.get(name)
            field_notes.set_override(
                _override_text(name, resolved, loaded.dotenv) if resolved else ""
            )
        if loaded.resolved.get("endpoint_url", Resolved("", "")).source in (
            "environment",
            ".env",
        ):
            self._set_advanced(True)
        self._refresh()

    def _overrides_failed(self, error: BaseException) -> None:
        log.warning("Could not read the environment overrides: %s", type(error).__name__)
        self._loaded = _Loaded({}, {})
        self._refresh()

    # --- reacting -------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.region_combo.editTextChanged.connect(self._changed)
        self.region_combo.currentIndexChanged.connect(self._changed)
        self.departments_edit.textChanged.connect(self._changed)
        self.events_edit.textChanged.connect(self._changed)
        self.endpoint_edit.textChanged.connect(self._changed)
        self.key_id_edit.textChanged.connect(self._credentials_changed)
        self.secret_edit.textChanged.connect(self._credentials_changed)
        self.profile_combo.currentIndexChanged.connect(self._changed)
        self.mode_group.buttonToggled.connect(self._mode_toggled)
        self.remove_secret_button.clicked.connect(self._toggle_remove)
        self.advanced_toggle.toggled.connect(self._set_advanced)
        self.test_button.clicked.connect(self.test_connection)
        self.create_button.clicked.connect(self.create_tables)
        self.copy_policy_button.clicked.connect(self.copy_policy)
        self.copy_command_button.clicked.connect(self._copy_command)

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

    def _set_advanced(self, shown: bool) -> None:
        if self.advanced_toggle.isChecked() != shown:
            self.advanced_toggle.blockSignals(True)
            self.advanced_toggle.setChecked(shown)
            self.advanced_toggle.blockSignals(False)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.advanced_box.setVisible(shown)

    def _changed(self, *_args: object) -> None:
        if self._report is not None:
            self.stale_note.setVisible(True)
        self._refresh()

    def _credentials_changed(self, *_args: object) -> None:
        self.credentials_error.set_message("")
        self._changed()

    def _mode_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.credentials_error.set_message("")
            self._changed()

    def _toggle_remove(self) -> None:
        state = self._keyring
        if state is None:
            return
        self._remove_pending = not self._remove_pending
        if self._remove_pending:
            self.key_id_edit.clear()
            self.secret_edit.clear()
        elif not self.key_id_edit.text():
            self.key_id_edit.setText(state.key_id)
        self._changed()

    def problems(self) -> dict[str, str]:
        """What keeps OK (and the test) from working now: field → message."""
        found: dict[str, str] = {}
        region = self.region_code()
        if not region:
            found["region"] = tr(_CONTEXT, "Choose the AWS region of the tables.")
        elif not _REGION_CODE.match(region):
            found["region"] = tr(
                _CONTEXT, "Enter a region code such as ap-northeast-2 (or pick one from the list)."
            )
        for name, edit in (
            ("departments_table", self.departments_edit),
            ("events_table", self.events_edit),
        ):
            text = edit.text().strip()
            if not text:
                found[name] = tr(_CONTEXT, "Enter the table's name.")
            elif not _TABLE_NAME.match(text):
                found[name] = tr(
                    _CONTEXT,
                    "A table name has 3 to 255 letters, digits, “_”, “-” or “.”.",
                )
        if (
            self.departments_edit.text().strip()
            and self.departments_edit.text().strip() == self.events_edit.text().strip()
        ):
            found["events_table"] = tr(_CONTEXT, "The two tables need different names.")
        endpoint = self.endpoint_edit.text().strip()
        if endpoint and not is_web_url(endpoint):
            found["endpoint_url"] = tr(
                _CONTEXT,
                "The endpoint must be an http:// or https:// URL, such as http://localhost:8000.",
            )
        credentials = self._credentials_problem()
        if credentials:
            found["credentials"] = credentials
        return found

    def _credentials_problem(self) -> str:
        mode = self._mode()
        if mode is CredentialMode.PROFILE and not self._profile():
            return tr(_CONTEXT, "Choose an AWS profile.")
        if mode is not CredentialMode.KEYRING:
            return ""
        state = self._keyring
        if state is None:
            return tr(_CONTEXT, "Checking the keyring…")
        if not state.available:
            return tr(
                _CONTEXT,
                "Choose a profile or the environment: this computer cannot keep an access key.",
            )
        key_id = self.key_id_edit.text().strip()
        if not key_id and not self._typed_secret():
            return tr(_CONTEXT, "Enter the access key ID and the secret access key.")
        if not key_id:
            return tr(_CONTEXT, "Enter the access key ID.")
        if not self._typed_secret() and not self._stored_secret_usable():
            return tr(_CONTEXT, "Enter the secret access key that belongs to this access key ID.")
        return ""

    def _refresh(self) -> None:
        problems = self.problems()
        self.region_notes.set_error(problems.get("region", ""))
        self.departments_notes.set_error(problems.get("departments_table", ""))
        self.events_notes.set_error(problems.get("events_table", ""))
        self.endpoint_notes.set_error(problems.get("endpoint_url", ""))
        if problems.get("endpoint_url"):
            self._set_advanced(True)
        hint = problems.get("credentials", "")
        self.credentials_hint.setText(hint)
        self.credentials_hint.setVisible(bool(hint))

        mode = self._mode()
        busy = self._saving
        mode_locked = self._locked[CREDENTIAL_MODE.key]
        state = self._keyring
        keyring_usable = state is not None and state.available
        for button in (self.mode_keyring, self.mode_profile, self.mode_default):
            button.setEnabled(not mode_locked and not busy)
        if not keyring_usable and state is not None:
            self.mode_keyring.setEnabled(False)
        keyring_fields = mode is CredentialMode.KEYRING and keyring_usable and not busy
        self.key_id_edit.setEnabled(keyring_fields)
        self.secret_edit.setEnabled(keyring_fields)
        self.profile_combo.setEnabled(
            mode is CredentialMode.PROFILE and not self._locked[PROFILE.key] and not busy
        )
        self._refresh_keyring_notes()
        self._refresh_profile_note()

        valid = not problems
        self.ok_button.setEnabled(valid and not busy)
        self.test_button.setEnabled(valid and not busy and not self._testing and not self._creating)
        self.create_button.setEnabled(
            valid and not busy and not self._testing and not self._creating
        )
        self.cancel_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        fields: list[tuple[QWidget, str]] = [
            (self.region_combo, "region"),
            (self.departments_edit, "departments_table"),
            (self.events_edit, "events_table"),
            (self.endpoint_edit, "endpoint_url"),
        ]
        for field, name in fields:
            field.setAccessibleDescription(problems.get(name, ""))
        self._fit()

    def _refresh_keyring_notes(self) -> None:
        state = self._keyring
        form = self._keyring_form
        available = state is None or state.available
        form.setRowVisible(self.key_id_edit, available)
        form.setRowVisible(self._secret_row, available)
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
        if self._remove_pending:
            self.stored_label.setText(
                tr(_CONTEXT, "The stored access key will be removed when you click OK.")
            )
            self.remove_secret_button.setText(tr(_CONTEXT, "Undo"))
        elif state.has_secret and self._typed_secret():
            self.stored_label.setText(
                tr(_CONTEXT, "The stored secret key will be replaced when you click OK.")
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
        stored = state.has_secret or self._remove_pending
        # "Saved in … when you click OK" matters only while an access key is being entered.
        self.stored_label.setVisible(stored or self._mode() is CredentialMode.KEYRING)
        self.remove_secret_button.setVisible(stored)
        self.remove_secret_button.setEnabled(not self._saving)
        self.secret_edit.setPlaceholderText(
            tr(_CONTEXT, "Type a new secret to replace it")
            if state.has_secret and not self._remove_pending
            else tr(_CONTEXT, "Paste the secret access key")
        )

    def _refresh_profile_note(self) -> None:
        if self._profiles is None:
            text = tr(_CONTEXT, "Reading the AWS profiles…")
        elif self._profiles_error:
            text = self._profiles_error
        elif not self._profiles:
            text = tr(
                _CONTEXT,
                "No AWS profiles were found on this computer. Set one up with “aws configure” "
                "or “aws configure sso”, or choose another option.",
            )
        else:
            text = ""
        self.profile_note.setText(text)
        self.profile_note.setVisible(bool(text))

    # --- testing --------------------------------------------------------------------------------

    def checklist_texts(self) -> list[str]:
        """The checklist's lines as shown (``✓ …`` or ``✗ …`` with the advice)."""
        return self.checklist.texts()

    def report(self) -> CheckReport | None:
        """The last connection test's report."""
        return self._report

    def is_testing(self) -> bool:
        return self._testing

    def is_creating(self) -> bool:
        return self._creating

    def test_connection(self) -> None:
        """Check the current, unsaved values on a worker; the checklist shows the result."""
        if self.problems() or self._testing or self._creating or self._saving:
            return
        settings = self.connection_settings()
        factory = self._store_factory
        self._testing = True
        self.stale_note.setVisible(False)
        self.sso_box.setVisible(False)
        self.policy_box.setVisible(False)
        self.progress.setVisible(True)
        self.checklist.set_message(
            tr(_CONTEXT, "Testing the connection to {endpoint}…").format(
                endpoint=settings.endpoint_label()
            )
        )
        self._refresh()
        self._runner.submit(
            lambda: run_checks(settings, factory),
            self._tested,
            self._test_failed,
            key=self._key("test"),
        )

    def _tested(self, report: CheckReport) -> None:
        self._testing = False
        self.progress.setVisible(False)
        self._show_report(report)
        self._refresh()

    def _test_failed(self, error: BaseException) -> None:
        # run_checks turns every StoreError into a line: this is a bug; say so, log it.
        self._testing = False
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
        self._refresh()

    def _show_report(self, report: CheckReport, note: str = "") -> None:
        self._report = report
        self.stale_note.setVisible(False)
        if not note and report.ok:
            note = tr(_CONTEXT, "Everything is in place. Click OK to save these settings.")
        self.checklist.set_lines(report.lines, note)
        offers = report.offers
        self.sso_box.setVisible("sso_login" in offers)
        self.sso_command_edit.setText(report.command)
        self.policy_box.setVisible("copy_policy" in offers)
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

    def copy_policy(self) -> None:
        """The guide's IAM policy for the current region and tables, on the clipboard."""
        policy = guide_policy(
            self.region_code() or DEFAULT_REGION,
            self.departments_edit.text().strip() or DEFAULT_DEPARTMENTS_TABLE,
            self.events_edit.text().strip() or DEFAULT_EVENTS_TABLE,
        )
        QGuiApplication.clipboard().setText(policy)
        self.policy_note.setText(
            tr(_CONTEXT, "The policy is on the clipboard: give it to your AWS administrator.")
        )

    def _copy_command(self) -> None:
        QGuiApplication.clipboard().setText(self.sso_command_edit.text())
        self.sso_command_edit.selectAll()

    # --- creating the tables --------------------------------------------------------------------

    def create_tables(self) -> None:
        """Ask, then create both tables on a worker, show progress, and test again."""
        if self.problems() or self._testing or self._creating or self._saving:
            return
        settings = self.connection_settings()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr(_CONTEXT, "Create tables"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            tr(
                _CONTEXT,
                "Create the calendar's tables “{departments}” and “{events}” in region {region}?",
            ).format(
                departments=settings.departments_table,
                events=settings.events_table,
                region=settings.region,
            )
        )
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
        bridge = self._bridge

        def progress(table: str, status: str) -> None:
            # RuntimeError: the dialog is gone; the tables are still being made.
            with contextlib.suppress(RuntimeError):
                bridge.progressed.emit(table, status)

        def work() -> dict[str, str]:
            return create_tables(
                settings, on_demand=chosen, progress=progress, store_factory=factory
            )

        self._creating = True
        self._creation_settings = settings
        self._creation_steps = {}
        self.sso_box.setVisible(False)
        self.policy_box.setVisible(False)
        self.progress.setVisible(True)
        self.checklist.set_message(tr(_CONTEXT, "Creating the tables…"))
        self._refresh()
        log.info(
            "Creating the tables in %s (%s)",
            settings.region,
            "on-demand" if chosen else "provisioned",
        )
        self._runner.submit(
            work, self._tables_created, self._create_failed, key=self._key("create")
        )

    def _create_progress(self, table: str, status: str) -> None:
        if self._closed or not self._creating:
            return
        self._creation_steps[table] = status
        lines = [_progress_text(name, step) for name, step in self._creation_steps.items()]
        self.checklist.set_message("\n".join([tr(_CONTEXT, "Creating the tables…"), *lines]))

    def _tables_created(self, outcome: dict[str, str]) -> None:
        self._creating = False
        self.progress.setVisible(False)
        self._refresh()
        log.info("Tables ready: %s", outcome)
        self.test_connection()

    def _create_failed(self, error: BaseException) -> None:
        self._creating = False
        self.progress.setVisible(False)
        settings = self._creation_settings or self.connection_settings()
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
        self._refresh()

    # --- OK, Cancel, demo -----------------------------------------------------------------------

    def accept(self) -> None:
        """OK: save the access key in the keyring (on a worker), then the settings; close."""
        if self._saving:
            return
        if self.problems():
            self._refresh()
            return
        self.credentials_error.set_message("")
        mode = self._mode()
        key_id = self.key_id_edit.text().strip()
        secret = self._typed_secret()
        secrets = self._secrets
        work: Callable[[], Any] | None = None
        if mode is CredentialMode.KEYRING and secret:

            def work() -> None:
                secrets.save(key_id, secret)

        elif self._remove_pending:

            def work() -> None:
                secrets.remove()

        if work is None:
            self._write_settings()
            return
        self._saving = True
        self._refresh()
        self._runner.submit(
            work, self._keyring_saved, self._keyring_save_failed, key=self._key("save")
        )

    def _keyring_saved(self, _result: object) -> None:
        self._saving = False
        self._write_settings()

    def _keyring_save_failed(self, error: BaseException) -> None:
        self._saving = False
        if isinstance(error, KeyringError):
            message = error.message
            log.warning("Saving the access key failed: %s", error.log_text())
        else:
            log.error("Saving the access key failed unexpectedly", exc_info=error)
            message = KeyringError.failed(type(error).__name__).message
        self.credentials_error.set_message(message)
        self._refresh()
        self.secret_edit.setFocus()

    def _write_settings(self) -> None:
        values: list[tuple[Setting, str]] = [
            (REGION, self.region_code()),
            (DEPARTMENTS_TABLE, self.departments_edit.text().strip()),
            (EVENTS_TABLE, self.events_edit.text().strip()),
            (ENDPOINT_URL, self.endpoint_edit.text().strip()),
            (CREDENTIAL_MODE, self._mode().value),
        ]
        if self._profile() or self._mode() is CredentialMode.PROFILE:
            values.append((PROFILE, self._profile()))
        for setting, value in values:
            if not self._locked[setting.key]:
                self._settings.set(setting, value)
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
        self._closed = True
        for name in ("keyring", "profiles", "overrides", "test", "create", "save"):
            self._runner.forget(self._key(name))
        super().done(result)


# --- texts ----------------------------------------------------------------------------------------


def _override_text(name: str, resolved: Resolved, dotenv: dict[str, str]) -> str:
    if resolved.source == "environment":
        variable = next(
            (k for k in ENVIRONMENT_KEYS[name] if os.environ.get(k, "").strip()),
            ENVIRONMENT_KEYS[name][0],
        )
        return tr(
            _CONTEXT, "Overridden by the environment variable {variable} (“{value}”)."
        ).format(variable=variable, value=resolved.value)
    if resolved.source == ".env":
        variable = next(
            (k for k in ENVIRONMENT_KEYS[name] if dotenv.get(k, "").strip()),
            ENVIRONMENT_KEYS[name][0],
        )
        return tr(_CONTEXT, "Overridden by {variable} in a .env file (“{value}”).").format(
            variable=variable, value=resolved.value
        )
    return ""


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


__all__ = ["Checklist", "SettingsDialog", "lock_pixmap", "region_names"]
