"""``deptcal config show`` through the real entry point: sources, locks, JSON, no secrets."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from desktop.app import main
from desktop.data.secrets import SecretStore
from desktop.settings import (
    CREDENTIAL_MODE,
    ENDPOINT_URL,
    EVENTS_TABLE,
    PROXY,
    REGION,
    SESSION_EXPIRES,
    AppSettings,
)

KEY_ID = "AKIAIOSFODNN7EXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
PASSWORD = "hunter2-endpoint-password"


@pytest.fixture
def machine() -> AppSettings:
    """The settings the command reads: the app's own (in the test's temp folders)."""
    return AppSettings()


def show(capsys: pytest.CaptureFixture[str], *options: str) -> str:
    assert main(["config", "show", *options]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


def show_json(capsys: pytest.CaptureFixture[str], *options: str) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(show(capsys, "--json", *options))
    return report


def row(text: str, name: str) -> list[str]:
    """The cells of the line for ``name`` (two or more spaces apart)."""
    line = next(line for line in text.splitlines() if line.startswith(f"{name} "))
    return [cell.strip() for cell in line.split("  ") if cell.strip()]


def test_each_value_with_its_source_and_lock(
    machine: AppSettings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    machine.system.setValue(REGION.key, "ap-northeast-2")
    machine.system.setValue(CREDENTIAL_MODE.key, "profile")
    machine.set(EVENTS_TABLE, "team-events")
    machine.sync()
    machine.system.sync()
    monkeypatch.setenv("AWS_REGION", "us-east-1")  # beaten by the managed region
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:8080")
    Path(".env").write_text("DEPARTMENTS_TABLE=web-departments\n", encoding="utf-8")

    text = show(capsys)

    assert "highest first: managed, environment, .env, settings, default" in text
    assert row(text, "region") == ["region", "ap-northeast-2", "managed", "locked"]
    assert row(text, "departments_table") == [
        "departments_table",
        "web-departments",
        ".env (DEPARTMENTS_TABLE)",
    ]
    assert row(text, "events_table") == ["events_table", "team-events", "settings"]
    assert row(text, "endpoint_url") == ["endpoint_url", "(none)", "default"]
    assert row(text, "proxy") == [
        "proxy",
        "http://proxy.corp:8080",
        "environment (HTTPS_PROXY)",
    ]
    assert row(text, "credential_mode") == ["credential_mode", "profile", "managed", "locked"]
    assert row(text, ".env files read") == [".env files read", str(Path.cwd() / ".env")]
    assert row(text, "keyring")[1] == "tests.support.MemoryKeyring"
    assert row(text, "access key") == ["access key", "not stored"]
    assert row(text, "user settings")[1] == machine.user.fileName()
    assert row(text, "machine settings")[1] == machine.system.fileName()


def test_json_for_scripts(
    machine: AppSettings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    machine.system.setValue(PROXY.key, "http://proxy.corp:8080")
    machine.system.sync()
    monkeypatch.setenv("EVENTS_TABLE", "events-dev")

    report = show_json(capsys)

    assert report["precedence"] == ["managed", "environment", ".env", "settings", "default"]
    assert report["values"]["proxy"] == {
        "value": "http://proxy.corp:8080",
        "source": "managed",
        "variable": None,
        "locked": True,
    }
    assert report["values"]["events_table"] == {
        "value": "events-dev",
        "source": "environment",
        "variable": "EVENTS_TABLE",
        "locked": False,
    }
    assert report["values"]["region"]["source"] == "environment"  # the fixture's variable
    assert set(report["values"]) == {
        "region",
        "departments_table",
        "events_table",
        "endpoint_url",
        "ca_bundle",
        "proxy",
        "credential_mode",
        "profile",
    }
    assert report["signs_in_with"] == {"kind": "environment access key", "detail": "…"}
    assert report["dotenv_files"] == []
    assert report["settings"]["machine"] == machine.system.fileName()


def test_never_prints_a_secret(
    machine: AppSettings,
    secrets: SecretStore,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    secrets.save(KEY_ID, SECRET)
    machine.system.setValue(CREDENTIAL_MODE.key, "keyring")
    machine.system.setValue(ENDPOINT_URL.key, f"http://dbuser7:{PASSWORD}@db.corp:8000")
    machine.system.sync()
    monkeypatch.setenv("HTTPS_PROXY", f"http://someone:{PASSWORD}@proxy:3128")
    Path(".env").write_text(
        f"AWS_ACCESS_KEY_ID={KEY_ID}\nAWS_SECRET_ACCESS_KEY={SECRET}\n", encoding="utf-8"
    )

    text = show(capsys)
    report = show_json(capsys)

    for output in (text, json.dumps(report, ensure_ascii=False)):
        assert SECRET not in output
        assert KEY_ID not in output
        assert PASSWORD not in output
        assert "dbuser7" not in output
    assert row(text, "endpoint_url")[1] == "http://***@db.corp:8000"
    assert row(text, "proxy")[1] == "http://***@proxy:3128"
    assert row(text, "access key") == ["access key", "stored (AKIA…MPLE)"]
    assert row(text, "proxy password") == ["proxy password", "not stored"]
    assert report["keyring"]["access_key_id"] == "AKIA…MPLE"
    assert report["signs_in_with"] == {"kind": "keyring", "detail": "AKIA…MPLE"}


def test_a_keyring_that_fails_is_reported_not_a_crash(
    machine: AppSettings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    machine.set(CREDENTIAL_MODE, "keyring")
    machine.sync()
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)

    text = show(capsys)

    assert row(text, "signs in with")[1] == "the access key in the keyring, which cannot be read"
    assert row(text, "keyring")[1] == "keyring.backends.fail.Keyring"
    assert row(text, "access key")[1].startswith("cannot be read: This computer has no usable")
    assert show_json(capsys)["keyring"]["access_key_stored"] is None


@pytest.mark.usefixtures("machine")
def test_the_installed_window_skips_the_working_directorys_dotenv(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    Path(".env").write_text("AWS_REGION=eu-west-1\n", encoding="utf-8")

    admin = show_json(capsys)
    window = show_json(capsys, "--window")
    window_text = show(capsys, "--window")

    assert admin["values"]["region"]["source"] == ".env"
    assert admin["dotenv_files"] == [str(Path.cwd() / ".env")]
    assert window["values"]["region"] == {
        "value": "ap-northeast-2",
        "source": "default",
        "variable": None,
        "locked": False,
    }
    assert window["dotenv_files"] == []
    assert window["dotenv_files_not_read"] == [str(Path.cwd() / ".env")]
    assert "As the calendar window resolves them." in window_text
    assert row(window_text, ".env files skipped")[1].endswith("(not read by the installed window)")


def test_the_proxys_stored_login_is_said_to_be_there_and_never_printed(
    machine: AppSettings,
    secrets: SecretStore,
    capsys: pytest.CaptureFixture[str],
) -> None:
    machine.set(PROXY, "http://proxy.example.com:8080")
    machine.sync()
    secrets.save_proxy("proxyuser9", PASSWORD)

    text = show(capsys)
    report = show_json(capsys)

    for output in (text, json.dumps(report, ensure_ascii=False)):
        assert PASSWORD not in output
        assert "proxyuser9" not in output
    assert row(text, "proxy")[1:] == ["http://proxy.example.com:8080", "settings"]
    assert row(text, "proxy password")[1] == "stored (used with the proxy of the user's settings)"
    assert report["keyring"]["proxy_login_stored"] is True


@pytest.mark.parametrize(
    ("expires", "said"),
    [
        ("2999-01-01T00:00:00.000Z", "a temporary key with a session token, expires "),
        ("2020-01-01T00:00:00.000Z", "a temporary key with a session token, expired "),
        ("", "a temporary key with a session token (expiry not known)"),
    ],
)
def test_a_temporary_key_is_said_to_be_one_with_its_expiry_never_its_token(
    machine: AppSettings,
    secrets: SecretStore,
    capsys: pytest.CaptureFixture[str],
    expires: str,
    said: str,
) -> None:
    token = "FQoGZXIvYXdzEBYaDtemporarytoken" * 100
    machine.set(CREDENTIAL_MODE, "keyring")
    machine.set(SESSION_EXPIRES, expires)
    machine.sync()
    secrets.save("ASIAIOSFODNN7EXAMPLE", SECRET, token)

    text = show(capsys)
    report = show_json(capsys)

    for output in (text, json.dumps(report, ensure_ascii=False)):
        assert token[:30] not in output
        assert SECRET not in output
    assert row(text, "access key")[1].startswith(f"stored (ASIA…MPLE), {said}")
    assert report["keyring"]["session_token_stored"] is True
    assert report["keyring"]["session_expires"] == (expires or None)


def test_a_permanent_key_is_not_called_temporary(
    machine: AppSettings, secrets: SecretStore, capsys: pytest.CaptureFixture[str]
) -> None:
    machine.set(CREDENTIAL_MODE, "keyring")
    machine.set(SESSION_EXPIRES, "2020-01-01T00:00:00.000Z")  # left from an earlier key
    machine.sync()
    secrets.save(KEY_ID, SECRET)

    text = show(capsys)
    assert row(text, "access key")[1] == "stored (AKIA…MPLE)"
    assert show_json(capsys)["keyring"]["session_token_stored"] is False
