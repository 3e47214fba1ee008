"""The main window on a real store over HTTP (moto)."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.data.config import ConnectionSettings
from desktop.data.errors import AccessDeniedError, OfflineError
from desktop.data.store import DynamoStore, EventBatch
from desktop.domain.models import Event, new_id
from desktop.views.month_model import Roles
from tests.views.conftest import ENGLISH, Seeded, WindowFactory


def titles_on(window, day: date) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.event.title for e in window.model.entries_on(day)]


def test_month_loads_in_time_order(seeded: Seeded, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.month_title.text() == "2026년 11월"
    assert titles_on(window, date(2026, 11, 3)) == ["코드 리뷰", "팀 회의"]
    assert titles_on(window, date(2026, 11, 5)) == []  # another department's event
    assert "2" in window.count_label.text()
    assert window.state_label.text().startswith("최신") or window.state_label.text()


def test_english_title_and_overlay(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    assert window.month_title.text() == "November 2026"
    panel = window.departments_panel
    row = panel.model.row_of(seeded.sales.id)
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        panel.model.setData(
            panel.model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    assert titles_on(window, date(2026, 11, 5)) == ["고객사 미팅"]
    sales_entry = window.model.entries_on(date(2026, 11, 5))[0]
    assert sales_entry.department_name == "영업팀"


def test_selection_and_overlays_survive_restart(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = window.departments_panel
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        panel.select(seeded.sales.id)
        panel.currentChanged.emit(seeded.sales.id)
    row = panel.model.row_of(seeded.development.id)
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        panel.model.setData(
            panel.model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    window.close()

    again = make_window()
    assert again.departments_panel.current_id() == seeded.sales.id
    assert again.departments_panel.shown_ids() == [seeded.sales.id, seeded.development.id]


def test_navigation_and_keys(seeded: Seeded, make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.month_view.setFocus()
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        qtbot.keyClick(window.month_view, Qt.Key.Key_PageDown)
    assert window.month_title.text() == "2026년 12월"
    qtbot.keyClick(window.month_view, Qt.Key.Key_T)
    assert window.month_title.text() == "2026년 11월"
    assert window.month_view.current_date() == date(2026, 11, 26)


def test_stale_month_result_is_dropped(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    release = threading.Event()
    started = threading.Event()
    original = store.events_between

    def slow_december(department_id: str, start: date, end: date) -> EventBatch:
        if start == date(2026, 12, 1):
            started.set()
            release.wait(10)
            stale = EventBatch(department_id, start, end)
            stale.events.append(Event(new_id(), department_id, date(2026, 12, 2), "늦게 온 결과"))
            return stale
        return original(department_id, start, end)

    store.events_between = slow_december  # type: ignore[method-assign]
    window.step_month(1)  # December: held on the worker
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        window.step_month(1)  # January answers first
    release.set()
    # The December answer arrives now and must not be painted over January.
    qtbot.wait(200)
    assert window.month_title.text() == "2027년 1월"
    assert all(e.event.title != "늦게 온 결과" for e in window.model.all_entries())


def test_failed_load_shows_banner_and_keeps_data(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    before = titles_on(window, date(2026, 11, 3))

    def denied(*_args: object) -> EventBatch:
        raise AccessDeniedError.build("dynamodb:Query", "AccessDeniedException", "test")

    store.events_between = denied  # type: ignore[method-assign]
    window.refresh()
    qtbot.waitUntil(lambda: window.banner.isVisible() and window.banner.kind == "error")
    assert "dynamodb:Query" in window.banner.label.text()
    assert window.banner.action_button.isVisible()
    assert titles_on(window, date(2026, 11, 3)) == before


def test_offline_keeps_the_month_and_says_since_when(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    before = titles_on(window, date(2026, 11, 3))
    original = store.events_between, store.list_departments

    def offline(*_args: object) -> EventBatch:
        raise OfflineError.build("http://127.0.0.1:1", "test")

    store.events_between = offline  # type: ignore[method-assign]
    store.list_departments = offline  # type: ignore[assignment,method-assign]
    window.refresh()
    qtbot.waitUntil(lambda: window.banner.kind == "offline")
    assert window.banner.label.text().startswith("Offline: showing data saved at")
    assert window.state_label.text() == "Offline"
    assert titles_on(window, date(2026, 11, 3)) == before

    store.events_between, store.list_departments = original  # type: ignore[method-assign]
    window.banner.action_button.click()  # "Try now"
    qtbot.waitUntil(lambda: window.connectivity.online and not window.banner.isVisible())


def test_more_link_opens_whole_day(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    day = date(2026, 11, 10)
    for hour in range(1, 13):
        store.create_event(
            Event(new_id(), seeded.development.id, day, f"일정 {hour}", time=f"{hour}:00")
        )
    window = make_window()
    view = window.month_view
    index = window.model.index_of(day)
    entries = window.model.data(index, Roles.ENTRIES)
    assert len(entries) == 12
    from desktop.views.month_view import day_layout

    layout = day_layout(view.visualRect(index), len(entries), view.fontMetrics())
    assert layout.more is not None and layout.more_count > 0
    with qtbot.waitSignal(view.dayExpanded) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=layout.more.center())
    assert signal.args == [day]


def test_unreachable_store_at_start_offers_retry(make_window: WindowFactory, qtbot: QtBot) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = ConnectionSettings(
        endpoint_url=f"http://127.0.0.1:{port}",
        connect_timeout=0.5,
        read_timeout=0.5,
        max_attempts=1,
    )
    window = make_window(store_factory=lambda _s: DynamoStore(settings), wait=False)
    qtbot.waitUntil(lambda: window.banner.kind == "offline", timeout=10_000)
    assert "Offline: no data has been saved on this computer yet." in window.banner.label.text()
    assert window.connectivity.next_retry_ms > 0  # it tries again by itself
