"""The ``tables`` admin commands through the real entry point."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from desktop.app import main
from desktop.data.store import DynamoStore
from desktop.domain.connection_rules import field_label
from tests.domain.test_connection_rules import BAD_VALUES, Bad, problems_with


def test_tables_create_then_check(endpoint: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tables", "create", "--endpoint-url", endpoint]) == 0
    out = capsys.readouterr().out
    assert "Created: departments, events." in out

    assert main(["tables", "check", "--endpoint-url", endpoint]) == 0
    out = capsys.readouterr().out
    assert "[ok  ] table departments" in out
    assert "[ok  ] query department-date-index" in out


def test_tables_create_twice_reports_existing(
    endpoint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tables", "create", "--on-demand", "--endpoint-url", endpoint]) == 0
    capsys.readouterr()
    assert main(["tables", "create", "--endpoint-url", endpoint]) == 0
    assert "Already there, schema as expected: departments, events." in capsys.readouterr().out


def test_tables_check_without_tables_fails_with_one_line(
    endpoint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tables", "check", "--endpoint-url", endpoint]) == 1
    captured = capsys.readouterr()
    assert "[FAIL] table departments" in captured.out
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert "The shared calendar was not found" in lines[0]
    assert "not found in region ap-northeast-2" in lines[0]


def closed_port() -> int:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_unreachable_endpoint_says_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    port = closed_port()
    code = main(["tables", "check", "--endpoint-url", f"http://127.0.0.1:{port}"])
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("deptcal: Cannot reach the calendar server.")
    assert f"[Offline: http://127.0.0.1:{port}" in err
    assert "Check the network connection" in err


def test_bad_endpoint_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tables", "check", "--endpoint-url", "ftp://example.com"]) == 2
    assert "must be an http:// or https:// URL" in capsys.readouterr().err


def test_environment_tables_are_used(
    endpoint: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DEPARTMENTS_TABLE", "dept-test")
    monkeypatch.setenv("EVENTS_TABLE", "events-test")
    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", endpoint)
    assert main(["tables", "create"]) == 0
    assert "Created: dept-test, events-test." in capsys.readouterr().out


def test_help_lists_admin_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("tables", "migrate", "export"):
        assert command in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop import __version__

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"deptcal {__version__}"


def test_store_fixture_is_fresh(store: DynamoStore) -> None:
    assert store.list_departments().departments == []


_OPTIONS = {"region": "--region", "endpoint_url": "--endpoint-url"}
_VARIABLES = {"departments_table": "DEPARTMENTS_TABLE", "events_table": "EVENTS_TABLE"}


@pytest.mark.parametrize("bad", BAD_VALUES, ids=lambda bad: f"{bad.field}={bad.value[:20]}")
def test_the_commands_refuse_what_the_settings_dialog_refuses(
    bad: Bad, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The same values and messages as tests/views/test_settings_dialog.py.
    arguments = ["tables", "check"]
    if bad.field in _OPTIONS:
        arguments += [_OPTIONS[bad.field], bad.value]
    else:
        monkeypatch.setenv(_VARIABLES[bad.field], bad.value)
        arguments += ["--endpoint-url", f"http://127.0.0.1:{closed_port()}"]  # never AWS

    assert main(arguments) == 2

    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert (
        lines[0]
        == f"deptcal: {field_label(bad.field)}: {problems_with(bad.field, bad.value)[bad.field]}"
    )
    assert bad.message in lines[0]
    assert "hunter2" not in lines[0]


def test_a_profile_option_needs_no_stored_access_key(
    endpoint: str, capsys: pytest.CaptureFixture[str], isolated_environment: Path
) -> None:
    from desktop.settings import CREDENTIAL_MODE, AppSettings

    saved = AppSettings()
    saved.set(CREDENTIAL_MODE, "keyring")  # and nothing in the keyring
    saved.sync()
    (isolated_environment / "aws-credentials").write_text(
        "[calendar]\naws_access_key_id = testing\naws_secret_access_key = testing\n",
        encoding="utf-8",
    )

    code = main(["tables", "create", "--profile", "calendar", "--endpoint-url", endpoint])

    assert code == 0, capsys.readouterr().err
    assert "Created: departments, events." in capsys.readouterr().out
