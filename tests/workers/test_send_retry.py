"""Sends that fail for a reason outside the change are tried again with backoff, saying why."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.data.cache import Cache, CacheError
from desktop.data.errors import (
    CredentialsError,
    OfflineError,
    ServiceError,
    StoreError,
    ThrottledError,
)
from desktop.data.outbox import Recorded
from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.workers.calendar_service import CalendarService
from desktop.workers.send_retry import Backoff, SendWait, wait_reason


def test_backoff_doubles_from_five_seconds_to_five_minutes_and_starts_again_after_a_success() -> (
    None
):
    backoff = Backoff()
    assert [backoff.next_delay() for _ in range(9)] == [5, 10, 20, 40, 80, 160, 300, 300, 300]
    backoff.reset()
    assert backoff.next_delay() == 5
    for _ in range(100):  # days of failures never overflow
        backoff.next_delay()
    assert backoff.next_delay() == 300


def test_each_reason_to_wait_says_what_happened() -> None:
    assert "busy" in wait_reason(ThrottledError.build("ThrottlingException", ""))
    assert "cannot be reached" in wait_reason(OfflineError.build("here", ""))
    assert "(InternalServerError)" in wait_reason(ServiceError.build("InternalServerError", ""))
    expired = CredentialsError.expired("ExpiredToken", "")
    assert wait_reason(expired) == expired.message  # it already says what to do
    full = wait_reason(CacheError("offline cache: database or disk is full"))
    assert "disk is full" in full and "Free some disk space" in full
    assert "Free some disk space" in wait_reason(sqlite3.OperationalError("disk I/O error"))
    assert "see the log" in wait_reason(KeyError("bug"))


@pytest.fixture
def service(store: DynamoStore, tmp_path: Path, qtbot: QtBot) -> Iterator[CalendarService]:
    service = CalendarService(
        lambda: store.settings,
        store_factory=lambda _s: store,
        cache_factory=lambda s: Cache.open(tmp_path / "cache.sqlite3", s.source_key()),
    )
    service.defer_store = False
    service.send_backoff = Backoff(first=0.1, most=0.4)
    with qtbot.waitSignal(service.ready, timeout=10_000):
        service.start()
    qtbot.waitUntil(lambda: service.outbox is not None)
    yield service
    service.close()


def test_a_server_error_is_retried_until_the_change_arrives(
    store: DynamoStore, service: CalendarService, qtbot: QtBot
) -> None:
    department = store.create_department("개발팀", "")
    real = store.create_event
    failures = [ServiceError.build("InternalServerError", "HTTP 500")] * 3

    def flaky(*args: object, **kwargs: object) -> Event:
        if failures:
            raise failures.pop()
        return real(*args, **kwargs)  # type: ignore[arg-type]

    store.create_event = flaky  # type: ignore[method-assign]
    waits: list[SendWait | None] = []
    service.sendWaiting.connect(waits.append)
    recorded: list[Recorded] = []
    event = Event(new_id(), department.id, date(2026, 11, 20), "송년회")
    service.record(None, event, recorded.append, pytest.fail)
    qtbot.waitUntil(lambda: store.get_event(event.id, department.id) is not None, timeout=5_000)
    qtbot.waitUntil(lambda: service.pending == [] and waits[-1:] == [None])
    tried = [w for w in waits if w is not None]
    assert len(tried) == 3
    assert all(isinstance(w.error, StoreError) and "500" not in w.reason for w in tried)
    assert "(InternalServerError)" in tried[0].reason
    assert tried[0].retry_at < tried[1].retry_at  # each try is later than the last
    assert service.send_backoff.next_delay() == 0.1  # a success starts the backoff again
