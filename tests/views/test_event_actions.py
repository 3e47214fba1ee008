"""Acting on an event where it is: the grid's menu, the day list's menu, the detail pane's
buttons, Ctrl+D and Ctrl+Z; each change goes through the outbox to the table."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.views.event_dialog import EventDialog
from desktop.views.main_window import MainWindow
from desktop.views.month_model import DayEntry
from tests.views.conftest import ENGLISH, Seeded, WindowFactory
from tests.views.test_editing import closed, entry_titled, open_editor, save, table_titles

MEETING_DAY = date(2026, 11, 3)


@pytest.fixture(autouse=True)
def menus_stay_unshown(monkeypatch: pytest.MonkeyPatch) -> list[QPoint]:
    """The offscreen platform cannot grab the keyboard for a popup: the menus are built and
    triggered, not shown."""
    shown: list[QPoint] = []
    monkeypatch.setattr(QMenu, "popup", lambda _menu, where, *_args: shown.append(where))
    return shown


def right_click(window: MainWindow, entry: DayEntry | None, day: date = MEETING_DAY) -> QMenu:
    """A right-click on ``entry``'s chip (or on an empty part of ``day``): the menu shown."""
    view = window.month_view
    index = window.model.index_of(day)
    if entry is None:
        pos = view.visualRect(index).bottomRight() - QPoint(4, 4)
    else:
        ids = [e.event.id for e in window.model.entries_on(day)]
        pos = view.layout_for(index).lines[ids.index(entry.event.id)].center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    menu = window.event_menus.menu
    assert menu is not None
    return menu


def action(menu: QMenu, name: str) -> QAction:
    found = next((a for a in menu.actions() if a.objectName() == name), None)
    assert found is not None, [a.objectName() for a in menu.actions()]
    return found


def titles_on(window: MainWindow, day: date = MEETING_DAY) -> list[str]:
    return [e.event.title for e in window.model.entries_on(day)]


def test_the_menu_of_an_event_and_of_an_empty_day(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    meeting = entry_titled(window, "팀 회의")
    menu = right_click(window, meeting)
    assert [a.objectName() for a in menu.actions() if a.objectName()] == [
        "new",
        "edit",
        "duplicate",
        "copy",
        "move",
        "delete",
    ]
    assert window.month_view.selected_entry == meeting  # the right-click selected it
    moves = action(menu, "move").menu()
    assert moves is not None
    assert [a.objectName() for a in moves.actions()] == [seeded.sales.id]  # not its own

    menu = right_click(window, None, date(2026, 11, 20))
    assert [a.objectName() for a in menu.actions() if a.objectName()] == ["new"]
    action(menu, "new").trigger()
    dialog = open_editor(window, qtbot)
    assert dialog.date_edit.date().toPython() == date(2026, 11, 20)


def test_duplicate_from_the_menu_reaches_the_table_and_undo_takes_it_back(
    make_window: WindowFactory, seeded: Seeded, store: DynamoStore, qtbot: QtBot
) -> None:
    window = make_window()
    action(right_click(window, entry_titled(window, "팀 회의")), "duplicate").trigger()
    assert titles_on(window).count("팀 회의") == 2  # shown at once
    view = window.month_view
    qtbot.waitUntil(
        lambda: (
            view.selected_entry is not None and view.selected_entry.event.id != seeded.meeting.id
        )
    )
    copy = view.selected_entry
    assert copy is not None  # the copy, selected: Enter edits it
    assert copy.event.time == seeded.meeting.time
    qtbot.waitUntil(lambda: table_titles(store, seeded.development.id).count("팀 회의") == 2)

    window.window_actions.undo_action.trigger()
    qtbot.waitUntil(lambda: table_titles(store, seeded.development.id).count("팀 회의") == 1)
    qtbot.waitUntil(lambda: titles_on(window).count("팀 회의") == 1)
    assert store.get_event(seeded.meeting.id, seeded.development.id) is not None


def test_ctrl_d_duplicates_the_selected_event(
    make_window: WindowFactory, seeded: Seeded, store: DynamoStore, qtbot: QtBot
) -> None:
    window = make_window()
    window.month_view.select_entry(entry_titled(window, "코드 리뷰"))
    window.month_view.setFocus()
    qtbot.keyClick(window.month_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: table_titles(store, seeded.development.id).count("코드 리뷰") == 2)


def test_copy_as_text_puts_the_event_on_the_clipboard(
    make_window: WindowFactory, seeded: Seeded, store: DynamoStore
) -> None:
    meeting = seeded.meeting
    store.update_event(meeting, meeting.with_changes(description="3층 회의실\n<b>안건</b>"))
    window = make_window(locale=ENGLISH)
    QGuiApplication.clipboard().clear()
    action(right_click(window, entry_titled(window, "팀 회의")), "copy").trigger()
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0].startswith("Tuesday, November 3, 2026")
    assert "2" in lines[0] and lines[0] != "Tuesday, November 3, 2026"  # its time
    assert lines[1:] == ["팀 회의", "개발팀", "", "3층 회의실", "<b>안건</b>"]  # plain, as typed


