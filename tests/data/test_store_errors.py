"""What a user sees when DynamoDB is busy, unreachable, refuses the keys or lacks a table."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date

import boto3
import pytest
from botocore.awsrequest import AWSPreparedRequest, AWSResponse
from moto import mock_aws
from moto.core import set_initial_no_auth_action_count

from desktop.data.config import ConnectionSettings, CredentialMode, Credentials
from desktop.data.errors import (
    CredentialsError,
    OfflineError,
    TableMissingError,
    ThrottledError,
)
from desktop.data.store import DynamoStore
from tests.data.conftest import aws_response, inject, new_event, throttled

pytestmark = pytest.mark.usefixtures("no_retry_delay")


# --- 4. throttling -------------------------------------------------------------------------------


def test_throttling_that_outlasts_the_retries_is_a_throttled_error(store: DynamoStore) -> None:
    department = store.create_department("개발팀")
    throttle = inject(store, "Query", lambda *_: throttled())

    with pytest.raises(ThrottledError) as caught:
        store.events_between(department.id, date(2026, 11, 1), date(2026, 11, 30))

    assert throttle.calls == store.settings.max_attempts == 2  # botocore retried once
    assert caught.value.code == "ProvisionedThroughputExceededException"
    assert "The calendar server is busy" in caught.value.message
    assert "try again" in caught.value.message


def test_throttling_once_is_absorbed_by_a_retry(store: DynamoStore) -> None:
    department = store.create_department("개발팀")
    event = store.create_event(new_event(department.id, date(2026, 11, 3)))
    throttle = inject(store, "Query", lambda call, _: throttled() if call == 1 else None)

    batch = store.events_between(department.id, date(2026, 11, 1), date(2026, 11, 30))

    assert batch.events == [event]
    assert throttle.calls == 2


def test_throttled_write_is_not_saved_twice(store: DynamoStore) -> None:
    department = store.create_department("개발팀")
    inject(store, "PutItem", lambda call, _: throttled() if call == 1 else None)

    event = store.create_event(new_event(department.id, date(2026, 11, 3)))

    assert store.events_between(department.id, date(2026, 11, 3), date(2026, 11, 3)).events == [
        event
    ]


def test_unprocessed_deletes_are_sent_again_until_done(store: DynamoStore) -> None:
    department = store.create_department("개발팀")
    for day in range(1, 4):
        store.create_event(new_event(department.id, date(2026, 11, day)))

    def first_batch_comes_back_unprocessed(
        call: int, request: AWSPreparedRequest
    ) -> AWSResponse | None:
        if call > 1:
            return None
        assert isinstance(request.body, bytes)
        items = json.loads(request.body)["RequestItems"]
        return aws_response(
            200, {"UnprocessedItems": items, "ConsumedCapacity": [{"TableName": "events"}]}
        )

    batches = inject(store, "BatchWriteItem", first_batch_comes_back_unprocessed)

    assert store.delete_department(department, with_events=True).events_deleted == 3

    assert batches.calls == 2
    assert store.count_events(department.id) == 0
    assert store.get_department(department.id) is None


# --- 5. no network -------------------------------------------------------------------------------


class SilentServer:
    """Accepts TCP connections on 127.0.0.1 and never answers."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port: int = self._listener.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted.append(connection)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()
        for connection in self.accepted:
            connection.close()


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


def _impatient(endpoint: str) -> DynamoStore:
    return DynamoStore(
        ConnectionSettings(
            endpoint_url=endpoint, read_timeout=0.5, connect_timeout=0.5, max_attempts=2
        )
    )


def test_a_server_that_never_answers_is_offline_after_the_read_timeouts(
    silent_server: SilentServer,
) -> None:
    endpoint = f"http://127.0.0.1:{silent_server.port}"
    store = _impatient(endpoint)
    store.connect()
    started = time.monotonic()

    with pytest.raises(OfflineError) as caught:
        store.list_departments()

    assert time.monotonic() - started < 15
    assert len(silent_server.accepted) == 2  # one connection per attempt: botocore retried
    assert endpoint in caught.value.details()
    assert endpoint not in caught.value.message  # the technical part is kept for Details
    assert "ReadTimeout" in caught.value.detail or "Read timeout" in caught.value.detail


