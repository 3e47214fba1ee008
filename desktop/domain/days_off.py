"""Company days off and extra public holidays: dates with names, shown as holidays.

The ``holidays`` library knows the public holidays its release was built with; a company's own
days off (창립기념일, 전사 휴무) and a holiday decreed later (임시공휴일) come from a list of
dates with names instead. IT deploys one in the machine-wide settings; each user may add their
own (:mod:`desktop.days_off_settings` reads both). A name marks the day as a holiday in every
view and on paper, after the public holiday's name when the day already has one.

The entries are read from settings anyone with admin rights (or the user) typed, so each is
checked: a real ``YYYY-MM-DD`` date, a name of 1 to :data:`NAME_LIMIT` characters on one line,
and no markup. A bad one is skipped with the reason (logged by the reader), never a crash.
No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from desktop.i18n import tr

_CONTEXT = "DaysOff"

# As desktop.domain.holidays joins names (not imported: that module loads the library).
SEPARATOR = ", "

# A holiday name fits a month cell's line and a printed heading; a longer one is a mistake.
NAME_LIMIT = 60
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# What Qt would take for markup if the name ever reached a rich-text place.
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!?]|&[#A-Za-z0-9]+;")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


@dataclass(frozen=True, order=True)
class DayOff:
    """One day off: its date, its name, and whether the administrator set it (locked)."""

    day: date
    name: str
    managed: bool = False


def date_problem(text: str) -> str:
    """What is wrong with a date written as ``YYYY-MM-DD``, or ``""``."""
    text = text.strip()
    if not _DATE.match(text):
        return tr(_CONTEXT, "Write the date as YYYY-MM-DD, for example 2026-12-11.")
    try:
        date.fromisoformat(text)
    except ValueError:
        return tr(_CONTEXT, "{date} is not a date in the calendar.").format(date=text)
    return ""


def name_problem(name: str) -> str:
    """What is wrong with a day off's name, or ``""``."""
    name = name.strip()
    if not name:
        return tr(_CONTEXT, "Enter the day's name, for example 창립기념일.")
    if len(name) > NAME_LIMIT:
        return tr(_CONTEXT, "A name has at most %n characters.", n=NAME_LIMIT)
    if _CONTROL.search(name):
        return tr(_CONTEXT, "A name is one line of text.")
    if _MARKUP.search(name):
        return tr(_CONTEXT, "A name cannot contain “<” tags or “&…;” entities.")
    return ""


def parse_entries(
    entries: Iterable[tuple[str, object]], managed: bool
) -> tuple[list[DayOff], list[str]]:
    """The valid days off among ``(date text, name)`` pairs, and one problem line per bad one.

    A name read as a list (an INI value with commas, a registry multi-string) is joined with
    ", ". A date given twice keeps its first name.
    """
    days: dict[date, DayOff] = {}
    problems: list[str] = []
    for key, value in entries:
        name = SEPARATOR.join(str(v) for v in value) if isinstance(value, list | tuple) else value
        name = str(name if name is not None else "").strip()
        problem = date_problem(key) or name_problem(name)
        if problem:
            shown_key = key[:40] + ("…" if len(key) > 40 else "")
            problems.append(f"{shown_key!r}: {problem}")
            continue
        day = date.fromisoformat(key.strip())
        if day in days:
            problems.append(f"{key!r}: " + tr(_CONTEXT, "This day is already in the list."))
            continue
        days[day] = DayOff(day, name, managed)
    return sorted(days.values()), problems


def combined(managed: Iterable[DayOff], own: Iterable[DayOff]) -> list[DayOff]:
    """The administrator's days and the user's own, by date (the administrator's first)."""
    return sorted([*managed, *own], key=lambda d: (d.day, not d.managed))


def names_by_day(days: Iterable[DayOff], first: date, last: date) -> dict[date, str]:
    """The names of the days off from ``first`` to ``last``, several on one day joined."""
    names: dict[date, list[str]] = {}
    for day_off in days:
        if first <= day_off.day <= last:
            labels = names.setdefault(day_off.day, [])
            if day_off.name not in labels:
                labels.append(day_off.name)
    return {day: SEPARATOR.join(labels) for day, labels in names.items()}


def with_days_off(public: Mapping[date, str], days_off: Mapping[date, str]) -> dict[date, str]:
    """Public holidays with the days off added: a day off's name after the public one's, a
    name the day already has not repeated."""
    merged = dict(public)
    for day, name in days_off.items():
        have = merged.get(day, "")
        labels = have.split(SEPARATOR) if have else []
        for label in name.split(SEPARATOR):
            if label not in labels:
                labels.append(label)
        merged[day] = SEPARATOR.join(labels)
    return dict(sorted(merged.items()))
