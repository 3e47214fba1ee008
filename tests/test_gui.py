"""Start-up decisions of the window process."""

from __future__ import annotations

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
