"""Assume-role profiles with an MFA device, against moto's STS: the code asked once per role
session, through whatever prompter the app installed, and every failure a clear error."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine

from desktop.data import prompts
from desktop.data.aws_session import RoleCache, make_session
from desktop.data.cache import Cache
from desktop.data.config import ConnectionSettings
from desktop.data.errors import CredentialsError
from desktop.data.outbox import Outbox, State
from desktop.data.prompts import set_mfa_prompter
from desktop.data.store import DynamoStore
from tests.data.conftest import new_event
from tests.mfa_support import SERIAL, Prompter, forget_role_sessions, role_profile


@pytest.fixture
def role_settings(
    endpoint: str, isolated_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> ConnectionSettings:
    return role_profile(isolated_environment, endpoint, monkeypatch)


@pytest.fixture
def prompter() -> Any:
    installed = Prompter()
    previous = set_mfa_prompter(installed)
    yield installed
    set_mfa_prompter(previous)


def test_the_code_is_asked_once_naming_the_device_and_the_calendar_loads(
    role_settings: ConnectionSettings, prompter: Prompter
) -> None:
    store = DynamoStore(role_settings)
    store.create_tables(poll_seconds=0.01)
    department = store.create_department("총무팀", "")
    batch = store.events_between(department.id, date(2026, 11, 1), date(2026, 11, 30))

    assert batch.events == []
    assert [(r.device, r.profile, r.refused) for r in prompter.requests] == [
        ("kim.minji", "calendar", False)
    ]
    assert prompter.requests[0].serial == SERIAL


def test_a_second_client_in_the_role_sessions_lifetime_asks_nothing(
    role_settings: ConnectionSettings, prompter: Prompter, isolated_environment: Path
) -> None:
    DynamoStore(role_settings).create_tables(poll_seconds=0.01)
    DynamoStore(role_settings).list_departments()  # Test connection's own client, say

    assert len(prompter.requests) == 1
    # Role credentials are secrets: kept in memory, never written to a file.
    assert list(isolated_environment.rglob("*.json")) == []


def test_a_role_session_the_aws_cli_made_is_used_after_a_restart(
    role_settings: ConnectionSettings, prompter: Prompter, isolated_environment: Path
) -> None:
    from botocore.utils import JSONFileCache

    DynamoStore(role_settings).create_tables(poll_seconds=0.01)
    # What `aws --profile calendar ...` writes after the same code, with the same keys:
    cli_cache = JSONFileCache(str(isolated_environment / ".aws" / "cli" / "cache"))
    for memory in RoleCache._memory.values():
        for key, value in memory.items():
            cli_cache[key] = value
    RoleCache._memory.clear()  # a new process
    DynamoStore(role_settings).list_departments()

    assert len(prompter.requests) == 1


def test_two_workers_at_once_are_asked_one_code(
    role_settings: ConnectionSettings, prompter: Prompter
) -> None:
    DynamoStore(role_settings).create_tables(poll_seconds=0.01)
    prompter.requests.clear()
    forget_role_sessions()
    stores = [DynamoStore(role_settings) for _ in range(2)]
    failures: list[BaseException] = []

    def read(store: DynamoStore) -> None:
        try:
            store.list_departments()
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=read, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert failures == []
    assert len(prompter.requests) == 1


@pytest.mark.parametrize(
    "answer",
    [CredentialsError.mfa_cancelled("calendar"), EOFError()],
    ids=["cancel", "closed terminal"],
)
def test_no_code_is_a_clear_sign_in_error_not_an_unexpected_one(
    role_settings: ConnectionSettings, answer: BaseException
) -> None:
    set_mfa_prompter(Prompter(answer))
    try:
        with pytest.raises(CredentialsError) as caught:
            DynamoStore(role_settings).list_departments()
    finally:
        set_mfa_prompter(None)
    assert caught.value.code == "MfaCancelled"
    assert "cancelled" in str(caught.value)
    assert "unexpected" not in str(caught.value)


def test_without_a_prompter_the_profile_says_it_needs_a_code(
    role_settings: ConnectionSettings,
) -> None:
    with pytest.raises(CredentialsError) as caught:
        DynamoStore(role_settings).list_departments()
    assert caught.value.code == "MfaCodeNeeded"
    assert "kim.minji" in str(caught.value)


def test_letters_are_asked_again_and_three_refusals_stop(
    role_settings: ConnectionSettings,
) -> None:
    asked = Prompter("abcdef", "12345", "12 34 56")
    set_mfa_prompter(asked)
    try:
        DynamoStore(role_settings).create_tables(poll_seconds=0.01)
    finally:
        set_mfa_prompter(None)
    assert [(r.attempt, r.refused) for r in asked.requests] == [(1, False), (2, True), (3, True)]

    never = Prompter("abcdef", "abcdef", "abcdef", "123456")
    set_mfa_prompter(never)
    forget_role_sessions()
    try:
        with pytest.raises(CredentialsError) as caught:
            DynamoStore(role_settings).list_departments()
    finally:
        set_mfa_prompter(None)
    assert caught.value.code == "MfaRefused"
    assert len(never.requests) == prompts.MFA_ATTEMPTS


def refuse_codes(session: Any, times: int) -> list[str]:
    """STS answers the first ``times`` AssumeRole calls as for a wrong code (moto takes any)."""
    from botocore.awsrequest import AWSResponse

    codes: list[str] = []

    def answer(params: dict[str, Any], **_: Any) -> Any:
        codes.append(params["body"].get("TokenCode", ""))
        if len(codes) > times:
            return None  # moto's own answer
        error = {
            "Code": "AccessDenied",
            "Message": "MultiFactorAuthentication failed with invalid MFA one time pass code.",
        }
        return AWSResponse("https://sts", 403, {}, None), {"Error": error}

    session.events.register("before-call.sts.AssumeRole", answer)
    return codes


def test_a_refused_code_is_asked_again_saying_so(
    role_settings: ConnectionSettings, prompter: Prompter, endpoint: str
) -> None:
    prompter.codes = ["111111", "222222", "333333"]
    session = make_session(role_settings)
    sent = refuse_codes(session, times=2)
    session.client("dynamodb", endpoint_url=endpoint).list_tables()

    assert sent == ["111111", "222222", "333333"]
    assert [(r.attempt, r.refused) for r in prompter.requests] == [
        (1, False),
        (2, True),
        (3, True),
    ]


def test_three_refused_codes_stop_with_a_clear_error(
    role_settings: ConnectionSettings, prompter: Prompter, endpoint: str
) -> None:
    session = make_session(role_settings)
    refuse_codes(session, times=3)
    with pytest.raises(CredentialsError) as caught:
        session.client("dynamodb", endpoint_url=endpoint).list_tables()

    assert caught.value.code == "MfaRefused"
    assert "kim.minji" in str(caught.value)
    assert len(prompter.requests) == 3


def test_an_expiring_role_session_asks_again_and_the_same_client_goes_on(
    role_settings: ConnectionSettings, prompter: Prompter
) -> None:
    store = DynamoStore(role_settings)
    store.create_tables(poll_seconds=0.01)
    assert len(prompter.requests) == 1

    with time_machine.travel(datetime.now().astimezone() + timedelta(minutes=55), tick=False):
        store.list_departments()  # moto's role session lasts an hour: renewed 10 minutes early

    assert len(prompter.requests) == 2
    assert [r.refused for r in prompter.requests] == [False, False]


def test_a_change_made_while_no_code_is_given_waits_and_goes_after_the_code(
    role_settings: ConnectionSettings, cache: Cache
) -> None:
    """Nothing typed is lost: Cancel at the code leaves the change waiting in the outbox, and
    the next send, with a code, writes it."""
    set_mfa_prompter(Prompter())
    try:
        DynamoStore(role_settings).create_tables(poll_seconds=0.01)
        department = DynamoStore(role_settings).create_department("총무팀", "")
    finally:
        set_mfa_prompter(None)
    forget_role_sessions()  # the role session ended: the next call needs a new code
    outbox = Outbox(cache)
    event = new_event(department.id, date(2026, 11, 10), "주간 회의")
    outbox.record(None, event)
    prompter = Prompter(CredentialsError.mfa_cancelled("calendar"), "654321")
    set_mfa_prompter(prompter)
    try:
        store = DynamoStore(role_settings)
        outbox.send_all(store)
        [entry] = outbox.entries()
        assert entry.state is State.WAITING  # kept, not refused

        outbox.send_all(store)  # a later send (a retry): the code is asked and given
    finally:
        set_mfa_prompter(None)

    assert outbox.entries() == []
    assert len(prompter.requests) == 2
    stored = DynamoStore(role_settings).get_event(event.id, department.id)
    assert stored is not None and stored.title == "주간 회의"
