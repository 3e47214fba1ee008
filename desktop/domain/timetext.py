"""The free-text ``time`` of an event, and the order of events within a day.

The web application stores whatever was typed (``오후 2:00``, ``14:00``, ``2:00 PM``, ``종일``,
``오후 3시 반``) and sorts the raw strings, which puts ``오후 10:00`` before ``오후 2:00``. This
module reads the common shapes, tells a time written wrong (``25:00``) from text that is not a
time (``오전 중``), orders a day's events (all day first, then by time, then the rest) and
writes a time the way the user reads times. The stored text itself is never rewritten here.
"""

from __future__ import annotations

import re
from datetime import time
from functools import lru_cache

# The shapes a time is written in. The digits are matched loosely (``9:5``, ``25:00``,
# ``오후 13시``) so that a time written wrong is told apart from text that is not a time.
_HM = (
    r"(?P<h>\d{1,3})\s*"
    r"(?::\s*(?P<m>\d{1,3})(?:\s*:\s*(?P<s>\d{1,3}))?"  # 15:00, 15:00:00
    r"|시\s*(?:(?P<half>반)|(?P<km>\d{1,3})\s*분)?)"  # 15시, 3시 반, 3시 30분
)
_EN_HM = r"(?P<h>\d{1,3})(?:\s*:\s*(?P<m>\d{1,3}))?"
_EN_MERIDIEM = r"(?P<ap>[AaPp])\.?\s*[Mm]\.?"
_SHAPES = (
    # 오전 9시, 오후 3시 반, 오후 2:00, 오후2시30분
    re.compile(rf"^\s*(?P<ko>오전|오후)\s*{_HM}\s*$"),
    # 3pm, 3 PM, 2:00 p.m.
    re.compile(rf"^\s*{_EN_HM}\s*{_EN_MERIDIEM}\s*$"),
    # PM 3:00 (as some Korean staff write it)
    re.compile(rf"^\s*{_EN_MERIDIEM}\s*{_EN_HM}\s*$"),
    # 15:00, 15시, 3시 30분, 3시 반
    re.compile(rf"^\s*{_HM}\s*$"),
)
_NAMED = {"정오": time(12, 0), "noon": time(12, 0), "자정": time(0, 0), "midnight": time(0, 0)}


class _Impossible:
    """A time written in a known shape that no clock shows (``25:00``, ``오후 13시``, ``9:5``)."""

    def __repr__(self) -> str:
        return "IMPOSSIBLE"


IMPOSSIBLE = _Impossible()


def _reading(match: re.Match[str]) -> time | _Impossible:
    parts = match.groupdict()
    hour = int(parts["h"])
    minute_text = parts.get("m")
    if minute_text is not None:
        # After a colon the minutes are two digits: "9:5" is a slip, not 9:05 nor 9:50.
        if len(minute_text) != 2 or len(parts["h"]) > 2:
            return IMPOSSIBLE
        seconds = parts.get("s")
        if seconds is not None and (len(seconds) != 2 or int(seconds) > 59):
            return IMPOSSIBLE
        minute = int(minute_text)
    elif parts.get("half"):
        minute = 30
    elif parts.get("km") is not None:
        minute = int(parts["km"])
    else:
        minute = 0
    meridiem = parts.get("ko") or parts.get("ap")
    if meridiem is None:
        result = _make(hour, minute)
    else:
        result = _twelve_hour(hour, minute, meridiem in ("오후", "p", "P"))
    return IMPOSSIBLE if result is None else result


def read_time_text(text: str | None) -> time | _Impossible | None:
    """The time in ``text``; :data:`IMPOSSIBLE` for a time written in a known shape that no
    clock shows (``25:00``, ``13:00 PM``, ``오후 13시``, ``9:5``); ``None`` for text that is
    not a time (``오전 중``, ``점심 후``, empty)."""
    if not text:
        return None
    named = _NAMED.get(" ".join(text.split()).lower())
    if named is not None:
        return named
    for shape in _SHAPES:
        if match := shape.match(text):
            return _reading(match)
    return None


def _make(hour: int, minute: int) -> time | None:
    if 0 <= hour <= 23 and 0 <= minute <= 59:
        return time(hour, minute)
    return None


def _twelve_hour(hour: int, minute: int, afternoon: bool) -> time | None:
    # "오후 0:30" is sometimes written for half past noon.
    if not 0 <= hour <= 12:
        return None
    hour %= 12
    if afternoon:
        hour += 12
    return _make(hour, minute)


def parse_time_text(text: str | None) -> time | None:
    """The time of day in ``text`` (``오후 3시 반``, ``15:00``, ``3 PM``, ``정오`` …); ``None``
    when it is not a time or is an impossible one (see :func:`read_time_text`)."""
    reading = read_time_text(text)
    return reading if isinstance(reading, time) else None


def is_impossible_time(text: str | None) -> bool:
    """``text`` is written as a time but no clock shows it (``25:00``, ``13:00 PM``)."""
    return read_time_text(text) is IMPOSSIBLE


_ALL_DAY = {"", "종일", "하루 종일", "all day", "all-day", "allday"}


def is_all_day(text: str | None) -> bool:
    """An event without a time of day: no time, or one of the words for "all day"."""
    return (text or "").strip().lower() in _ALL_DAY


@lru_cache(maxsize=4096)  # the grid asks for every chip it paints; a month repeats its times
def display_time(text: str | None, hour24: bool, language: str) -> str:
    """The time as the user reads times: ``오후 2:00`` / ``2:00 PM`` (12-hour) or ``14:00``
    (24-hour) when ``text`` is a time; anything else (``오전 중``) as typed."""
    parsed = parse_time_text(text)
    if parsed is None:
        return (text or "").strip()
    if hour24:
        return f"{parsed.hour:02d}:{parsed.minute:02d}"
    return format_time_text(parsed, language)


def time_sort_key(text: str | None) -> tuple[int, int, str]:
    """A day's order: all-day events first (:func:`is_all_day`), then parsed times by time,
    then text that is not a time, by text."""
    if is_all_day(text):
        return (0, 0, "")
    parsed = parse_time_text(text)
    if parsed is not None:
        return (1, parsed.hour * 60 + parsed.minute, text or "")
    return (2, 0, (text or "").strip())


def format_time_text(value: time, language: str) -> str:
    """Write ``value`` as the web app's users type it: ``오후 2:00`` or ``2:00 PM``."""
    hour12 = value.hour % 12 or 12
    if language.startswith("ko"):
        meridiem = "오후" if value.hour >= 12 else "오전"
        return f"{meridiem} {hour12}:{value.minute:02d}"
    meridiem = "PM" if value.hour >= 12 else "AM"
    return f"{hour12}:{value.minute:02d} {meridiem}"
