"""Start-up decisions of the window process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.gui import needs_setup
from desktop.settings import CONFIGURED, REGION, AppSettings


def test_first_start_shows_settings_only_when_nothing_is_configured(
    app_settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    assert needs_setup(app_settings)

    app_settings.set(CONFIGURED, True)
    assert not needs_setup(app_settings)


def test_environment_or_saved_settings_skip_first_start(
    app_settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not needs_setup(app_settings)  # the environment has AWS keys
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    app_settings.set(REGION, "eu-west-1")
    assert not needs_setup(app_settings)


def test_managed_settings_skip_first_start(
    app_settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    app_settings.system.setValue(REGION.key, "ap-northeast-2")
    assert not needs_setup(app_settings)


def test_a_proxy_or_a_working_directory_dotenv_of_the_installed_app_is_no_set_up(
    app_settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:8080")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    Path(".env").write_text("AWS_REGION=eu-west-1\n", encoding="utf-8")
    assert needs_setup(app_settings)

    monkeypatch.setattr(sys, "frozen", False)
    assert not needs_setup(app_settings)  # from source, the working directory's .env counts
