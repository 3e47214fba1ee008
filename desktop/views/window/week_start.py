"""View ▸ Week starts on and View ▸ Weekend days: the week every view and page draws.

Both are kept in the user's settings; an administrator can fix them machine-wide (the system
scope, as every managed setting: the menu then shows them checked, greyed, and says who set
them). Without a choice the first day is the locale's (Sunday in Korean and US English) and the
weekend Saturday and Sunday. A change lays out every view again at once, about the same day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QAbstractScrollArea, QMenu

from desktop.i18n import tr
from desktop.settings import Setting
from desktop.views.week_days import DEFAULT_WEEKEND, WeekDays, first_weekday

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

FIRST_WEEKDAY = Setting(
    "calendar/first_weekday",
    int,
    0,
    "The week's first day: 1 = Monday … 7 = Sunday, or 0 for the locale's",
)
WEEKEND_DAYS = Setting(
    "calendar/weekend_days",
    list,
    ["6", "7"],
    "The weekend days, 1 = Monday … 7 = Sunday (e.g. 5, 6 for Friday and Saturday)",
)


def weekend_of(value: Any) -> frozenset[int]:
    """The weekend days a setting's value names (numbers 1–7; anything else is left out)."""
    items = value if isinstance(value, list | tuple) else str(value).split(",")
    days = set()
    for item in items:
        try:
            day = int(str(item).strip())
        except ValueError:
            continue
        if 1 <= day <= 7:
            days.add(day)
    return frozenset(days)


class WeekStart:
    """Sets :class:`WeekDays` for ``window`` at start, and from the View menu's two submenus."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.first_actions: dict[int, QAction] = {}
        self.weekend_actions: dict[int, QAction] = {}
        self._apply()

    # --- the settings --------------------------------------------------------------------------

    def first_day(self) -> int:
        """The chosen first day, or the locale's."""
        return first_weekday(self._window.locale_)

    def weekend(self) -> frozenset[int]:
        return WeekDays.weekend

    def locked(self) -> tuple[bool, bool]:
        settings = self._window.settings
        return settings.is_locked(FIRST_WEEKDAY), settings.is_locked(WEEKEND_DAYS)

    def set_first_day(self, weekday: int) -> None:
        """Start every week on ``weekday`` (1 = Monday … 7 = Sunday) and remember it."""
        if self.locked()[0]:
            return
        self._window.settings.set(FIRST_WEEKDAY, weekday)
        self._changed()

    def set_weekend(self, days: frozenset[int]) -> None:
        """Make ``days`` the weekend and remember it."""
        if self.locked()[1]:
            return
        value = [str(day) for day in sorted(days)]
        if frozenset(days) == DEFAULT_WEEKEND:
            value = list(WEEKEND_DAYS.default)
        self._window.settings.set(WEEKEND_DAYS, value)
        self._changed()

    def _apply(self) -> None:
        settings = self._window.settings
        WeekDays.set(int(settings.get(FIRST_WEEKDAY)), weekend_of(settings.get(WEEKEND_DAYS)))

    def _changed(self) -> None:
        self._apply()
        self._check_actions()
        self.relay()

    def relay(self) -> None:
        """Lay out every view again with the week as set, about the same day."""
        window = self._window
        window.model.set_locale(window.locale_)  # the grid's days from the new first day
        window.months.first_weekday = window.model.first_weekday
        window.presenter.show_day(window.presenter.anchor)
        window.active_view.select_date(window.presenter.anchor)
        for area in window.findChildren(QAbstractScrollArea):  # weekend colours, headers too
            area.viewport().update()

    # --- the menus -----------------------------------------------------------------------------

    def build_menus(self, view_menu: QMenu) -> None:
        """View ▸ Week starts on and View ▸ Weekend days (filled once, after the first paint)."""
        window = self._window
        locale = window.locale_
        first_locked, weekend_locked = self.locked()
        managed = tr("MainWindow", "Set by your administrator")
        self.first_menu = view_menu.addMenu(tr("MainWindow", "Week starts on"))
        self.weekend_menu = view_menu.addMenu(tr("MainWindow", "Weekend days"))
        group = QActionGroup(window)
        for menu, is_locked in (
            (self.first_menu, first_locked),
            (self.weekend_menu, weekend_locked),
        ):
            if is_locked:
                note = menu.addAction(managed)
                note.setEnabled(False)
                menu.addSeparator()
        # Monday first, as a week is written in ISO 8601 (and Korean desk calendars).
        for weekday in range(1, 8):
            name = locale.dayName(weekday, QLocale.FormatType.LongFormat)
            first = QAction(name, window, checkable=True)
            first.setEnabled(not first_locked)
            first.triggered.connect(lambda _c=False, day=weekday: self.set_first_day(day))
            group.addAction(first)
            self.first_menu.addAction(first)
            self.first_actions[weekday] = first
            rest = QAction(name, window, checkable=True)
            rest.setEnabled(not weekend_locked)
            rest.triggered.connect(lambda on, day=weekday: self._weekend_toggled(day, on))
            self.weekend_menu.addAction(rest)
            self.weekend_actions[weekday] = rest
        for menu, is_locked in (
            (self.first_menu, first_locked),
            (self.weekend_menu, weekend_locked),
        ):
            if is_locked:
                menu.setToolTip(managed)
                menu.setToolTipsVisible(True)
                for action in menu.actions():
                    action.setToolTip(managed)
        self._check_actions()

    def _weekend_toggled(self, weekday: int, on: bool) -> None:
        days = set(WeekDays.weekend)
        if on:
            days.add(weekday)
        else:
            days.discard(weekday)
        self.set_weekend(frozenset(days))

    def _check_actions(self) -> None:
        first = self.first_day()
        for weekday, action in self.first_actions.items():
            action.setChecked(weekday == first)
        for weekday, action in self.weekend_actions.items():
            action.setChecked(weekday in WeekDays.weekend)
