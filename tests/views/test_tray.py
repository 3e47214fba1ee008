"""The tray icon's menu, closing to the tray, Quit, and a second start while in the tray."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import time_machine
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.single_instance import SingleInstance
from desktop.views.main_window import MainWindow
from desktop.views.notifications import Notifier
from desktop.views.window.tray_menu import CLOSE_TO_TRAY
from tests.views.conftest import ENGLISH, TODAY, Seeded, WindowFactory

TOMORROW = date(2026, 11, 27)
# The offscreen platform's note when the window is brought to the front.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")
HOSTILE = "<img src=/dev/zero>&Quit\n\u202e" + "긴 제목" * 2500


@pytest.fixture(autouse=True)
def on_the_day() -> Iterator[None]:
    """The computer's date is the window's (the next 14 days, window.upcoming, follow it),
    early: before any of its reminders."""
    with time_machine.travel(datetime(2026, 11, 26, 7, 0).astimezone(), tick=True):
        yield


@pytest.fixture
def with_tray(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[None]:
    """A system with a tray (the tests' offscreen platform has none); the app's quit-on-close
    restored afterwards."""
    monkeypatch.setattr(Notifier, "available", staticmethod(lambda: True))
    monkeypatch.setattr(Notifier, "show_icon", lambda _self, _tooltip: None)
    yield
    QApplication.setQuitOnLastWindowClosed(True)


@pytest.fixture
def busy_days(seeded: Seeded, store: DynamoStore) -> Seeded:
    dev = seeded.development.id
    store.create_event(Event(new_id(), dev, TODAY, "주간 보고", time="오전 9:00"))
    hostile = store.create_event(Event(new_id(), dev, TODAY, "임시 제목", time="오후 3:00"))
    key = {"id": {"S": hostile.id}, "department_id": {"S": dev}}
    table = store.settings.events_table
    item = store.client.get_item(TableName=table, Key=key)["Item"]
    store.client.put_item(TableName=table, Item={**item, "title": {"S": HOSTILE}})  # the web app's
    store.create_event(Event(new_id(), seeded.sales.id, TODAY, "영업팀 일"))  # not shown
    for hour in range(10):
        store.create_event(
            Event(new_id(), dev, TOMORROW, f"면담 {hour + 1}", time=f"{hour + 8}:00")
        )
    return seeded


def tray_window(make_window: WindowFactory, **kwargs: object) -> MainWindow:
    window = make_window(**kwargs)
    window.tray.today = lambda: TODAY
    window.tray.quit_app = lambda: None
    window.tray.ask_close = lambda: "quit"  # never a modal question at a test's end
    return window


def unisolated(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def texts(window: MainWindow) -> list[str]:
    window.tray.rebuild()
    return [a.text() for a in window.tray.menu.actions() if not a.isSeparator()]


def test_the_menu_lists_today_and_tomorrow_from_the_windows_months(
    busy_days: Seeded, make_window: WindowFactory
) -> None:
    window = tray_window(make_window, locale=ENGLISH)
    items = texts(window)
    assert items[0] == "Today · 11/26 (Thu)"
    assert unisolated(items[1]) == "9:00 AM 주간 보고 · 개발팀"
    hostile = items[2]
    # One line, shortened, its markup shown as text, its override kept inside its isolate.
    assert hostile.startswith("\u20683:00 PM\u2069 \u2068<img src=/dev/zero>&&Quit \u202e")
    assert "\n" not in hostile and len(hostile) < 80
    assert items[3] == "Tomorrow · 11/27 (Fri)"
    tomorrow = items[4 : items.index("New event…")]
    assert len(tomorrow) == 9 and tomorrow[-1] == "+2 more…"
    assert unisolated(tomorrow[0]) == "8:00 AM 면담 1 · 개발팀"
    assert "영업팀 일" not in " ".join(items)  # a department not shown
    assert items[-4:] == ["New event…", "Quick add…", "Open Department Calendar", "Quit"]


def test_clicking_an_event_opens_the_window_on_it(
    busy_days: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = tray_window(make_window)
    window.hide()
    window.tray.rebuild()
    meeting = next(a for a in window.tray.menu.actions() if "주간 보고" in a.text())
    meeting.trigger()
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.active_view.selected_entry is not None)
    selected = window.active_view.selected_entry
    assert selected is not None and selected.event.title == "주간 보고"


def test_the_menu_follows_a_change_in_the_window(
    busy_days: Seeded, make_window: WindowFactory, qtbot: QtBot, with_tray: None
) -> None:
    window = tray_window(make_window)
    window.tray.install()
    report = next(e.event for e in window.model.entries_on(TODAY) if e.event.title == "주간 보고")
    window.editing.write_change(report, report.with_changes(title="바뀐 보고"))
    qtbot.waitUntil(
        lambda: any("바뀐 보고" in a.text() for a in window.tray.menu.actions()), timeout=10_000
    )
    window.tray.quit()


def test_the_first_close_asks_once_and_the_answer_is_kept(
    seeded: Seeded, make_window: WindowFactory, with_tray: None
) -> None:
    window = tray_window(make_window)
    asked: list[bool] = []
    window.tray.ask_close = lambda: asked.append(True) or "tray"  # type: ignore[func-returns-value]
    assert not window.close()
    assert asked == [True] and not window.isVisible()
    assert window.settings.get(CLOSE_TO_TRAY) == "tray"
    window.bring_to_front()  # the tray's Open
    assert not window.close()
    assert asked == [True] and not window.isVisible()  # not asked again
    assert window.tray.installed


def test_cancelling_the_question_keeps_the_window_and_asks_next_time(
    seeded: Seeded, make_window: WindowFactory, with_tray: None
) -> None:
    window = tray_window(make_window)
    window.tray.ask_close = lambda: ""
    assert not window.close()
    assert window.isVisible() and window.settings.get(CLOSE_TO_TRAY) == ""
    window.tray.ask_close = lambda: "quit"
    assert window.close()
    assert window.settings.get(CLOSE_TO_TRAY) == "quit"


def test_quit_quits_even_when_closing_keeps_the_app_in_the_tray(
    seeded: Seeded, make_window: WindowFactory, with_tray: None
) -> None:
    window = tray_window(make_window)
    window.settings.set(CLOSE_TO_TRAY, "tray")
    window.tray.install()
    assert not QApplication.quitOnLastWindowClosed()
    quits: list[bool] = []
    window.tray.quit_app = lambda: quits.append(True)
    window.hide()
    window.window_actions.quit_action.trigger()  # File ▸ Quit, Ctrl+Q
    assert quits == [True]


def test_quit_still_asks_about_changes_not_sent(
    seeded: Seeded, make_window: WindowFactory, with_tray: None
) -> None:
    window = tray_window(make_window)
    window.settings.set(CLOSE_TO_TRAY, "tray")
    window.tray.install()
    quits: list[bool] = []
    window.tray.quit_app = lambda: quits.append(True)
    window.service.pending = [object()]  # type: ignore[list-item]
    asked: list[int] = []
    window.confirm_quit = lambda count: asked.append(count) or False  # type: ignore[method-assign]
    quit_item = next(a for a in window.tray.menu.actions() if a.text() == "Quit")
    quit_item.trigger()
    assert asked == [1] and quits == [] and window.isVisible()
    window.service.pending = []
    assert not window.close()  # a later close hides to the tray again: Keep open was no quit
    assert not window.isVisible()
    window.tray.quit()
    assert quits == [True]


def test_without_a_tray_closing_quits_without_a_question(
    seeded: Seeded, make_window: WindowFactory
) -> None:
    window = tray_window(make_window)
    window.settings.set(CLOSE_TO_TRAY, "tray")
    window.tray.ask_close = lambda: pytest.fail("no question without a tray")  # type: ignore[assignment]
    assert window.close()


def test_a_second_start_shows_the_window_that_waits_in_the_tray(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, with_tray: None
) -> None:
    window = tray_window(make_window)
    window.settings.set(CLOSE_TO_TRAY, "tray")
    first = SingleInstance(tmp_path / "data")
    assert first.claim() == "owner"
    first.listen()
    first.activated.connect(window.bring_to_front)
    window.close()
    assert not window.isVisible()
    assert SingleInstance(tmp_path / "data").claim() == "shown"
    qtbot.waitUntil(window.isVisible)
    first.release()
    window.tray.quit()
