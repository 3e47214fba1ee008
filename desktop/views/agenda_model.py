"""The agenda as a flat list model: a heading per day, a line per event, and a few notes.

The rows are built in one pass from the controller's :class:`~desktop.workers.months.DayLists`
(:func:`build_rows`): a day's events are its list as is (already in calendar order), so a
twelve-month range of a busy department (36,000 events) costs a list extend per day, not a
Python object per line. An event's row *is* its :class:`DayEntry`; the other rows are a
:class:`Marker` (a day's heading, "show earlier", a month never fetched, the end line).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.calendar import add_months
from desktop.domain.display import elided, isolated, tooltip
from desktop.domain.timetext import is_all_day
from desktop.i18n import tr
from desktop.views.day_delegate import entry_tooltip
from desktop.views.formats import month_title, shown_time
from desktop.views.month_model import DayEntry
from desktop.workers.months import DayLists

_Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row: a DayEntry or a Marker


class Kind(IntEnum):
    """What a row that is not an event shows."""

    EARLIER = 1  # "Show earlier events (November 2026)": loads the month before
    DAY = 2  # a day's heading: weekday, date, "Today", the holiday
    EMPTY_TODAY = 3  # under today's heading when today has no event
    NEVER = 4  # a month never fetched here, while offline
    END = 5  # "No more events until …": how far the agenda looked
    LOOKING = 6  # the end while the next month is being read


@dataclass(frozen=True, slots=True)
class Marker:
    kind: Kind
    day: date  # the day (a heading), the month (EARLIER, NEVER) or the last day looked at


type Row = DayEntry | Marker
type RowKey = tuple[object, ...]


def row_key(row: Row) -> RowKey:
    """What identifies a row across rebuilds (the list keeps it in place)."""
    if isinstance(row, DayEntry):
        return ("event", row.event.id, row.event.department_id, row.event.event_date)
    return (int(row.kind), row.day)


def row_date(row: Row) -> date | None:
    """The day a row belongs to (a heading's, an event's); None for the notes."""
    if isinstance(row, DayEntry):
        return row.event.event_date
    if row.kind in (Kind.DAY, Kind.EMPTY_TODAY):
        return row.day
    return None


def needle(text: str) -> str:
    """Search text as it is compared: NFC (a macOS keyboard may send decomposed Hangul) and
    case-folded."""
    return unicodedata.normalize("NFC", text).casefold().strip()


@lru_cache(maxsize=65_536)
def _haystack(title: str, description: str, name: str) -> str:
    """What a search looks in, normalised once per text (typing on searches it again)."""
    return unicodedata.normalize("NFC", f"{title}\n{description}\n{name}").casefold()


def matches(entry: DayEntry, wanted: str) -> bool:
    """The event's title, description or department name holds ``wanted`` (a :func:`needle`)."""
    event = entry.event
    return wanted in _haystack(event.title, event.description, entry.department_name)


@dataclass(frozen=True, slots=True)
class AgendaRows:
    """The rows, where each day's heading is, and whether any row is an event."""

    rows: list[Row]
    headings: dict[date, int]
    has_events: bool


def build_rows(
    entries: DayLists[DayEntry],
    first: date,
    last: date,
    *,
    today: date,
    search: str = "",
    never: Iterable[date] = (),
    looking: bool = False,
) -> AgendaRows:
    """The agenda's rows for ``first``..``last``: days with events (those matching ``search``,
    a :func:`needle`), today's heading even without one, the months ``never`` fetched, then
    the end line."""
    rows: list[Row] = [Marker(Kind.EARLIER, add_months(first, -1))]
    headings: dict[date, int] = {}
    notes = sorted(never)
    note = 0
    by_day = entries.by_day
    days = sorted(d for d in by_day if first <= d <= last)
    show_today = not search and first <= today <= last and today not in by_day
    if show_today:
        days.append(today)
        days.sort()
    has_events = False
    for day in days:
        while note < len(notes) and notes[note] <= day:
            rows.append(Marker(Kind.NEVER, notes[note]))
            note += 1
        found = by_day.get(day)
        if found and search:
            found = [e for e in found if matches(e, search)]
        if found:
            headings[day] = len(rows)
            rows.append(Marker(Kind.DAY, day))
            rows.extend(found)
            has_events = True
        elif show_today and day == today:
            headings[day] = len(rows)
            rows.append(Marker(Kind.DAY, day))
            rows.append(Marker(Kind.EMPTY_TODAY, day))
    rows.extend(Marker(Kind.NEVER, month) for month in notes[note:])
    rows.append(Marker(Kind.LOOKING if looking else Kind.END, last))
    return AgendaRows(rows, headings, has_events)


# --- dates as the agenda writes them ---------------------------------------------------------


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(locale: QLocale, day: date) -> str:
    """``12월 3일`` / ``Dec 3, 2026`` (the year in Korean too when it is not this one)."""
    if locale.language() == QLocale.Language.Korean:
        return locale.toString(_qdate(day), "yyyy년 M월 d일")
    if locale.language() == QLocale.Language.English:
        return locale.toString(_qdate(day), "MMM d, yyyy")
    return locale.toString(_qdate(day), QLocale.FormatType.ShortFormat)


