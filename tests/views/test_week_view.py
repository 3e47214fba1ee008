"""The week view through a real window on moto: what it shows, how it moves, how it edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.settings import AppSettings
from desktop.views.calendar_view import ViewKind
from desktop.views.conflict_dialog import ConflictDialog
from desktop.views.formats import shown_time
from desktop.views.main_window import OVERLAYS, MainWindow
from desktop.views.month_model import DayEntry
from desktop.views.month_view import EVENT_MIME
from desktop.views.week_delegate import WeekHeader
from desktop.views.week_view import WeekView, week_title
from desktop.views.window.view_switch import VIEW
from tests.views.conftest import ENGLISH, KOREAN, Seeded, WindowFactory
from tests.views.test_editing import closed, open_editor, save, table_titles
from tests.views.test_offline import dead_endpoint

# The offscreen platform's notes on a popup menu.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

NOV_3 = date(2026, 11, 3)  # the seeded events' day: 코드 리뷰 (오전 10:00), 팀 회의 (오후 2:00)


def week_window(
    make_window: WindowFactory, app_settings: AppSettings, **kwargs: object
) -> MainWindow:
    """A window that opens on the week view (the choice a last run left)."""
    app_settings.set(VIEW, "week")
    window = make_window(**kwargs)
    assert isinstance(window.active_view, WeekView)
    return window


def week(window: MainWindow) -> WeekView:
    view = window.active_view
    assert isinstance(view, WeekView)
    return view


def shown_week(window: MainWindow, day: date, qtbot: QtBot) -> WeekView:
    """The week of ``day``, its months read."""
    window.go_to(day)
    qtbot.waitUntil(lambda: window.months.span_complete, timeout=10_000)
    return week(window)


def column(view: WeekView, day: date) -> list[str]:
    """The titles down ``day``'s column, as the cells hold them."""
    model = view.week_model
    at = model.column_of(day)
    entries = [model.entry_at(model.index(row, at)) for row in range(model.rowCount())]
    return [e.event.title for e in entries if e is not None]


def entry_titled(view: WeekView, title: str) -> DayEntry:
    return next(e for e in view.week_model.all_entries() if e.event.title == title)


def cell_center(view: WeekView, entry: DayEntry) -> QPoint:
    return view.visualRect(view.week_model.index_of_entry(entry)).center()


def below_events(view: WeekView, day: date) -> QPoint:
    """A point in ``day``'s column below its events (the blank that adds one)."""
    x = view.columnViewportPosition(view.week_model.column_of(day)) + 10
    return QPoint(x, view.viewport().height() - 5)


def drop_on(view: WeekView, entry: DayEntry, day: date) -> None:
    mime = QMimeData()
    mime.setData(EVENT_MIME, QByteArray(f"{entry.event.id}\n{entry.event.department_id}".encode()))
    drop = QDropEvent(
        QPointF(below_events(view, day)),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)


# --- what it shows ---------------------------------------------------------------------------


def test_a_day_shows_all_day_events_first_then_by_time(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    app_settings: AppSettings,
    qtbot: QtBot,
) -> None:
    for title, time in (("점심 후 산책", "점심 후"), ("창립 기념일", ""), ("아침 조회", "9:00")):
        store.create_event(Event(new_id(), seeded.development.id, NOV_3, title, time=time))
    window = week_window(make_window, app_settings)
    view = shown_week(window, NOV_3, qtbot)
    qtbot.waitUntil(lambda: len(column(view, NOV_3)) == 5)

    assert column(view, NOV_3) == [
        "창립 기념일",
        "아침 조회",
        "코드 리뷰",
        "팀 회의",
        "점심 후 산책",
    ]
    assert window.month_title.text() == "2026년 11월 1일 – 7일"
    width = view.columnWidth(view.week_model.column_of(NOV_3))
    all_day = view.delegate.chip(entry_titled(view, "창립 기념일"), width)
    assert all_day.all_day and all_day.first_shown == "창립 기념일"  # a bar: the title only
    timed = view.delegate.chip(entry_titled(view, "아침 조회"), width)
    assert timed.first_shown == shown_time("9:00") == "오전 9:00"  # the user's way
    assert timed.second_shown == "아침 조회"


