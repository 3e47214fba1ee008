"""Temporary keys pasted as IT tools hand them out: every shape fills all three fields."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from desktop.domain.temporary_keys import (
    PastedKeys,
    expiry_text,
    has_expired,
    is_temporary_key_id,
    parse_pasted,
)

KEY_ID = "ASIAIOSFODNN7EXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaDmFwLW5vcnRoZWFzdC0yIkcwRQ=="
EXPIRES = datetime(2026, 12, 4, 8, 30, tzinfo=UTC)
EXPECTED = PastedKeys(KEY_ID, SECRET, TOKEN, EXPIRES)

STS_JSON = json.dumps(
    {
        "Credentials": {
            "AccessKeyId": KEY_ID,
            "SecretAccessKey": SECRET,
            "SessionToken": TOKEN,
            "Expiration": "2026-12-04T08:30:00+00:00",
        },
        "AssumedRoleUser": {"Arn": "arn:aws:sts::123456789012:assumed-role/staff/kim"},
    },
    indent=4,
)
PROCESS_JSON = json.dumps(
    {
        "Version": 1,
        "AccessKeyId": KEY_ID,
        "SecretAccessKey": SECRET,
        "SessionToken": TOKEN,
        "Expiration": "2026-12-04T08:30:00Z",
    }
)
EXPORT_LINES = f"""export AWS_ACCESS_KEY_ID={KEY_ID}
export AWS_SECRET_ACCESS_KEY="{SECRET}"
export AWS_SESSION_TOKEN='{TOKEN}'
export AWS_CREDENTIAL_EXPIRATION=2026-12-04T08:30:00Z
"""
CMD_LINES = f"set AWS_ACCESS_KEY_ID={KEY_ID}\r\nset AWS_SECRET_ACCESS_KEY={SECRET}\r\n" + (
    f"set AWS_SESSION_TOKEN={TOKEN}\r\nset AWS_CREDENTIAL_EXPIRATION=2026-12-04T17:30:00+09:00\r\n"
)
POWERSHELL_LINES = f"""$Env:AWS_ACCESS_KEY_ID="{KEY_ID}"
$Env:AWS_SECRET_ACCESS_KEY="{SECRET}"
$Env:AWS_SESSION_TOKEN="{TOKEN}"
$Env:AWS_CREDENTIAL_EXPIRATION="2026-12-04T08:30:00Z"
"""
CREDENTIALS_BLOCK = f"""[123456789012_StaffAccess]
aws_access_key_id = {KEY_ID}
aws_secret_access_key = {SECRET}
aws_session_token = {TOKEN}
x_security_token_expires = 2026-12-04T08:30:00Z
"""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(STS_JSON, id="sts-json"),
        pytest.param(PROCESS_JSON, id="credential-process-json"),
        pytest.param(EXPORT_LINES, id="export"),
        pytest.param(CMD_LINES, id="cmd-set"),
        pytest.param(POWERSHELL_LINES, id="powershell"),
        pytest.param(CREDENTIALS_BLOCK, id="credentials-file"),
    ],
)
def test_every_shape_gives_the_key_secret_token_and_expiry(text: str) -> None:
    assert parse_pasted(text) == EXPECTED


def test_without_an_expiry_the_expiry_is_unknown() -> None:
    text = "\n".join(line for line in EXPORT_LINES.splitlines() if "EXPIRATION" not in line)
    assert parse_pasted(text) == PastedKeys(KEY_ID, SECRET, TOKEN, None)


def test_a_permanent_key_block_has_no_token() -> None:
    text = "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = s3cr3t\n"
    assert parse_pasted(text) == PastedKeys("AKIAIOSFODNN7EXAMPLE", "s3cr3t")


def test_only_the_first_profile_of_several_is_read() -> None:
    text = (
        CREDENTIALS_BLOCK + "\n[other]\naws_access_key_id = ASIAOTHER\naws_secret_access_key = x\n"
    )
    assert parse_pasted(text) == EXPECTED


@pytest.mark.parametrize(
    "text",
    ["", KEY_ID, SECRET, TOKEN, "{not json", '{"Credentials": "x"}', "[default]\nregion = x"],
)
def test_text_without_a_whole_key_is_not_a_paste(text: str) -> None:
    assert parse_pasted(text) is None


def test_the_secret_and_token_stay_out_of_the_repr() -> None:
    shown = repr(parse_pasted(STS_JSON))
    assert KEY_ID in shown
    assert SECRET not in shown
    assert TOKEN not in shown


def test_temporary_key_ids_start_with_asia() -> None:
    assert is_temporary_key_id(KEY_ID)
    assert not is_temporary_key_id("AKIAIOSFODNN7EXAMPLE")
    assert not is_temporary_key_id("")


def test_expiry_passes_at_the_moment_itself() -> None:
    assert not has_expired(None, EXPIRES)
    assert not has_expired(EXPIRES, datetime(2026, 12, 4, 8, 29, 59, tzinfo=UTC))
    assert has_expired(EXPIRES, EXPIRES)


@pytest.fixture
def seoul() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Seoul"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.usefixtures("seoul")
def test_the_expiry_is_shown_in_this_computers_time_zone() -> None:
    assert expiry_text(EXPIRES) == "2026-12-04 17:30"
