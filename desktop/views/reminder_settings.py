"""View ▸ Reminders…: the user's own reminder defaults and each department's.

Settings of this user on this computer (``desktop.settings``: ``reminders/…``); a value an
administrator deployed machine-wide wins and is shown locked.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.display import elided
from desktop.domain.models import Department
from desktop.domain.reminders import (
    ALL_DAY_DEFAULT,
    TIMED_DEFAULT,
    DepartmentDefaults,
    ReminderRules,
    decode_choice,
    departments_from_json,
    departments_to_json,
    encode,
)
from desktop.i18n import tr
from desktop.settings import REMINDER_ALL_DAY, REMINDER_DEPARTMENTS, REMINDER_TIMED, AppSettings
from desktop.views.reminder_choices import ReminderCombo, choice_label
from desktop.views.widgets import dialog_layout, plain_label

_CONTEXT = "Reminders"


def rules_from_settings(settings: AppSettings) -> ReminderRules:
    """The user's and the departments' defaults (the events' own choices come from the cache)."""
    return ReminderRules(
        timed=decode_choice(settings.get(REMINDER_TIMED), TIMED_DEFAULT),
        all_day=decode_choice(settings.get(REMINDER_ALL_DAY), ALL_DAY_DEFAULT),
        departments=departments_from_json(str(settings.get(REMINDER_DEPARTMENTS))),
    )


class ReminderSettingsDialog(QDialog):
    """Two defaults for the user, and two per department ("my default" unless chosen)."""

    def __init__(
        self, settings: AppSettings, departments: list[Department], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(tr(_CONTEXT, "Reminders"))
        self.setMinimumSize(460, 360)
        rules = rules_from_settings(settings)

        intro = plain_label(
            tr(
                _CONTEXT,
                "Reminders are kept on this computer only. An event's own choice (in the event "
                "dialog) comes first, then its department's, then yours.",
            ),
            self,
        )
        self.timed_combo = ReminderCombo(self, with_default=False)
        self.timed_combo.set_rule(rules.timed)
        self.timed_combo.setEnabled(not settings.is_locked(REMINDER_TIMED))
        self.all_day_combo = ReminderCombo(self, with_default=False)
        self.all_day_combo.set_all_day(True)
        self.all_day_combo.set_rule(rules.all_day)
        self.all_day_combo.setEnabled(not settings.is_locked(REMINDER_ALL_DAY))
        form = QFormLayout()
        form.addRow(tr(_CONTEXT, "Events with a time:"), self.timed_combo)
        form.addRow(tr(_CONTEXT, "All-day events:"), self.all_day_combo)

        self.table = QTableWidget(len(departments), 3, self)
        self.table.setAccessibleName(tr(_CONTEXT, "Departments' reminders"))
        self.table.setHorizontalHeaderLabels(
            [tr(_CONTEXT, "Department"), tr(_CONTEXT, "With a time"), tr(_CONTEXT, "All day")]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.department_combos: dict[str, tuple[ReminderCombo, ReminderCombo]] = {}
        locked = settings.is_locked(REMINDER_DEPARTMENTS)
        for row, department in enumerate(departments):
            name = QTableWidgetItem(elided(" ".join(department.name.split()), 80))
            self.table.setItem(row, 0, name)
            own = rules.departments.get(department.id, DepartmentDefaults())
            pair = (ReminderCombo(self.table), ReminderCombo(self.table))
            for column, (combo, rule) in enumerate(
                zip(pair, (own.timed, own.all_day), strict=True), 1
            ):
                combo.setItemText(0, tr(_CONTEXT, "Mine"))
                combo.set_all_day(column == 2)
                combo.set_rule(rule)
                combo.setEnabled(not locked)
                self.table.setCellWidget(row, column, combo)
            self.department_combos[department.id] = pair
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr(_CONTEXT, "OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr(_CONTEXT, "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = dialog_layout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(plain_label(tr(_CONTEXT, "Each department:"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Keep the choices (those an administrator set stay as they are)."""
        settings = self._settings
        departments = departments_from_json(str(settings.get(REMINDER_DEPARTMENTS)))
        for department_id, (timed, all_day) in self.department_combos.items():
            departments[department_id] = DepartmentDefaults(timed.rule(), all_day.rule())
        for setting, value in (
            (REMINDER_TIMED, encode(self.timed_combo.rule())),
            (REMINDER_ALL_DAY, encode(self.all_day_combo.rule())),
            (REMINDER_DEPARTMENTS, departments_to_json(departments)),
        ):
            if not settings.is_locked(setting):
                settings.set(setting, value)
        settings.sync()
        super().accept()


def default_text(rules: ReminderRules, department_id: str, all_day: bool) -> str:
    """What "default" means for an event of ``department_id``: ``10분 전``."""
    return choice_label(rules.default_for(department_id, all_day), all_day)
