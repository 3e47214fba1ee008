"""The company days off in the settings: the administrator's (machine-wide) and the user's own.

Both are one key per date under the group ``company_days_off``, the date the key and the name
the value, which every settings format keeps as it is (an INI file, the Windows registry, a
macOS configuration profile, where ``company_days_off`` may also be one dictionary)::

    [company_days_off]
    2026-12-11=창립기념일
    2026-12-31=전사 휴무

The machine-wide ones (deployed by IT like the connection settings) cannot be removed by the
user; the user's own are added and removed in Edit ▸ Company days off…. A bad entry is skipped
and logged, so a typo in a deployment never stops the app.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from desktop.domain.days_off import DayOff, combined, parse_entries
from desktop.managed_prefs import SettingsLayer
from desktop.settings import AppSettings

GROUP = "company_days_off"

log = logging.getLogger(__name__)


def managed_days_off(settings: AppSettings) -> list[DayOff]:
    """The administrator's days off (bad entries skipped and logged)."""
    return _read(settings.system, managed=True)


def own_days_off(settings: AppSettings) -> list[DayOff]:
    """The user's own days off (bad entries skipped and logged)."""
    return _read(settings.user, managed=False)


def days_off(settings: AppSettings) -> list[DayOff]:
    """Every day off in effect: the administrator's and the user's, by date."""
    return combined(managed_days_off(settings), own_days_off(settings))


def save_own_days_off(settings: AppSettings, days: Iterable[DayOff]) -> None:
    """Replace the user's own days off with ``days`` (written to disk at once)."""
    user = settings.user
    user.remove(GROUP)
    for day_off in days:
        user.setValue(f"{GROUP}/{day_off.day.isoformat()}", day_off.name)
    user.sync()


def _read(source: SettingsLayer, managed: bool) -> list[DayOff]:
    source.beginGroup(GROUP)
    try:
        entries = [(key, source.value(key)) for key in source.childKeys()]
    finally:
        source.endGroup()
    found, problems = parse_entries(entries, managed)
    where = "machine-wide" if managed else "user"
    for problem in problems:
        log.warning("A company day off in the %s settings was skipped: %s", where, problem)
    return found
