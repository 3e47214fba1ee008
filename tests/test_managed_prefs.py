"""The machine-wide settings of each platform: macOS forced preferences, the Windows policy
key over the older one, and the reader's CoreFoundation conversions (run through ctypes here
against stand-in functions, as macOS itself cannot run in these tests)."""

from __future__ import annotations

import ctypes
import logging
import plistlib
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from desktop.days_off_settings import managed_days_off
from desktop.managed_prefs import (
    SIGNATURES,
    CachedForcedValues,
    CFPreferences,
    CoreFoundation,
    LayeredSettings,
    ManagedPreferences,
    mac_name,
    managed_names,
    platform_layer,
    qt_key,
)
from desktop.settings import (
    ADMIN_DEPARTMENTS,
    BUNDLE_ID,
    CA_BUNDLE,
    PROXY,
    REGION,
    REMINDER_TIMED,
    AppSettings,
)
from desktop.views.main_window import REFRESH_MINUTES
from desktop.views.window.week_start import FIRST_WEEKDAY, WEEKEND_DAYS


class DictPreferences:
    """A preferences domain as a dict of names to (value, forced), counting the questions."""

    def __init__(self, values: dict[str, tuple[object, bool]], listed: bool = True) -> None:
        self.values = values
        self.listed = listed
        self.asked: list[str] = []

    def names(self) -> Iterable[str]:
        return list(self.values) if self.listed else []

    def forced(self, name: str) -> object | None:
        self.asked.append(name)
        value, forced = self.values.get(name, (None, False))
        return value if forced else None


def mac_settings(
    app_settings: AppSettings, values: dict[str, tuple[object, bool]], listed: bool = True
) -> tuple[AppSettings, DictPreferences]:
    domain = DictPreferences(values, listed)
    layer = ManagedPreferences(CachedForcedValues(domain), f"managed preferences: {BUNDLE_ID}")
    return AppSettings(app_settings.user, layer), domain


# --- macOS: what a profile forces is managed, nothing else -------------------------------------


def test_a_forced_value_is_managed_and_locks_the_setting(app_settings: AppSettings) -> None:
    app_settings.set(REGION, "us-east-1")
    settings, _ = mac_settings(app_settings, {"connection.region": ("ap-northeast-2", True)})
    assert settings.is_locked(REGION)
    assert settings.get(REGION) == "ap-northeast-2"


def test_an_unforced_value_is_not_managed(app_settings: AppSettings) -> None:
    # A plain /Library/Preferences value (`sudo defaults write`) is a default the user may
    # override: the app neither reads it as managed nor locks the setting.
    app_settings.set(REGION, "us-east-1")
    settings, _ = mac_settings(app_settings, {"connection.region": ("eu-west-1", False)})
    assert not settings.is_locked(REGION)
    assert settings.get(REGION) == "us-east-1"


def test_values_keep_their_types_for_the_settings(app_settings: AppSettings) -> None:
    settings, _ = mac_settings(
        app_settings,
        {
            "admin.departments": (True, True),
            "refresh.minutes": (15, True),
            "calendar.first_weekday": (7, True),
            "calendar.weekend_days": (["5", "6"], True),
            "reminders.timed": (30, True),  # an integer in the profile for a text setting
            "network.proxy": ("http://proxy.example.com:8080", True),
        },
    )
    assert settings.get(ADMIN_DEPARTMENTS) is True
    assert settings.get(REFRESH_MINUTES) == 15
    assert settings.get(FIRST_WEEKDAY) == 7
    assert settings.get(WEEKEND_DAYS) == ["5", "6"]
    assert settings.get(REMINDER_TIMED) == "30"
    assert settings.get(PROXY) == "http://proxy.example.com:8080"
    assert not settings.is_locked(CA_BUNDLE)


def test_a_forced_false_still_locks(app_settings: AppSettings) -> None:
    app_settings.set(ADMIN_DEPARTMENTS, True)
    settings, _ = mac_settings(app_settings, {"admin.departments": (False, True)})
    assert settings.is_locked(ADMIN_DEPARTMENTS)
    assert settings.get(ADMIN_DEPARTMENTS) is False


@pytest.mark.parametrize("listed", [True, False], ids=["listed", "not listed"])
def test_company_days_off_as_a_dictionary(app_settings: AppSettings, listed: bool) -> None:
    # Found by the group's name even when the managed file listing the names is unreadable.
    days = {"2026-12-11": "창립기념일", "2026-12-31": "전사 휴무"}
    settings, _ = mac_settings(app_settings, {"company_days_off": (days, True)}, listed)
    found = managed_days_off(settings)
    assert [(d.day, d.name) for d in found] == [
        (date(2026, 12, 11), "창립기념일"),
        (date(2026, 12, 31), "전사 휴무"),
    ]
    assert all(d.managed for d in found)


