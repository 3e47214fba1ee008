"""Test connection with an assume-role profile that needs an MFA code."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.data.errors import CredentialsError
from desktop.data.prompts import set_mfa_prompter
from desktop.workers.connection_check import run_checks
from tests.mfa_support import Prompter, role_profile


def test_the_code_is_asked_and_the_checks_run(
    endpoint: str, isolated_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = role_profile(isolated_environment, endpoint, monkeypatch)
    asked = Prompter("123456")
    set_mfa_prompter(asked)

    report = run_checks(settings)

    assert [r.device for r in asked.requests] == ["kim.minji"]
    assert report.lines[0].offer == "create_tables"  # signed in: the (missing) tables checked


def test_cancel_is_a_line_saying_so_not_an_unexpected_error(
    endpoint: str, isolated_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = role_profile(isolated_environment, endpoint, monkeypatch)
    set_mfa_prompter(Prompter(CredentialsError.mfa_cancelled("calendar")))

    report = run_checks(settings)

    assert not report.ok
    texts = " ".join(line.text + " " + line.advice for line in report.lines)
    assert "cancelled" in texts
    assert "MFA" in texts
    assert "unexpected" not in texts and "send the log" not in texts
