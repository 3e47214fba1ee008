"""Saved settings: the user's, with the machine-wide (managed) ones layered on top."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from desktop.settings import (
    ALL,
    CONNECTION_SETTINGS,
    CREDENTIAL_MODE,
    ENDPOINT_URL,
    PROFILE,
    REGION,
    AppSettings,
    Setting,
)

# A value other than the default for every setting.
SAMPLE_VALUES: dict[str, Any] = {
    "connection/region": "us-east-1",
    "connection/departments_table": "부서-dev",
    "connection/events_table": "events, dev",
    "connection/endpoint_url": "http://localhost:8000/path?x=1",
    "credentials/mode": "keyring",
    "credentials/profile": "dept-sso",
}


def reopened(settings: AppSettings) -> AppSettings:
    """The same files read by fresh objects, as the next start of the app would."""
    settings.sync()
    settings.system.sync()
    return AppSettings(
        QSettings(settings.user.fileName(), QSettings.Format.IniFormat),
        QSettings(settings.system.fileName(), QSettings.Format.IniFormat),
    )


def test_sample_covers_every_setting() -> None:
    assert set(SAMPLE_VALUES) == {s.key for s in ALL}
    for setting in ALL:
        assert SAMPLE_VALUES[setting.key] != setting.default


@pytest.mark.parametrize("setting", ALL, ids=lambda s: s.key)
def test_every_setting_starts_at_its_default(app_settings: AppSettings, setting: Setting) -> None:
    assert app_settings.get(setting) == setting.default
    assert not app_settings.is_locked(setting)


@pytest.mark.parametrize("setting", ALL, ids=lambda s: s.key)
def test_every_setting_round_trips(app_settings: AppSettings, setting: Setting) -> None:
    value = SAMPLE_VALUES[setting.key]
    app_settings.set(setting, value)
    assert app_settings.get(setting) == value
    assert reopened(app_settings).get(setting) == value


@pytest.mark.parametrize("setting", ALL, ids=lambda s: s.key)
def test_setting_to_default_removes_the_key(app_settings: AppSettings, setting: Setting) -> None:
    app_settings.set(setting, SAMPLE_VALUES[setting.key])
    assert app_settings.user.contains(setting.key)
    app_settings.set(setting, setting.default)
    assert not app_settings.user.contains(setting.key)
    assert not reopened(app_settings).user.contains(setting.key)
    assert app_settings.get(setting) == setting.default


def test_setting_none_removes_the_key(app_settings: AppSettings) -> None:
    app_settings.set(PROFILE, "dept-sso")
    app_settings.set(PROFILE, None)
    assert not app_settings.user.contains(PROFILE.key)


@pytest.mark.parametrize("setting", ALL, ids=lambda s: s.key)
def test_managed_value_overrides_the_users_and_is_locked(
    app_settings: AppSettings, setting: Setting
) -> None:
    app_settings.set(setting, SAMPLE_VALUES[setting.key])
    app_settings.system.setValue(setting.key, "managed")
    assert app_settings.is_locked(setting)
    assert app_settings.get(setting) == "managed"
    again = reopened(app_settings)
    assert again.is_locked(setting)
    assert again.get(setting) == "managed"


def test_managed_value_equal_to_the_default_still_locks(app_settings: AppSettings) -> None:
    app_settings.set(CREDENTIAL_MODE, "keyring")
    app_settings.system.setValue(CREDENTIAL_MODE.key, "default")
    assert app_settings.is_locked(CREDENTIAL_MODE)
    assert app_settings.get(CREDENTIAL_MODE) == "default"


def test_user_value_does_not_lock_and_other_settings_stay_unlocked(
    app_settings: AppSettings,
) -> None:
    app_settings.set(REGION, "us-east-1")
    app_settings.system.setValue(ENDPOINT_URL.key, "http://managed:8000")
    assert not app_settings.is_locked(REGION)
    assert app_settings.get(REGION) == "us-east-1"
    assert app_settings.is_locked(ENDPOINT_URL)


def test_managed_file_written_by_an_administrator(
    app_settings: AppSettings, isolated_environment: Path
) -> None:
    (isolated_environment / "system.ini").write_text(
        "[connection]\nregion=ap-southeast-1\n[credentials]\nmode=profile\nprofile=corp\n",
        encoding="utf-8",
    )
    settings = reopened(app_settings)
    assert settings.get(REGION) == "ap-southeast-1"
    assert settings.get(CREDENTIAL_MODE) == "profile"
    assert settings.get(PROFILE) == "corp"
    assert all(settings.is_locked(s) for s in (REGION, CREDENTIAL_MODE, PROFILE))
    assert not settings.is_locked(ENDPOINT_URL)


def test_user_settings_do_not_fall_back_to_system_scope(isolated_environment: Path) -> None:
    # QSettings(organization, application) falls back to the system scope by itself;
    # AppSettings turns that off so that a managed value is only ever read as locked.
    system = QSettings(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, "o", "a")
    system.setValue(REGION.key, "managed")
    system.sync()
    user = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "o", "a")
    settings = AppSettings(user, system)
    assert not settings.user.contains(REGION.key)
    assert settings.get(REGION) == "managed"
    assert settings.is_locked(REGION)


def test_connection_values(app_settings: AppSettings) -> None:
    app_settings.set(REGION, "us-east-1")
    app_settings.system.setValue(ENDPOINT_URL.key, "http://managed:8000")
    assert app_settings.connection_values() == {
        "region": "us-east-1",
        "departments_table": "",
        "events_table": "",
        "endpoint_url": "http://managed:8000",
    }
    assert set(app_settings.connection_values()) == set(CONNECTION_SETTINGS)


@pytest.mark.parametrize(
    ("setting", "stored", "expected"),
    [
        (Setting("test/flag", bool, False, ""), True, True),
        (Setting("test/flag", bool, False, ""), "true", True),
        (Setting("test/flag", bool, True, ""), "false", False),
        (Setting("test/count", int, 7, ""), 12, 12),
        (Setting("test/count", int, 7, ""), "not a number", 7),
        (Setting("test/items", list, [], ""), ["a", "b"], ["a", "b"]),
        (Setting("test/items", list, [], ""), "a", ["a"]),
    ],
)
def test_typed_settings_survive_the_ini_file(
    app_settings: AppSettings, setting: Setting, stored: Any, expected: Any
) -> None:
    # IniFormat reads every scalar back as text; the setting's type converts it.
    app_settings.set(setting, stored)
    assert reopened(app_settings).get(setting) == expected
