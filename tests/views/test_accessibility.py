"""A screen reader finds a name for every control of the window and for every day of the
month: the window's accessibility tree is walked, as a screen reader would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.views.main_window import MainWindow
from tests.views.conftest import Seeded, WindowFactory
from tests.views.test_editing import entry_titled

Role = QAccessible.Role
MEETING_DAY = date(2026, 11, 3)

# What a user acts on or reads as a part of its own: each needs a name.
CONTROLS = {
    Role.Button,
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.List,
    Role.ListItem,
    Role.Table,
    Role.Cell,
    Role.Tree,
    Role.TreeItem,
    Role.MenuItem,
    Role.MenuBar,
    Role.PopupMenu,
    Role.ToolBar,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.PageTab,
    Role.Link,
}


def walk(
    node: QAccessibleInterface, path: str, seen: list[tuple[str, Role, str]], menu: bool = False
) -> None:
    """``node`` and what it holds; a menu's actions also while it is closed (``menu``)."""
    if node.state().invisible and not menu:
        return
    role = node.role()
    name = node.text(QAccessible.Text.Name).strip()
    seen.append((path, role, name))
    for position in range(node.childCount()):
        child = node.child(position)
        if child is not None and child.isValid():
            walk(child, f"{path}/{child.role().name}[{position}]", seen, menu)


def walk_widget(widget: QObject, path: str, seen: list[tuple[str, Role, str]]) -> None:
    node = QAccessible.queryAccessibleInterface(widget)
    assert node is not None
    walk(node, path, seen, menu=isinstance(widget, QMenu))
    if isinstance(widget, QMenu):
        for action in widget.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk_widget(sub, f"{path}/{action.text()}", seen)


def nodes(window: MainWindow) -> list[tuple[str, Role, str]]:
    """The window's tree, and each menu of its menu bar (closed menus are not in the tree)."""
    seen: list[tuple[str, Role, str]] = []
    walk_widget(window, "window", seen)
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        walk_widget(menu, action.text(), seen)
    return seen


def nameless(seen: list[tuple[str, Role, str]]) -> list[tuple[str, str]]:
    return [(path, role.name) for path, role, name in seen if role in CONTROLS and not name]


def test_every_control_and_every_day_has_a_name(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window()
    window.resize(1024, 600)  # the smallest screen the window is made for: no toolbar overflow
    qtbot.waitUntil(lambda: window.window_actions.menus_built)
    window.month_view.select_entry(entry_titled(window, "팀 회의"))  # the detail pane filled
    seen = nodes(window)
    assert nameless(seen) == [], nameless(seen)
    cells = [name for _path, role, name in seen if role == Role.Cell]
    assert len(cells) == 42
    # A day says its date and how many events it holds (in the app's language).
    meeting_day = next(name for name in cells if name.startswith("2026년 11월 3일 화요일, "))
    assert "2" in meeting_day.removeprefix("2026년 11월 3일 화요일, ")
    items = {name for _path, role, name in seen if role == Role.MenuItem}
    assert {"Undo", "Duplicate event", "Delete event", "Next month"} <= items
    buttons = {name for _path, role, name in seen if role in (Role.Button, Role.PushButton)}
    assert {"Edit…", "Duplicate", "Delete", "Previous month", "New event"} <= buttons


def test_the_event_menu_and_the_day_list_name_their_parts(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window()
    seen: list[tuple[str, Role, str]] = []
    menu = window.event_menus.build(MEETING_DAY, entry_titled(window, "팀 회의"), window.month_view)
    walk_widget(menu, "menu", seen)
    assert len([role for _path, role, _name in seen if role == Role.MenuItem]) >= 7
    window.open_day(MEETING_DAY)
    day = window.dialogs.day_dialog
    assert day is not None
    qtbot.waitUntil(day.isVisible)
    walk_widget(day, "day", seen)
    assert nameless(seen) == [], nameless(seen)
    day.close()
