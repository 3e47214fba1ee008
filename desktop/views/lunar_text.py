"""How the views write lunar dates (View ▸ Lunar dates): "음 8.15" in a day's header and
"음력 2026년 8월 15일" in its tooltip and the detail pane; a day of a leap month "윤 4.3".

:class:`LunarStyle` holds whether they are shown, for every view and model (as
:class:`~desktop.views.formats.TimeStyle` holds the time format); the window sets it at start and
when the menu's action changes. The dates come from :mod:`desktop.domain.lunar`: a month's 42
days cost about 0.1 ms, so a model works them out on the GUI thread once per shown month, never
in a paint.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.domain.lunar import LunarDate, lunar_days, lunar_of
from desktop.i18n import tr

_CONTEXT = "LunarText"


class LunarStyle:
    """Whether the views show lunar dates (View ▸ Lunar dates)."""

    shown = False

    @classmethod
    def set(cls, shown: bool) -> None:
        cls.shown = shown


def _short_patterns() -> tuple[str, str]:
    """The short forms (a regular month's day, a leap month's), from the catalogue once."""
    return (
        tr(_CONTEXT, "L {month}/{day}", "a lunar date, short, in a day's corner"),
        tr(_CONTEXT, "Leap {month}/{day}", "a day of a lunar leap month, short"),
    )


def short_text(lunar: LunarDate, patterns: tuple[str, str] | None = None) -> str:
    """``음 8.15`` / ``L 8/15``; in a leap month ``윤 4.3`` / ``Leap 4/3``."""
    regular, leap = patterns or _short_patterns()
    return (leap if lunar.leap else regular).format(month=lunar.month, day=lunar.day)


def full_text(lunar: LunarDate) -> str:
    """``음력 2026년 8월 15일`` / ``Lunar calendar: 8/15, 2026`` (a leap month: 윤8월)."""
    values = {"year": lunar.year, "month": lunar.month, "day": lunar.day}
    if lunar.leap:
        return tr(_CONTEXT, "Lunar calendar: leap month {month}, day {day}, {year}").format(
            **values
        )
    return tr(_CONTEXT, "Lunar calendar: {month}/{day}, {year}").format(**values)


def full_text_of(day: date) -> str:
    """The lunar date of ``day`` written out when lunar dates are shown; "" otherwise."""
    if not LunarStyle.shown:
        return ""
    lunar = lunar_of(day)
    return full_text(lunar) if lunar is not None else ""


def short_texts(days: Sequence[date]) -> dict[date, str]:
    """The short lunar dates of consecutive ``days`` when lunar dates are shown; {} otherwise."""
    if not LunarStyle.shown or not days:
        return {}
    lunar = lunar_days(days[0], len(days))
    patterns = _short_patterns()
    return {
        day: short_text(found, patterns) for day, found in zip(days, lunar, strict=True) if found
    }
