"""Helpers for the store tests: request capture, injected responses, raw items, IAM switches.

The store is exercised over HTTP against the session's moto server (``tests/conftest.py``);
these helpers look at, or tamper with, what travels between the store's botocore client and
that server.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from botocore.awsrequest import AWSPreparedRequest, AWSResponse
from botocore.compat import HTTPHeaders
from botocore.retries import standard

from desktop.data.cache import Cache
from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from tests.fault_proxy import FaultProxy
from tests.support import MotoServer

# --- what the store sends ------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    operation: str
    params: dict[str, Any]


@dataclass
class RequestLog:
    """Every API call the store's client makes (one per page and per retry-free call)."""

    requests: list[Request] = field(default_factory=list)

    def record(self, params: dict[str, Any], model: Any, **_: Any) -> None:
        # A provide-client-params handler must return None, or it replaces the params.
        self.requests.append(Request(model.name, copy.deepcopy(params)))

    @property
    def operations(self) -> list[str]:
        return [r.operation for r in self.requests]

    def of(self, operation: str) -> list[Request]:
        return [r for r in self.requests if r.operation == operation]

    def clear(self) -> None:
        self.requests.clear()


def watch(store: DynamoStore) -> RequestLog:
    """Start recording the API calls ``store`` makes from now on."""
    log = RequestLog()
    store.client.meta.events.register("provide-client-params.dynamodb", log.record)
    return log


