"""The window shows one view at a time: Ctrl+1…5 and the View menu switch, the choice is kept
across starts, and a view's days read the months they touch (each once) from the same memory
and cache as the month grid. A small stand-in view makes these tests independent of any one
view's look."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.domain.calendar import week_start
from desktop.domain.models import Event, new_id
from desktop.views.calendar_view import Editable, Span, ViewKind
from desktop.views.month_model import DayEntry
from desktop.views.window import view_switch
from desktop.workers.months import DayLists
from tests.views.conftest import ENGLISH, Seeded, WindowFactory


class StandInWeek(QLabel, Editable):
    """A week that lists its entries' titles: enough to see what the window gives a view."""

    kind = ViewKind.WEEK
    eventSelected = Signal(object)  # noqa: N815
    eventActivated = Signal(object)  # noqa: N815
    newEventRequested = Signal(object)  # noqa: N815
    dayExpanded = Signal(object)  # noqa: N815
    eventDropped = Signal(object, object)  # noqa: N815
    monthStep = Signal(int)  # noqa: N815
    todayRequested = Signal()  # noqa: N815
    deleteRequested = Signal(object)  # noqa: N815
    menuRequested = Signal(object, object, QPoint)  # noqa: N815

    def __init__(self, _window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.entries: DayLists[DayEntry] = DayLists()
        self.sent = 0  # how many times it was given its entries
        self.day: date | None = None
        self._selected: DayEntry | None = None

    def span(self, anchor: date, first_weekday: int) -> Span:
        first = week_start(anchor, first_weekday)
        return Span.of_days(first, first + timedelta(days=6))

    def step(self, anchor: date, steps: int) -> date:
        return anchor + timedelta(days=7 * steps)

    def title(self, locale: QLocale, anchor: date) -> str:
        return f"week of {anchor.isoformat()}"

    def show_anchor(self, anchor: date, today: date, first_weekday: int) -> None:
        self.day = anchor

    def show_entries(self, entries: DayLists[DayEntry]) -> None:
        self.entries = entries
        self.sent += 1
        self.setText("\n".join(e.event.title for e in entries))

    def set_holidays(self, holidays: Any) -> None:
        pass

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy_text = text if busy else ""

    @property
    def selected_entry(self) -> DayEntry | None:
        return self._selected

    def current_date(self) -> date | None:
        return self.day

    def select_date(self, day: date) -> None:
        self.day = day

    def select_entry(self, entry: DayEntry | None) -> None:
        self._selected = entry
        self.eventSelected.emit(entry)

    def refresh_selection(self) -> None:
        pass

    def dragged_entry(self, mime: QMimeData) -> DayEntry | None:
        return None

    def entries_on(self, day: date) -> list[DayEntry]:
        return list(self.entries.by_day.get(day, []))

    def viewport(self) -> QWidget:
        return self

    def titles(self) -> list[str]:
        return [e.event.title for e in self.entries]


REAL_VIEWS = dict(view_switch.VIEW_CLASSES)


def view_switch_classes() -> dict[ViewKind, tuple[str, str]]:
    """The app's own views (not the stand-in)."""
    return dict(REAL_VIEWS)


@pytest.fixture(autouse=True)
def stand_in_week(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the stand-in week is there (the other views are not offered)."""
    monkeypatch.setattr(
        view_switch, "VIEW_CLASSES", {ViewKind.WEEK: (__name__, StandInWeek.__name__)}
    )


def _reads(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, date]]:
    """Every Query of the events index, by (department, first day of the month)."""
    counted: Counter[tuple[str, date]] = Counter()
    original = DynamoStore.events_between

    def counting(self: DynamoStore, department_id: str, start: date, end: date) -> Any:
        counted[(department_id, start.replace(day=1))] += 1
        return original(self, department_id, start, end)

    monkeypatch.setattr(DynamoStore, "events_between", counting)
    return counted


def test_ctrl_2_shows_the_week_and_a_week_across_two_months_reads_each_once(
    qtbot: QtBot,
    make_window: WindowFactory,
    seeded: Seeded,
    store: DynamoStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store.create_event(Event(new_id(), seeded.development.id, date(2026, 12, 2), "송년회 준비"))
    store.create_event(Event(new_id(), seeded.development.id, date(2026, 11, 30), "주간 보고"))
    reads = _reads(monkeypatch)
    window = make_window()
    window.go_to(date(2026, 11, 30))  # Monday 30 November: the week runs into December
    qtbot.waitUntil(lambda: not window.months.loading)
    window.views.actions[ViewKind.WEEK].trigger()  # Ctrl+2
    week = window.active_view
    assert isinstance(week, StandInWeek)
    qtbot.waitUntil(lambda: "송년회 준비" in week.titles(), timeout=10_000)
    assert week.titles() == ["주간 보고", "송년회 준비"]
    assert window.month_title.text() == "week of 2026-11-30"
    qtbot.waitUntil(lambda: window.months.span_complete)
    development = seeded.development.id
    assert reads[(development, date(2026, 11, 1))] == 1
    assert reads[(development, date(2026, 12, 1))] == 1
    # Back to the month and to the week again: nothing is read twice while fresh.
    window.views.actions[ViewKind.MONTH].trigger()
    window.views.actions[ViewKind.WEEK].trigger()
    qtbot.waitUntil(lambda: window.months.span_complete)
    assert reads[(development, date(2026, 11, 1))] == 1
    assert reads[(development, date(2026, 12, 1))] == 1


def test_the_view_is_remembered_and_the_pages_move_by_a_week(
    qtbot: QtBot, make_window: WindowFactory, seeded: Seeded
) -> None:
    window = make_window()
    window.views.actions[ViewKind.WEEK].trigger()
    window.close()
    again = make_window()
    assert again.views.kind == ViewKind.WEEK
    week = again.active_view
    assert isinstance(week, StandInWeek)
    qtbot.waitUntil(lambda: "팀 회의" not in week.titles())  # 26 November's week: none
    again.go_to(date(2026, 11, 3))
    qtbot.waitUntil(lambda: "팀 회의" in week.titles())
    assert again.count_label.text() == "2 events this week"  # not "this month"
    week.monthStep.emit(1)  # PgDn
    assert week.day == date(2026, 11, 10)
    qtbot.waitUntil(lambda: week.titles() == [])
    assert again.window_actions.next_action.text() == "Next week"


def test_only_the_views_this_build_has_are_offered(
    make_window: WindowFactory, seeded: Seeded
) -> None:
    window = make_window()
    actions = window.views.actions
    assert actions[ViewKind.MONTH].isVisible() and actions[ViewKind.WEEK].isVisible()
    assert not actions[ViewKind.YEAR].isVisible()
    assert actions[ViewKind.WEEK].shortcut().toString() == "Ctrl+2"


def test_the_views_are_made_after_the_first_paint_so_the_first_switch_only_switches(
    qtbot: QtBot, make_window: WindowFactory, seeded: Seeded
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: ViewKind.WEEK in window.views.views)
    assert window.views.kind == ViewKind.MONTH  # made, not shown
    assert window.active_view is window.month_view


def test_at_1024_by_600_new_event_and_every_view_button_stay_on_the_toolbar(
    qtbot: QtBot, make_window: WindowFactory, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(view_switch, "VIEW_CLASSES", view_switch_classes())
    window = make_window(locale=ENGLISH)
    window.resize(1024, 600)
    actions = window.window_actions
    toolbar = actions.toolbar
    for kind in view_switch.available_kinds():
        window.views.show(kind)
        qtbot.waitUntil(lambda: toolbar.widgetForAction(actions.new_action).isVisible())
        for action in window.views.actions.values():
            assert toolbar.widgetForAction(action).isVisible(), (kind, action.text())


def test_back_to_a_crowded_month_from_unchanged_months_every_week_shows_at_once(
    qtbot: QtBot, make_window: WindowFactory, seeded: Seeded
) -> None:
    window = make_window()
    development, november = seeded.development.id, date(2026, 11, 1)
    memory = window.months.memory
    crowd = [
        Event(f"crowd-{n}", development, november + timedelta(days=n % 30), f"고객 문의 {n}")
        for n in range(800)
    ]
    memory.replace_events(development, november, memory.events(development, november) + crowd)
    window.months.paint()
    qtbot.waitUntil(lambda: not window.model.filling)
    shown = window.model.event_count_in_month()
    window.views.actions[ViewKind.WEEK].trigger()
    week = window.active_view
    assert isinstance(week, StandInWeek)
    qtbot.waitUntil(lambda: "고객 문의 25" in week.titles())
    window.views.actions[ViewKind.MONTH].trigger()
    # The grid kept its events: no week is shown empty or old while it fills again.
    assert not window.model.filling
    assert window.model.event_count_in_month() == shown == 802


def test_a_view_shown_again_shows_what_changed_meanwhile(
    qtbot: QtBot, make_window: WindowFactory, seeded: Seeded
) -> None:
    window = make_window()
    window.views.actions[ViewKind.WEEK].trigger()
    week = window.active_view
    assert isinstance(week, StandInWeek)
    qtbot.waitUntil(lambda: window.months.span_complete)
    given, counted = week.sent, window.count_label.text()
    window.views.actions[ViewKind.MONTH].trigger()
    window.views.actions[ViewKind.WEEK].trigger()
    assert week.sent == given  # nothing changed: the week keeps what it shows
    # An event out of the week, added while the month grid is shown: the week is the same.
    window.views.actions[ViewKind.MONTH].trigger()
    window.months.put_event(Event(new_id(), seeded.development.id, date(2026, 11, 4), "면담"))
    assert window.count_label.text() != counted  # the month's count
    window.views.actions[ViewKind.WEEK].trigger()
    assert window.count_label.text() == counted  # the status bar counts the week's events
    # While the month grid is shown, an event is added and another waits in the outbox.
    window.views.actions[ViewKind.MONTH].trigger()
    outing = Event(new_id(), seeded.development.id, date(2026, 11, 27), "야유회")
    window.months.put_event(outing)
    qtbot.waitUntil(lambda: window.model.entries_on(outing.event_date) != [])
    window.views.actions[ViewKind.WEEK].trigger()
    qtbot.waitUntil(lambda: "야유회" in week.titles())
    window.views.actions[ViewKind.MONTH].trigger()
    window.months.set_states({(outing.id, outing.department_id): "pending"})
    window.views.actions[ViewKind.WEEK].trigger()
    qtbot.waitUntil(lambda: [e.state for e in week.entries_on(outing.event_date)] == ["pending"])