def test_a_week_across_two_months_shows_both_and_reads_each_once(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    app_settings: AppSettings,
    qtbot: QtBot,
) -> None:
    december_2 = date(2026, 12, 2)
    store.create_event(Event(new_id(), seeded.development.id, december_2, "송년회 준비"))
    store.create_event(Event(new_id(), seeded.development.id, date(2026, 11, 30), "월말 정산"))
    reads: list[tuple[str, date]] = []
    real = store.events_between

    def counted(department_id: str, start: date, end: date):  # type: ignore[no-untyped-def]
        reads.append((department_id, start.replace(day=1)))
        return real(department_id, start, end)

    store.events_between = counted  # type: ignore[method-assign]
    window = week_window(make_window, app_settings)
    view = shown_week(window, december_2, qtbot)

    qtbot.waitUntil(lambda: column(view, december_2) == ["송년회 준비"], timeout=10_000)
    assert column(view, date(2026, 11, 30)) == ["월말 정산"]
    assert window.month_title.text() == "2026년 11월 29일 – 12월 5일"
    qtbot.waitUntil(lambda: not window.service.runner.busy, timeout=10_000)
    development = [month for department, month in reads if department == seeded.development.id]
    assert date(2026, 12, 1) in development
    assert len(development) == len(set(development)), f"a month read twice: {development}"


def test_overlaid_departments_show_their_tags_and_colours(
    seeded: Seeded, make_window: WindowFactory, app_settings: AppSettings, qtbot: QtBot
) -> None:
    app_settings.set(OVERLAYS, [seeded.sales.id])
    window = week_window(make_window, app_settings)
    view = shown_week(window, NOV_3, qtbot)
    qtbot.waitUntil(lambda: column(view, date(2026, 11, 5)) == ["고객사 미팅"], timeout=10_000)
    sales = entry_titled(view, "고객사 미팅")
    review = entry_titled(view, "코드 리뷰")
    assert sales.color != review.color
    width = view.columnWidth(0)
    assert view.delegate.chip(sales, width).tag is not None
    assert view.delegate.chip(sales, width).tag.text() == "영업"  # type: ignore[union-attr]
    assert view.delegate.chip(review, width).tag.text() == "개발"  # type: ignore[union-attr]


def test_a_busy_day_scrolls_and_hides_no_event(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    app_settings: AppSettings,
    qtbot: QtBot,
) -> None:
    busy = date(2026, 11, 18)
    for hour in range(8, 22):
        for minute in (0, 30):
            title = f"상담 {hour:02d}:{minute:02d}"
            event = Event(new_id(), seeded.development.id, busy, title, time=f"{hour}:{minute:02d}")
            store.create_event(event)
    window = week_window(make_window, app_settings)
    view = shown_week(window, busy, qtbot)
    qtbot.waitUntil(lambda: len(column(view, busy)) == 28, timeout=10_000)
    assert view.week_model.rowCount() == 29  # every event a cell, and room for a new one
    assert view.verticalScrollBar().maximum() > 0

    view.setFocus()
    view.select_entry(entry_titled(view, "상담 08:00"))
    for _ in range(27):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    last = view.selected_entry
    assert last is not None and last.event.title == "상담 21:30"
    rect = view.visualRect(view.week_model.index_of_entry(last))
    assert view.viewport().rect().contains(rect)  # scrolled to it


def test_pgup_pgdn_and_the_toolbar_move_a_week(
    seeded: Seeded, make_window: WindowFactory, app_settings: AppSettings, qtbot: QtBot
) -> None:
    window = week_window(make_window, app_settings)
    view = week(window)
    assert window.month_title.text() == "2026년 11월 22일 – 28일"  # conftest.TODAY, 11월 26일
    view.setFocus()

    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert window.month_title.text() == "2026년 11월 29일 – 12월 5일"
    assert view.week_model.days[0] == date(2026, 11, 29)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert window.month_title.text() == "2026년 11월 15일 – 21일"
    window.window_actions.next_action.trigger()
    assert window.month_title.text() == "2026년 11월 22일 – 28일"
    assert window.window_actions.next_action.text() == "Next week"
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_T)  # back to today's week
    assert view.week_model.days[0] == date(2026, 11, 22)
    qtbot.waitUntil(lambda: column(view, date(2026, 11, 26)) == [], timeout=10_000)


def test_titles_in_korean_and_english(qtbot: QtBot) -> None:
    cases = [
        (date(2026, 11, 29), "2026년 11월 29일 – 12월 5일", "Nov 29 – Dec 5, 2026"),
        (date(2026, 12, 6), "2026년 12월 6일 – 12일", "Dec 6 – 12, 2026"),
        (date(2026, 12, 27), "2026년 12월 27일 – 2027년 1월 2일", "Dec 27, 2026 – Jan 2, 2027"),
    ]
    for first, korean, english in cases:
        assert week_title(KOREAN, first) == korean
        assert week_title(ENGLISH, first) == english


