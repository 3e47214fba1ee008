"""The connection test without widgets: checklist lines, advice, offers; profiles; keyring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyring.backends import fail
from keyring.errors import KeyringError as BackendKeyringError

from desktop.data.config import ConnectionSettings, CredentialMode, Credentials
from desktop.data.errors import (
    AccessDeniedError,
    CredentialsError,
    OfflineError,
    ProfileNotFoundError,
    SchemaMismatchError,
    ServiceError,
    StoreError,
    TableMissingError,
    TableNotReadyError,
    ThrottledError,
)
from desktop.data.iam_policy import GUIDE_ACTIONS, guide_policy
from desktop.data.secrets import SecretStore
from desktop.data.store import DynamoStore
from desktop.workers.connection_check import (
    CheckLine,
    CheckReport,
    create_tables,
    keyring_label,
    line_for_error,
    list_profiles,
    read_keyring,
    run_checks,
)
from tests.data.test_iam_policy import GUIDE_POLICY
from tests.support import MemoryKeyring

SSO_CONFIG = """\
[profile dev-sso]
sso_start_url = https://example.awsapps.com/start
sso_region = ap-northeast-2
sso_account_id = 123456789012
sso_role_name = CalendarUser
region = ap-northeast-2

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = ap-northeast-2

[profile team]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = CalendarUser

