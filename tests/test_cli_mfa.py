"""The admin commands with an assume-role profile that needs an MFA code."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.app import main
from tests.mfa_support import SERIAL, role_profile


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_code_is_asked_naming_the_device(
    endpoint: str,
    isolated_environment: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    role_profile(isolated_environment, endpoint, monkeypatch)
    prompts: list[str] = []

    def getpass(prompt: str, stream: object = None) -> str:
        prompts.append(prompt)
        return "123456"

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", getpass)
    command = ["tables", "create", "--profile", "calendar", "--endpoint-url", endpoint]

    assert main(command) == 0
    assert prompts == [f"MFA code for {SERIAL}: "]
    assert "Created: departments, events." in capsys.readouterr().out


def test_without_a_terminal_it_says_to_run_it_in_one(
    endpoint: str,
    isolated_environment: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    role_profile(isolated_environment, endpoint, monkeypatch)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    assert main(["tables", "check", "--profile", "calendar", "--endpoint-url", endpoint]) == 1
    err = capsys.readouterr().err
    assert "needs an MFA code: run the command in a terminal" in err
    assert "EOFError" not in err and "unexpected" not in err