def test_company_days_off_as_flat_keys(app_settings: AppSettings) -> None:
    settings, _ = mac_settings(
        app_settings,
        {
            "company_days_off.2026-12-11": ("창립기념일", True),
            "company_days_off.2026-12-24": ("unforced", False),
        },
    )
    assert [(d.day, d.name) for d in managed_days_off(settings)] == [
        (date(2026, 12, 11), "창립기념일")
    ]


def test_groups_and_keys_read_like_qsettings(app_settings: AppSettings) -> None:
    settings, _ = mac_settings(
        app_settings,
        {
            "connection.region": ("ap-northeast-2", True),
            "connection.events_table": ("events", True),
            "connection.departments_table": ("departments", False),
            "company_days_off": ({"2026-12-11": "창립기념일"}, True),
        },
    )
    layer = settings.system
    assert sorted(layer.allKeys()) == [
        "company_days_off/2026-12-11",
        "connection/events_table",
        "connection/region",
    ]
    assert sorted(layer.childGroups()) == ["company_days_off", "connection"]
    assert layer.childKeys() == []
    layer.beginGroup("connection")
    assert layer.group() == "connection"
    assert sorted(layer.childKeys()) == ["events_table", "region"]
    assert layer.value("region") == "ap-northeast-2"
    assert layer.contains("region")
    assert not layer.contains("departments_table")
    layer.endGroup()
    assert not layer.contains("company_days_off")  # a group, not a value
    assert layer.fileName() == f"managed preferences: {BUNDLE_ID}"


def test_each_name_is_asked_once_per_process(app_settings: AppSettings) -> None:
    settings, domain = mac_settings(app_settings, {"connection.region": ("ap-northeast-2", True)})
    for _ in range(3):
        assert settings.is_locked(REGION)
        assert not settings.is_locked(PROXY)
        settings.get(REGION)
    assert sorted(set(domain.asked)) == sorted(domain.asked)


def test_qt_key_names_follow_qt_on_macos() -> None:
    assert mac_name("connection/region") == "connection.region"
    assert qt_key("company_days_off.2026-12-11") == "company_days_off/2026-12-11"
    assert qt_key(mac_name("version 4.0/path")) == "version 4.0/path"


def test_the_managed_files_name_the_forced_keys(tmp_path: Path) -> None:
    (tmp_path / "kim").mkdir()
    with (tmp_path / f"{BUNDLE_ID}.plist").open("wb") as file:
        plistlib.dump({"connection.region": "ap-northeast-2", "company_days_off": {}}, file)
    with (tmp_path / "kim" / f"{BUNDLE_ID}.plist").open("wb") as file:
        plistlib.dump({"network.proxy": "http://p:8080"}, file, fmt=plistlib.FMT_BINARY)
    (tmp_path / "lee").mkdir()
    (tmp_path / "lee" / f"{BUNDLE_ID}.plist").write_text("not a plist", encoding="utf-8")
    # The device's file first, then the user's (plistlib writes keys sorted).
    assert managed_names(BUNDLE_ID, tmp_path, "kim") == [
        "company_days_off",
        "connection.region",
        "network.proxy",
    ]
    assert managed_names(BUNDLE_ID, tmp_path, "lee") == ["company_days_off", "connection.region"]
    assert managed_names(BUNDLE_ID, tmp_path / "none", "kim") == []


# --- CoreFoundation conversions through ctypes --------------------------------------------------

_TYPES = {str: 1, bool: 2, int: 3, float: 3, list: 4, dict: 5, bytes: 6}