[profile plain]
region = ap-northeast-2
"""


def write_aws_config(home: Path, text: str = SSO_CONFIG) -> None:
    (home / "aws-config").write_text(text, encoding="utf-8")


# --- the IAM policy ------------------------------------------------------------------------------


def test_the_policy_is_the_guides_for_the_guides_names() -> None:
    assert json.loads(guide_policy("ap-northeast-2", "departments", "events")) == GUIDE_POLICY


def test_the_policy_names_the_configured_region_and_tables() -> None:
    policy = json.loads(guide_policy("eu-west-1", "team-departments", "team-events"))

    assert [s["Resource"] for s in policy["Statement"]] == [
        "arn:aws:dynamodb:eu-west-1:*:table/team-departments*",
        "arn:aws:dynamodb:eu-west-1:*:table/team-events*",
    ]
    assert all(s["Action"] == list(GUIDE_ACTIONS) for s in policy["Statement"])
    assert all(s["Effect"] == "Allow" for s in policy["Statement"])
    assert len(GUIDE_ACTIONS) == 12


# --- run_checks against moto ----------------------------------------------------------------------


def test_all_checks_pass_with_the_guides_tables(store: DynamoStore) -> None:
    report = run_checks(store.settings)

    assert report.ok
    assert [line.ok for line in report.lines] == [True, True, True, True]
    assert "departments" in report.lines[0].text
    assert "events" in report.lines[1].text
    assert "department-date-index" in report.lines[2].text
    assert report.offers == []


def test_missing_tables_offer_creating_them_and_name_the_region(
    connection: ConnectionSettings,
) -> None:
    report = run_checks(connection)

    assert not report.ok
    assert [line.offer for line in report.lines] == ["create_tables", "create_tables"]
    assert report.offers == ["create_tables"]
    assert "ap-northeast-2" in report.lines[0].text
    assert "Check the region" in report.lines[0].advice


def test_created_tables_then_pass(connection: ConnectionSettings) -> None:
    steps: list[tuple[str, str]] = []

    outcome = create_tables(
        connection, on_demand=True, progress=lambda t, s: steps.append((t, s)), poll_seconds=0.01
    )

    assert outcome == {"departments": "created", "events": "created"}
    assert ("departments", "ACTIVE") in steps and ("events", "ACTIVE") in steps
    assert run_checks(connection).ok
    described = DynamoStore(connection).describe_table("events")
    assert described["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"


def test_a_closed_port_gives_offline_advice() -> None:
    settings = ConnectionSettings(endpoint_url="http://127.0.0.1:9", max_attempts=1)

    report = run_checks(settings)

    assert len(report.lines) == 1
    line = report.lines[0]
    assert not line.ok
    assert "Cannot reach DynamoDB at http://127.0.0.1:9" in line.text
    assert "network" in line.advice


def test_invalid_settings_become_a_line_not_an_exception() -> None:
    report = run_checks(ConnectionSettings(endpoint_url="ftp://example.com"))

    assert [line.ok for line in report.lines] == [False]
    assert "http" in report.lines[0].text


def test_a_client_that_cannot_be_built_becomes_a_line(connection: ConnectionSettings) -> None:
    def factory(settings: ConnectionSettings) -> DynamoStore:
        def broken(_: ConnectionSettings) -> object:
            raise CredentialsError.missing("no credentials at all")

        return DynamoStore(settings, client_factory=broken)  # type: ignore[arg-type]

    report = run_checks(connection, factory)

    assert [line.text for line in report.lines] == ["No AWS credentials were found."]


def test_an_expired_sso_sign_in_gives_the_command(isolated_environment: Path) -> None:
    write_aws_config(isolated_environment)
    settings = ConnectionSettings(
        endpoint_url="http://127.0.0.1:9",
        credentials=Credentials(CredentialMode.PROFILE, "team"),
        max_attempts=1,
    )

    report = run_checks(settings)

    assert report.offers == ["sso_login"]
    assert report.command == "aws sso login --profile team"
    assert "team" in report.lines[0].text


def test_an_unknown_profile_says_to_choose_another(isolated_environment: Path) -> None:
    write_aws_config(isolated_environment)
    settings = ConnectionSettings(credentials=Credentials(CredentialMode.PROFILE, "nobody"))

    report = run_checks(settings)

    assert "nobody" in report.lines[0].text
    assert "Choose another profile" in report.lines[0].advice


# --- each error's advice --------------------------------------------------------------------------


SETTINGS = ConnectionSettings(region="eu-west-1")


@pytest.mark.parametrize(
    ("error", "text", "advice", "offer"),
    [
        (OfflineError.build("x", "d"), "Cannot reach", "network", None),
        (CredentialsError.invalid("UnrecognizedClientException", "d"), "not accept", "", None),
        (CredentialsError.missing(), "No AWS credentials", "profile", None),
        (CredentialsError.expired("ExpiredTokenException", "d"), "expired", "new access", None),
        (CredentialsError.sso_expired("default", "d"), "“default”", "terminal", "sso_login"),
        (ProfileNotFoundError.build("dev"), "does not exist", "another profile", None),
        (
            AccessDeniedError.build("dynamodb:Scan", "AccessDeniedException", "d"),
            "dynamodb:Scan",
            "policy",
            "copy_policy",
        ),
        (TableMissingError.build("events", "eu-west-1"), "eu-west-1", "region", "create_tables"),
        (SchemaMismatchError.build("events", ["no index"]), "no index", "administrator", None),
        (TableNotReadyError.build("events", "CREATING"), "CREATING", "Wait", None),
        (ThrottledError.build("Throttling", "d"), "busy", "Wait", None),
        (ServiceError.build("Boom", "d"), "Boom", "log", None),
    ],
)
def test_every_failure_says_what_to_do(
    error: StoreError, text: str, advice: str, offer: str | None
) -> None:
    line = line_for_error(error, SETTINGS, "events")

    assert not line.ok
    assert text in line.text
    assert advice in line.advice
    assert line.advice
    assert line.offer == offer


def test_wrong_keys_advice_depends_on_the_credential_kind() -> None:
    error = CredentialsError.invalid("UnrecognizedClientException", "d")
    keyring = ConnectionSettings(credentials=Credentials(CredentialMode.KEYRING, "", "AKIA", "x"))

    assert "secret access key" in line_for_error(error, keyring, "").advice
    assert "AWS_ACCESS_KEY_ID" in line_for_error(error, SETTINGS, "").advice


def test_the_report_collects_offers_and_denied_actions() -> None:
    denied = AccessDeniedError.build("dynamodb:Query", "AccessDeniedException", "d")
    report = CheckReport(
        [
            CheckLine(True, "fine"),
            line_for_error(denied, SETTINGS, "events"),
            line_for_error(TableMissingError.build("x", "eu-west-1"), SETTINGS, "x"),
            line_for_error(denied, SETTINGS, "events"),
        ]
    )

    assert not report.ok
    assert report.offers == ["copy_policy", "create_tables"]
    assert report.missing_actions == ["dynamodb:Query"]
    assert not CheckReport([]).ok


# --- profiles -------------------------------------------------------------------------------------


def test_profiles_are_listed_with_sso_marked(isolated_environment: Path) -> None:
    write_aws_config(isolated_environment)

    profiles = {p.name: p.sso for p in list_profiles()}

    assert profiles == {"dev-sso": True, "team": True, "plain": False}


def test_no_aws_config_means_no_profiles() -> None:
    assert list_profiles() == []


# --- the keyring ----------------------------------------------------------------------------------


def test_the_keyring_state_holds_the_stored_key(memory_keyring: MemoryKeyring) -> None:
    secrets = SecretStore(memory_keyring)
    assert read_keyring(secrets).available
    assert not read_keyring(secrets).has_secret
    secrets.save("AKIAEXAMPLEKEY12", "the-secret")

    state = read_keyring(secrets)

    assert state.available and state.has_secret
    assert state.key_id == "AKIAEXAMPLEKEY12"
    assert "the-secret" not in repr(state)


def test_no_keyring_backend_is_unavailable() -> None:
    state = read_keyring(SecretStore(fail.Keyring()))  # type: ignore[no-untyped-call]

    assert not state.available
    assert state.error is not None and state.error.code == "NoKeyring"


def test_a_keyring_that_refuses_reads_is_reported() -> None:
    class Locked(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise BackendKeyringError("locked")

    state = read_keyring(SecretStore(Locked()))

    assert state.available
    assert state.error is not None and state.error.code == "KeyringFailed"


def test_keyring_backends_have_readable_names() -> None:
    assert keyring_label("keyring.backends.Windows.WinVaultKeyring") == "Windows Credential Manager"
    assert keyring_label("keyring.backends.macOS.Keyring") == "macOS Keychain"
    assert keyring_label("keyring.backends.SecretService.Keyring") == "Secret Service"
    assert keyring_label("tests.support.MemoryKeyring") == "MemoryKeyring"
