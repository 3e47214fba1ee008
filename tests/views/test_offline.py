"""The window on its cache: instant start-up, offline browsing, recovery, no wiping."""

from __future__ import annotations

import socket
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.data.store import DepartmentList, DynamoStore
from desktop.domain.models import Event, new_id
from tests.views.conftest import Seeded, WindowFactory


def dead_endpoint() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def titles(window, day: date) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.event.title for e in window.model.entries_on(day)]


def test_restart_without_network_shows_the_cached_months(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        window.step_month(1)  # December is fetched too
    window.close()

    cut = DynamoStore(
        replace(store.settings, endpoint_url=dead_endpoint(), connect_timeout=0.5, max_attempts=1)
    )
    # Same source key as before (the cache is keyed by region/tables/endpoint of the loader).
    again = make_window(store_factory=lambda _s: cut, wait=False)
    qtbot.waitUntil(lambda: titles(again, date(2026, 11, 3)) == ["코드 리뷰", "팀 회의"])
    qtbot.waitUntil(lambda: again.banner.kind == "offline", timeout=10_000)
    assert again.banner.label.text().startswith("Offline: showing data saved at")
    assert again.departments_panel.model.rowCount() == 2

    again.step_month(1)  # December: cached
    qtbot.waitUntil(lambda: (seeded.development.id, date(2026, 12, 1)) in again.months.memory)
    assert again.month_title.text() == "2026년 12월"
    assert not again.month_view._busy_label.isVisible()

    again.go_to(date(2027, 5, 1))  # never fetched
    qtbot.waitUntil(again.month_view._busy_label.isVisible)
    assert "never loaded" in again.month_view._busy_label.text()


def test_startup_paints_from_the_cache_before_the_network_answers(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    make_window().close()  # a first run fills the cache
    release = threading.Event()
    slow_list = store.list_departments

    def held() -> DepartmentList:
        release.wait(10)
        return slow_list()

    store.list_departments = held  # type: ignore[method-assign]
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: titles(window, date(2026, 11, 3)) == ["코드 리뷰", "팀 회의"])
    assert not release.is_set()  # painted while the network had not answered
    release.set()
    qtbot.waitUntil(lambda: window.state_label.text().startswith("Up to date"))


def test_own_writes_reach_the_cache_at_once(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    cache = window.service.cache
    assert cache is not None
    # The fetched month is saved once it is painted.
    qtbot.waitUntil(lambda: cache.month(seeded.development.id, date(2026, 11, 1)) is not None)
    event = Event(new_id(), seeded.development.id, date(2026, 11, 12), "새 일정")
    recorded: list[object] = []
    window.service.record(None, event, recorded.append, recorded.append)
    qtbot.waitUntil(lambda: bool(recorded))  # kept on disk, whether or not sent yet
    cached = cache.month(seeded.development.id, date(2026, 11, 1))
    assert cached is not None
    assert "새 일정" in [e.title for e in cached.events]


def test_an_empty_department_list_does_not_wipe_the_cache(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    make_window().close()
    store.list_departments = DepartmentList  # type: ignore[method-assign]
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: window.banner.kind == "warning", timeout=10_000)
    assert "may point elsewhere" in window.banner.label.text()
    qtbot.waitUntil(lambda: window.departments_panel.model.rowCount() == 2)
    qtbot.waitUntil(lambda: titles(window, date(2026, 11, 3)) == ["코드 리뷰", "팀 회의"])


def test_search_finds_cached_events_and_jumps_to_them(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.go_to(date(2027, 3, 1))
    panel = window.departments_panel
    panel.filter.setText("리뷰")
    qtbot.waitUntil(lambda: panel.results.count() == 1)
    item = panel.results.item(0)
    assert "코드 리뷰" in item.text()
    panel.results.itemActivated.emit(item)
    qtbot.waitUntil(lambda: window.month_view.selected_entry is not None)
    assert window.month_title.text() == "2026년 11월"
    selected = window.month_view.selected_entry
    assert selected is not None and selected.event.title == "코드 리뷰"
    assert window.detail.title.text() == "코드 리뷰"


def test_ical_export_of_the_cached_month(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    from icalendar import Calendar

    window = make_window()
    cache = window.service.cache
    assert cache is not None
    qtbot.waitUntil(lambda: cache.month(window.departments[0].id, date(2026, 11, 1)) is not None)
    target = tmp_path / "november.ics"
    with qtbot.waitSignal(window.exported) as signal:
        window.export_ics_to(target, date(2026, 11, 1), date(2026, 11, 30))
    assert signal.args == [2]
    calendar = Calendar.from_ical(target.read_bytes())
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"팀 회의", "코드 리뷰"}
    assert events["팀 회의"].decoded("DTSTART").date() == date(2026, 11, 3)


def test_own_write_survives_a_lagging_index(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """department-date-index is eventually consistent: a refresh may not see a new event yet."""
    window = make_window()
    event = Event(new_id(), seeded.development.id, date(2026, 11, 12), "방금 만든 일정")
    window.editing.record(None, event)
    qtbot.waitUntil(lambda: store.get_event(event.id, seeded.development.id) is not None)
    qtbot.waitUntil(lambda: not window.service.pending)
    original = store.events_between

    def lagging(department_id: str, start: date, end: date):  # type: ignore[no-untyped-def]
        batch = original(department_id, start, end)
        batch.events = [e for e in batch.events if e.id != event.id]
        return batch

    store.events_between = lagging  # type: ignore[method-assign]
    fetched = window.months.fetched_at
    window.refresh()
    qtbot.waitUntil(lambda: window.months.fetched_at != fetched and not window.months.loading)
    assert "방금 만든 일정" in titles(window, date(2026, 11, 12))
    cache = window.service.cache
    assert cache is not None

    def saved() -> bool:
        cached = cache.month(seeded.development.id, date(2026, 11, 1))
        return cached is not None and "방금 만든 일정" in [e.title for e in cached.events]

    qtbot.waitUntil(saved)


def test_through_a_failing_network_the_window_goes_offline_and_recovers_by_itself(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    from urllib.parse import urlsplit

    from tests.fault_proxy import FaultProxy

    target = urlsplit(store.settings.endpoint_url)
    assert target.hostname is not None and target.port is not None
    with FaultProxy(target.hostname, target.port) as proxy:
        through = DynamoStore(
            replace(
                store.settings,
                endpoint_url=proxy.url,
                connect_timeout=0.5,
                read_timeout=0.5,
                max_attempts=2,
            )
        )
        window = make_window(store_factory=lambda _s: through)
        window.connectivity.backoff = (0.3, 0.6)
        before = titles(window, date(2026, 11, 3))
        october = (seeded.development.id, date(2026, 10, 1))
        qtbot.waitUntil(lambda: october in window.months.memory)  # prefetched

        proxy.stall()  # connections hang: read timeouts
        window.refresh()
        qtbot.waitUntil(lambda: window.banner.kind == "offline", timeout=10_000)
        assert titles(window, date(2026, 11, 3)) == before  # still readable
        window.step_month(-1)  # October was prefetched: browsable offline
        assert window.month_title.text() == "2026년 10월"
        assert not window.month_view._busy_label.isVisible()

        proxy.heal()
        qtbot.waitUntil(lambda: window.connectivity.online, timeout=10_000)
        qtbot.waitUntil(lambda: not window.banner.isVisible())
        assert window.state_label.text().startswith("Up to date")


def test_startup_loads_boto3_and_the_holidays_only_after_the_cached_month_is_painted(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Their imports hold the GIL for tens of ms even on a worker: the month comes first."""
    from PySide6.QtCore import QEvent, QObject

    from desktop.domain import holidays

    make_window().close()  # a first run fills the cache
    order: list[str] = []
    real_names = holidays.holiday_names

    def names(*args: object, **kwargs: object) -> dict[date, str]:
        order.append("holidays")
        return real_names(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(holidays, "holiday_names", names)

    def open_store(_settings: object) -> DynamoStore:
        order.append("store")
        return store

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                event.type() == QEvent.Type.Paint
                and window.model.event_count_in_month() > 0
                and "painted" not in order
            ):
                order.append("painted")
            return False

    window = make_window(store_factory=open_store, wait=False)
    watcher = Painted(window)
    window.month_view.viewport().installEventFilter(watcher)
    qtbot.waitUntil(lambda: {"painted", "store", "holidays"} <= set(order), timeout=10_000)
    assert order[0] == "painted", order
    assert titles(window, date(2026, 11, 3)) == ["코드 리뷰", "팀 회의"]


def test_holidays_follow_the_language_and_the_country_chosen_in_the_menu(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()  # Korean: the country comes from the language

    def holiday(day: date) -> str:
        return window.model._holidays.get(day, "")

    window.go_to(date(2026, 9, 1))
    qtbot.waitUntil(lambda: "추석" in holiday(date(2026, 9, 25)), timeout=10_000)
    window.holidays.set_country("US")
    qtbot.waitUntil(lambda: holiday(date(2026, 9, 7)) != "", timeout=10_000)  # Labor Day
    assert holiday(date(2026, 9, 25)) == ""
    window.holidays.set_country("off")
    qtbot.waitUntil(lambda: not window.model._holidays)
    window.holidays.set_country("auto")
    qtbot.waitUntil(lambda: "추석" in holiday(date(2026, 9, 25)), timeout=10_000)
