"""Temporary access keys as staff paste them, and when they expire.

Federation sign-in pages and IT tools hand out an access key id, its secret and a session
token, in one of three shapes: the JSON of ``aws sts get-session-token`` / ``assume-role``
(``{"Credentials": {..., "Expiration": ...}}``, or ``credential_process``'s flat form),
environment lines (``export AWS_SESSION_TOKEN=...``, ``set ...`` in cmd, ``$Env:...`` in
PowerShell), or a block of the AWS credentials file (``[profile]`` then ``key = value``).
:func:`parse_pasted` reads any of them, so one paste fills every field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from desktop.domain.timestamps import parse_timestamp

# Temporary keys (from STS) start with ASIA; permanent IAM user keys with AKIA.
TEMPORARY_KEY_PREFIX = "ASIA"

# The names each value goes by, lower case: environment variables, credentials-file keys and
# the JSON fields of the AWS CLI's answers.
_KEY_ID_NAMES = ("aws_access_key_id", "accesskeyid")
_SECRET_NAMES = ("aws_secret_access_key", "secretaccesskey")
_TOKEN_NAMES = ("aws_session_token", "sessiontoken", "aws_security_token")
_EXPIRY_NAMES = (
    "expiration",
    "aws_credential_expiration",  # aws configure export-credentials --format env
    "aws_session_expiration",
    "x_security_token_expires",
    "aws_expiration",
)
# One ``name = value`` (or ``name: value``) line, optionally after ``export``, ``set`` or
# PowerShell's ``$Env:``, the value optionally quoted.
_LINE = re.compile(
    r"""^\s*(?:export\s+|set\s+|\$env:)?([A-Za-z_][\w]*)\s*[=:]\s*(["']?)(.*?)\2\s*;?\s*$""",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PastedKeys:
    """An access key read from pasted text; ``repr`` shows neither the secret nor the token."""

    key_id: str
    secret: str = field(repr=False)
    session_token: str = field(default="", repr=False)
    expires: datetime | None = None  # UTC; None when the text does not say


def is_temporary_key_id(key_id: str) -> bool:
    """An access key id STS issued (``ASIA…``), which works only with its session token."""
    return key_id.strip().upper().startswith(TEMPORARY_KEY_PREFIX)


def parse_pasted(text: str) -> PastedKeys | None:
    """The access key in ``text`` (any shape the module names), or ``None`` when ``text``
    holds no access key id and secret (a key id typed or pasted alone, for example)."""
    values = _json_values(text)
    if values is None:
        values = _line_values(text)
    key_id = _first(values, _KEY_ID_NAMES)
    secret = _first(values, _SECRET_NAMES)
    if not key_id or not secret:
        return None
    expiry = _first(values, _EXPIRY_NAMES)
    return PastedKeys(
        key_id,
        secret,
        _first(values, _TOKEN_NAMES),
        parse_timestamp(expiry) if expiry else None,
    )


def has_expired(expires: datetime | None, now: datetime) -> bool:
    """``expires`` is known and not after ``now`` (both aware datetimes)."""
    return expires is not None and expires <= now


def expiry_text(expires: datetime) -> str:
    """``expires`` in this computer's time zone, as staff read it: ``2026-12-04 17:30``."""
    return expires.astimezone().strftime("%Y-%m-%d %H:%M")


def _first(values: dict[str, str], names: tuple[str, ...]) -> str:
    return next((values[name] for name in names if values.get(name)), "")


def _json_values(text: str) -> dict[str, str] | None:
    """The fields of the AWS CLI's JSON (nested under ``Credentials`` or flat), lower-cased."""
    stripped = text.strip()
    if not stripped.startswith("{"):
        return None
    try:
        document = json.loads(stripped)
    except ValueError:
        return None
    if not isinstance(document, dict):
        return None
    inner = document.get("Credentials")
    fields = inner if isinstance(inner, dict) else document
    return {str(k).lower(): str(v).strip() for k, v in fields.items() if isinstance(v, str)}


def _line_values(text: str) -> dict[str, str]:
    """``name=value`` lines (environment or credentials file), names lower-cased; the first
    profile block only, when several are pasted."""
    values: dict[str, str] = {}
    sections = 0
    for line in text.splitlines():
        if line.strip().startswith("["):
            sections += 1
            if sections > 1:
                break
            continue
        match = _LINE.match(line)
        if match:
            values.setdefault(match.group(1).lower(), match.group(3).strip())
    return values
