"""Offline after a restart: cached neighbouring months fill the greyed days; a month never
fetched says so in the status bar instead of "0 events"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.views.main_window import MainWindow
from tests.views.conftest import ENGLISH, Seeded, WindowFactory
from tests.views.test_offline import dead_endpoint, titles

DECEMBER_5 = date(2026, 12, 5)  # shown greyed at the end of November's grid


def restart_offline(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> MainWindow:
    """A first run that fetches November and December, then a run without network."""
    store.create_event(Event(new_id(), seeded.development.id, DECEMBER_5, "송년회"))
    first = make_window(locale=ENGLISH)
    for step in (1, -1):
        with qtbot.waitSignal(first.monthShown, timeout=10_000):
            first.step_month(step)
    assert titles(first, DECEMBER_5) == ["송년회"]
    first.close()
    cut = DynamoStore(
        replace(store.settings, endpoint_url=dead_endpoint(), connect_timeout=0.5, max_attempts=1)
    )
    again = make_window(locale=ENGLISH, store_factory=lambda _s: cut, wait=False)
    qtbot.waitUntil(lambda: titles(again, date(2026, 11, 3)) == ["코드 리뷰", "팀 회의"])
    qtbot.waitUntil(lambda: again.banner.kind == "offline", timeout=10_000)
    return again


def test_greyed_neighbouring_days_show_the_cached_months_offline(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = restart_offline(seeded, store, make_window, qtbot)
    assert window.month_title.text() == "November 2026"
    days = window.months.days()
    assert days[-1] >= DECEMBER_5
    qtbot.waitUntil(lambda: titles(window, DECEMBER_5) == ["송년회"], timeout=10_000)


def test_a_month_never_fetched_says_so_in_the_status_bar(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = restart_offline(seeded, store, make_window, qtbot)
    qtbot.waitUntil(lambda: window.count_label.text() == "2 events this month")

    window.go_to(date(2027, 5, 1))  # never fetched

    qtbot.waitUntil(lambda: "not been fetched" in window.count_label.text())
    assert "event" not in window.count_label.text()
    assert window.status_area.fetched_label.text() == ""

    window.go_to(date(2026, 12, 1))  # cached: counted as before
    qtbot.waitUntil(lambda: window.count_label.text() == "1 event this month")
