"""The week's first day and its weekend days: one place every view, dialog and page asks.

The user chooses them in View ▸ Week starts on and View ▸ Weekend days (an administrator can
fix them machine-wide: :mod:`desktop.views.window.week_start`); without a choice the first day
is the locale's (Sunday in Korean and US English) and the weekend Saturday and Sunday.

Colours, as Korean calendars draw them: a holiday red; of the weekend days, Saturday blue and
any other red (a Friday and Saturday weekend: Friday red, Saturday blue); a day that is not a
weekend day is drawn as any other, Saturday and Sunday too.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget

SATURDAY = 6
SUNDAY = 7
DEFAULT_WEEKEND = frozenset({SATURDAY, SUNDAY})

# Day kinds, as the painters key their colours: a plain day, a blue one and a red one.
PLAIN = 0
BLUE = 6
RED = 7


class WeekDays:
    """The app's week (one for the app, set by the window from the settings)."""

    first = 0  # 1 = Monday … 7 = Sunday; 0: the locale's
    weekend = DEFAULT_WEEKEND

    @classmethod
    def set(cls, first: int, weekend: frozenset[int]) -> None:
        cls.first = first if 1 <= first <= 7 else 0
        cls.weekend = frozenset(day for day in weekend if 1 <= day <= 7)

    @classmethod
    def reset(cls) -> None:
        cls.set(0, DEFAULT_WEEKEND)


def first_weekday(locale: QLocale) -> int:
    """The week's first day (1 = Monday … 7 = Sunday): the user's, or ``locale``'s."""
    return WeekDays.first or int(locale.firstDayOfWeek().value)


def day_kind(weekday: int, holiday: bool = False) -> int:
    """How a day's number is coloured: :data:`RED` for a holiday and a weekend day other than
    Saturday, :data:`BLUE` for a weekend Saturday, :data:`PLAIN` otherwise."""
    if holiday:
        return RED
    if weekday not in WeekDays.weekend:
        return PLAIN
    return BLUE if weekday == SATURDAY else RED


def style_calendar(calendar: QCalendarWidget, locale: QLocale) -> None:
    """A date picker's calendar with the app's first day and weekend colours (Qt's own would
    follow the locale)."""
    from desktop.views.colors import saturday_color, sunday_color

    calendar.setFirstDayOfWeek(Qt.DayOfWeek(first_weekday(locale)))
    red, blue = sunday_color(calendar.palette()), saturday_color(calendar.palette())
    for weekday in range(1, 8):
        text = QTextCharFormat()
        kind = day_kind(weekday)
        if kind == RED:
            text.setForeground(red)
        elif kind == BLUE:
            text.setForeground(blue)
        else:
            text.setForeground(calendar.palette().text())
        calendar.setWeekdayTextFormat(Qt.DayOfWeek(weekday), text)
