"""The team week as a model: one row per department shown, one column per day of the week.

A cell holds that department's events of that day (as :class:`DayEntry`, already in calendar
order). The headers carry the days (weekday and date, today, holidays, weekends coloured as in
the month grid) and the departments (name and colour). The structure changes only when the
departments shown change; new events or a new week only emit ``dataChanged``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
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
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.domain.calendar import DAYS
from desktop.domain.display import elided, tooltip
from desktop.i18n import tr
from desktop.views.colors import saturday_color, sunday_color
from desktop.views.month_model import DayEntry, Roles
from desktop.views.week_days import BLUE, RED, day_kind

_Index = QModelIndex | QPersistentModelIndex

# A department's name in the rows' header: this many characters at most (the tooltip has all).
NAME_LIMIT = 40


@dataclass(frozen=True)
class Row:
    """A department shown as a row of the team week."""

    id: str
    name: str
    color: QColor


def day_header(locale: QLocale, day: date) -> str:
    """``Mon 11/30`` / ``11/30 (월)``: the weekday and the date of a column."""
    weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return tr("TeamView", "{weekday} {month}/{day}").format(
        weekday=weekday, month=day.month, day=day.day
    )


class TeamModel(QAbstractTableModel):
    """The departments shown (rows) and the seven days of the week (columns)."""

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._rows: list[Row] = []
        self._days: list[date] = []
        self._today: date | None = None
        self._entries: dict[tuple[str, date], list[DayEntry]] = {}
        self._holidays: dict[date, str] = {}
        self._icons: dict[int, QIcon] = {}

    # --- state --------------------------------------------------------------------------------

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    @property
    def days(self) -> list[date]:
        return list(self._days)

    def set_week(self, first: date, today: date) -> None:
        days = [first + timedelta(days=i) for i in range(DAYS)]
        if days == self._days and today == self._today:
            return
        self._days, self._today = days, today
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DAYS - 1)
        self._changed()

    def set_rows(self, rows: list[Row]) -> None:
        if rows == self._rows:
            return
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows  # a new name or colour: the same rows
            if rows:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(rows) - 1)
                self._changed()
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_entries(self, entries: Iterable[DayEntry]) -> None:
        found: dict[tuple[str, date], list[DayEntry]] = {}
        for entry in entries:
            found.setdefault((entry.event.department_id, entry.event.event_date), []).append(entry)
        if found != self._entries:
            self._entries = found
            self._changed()

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        self._holidays = dict(holidays)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DAYS - 1)

    def set_locale(self, locale: QLocale) -> None:
        self._locale = locale
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DAYS - 1)

    def _changed(self) -> None:
        if self._rows and self._days:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, DAYS - 1))

    # --- lookups ------------------------------------------------------------------------------

    def entries_at(self, row: int, column: int) -> list[DayEntry]:
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._days)):
            return []
        return self._entries.get((self._rows[row].id, self._days[column]), [])

    def entries_on(self, day: date) -> list[DayEntry]:
        """Every shown department's events of ``day``, row by row."""
        return [e for row in self._rows for e in self._entries.get((row.id, day), [])]

    def all_entries(self) -> list[DayEntry]:
        return [e for day in self._days for e in self.entries_on(day)]

    def row_of(self, department_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == department_id), -1)

    def column_of(self, day: date) -> int:
        return self._days.index(day) if day in self._days else -1

    def date_at(self, index: _Index) -> date | None:
        if not index.isValid() or not 0 <= index.column() < len(self._days):
            return None
        return self._days[index.column()]

    def department_at(self, index: _Index) -> Row | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def is_today(self, column: int) -> bool:
        return 0 <= column < len(self._days) and self._days[column] == self._today

    def holiday(self, column: int) -> str:
        return self._holidays.get(self._days[column], "") if 0 <= column < len(self._days) else ""

    # --- the model ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or not self._days else DAYS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Roles.ENTRIES:
            return self.entries_at(index.row(), index.column())
        if role == Roles.DATE:
            return self.date_at(index)
        if role == Roles.TODAY:
            return self.is_today(index.column())
        if role == Roles.HOLIDAY:
            return self.holiday(index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._cell_text(index)
        return None

    def _cell_text(self, index: _Index) -> str:
        """What a screen reader says of a cell: the department, the day, how many events."""
        row, day = self.department_at(index), self.date_at(index)
        if row is None or day is None:
            return ""
        count = len(self.entries_at(index.row(), index.column()))
        when = day_header(self._locale, day)
        return tr("TeamView", "{department}, {day}: %n events", n=count).format(
            department=elided(row.name, NAME_LIMIT), day=when
        )

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        if not 0 <= section < len(self._days):
            return None
        day = self._days[section]
        holiday = self._holidays.get(day, "")
        if role == Qt.ItemDataRole.DisplayRole:
            # Always two lines, so that a week with a holiday keeps the header's height.
            return f"{day_header(self._locale, day)}\n{elided(holiday, 30) or ' '}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
            )
            if holiday:
                text += f" ({holiday})"
            if day == self._today:
                text = tr("TeamView", "{day}, today").format(day=text)
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QApplication.palette()
            if day == self._today:
                return palette.color(QPalette.ColorRole.Highlight)
            kind = day_kind(day.isoweekday(), bool(holiday))
            if kind == RED:
                return sunday_color(palette)
            if kind == BLUE:
                return saturday_color(palette)
            return None
        if role == Qt.ItemDataRole.FontRole and day == self._today:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def _row_header(self, section: int, role: int) -> Any:
        if not 0 <= section < len(self._rows):
            return None
        row = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return elided(row.name.replace("\n", " "), NAME_LIMIT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(row.name)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return elided(row.name, NAME_LIMIT)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._swatch(row.color)
        return None

    def _swatch(self, color: QColor) -> QIcon:
        icon = self._icons.get(color.rgba())
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(color)
            icon = self._icons[color.rgba()] = QIcon(pixmap)
        return icon
