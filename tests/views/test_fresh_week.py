"""Today and the coming week are read again on their own, with a Query narrowed to them: a
colleague's change there shows within two minutes even when the month is read hourly."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop.data.errors import OfflineError
from desktop.data.store import DynamoStore
from desktop.domain.calendar import month_end
from desktop.domain.models import Event, new_id
from desktop.views.main_window import MainWindow
from tests.views.conftest import Seeded, WindowFactory
from tests.views.test_refresh_policy import later, read_cost, title_shown

WEEK = (date(2026, 11, 26), date(2026, 12, 2))  # the fixture's today and the six days after


def costly_month(window: MainWindow, qtbot: QtBot, department_id: str) -> list[tuple[date, date]]:
    """The shown month costs 100 units (read again after an hour); the store's Queries of
    anything but a whole month noted."""
    # The neighbours are read ahead after the paint (a zero-timer later): wait for them too.
    qtbot.waitUntil(lambda: not window.months.prefetch_wanted() and not window.service.runner.busy)
    read_cost(window, department_id, 100.0)
    # The reminders' next 14 days follow the wall clock, not the window's given day: their
    # reads are tests/views/test_upcoming.py's, not noted here.
    window.upcoming.refresh = lambda: None  # type: ignore[method-assign]
    store = window.service.store
    assert store is not None
    ranges: list[tuple[date, date]] = []
    real = store.events_between

    def counted(department: str, start: date, end: date):  # type: ignore[no-untyped-def]
        if (start.day, end) != (1, month_end(start)):  # a month read ahead is not noted
            ranges.append((start, end))
        return real(department, start, end)

    store.events_between = counted  # type: ignore[method-assign]
    return ranges


def test_a_colleagues_change_in_the_coming_week_shows_after_the_fresh_tick(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    dev = seeded.development.id
    ranges = costly_month(window, qtbot, dev)
    store.create_event(Event(new_id(), dev, date(2026, 11, 27), "내일 회의"))
    store.create_event(Event(new_id(), dev, date(2026, 11, 10), "지난 일정"))
    window.months.fresh_tick()
    assert ranges == []  # the month and its week were just read
    later(window, minutes=2)
    window.months.fresh_timer.timeout.emit()
    qtbot.waitUntil(lambda: title_shown(window, "내일 회의"), timeout=10_000)
    assert ranges in ([WEEK], [(WEEK[0], date(2026, 11, 30))])  # only the week: not the month
    assert not title_shown(window, "지난 일정")  # outside the week: read with the month
    assert title_shown(window, "팀 회의")  # the rest of the month stays
    read = list(ranges)
    window.months.fresh_tick()  # just read: not again
    assert ranges == read
    # A minimised window reads nothing.
    later(window, minutes=4)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    window.months.fresh_timer.timeout.emit()
    assert ranges == read


def test_a_change_waiting_to_be_sent_survives_the_fresh_week(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    dev = seeded.development.id
    tomorrow = store.create_event(Event(new_id(), dev, date(2026, 11, 27), "내일 회의"))
    window = make_window()
    ranges = costly_month(window, qtbot, dev)
    real = store.update_event

    def offline(*_args: object, **_kwargs: object) -> Event:
        raise OfflineError.build(store.settings.endpoint_label(), "test")

    store.update_event = offline  # type: ignore[method-assign]
    window.service.send_pending = lambda: None  # type: ignore[method-assign]
    window.editing.write_change(tomorrow, tomorrow.with_changes(title="내 수정"))
    qtbot.waitUntil(lambda: title_shown(window, "내 수정"))
    qtbot.waitUntil(lambda: bool(window.service.pending))
    store.update_event = real  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: not window.service.runner.busy)
    ranges.clear()
    window.connectivity.went_online()  # the send failed offline: the table answers again
    later(window, minutes=3)
    window.months.fresh_timer.timeout.emit()
    qtbot.waitUntil(lambda: bool(ranges) and not window.service.runner.busy, timeout=10_000)
    assert ranges in ([WEEK], [(WEEK[0], date(2026, 11, 30))])  # December read ahead, or not
    assert title_shown(window, "내 수정")
    assert not title_shown(window, "내일 회의")
    cache = window.service.cache
    assert cache is not None
    cached = cache.month(dev, date(2026, 11, 1))
    assert cached is not None
    assert "내 수정" in [e.title for e in cached.events]
    assert "팀 회의" in [e.title for e in cached.events]


def test_the_next_look_is_when_the_week_falls_due_not_a_tick_later(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """A change shows within the two minutes, not two minutes plus the timer's period."""
    window = make_window()
    costly_month(window, qtbot, seeded.development.id)
    window.months.fresh_tick()  # just read: nothing due
    assert window.months.fresh_timer.interval() <= 30_000
    later(window, minutes=1.75)
    window.months.fresh_tick()
    # Due at two minutes: the next look comes then (15 s from now), not at the next 30 s tick.
    assert window.months.fresh_timer.interval() <= 15_000
    assert window.months.fresh_timer.isActive()
