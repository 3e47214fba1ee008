"""What the window says when the saved calendar's file cannot be used as it is."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.data.cache import SCHEMA_VERSION, Cache
from desktop.data.outbox import Outbox
from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from tests.views.conftest import ENGLISH, Seeded, WindowFactory
from tests.views.test_pending import table_titles


def test_a_newer_versions_file_is_left_alone_and_the_window_says_to_update(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"  # the window fixtures' cache file
    waiting = Event(new_id(), seeded.development.id, date(2026, 11, 20), "새 버전에서 만든 일정")
    with Cache.open(path, store.settings.source_key()) as cache:
        Outbox(cache).record(None, waiting)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()

    window = make_window(locale=ENGLISH)

    assert window.banner.kind == "warning"
    assert "written by a newer version of Department Calendar" in window.banner.label.text()
    assert "Install the newer version" in window.banner.label.text()
    assert not list(tmp_path.glob("cache.sqlite3.corrupt-*"))
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT event_id FROM outbox").fetchall() == [(waiting.id,)]
    conn.close()
    assert waiting.title not in table_titles(store, seeded.development.id)  # that version's


def test_changes_saved_from_a_damaged_file_are_told_and_sent(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"
    made = [
        Event(new_id(), seeded.development.id, date(2026, 11, 20 + i), f"오프라인 일정 {i}")
        for i in range(2)
    ]
    with Cache.open(path, store.settings.source_key()) as cache:
        for event in made:
            Outbox(cache).record(None, event)
    conn = sqlite3.connect(path)
    index_page = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'outbox_by_event'"
    ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(index_page - 1) * 4096 : index_page * 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))

    window = make_window(locale=ENGLISH)

    qtbot.waitUntil(
        lambda: "2 changes not sent yet were saved from it" in window.banner.label.text(),
        timeout=10_000,
    )
    assert "damaged" in window.banner.label.text()
    assert "lost" not in window.banner.label.text()
    qtbot.waitUntil(
        lambda: {e.title for e in made} <= set(table_titles(store, seeded.development.id)),
        timeout=10_000,
    )
