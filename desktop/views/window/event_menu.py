"""The menu on an event or a day, where it is: in the grid and in the day's list.

New event (on that day), Edit, Duplicate, Copy as text, Move to department ▸ and Delete; each
goes through :class:`~desktop.views.window.editing.Editing`, as the toolbar and the keys do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop.domain.display import elided
from desktop.i18n import tr
from desktop.views.colors import department_color
from desktop.views.departments_panel import color_icon
from desktop.views.formats import long_date, shown_time

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

    from desktop.views.main_window import MainWindow
    from desktop.views.month_model import DayEntry


def event_text(entry: DayEntry, locale: QLocale) -> str:
    """An event as plain text for the clipboard: date and time, title, department, description."""
    event = entry.event
    when = long_date(locale, event.event_date)
    time = shown_time(event.time)
    lines = [f"{when} {time}" if time else when, event.title, entry.department_name]
    if event.description:
        lines += ["", event.description]
    if event.url:
        lines.append(event.url)
    return "\n".join(lines)


class EventMenus:
    """Builds and shows the menu of ``window``'s events and days."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.menu: QMenu | None = None  # the menu shown last

    def build(
        self,
        day: date,
        entry: DayEntry | None,
        parent: QWidget,
        leaving: Callable[[], None] | None = None,
    ) -> QMenu:
        """The menu for ``entry`` (or for ``day`` alone); ``leaving`` runs before an action that
        opens or changes something (the day dialog closes), not before Copy."""
        window = self._window
        editing = window.editing
        menu = QMenu(parent)
        menu.setAccessibleName(tr("MainWindow", "Event actions"))

        def then(action: Callable[[], object]) -> Callable[[], None]:
            def run() -> None:
                if leaving is not None:
                    leaving()
                action()

            return run

        def add(name: str, text: str, slot: Callable[[], None], keys: str = "") -> None:
            item = menu.addAction(text)
            item.setObjectName(name)
            if keys:
                item.setShortcut(QKeySequence(keys))  # shown as a hint; the window's keys act
            item.triggered.connect(lambda _checked=False: slot())

        if window.read_only.active:  # the event as text, nothing that changes it
            if entry is not None:
                add("copy", tr("MainWindow", "Copy as text"), lambda: self.copy_text(entry))
            return menu
        add("new", tr("MainWindow", "New event…"), then(lambda: editing.new_event(day)), "Ctrl+N")
        if entry is not None:
            add("edit", tr("MainWindow", "Edit…"), then(lambda: editing.edit_event(entry)))
            add(
                "duplicate",
                tr("MainWindow", "Duplicate"),
                then(lambda: editing.duplicate_event(entry)),
                "Ctrl+D",
            )
            add("copy", tr("MainWindow", "Copy as text"), lambda: self.copy_text(entry))
            move = menu.addMenu(tr("MainWindow", "Move to department"))
            move.menuAction().setObjectName("move")
            move.setAccessibleName(move.title())
            others = [d for d in window.departments if d.id != entry.event.department_id]
            for department in others:
                target = move.addAction(
                    color_icon(department_color(department.id)), elided(department.name)
                )
                target.setObjectName(department.id)
                target.triggered.connect(
                    lambda _c=False, d=department.id: then(
                        lambda: editing.move_to_department(entry, d)
                    )()
                )
            move.setEnabled(bool(others))
            if editing.series.can_extend(entry):
                add(
                    "extend",
                    tr("MainWindow", "Repeat for 12 more months"),
                    then(lambda: editing.series.extend(entry)),
                )
            menu.addSeparator()
            add(
                "delete",
                tr("MainWindow", "Delete"),
                then(lambda: editing.delete_event(entry)),
                "Del",
            )
        return menu

    def show(
        self,
        day: date,
        entry: DayEntry | None,
        where: QPoint,
        parent: QWidget | None = None,
        leaving: Callable[[], None] | None = None,
    ) -> None:
        """Pop the menu up at ``where`` (global); never waits for it."""
        if self.menu is not None and shiboken6.isValid(self.menu):
            self.menu.deleteLater()
        self.menu = self.build(day, entry, parent or self._window, leaving)
        if not self.menu.isEmpty():  # a read-only window's empty day has nothing to offer
            self.menu.popup(where)

    def copy_text(self, entry: DayEntry) -> None:
        window = self._window
        QGuiApplication.clipboard().setText(event_text(entry, window.locale_))
        window.status_area.say(tr("MainWindow", "Copied the event as text."))
