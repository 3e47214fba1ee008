"""View ▸ Lunar dates (음력 표시): the lunar date small in each day of the month grid and the
week's day headers, written out in a day's tooltip and the detail pane.

Kept in the user's settings (and lockable by IT like any setting). Without a choice the
window's language decides: on in Korean, because Korean desk and phone calendars print the
lunar date and staff plan 제사, 음력 생일 and 명절 by it; off in English, whose readers rarely
read it and would rather have the room.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView

from desktop.i18n import tr
from desktop.settings import Setting
from desktop.views.lunar_text import LunarStyle
from desktop.views.month_model import MonthModel
from desktop.views.week_model import WeekModel

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

LUNAR_DATES = Setting(
    "view/lunar_dates",
    str,
    "",
    "Lunar dates in the views: on, off, or empty for the language's way (on in Korean)",
)


def shown_by_default(locale: QLocale) -> bool:
    """Without a choice: on for a Korean window, off otherwise."""
    return locale.language() == QLocale.Language.Korean


class LunarDates:
    """Sets :class:`LunarStyle` for ``window`` at start and when View ▸ Lunar dates changes."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.action = QAction(tr("MainWindow", "Lunar dates"), window, checkable=True)
        self.action.setToolTip(tr("MainWindow", "Show each day's date in the lunar calendar"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.setChecked(self.shown())
        self.action.setEnabled(not window.settings.is_locked(LUNAR_DATES))
        self.action.toggled.connect(self.set_shown)
        LunarStyle.set(self.shown())

    def shown(self) -> bool:
        """The user's (or IT's) choice, or the language's way without one."""
        chosen = str(self._window.settings.get(LUNAR_DATES)).lower()
        if chosen in ("on", "off"):
            return chosen == "on"
        return shown_by_default(self._window.locale_)

    def set_shown(self, on: bool) -> None:
        """Remember the choice and show every view's days again."""
        self._window.settings.set(LUNAR_DATES, "on" if on else "off")
        LunarStyle.set(on)
        window = self._window
        window.model.restyle()
        window.views.each(_restyle)
        detail = window.built_detail()
        if detail is not None and detail.entry is not None:
            detail.show_entry(detail.entry, window.locale_)


def _restyle(view: object) -> None:
    """A view's days again: its model works the lunar dates out anew; it and its day
    headers repaint."""
    if not isinstance(view, QTableView):
        return  # the team week, the agenda and the year do not show lunar dates
    model = view.model()
    if isinstance(model, MonthModel | WeekModel):
        model.restyle()
    view.viewport().update()
    view.horizontalHeader().viewport().update()
