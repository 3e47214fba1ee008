"""The window by keyboard alone: Space ticks a department, F6 moves between the panes, Tab
leaves the grid, and a selection never lands on an event the grid does not show."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.views.main_window import MainWindow
from desktop.views.month_keys import visible_entries
from tests.views.conftest import Seeded, WindowFactory
from tests.views.test_editing import entry_titled

MEETING_DAY = date(2026, 11, 3)


def focused_in(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def active(window: MainWindow, qtbot: QtBot) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_space_ticks_and_unticks_the_department_moved_to(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = active(make_window(), qtbot)
    panel = window.departments_panel
    assert panel.current_id() == seeded.development.id
    panel.list.setFocus()
    # Ctrl+Down moves to the sales row without showing it instead of the development one.
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert panel.list.currentIndex().row() == panel.model.row_of(seeded.sales.id)
    assert panel.current_id() == seeded.development.id
    qtbot.keyClick(panel.list, Qt.Key.Key_Space)
    assert panel.model.overlays == {seeded.sales.id}
    qtbot.waitUntil(lambda: "고객사 미팅" in [e.event.title for e in window.model.all_entries()])
    qtbot.keyClick(panel.list, Qt.Key.Key_Space)
    assert panel.model.overlays == set()
    qtbot.waitUntil(
        lambda: "고객사 미팅" not in [e.event.title for e in window.model.all_entries()]
    )
    # Enter shows the row; plain arrows show as before.
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert panel.current_id() == seeded.sales.id
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)
    assert panel.current_id() == seeded.development.id


def test_f6_and_shift_f6_move_between_the_panes(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = active(make_window(), qtbot)
    panel, view, detail = window.departments_panel, window.month_view, window.detail
    view.select_entry(entry_titled(window, "팀 회의"))  # the detail pane shows it
    panel.list.setFocus()
    order = [view, detail, panel.filter, panel.list, view]
    for pane in order:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        assert focused_in(pane), (pane, QApplication.focusWidget())
    qtbot.keyClick(view, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focused_in(panel.list)

    view.select_entry(None)  # an empty detail pane is skipped
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F6)
    assert focused_in(panel.filter)


def test_tab_goes_through_the_days_events_then_leaves_the_grid(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = active(make_window(), qtbot)
    view = window.month_view
    view.select_date(MEETING_DAY)
    view.setFocus()
    titles = []
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert view.hasFocus()
        assert view.selected_entry is not None
        titles.append(view.selected_entry.event.title)
    assert sorted(titles) == ["코드 리뷰", "팀 회의"]
    assert "팀 회의" in view.accessibleDescription()  # what a screen reader hears
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()  # out of the grid, not to the next day
    assert view.selected_entry is None
    assert view.current_date() == MEETING_DAY

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # arrows move days
    assert view.current_date() == date(2026, 11, 4)


def test_tab_never_selects_an_event_behind_more(
    make_window: WindowFactory, seeded: Seeded, store: DynamoStore, qtbot: QtBot
) -> None:
    busy = date(2026, 11, 18)
    for hour in range(9, 21):
        store.create_event(
            Event(new_id(), seeded.development.id, busy, f"회의 {hour}", time=f"{hour}:00")
        )
    window = active(make_window(), qtbot)
    view = window.month_view
    index = window.model.index_of(busy)
    shown = visible_entries(view, index)
    assert 0 < len(shown) < 12  # the rest are behind "+N more"
    view.select_date(busy)
    view.setFocus()
    selected = []
    while True:
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if not view.hasFocus():
            break
        assert view.selected_entry is not None
        selected.append(view.selected_entry.event.id)
    assert selected == [e.event.id for e in shown]
    # Enter on the day opens its list, where every event can be chosen.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = window.dialogs.day_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert len(dialog.entries) == 12
    dialog.close()


def test_the_menu_key_opens_the_menu_of_the_selected_event(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QPoint] = []
    monkeypatch.setattr(QMenu, "popup", lambda _menu, where, *_args: shown.append(where))
    window = make_window()
    view = window.month_view
    meeting = entry_titled(window, "팀 회의")
    view.select_entry(meeting)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    QApplication.sendEvent(view, event)
    menu = window.event_menus.menu
    assert menu is not None
    assert "delete" in [a.objectName() for a in menu.actions()]
    index = window.model.index_of(MEETING_DAY)
    cell = view.visualRect(index)
    assert cell.contains(view.viewport().mapFromGlobal(shown[0]))  # beside the event
