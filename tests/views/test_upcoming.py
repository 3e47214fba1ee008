"""The next 14 days of the departments ticked, kept for reminders: read with one narrowed Query
per department, merged with the cache and the user's unsent changes, moved and cancelled by
other clients' changes, served from the cache offline, and updated by the views' own reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
import time_machine
from pytestqt.qtbot import QtBot

from desktop.data.errors import OfflineError
from desktop.data.store import DynamoStore
from desktop.domain.calendar import month_end
from desktop.domain.models import Event, new_id
from desktop.views.main_window import MainWindow
from tests.views.conftest import Seeded, WindowFactory
from tests.views.test_offline import dead_endpoint
from tests.views.test_refresh_policy import later

TODAY = date(2026, 11, 26)  # the views' fixture window opens on it
WINDOW = (TODAY, date(2026, 12, 9))  # today and the 13 days after it


@pytest.fixture(autouse=True)
def on_the_day() -> Iterator[time_machine.Coordinates]:
    """The computer's date is the window's (reminders follow the wall clock), still ticking."""
    with time_machine.travel(datetime(2026, 11, 26, 7, 0).astimezone(), tick=True) as clock:
        yield clock


def settled(window: MainWindow, qtbot: QtBot) -> None:
    """The month, its neighbours read ahead and every worker done."""
    qtbot.waitUntil(
        lambda: not window.months.prefetch_wanted() and not window.service.runner.busy,
        timeout=10_000,
    )


def narrowed_queries(window: MainWindow) -> list[tuple[str, date, date]]:
    """From now on, the store's Queries of anything but a whole month."""
    store = window.service.store
    assert store is not None
    found: list[tuple[str, date, date]] = []
    real = store.events_between

    def counted(department: str, start: date, end: date):  # type: ignore[no-untyped-def]
        if (start.day, end) != (1, month_end(start)):
            found.append((department, start, end))
        return real(department, start, end)

    store.events_between = counted  # type: ignore[method-assign]
    return found


def titles(window: MainWindow) -> dict[str, date]:
    return {e.title: e.event_date for e in window.upcoming.events}