def test_a_refused_connection_is_offline() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    endpoint = f"http://127.0.0.1:{port}"  # closed again: connecting is refused
    store = _impatient(endpoint)
    started = time.monotonic()

    with pytest.raises(OfflineError) as caught:
        store.get_department("아무거나")

    assert time.monotonic() - started < 15
    assert endpoint in caught.value.details()
    assert endpoint not in caught.value.message  # the technical part is kept for Details


# --- 6. credentials ------------------------------------------------------------------------------


def _keyed(endpoint: str, key_id: str, secret: str) -> DynamoStore:
    credentials = Credentials(CredentialMode.KEYRING, "", key_id, secret)
    return DynamoStore(ConnectionSettings(endpoint_url=endpoint, credentials=credentials))


def test_unknown_access_key_is_a_credentials_error(
    store: DynamoStore, endpoint: str, enforce_iam: Callable[[], None]
) -> None:
    stranger = _keyed(endpoint, "AKIAUNKNOWNUNKNOWN00", "not-a-secret")
    enforce_iam()

    with pytest.raises(CredentialsError) as caught:
        stranger.list_departments()

    assert caught.value.code == "InvalidClientTokenId"
    assert "did not accept the access key" in caught.value.message
    assert "not-a-secret" not in caught.value.message + caught.value.detail


def test_wrong_secret_for_a_real_key_is_a_credentials_error(
    store: DynamoStore, endpoint: str, enforce_iam: Callable[[], None]
) -> None:
    iam = boto3.client("iam", endpoint_url=endpoint, region_name="ap-northeast-2")
    iam.create_user(UserName="calendar")
    key = iam.create_access_key(UserName="calendar")["AccessKey"]
    impostor = _keyed(endpoint, key["AccessKeyId"], key["SecretAccessKey"][::-1])
    enforce_iam()

    with pytest.raises(CredentialsError) as caught:
        impostor.list_departments()

    assert caught.value.code == "SignatureDoesNotMatch"


def test_unknown_access_key_in_process_is_a_credentials_error() -> None:
    with mock_aws():
        DynamoStore(ConnectionSettings()).create_tables(poll_seconds=0.01)
        stranger = DynamoStore(
            ConnectionSettings(
                credentials=Credentials(CredentialMode.KEYRING, "", "AKIAUNKNOWNUNKNOWN00", "x")
            )
        )
        enforced = set_initial_no_auth_action_count(0)(stranger.list_departments)

        with pytest.raises(CredentialsError) as caught:
            enforced()

    assert caught.value.code == "InvalidClientTokenId"


def test_no_credentials_at_all_says_how_to_provide_them(
    endpoint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    store = DynamoStore(ConnectionSettings(endpoint_url=endpoint))

    with pytest.raises(CredentialsError) as caught:
        store.list_departments()

    assert caught.value.message == CredentialsError.missing().message
    assert caught.value.code == "NoCredentials"


# --- 7. missing tables ---------------------------------------------------------------------------


def test_missing_tables_name_the_table_and_region(empty_store: DynamoStore) -> None:
    with pytest.raises(TableMissingError) as events:
        empty_store.events_between("부서", date(2026, 11, 1), date(2026, 11, 30))
    with pytest.raises(TableMissingError) as departments:
        empty_store.list_departments()

    assert events.value.table == "events"
    assert "'events'" in events.value.details() and "ap-northeast-2" in events.value.details()
    assert "shared calendar was not found" in events.value.message
    assert "'events'" not in events.value.message
    assert departments.value.table == "departments"
    assert "'departments'" in departments.value.details()


def test_renamed_tables_are_reported_by_their_configured_names(endpoint: str) -> None:
    store = DynamoStore(ConnectionSettings(endpoint_url=endpoint, events_table="calendar-events"))

    with pytest.raises(TableMissingError) as caught:
        store.get_event("id", "부서")

    assert caught.value.table == "calendar-events"
    assert "calendar-events" in caught.value.details()
