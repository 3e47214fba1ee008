"""The agenda through a real window on moto: days with events from the anchor, a month more
as it scrolls (each month read once), earlier months above without a jump, the search box
filtering it, the editing paths through the outbox, marks, offline, Korean and English."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt, QTranslator
from PySide6.QtGui import QContextMenuEvent, QDropEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.data.errors import OfflineError
from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.views import agenda_view
from desktop.views.agenda_model import AgendaModel, Kind, Marker
from desktop.views.agenda_view import AgendaView
from desktop.views.calendar_view import ViewKind
from desktop.views.main_window import MainWindow
from desktop.views.month_model import DayEntry
from desktop.views.month_view import EVENT_MIME
from tests.views.conftest import ENGLISH, KOREAN, TODAY, Seeded, WindowFactory
from tests.views.test_editing import closed, open_editor, save, table_titles
from tests.views.test_offline_months import restart_offline

DECEMBER_1 = date(2026, 12, 1)


def add(store: DynamoStore, department_id: str, day: date, title: str, **fields: str) -> Event:
    return store.create_event(Event(new_id(), department_id, day, title, **fields))


@pytest.fixture
def around_today(seeded: Seeded, store: DynamoStore) -> Seeded:
    """Today's two events (one all day), one two days later and one in December."""
    development = seeded.development.id
    add(store, development, TODAY, "오늘 점검", time="오후 3:00")
    add(store, development, TODAY, "전사 행사")
    add(store, development, date(2026, 11, 28), "주말 근무")
    add(store, development, date(2026, 12, 10), "송년회")
    return seeded


@pytest.fixture
def busy_december(seeded: Seeded, store: DynamoStore) -> Seeded:
    """Enough lines on December 1 that the agenda scrolls in any window."""
    for number in range(45):
        add(store, seeded.development.id, DECEMBER_1, f"점검 {number:02d}", time="오전 9:00")
    return seeded


def open_agenda(window: MainWindow, qtbot: QtBot, day: date = TODAY) -> AgendaView:
    window.views.show(ViewKind.AGENDA)
    view = window.active_view
    assert isinstance(view, AgendaView)
    window.go_to(day)
    settle(window, view, qtbot)
    return view


def settle(window: MainWindow, view: AgendaView, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.months.span_complete and not view.looking, timeout=10_000)
    qtbot.waitUntil(lambda: not window.months.arranging, timeout=10_000)


def lines(view: AgendaView) -> list[str]:
    """The rows as a reader scans them: ``# day`` headings, titles, and the notes' kinds."""
    shown = []
    for row in view.agenda_model.rows:
        if isinstance(row, DayEntry):
            shown.append(row.event.title)
        elif row.kind == Kind.DAY:
            shown.append(f"# {row.day.isoformat()}")
        else:
            shown.append(row.kind.name)
    return shown


def text_of(view: AgendaView, kind: Kind) -> str:
    model = view.agenda_model
    return next(model.text(r) for r in model.rows if isinstance(r, Marker) and r.kind == kind)


def row_of(view: AgendaView, wanted: str) -> int:
    return lines(view).index(wanted)


def center(view: AgendaView, number: int) -> QPoint:
    return view.visualRect(view.agenda_model.index(number)).center()


# --- what it shows -------------------------------------------------------------------------------


