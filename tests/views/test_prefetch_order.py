"""The shown month is read alone and painted first; its neighbours are read after, one at a
time, only the way the user goes, and never once the user has moved on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.data.cache import CachedMonth
from desktop.data.store import EventBatch
from desktop.domain.calendar import month_end
from desktop.domain.models import Event
from desktop.views.month_controller import MonthController
from desktop.workers.calendar_service import MonthResult
from desktop.workers.connectivity import ConnectivityMonitor

NOV = date(2026, 11, 1)
DEC = date(2026, 12, 1)
OCT = date(2026, 10, 1)
JAN = date(2027, 1, 1)
FETCHED = datetime(2026, 11, 2, tzinfo=UTC)


class Runner:
    def __init__(self) -> None:
        self.forgotten: list[str] = []

    def forget(self, key: str) -> None:
        self.forgotten.append(key)


class Service:
    """Records every request in order; answers only when the test says so."""

    def __init__(self) -> None:
        self.store = object()
        self.runner = Runner()
        self.log: list[tuple[str, date]] = []  # ("month" | "prefetch" | "cache", month)
        self.answers: dict[tuple[str, date], Callable[..., None]] = {}
        self.cached: dict[date, dict[str, CachedMonth]] = {}

    def cached_month(self, ids: list[str], month: date, on_result: Any, **kw: Any) -> int:
        if kw.get("key") == "prefetch-cache":
            self.log.append(("cache", month))
        on_result(self.cached.get(month, {}))
        return 1

    def load_month(
        self, ids: list[str], month: date, on_result: Any, on_error: Any, **kw: Any
    ) -> int:
        kind = "prefetch" if kw.get("key") == "prefetch" else "month"
        self.log.append((kind, month))
        self.answers[(kind, month)] = on_result
        return 1

    def answer(self, kind: str, month: date, units: float = 1.0) -> None:
        batch = EventBatch(
            "dev", month, month_end(month), [Event(f"e{month}", "dev", month, "회의")]
        )
        batch.read_units = units
        self.answers.pop((kind, month))(MonthResult(month, {"dev": batch}, 0.0))

    def overlay_recent(self, batch: EventBatch) -> None:
        pass

    def save_month(self, result: MonthResult) -> None:
        pass

    def open_store(self) -> None:
        pass


class Paints:
    """The grid's paint: actions waiting for it run when the test paints."""

    def __init__(self) -> None:
        self.waiting: list[Callable[[], None]] = []

    def after(self, action: Callable[[], None]) -> None:
        self.waiting.append(action)

    def paint(self) -> None:
        waiting, self.waiting = self.waiting, []
        for action in waiting:
            action()


def make(service: Service, paints: Paints) -> MonthController:
    connectivity = ConnectivityMonitor(watch_system=False)
    months = MonthController(
        service,  # type: ignore[arg-type]
        connectivity,
        shown=lambda: ["dev"],
        names=lambda _d: "개발팀",
        first_weekday=7,
        month=NOV,
        after_paint=paints.after,
    )
    months.setParent(connectivity)
    return months


def test_the_shown_month_is_read_alone_and_a_prefetch_starts_only_after_its_paint(
    qtbot: QtBot,
) -> None:
    service, paints = Service(), Paints()
    months = make(service, paints)
    months.show_month(NOV)
    assert service.log == [("month", NOV)]  # alone: no prefetch with the month's Query
    service.answer("month", NOV)
    assert service.log == [("month", NOV)]  # arrived, not yet painted: still nothing else
    paints.paint()
    qtbot.waitUntil(lambda: ("prefetch", DEC) in service.log)
    # A jump (no direction of travel): the month after, then (after its paint) the one before.
    assert service.log == [("month", NOV), ("cache", DEC), ("prefetch", DEC)]
    service.answer("prefetch", DEC)
    assert ("prefetch", OCT) not in service.log  # one at a time
    paints.paint()
    qtbot.waitUntil(lambda: ("prefetch", OCT) in service.log)


def test_a_step_reads_ahead_only_the_way_the_user_goes(qtbot: QtBot) -> None:
    service, paints = Service(), Paints()
    months = make(service, paints)
    months.show_month(NOV)
    service.answer("month", NOV)
    months.show_month(DEC)
    service.answer("month", DEC)
    paints.paint()
    qtbot.waitUntil(lambda: ("prefetch", JAN) in service.log)
    service.answer("prefetch", JAN)
    paints.paint()
    qtbot.wait(20)
    assert [m for kind, m in service.log if kind == "prefetch"] == [JAN]  # never November's
    # (October was never read: the grid of December does not show it.)


def test_moving_on_cancels_the_prefetches_queued_for_the_month_left(qtbot: QtBot) -> None:
    service, paints = Service(), Paints()
    months = make(service, paints)
    months.show_month(NOV)
    service.answer("month", NOV)
    months.show_month(date(2027, 5, 1))  # the user jumped away before November was painted
    assert "prefetch" in service.runner.forgotten  # a queued prefetch never starts
    paints.paint()
    qtbot.wait(20)
    assert [kind for kind, _m in service.log] == ["month", "month"]


def test_an_expensive_month_or_a_cached_neighbour_is_not_read_ahead(qtbot: QtBot) -> None:
    service, paints = Service(), Paints()
    months = make(service, paints)
    months.show_month(NOV)
    service.answer("month", NOV, units=100.0)  # a 3,000-event month
    paints.paint()
    qtbot.wait(20)
    assert service.log == [("month", NOV)]
    other, paints2 = Service(), Paints()
    other.cached[DEC] = {"dev": CachedMonth([], FETCHED)}
    other.cached[OCT] = {"dev": CachedMonth([], FETCHED)}
    months = make(other, paints2)
    months.show_month(NOV)
    other.answer("month", NOV)
    paints2.paint()
    qtbot.waitUntil(lambda: ("cache", OCT) in other.log)
    assert [kind for kind, _m in other.log] == ["month", "cache", "cache"]  # no table read
