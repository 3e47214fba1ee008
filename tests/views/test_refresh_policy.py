"""The refresh policy spends a per-client allowance of read units: big months refresh rarely."""

from __future__ import annotations

from datetime import date, timedelta

import time_machine
from pytestqt.qtbot import QtBot

from desktop.data.cache import CachedMonth
from desktop.data.store import DynamoStore, EventBatch, page_read_units
from desktop.domain.calendar import month_end
from desktop.domain.freshness import READ_UNITS_PER_HOUR, STALE_SECONDS
from desktop.domain.timestamps import now_utc
from desktop.views.main_window import MainWindow
from desktop.workers.calendar_service import MonthResult
from tests.views.conftest import Seeded, WindowFactory


def later(window: MainWindow, *, minutes: float) -> None:
    """The window's monotonic clock runs ``minutes`` ahead (the wall clock is left alone)."""
    times = window.months.memory.fetch_times
    clock = times.clock
    times.clock = lambda: clock() + minutes * 60


def read_cost(window: MainWindow, department_id: str, units: float) -> None:
    """The shown month's last read of ``department_id`` cost ``units`` (as if just fetched)."""
    memory, month = window.months.memory, window.month
    fetched_at = memory.fetched_at(department_id, month)
    assert fetched_at is not None
    batch = EventBatch(
        department_id,
        month,
        month_end(month),
        memory.events(department_id, month),
        fetched_at=fetched_at,
        read_units=units,
    )
    memory.remember(MonthResult(month, {department_id: batch}))


def timer_fires(window: MainWindow) -> None:
    """What the refresh timer does when it fires."""
    window.refresh_timer.timeout.emit()


def title_shown(window: MainWindow, title: str) -> bool:
    return any(e.event.title == title for e in window.model.all_entries())


def test_read_units_are_counted_as_dynamodb_bills_a_query() -> None:
    small = {"id": {"S": "a"}, "title": {"S": "회의"}}  # 2 + 1 + 5 + 6 bytes
    assert page_read_units([small]) == 0.5
    big = {"description": {"S": "가" * 1400}}  # 11 + 4,200 bytes: two 4 KB blocks
    assert page_read_units([big]) == 1.0
    assert page_read_units([]) == 0.5  # a page is never free


def test_a_costly_month_is_not_re_read_by_the_timer_but_a_cheap_one_is(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    month = window.month
    reads: list[str] = []
    real = store.events_between

    def counted(department_id: str, start: date, end: date):  # type: ignore[no-untyped-def]
        if (start, end) == (month, month_end(month)):  # the whole month (not the fresh week)
            reads.append(department_id)
        return real(department_id, start, end)

    store.events_between = counted  # type: ignore[method-assign]
    cheap_age = window.max_age(month)
    assert cheap_age == STALE_SECONDS  # a typical month: the usual two minutes

    # Ten minutes later, a month that cost 100 units (a 3,000-event month) is still fresh...
    read_cost(window, seeded.development.id, 100.0)
    assert window.max_age(month) == 100.0 * 3600 / READ_UNITS_PER_HOUR
    later(window, minutes=10)
    timer_fires(window)
    assert reads == []

    # ... while a cheap one, ten minutes after its read, is read again.
    read_cost(window, seeded.development.id, 0.5)
    later(window, minutes=10)
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        timer_fires(window)
    assert reads[0] == seeded.development.id


def test_within_a_session_a_clock_set_back_does_not_keep_a_month_fresh(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert title_shown(window, "팀 회의")
    # A colleague renames the meeting; then the computer's clock goes back an hour, and three
    # minutes pass (by the monotonic clock, which no clock setting moves).
    store.update_event(seeded.meeting, seeded.meeting.with_changes(title="팀 회의 (변경)"))
    with time_machine.travel(now_utc() - timedelta(hours=1), tick=True):
        later(window, minutes=3)
        timer_fires(window)
        qtbot.waitUntil(lambda: title_shown(window, "팀 회의 (변경)"), timeout=10_000)


def test_a_month_stamped_in_the_future_by_an_earlier_session_is_re_read(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    month = window.month
    key = (seeded.development.id, month)
    # As a month read from the cache is known: its stored fetch time only, here an hour ahead
    # of the clock (saved before the clock was set back).
    memory = window.months.memory
    events = memory.events(*key)
    memory.clear()
    memory.keep_cached(month, {key[0]: CachedMonth(events, now_utc() + timedelta(hours=1))})
    assert not window.months.is_fresh()
    store.update_event(seeded.meeting, seeded.meeting.with_changes(title="팀 회의 (변경)"))
    timer_fires(window)
    qtbot.waitUntil(lambda: title_shown(window, "팀 회의 (변경)"), timeout=10_000)