def test_days_with_events_from_today_in_english(
    around_today: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    view = open_agenda(window, qtbot)

    assert lines(view) == [
        "EARLIER",
        "# 2026-11-26",
        "전사 행사",  # all day first
        "오늘 점검",
        "# 2026-11-28",  # the empty 27th is skipped
        "주말 근무",
        "# 2026-12-10",
        "송년회",
        "END",
    ]
    model = view.agenda_model
    # The holiday's name comes from a worker a moment later.
    qtbot.waitUntil(
        lambda: model.text(model.rows[1]) == "Thursday, November 26, 2026, Today, Thanksgiving Day"
    )
    assert model.text(model.rows[2]) == "All day, 전사 행사, 개발팀"
    assert model.text(model.rows[3]) == "3:00 PM, 오늘 점검, 개발팀"
    assert text_of(view, Kind.END) == "No more events until Jan 31, 2027."
    assert text_of(view, Kind.EARLIER) == "Show earlier events (October 2026)"
    assert window.month_title.text() == "Agenda from Nov 26, 2026"
    assert (view.first_day, view.last_day) == (TODAY, date(2027, 1, 31))
    # Every month of the range was read (January is empty): the status bar counts them.
    assert "not been fetched" not in window.count_label.text()


@pytest.fixture
def korean_ui(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(Path(__file__).parents[2] / "resources/i18n/deptcal_ko.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_days_with_events_from_today_in_korean(
    around_today: Seeded, make_window: WindowFactory, qtbot: QtBot, korean_ui: None
) -> None:
    window = make_window(locale=KOREAN)
    view = open_agenda(window, qtbot)

    model = view.agenda_model
    assert model.text(model.rows[1]) == "2026년 11월 26일 목요일, 오늘"
    assert model.text(model.rows[2]) == "종일, 전사 행사, 개발팀"
    assert model.text(model.rows[3]) == "오후 3:00, 오늘 점검, 개발팀"
    assert text_of(view, Kind.END) == "이후 2027년 1월 31일까지 일정이 없습니다."
    view.set_holidays({TODAY: "창립 기념일"})
    assert model.text(model.rows[1]) == "2026년 11월 26일 목요일, 오늘, 창립 기념일"
    assert window.month_title.text() == "11월 26일부터 일정"


def test_today_heads_the_list_without_events_and_t_goes_back_to_it(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    view = open_agenda(window, qtbot, date(2026, 11, 1))
    assert lines(view)[:6] == [
        "EARLIER",
        "# 2026-11-03",
        "코드 리뷰",
        "팀 회의",
        "# 2026-11-26",
        "EMPTY_TODAY",
    ]
    assert lines(view)[-1] == "END"
    assert text_of(view, Kind.EMPTY_TODAY) == "No events today"

    window.go_to(date(2027, 1, 5))
    settle(window, view, qtbot)
    assert lines(view) == ["EARLIER", "END"]
    assert text_of(view, Kind.END) == "No events until Mar 31, 2027."

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_T)
    settle(window, view, qtbot)
    assert lines(view)[1:3] == ["# 2026-11-26", "EMPTY_TODAY"]
    assert view.first_day == TODAY
    assert view.current_date() == TODAY


def test_page_down_moves_a_month(
    around_today: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    view = open_agenda(window, qtbot)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    settle(window, view, qtbot)
    assert view.first_day == DECEMBER_1
    assert lines(view)[1:3] == ["# 2026-12-10", "송년회"]
    assert window.month_title.text() == "Agenda from Dec 1, 2026"


# --- its range grows ---------------------------------------------------------------------------


def counting_reads(store: DynamoStore, monkeypatch: pytest.MonkeyPatch) -> list[date]:
    """The first day of every month range read from the table."""
    reads: list[date] = []
    original = store.events_between

    def counted(department_id: str, first: date, last: date, *args: object, **kw: object):  # type: ignore[no-untyped-def]
        reads.append(first)
        return original(department_id, first, last, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "events_between", counted)
    return reads


def test_scrolling_near_the_bottom_reads_the_next_month_once(
    busy_december: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(store, busy_december.development.id, date(2027, 2, 10), "2월 워크숍")
    reads = counting_reads(store, monkeypatch)
    window = make_window(locale=ENGLISH)
    view = open_agenda(window, qtbot)
    assert "2월 워크숍" not in lines(view)
    assert view.last_day == date(2027, 1, 31)
    reads.clear()

    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(window, view, qtbot)

    assert "2월 워크숍" in lines(view)
    assert view.last_day >= date(2027, 2, 28)
    assert date(2027, 2, 1) in reads
    assert set(Counter(reads).values()) == {1}, reads
    assert text_of(view, Kind.END).startswith("No more events until")

    bar.setValue(0)
    bar.setValue(bar.maximum())
    settle(window, view, qtbot)
    assert Counter(reads)[date(2027, 2, 1)] == 1  # fresh: not read again


def wheel_up(view: AgendaView) -> None:
    pos = QPointF(20, 20)
    wheel = QWheelEvent(
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)


def test_earlier_months_come_above_without_moving_the_rows_shown(
    busy_december: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(store, busy_december.development.id, date(2026, 10, 15), "10월 행사")
    reads = counting_reads(store, monkeypatch)
    window = make_window(locale=ENGLISH)
    view = open_agenda(window, qtbot)
    heading = row_of(view, "# 2026-12-01")
    top = view.visualRect(view.agenda_model.index(heading)).top()

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center(view, 0))
    settle(window, view, qtbot)
    assert view.first_day == date(2026, 11, 1)
    assert lines(view)[1:4] == ["# 2026-11-03", "코드 리뷰", "팀 회의"]
    moved = row_of(view, "# 2026-12-01")
    assert moved > heading
    assert view.visualRect(view.agenda_model.index(moved)).top() == top  # no jump

    reads.clear()
    view.verticalScrollBar().setValue(0)
    first_line = view.indexAt(QPoint(5, 5)).row()
    shown_first = lines(view)[first_line + 1]
    wheel_up(view)  # at the top: the month before
    settle(window, view, qtbot)
    assert view.first_day == date(2026, 10, 1)
    assert "10월 행사" in lines(view)
    assert reads == [date(2026, 10, 1)]
    # What was the second line on the screen still is.
    assert lines(view)[view.indexAt(QPoint(5, 5)).row() + 1] == shown_first


# --- the search box ------------------------------------------------------------------------------


@pytest.mark.parametrize("on_worker", [False, True], ids=["here", "on a worker"])
def test_the_search_box_filters_the_agenda_and_not_the_month(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    on_worker: bool,
) -> None:
    if on_worker:  # as with a busy department's year of events
        monkeypatch.setattr(agenda_view, "SEARCH_HERE", 0)
    add(store, seeded.development.id, date(2026, 11, 20), "주간 점검", description="회의실 B")
    window = make_window(locale=ENGLISH)
    view = open_agenda(window, qtbot, date(2026, 11, 1))
    panel = window.departments_panel

    panel.filter.setText("회의")
    qtbot.waitUntil(lambda: "주간 점검" in lines(view) and "코드 리뷰" not in lines(view))
    assert lines(view) == ["EARLIER", "# 2026-11-03", "팀 회의", "# 2026-11-20", "주간 점검", "END"]
    assert "회의" in text_of(view, Kind.END)
    assert not panel.found.isVisible()  # the list itself is the result

    panel.filter.setText("개발")  # the department's name
    qtbot.waitUntil(lambda: "코드 리뷰" in lines(view))
    assert [t for t in lines(view) if not t.startswith(("#", "E"))] == [
        "코드 리뷰",
        "팀 회의",
        "주간 점검",
    ]

    panel.clear_search()
    qtbot.waitUntil(lambda: "EMPTY_TODAY" in lines(view))
    assert "EMPTY_TODAY" in lines(view)
    assert "주간 점검" in lines(view)

    panel.filter.setText("회의")
    qtbot.waitUntil(lambda: view.search_text == "회의")
    window.views.show(ViewKind.MONTH)  # the month keeps its results list
    qtbot.waitUntil(lambda: panel.results.count() == 2, timeout=10_000)
    assert panel.found.isVisible()


# --- the editing paths ---------------------------------------------------------------------------


def test_double_click_edits_and_an_edit_offline_is_marked_pending(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    view = open_agenda(window, qtbot, date(2026, 11, 1))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=center(view, row_of(view, "팀 회의"))
    )
    assert view.selected_entry is not None
    assert view.selected_entry.event.title == "팀 회의"
    qtbot.waitUntil(lambda: window.detail.entry is not None)

    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=center(view, row_of(view, "팀 회의"))
    )
    dialog = open_editor(window, qtbot)
    dialog.title_edit.setText("팀 회의 (변경)")

    def offline(*_args: object, **_kwargs: object) -> Event:
        raise OfflineError.build(store.settings.endpoint_label(), "test")

    original = store.update_event
    store.update_event = offline  # type: ignore[method-assign]
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: "팀 회의 (변경)" in lines(view))
    row = view.agenda_model.rows[row_of(view, "팀 회의 (변경)")]
    qtbot.waitUntil(lambda: view.agenda_model.text(row).endswith("pending"))
    qtbot.waitUntil(lambda: window.banner.kind == "offline")

    store.update_event = original  # type: ignore[method-assign]
    window.connectivity.retry_now()
    qtbot.waitUntil(lambda: "팀 회의 (변경)" in table_titles(store, seeded.development.id))


def test_enter_on_a_heading_adds_an_event_and_arrows_choose_an_event(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    view = open_agenda(window, qtbot, date(2026, 11, 1))
    view.setCurrentIndex(view.agenda_model.index(row_of(view, "# 2026-11-03")))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = open_editor(window, qtbot)
    assert dialog.original is None
    assert dialog.date_edit.date().toPython() == date(2026, 11, 3)
    dialog.reject()
    qtbot.waitUntil(lambda: closed(dialog))

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the day's first event: selected, Enter edits it
    assert view.selected_entry is not None
    assert view.selected_entry.event.title == "코드 리뷰"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = open_editor(window, qtbot)
    assert dialog.original is not None and dialog.original.title == "코드 리뷰"
    dialog.reject()


def test_delete_key_deletes_the_selected_event(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    view = open_agenda(window, qtbot, date(2026, 11, 1))
    view.setFocus()
    view.setCurrentIndex(view.agenda_model.index(row_of(view, "코드 리뷰")))
    assert view.selected_entry is not None
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "코드 리뷰" not in lines(view))
    qtbot.waitUntil(lambda: "코드 리뷰" not in table_titles(store, seeded.development.id))


def test_an_event_dropped_on_a_day_heading_moves_there(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    view = open_agenda(window, qtbot, date(2026, 11, 1))
    entry = view.agenda_model.rows[row_of(view, "팀 회의")]
    assert isinstance(entry, DayEntry)
    mime = QMimeData()
    mime.setData(EVENT_MIME, QByteArray(f"{entry.event.id}\n{entry.event.department_id}".encode()))
    assert view.dragged_entry(mime) == entry  # what the departments panel asks on a drop
    drop = QDropEvent(
        QPointF(center(view, row_of(view, "# 2026-11-26"))),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)
    qtbot.waitUntil(lambda: lines(view)[row_of(view, "# 2026-11-26") + 1] == "팀 회의")

    def moved() -> bool:
        events = store.events_between(seeded.development.id, TODAY, TODAY).events
        return [e.title for e in events] == ["팀 회의"]

    qtbot.waitUntil(moved)


def test_the_context_menu_of_an_event(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QPoint] = []
    monkeypatch.setattr(QMenu, "popup", lambda _menu, where, *_args: shown.append(where))
    window = make_window(locale=ENGLISH)
    view = open_agenda(window, qtbot, date(2026, 11, 1))
    pos = center(view, row_of(view, "팀 회의"))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    menu = window.event_menus.menu
    assert menu is not None
    assert "delete" in [a.objectName() for a in menu.actions()]
    assert view.selected_entry is not None and view.selected_entry.event.title == "팀 회의"
    assert shown


# --- offline -------------------------------------------------------------------------------------


def test_a_month_never_fetched_offline_says_so_in_the_list(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = restart_offline(seeded, store, make_window, qtbot)  # November and December saved
    window.views.show(ViewKind.AGENDA)
    view = window.active_view
    assert isinstance(view, AgendaView)
    window.go_to(TODAY)
    qtbot.waitUntil(lambda: "NEVER" in lines(view), timeout=10_000)
    qtbot.waitUntil(lambda: "송년회" in lines(view), timeout=10_000)
    rows = lines(view)
    assert rows.index("송년회") < rows.index("NEVER") < rows.index("END")
    assert text_of(view, Kind.NEVER).startswith("January 2027: never loaded on this computer")


# --- the model ------------------------------------------------------------------------------------


def test_the_model_passes_qt_model_tester(
    around_today: Seeded, make_window: WindowFactory, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(locale=ENGLISH)
    view = open_agenda(window, qtbot)
    model = view.agenda_model
    assert isinstance(model, AgendaModel)
    qtmodeltester.check(model)
