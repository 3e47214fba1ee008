"""The month grid's keyboard and menu rules, apart from its painting.

Tab moves through the events the day shows (never one hidden behind ``+N more``: Enter opens
the day's list for those) and then leaves the grid; the Menu key (or a right-click) asks for
the menu of the event or the day where it is.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtGui import QContextMenuEvent

from desktop.domain.display import elided
from desktop.i18n import tr
from desktop.views.formats import shown_time
from desktop.views.month_model import DayEntry, Roles

if TYPE_CHECKING:
    from desktop.views.month_view import MonthView


def visible_entries(view: MonthView, index: QModelIndex) -> list[DayEntry]:
    """The events a day cell shows (those behind ``+N more`` are not among them)."""
    entries: list[DayEntry] = index.data(Roles.ENTRIES) or []
    return entries[: len(view.layout_for(index).lines)]


def cycle_entry(view: MonthView, step: int) -> bool:
    """Select the day's next (or previous) shown event; False past the last (or first) one,
    with nothing selected then, so that Tab leaves the grid."""
    entries = visible_entries(view, view.currentIndex())
    if not entries:
        return False
    ids = [e.event.id for e in entries]
    selected = view.selected_entry
    current = selected.event.id if selected is not None else None
    position = ids.index(current) + step if current in ids else (0 if step > 0 else -1)
    if not -len(entries) <= position < len(entries):
        view.select_entry(None)
        return False
    view.select_entry(entries[position])
    return True


def menu_target(
    view: MonthView, event: QContextMenuEvent
) -> tuple[date, DayEntry | None, QPoint] | None:
    """What a context menu is for: the day, the event (or None) and where to show it (in the
    viewport). A right-click selects what it is on; the Menu key takes the selection."""
    if event.reason() == QContextMenuEvent.Reason.Mouse:
        pos = event.pos()
        index = view.indexAt(pos)
        day = view.month_model.date_at(index)
        if day is None:
            return None
        entry = view.entry_at(pos)
        view.setCurrentIndex(index)
        view.select_entry(entry)
        return day, entry, pos
    index = view.currentIndex()
    day = view.month_model.date_at(index)
    if day is None:
        return None
    entry = view.selected_entry
    pos = view.visualRect(index).center()
    if entry is not None:
        shown = [e.event.id for e in visible_entries(view, index)]
        if entry.event.id in shown:
            pos = view.layout_for(index).lines[shown.index(entry.event.id)].bottomLeft()
    return day, entry, pos


def shown_in_grid(view: MonthView, entry: DayEntry) -> bool:
    """Whether the grid shows ``entry`` (not behind its day's ``+N more``)."""
    index = view.month_model.index_of(entry.event.event_date)
    return index.isValid() and any(
        e.event.id == entry.event.id for e in visible_entries(view, index)
    )


def selected_text(entry: DayEntry) -> str:
    """The selected event as a screen reader says it: title, time, department (plain text)."""
    parts = [elided(entry.event.title)]
    if time := shown_time(entry.event.time):
        parts.append(elided(time))
    parts.append(elided(entry.department_name))
    text = ", ".join(parts)
    return tr("MonthView", "Selected event: {event}").format(event=text)
