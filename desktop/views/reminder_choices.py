"""How a reminder choice reads (없음, 정시, 10분 전, …) and the combo box that offers them."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.reminders import CHOICES, USE_DEFAULT, Choice, Rule
from desktop.i18n import tr

_CONTEXT = "Reminders"


def choice_label(choice: Choice, all_day: bool = False) -> str:
    """``없음``, ``정시`` (all-day: ``당일 오전 9:00``), ``10분 전``, ``1시간 전``, ``1일 전``."""
    if choice is None:
        return tr(_CONTEXT, "None")
    if choice == 0:
        return tr(_CONTEXT, "On the day, 9:00 AM") if all_day else tr(_CONTEXT, "At the time")
    if choice % 1440 == 0:
        return tr(_CONTEXT, "%n days before", n=choice // 1440)
    if choice % 60 == 0:
        return tr(_CONTEXT, "%n hours before", n=choice // 60)
    return tr(_CONTEXT, "%n minutes before", n=choice)


class ReminderCombo(QComboBox):
    """The choices, first of them "Default (…)" (or another word for "the next rule's")."""

    def __init__(self, parent: QWidget | None = None, *, with_default: bool = True) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr(_CONTEXT, "Reminder"))
        if with_default:
            self.addItem(tr(_CONTEXT, "Default"), USE_DEFAULT)
        for choice in CHOICES:
            self.addItem(choice_label(choice), choice)

    def set_default_text(self, text: str) -> None:
        """Say what "default" means here: ``기본값 (10분 전)``."""
        row = self.findData(USE_DEFAULT)
        if row >= 0:
            self.setItemText(row, tr(_CONTEXT, "Default ({choice})").format(choice=text))

    def set_all_day(self, all_day: bool) -> None:
        """ "At the time" of an all-day event is 09:00 on its day: say so."""
        row = self.findData(0)
        if row >= 0:
            self.setItemText(row, choice_label(0, all_day))

    def rule(self) -> Rule:
        data = self.currentData()
        if data == USE_DEFAULT:
            return USE_DEFAULT
        return data if isinstance(data, int) else None

    def set_rule(self, rule: Rule) -> None:
        for row in range(self.count()):
            data = self.itemData(row)
            if data == rule and (rule is not None or data is None):
                self.setCurrentIndex(row)
                return
