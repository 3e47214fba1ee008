"""A date typed by a person, in Korean or English, understood against today's date.

Go to date takes what staff type instead of a calendar click: ``2026-12-25``, ``2026.12.25``,
``12/25``, ``12월 25일``, ``25일``, ``내일``, ``모레``, ``어제``, ``다음 주 금요일``,
``next friday``, ``tomorrow``, ``dec 25``. A date without a year is in today's year; a day
without a month is in today's month.

Weeks start on Monday: ``이번 주 금요일`` / ``this friday`` is the Friday of the current week
(even when it has passed), ``다음 주 금요일`` / ``next friday`` the Friday of the week after,
``지난주 금요일`` / ``last friday`` the one of the week before, and a bare weekday
(``금요일``, ``friday``) the first one from today on.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_RELATIVE_DAYS = {
    "오늘": 0,
    "금일": 0,
    "today": 0,
    "내일": 1,
    "명일": 1,
    "tomorrow": 1,
    "모레": 2,
    "내일모레": 2,
    "글피": 3,
    "어제": -1,
    "yesterday": -1,
    "그제": -2,
    "그저께": -2,
}

_KOREAN_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
_ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

# Which week a weekday is in, relative to this one (a bare weekday: the first from today on).
_KOREAN_WEEKS = {
    "이번": 0,
    "금": 0,
    "다음": 1,
    "차": 1,
    "담": 1,
    "다다음": 2,
    "지난": -1,
    "저번": -1,
}
_ENGLISH_WEEKS = {"this": 0, "next": 1, "last": -1, "previous": -1}

_NUMERIC = re.compile(r"^(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*\.?$")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-./]\s*(\d{1,2})\s*\.?$")
_KOREAN_DATE = re.compile(
    r"^(?:(\d{4})\s*년\s*)?(?:(\d{1,2})\s*월\s*)?(\d{1,2})\s*일(?:\s*[월화수목금토일](?:요일)?)?$"
)
_KOREAN_WEEKDAY = re.compile(
    r"^(?:(이번|다음|다다음|지난|저번|금|차|담)\s*주?\s*)?([월화수목금토일])(?:요일)?$"
)
_ENGLISH_WEEKDAY = re.compile(r"^(?:(this|next|last|previous)\s+)?([a-z]+)$")
_ENGLISH_DATE = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*,?\s*(\d{4}))?$")
_ENGLISH_DATE_DAY_FIRST = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?(?:\s*,?\s*(\d{4}))?$"
)


def parse_typed_date(text: str, today: date) -> date | None:
    """The date ``text`` names, or ``None`` when it names none (or an impossible one)."""
    typed = " ".join(text.strip().lower().split())
    if not typed:
        return None
    if typed in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[typed])
    for understand in (_numeric, _korean_date, _korean_weekday, _english_date, _english_weekday):
        found = understand(typed, today)
        if found is not None:
            return found
    return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric(typed: str, today: date) -> date | None:
    if match := _NUMERIC.match(typed):
        return _make(int(match[1]), int(match[2]), int(match[3]))
    if match := _MONTH_DAY.match(typed):
        return _make(today.year, int(match[1]), int(match[2]))
    return None


def _korean_date(typed: str, today: date) -> date | None:
    match = _KOREAN_DATE.match(typed)
    if match is None:
        return None
    year = int(match[1]) if match[1] else today.year
    month = int(match[2]) if match[2] else today.month
    return _make(year, month, int(match[3]))


def _in_week(today: date, weekday: int, weeks: int | None) -> date:
    if weeks is None:
        return today + timedelta(days=(weekday - today.weekday()) % 7)
    monday = today - timedelta(days=today.weekday())
    return monday + timedelta(weeks=weeks, days=weekday)


def _korean_weekday(typed: str, today: date) -> date | None:
    match = _KOREAN_WEEKDAY.match(typed)
    if match is None:
        return None
    if match[1] is None and len(typed) == 1 and typed in "월일":
        return None  # a bare 월 or 일 is a month or a day, not a weekday
    weeks = _KOREAN_WEEKS[match[1]] if match[1] else None
    return _in_week(today, _KOREAN_WEEKDAYS.index(match[2]), weeks)


def _english_name(word: str, names: tuple[str, ...]) -> int | None:
    """The index of the name ``word`` spells or abbreviates (at least three letters)."""
    if len(word) < 3:
        return None
    for index, name in enumerate(names):
        if name.startswith(word) or (word == "sept" and name == "september"):
            return index
    return None


def _english_weekday(typed: str, today: date) -> date | None:
    match = _ENGLISH_WEEKDAY.match(typed)
    if match is None:
        return None
    weekday = _english_name(match[2], _ENGLISH_WEEKDAYS)
    if weekday is None:
        return None
    weeks = _ENGLISH_WEEKS[match[1]] if match[1] else None
    return _in_week(today, weekday, weeks)


def _english_date(typed: str, today: date) -> date | None:
    if match := _ENGLISH_DATE.match(typed):
        name, day, year = match[1], match[2], match[3]
    elif match := _ENGLISH_DATE_DAY_FIRST.match(typed):
        day, name, year = match[1], match[2], match[3]
    else:
        return None
    month = _english_name(name, _ENGLISH_MONTHS)
    if month is None:
        return None
    return _make(int(year) if year else today.year, month + 1, int(day))


__all__ = ["parse_typed_date"]
