"""Creating, editing, moving and deleting events through the window reaches the table."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.data.errors import OfflineError
from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.views.conflict_dialog import ConflictChoice, ConflictDialog
from desktop.views.event_dialog import EventDialog
from desktop.views.main_window import MainWindow
from desktop.views.month_model import DayEntry
from desktop.views.month_view import EVENT_MIME
from tests.views.conftest import Seeded, WindowFactory

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def table_titles(store: DynamoStore, department_id: str) -> list[str]:
    return sorted(e.title for e in store.events_between(department_id, *NOV).events)


def entry_titled(window: MainWindow, title: str) -> DayEntry:
    return next(e for e in window.model.all_entries() if e.event.title == title)


def open_editor(window: MainWindow, qtbot: QtBot) -> EventDialog:
    qtbot.waitUntil(lambda: isinstance(window.editing.editor, EventDialog))
    dialog = window.editing.editor
    assert isinstance(dialog, EventDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def closed(dialog: QWidget) -> bool:
    """Closed dialogs delete themselves (WA_DeleteOnClose)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def save(dialog: EventDialog, qtbot: QtBot) -> None:
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_new_event_from_a_double_clicked_day(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    view = window.month_view
    day = date(2026, 11, 20)
    rect = view.visualRect(window.model.index_of(day))
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=rect.bottomRight() - QPoint(5, 5)
    )
    dialog = open_editor(window, qtbot)
    assert dialog.date_edit.date().toPython() == day
    dialog.title_edit.setText("주간 보고")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: "주간 보고" in table_titles(store, seeded.development.id))
    assert [e.event.title for e in window.model.entries_on(day)] == ["주간 보고"]


def test_an_edit_made_offline_shows_at_once_and_is_sent_when_the_network_is_back(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.edit_event(entry_titled(window, "팀 회의"))
    dialog = open_editor(window, qtbot)
    dialog.title_edit.setText("팀 회의 (변경)")
    original_update = store.update_event

    def offline(*_args: object, **_kwargs: object) -> Event:
        raise OfflineError.build(store.settings.endpoint_label(), "test")

    store.update_event = offline  # type: ignore[method-assign]
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: closed(dialog))  # kept on this computer: nothing to retype
    qtbot.waitUntil(lambda: window.banner.kind == "offline")
    entry = entry_titled(window, "팀 회의 (변경)")
    assert entry.state == "pending"
    assert window.pending_button.isVisible()
    assert window.pending_button.text() == "1 change not sent"
    assert "팀 회의 (변경)" not in table_titles(store, seeded.development.id)

    store.update_event = original_update  # type: ignore[method-assign]
    window.connectivity.retry_now()
    qtbot.waitUntil(lambda: "팀 회의 (변경)" in table_titles(store, seeded.development.id))
    qtbot.waitUntil(lambda: entry_titled(window, "팀 회의 (변경)").state == "")
    assert not window.pending_button.isVisible()


def test_move_to_another_day_by_drop(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    view = window.month_view
    entry = entry_titled(window, "팀 회의")
    target = date(2026, 11, 17)
    mime = QMimeData()
    mime.setData(EVENT_MIME, QByteArray(f"{entry.event.id}\n{entry.event.department_id}".encode()))
    center = view.visualRect(window.model.index_of(target)).center()
    drop = QDropEvent(
        QPointF(center),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)
    # Shown at once, then written.
    assert "팀 회의" in [e.event.title for e in window.model.entries_on(target)]
    qtbot.waitUntil(window.undo_button.isVisible)
    qtbot.waitUntil(lambda: not window.pending_button.isVisible())
    moved = store.get_event(entry.event.id, seeded.development.id)
    assert moved is not None and moved.event_date == target


def test_move_to_another_department_by_drop_on_the_list(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    entry = entry_titled(window, "코드 리뷰")
    mime = QMimeData()
    mime.setData(EVENT_MIME, QByteArray(f"{entry.event.id}\n{entry.event.department_id}".encode()))
    window.departments_panel.eventDropped.emit(mime, seeded.sales.id)
    # Both steps of the move: the new item, then the old one deleted.
    qtbot.waitUntil(
        lambda: (
            "코드 리뷰" in table_titles(store, seeded.sales.id)
            and "코드 리뷰" not in table_titles(store, seeded.development.id)
        )
    )
    qtbot.waitUntil(lambda: "코드 리뷰" not in [e.event.title for e in window.model.all_entries()])


def test_move_to_another_department_in_the_dialog(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.edit_event(entry_titled(window, "팀 회의"))
    dialog = open_editor(window, qtbot)
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData(seeded.sales.id))
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(
        lambda: (
            "팀 회의" in table_titles(store, seeded.sales.id)
            and "팀 회의" not in table_titles(store, seeded.development.id)
        )
    )


def test_delete_asks_then_offers_undo(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    questions: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *_args: object) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr("desktop.views.widgets.ask", answer_yes)
    window = make_window()
    entry = entry_titled(window, "팀 회의")
    window.month_view.select_entry(entry)
    window.month_view.setFocus()
    qtbot.keyClick(window.month_view, Qt.Key.Key_Delete)
    assert "팀 회의" in questions[0]
    qtbot.waitUntil(window.undo_button.isVisible)
    qtbot.waitUntil(lambda: "팀 회의" not in table_titles(store, seeded.development.id))
    assert window.detail.entry is None

    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "팀 회의" in table_titles(store, seeded.development.id))
    qtbot.waitUntil(lambda: "팀 회의" in [e.event.title for e in window.model.all_entries()])


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (ConflictChoice.KEEP_THEIRS, ["그들의 제목", "코드 리뷰"]),
        (ConflictChoice.OVERWRITE, ["나의 제목", "코드 리뷰"]),
        (ConflictChoice.SAVE_AS_NEW, ["그들의 제목", "나의 제목", "코드 리뷰"]),
    ],
)
def test_conflict_choices(
    choice: ConflictChoice,
    expected: list[str],
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[Event, Event | None]] = []

    def choose(self: ConflictDialog) -> int:
        shown.append((self.mine, self.theirs))
        self.choice = choice
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    window = make_window()
    entry = entry_titled(window, "팀 회의")
    window.edit_event(entry)
    dialog = open_editor(window, qtbot)
    # Someone else changes the event meanwhile.
    store.update_event(entry.event, entry.event.with_changes(title="그들의 제목"))
    dialog.title_edit.setText("나의 제목")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: closed(dialog))
    # Nothing was overwritten: the event is marked, and the window asks.
    qtbot.waitUntil(lambda: window.banner.kind == "warning")
    assert entry_titled(window, "나의 제목").state == "conflict"
    assert table_titles(store, seeded.development.id) == ["그들의 제목", "코드 리뷰"]
    qtbot.mouseClick(window.banner.action_button, Qt.MouseButton.LeftButton)
    assert shown[0][1] is not None and shown[0][1].title == "그들의 제목"
    qtbot.waitUntil(lambda: table_titles(store, seeded.development.id) == expected)
    qtbot.waitUntil(
        lambda: (
            sorted(
                e.event.title
                for e in window.model.all_entries()
                if e.event.department_id == seeded.development.id
            )
            == expected
        )
    )


