"""An assume-role profile with an MFA device, and a prompter that answers for a person."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.data.aws_session import RoleCache
from desktop.data.config import ConnectionSettings, CredentialMode, Credentials
from desktop.data.prompts import MfaRequest

SERIAL = "arn:aws:iam::123456789012:mfa/kim.minji"
ROLE = "arn:aws:iam::123456789012:role/calendar-staff"


def role_profile(home: Path, endpoint: str, monkeypatch: pytest.MonkeyPatch) -> ConnectionSettings:
    """A source profile with keys and a role profile that needs an MFA code, as staff have,
    with STS (and DynamoDB) at ``endpoint``; the settings of a connection through it."""
    (home / "aws-credentials").write_text(
        "[staff-keys]\naws_access_key_id = testing\naws_secret_access_key = testing\n"
    )
    (home / "aws-config").write_text(
        "[profile calendar]\n"
        f"role_arn = {ROLE}\n"
        "source_profile = staff-keys\n"
        f"mfa_serial = {SERIAL}\n"
        "region = ap-northeast-2\n"
    )
    monkeypatch.setenv("AWS_ENDPOINT_URL_STS", endpoint)
    return ConnectionSettings(
        endpoint_url=endpoint,
        connect_timeout=2,
        read_timeout=5,
        credentials=Credentials(mode=CredentialMode.PROFILE, profile="calendar"),
    )


def forget_role_sessions() -> None:
    """As if the app had just started and the AWS CLI's cache were empty."""
    RoleCache._memory.clear()
    for path in (Path.home() / ".aws" / "cli" / "cache").glob("*.json"):
        path.unlink()


class Prompter:
    """Answers each request with the next of ``codes`` (an exception is raised), and records."""

    def __init__(self, *codes: str | BaseException) -> None:
        self.codes = list(codes)
        self.requests: list[MfaRequest] = []
        self.lock = threading.Lock()

    def __call__(self, request: MfaRequest) -> str:
        with self.lock:
            self.requests.append(request)
            answer = self.codes.pop(0) if self.codes else "123456"
        if isinstance(answer, BaseException):
            raise answer
        return answer
