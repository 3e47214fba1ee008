"""Quick add in the window: a line typed, its preview, Enter saves it like a new event."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.views.main_window import MainWindow
from desktop.views.quick_add import QuickAddPopup
from tests.views.conftest import ENGLISH, Seeded, WindowFactory

# The offscreen platform's note when a shown dialog's size hints change (the problem line).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOV = (date(2026, 11, 1), date(2026, 11, 30))  # the window's today is Thursday 26 November


def opened(window: MainWindow, qtbot: QtBot) -> QuickAddPopup:
    window.quick_add.open()
    popup = window.quick_add.popup
    assert popup is not None
    qtbot.waitUntil(popup.isActiveWindow)  # keys reach it
    assert popup.line.hasFocus()
    return popup


def type_line(popup: QuickAddPopup, text: str) -> None:
    """Typed as an input method commits it (QTest cannot type Hangul)."""
    popup.line.clear()
    popup.line.insert(text)


def table_titles(store: DynamoStore, department_id: str) -> list[tuple[date, str, str]]:
    events = store.events_between(department_id, *NOV).events
    return sorted((e.event_date, e.time, e.title) for e in events)


def test_typing_shows_the_day_time_title_and_department(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    popup = opened(window, qtbot)
    type_line(popup, "내일 오후 3시~5시 송년회")
    assert popup.when.text() == "2026년 11월 27일 금요일 · 오후 3:00–5:00"
    assert "송년회" in popup.title.text()
    assert not popup.problem.isVisible()
    assert popup.save_button.isEnabled()
    assert popup.department.currentData() == seeded.development.id  # the one shown


def test_the_department_chooser_defaults_to_the_selected_department(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.departments_panel.select(seeded.sales.id)
    qtbot.waitUntil(lambda: window.departments_panel.current_id() == seeded.sales.id)
    popup = opened(window, qtbot)
    assert popup.department.currentData() == seeded.sales.id
    assert popup.department.currentText() == "영업팀"


def test_the_preview_speaks_english_in_the_english_window(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    popup = opened(window, qtbot)
    type_line(popup, "fri 9:30 standup")
    assert popup.when.text() == "Friday, November 27, 2026 · 9:30 AM"


def test_enter_saves_through_the_outbox_and_the_month_shows_it(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    popup = opened(window, qtbot)
    type_line(popup, "11/28 오후 2시 팀 워크숍")
    qtbot.keyClick(popup.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    day = date(2026, 11, 28)
    assert [e.event.title for e in window.model.entries_on(day)] == ["팀 워크숍"]
    development = seeded.development.id
    qtbot.waitUntil(lambda: (day, "오후 2:00", "팀 워크숍") in table_titles(store, development))
    assert "팀 워크숍" in window.status_message.text()
    assert popup.line.text() == ""  # saved: the next quick add starts empty


def test_the_chosen_department_is_the_one_saved_to(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    popup = opened(window, qtbot)
    popup.department.setCurrentIndex(popup.department.findData(seeded.sales.id))
    type_line(popup, "11/30 all day 재고 조사")
    qtbot.mouseClick(popup.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (date(2026, 11, 30), "", "재고 조사") in table_titles(store, seeded.sales.id)
    )


def test_an_unreadable_line_disables_save_says_why_and_is_kept_after_escape(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    popup = opened(window, qtbot)
    type_line(popup, "2/30 오후 2시 회의")
    assert not popup.save_button.isEnabled()
    assert popup.problem.isVisible()
    assert "2/30" in popup.problem.text()
    qtbot.keyClick(popup.line, Qt.Key.Key_Return)  # nothing is saved
    assert popup.isVisible()
    qtbot.keyClick(popup.line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert opened(window, qtbot).line.text() == "2/30 오후 2시 회의"
    type_line(popup, "내일 오후 2시")
    assert not popup.save_button.isEnabled()
    assert popup.when.text() == "2026년 11월 27일 금요일 · 오후 2:00"  # what it did read
    assert "title" in popup.problem.text() or "제목" in popup.problem.text()
    assert table_titles(store, seeded.development.id) == [
        (date(2026, 11, 3), "오전 10:00", "코드 리뷰"),
        (date(2026, 11, 3), "오후 2:00", "팀 회의"),
    ]


def test_ctrl_shift_n_and_the_toolbar_open_quick_add(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    qtbot.keyClick(
        window.month_view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.quick_add.popup is not None)
    popup = window.quick_add.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    popup.reject()
    actions = window.window_actions
    button = actions.toolbar.widgetForAction(actions.quick_add_action)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(popup.isVisible)


def test_a_hostile_title_is_shown_as_plain_text_and_keeps_the_popup_narrow(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    popup = opened(window, qtbot)
    width = popup.width()
    hostile = "<img src=x onerror=alert(1)><b>굵게</b> \u202eevil " + "가" * 10_000
    popup.line.setText(f"내일 10시 {hostile}")
    for label in popup.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert popup.title.text().count("<img src=x") == 1
    assert len(popup.title.text()) < 200
    assert popup.width() == width
    assert popup.save_button.isEnabled()
