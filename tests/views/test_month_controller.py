"""The month controller without a window or a server: a fake service, signals counted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.data.cache import CachedMonth
from desktop.domain.models import Event
from desktop.views.month_controller import MonthController
from desktop.views.month_model import DayEntry
from desktop.workers.connectivity import ConnectivityMonitor
from desktop.workers.months import DayLists

NOV = date(2026, 11, 1)
FETCHED = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


class FakeService:
    """What the controller asks of CalendarService, recorded; the store never opens."""

    store = None

    def __init__(self) -> None:
        self.runner = SimpleNamespace(forget=lambda _key: None)
        self.cache_reads: list[tuple[list[str], date]] = []
        self.answer: Callable[[dict[str, CachedMonth]], None] | None = None

    def cached_month(self, department_ids: list[str], month: date, on_result: Any, **_: Any) -> int:
        self.cache_reads.append((department_ids, month))
        self.answer = on_result
        return 1

    def open_store(self) -> None:
        pass


def controller(qtbot: QtBot, service: FakeService, shown: list[str]) -> MonthController:
    connectivity = ConnectivityMonitor(watch_system=False)
    months = MonthController(
        service,  # type: ignore[arg-type]
        connectivity,
        shown=lambda: shown,
        names={"dev": "개발팀", "sales": "영업팀"}.get,  # type: ignore[arg-type]
        first_weekday=7,
        month=NOV,
    )
    months.setParent(connectivity)
    return months


def test_the_grid_is_sent_entries_only_when_they_change(qtbot: QtBot) -> None:
    service = FakeService()
    months = controller(qtbot, service, ["dev"])
    sent: list[DayLists[DayEntry]] = []
    months.entriesChanged.connect(sent.append)
    meeting = Event("e1", "dev", date(2026, 11, 3), "팀 회의")
    months.put_event(meeting)
    assert [[e.event.title for e in entries] for entries in sent] == [["팀 회의"]]
    months.put_event(Event("e2", "sales", date(2026, 11, 3), "다른 부서"))  # not shown
    months.forget_event(Event("e3", "dev", date(2026, 11, 9), "없던 일정"))
    months.set_states({})
    assert len(sent) == 1
    months.set_states({("e1", "dev"): "pending"})
    assert [e.state for e in sent[-1]] == ["pending"]
    months.clear()
    assert list(sent[-1]) == []


def test_a_change_replaces_its_original_in_one_paint(qtbot: QtBot) -> None:
    service = FakeService()
    months = controller(qtbot, service, ["dev", "sales"])
    meeting = Event("e1", "dev", date(2026, 11, 3), "팀 회의")
    months.put_event(meeting)
    sent: list[DayLists[DayEntry]] = []
    months.entriesChanged.connect(sent.append)
    moved = meeting.with_changes(department_id="sales", event_date=date(2026, 11, 10))
    months.replace(meeting, moved, mark=True)
    assert [[(e.event, e.state) for e in entries] for entries in sent] == [[(moved, "pending")]]
    months.replace(moved, moved)  # the same version again: nothing to paint
    assert len(sent) == 1
    months.replace(moved, None)
    assert list(sent[-1]) == []


def test_a_missing_month_is_read_from_the_cache_then_announced(qtbot: QtBot) -> None:
    service = FakeService()
    months = controller(qtbot, service, ["dev"])
    shown: list[date] = []
    months.monthShown.connect(shown.append)
    months.show_month(date(2026, 11, 20))
    assert service.cache_reads == [(["dev"], NOV)]
    assert shown == []  # nothing known yet; the store is not open
    assert service.answer is not None
    service.answer({"dev": CachedMonth([Event("e1", "dev", date(2026, 11, 3), "회의")], FETCHED)})
    assert shown == [NOV]
    assert months.fetched_at == FETCHED
    assert months.knows(NOV)
    months.show_month(NOV)  # known now: no second read of the cache
    assert len(service.cache_reads) == 1