class FakeCoreFoundation:
    """CoreFoundation's functions over Python values: each object a handle, each ``Create`` or
    ``Copy`` owned until ``CFRelease`` (the test checks that every one is released)."""

    def __init__(self, preferences: dict[tuple[str, str], tuple[object, bool]]) -> None:
        self.preferences = preferences
        self.objects: dict[int, object] = {}
        self.owned: set[int] = set()
        self.bad_releases: list[int] = []  # ctypes only prints a callback's exception

    def handle(self, value: object, owned: bool = False) -> int:
        handle = 0x1000 + len(self.objects) * 16
        self.objects[handle] = value
        if owned:
            self.owned.add(handle)
        return handle

    def functions(self) -> dict[str, Callable[..., Any]]:
        o = self.objects

        def release(ref: int) -> None:
            if ref in self.owned:
                self.owned.remove(ref)
            else:
                self.bad_releases.append(ref)

        def create_string(_allocator: int | None, text: bytes, encoding: int) -> int:
            assert encoding == 0x08000100
            return self.handle(text.decode("utf-8"), owned=True)

        def get_cstring(ref: int, buffer: int, size: int, _encoding: int) -> int:
            data = str(o[ref]).encode("utf-8") + b"\0"
            if len(data) > size:
                return 0
            ctypes.memmove(buffer, data, len(data))
            return 1

        def number_value(ref: int, kind: int, out: int) -> int:
            value = o[ref]
            if kind == 6:
                ctypes.cast(out, ctypes.POINTER(ctypes.c_double))[0] = float(value)
            else:
                ctypes.cast(out, ctypes.POINTER(ctypes.c_int64))[0] = int(value)
            return 1

        def keys_and_values(ref: int, keys: Any, values: Any) -> None:
            items = dict(o[ref])
            for i, (key, value) in enumerate(items.items()):
                keys[i] = self.handle(key)
                values[i] = self.handle(value)

        def copy_value(key: int, app: int) -> int | None:
            found = self.preferences.get((str(o[app]), str(o[key])))
            return None if found is None else self.handle(found[0], owned=True)

        def is_forced(key: int, app: int) -> int:
            found = self.preferences.get((str(o[app]), str(o[key])))
            return int(found is not None and found[1])

        functions: dict[str, Callable[..., Any]] = {
            "CFRelease": release,
            "CFGetTypeID": lambda ref: _TYPES[type(o[ref])],
            "CFStringGetTypeID": lambda: 1,
            "CFBooleanGetTypeID": lambda: 2,
            "CFNumberGetTypeID": lambda: 3,
            "CFArrayGetTypeID": lambda: 4,
            "CFDictionaryGetTypeID": lambda: 5,
            "CFStringCreateWithCString": create_string,
            "CFStringGetLength": lambda ref: len(str(o[ref])),
            # UTF-16 units to UTF-8 bytes at most: three each, as CoreFoundation answers.
            "CFStringGetMaximumSizeForEncoding": lambda length, _encoding: length * 3,
            "CFStringGetCString": get_cstring,
            "CFBooleanGetValue": lambda ref: int(bool(o[ref])),
            "CFNumberIsFloatType": lambda ref: int(isinstance(o[ref], float)),
            "CFNumberGetValue": number_value,
            "CFArrayGetCount": lambda ref: len(o[ref]),
            "CFArrayGetValueAtIndex": lambda ref, i: self.handle(o[ref][i]),
            "CFDictionaryGetCount": lambda ref: len(o[ref]),
            "CFDictionaryGetKeysAndValues": keys_and_values,
            "CFPreferencesCopyAppValue": copy_value,
            "CFPreferencesAppValueIsForced": is_forced,
        }
        assert set(functions) == set(SIGNATURES)
        return functions


def cf_preferences(
    values: dict[str, tuple[object, bool]],
) -> tuple[CFPreferences, FakeCoreFoundation]:
    fake = FakeCoreFoundation({(BUNDLE_ID, name): value for name, value in values.items()})
    return CFPreferences(CoreFoundation.with_functions(fake.functions()), BUNDLE_ID), fake


@pytest.mark.parametrize(
    "value",
    [
        "ap-northeast-2",
        "창립기념일 🎉",
        "",
        True,
        False,
        0,
        -7,
        2**40,
        2.5,
        ["6", "7"],
        [],
        {"2026-12-11": "창립기념일", "2026-12-31": "전사 휴무"},
        {"nested": {"list": ["a", 1, True]}},
    ],
    ids=repr,
)
def test_core_foundation_values_convert(value: object) -> None:
    reader, fake = cf_preferences({"key": (value, True)})
    converted = reader.forced("key")
    assert converted == value
    assert type(converted) is type(value)
    assert not fake.owned  # every string made and value copied was released
    assert not fake.bad_releases


def test_an_unforced_core_foundation_value_is_none() -> None:
    reader, fake = cf_preferences({"connection.region": ("eu-west-1", False)})
    assert reader.forced("connection.region") is None
    assert reader.forced("missing") is None
    assert not fake.owned


def test_an_unsupported_core_foundation_type_is_skipped(caplog: pytest.LogCaptureFixture) -> None:
    reader, fake = cf_preferences({"data": (b"\x00\x01", True), "list": ([b"x", "y"], True)})
    with caplog.at_level(logging.INFO, logger="desktop.managed_prefs"):
        assert reader.forced("data") is None
        assert reader.forced("list") == ["y"]
    assert "unsupported type" in caplog.text
    assert not fake.owned


