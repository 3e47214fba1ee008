"""The window's cache is checked at idle, after the first network load, and damage it finds
there is handled as before: the file replaced, the changes not sent carried over and told."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.data import cache_check
from desktop.data.cache import Cache
from desktop.data.cache_schema import INSERT_EVENT, event_row
from desktop.data.outbox import Outbox
from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from tests.views.conftest import ENGLISH, Seeded, WindowFactory
from tests.views.test_offline import dead_endpoint


def damaged_where_no_query_reads(path: Path, source: str, waiting: Event) -> None:
    """A cache file with a change not sent, whose events of 2019 (a month the window never
    reads) lie partly on a damaged page."""
    rows = [
        event_row(source, Event(f"old-{i}", "gone", date(2019, 3, 1 + i % 28), "회의 " * 40))
        for i in range(400)
    ]
    with Cache.open(path, source) as cache:
        Outbox(cache).record(None, waiting)
        cache.transaction(lambda conn: conn.executemany(INSERT_EVENT, rows))
    conn = sqlite3.connect(path)
    leaf = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'events' AND pagetype = 'leaf' "
        "ORDER BY pageno LIMIT 1 OFFSET 3"
    ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(leaf - 1) * 4096 : leaf * 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))


def test_damage_found_at_idle_is_told_and_the_changes_not_sent_are_kept(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Only the network's first answer (here: no network) can start the check: no fallback.
    monkeypatch.setattr(cache_check, "IDLE_DELAY_MS", 0)
    monkeypatch.setattr(cache_check, "IDLE_FALLBACK_MS", 3_600_000)
    path = tmp_path / "cache.sqlite3"  # the window fixtures' cache file
    waiting = Event(new_id(), seeded.development.id, date(2026, 11, 20), "오프라인 일정")
    damaged_where_no_query_reads(path, store.settings.source_key(), waiting)
    offline = DynamoStore(
        replace(store.settings, endpoint_url=dead_endpoint(), connect_timeout=0.5, max_attempts=1)
    )

    window = make_window(locale=ENGLISH, store_factory=lambda _s: offline, wait=False)

    qtbot.waitUntil(lambda: bool(list(tmp_path.glob("cache.sqlite3.corrupt-*"))), timeout=10_000)
    qtbot.waitUntil(
        lambda: "1 change not sent yet was saved from it" in window.banner.label.text(),
        timeout=10_000,
    )
    assert window.service.cache is not None
    assert window.service.cache.pending_keys() == {(waiting.id, waiting.department_id)}