def test_conflict_with_a_deleted_event_can_restore_mine(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def choose(self: ConflictDialog) -> int:
        assert self.theirs is None
        self.choice = ConflictChoice.OVERWRITE
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    window = make_window()
    entry = entry_titled(window, "팀 회의")
    window.edit_event(entry)
    dialog = open_editor(window, qtbot)
    store.delete_event(entry.event)
    dialog.title_edit.setText("다시 살린 회의")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: window.banner.kind == "warning")
    window.banner.action_button.click()
    qtbot.waitUntil(
        lambda: table_titles(store, seeded.development.id) == ["다시 살린 회의", "코드 리뷰"]
    )


# --- attributes other writers keep on an event --------------------------------------------------

OTHER_WRITERS = {
    "attendees": {"L": [{"S": "김민수"}, {"S": "이지은"}]},
    "color": {"S": "#ff8800"},
    "reminder_minutes": {"N": "15"},
    "created_at": {"S": "2026-01-02T03:04:05.000Z"},
}


def plant_workshop(store: DynamoStore, department_id: str) -> str:
    """An event the web app wrote, with attributes this app does not know."""
    event_id = new_id()
    store.client.put_item(
        TableName=store.settings.events_table,
        Item={
            "id": {"S": event_id},
            "department_id": {"S": department_id},
            "event_date": {"S": "2026-11-12"},
            "title": {"S": "워크숍"},
            "last_modified": {"S": "2026-01-02T03:04:05.000Z"},
            **OTHER_WRITERS,
        },
    )
    return event_id


def kept_attributes(store: DynamoStore, event_id: str, department_id: str) -> dict[str, object]:
    response = store.client.get_item(
        TableName=store.settings.events_table,
        Key={"id": {"S": event_id}, "department_id": {"S": department_id}},
        ConsistentRead=True,
    )
    item = response.get("Item", {})
    return {name: value for name, value in item.items() if name in OTHER_WRITERS}


def test_undo_of_a_sent_delete_brings_back_every_attribute_and_created_at(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("desktop.views.widgets.ask", lambda *_args, **_kw: True)
    event_id = plant_workshop(store, seeded.development.id)
    window = make_window()
    window.delete_event(entry_titled(window, "워크숍"))
    qtbot.waitUntil(window.undo_button.isVisible)
    qtbot.waitUntil(lambda: "워크숍" not in table_titles(store, seeded.development.id))

    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "워크숍" in table_titles(store, seeded.development.id))
    qtbot.waitUntil(lambda: not window.pending_button.isVisible())
    assert kept_attributes(store, event_id, seeded.development.id) == OTHER_WRITERS


def test_a_move_and_its_undo_keep_every_attribute_and_created_at(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    event_id = plant_workshop(store, seeded.development.id)
    window = make_window()
    entry = entry_titled(window, "워크숍")
    mime = QMimeData()
    mime.setData(EVENT_MIME, QByteArray(f"{entry.event.id}\n{entry.event.department_id}".encode()))
    window.departments_panel.eventDropped.emit(mime, seeded.sales.id)
    qtbot.waitUntil(lambda: "워크숍" not in table_titles(store, seeded.development.id))
    qtbot.waitUntil(lambda: not window.pending_button.isVisible())
    assert kept_attributes(store, event_id, seeded.sales.id) == OTHER_WRITERS

    qtbot.waitUntil(window.undo_button.isVisible)
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "워크숍" not in table_titles(store, seeded.sales.id))
    qtbot.waitUntil(lambda: not window.pending_button.isVisible())
    assert kept_attributes(store, event_id, seeded.development.id) == OTHER_WRITERS