def test_the_window_is_read_with_one_query_per_department_for_14_days(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    dev, sales = seeded.development.id, seeded.sales.id
    window = make_window()
    window.departments_panel.set_overlays({sales})
    settled(window, qtbot)
    queries = narrowed_queries(window)
    later(window, minutes=16)  # every day read before is older than the interval
    window.upcoming.refresh()
    qtbot.waitUntil(lambda: len(queries) == 2 and not window.service.runner.busy)
    assert sorted(queries) == sorted([(dev, *WINDOW), (sales, *WINDOW)])
    window.upcoming.refresh()  # just read: nothing again
    assert len(queries) == 2


def test_changed_carries_todays_and_next_weeks_events(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    dev = seeded.development.id
    for day, title in (
        (date(2026, 11, 25), "어제 일정"),
        (TODAY, "오늘 회의"),
        (date(2026, 12, 2), "다음 주 보고"),
        (date(2026, 12, 9), "13일 뒤"),
        (date(2026, 12, 10), "14일 뒤"),
    ):
        store.create_event(Event(new_id(), dev, day, title, time="오전 10:00"))
    seen: list[list[Event]] = []
    window = make_window(wait=False)
    window.upcoming.changed.connect(seen.append)
    qtbot.waitUntil(lambda: {"오늘 회의", "다음 주 보고", "13일 뒤"} <= set(titles(window)))
    assert set(titles(window)) == {"오늘 회의", "다음 주 보고", "13일 뒤"}
    assert seen[-1] == window.upcoming.events  # the signal carries the list
    settled(window, qtbot)
    count = len(seen)
    window.upcoming.check()  # nothing new: nothing said
    later(window, minutes=16)
    window.upcoming.refresh()
    qtbot.waitUntil(lambda: not window.service.runner.busy)
    assert len(seen) == count


def test_a_deletion_and_a_move_by_another_client_show_after_a_refresh(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    dev = seeded.development.id
    gone = store.create_event(Event(new_id(), dev, date(2026, 11, 28), "취소될 회의"))
    moved = store.create_event(Event(new_id(), dev, date(2026, 12, 1), "옮겨질 회의"))
    window = make_window()
    qtbot.waitUntil(lambda: {"취소될 회의", "옮겨질 회의"} <= set(titles(window)))
    settled(window, qtbot)
    store.delete_event(gone)  # another client
    store.update_event(moved, moved.with_changes(event_date=date(2026, 12, 7)))
    window.upcoming.refresh()  # just read by the views: not yet
    assert "취소될 회의" in titles(window)
    later(window, minutes=16)
    window.upcoming.refresh()
    qtbot.waitUntil(lambda: titles(window).get("옮겨질 회의") == date(2026, 12, 7))
    assert "취소될 회의" not in titles(window)
    cache = window.service.cache
    assert cache is not None  # the cache lost it too: an offline start does not bring it back
    assert "취소될 회의" not in [e.title for e in cache.events_between([dev], *WINDOW)]


def test_an_offline_start_serves_the_cached_window_and_says_nothing_more(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    dev = seeded.development.id
    store.create_event(Event(new_id(), dev, date(2026, 12, 8), "12월 워크숍"))
    window = make_window()
    qtbot.waitUntil(lambda: "12월 워크숍" in titles(window))
    window.close()

    cut = DynamoStore(
        replace(store.settings, endpoint_url=dead_endpoint(), connect_timeout=0.5, max_attempts=1)
    )
    again = make_window(store_factory=lambda _s: cut, wait=False)
    qtbot.waitUntil(lambda: "12월 워크숍" in titles(again))
    qtbot.waitUntil(lambda: again.banner.kind == "offline", timeout=10_000)
    assert again.banner.label.text().startswith("Offline: showing data saved at")


def test_a_new_event_typed_offline_gets_into_the_window(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    dev = seeded.development.id
    window = make_window()
    settled(window, qtbot)

    def offline(*_args: object, **_kwargs: object) -> Event:
        raise OfflineError.build(store.settings.endpoint_label(), "test")

    store.create_event = offline  # type: ignore[method-assign]
    queries = narrowed_queries(window)
    typed = Event(new_id(), dev, date(2026, 12, 3), "오프라인 일정", time="오후 3:00")
    window.editing.record(None, typed)
    qtbot.waitUntil(lambda: "오프라인 일정" in titles(window))
    qtbot.waitUntil(lambda: bool(window.service.pending))
    assert queries == []  # from the outbox and the cache: nothing read


def test_the_views_month_reads_update_it_without_another_query(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    dev = seeded.development.id
    window = make_window()
    settled(window, qtbot)
    queries = narrowed_queries(window)
    store.create_event(Event(new_id(), dev, date(2026, 11, 27), "동료가 만든 회의"))
    old = store.create_event(Event(new_id(), dev, date(2026, 11, 30), "지울 회의"))
    window.refresh()  # F5: the views read the month
    qtbot.waitUntil(lambda: "동료가 만든 회의" in titles(window))
    assert "지울 회의" in titles(window)
    store.delete_event(old)
    window.refresh()
    qtbot.waitUntil(lambda: "지울 회의" not in titles(window))
    window.upcoming.refresh()  # November was read just now: only December would be due
    qtbot.waitUntil(lambda: not window.service.runner.busy)
    assert all(first >= date(2026, 12, 1) for _d, first, _last in queries)


def test_at_start_the_days_of_the_month_the_views_read_are_not_read_again(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    queries: list[tuple[str, date, date]] = []
    real = store.events_between

    def counted(department: str, start: date, end: date):  # type: ignore[no-untyped-def]
        if (start.day, end) != (1, month_end(start)):
            queries.append((department, start, end))
        return real(department, start, end)

    store.events_between = counted  # type: ignore[method-assign]
    window = make_window()
    settled(window, qtbot)
    # November was read whole by the views: at most December's days are read on their own.
    assert all(first >= date(2026, 12, 1) for _d, first, _last in queries), queries
