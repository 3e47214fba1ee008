"""Every saved setting described once: key, type, default and meaning.

Settings are read through :class:`AppSettings`, which layers the machine-wide (managed)
settings over the user's: a value an IT department deploys (a Group Policy, a configuration
profile, ``/etc/xdg``: :mod:`desktop.managed_prefs`) wins and is shown as locked. Secrets are
never settings: they live in the keyring (:mod:`desktop.data.secrets`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from desktop.managed_prefs import SettingsLayer, platform_layer

ORGANIZATION = "deptcal"
APPLICATION = "Department Calendar"
# The macOS bundle identifier (build.spec): the domain of the managed preferences on macOS.
BUNDLE_ID = "org.deptcal.DepartmentCalendar"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    doc: str


REGION = Setting("connection/region", str, "", "AWS region code, e.g. ap-northeast-2")
DEPARTMENTS_TABLE = Setting("connection/departments_table", str, "", "Departments table name")
EVENTS_TABLE = Setting("connection/events_table", str, "", "Events table name")
ENDPOINT_URL = Setting("connection/endpoint_url", str, "", "Optional DynamoDB endpoint URL")
CA_BUNDLE = Setting(
    "network/ca_bundle",
    str,
    "",
    "A PEM file of certificate authorities trusted besides the system's (a TLS-inspecting "
    "proxy's root, for example)",
)
PROXY = Setting(
    "network/proxy",
    str,
    "",
    "The proxy for AWS requests, e.g. http://proxy.example.com:8080 (empty: the environment's "
    "HTTPS_PROXY, or none)",
)
CREDENTIAL_MODE = Setting(
    "credentials/mode", str, "default", "keyring, profile or default (the AWS chain)"
)
PROFILE = Setting("credentials/profile", str, "", "AWS profile name when mode is profile")
SESSION_EXPIRES = Setting(
    "credentials/session_expires",
    str,
    "",
    "When the temporary access key in the keyring expires (ISO 8601, UTC); empty when the key "
    "is permanent or its expiry unknown. The key and its session token stay in the keyring",
)

LANGUAGE = Setting("ui/language", str, "", "Window language: empty for the system's, ko or en")
CONFIGURED = Setting("setup/done", bool, False, "The settings dialog was completed once")
ADMIN_DEPARTMENTS = Setting(
    "admin/departments",
    bool,
    False,
    "Creating, renaming and deleting departments is offered (an administrator's machine-wide "
    "setting wins over the user's)",
)
READ_ONLY = Setting(
    "access/read_only",
    bool,
    False,
    "The calendar is only shown: every way to add, change, move, delete or import events is "
    "hidden (wall displays, reception PCs); an administrator's machine-wide setting wins",
)
REMINDER_TIMED = Setting(
    "reminders/timed", str, "10", "Reminder of timed events: none, or minutes before (0: at it)"
)
REMINDER_ALL_DAY = Setting(
    "reminders/all_day", str, "0", "Reminder of all-day events, counted from 09:00 on the day"
)
REMINDER_DEPARTMENTS = Setting(
    "reminders/departments",
    str,
    "",
    "Departments' own reminder defaults as JSON: id → {timed, all_day} (default, none, minutes)",
)

CONNECTION_SETTINGS = {
    "region": REGION,
    "departments_table": DEPARTMENTS_TABLE,
    "events_table": EVENTS_TABLE,
    "endpoint_url": ENDPOINT_URL,
}
NETWORK_SETTINGS = {"ca_bundle": CA_BUNDLE, "proxy": PROXY}
ALL = (REGION, DEPARTMENTS_TABLE, EVENTS_TABLE, ENDPOINT_URL, CREDENTIAL_MODE, PROFILE)


def _convert(setting: Setting, value: Any) -> Any:
    if value is None:
        return setting.default
    if setting.type is bool:
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
    if setting.type is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return setting.default
    if setting.type is list:
        return list(value) if isinstance(value, list | tuple) else [str(value)]
    return setting.type(value)


class AppSettings:
    """The user's settings with the managed (machine-wide) settings layered on top.

    ``system`` is the platform's managed layer unless given (tests give an INI file).
    """

    def __init__(self, user: QSettings | None = None, system: SettingsLayer | None = None) -> None:
        self.user = user or QSettings(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )
        self.system: SettingsLayer = (
            system if system is not None else platform_layer(ORGANIZATION, APPLICATION, BUNDLE_ID)
        )
        # The user object falls back to system values by itself; reads below keep them apart.
        self.user.setFallbacksEnabled(False)
        self.system.setFallbacksEnabled(False)

    def is_locked(self, setting: Setting) -> bool:
        """Set by the administrator in the machine-wide settings."""
        return self.system.contains(setting.key)

    def get(self, setting: Setting) -> Any:
        source = self.system if self.is_locked(setting) else self.user
        return _convert(setting, source.value(setting.key))

    def set(self, setting: Setting, value: Any) -> None:
        if value is None or value == setting.default:
            self.user.remove(setting.key)
        else:
            self.user.setValue(setting.key, value)

    def sync(self) -> None:
        self.user.sync()

    def connection_values(self) -> dict[str, str]:
        return {name: str(self.get(s)) for name, s in CONNECTION_SETTINGS.items()}

    def managed_values(self, settings: Mapping[str, Setting]) -> dict[str, str]:
        """The machine-wide values of ``settings`` (by name), only those the organisation set."""
        return {
            name: str(_convert(s, self.system.value(s.key)))
            for name, s in settings.items()
            if self.system.contains(s.key)
        }

    def user_values(self, settings: Mapping[str, Setting]) -> dict[str, str]:
        """The user's own values of ``settings`` (by name), managed ones left aside."""
        return {name: str(_convert(s, self.user.value(s.key))) for name, s in settings.items()}

    def locations(self) -> tuple[str, str]:
        """Where the user's and the machine-wide settings are read (a file or registry key)."""
        return _location(self.user), _location(self.system)


def _location(store: Any) -> str:
    # A managed layer other than QSettings (macOS managed preferences) may say where it reads.
    for method in ("location", "fileName"):
        describe = getattr(store, method, None)
        if callable(describe):
            return str(describe())
    return type(store).__name__
