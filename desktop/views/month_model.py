"""The month grid as a model: 6 weeks × 7 days, one cell per day.

The structure never changes (42 cells); a new month or new events only emit ``dataChanged``,
so the view keeps its selection and does not flicker.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.domain.calendar import DAYS, WEEKS, grid_days, month_start
from desktop.domain.display import elided, tooltip
from desktop.domain.models import Event
from desktop.domain.rules import event_order
from desktop.i18n import tr
from desktop.views.formats import shown_time
from desktop.views.lunar_text import full_text_of, short_texts
from desktop.views.week_days import first_weekday
from desktop.workers.months import Bar, DayLists

_Index = QModelIndex | QPersistentModelIndex

# A change of more entries than this (old and new together) is shown a week per event-loop
# pass: the first paint of a crowded week lays out its texts, and six at once stall the window.
SHOW_AT_ONCE = 600
# While filling, the next week waits for the grid's paint of the last one (a paint shows what
# changed since the last frame, so weeks changed faster than frames would be painted together);
# without a paint (no view, or hidden) it comes after this long.
NEXT_WEEK_MS = 25
# A day's tooltip names this many events at most, then how many more there are.
TOOLTIP_EVENTS = 20


class Roles(IntEnum):
    DATE = Qt.ItemDataRole.UserRole + 1  # datetime.date
    ENTRIES = Qt.ItemDataRole.UserRole + 2  # list[DayEntry], ordered by time
    IN_MONTH = Qt.ItemDataRole.UserRole + 3  # bool
    TODAY = Qt.ItemDataRole.UserRole + 4  # bool
    HOLIDAY = Qt.ItemDataRole.UserRole + 5  # str, "" when none
    WEEKDAY = Qt.ItemDataRole.UserRole + 6  # 1 = Monday … 7 = Sunday
    LUNAR = Qt.ItemDataRole.UserRole + 7  # str: "음 8.15", "" when not shown (View ▸ Lunar dates)


@dataclass(frozen=True)
class DayEntry:
    """An event as the grid shows it: with its department's name and colour."""

    event: Event
    department_name: str
    color: QColor
    state: str = ""  # "", "pending", "conflict" or "failed": a change in the outbox
    tag: str = ""  # a short name of the department, when several are shown (overlays, print)
    bar: Bar | None = None  # a day of a multi-day event: its piece of the bar in the week row

    def label(self) -> str:
        """Time (written the user's way: :func:`shown_time`) and title as one line, each
        elided to a length a screen can show."""
        title = elided(self.event.title)
        time = self.time_text()
        return f"{elided(time)} {title}" if time else title

    def time_text(self) -> str:
        """The event's time written the user's way (text that is not a time, as typed)."""
        return shown_time(self.event.time)


def with_bar(entry: DayEntry, bar: Bar) -> DayEntry:
    """``entry`` as a day of a multi-day event's bar (the arrangement's ``bars``)."""
    return replace(entry, bar=bar)


