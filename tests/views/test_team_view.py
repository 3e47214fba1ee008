"""The team week: departments down, days across; drags move between rows and columns."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, QTranslator
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.domain.calendar import month_end, month_start
from desktop.domain.models import Department, Event, new_id
from desktop.views.calendar_view import ViewKind
from desktop.views.colors import saturday_color, sunday_color
from desktop.views.main_window import MainWindow
from desktop.views.month_model import DayEntry
from desktop.views.month_view import EVENT_MIME
from desktop.views.team_grid import entry_line
from desktop.views.team_view import ALL_DEPARTMENTS, TeamView, team_title
from tests.views.conftest import ENGLISH, Seeded, WindowFactory

NOV_3 = date(2026, 11, 3)  # a Tuesday: the seeded events' day (conftest)
NOV_4 = date(2026, 11, 4)


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(Path(__file__).parents[2] / "resources/i18n/deptcal_ko.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def show_team(window: MainWindow, qtbot: QtBot, day: date = NOV_3) -> TeamView:
    """Ctrl+4, then the week of ``day``."""
    action = window.views.actions[ViewKind.TEAM]
    assert action.isVisible()
    assert action.shortcut().toString() == "Ctrl+4"
    action.trigger()
    view = cast(TeamView, window.active_view)
    assert isinstance(view, TeamView)
    window.go_to(day)
    qtbot.waitUntil(lambda: not window.months.loading and window.months.span_complete)
    return view


def rows(view: TeamView) -> list[str]:
    return [r.name for r in view.model.rows]


def cell(view: TeamView, department: Department, day: date) -> list[str]:
    model = view.model
    return [
        e.event.title for e in model.entries_at(model.row_of(department.id), model.column_of(day))
    ]


def tick(window: MainWindow, qtbot: QtBot, department: Department) -> None:
    panel = window.departments_panel
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        panel.model.setData(
            panel.model.index(panel.model.row_of(department.id)),
            Qt.CheckState.Checked.value,
            Qt.ItemDataRole.CheckStateRole,
        )


def mime_of(entry: DayEntry) -> QMimeData:
    mime = QMimeData()
    mime.setData(EVENT_MIME, QByteArray(f"{entry.event.id}\n{entry.event.department_id}".encode()))
    return mime


def drop(view: TeamView, entry: DayEntry, department: Department, day: date) -> None:
    model = view.model
    index = model.index(model.row_of(department.id), model.column_of(day))
    assert view.grid.drop_on(mime_of(entry), index)


def entry_titled(view: TeamView, title: str) -> DayEntry:
    return next(e for e in view.model.all_entries() if e.event.title == title)


def settle(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(
        lambda: not window.service.pending and not window.service.runner.busy, timeout=10_000
    )


# --- rows, columns, titles ------------------------------------------------------------------


def test_ctrl_4_shows_the_week_with_a_row_per_ticked_department(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, korean: None
) -> None:
    window = make_window()
    view = show_team(window, qtbot)

    assert window.month_title.text() == "팀 주간: 2026년 11월 1일 – 11월 7일"
    assert view.model.days[0] == date(2026, 11, 1)  # the Korean week starts on Sunday
    assert rows(view) == ["개발팀"]
    assert cell(view, seeded.development, NOV_3) == ["코드 리뷰", "팀 회의"]  # by time

    tick(window, qtbot, seeded.sales)
    qtbot.waitUntil(lambda: rows(view) == ["개발팀", "영업팀"])
    qtbot.waitUntil(lambda: cell(view, seeded.sales, date(2026, 11, 5)) == ["고객사 미팅"])
    # Each line: the time the user's way, then the title.
    review = entry_titled(view, "코드 리뷰")
    assert view.grid.delegate.line_text(review) == "오전 10:00 코드 리뷰"
    window.time_format.set_hour24(True)  # View ▸ 24-hour time: the lines follow
    assert view.grid.delegate.line_text(review) == "10:00 코드 리뷰"
    # PgDn: the next week.
    with qtbot.waitSignal(window.monthShown, timeout=10_000, raising=False):
        view.grid.setFocus()
        qtbot.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert view.model.days[0] == date(2026, 11, 8)


def test_arrows_past_the_week_go_to_the_next_or_previous_week(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, korean: None
) -> None:
    window = make_window()
    view = show_team(window, qtbot)
    grid = view.grid
    grid.setFocus()
    grid.select_cell(0, 0)
    assert grid.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole) == (
        "개발팀, 11/1 (일): 일정 0개"
    )

    qtbot.keyClick(grid, Qt.Key.Key_Left)

    assert view.model.days[0] == date(2026, 10, 25)
    assert view.current_date() == date(2026, 10, 31)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert view.current_date() == date(2026, 11, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert view.current_date() == NOV_3
    assert grid.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole) == (
        "개발팀, 11/3 (화): 일정 2개"
    )
    qtbot.keyClick(grid, Qt.Key.Key_T)
    assert view.model.days[0] == date(2026, 11, 22)  # the week of today (conftest.TODAY)


def test_ctrl_4_from_the_keyboard_and_the_holidays_in_the_header(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.month_view.setFocus()

    qtbot.keyClick(window.month_view, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)

    view = window.active_view
    assert isinstance(view, TeamView)
    assert window.views.actions[ViewKind.TEAM].isChecked()
    window.go_to(date(2026, 12, 25))
    model = view.model
    christmas = model.column_of(date(2026, 12, 25))
    qtbot.waitUntil(
        lambda: (
            model.headerData(christmas, Qt.Orientation.Horizontal).splitlines()[1].strip() != ""
        ),
        timeout=10_000,
    )
    red = sunday_color(QApplication.palette())
    assert (
        model.headerData(christmas, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole)
        == red
    )
    saturday = model.column_of(date(2026, 12, 26))
    assert model.headerData(saturday, Qt.Orientation.Horizontal).splitlines()[1].strip() == ""
    assert model.headerData(
        saturday, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole
    ) == saturday_color(QApplication.palette())


def test_the_title_in_english_and_across_a_new_year() -> None:
    assert team_title(ENGLISH, date(2026, 11, 29)) == "Team week: Nov 29 – Dec 5, 2026"
    assert team_title(ENGLISH, date(2026, 12, 27)) == "Team week: Dec 27, 2026 – Jan 2, 2027"


def test_english_window_starts_the_week_on_sunday_and_names_the_days(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    view = show_team(window, qtbot)
    assert window.month_title.text() == "Team week: Nov 1 – Nov 7, 2026"
    header = view.model.headerData(2, Qt.Orientation.Horizontal)
    assert header.splitlines()[0] == "Tue 11/3"


# --- all departments ------------------------------------------------------------------------


def test_all_departments_shows_every_one_and_reads_each_month_once(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = store.create_department("인사팀")
    store.create_event(Event(new_id(), people.id, NOV_4, "면접"))
    window = make_window()
    view = show_team(window, qtbot)
    assert rows(view) == ["개발팀"]
    reads: list[tuple[str, date]] = []
    between = DynamoStore.events_between

    def counting(self: DynamoStore, department_id: str, start: date, end: date) -> Any:
        if start == month_start(start) and end == month_end(start):
            reads.append((department_id, start))
        return between(self, department_id, start, end)

    monkeypatch.setattr(DynamoStore, "events_between", counting)

    view.all_check.setChecked(True)

    qtbot.waitUntil(lambda: rows(view) == ["개발팀", "영업팀", "인사팀"], timeout=10_000)
    qtbot.waitUntil(lambda: cell(view, people, NOV_4) == ["면접"], timeout=10_000)
    qtbot.waitUntil(lambda: not window.service.runner.busy and window.months.span_complete)
    assert set(window.shown_department_ids()) == {
        seeded.development.id,
        seeded.sales.id,
        people.id,
    }
    november = date(2026, 11, 1)
    # The two not shown before are read once; the one read already is not read again (the
    # months around are read ahead, each once too).
    assert sorted(r for r in reads if r[1] == november) == sorted(
        [(seeded.sales.id, november), (people.id, november)]
    )
    assert len(reads) == len(set(reads))
    assert window.settings.get(ALL_DEPARTMENTS) is True
    # Back to the month grid: the ticked departments again.
    window.views.show(ViewKind.MONTH)
    assert window.shown_department_ids() == [seeded.development.id]


# --- drags ----------------------------------------------------------------------------------


def test_a_drag_to_another_row_moves_the_event_to_that_department_with_undo(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    tick(window, qtbot, seeded.sales)
    view = show_team(window, qtbot)
    review = entry_titled(view, "코드 리뷰")

    drop(view, review, seeded.sales, NOV_3)

    assert cell(view, seeded.sales, NOV_3) == ["코드 리뷰"]  # at once
    moved = entry_titled(view, "코드 리뷰")
    assert moved.state == "pending"
    assert view.grid.delegate.line_text(moved).startswith("↻ ")
    settle(window, qtbot)
    nov = (date(2026, 11, 1), date(2026, 11, 30))
    assert "코드 리뷰" in [e.title for e in store.events_between(seeded.sales.id, *nov).events]
    assert "영업팀" in window.status_message.text()

    window.undo_button.click()
    qtbot.waitUntil(lambda: cell(view, seeded.development, NOV_3) == ["코드 리뷰", "팀 회의"])
    settle(window, qtbot)
    assert "코드 리뷰" in [
        e.title for e in store.events_between(seeded.development.id, *nov).events
    ]


def test_a_drag_to_another_column_moves_the_date(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    view = show_team(window, qtbot)

    drop(view, entry_titled(view, "팀 회의"), seeded.development, NOV_4)

    assert cell(view, seeded.development, NOV_4) == ["팀 회의"]
    settle(window, qtbot)
    stored = store.get_event(seeded.meeting.id, seeded.development.id)
    assert stored is not None and stored.event_date == NOV_4


def test_a_diagonal_drag_moves_department_and_date_at_once(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    tick(window, qtbot, seeded.sales)
    view = show_team(window, qtbot)

    drop(view, entry_titled(view, "팀 회의"), seeded.sales, NOV_4)

    assert cell(view, seeded.sales, NOV_4) == ["팀 회의"]
    assert cell(view, seeded.development, NOV_3) == ["코드 리뷰"]
    settle(window, qtbot)
    moved = store.get_event(seeded.meeting.id, seeded.sales.id)
    assert moved is not None and moved.event_date == NOV_4
    assert store.get_event(seeded.meeting.id, seeded.development.id) is None


# --- the other editing paths ----------------------------------------------------------------


def test_double_click_on_an_empty_cell_opens_a_new_event_in_that_department(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    tick(window, qtbot, seeded.sales)
    view = show_team(window, qtbot)
    model = view.model
    rect = view.grid.visualRect(model.index(model.row_of(seeded.sales.id), model.column_of(NOV_4)))

    qtbot.mouseDClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    dialog = window.editing.editor
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.department_combo.currentData() == seeded.sales.id  # not the current one
    assert dialog.date_edit.date().toPython() == NOV_4
    dialog.reject()


def test_click_selects_enter_edits_and_delete_deletes(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    view = show_team(window, qtbot)
    model = view.model
    index = model.index(model.row_of(seeded.development.id), model.column_of(NOV_3))
    line = view.grid.layout_for(index).lines[0]

    qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=line.center())

    assert view.selected_entry is not None and view.selected_entry.event.title == "코드 리뷰"
    qtbot.waitUntil(lambda: window.detail.entry is not None)
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    dialog = window.editing.editor
    assert dialog is not None and dialog.title_edit.text() == "코드 리뷰"
    dialog.reject()
    qtbot.keyClick(view.grid, Qt.Key.Key_Delete)
    assert cell(view, seeded.development, NOV_3) == ["팀 회의"]
    settle(window, qtbot)


def test_a_right_click_opens_the_menu_of_the_event(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The offscreen platform cannot grab the keyboard for a popup: built, not shown.
    monkeypatch.setattr(QMenu, "popup", lambda _menu, _where, *_args: None)
    window = make_window()
    view = show_team(window, qtbot)
    shown: list[tuple[date, DayEntry | None]] = []
    view.menuRequested.connect(lambda day, entry, _where: shown.append((day, entry)))
    model = view.model
    index = model.index(model.row_of(seeded.development.id), model.column_of(NOV_3))
    line = view.grid.layout_for(index).lines[1]
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, line.center(), view.grid.viewport().mapToGlobal(QPoint())
    )
    QApplication.sendEvent(view.grid.viewport(), event)

    assert [(d, e.event.title if e else None) for d, e in shown] == [(NOV_3, "팀 회의")]
    menu = window.event_menus.menu
    assert menu is not None and "delete" in [a.objectName() for a in menu.actions()]


def test_a_crowded_cell_says_how_many_more_and_opens_the_day(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    day = date(2027, 1, 6)  # a month the month grid has not shown
    for n in range(80):
        store.create_event(Event(new_id(), seeded.development.id, day, f"일정 {n:02d}"))
    window = make_window()
    view = show_team(window, qtbot, day)
    qtbot.waitUntil(lambda: len(cell(view, seeded.development, day)) == 80)
    model = view.model
    index = model.index(model.row_of(seeded.development.id), model.column_of(day))
    layout = view.grid.layout_for(index)
    assert layout.more is not None and layout.more_count == 80 - len(layout.lines)

    with qtbot.waitSignal(view.dayExpanded) as opened:
        qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=layout.more.center())

    assert opened.args == [day]
    dialog = window.dialogs.day_dialog
    qtbot.waitExposed(dialog)
    assert dialog.list.topLevelItemCount() == 80  # the team week's, not the month grid's
    dialog.reject()


def test_the_marks_of_changes_not_sent() -> None:
    event = Event(new_id(), "d", NOV_3, "회의", time="14:00")
    color = QColor("#3366cc")
    states = ("", "pending", "conflict", "failed")
    lines = [entry_line(DayEntry(event, "개발팀", color, state)) for state in states]
    assert [line[0] for line in lines[1:]] == ["↻", "⚠", "⚠"]
    assert lines[0].endswith(" 회의") and lines[0][0] not in "↻⚠"


# --- offline --------------------------------------------------------------------------------


def test_a_week_never_fetched_offline_says_so_over_the_view(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    from tests.views.test_offline_months import restart_offline

    window = restart_offline(seeded, store, make_window, qtbot)
    view = show_team(window, qtbot, date(2026, 11, 3))
    assert cell(view, seeded.development, NOV_3) == ["코드 리뷰", "팀 회의"]  # from the cache
    window.go_to(date(2027, 5, 5))
    qtbot.waitUntil(view._busy_label.isVisible, timeout=10_000)
    assert "May 2027" in view._busy_label.text()
    assert "never loaded" in view._busy_label.text()
