"""Read-only mode (``access/read_only``): every editing path gone, said in the window; a write
the account may not make is said once, calmly, and kept in Changes not sent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.data.outbox import State
from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.settings import READ_ONLY, AppSettings
from desktop.startup_entry import LoginStart
from desktop.views.main_window import MainWindow
from desktop.views.month_model import DayEntry
from desktop.views.month_view import EVENT_MIME
from desktop.views.pending_dialog import PendingDialog
from desktop.views.preferences import PreferencesDialog
from desktop.views.window.read_only import read_only_text
from tests.data.conftest import aws_error, inject
from tests.views.conftest import ENGLISH, Seeded, WindowFactory

# The offscreen platform's note on a dialog shown on its own.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def titled(window: MainWindow, title: str) -> DayEntry:
    return next(e for e in window.model.all_entries() if e.event.title == title)


def table_titles(store: DynamoStore, department_id: str) -> list[str]:
    return sorted(e.title for e in store.events_between(department_id, *NOV).events)


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def built(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The window with its menus, detail pane and every view made."""
    window.finish_building()
    qtbot.waitUntil(lambda: len(window.views.views) == len(window.views.actions))
    return window


@pytest.mark.parametrize("layer", ["user", "managed"])
def test_a_read_only_window_has_no_way_to_edit(
    layer: str,
    seeded: Seeded,
    store: DynamoStore,
    app_settings: AppSettings,
    make_window: WindowFactory,
    qtbot: QtBot,
) -> None:
    if layer == "managed":
        app_settings.system.setValue(READ_ONLY.key, True)
    else:
        app_settings.set(READ_ONLY, True)
    window = built(make_window(locale=ENGLISH), qtbot)
    actions = window.window_actions

    assert window.read_only.active and window.read_only.locked == (layer == "managed")
    for action in window.read_only.editing_actions():
        assert not action.isVisible() and not action.isEnabled(), action.text()
    # The Edit menu offers only what changes nothing shared (and the toolbar adds nothing).
    offered = [a for a in actions.edit_menu.actions() if a.isVisible() and not a.isSeparator()]
    assert offered == [actions.days_off_action, actions.filter_action, actions.preferences_action]
    toolbar = [a for a in actions.toolbar.actions() if a.isVisible()]
    assert actions.new_action not in toolbar and actions.quick_add_action not in toolbar
    assert actions.import_action not in [a for a in actions.file_menu.actions() if a.isVisible()]
    # Said in the status bar and the title.
    assert window.read_only.label.isVisible() and window.read_only.label.text() == "Read-only"
    assert window.windowTitle().endswith(f" — {read_only_text()}")

    # A double-click on an empty day, on an event, Enter and Delete open or change nothing.
    view = window.month_view
    rect = view.visualRect(window.model.index_of(date(2026, 11, 20)))
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=rect.bottomRight() - QPoint(5, 5)
    )
    meeting = titled(window, "팀 회의")
    view.eventActivated.emit(meeting)
    view.deleteRequested.emit(meeting)
    window.quick_add.open()
    actions.new_action.trigger()
    assert window.editing.editor is None and window.quick_add.popup is None
    assert open_dialogs() == []

    # A drag never starts, and no view takes a drop; a drop forced on it writes nothing.
    view._start_drag(meeting)
    assert getattr(view, "_dragged", None) is None
    mime = QMimeData()
    mime.setData(EVENT_MIME, QByteArray(f"{meeting.event.id}\n{seeded.development.id}".encode()))
    target = QPointF(view.visualRect(window.model.index_of(date(2026, 11, 17))).center())
    for each in window.views.views.values():
        assert not each.editable  # type: ignore[attr-defined]
    drop = QDropEvent(
        target,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)
    window.departments_panel.eventDropped.emit(mime, seeded.sales.id)

    # The event's menu copies it and nothing else; the detail pane has no buttons.
    menu = window.event_menus.build(meeting.event.event_date, meeting, window)
    assert [a.objectName() for a in menu.actions()] == ["copy"]
    view.select_entry(meeting)
    qtbot.waitUntil(lambda: window.detail.entry is not None)
    assert not window.detail.buttons.isVisible()
    window.open_day(meeting.event.event_date)
    day = window.dialogs.day_dialog
    qtbot.waitUntil(day.isVisible)
    assert not day.new_button.isVisible()
    day.reject()

    assert window.service.pending == []
    assert table_titles(store, seeded.development.id) == ["코드 리뷰", "팀 회의"]
    assert [
        e.event.event_date for e in window.model.all_entries() if e.event.id == meeting.event.id
    ] == [date(2026, 11, 3)]