def test_the_english_window_starts_its_weeks_as_the_locale_does(
    seeded: Seeded, make_window: WindowFactory, app_settings: AppSettings, qtbot: QtBot
) -> None:
    window = week_window(make_window, app_settings, locale=ENGLISH)
    view = week(window)
    assert window.month_title.text() == "Nov 22 – 28, 2026"
    first = view.week_model.days[0]
    assert first.isoweekday() == ENGLISH.firstDayOfWeek().value  # Sunday in en_US
    header = view.horizontalHeader()
    assert isinstance(header, WeekHeader)
    assert header.day_text(first, 0) == ("Sun", "11/22")
    assert header.day_text(date(2026, 11, 23), 1) == ("Mon", "23")


# --- editing, as in the month grid ------------------------------------------------------------


def test_double_click_and_enter_edit_and_a_blank_adds_an_event(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    app_settings: AppSettings,
    qtbot: QtBot,
) -> None:
    window = week_window(make_window, app_settings)
    view = shown_week(window, NOV_3, qtbot)
    qtbot.waitUntil(lambda: len(column(view, NOV_3)) == 2)
    review = entry_titled(view, "코드 리뷰")

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(view, review))
    assert view.selected_entry == review
    qtbot.waitUntil(lambda: window.detail.entry == review)  # the detail pane follows
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(view, review))
    dialog = open_editor(window, qtbot)
    assert dialog.title_edit.text() == "코드 리뷰"
    dialog.reject()
    qtbot.waitUntil(lambda: closed(dialog))

    # The keyboard: down to the next event, Enter edits it.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_entry is not None and view.selected_entry.event.title == "팀 회의"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = open_editor(window, qtbot)
    assert dialog.title_edit.text() == "팀 회의"
    dialog.reject()
    qtbot.waitUntil(lambda: closed(dialog))
    # Right: the next day, which has no event here (its free cell); Left: back, on the line.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_date() == date(2026, 11, 4) and view.selected_entry is None
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_entry is not None and view.selected_entry.event.title == "코드 리뷰"

    # Below a day's events: a new event on that day.
    day = date(2026, 11, 5)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=below_events(view, day))
    dialog = open_editor(window, qtbot)
    assert dialog.date_edit.date().toPython() == day
    dialog.title_edit.setText("주간 보고")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: "주간 보고" in column(view, day), timeout=10_000)
    qtbot.waitUntil(lambda: "주간 보고" in table_titles(store, seeded.development.id))


def test_delete_drag_and_the_context_menu_go_through_the_outbox(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    app_settings: AppSettings,
    qtbot: QtBot,
) -> None:
    window = week_window(make_window, app_settings)
    view = shown_week(window, NOV_3, qtbot)
    qtbot.waitUntil(lambda: len(column(view, NOV_3)) == 2)

    # Drag 팀 회의 to Thursday: shown there at once, then written.
    thursday = date(2026, 11, 5)
    drop_on(view, entry_titled(view, "팀 회의"), thursday)
    assert column(view, thursday) == ["팀 회의"]
    qtbot.waitUntil(window.undo_button.isVisible)

    def moved() -> bool:
        event = store.get_event(seeded.meeting.id, seeded.development.id)
        return event is not None and event.event_date == thursday

    qtbot.waitUntil(moved, timeout=10_000)

    # Right-click an event: the event's menu, the event selected.
    review = entry_titled(view, "코드 리뷰")
    pos = cell_center(view, review)
    with qtbot.waitSignal(view.menuRequested) as asked:
        QApplication.sendEvent(
            view.viewport(),
            QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)
            ),
        )
    assert asked.args[:2] == [NOV_3, review]
    menu = window.event_menus.menu
    assert menu is not None and menu.isVisible()
    assert any(a.text() for a in menu.actions())
    menu.close()

    # Delete: gone at once, then from the table.
    view.setFocus()
    assert view.selected_entry == review
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert column(view, NOV_3) == []
    qtbot.waitUntil(lambda: "코드 리뷰" not in table_titles(store, seeded.development.id))

    # Drag onto a department in the list: the week view names the event it carries.
    mime = QMimeData()
    meeting = entry_titled(view, "팀 회의")
    mime.setData(
        EVENT_MIME, QByteArray(f"{meeting.event.id}\n{meeting.event.department_id}".encode())
    )
    window.departments_panel.eventDropped.emit(mime, seeded.sales.id)
    qtbot.waitUntil(lambda: "팀 회의" in table_titles(store, seeded.sales.id), timeout=10_000)


