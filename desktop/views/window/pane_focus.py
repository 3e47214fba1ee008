"""Moving between the window's panes with the keyboard (F6, Shift+F6), and the detail pane's
buttons wired to the editing.

The panes, in order: the departments list, the month grid, the detail pane (while it shows an
event), the search box. Tab leaves the grid after the day's events (see
:mod:`desktop.views.month_keys`) to the next of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.views.detail_panel import DetailPanel
    from desktop.views.main_window import MainWindow


class PaneFocus:
    """F6 and Shift+F6 on ``window``: the focus goes to the next (previous) pane."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.next_pane_action = self._action(tr("MainWindow", "Next pane"), "F6", 1)
        self.previous_pane_action = self._action(tr("MainWindow", "Previous pane"), "Shift+F6", -1)

    def _action(self, text: str, keys: str, step: int) -> QAction:
        window = self._window
        action = QAction(text, window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: self.move(step))
        window.addAction(action)
        return action

    def attach_detail(self, panel: DetailPanel) -> None:
        """The detail pane's Edit, Duplicate and Delete act as the menus do."""
        editing = self._window.editing
        panel.editRequested.connect(editing.edit_event)
        panel.duplicateRequested.connect(editing.duplicate_event)
        panel.deleteRequested.connect(editing.delete_event)
        # The pane empties with the event gone: the keyboard goes on in the grid (Ctrl+Z…).
        panel.deleteRequested.connect(
            lambda _entry: cast(QWidget, self._window.active_view).setFocus()
        )
        QWidget.setTabOrder(self._window.month_view, panel.edit_button)
        self._window.read_only.tell(panel)

    def _panes(self) -> list[tuple[QWidget, QWidget]]:
        """(pane, the widget that takes the focus in it), those that can take it now."""
        window = self._window
        departments = window.departments_panel
        panes: list[tuple[QWidget, QWidget]] = [
            (departments.list, departments.list),
            (window.month_view, window.month_view),
        ]
        detail = window._detail  # not built for F6 alone
        if detail is not None and detail.entry is not None and detail.isVisible():
            panes.append((detail, detail.edit_button))
        panes.append((departments.filter, departments.filter))
        return [(pane, target) for pane, target in panes if target.isVisible()]

    def current(self) -> int:
        """The pane holding the focus (-1: none of them)."""
        focus = QApplication.focusWidget()
        for position, (pane, _target) in enumerate(self._panes()):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return position
        return -1

    def move(self, step: int) -> None:
        panes = self._panes()
        if not panes:
            return
        here = self.current()
        if here < 0:  # from outside the panes: the first (F6) or the last (Shift+F6)
            here = -1 if step > 0 else 0
        there = (here + step) % len(panes)
        panes[there][1].setFocus(
            Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason
        )