def test_the_macos_layer_over_core_foundation(app_settings: AppSettings) -> None:
    reader, _ = cf_preferences(
        {
            "connection.region": ("ap-northeast-2", True),
            "company_days_off": ({"2026-12-11": "창립기념일"}, True),
            "network.proxy": ("http://unforced:8080", False),
        }
    )
    layer = ManagedPreferences(CachedForcedValues(reader), "managed")
    settings = AppSettings(app_settings.user, layer)
    assert settings.is_locked(REGION)
    assert not settings.is_locked(PROXY)
    assert [d.name for d in managed_days_off(settings)] == ["창립기념일"]


# --- Windows: the Group Policy key first, then the older machine-wide key -----------------------


def windows_layers(home: Path) -> tuple[LayeredSettings, QSettings, QSettings]:
    # Two INI files stand in for HKLM\Software\Policies\deptcal\Department Calendar and
    # HKLM\Software\deptcal\Department Calendar.
    policies = QSettings(str(home / "policies.ini"), QSettings.Format.IniFormat)
    legacy = QSettings(str(home / "machine.ini"), QSettings.Format.IniFormat)
    return LayeredSettings(policies, legacy), policies, legacy


def test_a_policy_wins_over_the_older_machine_wide_key(
    app_settings: AppSettings, isolated_environment: Path
) -> None:
    layered, policies, legacy = windows_layers(isolated_environment)
    policies.setValue("connection/region", "ap-northeast-2")
    legacy.setValue("connection/region", "us-east-1")
    legacy.setValue("network/proxy", "http://proxy:8080")
    settings = AppSettings(app_settings.user, layered)
    assert settings.get(REGION) == "ap-northeast-2"
    assert settings.get(PROXY) == "http://proxy:8080"  # the older key still counts
    assert settings.is_locked(PROXY)
    assert not settings.is_locked(CA_BUNDLE)


def test_layers_read_together_like_qsettings(isolated_environment: Path) -> None:
    layered, policies, legacy = windows_layers(isolated_environment)
    policies.setValue("company_days_off/2026-12-11", "창립기념일")
    legacy.setValue("company_days_off/2026-12-11", "older name")
    legacy.setValue("company_days_off/2026-12-31", "전사 휴무")
    legacy.setValue("connection/region", "us-east-1")
    assert layered.allKeys() == [
        "company_days_off/2026-12-11",
        "company_days_off/2026-12-31",
        "connection/region",
    ]
    assert layered.childGroups() == ["company_days_off", "connection"]
    layered.beginGroup("company_days_off")
    assert layered.group() == "company_days_off"
    assert layered.childKeys() == ["2026-12-11", "2026-12-31"]
    assert layered.value("2026-12-11") == "창립기념일"
    assert layered.value("2026-01-01", "none") == "none"
    layered.endGroup()
    assert layered.fileName() == f"{policies.fileName()}; {legacy.fileName()}"


def test_windows_days_off_come_from_both_keys(
    app_settings: AppSettings, isolated_environment: Path
) -> None:
    layered, policies, legacy = windows_layers(isolated_environment)
    policies.setValue("company_days_off/2026-12-11", "창립기념일")
    legacy.setValue("company_days_off/2026-12-31", "전사 휴무")
    settings = AppSettings(app_settings.user, layered)
    assert [d.name for d in managed_days_off(settings)] == ["창립기념일", "전사 휴무"]


# --- Which layer each platform gets -------------------------------------------------------------


def test_linux_keeps_the_system_scope(isolated_environment: Path) -> None:
    layer = platform_layer("deptcal", "Department Calendar", BUNDLE_ID, platform="linux")
    assert isinstance(layer, QSettings)
    assert layer.scope() == QSettings.Scope.SystemScope
    assert str(isolated_environment / "system") in layer.fileName()


def test_windows_reads_the_policy_key_first(isolated_environment: Path) -> None:
    layer = platform_layer("deptcal", "Department Calendar", BUNDLE_ID, platform="win32")
    assert isinstance(layer, LayeredSettings)
    policies, legacy = layer.layers
    assert isinstance(policies, QSettings)
    assert isinstance(legacy, QSettings)
    assert "Software\\Policies\\deptcal\\Department Calendar" in policies.fileName()
    assert legacy.scope() == QSettings.Scope.SystemScope


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="Linux's managed file")
def test_the_default_managed_layer_is_the_system_file_on_linux(
    isolated_environment: Path,
) -> None:
    folder = isolated_environment / "system" / "deptcal"
    folder.mkdir(parents=True)
    (folder / "Department Calendar.conf").write_text(
        "[connection]\nregion=ap-northeast-2\n", encoding="utf-8"
    )
    settings = AppSettings()
    assert settings.is_locked(REGION)
    assert settings.get(REGION) == "ap-northeast-2"
