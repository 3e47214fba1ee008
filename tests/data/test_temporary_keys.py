"""Temporary keys in the keyring mode: the session token reaches every request, and an expired
key says so plainly (before any call when its expiry is known)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import boto3
import pytest
from botocore.awsrequest import AWSPreparedRequest

from desktop.data.config import ConnectionSettings, CredentialMode, Credentials
from desktop.data.connection import load_connection
from desktop.data.errors import CredentialsError, KeyringError, TemporaryKeyExpiredError
from desktop.data.secrets import SERVICE, SESSION_TOKEN_ENTRY, SecretStore
from desktop.data.store import DynamoStore
from desktop.domain.temporary_keys import expiry_text
from desktop.settings import CREDENTIAL_MODE, ENDPOINT_URL, SESSION_EXPIRES, AppSettings
from tests.data.conftest import aws_error, inject
from tests.support import MemoryKeyring

pytestmark = pytest.mark.usefixtures("no_retry_delay")

NOW = datetime(2026, 12, 4, 6, 0, tzinfo=UTC)
EXPIRES = datetime(2026, 12, 4, 8, 30, tzinfo=UTC)


def sts_session(endpoint: str) -> dict[str, str]:
    """Temporary keys from moto's STS, as ``aws sts assume-role`` hands them out (moto's
    ``get_session_token`` answers with a fixed AKIA… example key)."""
    sts = boto3.client("sts", endpoint_url=endpoint, region_name="ap-northeast-2")
    credentials = sts.assume_role(
        RoleArn="arn:aws:iam::123456789012:role/calendar-staff", RoleSessionName="kim"
    )["Credentials"]
    return {
        "key_id": credentials["AccessKeyId"],
        "secret": credentials["SecretAccessKey"],
        "token": credentials["SessionToken"],
    }


def tokens_sent(store: DynamoStore) -> list[str | None]:
    """The X-Amz-Security-Token header of every request the store sends from now on."""
    sent: list[str | None] = []

    def record(request: AWSPreparedRequest, **_: object) -> None:
        header = request.headers.get("X-Amz-Security-Token")
        sent.append(header.decode() if isinstance(header, bytes) else header)

    store.client.meta.events.register("before-send.dynamodb.*", record)
    return sent


def temporary(endpoint: str, token: str, expires: datetime | None = EXPIRES) -> ConnectionSettings:
    credentials = Credentials(
        CredentialMode.KEYRING, "", "ASIAIOSFODNN7EXAMPLE", "secret", token, expires
    )
    return ConnectionSettings(endpoint_url=endpoint, credentials=credentials, read_timeout=5)


def test_the_session_token_from_the_keyring_signs_every_request(
    endpoint: str, app_settings: AppSettings, secrets: SecretStore
) -> None:
    keys = sts_session(endpoint)
    assert keys["key_id"].startswith("ASIA")
    secrets.save(keys["key_id"], keys["secret"], keys["token"])
    app_settings.set(CREDENTIAL_MODE, "keyring")
    app_settings.set(ENDPOINT_URL, endpoint)
    app_settings.set(SESSION_EXPIRES, "2026-12-04T08:30:00.000Z")

    connection = load_connection(app_settings, secrets)
    assert connection.credentials.session_token == keys["token"]
    assert connection.credentials.session_expires == EXPIRES
    assert keys["token"] not in repr(connection)
    store = DynamoStore(connection, clock=lambda: NOW)
    sent = tokens_sent(store)
    store.create_tables(poll_seconds=0.01)
    store.create_department("개발팀")

    assert len(sent) >= 3
    assert set(sent) == {keys["token"]}


def test_a_permanent_key_sends_no_token(endpoint: str, secrets: SecretStore) -> None:
    secrets.save("AKIAIOSFODNN7EXAMPLE", "secret")
    store = DynamoStore(
        ConnectionSettings(
            endpoint_url=endpoint,
            credentials=Credentials(CredentialMode.KEYRING, "", *secrets.load() or ("", "")),
        )
    )
    sent = tokens_sent(store)
    store.create_tables(poll_seconds=0.01)
    assert sent and set(sent) == {None}


def test_an_expiry_in_the_settings_without_a_token_is_not_used(
    app_settings: AppSettings, secrets: SecretStore
) -> None:
    secrets.save("AKIAIOSFODNN7EXAMPLE", "secret")
    app_settings.set(CREDENTIAL_MODE, "keyring")
    app_settings.set(SESSION_EXPIRES, "2020-01-01T00:00:00Z")  # left from an earlier key
    credentials = load_connection(app_settings, secrets).credentials
    assert credentials.session_token == ""
    assert credentials.session_expires is None


def test_a_half_written_token_stops_the_connection_with_a_way_forward(
    app_settings: AppSettings, secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    secrets.save("ASIAIOSFODNN7EXAMPLE", "secret", "t" * 3_000)
    memory_keyring.delete_password(SERVICE, f"{SESSION_TOKEN_ENTRY}-2")
    app_settings.set(CREDENTIAL_MODE, "keyring")
    with pytest.raises(KeyringError) as caught:
        load_connection(app_settings, secrets)
    assert caught.value.code == "SessionTokenIncomplete"
    assert "t" * 100 not in caught.value.log_text()


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("ExpiredTokenException", "The security token included in the request is expired"),
        ("ExpiredToken", "The security token included in the request is expired"),
        # Some answers carry another code with the same words.
        ("UnrecognizedClientException", "The security token included in the request is expired"),
    ],
)
def test_aws_saying_the_token_expired_is_the_temporary_key_message(
    endpoint: str, code: str, message: str, caplog: pytest.LogCaptureFixture
) -> None:
    store = DynamoStore(temporary(endpoint, "expired-token"), clock=lambda: NOW)
    inject(store, "DescribeTable", lambda *_: aws_error(code, message))

    with pytest.raises(TemporaryKeyExpiredError) as caught:
        store.describe_table("departments")

    error = caught.value
    assert isinstance(error, CredentialsError)
    assert error.code == code
    assert error.expires == EXPIRES
    assert error.message == (
        f"The temporary access key expired at {expiry_text(EXPIRES)}. Get a new one from your "
        "IT department's sign-in page and paste it in File ▸ Settings."
    )
    assert "expired-token" not in caplog.text + error.log_text()


def test_an_unknown_expiry_still_names_the_temporary_key(endpoint: str) -> None:
    store = DynamoStore(temporary(endpoint, "token", expires=None), clock=lambda: NOW)
    inject(store, "DescribeTable", lambda *_: aws_error("ExpiredTokenException", "expired"))
    with pytest.raises(TemporaryKeyExpiredError) as caught:
        store.describe_table("departments")
    assert caught.value.message.startswith("The temporary access key has expired.")


def test_a_wrong_temporary_key_is_not_called_expired(endpoint: str) -> None:
    store = DynamoStore(temporary(endpoint, "token"), clock=lambda: NOW)
    inject(
        store,
        "DescribeTable",
        lambda *_: aws_error("UnrecognizedClientException", "The security token is invalid."),
    )
    with pytest.raises(CredentialsError) as caught:
        store.describe_table("departments")
    assert not isinstance(caught.value, TemporaryKeyExpiredError)
    assert "did not accept the access key" in caught.value.message


def test_a_past_expiry_is_said_without_asking_aws(endpoint: str) -> None:
    store = DynamoStore(temporary(endpoint, "token"), clock=lambda: EXPIRES + timedelta(seconds=1))
    asked = inject(store, "*", lambda *_: None)

    with pytest.raises(TemporaryKeyExpiredError) as caught:
        store.list_departments()
    with pytest.raises(TemporaryKeyExpiredError):
        store.describe_table("events")

    assert asked.calls == 0
    assert caught.value.expires == EXPIRES
    assert expiry_text(EXPIRES) in caught.value.message
    assert "paste it in File ▸ Settings" in caught.value.message


def test_a_permanent_keys_expired_answer_keeps_the_general_message(endpoint: str) -> None:
    credentials = Credentials(CredentialMode.KEYRING, "", "AKIAIOSFODNN7EXAMPLE", "secret")
    store = DynamoStore(ConnectionSettings(endpoint_url=endpoint, credentials=credentials))
    inject(store, "DescribeTable", lambda *_: aws_error("ExpiredTokenException", "expired"))
    with pytest.raises(CredentialsError) as caught:
        store.describe_table("departments")
    assert not isinstance(caught.value, TemporaryKeyExpiredError)


def test_the_token_is_in_no_log(
    endpoint: str, secrets: SecretStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="desktop")  # botocore's own stays at WARNING (logs)
    keys = sts_session(endpoint)
    secrets.save(keys["key_id"], keys["secret"], keys["token"])
    store = DynamoStore(temporary(endpoint, keys["token"]), clock=lambda: NOW)
    store.create_tables(poll_seconds=0.01)
    assert keys["token"] not in caplog.text
    assert keys["secret"] not in caplog.text
