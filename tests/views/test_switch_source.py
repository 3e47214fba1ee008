"""Changing the connection with changes not sent: asked, never hidden, never lost."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

from desktop.data.cache import Cache
from desktop.data.config import ConnectionSettings
from desktop.data.outbox import Outbox
from desktop.data.store import DynamoStore
from desktop.settings import DEPARTMENTS_TABLE, ENDPOINT_URL, EVENTS_TABLE, REGION, AppSettings
from desktop.views import source_switch
from desktop.views.main_window import MainWindow
from desktop.views.pending_dialog import PendingDialog
from tests.views.conftest import ENGLISH, Seeded, WindowFactory
from tests.views.test_pending import entry, offline_store, table_titles


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The answers to the first question, in order (what was asked is popped)."""
    given: list[str] = []

    def answer(_parent: object, count: int) -> str:
        assert count == 1
        return given.pop(0)

    monkeypatch.setattr(source_switch, "ask_before_switching", answer)
    return given


@pytest.fixture
def second(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The answers to "Discard N changes?", in order."""
    given: list[bool] = []

    def answer(*_args: object, **_kwargs: object) -> bool:
        return given.pop(0)

    monkeypatch.setattr("desktop.views.widgets.ask", answer)
    return given


def with_unsent_change(window: MainWindow, store: DynamoStore, qtbot: QtBot) -> None:
    """The table cannot be reached: one edit waits in the outbox."""
    window.service.store = offline_store(store)
    meeting = entry(window, "팀 회의")
    assert meeting is not None
    window.editing.write_change(meeting.event, meeting.event.with_changes(title="팀 회의 (3층)"))
    qtbot.waitUntil(lambda: len(window.service.pending) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: window.pending_button.text() == "1 change not sent")
    # Its first sending has failed (and nothing is being sent now).
    qtbot.waitUntil(lambda: not window.connectivity.online and not window.service._sending)


def other_tables(store: DynamoStore) -> tuple[ConnectionSettings, str]:
    other = replace(store.settings, events_table="events-2026")
    return other, other.source_key()


def outbox_rows(tmp_path: Path, store: DynamoStore) -> list[str]:
    with Cache.open(tmp_path / "cache.sqlite3", store.settings.source_key()) as cache:
        return [c.event_id for c in Outbox(cache).entries()]


def switched_to(window: MainWindow, settings: ConnectionSettings) -> bool:
    cache = window.service.cache  # keyed by the connection's source
    return cache is not None and cache.source == settings.source_key()


def test_keeping_them_lists_them_for_their_connection_and_sends_them_back_there(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    answers: list[str],
    app_settings: AppSettings,
) -> None:
    window = make_window(locale=ENGLISH)
    with_unsent_change(window, store, qtbot)
    other, key = other_tables(store)

    # OK in the settings dialog with other tables: the settings are saved, then applied.
    for setting, value in (
        (REGION, other.region),
        (DEPARTMENTS_TABLE, other.departments_table),
        (EVENTS_TABLE, other.events_table),
        (ENDPOINT_URL, other.endpoint_url),
    ):
        app_settings.set(setting, value)
    assert source_switch.configured_source_key(app_settings) == key
    window.sources = SimpleNamespace(configured=lambda: other)  # type: ignore[assignment]
    answers.append(source_switch.KEEP)
    window.connection.settings_applied()

    assert answers == []  # asked
    qtbot.waitUntil(lambda: switched_to(window, other), timeout=10_000)
    qtbot.waitUntil(
        lambda: window.pending_button.text() == "1 change for another connection",
        timeout=10_000,
    )
    assert window.pending_button.isVisible()
    window.show_pending()
    dialog = window.outbox.pending_dialog
    assert isinstance(dialog, PendingDialog)
    qtbot.waitUntil(dialog.elsewhere_label.isVisible)
    assert dialog.elsewhere_label.text().startswith("1 change for another connection (")
    assert "departments/events" in dialog.elsewhere_label.text()
    assert table_titles(store, seeded.development.id) == ["코드 리뷰", "팀 회의"]

    # Back on the first connection (the network is back): the change goes out there.
    window.source_switch.change(lambda: store.settings, store.settings.source_key())
    qtbot.waitUntil(
        lambda: table_titles(store, seeded.development.id) == ["코드 리뷰", "팀 회의 (3층)"],
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not window.pending_button.isVisible(), timeout=10_000)


def test_sending_them_first_sends_then_switches(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    answers: list[str],
    tmp_path: Path,
) -> None:
    window = make_window(locale=ENGLISH)
    with_unsent_change(window, store, qtbot)
    window.service.store = store  # the network is back
    other, key = other_tables(store)

    answers.append(source_switch.SEND_FIRST)
    window.source_switch.change(lambda: other, key)

    qtbot.waitUntil(lambda: switched_to(window, other), timeout=10_000)
    assert table_titles(store, seeded.development.id) == ["코드 리뷰", "팀 회의 (3층)"]
    assert outbox_rows(tmp_path, store) == []
    qtbot.waitUntil(lambda: window.service.outbox is not None, timeout=10_000)
    assert not window.pending_button.isVisible()


def test_sending_first_while_offline_switches_and_keeps_them(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    answers: list[str],
    tmp_path: Path,
) -> None:
    window = make_window(locale=ENGLISH)
    with_unsent_change(window, store, qtbot)
    other, key = other_tables(store)

    answers.append(source_switch.SEND_FIRST)
    window.source_switch.change(lambda: other, key)

    qtbot.waitUntil(lambda: switched_to(window, other), timeout=10_000)
    qtbot.waitUntil(
        lambda: window.pending_button.text() == "1 change for another connection",
        timeout=10_000,
    )
    assert len(outbox_rows(tmp_path, store)) == 1


def test_discarding_asks_a_second_time(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    answers: list[str],
    second: list[bool],
    tmp_path: Path,
) -> None:
    window = make_window(locale=ENGLISH)
    with_unsent_change(window, store, qtbot)
    other, key = other_tables(store)

    # "Discard them…", then "Back" at the second question, then discard for real.
    answers.extend([source_switch.DISCARD, source_switch.DISCARD])
    second.extend([False, True])
    window.source_switch.change(lambda: other, key)

    assert answers == [] and second == []
    qtbot.waitUntil(lambda: switched_to(window, other), timeout=10_000)
    qtbot.waitUntil(lambda: window.service.outbox is not None, timeout=10_000)
    assert outbox_rows(tmp_path, store) == []
    qtbot.waitUntil(lambda: not window.pending_button.isVisible())  # the list, once re-read
    assert table_titles(store, seeded.development.id) == ["코드 리뷰", "팀 회의"]


def test_the_same_tables_written_otherwise_ask_nothing_and_keep_the_change(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    answers: list[str],
) -> None:
    window = make_window(locale=ENGLISH)
    with_unsent_change(window, store, qtbot)
    assert store.settings.endpoint_url
    same = replace(store.settings, endpoint_url=store.settings.endpoint_url.upper() + "/")

    window.source_switch.change(lambda: same, same.source_key())  # nothing asked: no answers

    qtbot.waitUntil(lambda: switched_to(window, same), timeout=10_000)
    qtbot.waitUntil(lambda: window.service.outbox is not None, timeout=10_000)
    qtbot.waitUntil(lambda: len(window.service.pending) == 1, timeout=10_000)
    assert window.pending_button.text() == "1 change not sent"
