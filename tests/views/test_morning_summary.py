"""The morning summary: at its time on working days, once a day, a click opens today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
import time_machine
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.views.main_window import MainWindow
from desktop.views.window.morning_summary import (
    SUMMARY_DAY,
    SUMMARY_KEY,
    SUMMARY_ON,
    SUMMARY_TIME,
)
from tests.views.conftest import ENGLISH, TODAY, Seeded, WindowFactory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

SATURDAY = date(2026, 11, 28)


@pytest.fixture(autouse=True)
def on_the_day() -> Iterator[None]:
    """The computer's date is the window's (the next 14 days, window.upcoming, follow it),
    early: before any of its reminders."""
    with time_machine.travel(datetime(2026, 11, 26, 7, 0).astimezone(), tick=True):
        yield


@pytest.fixture
def window(seeded: Seeded, store: DynamoStore, make_window: WindowFactory) -> MainWindow:
    dev = seeded.development.id
    store.create_event(Event(new_id(), dev, TODAY, "팀 회의", time="오후 2:00"))
    store.create_event(Event(new_id(), dev, TODAY, "주간 보고", time="오전 9:00"))
    store.create_event(Event(new_id(), dev, TODAY, "창립 기념일"))
    store.create_event(Event(new_id(), dev, SATURDAY, "주말 당직", time="오전 10:00"))
    window = make_window(locale=ENGLISH)
    window.settings.set(SUMMARY_ON, True)
    return window


def summaries(window: MainWindow) -> list[tuple[str, str]]:
    return [(n.title, n.body) for n in window.notifier.shown if n.key == SUMMARY_KEY]


def at(moment: datetime) -> time_machine.travel:
    return time_machine.travel(moment.astimezone(), tick=False)


def test_the_summary_comes_once_at_its_time_with_the_days_events(window: MainWindow) -> None:
    with at(datetime(2026, 11, 26, 8, 29)):
        window.morning.check()
    assert summaries(window) == []
    with at(datetime(2026, 11, 26, 8, 30)):
        window.morning.check()
        window.morning.check()
    assert summaries(window) == [
        (
            "3 events today",
            "All day \u2068창립 기념일\u2069 · \u2068개발팀\u2069\n"
            "9:00 AM \u2068주간 보고\u2069 · \u2068개발팀\u2069\n"
            "2:00 PM \u2068팀 회의\u2069 · \u2068개발팀\u2069",
        )
    ]
    assert window.settings.get(SUMMARY_DAY) == "2026-11-26"
    with at(datetime(2026, 11, 26, 9, 0)):
        window.morning.check()  # a restart, later the same morning: not again
    assert len(summaries(window)) == 1


def test_a_late_start_gives_it_before_noon_and_not_after(window: MainWindow) -> None:
    with at(datetime(2026, 11, 26, 12, 5)):
        window.morning.check()
    assert summaries(window) == []
    with at(datetime(2026, 11, 26, 11, 40)):
        window.morning.check()
    assert len(summaries(window)) == 1


def test_no_summary_on_a_weekend_or_when_it_is_off(window: MainWindow) -> None:
    with at(datetime(2026, 11, 28, 8, 30)):
        window.morning.check()
    assert summaries(window) == []
    window.settings.set(SUMMARY_ON, False)
    with at(datetime(2026, 11, 26, 8, 30)):
        window.morning.check()
    assert summaries(window) == [] and not window.morning.timer.isActive()


def test_the_chosen_time_is_kept_and_the_timer_waits_for_it(window: MainWindow) -> None:
    window.settings.set(SUMMARY_TIME, "07:45")
    with at(datetime(2026, 11, 26, 7, 44, 30)):
        window.morning.check()
    assert summaries(window) == [] and window.morning.timer.interval() == 30_000
    with at(datetime(2026, 11, 26, 7, 45)):
        window.morning.timer.timeout.emit()
    assert len(summaries(window)) == 1


def test_clicking_the_summary_opens_the_window_on_today(window: MainWindow, qtbot: QtBot) -> None:
    window.presenter.go_to(date(2026, 12, 15))
    window.hide()
    with at(datetime(2026, 11, 26, 8, 30)):
        window.morning.check()
        window.notifier.tray.messageClicked.emit()
    assert window.isVisible()
    assert window.active_view.current_date() == TODAY