class MonthModel(QAbstractTableModel):
    """The month's days and their entries.

    The entries are complete at once (``entries_on``, ``all_entries``, the counts: what the
    day dialog, the selection and the status bar read); what the grid paints (``data``)
    follows a big change a week per event-loop pass, so no pass paints more than a week.
    """

    filled = Signal()  # what the grid paints is the whole of the entries again

    def __init__(self, locale: QLocale | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale or QLocale()
        self._first_weekday = _first_weekday(self._locale)
        self._month = month_start(date.today())
        self._today = date.today()
        self._days = grid_days(self._month, self._first_weekday)
        self._entries: dict[date, list[DayEntry]] = {}
        self._shown: dict[date, list[DayEntry]] = {}  # what data() gives: catches up by weeks
        self._rows_behind: list[int] = []  # the weeks whose shown entries are not yet new
        self._next_week = QTimer(self)
        self._next_week.setSingleShot(True)
        self._next_week.timeout.connect(self._show_a_week)
        self._holidays: dict[date, str] = {}
        self._lunar = short_texts(self._days)  # per shown month, not per paint

    # --- state --------------------------------------------------------------------------

    @property
    def month(self) -> date:
        return self._month

    @property
    def first_weekday(self) -> int:
        return self._first_weekday

    @property
    def days(self) -> list[date]:
        return list(self._days)

    def set_locale(self, locale: QLocale) -> None:
        self._locale = locale
        self._first_weekday = _first_weekday(locale)
        self._days = grid_days(self._month, self._first_weekday)
        self._lunar = short_texts(self._days)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DAYS - 1)
        self._changed()

    def set_month(self, month: date, today: date | None = None) -> None:
        self._month = month_start(month)
        self._today = today or date.today()
        self._days = grid_days(self._month, self._first_weekday)
        self._lunar = short_texts(self._days)
        self._changed()

    def set_entries(self, entries: Iterable[DayEntry]) -> None:
        """Replace the shown events; each day's list is sorted by parsed time.

        :class:`DayLists` come sorted and compared already (arranged on a worker); a big
        change reaches the grid a week per event-loop pass (:data:`SHOW_AT_ONCE`)."""
        if isinstance(entries, DayLists):
            by_day = dict(entries.by_day)
        else:
            by_day = {}
            for entry in entries:
                by_day.setdefault(entry.event.event_date, []).append(entry)
            order = event_order()  # one per call: each distinct time text parsed once
            for day_entries in by_day.values():
                day_entries.sort(key=lambda entry: order(entry.event))
            if by_day == self._entries:
                return
        size = sum(map(len, by_day.values())) + sum(map(len, self._entries.values()))
        self._entries = by_day
        if size <= SHOW_AT_ONCE:
            self._shown = by_day
            self._rows_behind = []
            self._changed()
            self.filled.emit()
            return
        self._rows_behind = list(range(WEEKS))  # newer entries: every week again, from the top
        self._next_week.start(0)

    @property
    def filling(self) -> bool:
        """The grid still paints some weeks as they were before the last change."""
        return bool(self._rows_behind)

    def painted(self) -> None:
        """The grid has painted: the next week (if any) in the next event-loop pass."""
        if self._rows_behind:
            self._next_week.start(0)

    def _show_a_week(self) -> None:
        if not self._rows_behind:
            return
        row = self._rows_behind.pop(0)
        shown = dict(self._shown) if self._shown is self._entries else self._shown
        for day in self._days[row * DAYS : (row + 1) * DAYS]:
            if day in self._entries:
                shown[day] = self._entries[day]
            else:
                shown.pop(day, None)
        if self._rows_behind:
            self._shown = shown
            self._next_week.start(NEXT_WEEK_MS)
        else:
            self._shown = self._entries  # every week shown (and days outside the grid too)
        self.dataChanged.emit(self.index(row, 0), self.index(row, DAYS - 1))
        if not self._rows_behind:
            self.filled.emit()

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        if dict(holidays) != self._holidays:
            self._holidays = dict(holidays)
            self._changed()

    def entries_on(self, day: date) -> list[DayEntry]:
        return list(self._entries.get(day, []))

    def all_entries(self) -> list[DayEntry]:
        return [e for day in self._days for e in self._entries.get(day, [])]

    def event_count_in_month(self) -> int:
        return sum(
            len(entries)
            for day, entries in self._entries.items()
            if (day.year, day.month) == (self._month.year, self._month.month)
        )

    def index_of(self, day: date) -> QModelIndex:
        try:
            position = self._days.index(day)
        except ValueError:
            return QModelIndex()
        return self.index(position // DAYS, position % DAYS)

    def date_at(self, index: _Index) -> date | None:
        if not index.isValid():
            return None
        return self._days[index.row() * DAYS + index.column()]

    def restyle(self) -> None:
        """Show every day again: the times are written another way (View ▸ 24-hour time), or
        lunar dates are shown or not (View ▸ Lunar dates)."""
        self._lunar = short_texts(self._days)
        self._changed()

    def _changed(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(WEEKS - 1, DAYS - 1))

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else WEEKS

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
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == Roles.DATE:
            return day
        if role == Roles.ENTRIES:
            return self._shown.get(day, [])
        if role == Roles.IN_MONTH:
            return day.month == self._month.month
        if role == Roles.TODAY:
            return day == self._today
        if role == Roles.HOLIDAY:
            return self._holidays.get(day, "")
        if role == Roles.WEEKDAY:
            return day.isoweekday()
        if role == Roles.LUNAR:
            return self._lunar.get(day, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(day)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(day)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < DAYS:
            return None
        weekday = (self._first_weekday - 1 + section) % 7 + 1
        if role == Qt.ItemDataRole.DisplayRole:
            return self._locale.dayName(weekday, QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._locale.dayName(weekday, QLocale.FormatType.LongFormat)
        if role == Roles.WEEKDAY:
            return weekday
        return None

    def _date_text(self, day: date) -> str:
        from PySide6.QtCore import QDate

        return self._locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    def _tooltip(self, day: date) -> str:
        lines = [self._date_text(day)]
        if lunar := full_text_of(day):
            lines.append(lunar)
        if holiday := self._holidays.get(day):
            lines.append(holiday)
        entries = self._shown.get(day, [])
        lines.extend(f"{e.label()} ({elided(e.department_name)})" for e in entries[:TOOLTIP_EVENTS])
        if len(entries) > TOOLTIP_EVENTS:
            lines.append(tr("MonthModel", "+%n more", n=len(entries) - TOOLTIP_EVENTS))
        return tooltip("\n".join(lines))

    def _accessible_text(self, day: date) -> str:
        count = len(self._shown.get(day, []))
        text = f"{self._date_text(day)}, " + tr("MonthModel", "%n events", n=count)
        if holiday := self._holidays.get(day):
            text += f", {holiday}"
        return text


def _first_weekday(locale: QLocale) -> int:
    return first_weekday(locale)
