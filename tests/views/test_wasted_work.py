"""Counting the work: a cross-department drag and a start-up on a saved month."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QMimeData, Qt
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.views.month_model import MonthModel
from desktop.views.month_view import EVENT_MIME
from desktop.workers.tasks import TaskRunner
from tests.views.conftest import Seeded, WindowFactory

NOV = (date(2026, 11, 1), date(2026, 11, 30))


class Counts:
    def __init__(self) -> None:
        self.rebuilds = 0
        self.trips = 0
        self.requests: list[str] = []
        # Worker round trips and table reads before the grid first showed events.
        self.before_events: tuple[int, int] | None = None


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch, store: DynamoStore) -> Iterator[Counts]:
    counted = Counts()
    set_entries = MonthModel.set_entries
    submit = TaskRunner.submit
    call = DynamoStore._call

    def counting_set_entries(self: MonthModel, *a: Any, **k: Any) -> None:
        counted.rebuilds += 1
        set_entries(self, *a, **k)
        if counted.before_events is None and self.all_entries():
            counted.before_events = (counted.trips, counted.requests.count("Query"))

    def counting_submit(self: TaskRunner, *a: Any, **k: Any) -> int:
        counted.trips += 1
        return submit(self, *a, **k)

    def counting_call(self: DynamoStore, operation: str, *a: Any, **k: Any) -> Any:
        counted.requests.append(operation)
        return call(self, operation, *a, **k)

    monkeypatch.setattr(MonthModel, "set_entries", counting_set_entries)
    monkeypatch.setattr(TaskRunner, "submit", counting_submit)
    monkeypatch.setattr(DynamoStore, "_call", counting_call)
    yield counted


def test_a_drag_to_another_department_rebuilds_the_grid_at_most_twice(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot, counts: Counts
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: not window.service.runner.busy)  # the neighbours are prefetched
    entry = next(e for e in window.model.all_entries() if e.event.title == "코드 리뷰")
    counts.rebuilds, counts.trips, counts.requests = 0, 0, []
    mime = QMimeData()
    mime.setData(EVENT_MIME, QByteArray(f"{entry.event.id}\n{entry.event.department_id}".encode()))
    window.departments_panel.eventDropped.emit(mime, seeded.sales.id)
    assert "코드 리뷰" not in [e.event.title for e in window.model.all_entries()]  # at once
    qtbot.waitUntil(lambda: not window.service.pending and not window.service.runner.busy)
    assert "코드 리뷰" in [e.title for e in store.events_between(seeded.sales.id, *NOV).events]
    # Before: 7 rebuilds of the month model for one drag.
    assert counts.rebuilds <= 2
    # Only the move, through the outbox: is the original unchanged, write the new item, delete
    # the original. No month is read again (both are fresh).
    # (DescribeTable: the first send of a connection reads the table's write capacity once.)
    assert [r for r in counts.requests if r != "DescribeTable"] == [
        "GetItem",
        "PutItem",
        "DeleteItem",
    ]
    assert counts.requests.count("DescribeTable") <= 1


def test_a_drag_to_another_day_rebuilds_the_grid_at_most_twice(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot, counts: Counts
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: not window.service.runner.busy)
    entry = next(e for e in window.model.all_entries() if e.event.title == "코드 리뷰")
    counts.rebuilds, counts.trips, counts.requests = 0, 0, []
    window.month_view.eventDropped.emit(entry, date(2026, 11, 10))
    assert [e.event.title for e in window.model.entries_on(date(2026, 11, 10))] == ["코드 리뷰"]
    qtbot.waitUntil(lambda: not window.service.pending and not window.service.runner.busy)
    moved = [e for e in window.model.all_entries() if e.event.title == "코드 리뷰"]
    assert [(e.event.event_date, e.state) for e in moved] == [(date(2026, 11, 10), "")]
    assert "코드 리뷰" in [
        e.title for e in store.events_between(seeded.development.id, *NOV).events
    ]
    # Before: 5 rebuilds (forget, put, the recorded version, its mark, the sent version).
    assert counts.rebuilds <= 2


def test_a_drag_to_an_overlaid_department_rebuilds_the_grid_at_most_twice(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot, counts: Counts
) -> None:
    window = make_window()
    panel = window.departments_panel
    row = panel.model.row_of(seeded.sales.id)
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        panel.model.setData(
            panel.model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    qtbot.waitUntil(lambda: not window.service.runner.busy)
    entry = next(e for e in window.model.all_entries() if e.event.title == "코드 리뷰")
    counts.rebuilds, counts.trips, counts.requests = 0, 0, []
    mime = QMimeData()
    mime.setData(EVENT_MIME, QByteArray(f"{entry.event.id}\n{entry.event.department_id}".encode()))
    panel.eventDropped.emit(mime, seeded.sales.id)
    shown = [e for e in window.model.all_entries() if e.event.title == "코드 리뷰"]
    assert [e.event.department_id for e in shown] == [seeded.sales.id]  # at once
    qtbot.waitUntil(lambda: not window.service.pending and not window.service.runner.busy)
    shown = [e for e in window.model.all_entries() if e.event.title == "코드 리뷰"]
    assert [(e.event.department_id, e.state) for e in shown] == [(seeded.sales.id, "")]
    assert "코드 리뷰" in [e.title for e in store.events_between(seeded.sales.id, *NOV).events]
    # Before: 5 rebuilds of the month model for one drag.
    assert counts.rebuilds <= 2
    # (DescribeTable: the first send of a connection reads the table's write capacity once.)
    assert [r for r in counts.requests if r != "DescribeTable"] == [
        "GetItem",
        "PutItem",
        "DeleteItem",
    ]
    assert counts.requests.count("DescribeTable") <= 1


def test_start_up_on_a_saved_month_reads_the_cache_once(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    counts: Counts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.data.cache import Cache

    first = make_window()  # the department is never clicked: the first one is shown
    qtbot.waitUntil(lambda: not first.service.runner.busy)
    first.close()
    month = Cache.month
    read: list[tuple[str, date]] = []

    def counting_month(self: Cache, department_id: str, first_day: date) -> Any:
        read.append((department_id, first_day))
        return month(self, department_id, first_day)

    monkeypatch.setattr(Cache, "month", counting_month)
    counts.trips, counts.rebuilds, counts.requests, counts.before_events = 0, 0, [], None
    again = make_window(wait=False)
    qtbot.waitUntil(lambda: again.service.store is not None)
    qtbot.waitUntil(lambda: not again.service.runner.busy)
    # Before: the cached month was read twice (with the departments, then again once the
    # first department was chosen) and painted only after 9 worker round trips.
    # (The neighbours are read ahead from the cache after the paint, not from the table.)
    assert [r for r in read if r[1] == date(2026, 11, 1)] == [(seeded.development.id, NOV[0])]
    # Painted from the cache before any read of the table, after two round trips: open the
    # cache, read the departments with the month.
    assert counts.before_events == (2, 0)
