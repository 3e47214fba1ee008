"""Help ▸ About's lines on the holiday data: the library built in and the company days off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


def holiday_data_text(window: MainWindow) -> str:
    """Which public-holiday data is built in (a holiday decreed after it is not known: IT adds
    it as a company day off), and how many company days off are in effect."""
    data = window.holidays.data
    if data is not None:
        version = data.version
        decreed = data.korean_decreed_until
    else:  # the library is loaded on a worker once holidays are shown; its version is enough
        version, decreed = _installed_version(), None
    lines = [
        tr("MainWindow", "Public holidays: the holidays library {version}.").format(
            version=version or "?"
        )
    ]
    if decreed is not None:
        lines.append(
            tr("MainWindow", "Korean holidays decreed up to {year} are included.").format(
                year=decreed
            )
        )
    days = window.holidays.days_off()
    managed = sum(1 for d in days if d.managed)
    lines.append(tr("MainWindow", "Company days off in effect: %n.", n=len(days)))
    if managed:
        lines.append(tr("MainWindow", "Set by your administrator: %n.", n=managed))
    return "\n".join(lines)


def _installed_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:
        return ""
