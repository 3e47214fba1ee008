"""The free-text ``time`` of an event, and the order of events within a day.

The web application stores whatever was typed (``오후 2:00``, ``14:00``, ``2:00 PM``, ``종일``)
and sorts the raw strings, which puts ``오후 10:00`` before ``오후 2:00``. This module parses
the common shapes so a day's events can be ordered by time, and formats a time the way each
language writes it.
"""

from __future__ import annotations

import re
from datetime import time

_KOREAN = re.compile(r"^\s*(오전|오후)\s*(\d{1,2})\s*(?:[:시]\s*(\d{1,2})\s*분?|시)?\s*$")
_ENGLISH = re.compile(r"^\s*(\d{1,2})(?:\s*:\s*(\d{2}))?\s*([AaPp])\.?\s*[Mm]\.?\s*$")
_CLOCK = re.compile(r"^\s*(\d{1,2})\s*:\s*(\d{2})(?:\s*:\s*\d{2})?\s*$")
_KOREAN_HOUR = re.compile(r"^\s*(\d{1,2})\s*시\s*(?:(\d{1,2})\s*분)?\s*$")


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
    """Understand ``오전/오후 H:MM``, ``HH:MM`` and ``H:MM AM/PM``; anything else is ``None``."""
    if not text:
        return None
    if match := _KOREAN.match(text):
        meridiem, hour, minute = match.groups()
        return _twelve_hour(int(hour), int(minute or 0), meridiem == "오후")
    if match := _ENGLISH.match(text):
        hour, minute, meridiem = match.groups()
        return _twelve_hour(int(hour), int(minute or 0), meridiem.lower() == "p")
    if match := _CLOCK.match(text):
        return _make(int(match.group(1)), int(match.group(2)))
    if match := _KOREAN_HOUR.match(text):
        return _make(int(match.group(1)), int(match.group(2) or 0))
    return None


_ALL_DAY = {"", "종일", "하루 종일", "all day", "all-day", "allday"}


def is_all_day(text: str | None) -> bool:
    """An event without a time of day: no time, or one of the words for "all day"."""
    return (text or "").strip().lower() in _ALL_DAY


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
    """Order parsed times first, by time; then unparseable or empty text, by text."""
    parsed = parse_time_text(text)
    if parsed is not None:
        return (0, parsed.hour * 60 + parsed.minute, text or "")
    return (1, 0, (text or "").strip())


def format_time_text(value: time, language: str) -> str:
    """Write ``value`` as the web app's users type it: ``오후 2:00`` or ``2:00 PM``."""
    hour12 = value.hour % 12 or 12
    if language.startswith("ko"):
        meridiem = "오후" if value.hour >= 12 else "오전"
        return f"{meridiem} {hour12}:{value.minute:02d}"
    meridiem = "PM" if value.hour >= 12 else "AM"
    return f"{hour12}:{value.minute:02d} {meridiem}"
