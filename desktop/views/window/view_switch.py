"""Which view of the calendar the window shows: month, week, agenda, team week or year.

:class:`ViewSwitch` keeps the views in a stack where the month grid was (each built the first
time it is shown), the View menu's and the toolbar's choices (Ctrl+1 … Ctrl+5), and the choice
across starts. Every view gets the same wiring as the month grid (desktop.views.calendar_view):
the same editing paths, marks and offline messages, from the same months in memory.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.i18n import tr
from desktop.settings import Setting
from desktop.views.calendar_view import CalendarView, Span, ViewKind, view_name, view_short_name

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

VIEW = Setting("view/kind", str, "month", "The view shown: month, week, agenda, team or year")

# Where each view lives (module, class); a view's class takes (window, parent).
VIEW_CLASSES: dict[ViewKind, tuple[str, str]] = {
    ViewKind.WEEK: ("desktop.views.week_view", "WeekView"),
    ViewKind.AGENDA: ("desktop.views.agenda_view", "AgendaView"),
    ViewKind.TEAM: ("desktop.views.team_view", "TeamView"),
    ViewKind.YEAR: ("desktop.views.year_view", "YearView"),
}


def available_kinds() -> list[ViewKind]:
    """The views this build has (the month always)."""
    found = [ViewKind.MONTH]
    for kind, (module, _name) in VIEW_CLASSES.items():
        if importlib.util.find_spec(module) is not None:
            found.append(kind)
    return sorted(found, key=list(ViewKind).index)


def _parse_kind(text: str) -> ViewKind:
    try:
        kind = ViewKind(text)
    except ValueError:
        return ViewKind.MONTH
    return kind if kind in available_kinds() else ViewKind.MONTH


class ViewSwitch(QObject):
    """The stack of views and the actions that choose one; ``changed`` says which is shown."""

    changed = Signal(object)  # ViewKind

    def __init__(self, window: MainWindow, stack: QStackedWidget) -> None:
        super().__init__(window)
        self._window = window
        self.stack = stack
        self.views: dict[ViewKind, CalendarView] = {ViewKind.MONTH: window.month_view}
        self.kind = _parse_kind(str(window.settings.get(VIEW)))
        self.group = QActionGroup(window)
        self.actions: dict[ViewKind, QAction] = {}
        for number, kind in enumerate(ViewKind, start=1):
            action = QAction(view_name(kind), window, checkable=True)
            action.setIconText(view_short_name(kind))
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setToolTip(
                tr("MainWindow", "Show the {view} view ({keys})").format(
                    view=view_name(kind),
                    keys=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
            action.setChecked(kind == self.kind)
            action.setVisible(kind in available_kinds())
            action.triggered.connect(lambda _c=False, kind=kind: self.show(kind))
            self.group.addAction(action)
            self.actions[kind] = action
        window.addActions(list(self.actions.values()))
        if self.kind == ViewKind.MONTH:
            # The grid's current day is the anchor (Qt would take the first cell, and another
            # view chosen before any click would open on the month's first week).
            window.month_view.select_date(window.presenter.anchor)
        else:  # the window wires it with the month grid
            view = self._build(self.kind, wire=False)
            view.show_anchor(window.presenter.anchor, window.today, window.model.first_weekday)
            self.stack.setCurrentWidget(cast(QWidget, view))

    @property
    def current(self) -> CalendarView:
        return self.views[self.kind]

    def span(self) -> Span | None:
        """The shown view's days and months (None: the month grid, the controller's own)."""
        if self.kind == ViewKind.MONTH:
            return None
        window = self._window
        return self.current.span(window.presenter.anchor, window.model.first_weekday)

    def _build(self, kind: ViewKind, *, wire: bool = True) -> CalendarView:
        view = self.views.get(kind)
        if view is None:
            module, name = VIEW_CLASSES[kind]
            cls = getattr(importlib.import_module(module), name)
            view = cast(CalendarView, cls(self._window, self.stack))
            self.stack.addWidget(cast(QWidget, view))
            self.views[kind] = view
            if wire:
                self._window.connect_view(view)
                self._window.read_only.tell(view)
        return view

    def build_later(self) -> None:
        """Build the views not shown yet, one per turn of the event loop, after the first
        paint: the first Ctrl+2 … Ctrl+5 then only switches (a view's module and widgets take
        tens of milliseconds to make)."""
        waiting = [k for k in available_kinds() if k not in self.views]
        if waiting:
            QTimer.singleShot(0, self, lambda: self._build_one(waiting))

    def _build_one(self, waiting: list[ViewKind]) -> None:
        kind = waiting.pop(0)
        if kind not in self.views and kind in available_kinds():
            self._build(kind)
        if waiting:
            QTimer.singleShot(0, self, lambda: self._build_one(waiting))

    def show(self, kind: ViewKind) -> None:
        """Show ``kind`` about the same day; remembered for the next start."""
        if kind not in available_kinds():
            return
        self.actions[kind].setChecked(True)
        if kind == self.kind:
            return
        window = self._window
        selected = self.current.selected_entry
        day = self.current.current_date() or window.presenter.anchor
        view = self._build(kind)
        self.kind = kind
        window.settings.set(VIEW, kind.value)
        self.stack.setCurrentWidget(cast(QWidget, view))
        window.presenter.show_day(day)
        if selected is not None:
            view.select_entry(
                next(
                    (
                        e
                        for e in view.entries_on(selected.event.event_date)
                        if e.event.id == selected.event.id
                    ),
                    None,
                )
            )
        cast(QWidget, view).setFocus()
        self.changed.emit(kind)

    def each(self, action: Callable[[CalendarView], object]) -> None:
        """Do ``action`` to every view built so far (a new time format, new colours…)."""
        for view in self.views.values():
            action(view)
