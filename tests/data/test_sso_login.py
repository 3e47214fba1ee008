"""Signing an SSO profile in from the app: the device flow against a fake IAM Identity Center,
the token where the AWS CLI keeps it, and botocore then signing DynamoDB requests with it."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.data.errors import CredentialsError, StoreError
from desktop.data.sso_login import DeviceCode, SsoProfile, sign_in, sso_profile
from desktop.data.store import DynamoStore
from tests.sso_support import (
    ACCOUNT,
    ROLE,
    SESSION,
    START_URL,
    USER_CODE,
    Clock,
    FakeSso,
    sso_profiles,
    sso_settings,
    write_cli_token,
)

# Far ahead: botocore checks the saved token against the real clock (it must not have expired).
START = datetime(2099, 11, 2, 9, 0, tzinfo=UTC)


def run(
    profile: SsoProfile, clock: Clock | None = None, cancel: threading.Event | None = None
) -> tuple[datetime, list[DeviceCode], Clock]:
    clock = clock or Clock(START)
    cancel = cancel or threading.Event()
    clock.cancel = cancel
    shown: list[DeviceCode] = []
    expires = sign_in(profile, shown.append, cancel, now=clock.now, wait=clock.wait)
    return expires, shown, clock


def test_both_forms_of_profile_are_read(isolated_environment: Path) -> None:
    sso_profiles(isolated_environment)

    modern = sso_profile("calendar")
    legacy = sso_profile("legacy")

    assert modern == SsoProfile(
        "calendar", START_URL, "ap-northeast-2", SESSION, ("sso:account:access",)
    )
    assert legacy == SsoProfile("legacy", START_URL, "ap-northeast-2")
    # botocore's SSOTokenLoader key: the session's name, or the start URL for the legacy form.
    assert modern.cache_key == hashlib.sha1(b"corp").hexdigest()
    assert legacy.cache_key == hashlib.sha1(START_URL.encode()).hexdigest()


def test_a_profile_without_sso_is_said_to_be_one(isolated_environment: Path) -> None:
    (isolated_environment / "aws-config").write_text("[profile keys]\nregion = ap-northeast-2\n")

    with pytest.raises(CredentialsError) as caught:
        sso_profile("keys")

    assert caught.value.code == "SsoNotSetUp"
    assert "keys" in caught.value.message


def test_sign_in_waits_for_the_browser_and_writes_the_cli_token(
    isolated_environment: Path, fake_sso: FakeSso, endpoint: str
) -> None:
    sso_profiles(isolated_environment)
    fake_sso.answers = ["pending", "slow_down", "pending"]
    profile = sso_profile("calendar")

    expires, shown, clock = run(profile)

    # The code and the page to confirm it on, shown once, before the polls.
    assert [(c.user_code, c.verification_uri_complete) for c in shown] == [
        (USER_CODE, f"{fake_sso.url}/device?user_code={USER_CODE}")
    ]
    # The server's interval between polls, 5 s more after slow_down; then the token.
    assert clock.waits == [1, 1, 6, 6]
    assert fake_sso.polls == 4
    assert fake_sso.registrations == [
        {
            "clientName": fake_sso.registrations[0]["clientName"],
            "clientType": "public",
            "scopes": ["sso:account:access"],
        }
    ]
    path = (
        isolated_environment
        / ".aws"
        / "sso"
        / "cache"
        / f"{hashlib.sha1(b'corp').hexdigest()}.json"
    )
    saved = json.loads(path.read_text())
    assert saved == {
        "startUrl": START_URL,
        "region": "ap-northeast-2",
        "accessToken": "sso-access-1",
        "expiresAt": "2099-11-02T17:00:14Z",  # 8 hours after the token came (14 s of polls)
        "clientId": "client-1",
        "clientSecret": "client-secret-1",
        "registrationExpiresAt": "2100-01-01T00:00:00Z",
        "refreshToken": "refresh-1",
    }
    assert expires == datetime(2099, 11, 2, 17, 0, 14, tzinfo=UTC)
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_botocore_signs_dynamodb_requests_with_the_saved_sign_in(
    isolated_environment: Path, fake_sso: FakeSso, endpoint: str
) -> None:
    sso_profiles(isolated_environment)
    run(sso_profile("calendar"))

    store = DynamoStore(sso_settings(endpoint))
    store.create_tables(poll_seconds=0.01)
    assert store.list_departments().departments == []

    # The role credentials came from the portal, with the token the sign-in saved.
    assert fake_sso.role_requests[0] == ("sso-access-1", ROLE, ACCOUNT)
    credentials = store.client._request_signer._credentials.get_frozen_credentials()
    assert credentials.access_key == "ASIASSOROLE000000001"
    assert credentials.token == "sso-role-session"


def test_the_legacy_form_signs_in_too(
    isolated_environment: Path, fake_sso: FakeSso, endpoint: str
) -> None:
    sso_profiles(isolated_environment)
    profile = sso_profile("legacy")

    run(profile)

    saved = json.loads(profile.cache_path().read_text())
    # The AWS CLI's legacy token: no registration, no refresh token.
    assert set(saved) == {"startUrl", "region", "accessToken", "expiresAt"}
    assert "scopes" not in fake_sso.registrations[0]
    store = DynamoStore(sso_settings(endpoint, "legacy"))
    store.create_tables(poll_seconds=0.01)
    assert store.list_departments().departments == []
    assert fake_sso.role_requests[-1][0] == "sso-access-1"


def test_cancel_stops_polling_and_writes_nothing(
    isolated_environment: Path, fake_sso: FakeSso
) -> None:
    sso_profiles(isolated_environment)
    fake_sso.answers = ["pending"] * 50
    profile = sso_profile("calendar")
    clock = Clock(START)
    clock.cancel_after = 3  # Cancel clicked during the third wait

    with pytest.raises(CredentialsError) as caught:
        run(profile, clock)

    assert caught.value.code == "SsoCancelled"
    assert fake_sso.polls == 2
    assert not profile.cache_path().exists()


@pytest.mark.parametrize(
    ("answer", "code", "words"),
    [
        ("denied", "SsoRefused", "refused"),
        ("expired", "SsoCodeExpired", "expired"),
    ],
)
def test_a_refusal_or_an_expired_code_is_said_plainly(
    isolated_environment: Path, fake_sso: FakeSso, answer: str, code: str, words: str
) -> None:
    sso_profiles(isolated_environment)
    fake_sso.answers = ["pending", answer]
    profile = sso_profile("calendar")

    with pytest.raises(CredentialsError) as caught:
        run(profile)

    assert caught.value.code == code
    assert words in caught.value.message
    assert "calendar" in caught.value.message
    assert not profile.cache_path().exists()


def test_the_code_expires_at_its_deadline_without_an_answer(
    isolated_environment: Path, fake_sso: FakeSso
) -> None:
    sso_profiles(isolated_environment)
    fake_sso.answers = ["pending"] * 100
    fake_sso.expires_in = 10
    fake_sso.interval = 3

    with pytest.raises(CredentialsError) as caught:
        run(sso_profile("calendar"))

    assert caught.value.code == "SsoCodeExpired"
    assert fake_sso.polls == 3  # at 3, 6 and 9 s; at 12 s the code is past its 10


def test_an_unreachable_sign_in_service_is_offline(
    isolated_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_cli_tables import closed_port

    sso_profiles(isolated_environment)
    monkeypatch.setenv("AWS_ENDPOINT_URL_SSO_OIDC", f"http://127.0.0.1:{closed_port()}")

    with pytest.raises(StoreError) as caught:
        run(sso_profile("calendar"))

    assert caught.value.code == "Offline"


@pytest.mark.parametrize("profile", ["calendar", "legacy"])
def test_a_login_made_with_the_cli_is_picked_up_without_a_restart(
    isolated_environment: Path, fake_sso: FakeSso, endpoint: str, profile: str
) -> None:
    sso_profiles(isolated_environment)
    key = sso_profile(profile).cache_key
    write_cli_token(isolated_environment, key, "yesterday", datetime(2000, 1, 1, tzinfo=UTC))
    store = DynamoStore(sso_settings(endpoint, profile))

    with pytest.raises(CredentialsError) as caught:
        store.list_departments()
    assert caught.value.code == "SSOTokenExpired"
    assert "aws sso login --profile " + profile in caught.value.message

    # `aws sso login` in a terminal, the app still running: the same store goes on.
    fake_sso.accepted.add("from-the-cli")
    write_cli_token(isolated_environment, key, "from-the-cli", datetime(2100, 1, 1, tzinfo=UTC))
    store.create_tables(poll_seconds=0.01)
    assert store.list_departments().departments == []
    assert fake_sso.role_requests[-1][0] == "from-the-cli"


def test_the_door_makes_a_new_client_after_an_expired_sign_in(
    isolated_environment: Path, endpoint: str
) -> None:
    """AWS refusing the role session itself (ExpiredToken): the client's credentials are
    stale, so the next request is made with a new session, which reads the token again."""
    from botocore.exceptions import ClientError

    built: list[int] = []

    class Refusing:
        def query(self, **_: object) -> object:
            raise ClientError(
                {"Error": {"Code": "ExpiredTokenException", "Message": "expired"}}, "Query"
            )

    def factory(_settings: object) -> Refusing:
        built.append(1)
        return Refusing()

    store = DynamoStore(sso_settings(endpoint), client_factory=factory)  # type: ignore[arg-type]
    for _ in range(2):
        with pytest.raises(CredentialsError) as caught:
            store._call("Query", "events", TableName="events")
        assert caught.value.code == "SSOTokenExpired"

    assert len(built) == 2
