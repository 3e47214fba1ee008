"""The morning summary's rules: when it is due, and the day's events in order.

On working days (Monday to Friday) at the chosen time, once a day. An app started later
than the time still gives that day's summary, once, until noon (or, for a time chosen at
noon or later, within two hours of it): a summary of the morning in the evening says
nothing anyone needs. The day it was given is remembered on this computer, so a restart
does not give it again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from desktop.domain.models import Event
from desktop.domain.timetext import time_sort_key

DEFAULT_TIME = time(8, 30)
LATE_UNTIL = time(12, 0)
LATE_FOR = timedelta(hours=2)  # for a time chosen at or after LATE_UNTIL


def read_summary_time(text: str) -> time:
    """The saved ``HH:MM``; the default for anything else."""
    try:
        hours, _, minutes = text.strip().partition(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return DEFAULT_TIME


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def late_until(at: time) -> time:
    """Until when a summary missed at ``at`` (the app was not running) is still given."""
    if at < LATE_UNTIL:
        return LATE_UNTIL
    end = datetime.combine(date.min, at) + LATE_FOR
    return end.time() if end.date() == date.min else time(23, 59, 59)


def summary_due(now: datetime, at: time, last_day: str) -> bool:
    """Whether the summary of ``now``'s day is to be given now (``last_day``: the ISO day it
    was last given)."""
    day = now.date()
    if not is_working_day(day) or last_day == day.isoformat():
        return False
    return at <= now.time() < late_until(at)


def seconds_until_due(now: datetime, at: time, limit: float) -> float:
    """How long to wait before looking again: until ``at`` today when it is ahead, never more
    than ``limit`` seconds (sleep and clock changes are noticed at the next look)."""
    due = datetime.combine(now.date(), at, tzinfo=now.tzinfo)
    if due > now:
        return min(limit, (due - now).total_seconds())
    return limit


def day_events(events: Iterable[Event], day: date) -> list[Event]:
    """``day``'s events in the day's order: all-day first, then by time, then by title."""
    found = [e for e in events if e.event_date == day]
    return sorted(found, key=lambda e: (time_sort_key(e.time), e.title))