def test_pending_and_conflict_marks(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    app_settings: AppSettings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ConflictDialog, "exec", lambda _self: 0)
    window = week_window(make_window, app_settings)
    view = shown_week(window, NOV_3, qtbot)
    qtbot.waitUntil(lambda: len(column(view, NOV_3)) == 2)
    width = view.columnWidth(view.week_model.column_of(NOV_3))

    # Someone else changes 팀 회의 while it is being edited here: a conflict, marked.
    meeting = entry_titled(view, "팀 회의")
    view.select_entry(meeting)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = open_editor(window, qtbot)
    store.update_event(meeting.event, meeting.event.with_changes(title="그들의 제목"))
    dialog.title_edit.setText("나의 제목")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: entry_titled(view, "나의 제목").state == "conflict", timeout=10_000)
    chip = view.delegate.chip(entry_titled(view, "나의 제목"), width)
    assert chip.mark is not None and chip.mark.text() == "⚠"

    # A change that cannot be sent yet: pending, marked ↻.
    def offline(*_args: object, **_kwargs: object) -> Event:
        from desktop.data.errors import OfflineError

        raise OfflineError.build(store.settings.endpoint_label(), "test")

    monkeypatch.setattr(store, "update_event", offline)
    drop_on(view, entry_titled(view, "코드 리뷰"), date(2026, 11, 4))
    qtbot.waitUntil(lambda: column(view, date(2026, 11, 4)) == ["코드 리뷰"])
    qtbot.waitUntil(lambda: entry_titled(view, "코드 리뷰").state == "pending", timeout=10_000)
    chip = view.delegate.chip(entry_titled(view, "코드 리뷰"), width)
    assert chip.mark is not None and chip.mark.text() == "↻"


def test_offline_a_week_never_fetched_says_so(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    app_settings: AppSettings,
    qtbot: QtBot,
) -> None:
    first = make_window()  # November read and saved
    first.close()
    cut = DynamoStore(
        replace(store.settings, endpoint_url=dead_endpoint(), connect_timeout=0.5, max_attempts=1)
    )
    window = week_window(make_window, app_settings, store_factory=lambda _s: cut, wait=False)
    view = week(window)
    qtbot.waitUntil(lambda: window.banner.kind == "offline", timeout=10_000)
    window.go_to(NOV_3)  # saved: shown
    qtbot.waitUntil(lambda: column(view, NOV_3) == ["코드 리뷰", "팀 회의"], timeout=10_000)

    window.go_to(date(2027, 5, 5))  # never fetched here
    label = view.findChild(type(window.month_title), "gridBusy")
    assert label is not None
    qtbot.waitUntil(label.isVisible, timeout=10_000)
    assert "never loaded" in label.text() and "2027" in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert view.viewport().rect().contains(label.geometry())


# --- switching ---------------------------------------------------------------------------------


def test_ctrl_2_shows_the_week_and_the_next_start_opens_on_it(
    seeded: Seeded,
    make_window: WindowFactory,
    app_settings: AppSettings,
    qtbot: QtBot,
) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.month_view.setFocus()
    assert window.views.actions[ViewKind.WEEK].shortcut() == QKeySequence("Ctrl+2")

    qtbot.keyClick(window.month_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)

    view = week(window)
    assert view.isVisible() and view.hasFocus()
    assert window.month_title.text() == "2026년 11월 22일 – 28일"
    window.close()

    again = make_window()
    assert isinstance(again.active_view, WeekView)
    assert again.month_title.text() == "2026년 11월 22일 – 28일"
    qtbot.waitUntil(lambda: again.months.span_complete, timeout=10_000)


def test_the_week_view_has_accessible_names(
    seeded: Seeded, make_window: WindowFactory, app_settings: AppSettings, qtbot: QtBot
) -> None:
    window = week_window(make_window, app_settings, locale=ENGLISH)
    view = shown_week(window, NOV_3, qtbot)
    qtbot.waitUntil(lambda: len(column(view, NOV_3)) == 2)
    assert view.accessibleName() == "Week calendar"
    review = entry_titled(view, "코드 리뷰")
    text = view.week_model.index_of_entry(review).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "November 3, 2026" in text and "코드 리뷰" in text and "개발팀" in text
    view.select_entry(review)
    assert "코드 리뷰" in view.accessibleDescription()
