"""A crowded month never stalls the window: its entries are arranged on a worker, the grid
takes them a week per event-loop pass, and a day paints only the lines that fit."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.data.cache import CachedMonth
from desktop.domain.models import Event
from desktop.domain.rules import event_order
from desktop.views import day_delegate, month_controller
from desktop.views.colors import department_color
from desktop.views.month_model import TOOLTIP_EVENTS, DayEntry, MonthModel, Roles
from desktop.views.month_view import DayDelegate, MonthView, day_layout
from desktop.workers.connectivity import ConnectivityMonitor
from desktop.workers.months import DayLists
from desktop.workers.tasks import TaskRunner
from tests.views.test_month_controller import FETCHED, NOV, FakeService

KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
TIMES = ["오후 2:00", "오전 9:00", "종일", "", "오후 10:00", "점심 후"]
OVERLAYS = ["o1", "o2", "o3", "o4"]


def crowded(department: str, per_day: int, days: int = 30) -> list[Event]:
    """``per_day`` events on each of November's first ``days`` days, in no useful order."""
    return [
        Event(
            f"{department}-{day}-{n}",
            department,
            NOV + timedelta(days=day),
            f"고객 문의 대응 {(n * 7919) % 97}",
            time=TIMES[(n * 31 + day) % len(TIMES)],
        )
        for n in range(per_day)
        for day in range(days)
    ]


def entries_of(events: list[Event], name: str = "고객지원팀") -> list[DayEntry]:
    colors = {e.department_id: department_color(e.department_id) for e in events}
    return [DayEntry(e, name, colors[e.department_id]) for e in events]


def model_in_november() -> MonthModel:
    model = MonthModel(KOREAN)
    model.set_month(NOV, today=date(2026, 11, 26))
    return model


def test_a_30000_event_month_reaches_the_grid_a_week_per_pass(qtbot: QtBot) -> None:
    model = model_in_november()
    before = entries_of([Event("old", "d1", date(2026, 11, 3), "지난 일정")])
    model.set_entries(before)
    # The busy department's 30,000 events and four overlays.
    events = crowded("busy", 1000) + [e for d in OVERLAYS for e in crowded(d, 3)]
    changes: list[tuple[int, int, int, int]] = []

    def changed(top: QModelIndex, bottom: QModelIndex, *_: Any) -> None:
        changes.append((top.row(), top.column(), bottom.row(), bottom.column()))

    model.dataChanged.connect(changed)
    with qtbot.waitSignal(model.filled, timeout=10_000):
        model.set_entries(entries_of(events))
        # Readers get the whole month at once: the day dialog, the counts, the selection.
        assert len(model.entries_on(date(2026, 11, 3))) == 1000 + len(OVERLAYS) * 3
        assert model.event_count_in_month() == len(events)
        assert changes == []  # the grid is not asked to paint it in this pass
        assert model.filling
    # No update spans more than a week; every week was updated once.
    assert sorted(changes) == [(row, 0, row, 6) for row in range(6)]
    assert not model.filling
    order = event_order()
    for day in model.days:
        shown = model.data(model.index_of(day), Roles.ENTRIES)
        assert shown == model.entries_on(day)
        assert [order(e.event) for e in shown] == sorted(order(e.event) for e in shown)
    assert len(model.all_entries()) == len(events)


def test_a_newer_month_replaces_one_still_filling(qtbot: QtBot) -> None:
    model = model_in_november()
    with qtbot.waitSignal(model.filled, timeout=10_000):
        model.set_entries(entries_of(crowded("busy", 100)))
        newer = entries_of(crowded("busy", 50, days=10))
        model.set_entries(newer)
    assert model.all_entries() == sorted(
        newer, key=lambda e: (e.event.event_date, event_order()(e.event))
    )
    shown = [e for day in model.days for e in model.data(model.index_of(day), Roles.ENTRIES)]
    assert shown == model.all_entries()  # nothing of the older month is left on the grid


