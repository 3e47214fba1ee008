"""What every view of the calendar (month, week, agenda, team week, year) offers the window.

The window shows one view at a time (:mod:`desktop.views.window.view_switch`). A view is a
widget with the month grid's signals and a few methods (:class:`CalendarView`); it knows which
days it shows for an *anchor* day (:class:`Span`), how a step moves the anchor, and its title.
The data stays in :class:`~desktop.views.month_controller.MonthController`, which reads the
months a span touches (each once within its staleness, shared by every view through the same
memory and cache) and sends the view its entries as :class:`~desktop.workers.months.DayLists`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from desktop.domain.calendar import months_between
from desktop.i18n import tr

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtCore import QLocale, QMimeData, SignalInstance
    from PySide6.QtWidgets import QWidget

    from desktop.views.month_model import DayEntry
    from desktop.workers.months import DayLists


class ViewKind(StrEnum):
    """The views, in the order of their shortcuts (Ctrl+1 … Ctrl+5)."""

    MONTH = "month"
    WEEK = "week"
    AGENDA = "agenda"
    TEAM = "team"
    YEAR = "year"


def view_name(kind: ViewKind) -> str:
    """The view's name in the View menu and the toolbar."""
    names = {
        ViewKind.MONTH: tr("Views", "Month"),
        ViewKind.WEEK: tr("Views", "Week"),
        ViewKind.AGENDA: tr("Views", "Agenda"),
        ViewKind.TEAM: tr("Views", "Team week"),
        ViewKind.YEAR: tr("Views", "Year"),
    }
    return names[kind]


def view_short_name(kind: ViewKind) -> str:
    """The view's name on its toolbar button (five of them share a narrow window's toolbar)."""
    names = {
        ViewKind.MONTH: tr("Views", "Month", "toolbar"),
        ViewKind.WEEK: tr("Views", "Week", "toolbar"),
        ViewKind.AGENDA: tr("Views", "List", "toolbar"),
        ViewKind.TEAM: tr("Views", "Team", "toolbar"),
        ViewKind.YEAR: tr("Views", "Year", "toolbar"),
    }
    return names[kind]


@dataclass(frozen=True)
class Span:
    """The days a view shows (``first``..``last``) and the months read for them.

    ``months``: read from the cache and the table when missing or stale (each once within its
    staleness window; the first is the one the status bar speaks of). ``refresh``: False when
    only months never read are read from the table (the year view: a stale month's cached copy
    is enough to mark busy days, and twelve months of a busy department would spend an hour's
    read allowance).
    """

    first: date
    last: date
    months: tuple[date, ...]
    refresh: bool = True

    @classmethod
    def of_days(cls, first: date, last: date, *, refresh: bool = True) -> Span:
        return cls(first, last, months_between(first, last), refresh)


class Editable:
    """A view's own editing gestures (dragging an event, a drop on it, its menu's New event):
    off on a read-only window (:mod:`desktop.views.window.read_only` says so)."""

    editable = True

    def set_editable(self, editable: bool) -> None:
        self.editable = editable


class CalendarView(Protocol):
    """A view of the calendar, as the window drives it (the month grid is one)."""

    kind: ViewKind
    # The month grid's signals, with the same meanings:
    eventSelected: SignalInstance  # noqa: N815  DayEntry | None
    eventActivated: SignalInstance  # noqa: N815  DayEntry: edit it
    newEventRequested: SignalInstance  # noqa: N815  date
    dayExpanded: SignalInstance  # noqa: N815  date: the day's whole list
    eventDropped: SignalInstance  # noqa: N815  (DayEntry, date): moved to another day
    monthStep: SignalInstance  # noqa: N815  -1 / +1: the previous or next page (PgUp/PgDn)
    todayRequested: SignalInstance  # noqa: N815
    deleteRequested: SignalInstance  # noqa: N815  DayEntry
    menuRequested: SignalInstance  # noqa: N815  (date, DayEntry | None, QPoint global)

    def span(self, anchor: date, first_weekday: int) -> Span:
        """The days shown when the view is about ``anchor``."""
        ...

    def step(self, anchor: date, steps: int) -> date:
        """The anchor ``steps`` pages after ``anchor`` (a month, a week, a year…)."""
        ...

    def title(self, locale: QLocale, anchor: date) -> str:
        """The toolbar's title (e.g. "2026년 12월 1주", "December 2026")."""
        ...

    def show_anchor(self, anchor: date, today: date, first_weekday: int) -> None:
        """Show the days of ``anchor``'s span (empty until :meth:`show_entries`)."""
        ...

    def show_entries(self, entries: DayLists[DayEntry]) -> None:
        """The shown departments' events on the span's days, with their marks."""
        ...

    def set_holidays(self, holidays: Mapping[date, str]) -> None: ...

    def set_busy(self, busy: bool, text: str = "") -> None:
        """A message over the view (loading, or a range never fetched while offline)."""
        ...

    @property
    def selected_entry(self) -> DayEntry | None: ...

    def current_date(self) -> date | None: ...

    def select_date(self, day: date) -> None: ...

    def select_entry(self, entry: DayEntry | None) -> None: ...

    def refresh_selection(self) -> None:
        """After new entries: the selected event again (by id), or none."""
        ...

    def dragged_entry(self, mime: QMimeData) -> DayEntry | None:
        """The entry a drag from this view carries (another widget's drop asks)."""
        ...

    def entries_on(self, day: date) -> list[DayEntry]: ...

    def viewport(self) -> QWidget:
        """The widget whose paint means "the view is on the screen"."""
        ...

    def set_editable(self, editable: bool) -> None:
        """False: no drag starts, no drop is taken, no New event offered (read-only)."""
        ...
