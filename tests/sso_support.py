"""A fake AWS IAM Identity Center: the sso-oidc device flow and the SSO portal's role
credentials, on a small threaded HTTP server speaking botocore's REST JSON; SSO profiles."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from desktop.data.config import ConnectionSettings, CredentialMode, Credentials

START_URL = "https://corp.awsapps.com/start"
SESSION = "corp"
ACCOUNT = "123456789012"
ROLE = "CalendarStaff"
USER_CODE = "ABCD-EFGH"
REGISTERED_UNTIL = 4_102_444_800  # 2100-01-01 00:00 UTC, seconds: the client registration's end
ROLE_EXPIRATION_MS = 4_102_444_800_000  # the role credentials' end (far: never refreshed)


class FakeSso:
    """The two services. ``answers`` scripts the replies to the device-code polls: "pending",
    "slow_down", "denied", "expired", then (and once the list is used up) "token"."""

    def __init__(self) -> None:
        self.answers: list[str] = []
        self.interval = 1
        self.expires_in = 600
        self.polls = 0
        self.registrations: list[dict[str, Any]] = []
        self.issued: list[str] = []  # access tokens handed out by /token
        self.accepted: set[str] = set()  # access tokens the portal takes
        self.role_requests: list[tuple[str, str, str]] = []  # token, role, account
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet test output

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                status, headers, answer = fake.answer_post(self.path, body)
                self._send(status, headers, answer)

            def do_GET(self) -> None:
                status, headers, answer = fake.answer_get(
                    self.path, self.headers.get("x-amz-sso_bearer_token", "")
                )
                self._send(status, headers, answer)

            def _send(self, status: int, headers: dict[str, str], answer: Any) -> None:
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- sso-oidc --------------------------------------------------------------------------------

    def answer_post(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, str], Any]:
        if path == "/client/register":
            self.registrations.append(body)
            return (
                200,
                {},
                {
                    "clientId": "client-1",
                    "clientSecret": "client-secret-1",
                    "clientIdIssuedAt": REGISTERED_UNTIL - 90 * 86400,
                    "clientSecretExpiresAt": REGISTERED_UNTIL,
                },
            )
        if path == "/device_authorization":
            return (
                200,
                {},
                {
                    "deviceCode": "device-1",
                    "userCode": USER_CODE,
                    "verificationUri": f"{self.url}/device",
                    "verificationUriComplete": f"{self.url}/device?user_code={USER_CODE}",
                    "expiresIn": self.expires_in,
                    "interval": self.interval,
                },
            )
        if path == "/token":
            if body.get("grantType") == "refresh_token":  # botocore renewing: not here
                return 400, {"x-amzn-ErrorType": "InvalidGrantException"}, {"error": "x"}
            assert body["grantType"] == "urn:ietf:params:oauth:grant-type:device_code"
            assert body["deviceCode"] == "device-1"
            with self._lock:
                self.polls += 1
                answer = self.answers.pop(0) if self.answers else "token"
            errors = {
                "pending": ("AuthorizationPendingException", "authorization_pending"),
                "slow_down": ("SlowDownException", "slow_down"),
                "denied": ("AccessDeniedException", "access_denied"),
                "expired": ("ExpiredTokenException", "expired_token"),
            }
            if answer in errors:
                code, error = errors[answer]
                return 400, {"x-amzn-ErrorType": code}, {"error": error}
            token = f"sso-access-{len(self.issued) + 1}"
            self.issued.append(token)
            self.accepted.add(token)
            reply = {"accessToken": token, "tokenType": "Bearer", "expiresIn": 8 * 3600}
            if self.registrations and self.registrations[-1].get("scopes"):
                reply["refreshToken"] = f"refresh-{len(self.issued)}"
            return 200, {}, reply
        return 404, {"x-amzn-ErrorType": "NotFound"}, {"message": path}

    # --- the SSO portal --------------------------------------------------------------------------

    def answer_get(self, path: str, bearer: str) -> tuple[int, dict[str, str], Any]:
        parts = urlsplit(path)
        if parts.path != "/federation/credentials":
            return 404, {"x-amzn-ErrorType": "NotFound"}, {"message": path}
        query = parse_qs(parts.query)
        self.role_requests.append((bearer, query["role_name"][0], query["account_id"][0]))
        if bearer not in self.accepted:
            return 401, {"x-amzn-ErrorType": "UnauthorizedException"}, {"message": "expired"}
        return (
            200,
            {},
            {
                "roleCredentials": {
                    "accessKeyId": "ASIASSOROLE000000001",
                    "secretAccessKey": "sso-role-secret",
                    "sessionToken": "sso-role-session",
                    "expiration": ROLE_EXPIRATION_MS,
                }
            },
        )


def serve_fake_sso(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSso]:
    """The fake, where botocore's sso-oidc and sso clients go (their endpoint variables);
    tests/conftest.py's ``fake_sso`` fixture."""
    fake = FakeSso()
    monkeypatch.setenv("AWS_ENDPOINT_URL_SSO_OIDC", fake.url)
    monkeypatch.setenv("AWS_ENDPOINT_URL_SSO", fake.url)
    yield fake
    fake.close()


def sso_profiles(home: Path) -> None:
    """Both forms in ``~/.aws/config`` (the test's AWS_CONFIG_FILE): ``calendar`` through the
    ``[sso-session corp]``, ``legacy`` with the start URL in the profile."""
    (home / "aws-config").write_text(
        "[profile calendar]\n"
        f"sso_session = {SESSION}\n"
        f"sso_account_id = {ACCOUNT}\n"
        f"sso_role_name = {ROLE}\n"
        "region = ap-northeast-2\n"
        "\n"
        f"[sso-session {SESSION}]\n"
        f"sso_start_url = {START_URL}\n"
        "sso_region = ap-northeast-2\n"
        "sso_registration_scopes = sso:account:access\n"
        "\n"
        "[profile legacy]\n"
        f"sso_start_url = {START_URL}\n"
        "sso_region = ap-northeast-2\n"
        f"sso_account_id = {ACCOUNT}\n"
        f"sso_role_name = {ROLE}\n"
        "region = ap-northeast-2\n"
    )


def sso_settings(endpoint: str, profile: str = "calendar") -> ConnectionSettings:
    """A connection through an SSO profile, DynamoDB at ``endpoint`` (moto)."""
    return ConnectionSettings(
        endpoint_url=endpoint,
        connect_timeout=2,
        read_timeout=5,
        credentials=Credentials(mode=CredentialMode.PROFILE, profile=profile),
    )


def write_cli_token(home: Path, key: str, access_token: str, expires: datetime) -> Path:
    """A token file as ``aws sso login`` leaves it (``key``: the sha1 of the session name)."""
    folder = home / ".aws" / "sso" / "cache"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{key}.json"
    path.write_text(
        json.dumps(
            {
                "startUrl": START_URL,
                "region": "ap-northeast-2",
                "accessToken": access_token,
                "expiresAt": expires.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    )
    return path


class Clock:
    """The sign-in's clock: waiting moves it on (no real sleep); records each wait."""

    def __init__(self, start: datetime) -> None:
        self.moment = start
        self.waits: list[float] = []
        self.cancel_after: int | None = None  # cancelled during this many-th wait
        self.cancel: threading.Event | None = None

    def now(self) -> datetime:
        return self.moment

    def wait(self, seconds: float) -> bool:
        self.waits.append(seconds)
        self.moment += timedelta(seconds=seconds)
        if self.cancel is not None and self.cancel_after == len(self.waits):
            self.cancel.set()
        return self.cancel is not None and self.cancel.is_set()