def expressions(params: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Every ``*Expression`` parameter, also those nested in ``RequestItems``."""
    for key, value in params.items():
        if key.endswith("Expression") and isinstance(value, str):
            yield key, value
        elif isinstance(value, Mapping):
            yield from expressions(value)


# --- injected responses --------------------------------------------------------------------------


class _Body:
    """The ``raw`` of an :class:`AWSResponse`: botocore only calls ``stream()``."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self._data


def aws_response(status: int, body: Mapping[str, Any]) -> AWSResponse:
    headers = HTTPHeaders()
    headers["Content-Type"] = "application/x-amz-json-1.0"
    headers["x-amzn-RequestId"] = "injected"
    return AWSResponse(
        "https://injected.invalid/", status, headers, _Body(json.dumps(body).encode())
    )


def aws_error(code: str, message: str, status: int = 400) -> AWSResponse:
    """A DynamoDB JSON error response, as the service sends it."""
    return aws_response(
        status, {"__type": f"com.amazonaws.dynamodb.v20120810#{code}", "message": message}
    )


def throttled() -> AWSResponse:
    return aws_error(
        "ProvisionedThroughputExceededException",
        "The level of configured provisioned throughput for the table was exceeded.",
    )


Responder = Callable[[int, AWSPreparedRequest], AWSResponse | None]


@dataclass
class Injector:
    """Answers chosen operations itself instead of letting them reach the server."""

    responder: Responder
    calls: int = 0

    def __call__(self, request: AWSPreparedRequest, **_: Any) -> AWSResponse | None:
        self.calls += 1
        return self.responder(self.calls, request)


def inject(store: DynamoStore, operation: str, responder: Responder) -> Injector:
    """Answer ``operation`` with ``responder(call_number, request)``; ``None`` lets it through.

    The response enters botocore where a real one would, so parsing, the standard retry loop
    and the store's error translation all run as in production.
    """
    injector = Injector(responder)
    handler: Any = injector  # a before-send handler returns a response (or None)
    store.client.meta.events.register(f"before-send.dynamodb.{operation}", handler)
    return injector


def stop_injecting(store: DynamoStore, operation: str, injector: Injector) -> None:
    handler: Any = injector
    store.client.meta.events.unregister(f"before-send.dynamodb.{operation}", handler)


@pytest.fixture
def no_retry_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    """botocore's standard retries without their random back-off sleeps (the loop still runs)."""
    monkeypatch.setattr(standard.ExponentialBackoff, "delay_amount", lambda self, context: 0.0)


# --- raw items, as the web app writes them -------------------------------------------------------


def put_raw(store: DynamoStore, table: str, item: Mapping[str, Mapping[str, Any]]) -> None:
    """Write an item with the low-level client, bypassing every rule of the store."""
    store.client.put_item(TableName=table, Item=dict(item))


def get_raw(store: DynamoStore, event: Event) -> dict[str, Any] | None:
    response = store.client.get_item(
        TableName=store.settings.events_table,
        Key={"id": {"S": event.id}, "department_id": {"S": event.department_id}},
        ConsistentRead=True,
    )
    item: dict[str, Any] | None = response.get("Item")
    return item


def new_event(department_id: str, day: date, title: str = "팀 회의", **fields: Any) -> Event:
    return Event(new_id(), department_id, day, title, **fields)


# --- a fault-injecting proxy in front of the moto server -----------------------------------------


@pytest.fixture
def proxy(store: DynamoStore) -> Iterator[FaultProxy]:
    """A :class:`FaultProxy` in front of the test's moto endpoint (it passes everything)."""
    target = urlsplit(store.settings.endpoint_url)
    assert target.hostname is not None and target.port is not None
    with FaultProxy(target.hostname, target.port) as running:
        yield running


# --- IAM enforcement on the moto server ----------------------------------------------------------


@pytest.fixture
def enforce_iam(moto_server: MotoServer) -> Iterator[Callable[[], None]]:
    """Call the returned function to turn IAM enforcement on; it is off again after the test."""
    yield lambda: moto_server.set_auth_after(0)
    moto_server.set_auth_after(float("inf"))


# --- a full exercise of the store's public surface -----------------------------------------------


def exercise(store: DynamoStore) -> None:
    """Everything a user can do, each write path at least once (tables must exist)."""
    checks = store.check_tables()
    assert all(check.ok for check in checks), checks
    development = store.create_department("개발팀", "소프트웨어 개발")
    design = store.create_department("디자인팀")
    assert {d.name for d in store.list_departments().departments} == {"개발팀", "디자인팀"}
    assert store.get_department(development.id) == development
    assert store.find_departments_by_name("디자인팀") == [design]
    development = store.update_department(development, "개발 1팀", "백엔드")

    day = date(2026, 11, 3)
    event = store.create_event(new_event(development.id, day, time="오후 2:00"))
    batch = store.events_between(development.id, date(2026, 11, 1), date(2026, 11, 30))
    assert batch.events == [event]
    assert store.get_event(event.id, development.id) == event
    event = store.update_event(event, event.with_changes(title="주간 회의", url="https://x.kr"))
    moved = store.move_event(event, event.with_changes(department_id=design.id))
    assert store.count_events(design.id) == 1
    keys = [{"id": {"S": moved.id}, "department_id": {"S": design.id}}]
    assert store.existing_keys(store.settings.events_table, keys, ["id", "department_id"]) == {
        (moved.id, design.id)
    }
    assert len(list(store.scan_all(store.settings.departments_table))) == 2
    store.delete_event(moved)

    extra = store.create_event(new_event(design.id, day, "워크숍"))
    assert store.events_between(design.id, day, day).events == [extra]
    assert store.delete_department(design, with_events=True).events_deleted == 1
    assert store.delete_department(development).events_deleted == 0
    assert store.list_departments().departments == []


GUIDE_ACTIONS = frozenset(
    {
        "CreateTable",
        "DeleteTable",
        "DescribeTable",
        "ListTables",
        "GetItem",
        "PutItem",
        "UpdateItem",
        "DeleteItem",
        "Query",
        "Scan",
        "BatchGetItem",
        "BatchWriteItem",
    }
)

_WORD = re.compile(r"(?<![#:\w])[A-Za-z_]\w*")
EXPRESSION_KEYWORDS = frozenset(
    {
        "AND",
        "OR",
        "NOT",
        "BETWEEN",
        "IN",
        "SET",
        "REMOVE",
        "ADD",
        "DELETE",
        "attribute_exists",
        "attribute_not_exists",
        "attribute_type",
        "begins_with",
        "contains",
        "size",
        "if_not_exists",
        "list_append",
    }
)


def raw_names(expression: str) -> list[str]:
    """Words of an expression that are neither keywords, functions, ``#names`` nor ``:values``."""
    return [w for w in _WORD.findall(expression) if w not in EXPRESSION_KEYWORDS]


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    """A fresh cache file of its own (tests of the outbox and of series)."""
    with Cache.open(tmp_path / "cache.sqlite3", "test-source") as opened:
        yield opened