def test_move_to_department_from_the_menu_with_undo(
    make_window: WindowFactory, seeded: Seeded, store: DynamoStore, qtbot: QtBot
) -> None:
    window = make_window()
    menu = right_click(window, entry_titled(window, "코드 리뷰"))
    moves = action(menu, "move").menu()
    assert moves is not None
    action(moves, seeded.sales.id).trigger()
    assert "코드 리뷰" not in titles_on(window)  # the sales department is not shown
    qtbot.waitUntil(lambda: "코드 리뷰" in table_titles(store, seeded.sales.id))
    qtbot.waitUntil(lambda: "코드 리뷰" not in table_titles(store, seeded.development.id))

    window.window_actions.undo_action.trigger()
    qtbot.waitUntil(lambda: "코드 리뷰" in table_titles(store, seeded.development.id))
    qtbot.waitUntil(lambda: "코드 리뷰" not in table_titles(store, seeded.sales.id))


def test_delete_from_the_menu_asks_nothing_and_the_undo_button_restores(
    make_window: WindowFactory, seeded: Seeded, store: DynamoStore, qtbot: QtBot
) -> None:
    window = make_window()
    action(right_click(window, entry_titled(window, "팀 회의")), "delete").trigger()
    assert QApplication.activeModalWidget() is None  # no question
    assert "팀 회의" not in titles_on(window)
    qtbot.waitUntil(lambda: "팀 회의" not in table_titles(store, seeded.development.id))
    qtbot.waitUntil(window.undo_button.isVisible)
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "팀 회의" in table_titles(store, seeded.development.id))


def test_the_detail_pane_edits_duplicates_and_deletes_the_selected_event(
    make_window: WindowFactory, seeded: Seeded, store: DynamoStore, qtbot: QtBot
) -> None:
    window = make_window()
    detail = window.detail
    assert not detail.edit_button.isVisible()  # nothing selected
    window.month_view.select_entry(entry_titled(window, "팀 회의"))
    assert detail.edit_button.isVisible()

    qtbot.mouseClick(detail.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_titles(store, seeded.development.id).count("팀 회의") == 2)
    qtbot.waitUntil(lambda: detail.entry is not None and detail.entry.event.id != seeded.meeting.id)

    detail.delete_button.setFocus()
    qtbot.mouseClick(detail.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_titles(store, seeded.development.id).count("팀 회의") == 1)
    assert not detail.edit_button.isVisible()  # the deleted copy is no longer shown
    assert window.month_view.hasFocus()  # the keyboard goes on in the grid

    window.month_view.select_entry(entry_titled(window, "코드 리뷰"))
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    dialog = open_editor(window, qtbot)
    assert dialog.title_edit.text() == "코드 리뷰"


def test_an_edit_saved_in_the_dialog_is_undone_with_ctrl_z(
    make_window: WindowFactory, seeded: Seeded, store: DynamoStore, qtbot: QtBot
) -> None:
    window = make_window()
    window.edit_event(entry_titled(window, "팀 회의"))
    dialog = open_editor(window, qtbot)
    dialog.title_edit.setText("팀 회의 (3층)")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: "팀 회의 (3층)" in table_titles(store, seeded.development.id))
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.month_view.setFocus()
    qtbot.keyClick(window.month_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "팀 회의" in table_titles(store, seeded.development.id))
    assert "팀 회의 (3층)" not in table_titles(store, seeded.development.id)


def test_the_day_lists_menu_is_the_same_and_closes_the_list_to_act(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window()
    window.open_day(MEETING_DAY)
    day = window.dialogs.day_dialog
    assert day is not None
    qtbot.waitUntil(day.isVisible)
    first = day.list.topLevelItem(0)
    assert first is not None
    where = day.list.visualItemRect(first).center()
    day.list.customContextMenuRequested.emit(where)
    menu = window.event_menus.menu
    assert menu is not None and menu.parent() is day
    action(menu, "edit").trigger()
    dialog = open_editor(window, qtbot)
    assert isinstance(dialog, EventDialog)
    assert dialog.title_edit.text() == day.entries[0].event.title
    assert closed(day)
