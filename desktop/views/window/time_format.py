"""View ▸ 24-hour time: how every event time is written, remembered for the user.

The choice is kept in the user's settings; without one the locale decides (24-hour when its
short time format has no AM/PM marker). :class:`TimeStyle` holds it for every place that shows
a time (:func:`desktop.views.formats.shown_time`); changing it shows the grid, the detail pane
and an open day list again at once. The stored time text is never rewritten.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction

from desktop.i18n import tr
from desktop.settings import Setting
from desktop.views.formats import TimeStyle

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

HOUR24 = Setting(
    "view/hour24",
    str,
    "",
    "Event times: 24 (14:00), 12 (오후 2:00 / 2:00 PM), or empty for the locale's",
)

_QUOTED = re.compile(r"'[^']*'")


def locale_uses_24_hour(locale: QLocale) -> bool:
    """The locale writes times without AM/PM (its short time format has no ``AP``/``ap``/``A``/``a``
    marker outside quoted text)."""
    pattern = _QUOTED.sub("", locale.timeFormat(QLocale.FormatType.ShortFormat))
    return "a" not in pattern.lower()


class TimeFormat:
    """Sets :class:`TimeStyle` for ``window`` at start and when View ▸ 24-hour time changes."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.action = QAction(tr("MainWindow", "24-hour time"), window, checkable=True)
        self.action.setToolTip(tr("MainWindow", "Write event times as 14:00 instead of 2:00 PM"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.setChecked(self.hour24())
        self.action.toggled.connect(self.set_hour24)
        self._apply()

    def hour24(self) -> bool:
        """The user's choice, or the locale's way without one."""
        chosen = str(self._window.settings.get(HOUR24))
        if chosen in ("24", "12"):
            return chosen == "24"
        return locale_uses_24_hour(self._window.locale_)

    def set_hour24(self, on: bool) -> None:
        """Remember the choice and write every shown time the new way."""
        self._window.settings.set(HOUR24, "24" if on else "12")
        if self.action.isChecked() != on:
            self.action.setChecked(on)  # emits toggled again: applied there
            return
        self._apply()
        self._show_again()

    def _apply(self) -> None:
        TimeStyle.set(self.hour24(), self._window.locale_.name())

    def _show_again(self) -> None:
        window = self._window
        window.model.restyle()
        window.views.each(lambda view: view.viewport().update())
        detail = window.built_detail()
        if detail is not None and detail.entry is not None:
            detail.show_entry(detail.entry, window.locale_)
        day = window.dialogs.day_dialog
        if day is not None and day.isVisible():
            day.set_entries(day.entries)