def test_a_day_of_1000_events_paints_only_the_lines_that_fit(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = model_in_november()
    view = MonthView(model)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    day = date(2026, 11, 10)
    with qtbot.waitSignal(model.filled, timeout=10_000):
        model.set_entries(entries_of(crowded_on(day, 1000)))
    QApplication.processEvents()  # the view's own layout after the change
    labels: list[str] = []
    label = DayEntry.label
    chip = day_delegate._Chips.get

    def counting_label(self: DayEntry) -> str:
        labels.append(self.event.id)
        return label(self)

    def counting_chip(self: Any, entry: DayEntry, *args: Any) -> Any:
        labels.append(entry.event.id)
        return chip(self, entry, *args)

    monkeypatch.setattr(DayEntry, "label", counting_label)
    monkeypatch.setattr(day_delegate._Chips, "get", counting_chip)
    view.viewport().repaint()
    index = model.index_of(day)
    layout = day_layout(view.visualRect(index), 1000, view.fontMetrics())
    assert 0 < len(layout.lines) < 20
    assert layout.more_count == 1000 - len(layout.lines)
    assert len(labels) == len(layout.lines)  # not 1,000 texts laid out, nor elided
    assert labels == [e.event.id for e in model.entries_on(day)[: len(labels)]]
    # The day's tooltip names a screenful, then how many more.
    labels.clear()
    text = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert len(labels) == TOOLTIP_EVENTS
    assert f"+{1000 - TOOLTIP_EVENTS}" in text
    assert len(model.entries_on(day)) == 1000  # the day dialog still lists them all


def crowded_on(day: date, count: int) -> list[Event]:
    return [
        Event(f"e{n}", "busy", day, f"일정 {n:04d}", time=TIMES[n % len(TIMES)])
        for n in range(count)
    ]


class ServiceWithRunner(FakeService):
    def __init__(self) -> None:
        super().__init__()
        self.runner = TaskRunner(threads=1)


def test_a_crowded_month_is_arranged_off_the_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = ServiceWithRunner()
    connectivity = ConnectivityMonitor(watch_system=False)
    months = month_controller.MonthController(
        service,  # type: ignore[arg-type]
        connectivity,
        shown=lambda: ["busy", *OVERLAYS],
        names=lambda d: f"{d}팀",
        first_weekday=7,
        month=NOV,
        parent=connectivity,
    )
    built_here: list[bool] = []

    def recording_entry(*args: Any) -> DayEntry:
        built_here.append(threading.current_thread() is threading.main_thread())
        return DayEntry(*args)

    monkeypatch.setattr(month_controller, "DayEntry", recording_entry)
    found = {"busy": CachedMonth(crowded("busy", 1000), FETCHED)}
    found |= {d: CachedMonth(crowded(d, 3), FETCHED) for d in OVERLAYS}
    months.keep_cached(NOV, found)
    sent: list[DayLists[DayEntry]] = []
    months.entriesChanged.connect(sent.append)
    with qtbot.waitSignal(months.entriesChanged, timeout=20_000):
        months.paint()
        months.paint()  # again before the first arrives: that one is dropped
        assert sent == []  # nothing arranged in this pass
    qtbot.waitUntil(lambda: not service.runner.busy)
    assert len(sent) == 1
    assert built_here and not any(built_here)
    entries = sent[0]
    assert len(entries) == 30_000 + len(OVERLAYS) * 90
    order = event_order()
    for day_entries in entries.by_day.values():
        assert [order(e.event) for e in day_entries] == sorted(order(e.event) for e in day_entries)
    months.paint()  # the same again: compared on the worker, not sent
    qtbot.waitUntil(lambda: not service.runner.busy)
    assert len(sent) == 1
    service.runner.close()


class PaintCounter(QObject):
    """Counts, for each paint event of the grid's viewport, the cells the delegate paints
    and the event lines it lays out for the first time (the first paint's cost)."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[int] = []
        self.new_lines: list[int] = []
        self.seen: set[str] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.cells.append(0)
            self.new_lines.append(0)
        return False

    def label(self, entry: DayEntry, text: str) -> None:
        if self.new_lines and entry.event.id not in self.seen:
            self.seen.add(entry.event.id)
            self.new_lines[-1] += 1


def test_no_paint_of_a_filling_month_paints_more_than_a_week(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = PaintCounter()
    paint = DayDelegate.paint

    def counting_paint(self: DayDelegate, *args: Any) -> None:
        if counter.cells:
            counter.cells[-1] += 1
        paint(self, *args)

    monkeypatch.setattr(DayDelegate, "paint", counting_paint)  # before the view is made
    chip = day_delegate._Chips.get

    def counting_chip(self: Any, entry: DayEntry, *args: Any) -> Any:
        laid_out = chip(self, entry, *args)
        counter.label(entry, laid_out.title_shown)
        return laid_out

    monkeypatch.setattr(day_delegate._Chips, "get", counting_chip)
    model = model_in_november()
    view = MonthView(model)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()  # the view's own layout and first paint after showing
    view.viewport().installEventFilter(counter)
    view.viewport().repaint()
    assert counter.cells == [42]  # a whole repaint: every cell
    counter.cells.clear()
    fitting = len(day_layout(view.visualRect(model.index(0, 0)), 1000, view.fontMetrics()).lines)
    events = crowded("busy", 1000, days=42) + [e for d in OVERLAYS for e in crowded(d, 3)]
    model.set_entries(entries_of(events))
    qtbot.waitUntil(lambda: len(counter.seen) == fitting * 42)
    # Each paint lays out one week's lines (a week's cells and the edge of its neighbour's).
    assert len(counter.new_lines) >= 6
    assert max(counter.new_lines) <= fitting * 7
    assert max(counter.cells) <= 2 * 7
