"""Expected errors are messages; anything else, on any thread, is reported once as a bug."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.data.cache import Cache, CacheError
from desktop.data.config import ConnectionSettings, CredentialMode, Credentials
from desktop.data.errors import ConfigError, ServiceError, StoreError, ThrottledError
from desktop.data.outbox import Outbox
from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.workers.bugs import HIDDEN, Bug, BugReporter, UnexpectedError, is_expected
from desktop.workers.calendar_service import CalendarService
from desktop.workers.send_retry import SendWait

ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# Not shaped like AWS keys: only what the service registers hides them.
KEY_IN_USE = "test-key-id-in-use"
SECRET_IN_USE = "a plain pass phrase 42"


def raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:
        return caught


def test_the_apps_errors_the_disk_and_sqlite_are_expected() -> None:
    for error in (
        StoreError("x"),
        ConfigError("x"),
        ThrottledError("x"),
        CacheError("disk full"),
        OSError(28, "No space left on device"),
        sqlite3.OperationalError("database is locked"),
    ):
        assert is_expected(error), error
    for error in (KeyError("id"), TypeError("x"), AttributeError("x"), ValueError("x")):
        assert not is_expected(error), error


def test_a_report_is_logged_with_its_traceback_and_heard_by_every_listener(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bugs = BugReporter()
    first: list[Bug] = []
    second: list[Bug] = []
    bugs.subscribe(first.append)
    bugs.subscribe(second.append)
    error = raised(KeyError("department_id"))
    with caplog.at_level(logging.ERROR):
        bugs.report(error, "a background task")
    assert [b.error for b in first] == [error] == [b.error for b in second]
    record = next(r for r in caplog.records if r.name == "desktop.workers.bugs")
    assert record.levelno == logging.ERROR
    assert "a background task" in record.getMessage()
    assert "Traceback (most recent call last)" in record.getMessage()
    assert "KeyError: 'department_id'" in record.getMessage()
    assert first[0].signature() == raised_here_signature(error)


def raised_here_signature(error: BaseException) -> tuple[str, str, int]:
    tb = error.__traceback__
    assert tb is not None
    while tb.tb_next is not None:
        tb = tb.tb_next
    return ("KeyError", tb.tb_frame.f_code.co_filename, tb.tb_lineno)


def test_a_python_thread_that_dies_of_a_bug_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    bugs = BugReporter()
    heard: list[Bug] = []
    bugs.subscribe(heard.append)
    monkeypatch.setattr(threading, "excepthook", bugs.thread_hook)

    def work() -> None:
        raise KeyError("in a thread")

    thread = threading.Thread(target=work, name="deptcal-test-thread")
    thread.start()
    thread.join(5)
    assert [type(b.error) for b in heard] == [KeyError]
    assert "deptcal-test-thread" in heard[0].where


def test_a_step_that_carries_on_reports_a_bug_and_only_logs_an_expected_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bugs = BugReporter()
    heard: list[Bug] = []
    bugs.subscribe(heard.append)
    with bugs.carrying_on("Could not save a month"):
        raise OSError(28, "No space left on device")
    assert heard == []
    assert "Could not save a month" in caplog.text
    with bugs.carrying_on("Could not save a month"):
        raise KeyError("bug")
    assert [type(b.error) for b in heard] == [KeyError]


def test_scrub_removes_the_secrets_in_use_and_anything_shaped_like_an_aws_key() -> None:
    bugs = BugReporter()
    bugs.hide("my keyring secret value", "", "short")
    text = (
        f"KeyError: 'my keyring secret value' key={ACCESS_KEY_ID} secret={SECRET}\n"
        "token=IQoJb3JpZ2luX2VjEJr//////////wEaDmFwLW5vcnRoZWFzdC0yIkcwRQIhAKx9Example+Token=\n"
        '  File "/work/app/desktop/workers/calendar_service.py", line 12, in fetch\n'
        "    department_id = 0123456789abcdef0123456789abcdef01234567\n"
    )
    scrubbed = bugs.scrub(text)
    for secret in ("my keyring secret value", ACCESS_KEY_ID, SECRET, "IQoJb3JpZ2luX2VjEJr"):
        assert secret not in scrubbed
    assert scrubbed.count(HIDDEN) == 4
    assert "/work/app/desktop/workers/calendar_service.py" in scrubbed  # paths stay readable
    assert "0123456789abcdef0123456789abcdef01234567" in scrubbed  # an id (one case) stays
    assert "short" in bugs.scrub("short")  # too short to be a secret: never hidden


def test_the_log_of_a_bug_is_scrubbed_too(caplog: pytest.LogCaptureFixture) -> None:
    bugs = BugReporter()
    bugs.hide("my keyring secret value")
    with caplog.at_level(logging.ERROR):
        bugs.report(raised(KeyError(f"my keyring secret value {SECRET}")), "a background task")
    assert "KeyError" in caplog.text
    assert "my keyring secret value" not in caplog.text and SECRET not in caplog.text


@pytest.fixture
def service(store: DynamoStore, tmp_path: Path, qtbot: QtBot) -> Iterator[CalendarService]:
    settings = ConnectionSettings(
        endpoint_url=store.settings.endpoint_url,
        credentials=Credentials(CredentialMode.KEYRING, "", KEY_IN_USE, SECRET_IN_USE),
    )
    service = CalendarService(
        lambda: settings,
        store_factory=lambda _s: store,
        cache_factory=lambda s: Cache.open(tmp_path / "cache.sqlite3", s.source_key()),
    )
    service.defer_store = False
    with qtbot.waitSignal(service.ready, timeout=10_000):
        service.start()
    yield service
    service.close()


def test_a_bug_in_a_store_call_is_reported_and_never_called_a_dynamodb_error(
    service: CalendarService, qtbot: QtBot
) -> None:
    heard: list[Bug] = []
    service.bugs.subscribe(heard.append)
    errors: list[StoreError] = []

    def broken(_store: DynamoStore) -> None:
        raise KeyError("Items")

    service.run(broken, None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], UnexpectedError)
    assert not isinstance(errors[0], ServiceError)
    assert "DynamoDB" not in errors[0].message
    assert "KeyError" in errors[0].message
    assert [type(b.error) for b in heard] == [KeyError]


def test_an_expected_error_in_a_store_call_keeps_its_message_and_is_no_bug(
    service: CalendarService, qtbot: QtBot
) -> None:
    heard: list[Bug] = []
    service.bugs.subscribe(heard.append)
    errors: list[StoreError] = []
    throttled = ThrottledError("The tables are busy.", code="Throttled")

    def busy(_store: DynamoStore) -> None:
        raise throttled

    service.run(busy, None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == [throttled]
    assert heard == []


def test_a_bug_in_a_local_cache_run_is_reported(service: CalendarService, qtbot: QtBot) -> None:
    heard: list[Bug] = []
    service.bugs.subscribe(heard.append)

    def broken(_cache: Cache) -> None:
        raise KeyError("row")

    service.run_local(broken)
    qtbot.waitUntil(lambda: bool(heard))
    assert type(heard[0].error) is KeyError


def test_the_credentials_in_use_never_reach_a_report(service: CalendarService) -> None:
    scrubbed = service.bugs.scrub(f"KeyError: {KEY_IN_USE!r} ({SECRET_IN_USE})")
    assert KEY_IN_USE not in scrubbed and SECRET_IN_USE not in scrubbed
    assert scrubbed == f"KeyError: '{HIDDEN}' ({HIDDEN})"


def test_a_bug_in_the_send_loop_is_reported_and_the_change_keeps_waiting(
    store: DynamoStore, service: CalendarService, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[Bug] = []
    service.bugs.subscribe(heard.append)
    qtbot.waitUntil(lambda: service.outbox is not None)
    department = store.create_department("개발팀", "")

    def broken(self: Outbox, _store: DynamoStore) -> None:
        raise KeyError("revision")

    monkeypatch.setattr(Outbox, "send_next", broken)
    waits: list[SendWait | None] = []
    service.sendWaiting.connect(waits.append)
    event = Event(new_id(), department.id, date(2026, 11, 20), "송년회")
    service.record(None, event, lambda _r: None, pytest.fail)
    qtbot.waitUntil(lambda: bool(heard) and bool(waits))
    assert type(heard[0].error) is KeyError
    assert waits[0] is not None and "see the log" in waits[0].reason
    assert [c.event_id for c in service.pending] == [event.id]
