"""Quick add: one line of Korean or English read as an event's day, time and title.

``3/20 오후 2시 팀 회의``, ``내일 10시 주간 보고``, ``다음 주 금요일 종일 워크숍``,
``12월 24일 오후 3시~5시 송년회``, ``tomorrow 3pm review``, ``fri 9:30 standup``: the phrases
for a day and a time are found anywhere in the line and taken out; what is left is the title.
Times are read by :mod:`desktop.domain.timetext`, so quick add and the event dialog agree.

How the unsaid is decided (the README says the same):

- A day without a year that is already past this year is next year's (``1/5`` on 3 December
  is the coming 5 January); ``20일`` alone is this month's, or next month's once it is past.
- No day at all: today when the time is still ahead, else tomorrow; without a time, today.
- A weekday alone (``금요일``, ``fri``, ``on friday``) is the next such day, today included;
  ``이번 주`` / ``this`` is this week's (Monday to Sunday), ``다음 주`` / ``next`` the following
  week's.
- An hour without 오전/오후/am/pm (``2시``, ``at 3``, ``3:30``) is a working hour: 1 to 6 are
  in the afternoon, 7 to 12 as they are (``03:30`` written with a zero stays at night).
- ``M/D`` is month/day in both languages.

What cannot be read (no title, ``2/30``, ``25시``, an end before its start) gives a
:class:`Problem`; the caller keeps the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum

from desktop.domain.timetext import (
    format_time_range,
    format_time_text,
    read_time_range,
)


class Problem(Enum):
    EMPTY = "empty"
    NO_TITLE = "no title"
    IMPOSSIBLE_DATE = "impossible date"
    IMPOSSIBLE_TIME = "impossible time"

    def text(self, part: str = "") -> str:
        """What was not understood and what to do, for the user."""
        from desktop.i18n import tr

        if self is Problem.EMPTY:
            return tr("QuickAdd", "Type a day, a time and a title, e.g. “tomorrow 3pm review”.")
        if self is Problem.NO_TITLE:
            return tr(
                "QuickAdd", "There is no title: add what the event is after the day and time."
            )
        if self is Problem.IMPOSSIBLE_DATE:
            return tr("QuickAdd", "“{part}” is not a day of the calendar: check the day.").format(
                part=part
            )
        return tr(
            "QuickAdd", "“{part}” is not a time: write a time such as 14:00, 2:30 PM or 3pm."
        ).format(part=part)


@dataclass(frozen=True)
class QuickEvent:
    """What a line says: ``problem`` is None when it can be saved."""

    text: str
    day: date | None = None
    start: time | None = None
    end: time | None = None
    title: str = ""
    problem: Problem | None = None
    problem_part: str = ""  # the piece of the line the problem is about

    @property
    def all_day(self) -> bool:
        return self.start is None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def reason(self) -> str:
        """Why it cannot be saved, for the user (empty when it can)."""
        return self.problem.text(self.problem_part) if self.problem else ""

    def time_text(self, hour24: bool, language: str) -> str:
        """The event's stored time, written the user's way (``오후 2:00``, ``14:00–15:30``);
        empty for an all-day event, as the event dialog writes it."""
        if self.start is None:
            return ""
        if self.end is not None:
            return format_time_range(self.start, self.end, hour24, language)
        if hour24:
            return f"{self.start.hour:02d}:{self.start.minute:02d}"
        return format_time_text(self.start, language)


# --- the phrases ------------------------------------------------------------------------------

_KO_WEEKDAYS = "월화수목금토일"
_EN_WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}  # fmt: skip
_EN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_KO_RELATIVE = {"오늘": 0, "금일": 0, "내일": 1, "명일": 1, "모레": 2, "내일모레": 2, "글피": 3}
_EN_RELATIVE = {"today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1}

_B = r"(?<![\w])"  # a phrase starts a word
_E = r"(?![\w])"  # and ends one
_KO_END = r"(?:에|엔)?(?=\s|$|\d|[,.])"  # 내일, 월요일에, 3일에
_EN_WEEKDAY = "|".join(sorted(_EN_WEEKDAYS, key=len, reverse=True))
_EN_MONTH = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))

_DATES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(rf"{_B}(?P<y>\d{{4}})[-./](?P<m>\d{{1,2}})[-./](?P<d>\d{{1,2}}){_E}")),
    (
        "ko_md",
        re.compile(
            rf"(?:(?P<y>\d{{4}})\s*년\s*)?(?<!\d)(?P<m>\d{{1,2}})\s*월\s*(?P<d>\d{{1,2}})\s*일{_KO_END}"
        ),
    ),
    (
        "ko_month_day",
        re.compile(rf"(?P<which>이번\s*달|이달|다음\s*달|담달)\s*(?P<d>\d{{1,2}})\s*일{_KO_END}"),
    ),
    (
        "slash",
        re.compile(rf"{_B}(?:on\s+)?(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?:/(?P<y>\d{{4}}))?{_E}"),
    ),
    (
        "ko_week",
        re.compile(
            rf"(?P<which>이번\s*주|금주|다음\s*주|담주|차주|다다음\s*주)\s*"
            rf"(?P<w>[{_KO_WEEKDAYS}])요일{_KO_END}"
        ),
    ),
    ("ko_weekday", re.compile(rf"(?<![\w])(?P<w>[{_KO_WEEKDAYS}])요일{_KO_END}")),
    ("ko_days_later", re.compile(rf"(?<!\d)(?P<n>\d{{1,3}})\s*일\s*(?:뒤|후){_KO_END}")),
    ("ko_day", re.compile(rf"(?<![\d/.\-월])(?P<d>\d{{1,2}})\s*일{_KO_END}")),
    (
        "ko_relative",
        re.compile(
            rf"(?<![\w])(?P<rel>{'|'.join(sorted(_KO_RELATIVE, key=len, reverse=True))}){_KO_END}"
        ),
    ),
    (
        "en_month_day",
        re.compile(
            rf"{_B}(?:on\s+)?(?P<mon>{_EN_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?P<y>\d{{4}}))?{_E}",
            re.IGNORECASE,
        ),
    ),
    (
        "en_day_month",
        re.compile(
            rf"{_B}(?:on\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<mon>{_EN_MONTH})\.?(?:,?\s+(?P<y>\d{{4}}))?{_E}",
            re.IGNORECASE,
        ),
    ),
    (
        "en_week",
        re.compile(
            rf"{_B}(?:on\s+)?(?P<which>this|next)\s+(?P<w>{_EN_WEEKDAY})\.?{_E}", re.IGNORECASE
        ),
    ),
    (
        "en_day_after",
        re.compile(rf"{_B}(?:the\s+)?day\s+after\s+tomorrow{_E}", re.IGNORECASE),
    ),
    ("en_in_days", re.compile(rf"{_B}in\s+(?P<n>\d{{1,3}})\s+days?{_E}", re.IGNORECASE)),
    (
        "en_relative",
        re.compile(rf"{_B}(?P<rel>{'|'.join(_EN_RELATIVE)}){_E}", re.IGNORECASE),
    ),
    (
        "en_weekday",
        re.compile(rf"{_B}(?:on\s+)?(?P<w>{_EN_WEEKDAY})\.?{_E}", re.IGNORECASE),
    ),
)

# One time: 오후 2시, 아침 9시 반, 3시 30분, 오후 2:30, 3pm, 3:30 p.m., 14:00, 정오, noon.
_KO_PART = r"(?:오전|오후|아침|새벽|낮|저녁|밤)"
_KO_TIME = rf"(?:{_KO_PART}\s*)?\d{{1,2}}(?:\s*:\s*\d{{2}}|\s*시(?:\s*반|\s*\d{{1,2}}\s*분)?)"
_EN_TIME = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)(?![\w])|\d{1,2}:\d{2}"
_NAMED = r"정오|자정|noon|midnight"
_ONE = rf"(?:{_KO_TIME}|{_EN_TIME}|{_NAMED})"
_START = rf"(?:{_ONE}|(?:{_KO_PART}\s*)?\d{{1,2}})"  # 2-3pm, 3~5시, 오후 3~5시: the end says
_TIME = re.compile(
    rf"(?<![\w:/.])(?:(?:at|@)\s*)?(?P<time>{_START}\s*[-~–〜～]\s*{_ONE}|{_ONE})"
    rf"(?:에|부터)?(?![\w:])",
    re.IGNORECASE,
)
_AT_HOUR = re.compile(r"(?<![\w])(?:at|@)\s*(?P<h>\d{1,2})(?![\w:])", re.IGNORECASE)
_KO_HOURS_LATER = re.compile(rf"(?<![\w])(?P<n>\d{{1,2}})\s*시간\s*(?:뒤|후){_KO_END}")
_EN_HOURS_LATER = re.compile(r"(?<![\w])in\s+(?P<n>\d{1,2})\s+hours?(?![\w])", re.IGNORECASE)
_ALL_DAY = re.compile(r"(?<![\w])(?:하루\s*종일|종일|all[\s-]?day)(?![\w])", re.IGNORECASE)

_PARTS = {"오전": "오전", "아침": "오전", "새벽": "오전",
          "오후": "오후", "낮": "오후", "저녁": "오후", "밤": "오후"}  # fmt: skip
_WEEKS_AHEAD = {"이번주": 0, "금주": 0, "this": 0, "다음주": 1, "담주": 1, "차주": 1, "next": 1,
                "다다음주": 2}  # fmt: skip
_RANGE_DASH = re.compile(r"[-~–〜～]")
_PART = re.compile(_KO_PART)


def _normalised_time(text: str) -> str:
    """The time as :mod:`timetext` reads it: 아침 9시 → 오전 9시, 저녁 7시 → 오후 7시."""
    return _PART.sub(lambda match: _PARTS[match.group(0)], text.strip())


_MERIDIEM = re.compile(r"오전|오후|아침|새벽|낮|저녁|밤|정오|자정|[ap]\.?m|noon|midnight", re.I)


def _has_meridiem(text: str) -> bool:
    return _MERIDIEM.search(text) is not None


def _working_hour(value: time, written: str) -> time:
    """An hour without 오전/오후/am/pm: 1 to 6 are in the afternoon (``3시``, ``at 3``)."""
    if 1 <= value.hour <= 6 and not written.lstrip().startswith("0"):
        return value.replace(hour=value.hour + 12)
    return value


class _Reading:
    """The line with the phrases found so far taken out."""

    def __init__(self, text: str) -> None:
        self.rest = text

    def take(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        match = pattern.search(self.rest)
        if match is not None:
            self.rest = f"{self.rest[: match.start()]} {self.rest[match.end() :]}"
        return match


def _next_year_if_past(today: date, month: int, day: int) -> date | None:
    for year in (today.year, today.year + 1):
        try:
            found = date(year, month, day)
        except ValueError:
            if year == today.year and month == 2 and day == 29:
                continue  # 2/29: the next leap year is not looked for; next year says no
            return None
        if found >= today:
            return found
    return None


def _on_weekday(today: date, weekday: int, weeks_ahead: int | None) -> date:
    if weeks_ahead is None:  # the next such day, today included
        return today + timedelta(days=(weekday - today.weekday()) % 7)
    monday = today - timedelta(days=today.weekday())
    return monday + timedelta(weeks=weeks_ahead, days=weekday)


def _date_of(kind: str, match: re.Match[str], today: date) -> date | None:
    """The day a date phrase names; None for one no calendar has (``2/30``)."""
    parts = match.groupdict()
    if kind in ("ko_relative", "en_relative"):
        table = _KO_RELATIVE if kind == "ko_relative" else _EN_RELATIVE
        return today + timedelta(days=table[" ".join(parts["rel"].lower().split())])
    if kind == "en_day_after":
        return today + timedelta(days=2)
    if kind in ("en_in_days", "ko_days_later"):
        return today + timedelta(days=int(parts["n"]))
    if kind in ("ko_week", "ko_weekday", "en_week", "en_weekday"):
        letter = parts["w"]
        korean = kind.startswith("ko")
        weekday = _KO_WEEKDAYS.index(letter) if korean else _EN_WEEKDAYS[letter.lower()]
        which = "".join((parts.get("which") or "").lower().split())
        return _on_weekday(today, weekday, _WEEKS_AHEAD.get(which))
    day = int(parts["d"])
    if kind == "ko_month_day":
        which = "".join(parts["which"].split())
        first = today.replace(day=1)
        if which in ("다음달", "담달"):
            first = (first + timedelta(days=32)).replace(day=1)
        try:
            return first.replace(day=day)
        except ValueError:
            return None
    if kind == "ko_day":
        first = today.replace(day=1)
        for month_first in (first, (first + timedelta(days=32)).replace(day=1)):
            try:
                found = month_first.replace(day=day)
            except ValueError:
                continue  # 31일 in November: December's
            if found >= today:
                return found
        return None
    month = _EN_MONTHS[parts["mon"].lower()] if "mon" in parts else int(parts["m"])
    if parts.get("y"):
        try:
            return date(int(parts["y"]), month, day)
        except ValueError:
            return None
    return _next_year_if_past(today, month, day)


def parse_quick_add(text: str, now: datetime) -> QuickEvent:
    """Read one line (see the module's docstring); ``now`` is the local date and time."""
    if not text.strip():
        return QuickEvent(text, problem=Problem.EMPTY)
    today = now.date()
    reading = _Reading(text)
    day: date | None = None
    start: time | None = None
    end: time | None = None
    for kind, pattern in _DATES:
        if (match := reading.take(pattern)) is None:
            continue
        day = _date_of(kind, match, today)
        if day is None:
            return QuickEvent(text, problem=Problem.IMPOSSIBLE_DATE, problem_part=match[0].strip())
        break
    later = reading.take(_KO_HOURS_LATER) or reading.take(_EN_HOURS_LATER)
    if later is not None:
        moment = now + timedelta(hours=int(later["n"]))
        day, start = day or moment.date(), time(moment.hour, moment.minute)
    elif reading.take(_ALL_DAY) is None:
        if (match := reading.take(_TIME)) is not None:
            written = match["time"]
            times = read_time_range(_normalised_time(written))
            if not isinstance(times, tuple):
                return QuickEvent(text, problem=Problem.IMPOSSIBLE_TIME, problem_part=written)
            start, end = times
            if not _has_meridiem(written):
                start = _working_hour(start, written)
                if end is not None:
                    end = _working_hour(end, _RANGE_DASH.split(written)[-1])
                    if end <= start:
                        return QuickEvent(
                            text, problem=Problem.IMPOSSIBLE_TIME, problem_part=written
                        )
        elif (match := reading.take(_AT_HOUR)) is not None:
            hour = int(match["h"])
            if hour > 23:
                return QuickEvent(text, problem=Problem.IMPOSSIBLE_TIME, problem_part=match[0])
            start = _working_hour(time(hour), match["h"])
    if day is None:
        day = today if start is None or start > now.time() else today + timedelta(days=1)
    title = " ".join(reading.rest.split()).strip(" ,-–·:")
    if not title:
        return QuickEvent(text, day, start, end, problem=Problem.NO_TITLE)
    return QuickEvent(text, day, start, end, title)
