"""Where the calendar is stored: region, the two tables and (advanced) the endpoint."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGroupBox,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.data.config import (
    DEFAULT_DEPARTMENTS_TABLE,
    DEFAULT_EVENTS_TABLE,
    DEFAULT_REGION,
    DOTENV,
    ENVIRONMENT,
    ENVIRONMENT_KEYS,
    Resolved,
    mask_url_credentials,
    variable_of,
)
from desktop.data.connection import Saved, Sources, read_sources
from desktop.domain import connection_rules as rules
from desktop.i18n import tr
from desktop.views.settings.widgets import (
    FieldNotes,
    field_block,
    form_label,
    muted,
    settings_form,
)
from desktop.views.widgets import plain_label
from desktop.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

_CONTEXT = "SettingsDialog"
_REGIONS = "Regions"
_DASH = " — "


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


class LocationGroup(QGroupBox):
    """Region, tables and endpoint as typed; their problems and overrides shown under them."""

    edited = Signal()  # the person changed a value
    updated = Signal()  # the overrides were read

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr(_CONTEXT, "Where the calendar is stored"), parent)
        self._runner = runner
        self._task = f"settings-location-{id(self)}"
        self.sources: Sources | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        form = settings_form()

        self.region_combo = QComboBox(self)
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
        self.region_notes = FieldNotes(self)

        self.departments_edit = QLineEdit(self)
        self.departments_edit.setAccessibleName(tr(_CONTEXT, "Departments table"))
        self.departments_edit.setPlaceholderText(DEFAULT_DEPARTMENTS_TABLE)
        self.departments_notes = FieldNotes(self)
        self.events_edit = QLineEdit(self)
        self.events_edit.setAccessibleName(tr(_CONTEXT, "Events table"))
        self.events_edit.setPlaceholderText(DEFAULT_EVENTS_TABLE)
        self.events_notes = FieldNotes(self)

        form.addRow(
            form_label(tr(_CONTEXT, "&Region:"), self.region_combo, self),
            field_block(self.region_combo, self.region_notes),
        )
        form.addRow(
            form_label(tr(_CONTEXT, "&Departments table:"), self.departments_edit, self),
            field_block(self.departments_edit, self.departments_notes),
        )
        form.addRow(
            form_label(tr(_CONTEXT, "E&vents table:"), self.events_edit, self),
            field_block(self.events_edit, self.events_notes),
        )
        layout.addLayout(form)

        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setText(tr(_CONTEXT, "Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_box = QWidget(self)
        advanced_form = settings_form()
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
            form_label(tr(_CONTEXT, "E&ndpoint URL:"), self.endpoint_edit, self),
            field_block(self.endpoint_edit, self.endpoint_notes),
        )
        advanced_form.addRow("", endpoint_help)
        self.advanced_box.setLayout(advanced_form)
        self.advanced_box.setVisible(False)
        layout.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced_box)

    def _notes(self) -> dict[str, FieldNotes]:
        return {
            rules.REGION: self.region_notes,
            rules.DEPARTMENTS_TABLE: self.departments_notes,
            rules.EVENTS_TABLE: self.events_notes,
            rules.ENDPOINT_URL: self.endpoint_notes,
        }

    def _fields(self) -> dict[str, QWidget]:
        return {
            rules.REGION: self.region_combo,
            rules.DEPARTMENTS_TABLE: self.departments_edit,
            rules.EVENTS_TABLE: self.events_edit,
            rules.ENDPOINT_URL: self.endpoint_edit,
        }

    # --- values in and out -----------------------------------------------------------------------

    def load(self, values: Mapping[str, str], locked: Mapping[str, bool]) -> None:
        """Show the saved values (by field name), managed ones locked; then report edits."""
        self._set_region(values[rules.REGION] or DEFAULT_REGION)
        self.departments_edit.setText(values[rules.DEPARTMENTS_TABLE] or DEFAULT_DEPARTMENTS_TABLE)
        self.events_edit.setText(values[rules.EVENTS_TABLE] or DEFAULT_EVENTS_TABLE)
        endpoint = values[rules.ENDPOINT_URL]
        self.endpoint_edit.setText(endpoint)
        self.set_advanced(bool(endpoint) or locked[rules.ENDPOINT_URL])
        notes = self._notes()
        for name, widget in self._fields().items():
            if locked[name]:
                widget.setEnabled(False)
                notes[name].set_locked(True)
        self.region_combo.editTextChanged.connect(self.edited)
        self.region_combo.currentIndexChanged.connect(self.edited)
        self.departments_edit.textChanged.connect(self.edited)
        self.events_edit.textChanged.connect(self.edited)
        self.endpoint_edit.textChanged.connect(self.edited)
        self.advanced_toggle.toggled.connect(self.set_advanced)

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

    def typed(self) -> dict[str, str]:
        """The four values as typed, by field name."""
        return {
            rules.REGION: self.region_code(),
            rules.DEPARTMENTS_TABLE: self.departments_edit.text().strip(),
            rules.EVENTS_TABLE: self.events_edit.text().strip(),
            rules.ENDPOINT_URL: self.endpoint_edit.text().strip(),
        }

    def problems(self) -> dict[str, str]:
        """The domain's rules applied to the typed values: field name → message."""
        return rules.location_problems(**self.typed())

    def show_problems(self, problems: Mapping[str, str]) -> None:
        notes = self._notes()
        for name, widget in self._fields().items():
            notes[name].set_error(problems.get(name, ""))
            widget.setAccessibleDescription(problems.get(name, ""))
        if problems.get(rules.ENDPOINT_URL):
            self.set_advanced(True)

    def set_advanced(self, shown: bool) -> None:
        if self.advanced_toggle.isChecked() != shown:
            self.advanced_toggle.blockSignals(True)
            self.advanced_toggle.setChecked(shown)
            self.advanced_toggle.blockSignals(False)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.advanced_box.setVisible(shown)

    # --- the overrides (environment, .env), read on a worker --------------------------------------

    def read_overrides(self, saved: Saved, config_dir: Path) -> None:
        """Resolve ``saved`` (read by the caller, on the GUI thread) against the overrides.

        A managed value is shown locked (:meth:`load`): nothing overrides it, so it gets no
        override note.
        """
        self._runner.submit(
            lambda: read_sources(saved, config_dir=config_dir),
            self._overrides_read,
            self._overrides_failed,
            key=self._task,
        )

    def forget(self) -> None:
        self._runner.forget(self._task)

    def _overrides_read(self, sources: Sources) -> None:
        self.sources = sources
        notes = self._notes()
        for name, field_notes in notes.items():
            resolved = sources.resolved.get(name)
            field_notes.set_override(
                override_text(name, resolved, sources.dotenv) if resolved else ""
            )
        if sources.resolved.get(rules.ENDPOINT_URL, Resolved("", "")).source in (
            ENVIRONMENT,
            DOTENV,
        ):
            self.set_advanced(True)
        self.updated.emit()

    def _overrides_failed(self, error: BaseException) -> None:
        log.warning("Could not read the environment overrides: %s", type(error).__name__)
        self.sources = Sources()
        self.updated.emit()


def override_text(
    name: str, resolved: Resolved, dotenv: Mapping[str, str], *, url: bool = True
) -> str:
    """The note under a field that the environment or a .env overrides, or ``""``.

    A ``url`` (an endpoint, a proxy) may carry a user name and password: never shown.
    """
    if url:
        resolved = Resolved(mask_url_credentials(resolved.value), resolved.source)
    if resolved.source == ENVIRONMENT:
        variable = variable_of(name, os.environ) or ENVIRONMENT_KEYS[name][0]
        return tr(
            _CONTEXT, "Overridden by the environment variable {variable} (“{value}”)."
        ).format(variable=variable, value=resolved.value)
    if resolved.source == DOTENV:
        variable = variable_of(name, dotenv) or ENVIRONMENT_KEYS[name][0]
        return tr(_CONTEXT, "Overridden by {variable} in a .env file (“{value}”).").format(
            variable=variable, value=resolved.value
        )
    return ""