def heading_date(locale: QLocale, day: date) -> str:
    """A day's heading: ``2026년 12월 3일 목요일`` / ``Thursday, December 3, 2026``."""
    return locale.toString(_qdate(day), QLocale.FormatType.LongFormat)


def agenda_title(locale: QLocale, anchor: date) -> str:
    if locale.language() == QLocale.Language.Korean:
        shown = locale.toString(_qdate(anchor), "M월 d일")
    else:
        shown = short_date(locale, anchor)
    return tr("AgendaView", "Agenda from {date}").format(date=shown)


def time_column(entry: DayEntry) -> str:
    """The time as the user writes times; "All day" for an event without one."""
    text = entry.event.time
    if is_all_day(text):
        return tr("AgendaView", "All day")
    return elided(shown_time(text), 40)  # text that is not a time is shown as typed


def state_text(state: str) -> str:
    if state == "pending":
        return tr("MonthView", "pending")
    if state == "conflict":
        return tr("MonthView", "conflict")
    if state == "failed":
        return tr("MonthView", "not sent")
    return ""


class AgendaModel(QAbstractListModel):
    """The rows of :func:`build_rows`, with the texts a screen reader and a tooltip need
    (the delegate paints the rows from :meth:`row` directly)."""

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.today = date.min
        self.holidays: Mapping[date, str] = {}
        self.search_text = ""  # as typed: the end line names it
        self._rows: list[Row] = []
        self._headings: dict[date, int] = {}  # a day's heading row
        self.has_events = False

    # --- the rows -------------------------------------------------------------------------------

    def set_rows(self, built: AgendaRows) -> None:
        self.beginResetModel()
        self._rows = built.rows
        self._headings = built.headings
        self.has_events = built.has_events
        self.endResetModel()

    @property
    def rows(self) -> list[Row]:
        return self._rows

    def row(self, number: int) -> Row | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def heading_row(self, day: date) -> int:
        """The row of ``day``'s heading; -1 when the day shows no events."""
        return self._headings.get(day, -1)

    def first_heading_from(self, day: date) -> int:
        """The heading of ``day`` or the first day after it that is shown; -1: none."""
        found = self._headings.get(day)
        if found is not None:
            return found
        later = [d for d in self._headings if d >= day]
        return self._headings[min(later)] if later else -1

    def find(self, key: RowKey) -> int:
        """The row with ``key`` (:func:`row_key`); -1 when it is gone."""
        day = key[-1]
        if not isinstance(day, date):
            return -1
        if key[0] == "event":
            start = self._headings.get(day)
            if start is None:
                return -1
            for number in range(start + 1, len(self._rows)):
                row = self._rows[number]
                if not isinstance(row, DayEntry):
                    return -1
                if row.event.id == key[1] and row.event.department_id == key[2]:
                    return number
            return -1
        if key[0] == int(Kind.DAY):
            return self.heading_row(day)
        for number, row in enumerate(self._rows):
            if not isinstance(row, DayEntry) and row_key(row) == key:
                return number
        return -1

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        self.holidays = dict(holidays)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    # --- Qt's side ------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if isinstance(row, DayEntry):
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if row.kind == Kind.DAY:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if isinstance(row, DayEntry):
                return entry_tooltip(row)
            if row.kind in (Kind.END, Kind.EARLIER):
                return tooltip(self.hint(row))
        return None

    # --- the texts ------------------------------------------------------------------------------

    def text(self, row: Row) -> str:
        """A row as one line of plain text (screen readers, tests); table text elided."""
        if isinstance(row, DayEntry):
            parts = [time_column(row), elided(row.event.title), elided(row.department_name)]
            state = state_text(row.state)
            if state:
                parts.append(state)
            return ", ".join(parts)
        if row.kind == Kind.DAY:
            parts = [heading_date(self.locale, row.day)]
            if row.day == self.today:
                parts.append(tr("AgendaView", "Today"))
            holiday = self.holidays.get(row.day)
            if holiday:
                parts.append(elided(holiday))
            return ", ".join(parts)
        return self.note(row)

    def note(self, marker: Marker) -> str:
        """The text of a row that is not an event nor a heading."""
        locale, kind = self.locale, marker.kind
        if kind == Kind.EARLIER:
            return tr("AgendaView", "Show earlier events ({month})").format(
                month=month_title(locale, marker.day)
            )
        if kind == Kind.EMPTY_TODAY:
            return tr("AgendaView", "No events today")
        if kind == Kind.NEVER:
            return tr(
                "AgendaView",
                "{month}: never loaded on this computer, and the calendar server cannot be "
                "reached now. It loads by itself when the connection is back.",
            ).format(month=month_title(locale, marker.day))
        when = short_date(locale, marker.day)
        if kind == Kind.LOOKING:
            return tr("AgendaView", "Looking for events until {date}…").format(date=when)
        if self.search_text:
            return tr("AgendaView", "No more events matching “{text}” until {date}.").format(
                text=isolated(self.search_text, 60), date=when
            )
        if not self.has_events:
            return tr("AgendaView", "No events until {date}.").format(date=when)
        return tr("AgendaView", "No more events until {date}.").format(date=when)

    def hint(self, marker: Marker) -> str:
        if marker.kind == Kind.EARLIER:
            return tr("AgendaView", "Click, or press Enter, to show the month before.")
        return tr("AgendaView", "Scroll down, or click here, to look a month further.")
