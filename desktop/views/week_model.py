"""The week as a table: seven columns (one per day), one row per event of the busiest day.

A cell holds one event or nothing: each day's events go down its column in calendar order
(all-day first, then by parsed time, then the rest: the order the entries arrive in), and one
empty cell stays below the longest day so that every day has a place to double-click or drop
on. A new week or new events change the rows at the bottom only (insert or remove), so the
view keeps its current cell and scroll position.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.calendar import DAYS, week_start
from desktop.domain.display import elided, tooltip
from desktop.i18n import tr
from desktop.views.day_delegate import entry_tooltip
from desktop.views.lunar_text import full_text_of, short_texts
from desktop.views.month_model import DayEntry
from desktop.views.week_days import first_weekday
from desktop.workers.months import DayLists

_Index = QModelIndex | QPersistentModelIndex


class WeekRoles(IntEnum):
    DATE = Qt.ItemDataRole.UserRole + 1  # datetime.date of the column
    ENTRY = Qt.ItemDataRole.UserRole + 2  # DayEntry | None
    TODAY = Qt.ItemDataRole.UserRole + 3  # bool: the column is today
    HOLIDAY = Qt.ItemDataRole.UserRole + 4  # str, "" when none
    WEEKDAY = Qt.ItemDataRole.UserRole + 5  # 1 = Monday … 7 = Sunday


class WeekModel(QAbstractTableModel):
    """The seven days of a week and their events, a column each."""

    def __init__(self, locale: QLocale | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale or QLocale()
        self._today = date.today()
        self._first = week_start(self._today, first_weekday(self._locale))
        self._days = _week(self._first)
        self._entries: dict[date, list[DayEntry]] = {}
        # Each day's cells from the top: a multi-day event's bar on its lane (an empty cell
        # above it where that lane is free on this day, so that the bar stays straight).
        self._cells: dict[date, list[DayEntry | None]] = {}
        self._holidays: dict[date, str] = {}
        self._lunar = short_texts(self._days)  # per shown week, not per paint
        self._rows = 1

    # --- state --------------------------------------------------------------------------------

    @property
    def days(self) -> list[date]:
        return list(self._days)

    @property
    def today(self) -> date:
        return self._today

    @property
    def locale(self) -> QLocale:
        return self._locale

    def set_locale(self, locale: QLocale) -> None:
        self._locale = locale
        self._all_changed()

    def set_week(self, first: date, today: date) -> None:
        """Show the week starting on ``first`` (its events come with :meth:`set_entries`)."""
        if (first, today) == (self._first, self._today):
            return
        self._first, self._today = first, today
        self._days = _week(first)
        self._lunar = short_texts(self._days)
        self._resize()
        self._all_changed()

    def set_entries(self, entries: DayLists[DayEntry]) -> None:
        """The events by day, each day already in calendar order (a worker sorted them)."""
        by_day = dict(entries.by_day)
        if by_day == self._entries:
            return
        self._entries = by_day
        self._cells = {day: _cells(entries) for day, entries in by_day.items()}
        self._resize()
        self._all_changed()

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        if dict(holidays) != self._holidays:
            self._holidays = dict(holidays)
            self._all_changed()

    def restyle(self) -> None:
        """Times are written another way (View ▸ 24-hour time), or lunar dates are shown or
        not (View ▸ Lunar dates): every cell again."""
        self._lunar = short_texts(self._days)
        self._all_changed()

    # --- what is where ------------------------------------------------------------------------

    def entries_on(self, day: date) -> list[DayEntry]:
        return list(self._entries.get(day, []))

    def all_entries(self) -> list[DayEntry]:
        return [e for day in self._days for e in self._entries.get(day, [])]

    def day(self, column: int) -> date | None:
        return self._days[column] if 0 <= column < DAYS else None

    def holiday(self, day: date) -> str:
        return self._holidays.get(day, "")

    def lunar(self, day: date) -> str:
        """The day's short lunar date ("음 8.15"); "" when lunar dates are not shown."""
        return self._lunar.get(day, "")

    def column_of(self, day: date) -> int:
        """The column of ``day``, -1 outside the week."""
        offset = (day - self._first).days
        return offset if 0 <= offset < DAYS else -1

    def date_at(self, index: _Index) -> date | None:
        return self.day(index.column()) if index.isValid() else None

    def entry_at(self, index: _Index) -> DayEntry | None:
        day = self.date_at(index)
        if day is None:
            return None
        cells = self._cells.get(day, [])
        return cells[index.row()] if index.row() < len(cells) else None

    def index_of_entry(self, entry: DayEntry) -> QModelIndex:
        """The cell of the event with ``entry``'s id on its day (invalid when not shown)."""
        day = entry.event.event_date
        column = self.column_of(day)
        if column < 0:
            return QModelIndex()
        for row, found in enumerate(self._cells.get(day, [])):
            if found is not None and found.event.id == entry.event.id:
                return self.index(row, column)
        return QModelIndex()

    def free_row(self, day: date) -> int:
        """The empty cell below ``day``'s events."""
        return len(self._cells.get(day, []))

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else DAYS

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.date_at(index)
        if day is None:
            return None
        if role == WeekRoles.ENTRY:
            return self.entry_at(index)
        if role == WeekRoles.DATE:
            return day
        if role == WeekRoles.TODAY:
            return day == self._today
        if role == WeekRoles.HOLIDAY:
            return self._holidays.get(day, "")
        if role == WeekRoles.WEEKDAY:
            return day.isoweekday()
        if role == Qt.ItemDataRole.ToolTipRole:
            entry = self.entry_at(index)
            return entry_tooltip(entry) if entry is not None else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(day, self.entry_at(index))
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        day = self.day(section)
        if orientation != Qt.Orientation.Horizontal or day is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._date_text(day)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self._date_text(day), full_text_of(day), self._holidays.get(day, "")]
            return tooltip("\n".join(line for line in lines if line))
        if role == WeekRoles.DATE:
            return day
        return None

    # --- helpers ------------------------------------------------------------------------------

    def _date_text(self, day: date) -> str:
        return self._locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    def _accessible_text(self, day: date, entry: DayEntry | None) -> str:
        parts = [self._date_text(day)]
        if holiday := self._holidays.get(day):
            parts.append(holiday)
        if entry is None:
            parts.append(tr("WeekView", "no event here; Enter adds one"))
        else:
            parts.append(elided(entry.label()))
            parts.append(elided(entry.department_name))
        return ", ".join(parts)

    def _resize(self) -> None:
        """One row per event of the busiest day, and an empty one below it."""
        rows = 1 + max((len(self._cells.get(day, [])) for day in self._days), default=0)
        if rows > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, rows - 1)
            self._rows = rows
            self.endInsertRows()
        elif rows < self._rows:
            self.beginRemoveRows(QModelIndex(), rows, self._rows - 1)
            self._rows = rows
            self.endRemoveRows()

    def _all_changed(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, DAYS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DAYS - 1)


def _cells(entries: list[DayEntry]) -> list[DayEntry | None]:
    """A day's cells from the top: its bars on their lanes (they come first), then the rest."""
    if not entries or entries[0].bar is None:
        return list(entries)
    cells: list[DayEntry | None] = []
    for position, entry in enumerate(entries):
        bar = entry.bar
        if bar is None:
            return cells + entries[position:]
        cells += [None] * (bar.lane - len(cells))
        cells.append(entry)
    return cells


def _week(first: date) -> list[date]:
    return [first + timedelta(days=i) for i in range(DAYS)]