def test_preferences_switch_read_only_on_and_off(
    seeded: Seeded,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = built(make_window(locale=ENGLISH), qtbot)
    login = LoginStart("linux", home=tmp_path, config_home=tmp_path, command=[])
    new_action = window.window_actions.new_action
    assert new_action.isVisible() and not window.read_only.label.isVisible()

    dialog = PreferencesDialog(window, login)
    qtbot.addWidget(dialog)
    assert dialog.read_only.isEnabled() and not dialog.read_only.isChecked()
    dialog.read_only.setChecked(True)
    dialog.accept()
    assert window.settings.get(READ_ONLY) is True
    assert not new_action.isVisible() and window.read_only.label.isVisible()

    again = PreferencesDialog(window, login)
    qtbot.addWidget(again)
    assert again.read_only.isChecked()
    again.read_only.setChecked(False)
    again.accept()
    assert window.settings.get(READ_ONLY) is False
    assert new_action.isVisible() and new_action.isEnabled()
    assert not window.read_only.label.isVisible()
    assert not window.windowTitle().endswith(read_only_text())


def test_a_managed_read_only_cannot_be_switched_off_in_preferences(
    seeded: Seeded,
    app_settings: AppSettings,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    app_settings.system.setValue(READ_ONLY.key, True)
    window = make_window(locale=ENGLISH)
    dialog = PreferencesDialog(
        window, LoginStart("linux", home=tmp_path, config_home=tmp_path, command=[])
    )
    qtbot.addWidget(dialog)
    assert dialog.read_only.isChecked() and not dialog.read_only.isEnabled()
    assert "administrator" in dialog.read_only.toolTip()
    dialog.read_only.setChecked(False)  # as if forced
    dialog.accept()
    assert window.read_only.active and not window.window_actions.new_action.isVisible()


def test_a_write_the_account_may_not_make_is_said_once_calmly_and_kept(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
) -> None:
    window = make_window(locale=ENGLISH)
    denied = "User: arn:aws:iam::123456789012:user/lobby is not authorized to perform: "
    inject(store, "PutItem", lambda *_: aws_error("AccessDeniedException", denied + "PutItem"))
    inject(
        store, "UpdateItem", lambda *_: aws_error("AccessDeniedException", denied + "UpdateItem")
    )
    said: list[tuple[str, str]] = []
    show = window.banner.show_message

    def counted(kind: str, text: str, *args: object, **kwargs: object) -> None:
        said.append((kind, text))
        show(kind, text, *args, **kwargs)  # type: ignore[arg-type]

    window.banner.show_message = counted  # type: ignore[method-assign]

    window.editing.record(
        None, Event(new_id(), seeded.development.id, date(2026, 11, 9), "로비 안내")
    )
    qtbot.waitUntil(lambda: any(c.state is State.FAILED for c in window.service.pending))
    meeting = titled(window, "팀 회의")
    window.editing.write_change(meeting.event, meeting.event.with_changes(title="바뀐 회의"))
    qtbot.waitUntil(
        lambda: [c.state for c in window.service.pending] == [State.FAILED, State.FAILED]
    )

    # One calm message for both refusals, no error banner; reads went on.
    assert [kind for kind, _text in said] == ["info"]
    text = said[0][1]
    assert text.startswith("Your account can only read this calendar: your change to “")
    assert "Changes not sent" in text and "Switch this computer to read-only?" in text
    assert window.banner.kind == "info" and window.banner.action_button.text() == (
        "Switch to read-only"
    )
    # Nothing typed is lost: both changes stay, refused, and can be copied as text.
    window.show_pending()
    dialog = window.outbox.pending_dialog
    assert isinstance(dialog, PendingDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.tree.topLevelItemCount() == 2
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "로비 안내" in QGuiApplication.clipboard().text()
    dialog.accept()

    qtbot.mouseClick(window.banner.action_button, Qt.MouseButton.LeftButton)
    assert window.read_only.active and window.settings.get(READ_ONLY) is True
    assert not window.window_actions.new_action.isVisible()
    assert len(window.service.pending) == 2  # still kept, to copy or discard
