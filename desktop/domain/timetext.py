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
    """``text`` is written as a time but no clock shows it (``25:00``, ``13:00 PM``), or as a
    time range with such a time or an end that is not after its start (``15:00–14:00``)."""
    return read_time_text(text) is IMPOSSIBLE or read_time_range(text) is IMPOSSIBLE


# --- time ranges ------------------------------------------------------------------------------

# ``14:00–15:30``, ``오후 2:00 ~ 3:30``, ``2-3pm``: two times around a dash or a tilde.
_RANGE = re.compile(r"^(?P<start>[^-–—~〜～]+?)\s*[-–—~〜～]\s*(?P<end>[^-–—~〜～]+)$")
_RANGE_MAX = 40  # "오전 11시 30분 ~ 오후 12시 30분" is 24; longer text is a sentence
_KO_MERIDIEM = re.compile(r"^\s*(오전|오후)")
_EN_MERIDIEM_AROUND = (re.compile(rf"^\s*{_EN_MERIDIEM}"), re.compile(rf"{_EN_MERIDIEM}\s*$"))
_BARE_HOUR = re.compile(r"^\s*(?:(?:오전|오후)\s*)?\d{1,2}\s*$")
_BARE_CLOCK = re.compile(r"^\s*\d{1,2}(?:\s*:\s*\d{2})?\s*$")
_FLIP = {"오전": "오후", "오후": "오전", "AM": "PM", "PM": "AM"}


def _meridiem_of(side: str) -> str | None:
    if match := _KO_MERIDIEM.match(side):
        return match.group(1)
    for shape in _EN_MERIDIEM_AROUND:
        if match := shape.search(side):
            return "PM" if match.group("ap") in "Pp" else "AM"
    return None


def _with_meridiem(side: str, meridiem: str) -> str:
    if meridiem in ("오전", "오후"):
        return f"{meridiem} {side.strip()}"
    return f"{side.strip()} {meridiem}"


def _side(side: str, meridiem: str | None) -> time | _Impossible | None:
    """One end of a range; ``meridiem`` is the other end's (``오후 2:00 ~ 3:30``, ``2-3pm``),
    used when this end has none and reads as a 12-hour time (``15:30`` stays 15:30)."""
    if meridiem is None:
        return read_time_text(side)
    inherited = read_time_text(_with_meridiem(side, meridiem))
    if isinstance(inherited, time):
        return inherited
    return read_time_text(side)


def _range_parts(text: str | None) -> tuple[time | _Impossible, time | _Impossible] | None:
    """The two ends of a time range in ``text``; None when it is not a range of times."""
    if not text or len(text) > _RANGE_MAX or (match := _RANGE.match(text)) is None:
        return None
    start_text, end_text = match.group("start"), match.group("end")
    # "3~4시", "오후 2~4시": the start borrows the end's 시.
    if _BARE_HOUR.match(start_text) and "시" in end_text:
        start_text = f"{start_text.strip()}시"
    start_meridiem, end_meridiem = _meridiem_of(start_text), _meridiem_of(end_text)
    if start_meridiem and not end_meridiem:
        start = read_time_text(start_text)
        end = _side(end_text, start_meridiem)
        # "오전 11시 ~ 1시": the end is after the start, so in the afternoon.
        if isinstance(start, time) and isinstance(end, time) and end <= start:
            end = _side(end_text, _FLIP[start_meridiem]) or end
    elif end_meridiem and not start_meridiem:
        if not _BARE_CLOCK.match(start_text):
            return None
        end = read_time_text(end_text)
        start = _side(start_text, end_meridiem)
        # "11-1pm": the start is before the end, so in the morning.
        if isinstance(start, time) and isinstance(end, time) and end <= start:
            start = _side(start_text, _FLIP[end_meridiem]) or start
    else:
        start, end = read_time_text(start_text), read_time_text(end_text)
    if start is None or end is None:
        return None
    return (start, end)


def read_time_range(text: str | None) -> tuple[time, time | None] | _Impossible | None:
    """The start and end of the time in ``text``: ``(14:00, 15:30)`` for ``14:00–15:30``,
    ``오후 2:00 ~ 3:30``, ``2-3pm`` style ranges; ``(start, None)`` for a single time (as
    :func:`read_time_text` reads it). :data:`IMPOSSIBLE` for a range with a time no clock
    shows or an end not after its start; None for text that is not a time."""
    parts = _range_parts(text)
    if parts is None:
        single = read_time_text(text)
        return single if not isinstance(single, time) else (single, None)
    start, end = parts
    if not isinstance(start, time) or not isinstance(end, time) or end <= start:
        return IMPOSSIBLE
    return (start, end)


def parse_time_range(text: str | None) -> tuple[time, time | None] | None:
    """:func:`read_time_range` without the impossible: None for it too."""
    reading = read_time_range(text)
    return reading if isinstance(reading, tuple) else None


def start_time(text: str | None) -> time | None:
    """The time an event starts at: the time in ``text``, or the start of its range."""
    reading = parse_time_range(text)
    return reading[0] if reading is not None else None


def ends_before_start(text: str | None) -> bool:
    """``text`` is a range of two real times whose end is not after its start."""
    parts = _range_parts(text)
    if parts is None:
        return False
    start, end = parts
    return isinstance(start, time) and isinstance(end, time) and end <= start


_ALL_DAY = {"", "종일", "하루 종일", "all day", "all-day", "allday"}


def is_all_day(text: str | None) -> bool:
    """An event without a time of day: no time, or one of the words for "all day"."""
    return (text or "").strip().lower() in _ALL_DAY


@lru_cache(maxsize=4096)  # the grid asks for every chip it paints; a month repeats its times
def display_time(text: str | None, hour24: bool, language: str) -> str:
    """The time as the user reads times: ``오후 2:00`` / ``2:00 PM`` (12-hour) or ``14:00``
    (24-hour) when ``text`` is a time, ``오후 2:00–3:30`` / ``2:00–3:30 PM`` / ``14:00–15:30``
    when it is a range (:func:`read_time_range`); anything else (``오전 중``) as typed."""
    reading = parse_time_range(text)
    if reading is None:
        return (text or "").strip()
    start, end = reading
    if end is not None:
        return format_time_range(start, end, hour24, language)
    if hour24:
        return f"{start.hour:02d}:{start.minute:02d}"
    return format_time_text(start, language)


def time_sort_key(text: str | None) -> tuple[int, int, str]:
    """A day's order: all-day events first (:func:`is_all_day`), then parsed times by time (a
    range by its start), then text that is not a time, by text."""
    if is_all_day(text):
        return (0, 0, "")
    parsed = start_time(text)
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


def format_time_range(start: time, end: time, hour24: bool, language: str) -> str:
    """A range the way the user reads times: ``14:00–15:30``, ``오후 2:00–3:30``,
    ``오전 11:00–오후 1:00``, ``2:00–3:30 PM``, ``11:00 AM–1:00 PM``."""
    if hour24:
        return f"{start.hour:02d}:{start.minute:02d}–{end.hour:02d}:{end.minute:02d}"
    first, last = format_time_text(start, language), format_time_text(end, language)
    if (start.hour >= 12) != (end.hour >= 12):
        return f"{first}–{last}"
    if language.startswith("ko"):
        return f"{first}–{last.split(' ', 1)[1]}"  # 오후 2:00–3:30
    return f"{first.rsplit(' ', 1)[0]}–{last}"  # 2:00–3:30 PM
