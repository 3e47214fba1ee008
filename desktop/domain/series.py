"""Repeating and multi-day events as ordinary items of the shared tables.

The web application knows one item per event and day. So a repeating event is one ordinary
item per occurrence, and an event over several days one ordinary item per day: the web app
shows each as the event it is. This app links them with a few attributes the web app ignores
(and keeps, as every writer here keeps attributes it does not know):

``series_id``
    The series (or multi-day event) the item belongs to: a uuid, the same on every item.
``series_rule``
    Repeating events only: the rule as RFC 5545 text, ``DTSTART;VALUE=DATE:20261207`` and an
    ``RRULE:`` line (``FREQ=WEEKLY;BYDAY=MO;UNTIL=20271206``), the same on every item.
``series_date``
    The day the rule gave this occurrence (or the day of a multi-day event this item is), as
    ``YYYY-MM-DD``. It stays when the occurrence is moved to another day, so an exported file
    can say which occurrence was moved (``RECURRENCE-ID``).
``series_days``
    Multi-day events only: the whole event's first and last day, ``2026-12-07/2026-12-09``
    (an ISO 8601 interval), the same on every item of it.
``ical_uid``
    Items imported from an iCalendar file: the ``UID`` of the event they came from, so exporting
    them again gives the same ``UID`` back.

Every item's id is derived from the series and the day (:func:`occurrence_id`, a uuid5), and
is written with ``attribute_not_exists``: a replay, a retry or a second client writes each
occurrence once. A deleted occurrence is never written again: the series is written once, and
extending it writes only days after its last one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from desktop.domain.lunar import LunarDate, lunar_of, yearly_day
from desktop.domain.models import NO_ATTRIBUTES, Event, parse_date

SERIES_ID = "series_id"
SERIES_RULE = "series_rule"
SERIES_DATE = "series_date"
SERIES_DAYS = "series_days"
ICAL_UID = "ical_uid"
LINK_ATTRIBUTES = frozenset({SERIES_ID, SERIES_RULE, SERIES_DATE, SERIES_DAYS, ICAL_UID})

# Where derived ids come from: ids of occurrences are uuid5(series id, day); series ids of
# imported events are uuid5(this namespace, UID).
NAMESPACE = uuid.UUID("6f1c1d9e-5a0b-4c53-9d7e-2a5f0b7c1e42")

# A series without an end is written this far ahead; "Extend" writes the next stretch.
HORIZON_MONTHS = 12
# No series is written with more occurrences than this (a daily rule for ten years...).
MAX_OCCURRENCES = 2000


@dataclass(frozen=True, slots=True)
class Link:
    """What links an item to its series or multi-day event (see the module's text)."""

    series_id: str
    day: date  # series_date
    rule: str | None = None  # series_rule (repeating)
    days: tuple[date, date] | None = None  # series_days (multi-day)
    uid: str | None = None  # ical_uid

    @property
    def repeating(self) -> bool:
        return self.rule is not None

    @property
    def multi_day(self) -> bool:
        return self.days is not None and self.days[0] != self.days[1]


def _text(attributes: Mapping[str, Any], name: str) -> str | None:
    value = attributes.get(name)
    if isinstance(value, Mapping) and isinstance(value.get("S"), str):
        text: str = value["S"]
        return text
    return None


def link_of(event: Event) -> Link | None:
    """The series link of ``event``; None for an ordinary event (or a link written wrong: an
    item whose link cannot be read is shown and edited as the ordinary event it is)."""
    extra = event.extra
    if not extra or SERIES_ID not in extra:
        return None
    series_id = _text(extra, SERIES_ID)
    if not series_id:
        return None
    day = parse_date(_text(extra, SERIES_DATE) or "") or event.event_date
    days = _interval(_text(extra, SERIES_DAYS))
    rule = _text(extra, SERIES_RULE) or None
    if rule is not None and not readable_rule(rule):
        rule = None
    return Link(series_id, day, rule, days, _text(extra, ICAL_UID) or None)


def _interval(text: str | None) -> tuple[date, date] | None:
    if not text or "/" not in text:
        return None
    first, _, last = text.partition("/")
    start, end = parse_date(first.strip()), parse_date(last.strip())
    if start is None or end is None or end < start:
        return None
    return (start, end)


def link_attributes(link: Link) -> dict[str, dict[str, str]]:
    """The raw attribute values (boto3's form) that write ``link`` on an item."""
    values = {SERIES_ID: {"S": link.series_id}, SERIES_DATE: {"S": link.day.isoformat()}}
    if link.rule is not None:
        values[SERIES_RULE] = {"S": link.rule}
    if link.days is not None:
        values[SERIES_DAYS] = {"S": f"{link.days[0].isoformat()}/{link.days[1].isoformat()}"}
    if link.uid is not None:
        values[ICAL_UID] = {"S": link.uid}
    return values


def with_link(event: Event, link: Link | None) -> Event:
    """``event`` carrying ``link`` (None: unlinked), every other attribute it has kept."""
    kept = {k: v for k, v in event.extra.items() if k not in LINK_ATTRIBUTES}
    if link is not None:
        kept.update(link_attributes(link))
    return event.with_changes(extra=MappingProxyType(kept) if kept else NO_ATTRIBUTES)


def occurrence_id(series_id: str, day: date) -> str:
    """The id of the series' item on ``day`` (its ``series_date``): the same on every client."""
    return str(uuid.uuid5(uuid.UUID(series_id), day.isoformat()))


def series_id_for_uid(uid: str) -> str:
    """The series id of an event imported from an iCalendar file, from its ``UID``."""
    return str(uuid.uuid5(NAMESPACE, uid))


def new_series_id() -> str:
    return str(uuid.uuid4())


# --- rules ------------------------------------------------------------------------------------


class Frequency(StrEnum):
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"


# RFC 7529's name (CLDR's) of the Korean lunisolar calendar.
LUNAR_SCALE = "DANGI"
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAYS = (0, 1, 2, 3, 4)


@dataclass(frozen=True, slots=True)
class Repeat:
    """A repeat as the event dialog offers it.

    ``weekdays``: Monday = 0 (weekly on chosen days; ``WEEKDAYS`` with DAILY means "every
    weekday"). ``nth``: monthly on the nth weekday of the start's day of week (1…4, or -1 for
    the last). The end is ``count`` occurrences, or ``until`` (a last day), or neither: the
    horizon (:data:`HORIZON_MONTHS`) and an explicit "extend" later.

    ``lunar``: yearly on the start's date in the Korean lunar calendar (RFC 7529
    ``RSCALE=DANGI;FREQ=YEARLY;SKIP=BACKWARD``; see :func:`lunar_yearly_days`).
    """

    frequency: Frequency
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    nth: int | None = None
    count: int | None = None
    until: date | None = None
    extra: tuple[str, ...] = field(default=(), compare=False)  # RRULE parts kept as they were
    lunar: bool = False

    def rrule(self, start: date) -> str:
        """The ``RRULE`` value (without ``RRULE:``) for a series starting on ``start``."""
        parts = [f"FREQ={self.frequency.value}"]
        if self.lunar:
            parts = [f"RSCALE={LUNAR_SCALE}", "FREQ=YEARLY"]
            if self.interval != 1:
                parts.append(f"INTERVAL={self.interval}")
            parts.append("SKIP=BACKWARD")
            if self.count is not None:
                parts.append(f"COUNT={self.count}")
            elif self.until is not None:
                parts.append(f"UNTIL={self.until:%Y%m%d}")
            return ";".join(parts)
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.nth is not None:
            parts.append(f"BYDAY={self.nth}{_DAY_CODES[start.weekday()]}")
        elif self.weekdays:
            parts.append("BYDAY=" + ",".join(_DAY_CODES[d] for d in sorted(set(self.weekdays))))
        parts.extend(self.extra)
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        elif self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}")
        return ";".join(parts)


def rule_text(start: date, repeat: Repeat) -> str:
    """The ``series_rule`` of a series: its first day and its rule, as RFC 5545 text."""
    return f"DTSTART;VALUE=DATE:{start:%Y%m%d}\nRRULE:{repeat.rrule(start)}"


def rule_start(text: str) -> date | None:
    """The first day (``DTSTART``) in a ``series_rule``; None when it has none that reads."""
    for line in text.splitlines():
        name, _, value = line.partition(":")
        if name.split(";")[0].strip().upper() == "DTSTART":
            try:
                return datetime.strptime(value.strip()[:8], "%Y%m%d").date()
            except ValueError:
                return None
    return None


def parse_repeat(text: str) -> Repeat | None:
    """The :class:`Repeat` of a ``series_rule`` (what the dialog shows when editing it); None
    when it is not one this app reads."""
    rrule = next(
        (ln.split(":", 1)[1] for ln in text.splitlines() if ln.upper().startswith("RRULE:")), None
    )
    if rrule is None:
        return None
    values: dict[str, str] = {}
    extra: list[str] = []
    for part in rrule.strip().split(";"):
        name, _, value = part.partition("=")
        name = name.strip().upper()
        if name in {"FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL", "RSCALE", "SKIP"}:
            values[name] = value.strip().upper()
        elif part.strip():
            extra.append(part.strip())
    try:
        frequency = Frequency(values.get("FREQ", ""))
        interval = int(values.get("INTERVAL", "1"))
        count = int(values["COUNT"]) if "COUNT" in values else None
        until = None
        if "UNTIL" in values:
            until = datetime.strptime(values["UNTIL"][:8], "%Y%m%d").date()
    except ValueError:
        return None
    weekdays: list[int] = []
    nth: int | None = None
    for code in filter(None, values.get("BYDAY", "").split(",")):
        prefix, day = code[:-2], code[-2:]
        if day not in _DAY_CODES:
            return None
        if prefix:
            try:
                nth = int(prefix)
            except ValueError:
                return None
        weekdays.append(_DAY_CODES.index(day))
    lunar = values.get("RSCALE") == LUNAR_SCALE and values.get("SKIP", "BACKWARD") == "BACKWARD"
    if not lunar:  # another calendar, or a SKIP without one: not a rule this app reads
        extra.extend(f"{name}={values[name]}" for name in ("RSCALE", "SKIP") if name in values)
    return Repeat(
        frequency,
        interval,
        () if nth is not None else tuple(weekdays),
        nth,
        count,
        until,
        tuple(extra),
        lunar,
    )


# Parts a rule may have besides FREQ, INTERVAL, BYDAY, COUNT and UNTIL, by frequency. A daily
# or weekly rule with a filter no day passes (``BYMONTH=2;BYMONTHDAY=30``) makes dateutil walk
# every day to the year 9999 (seconds of work): such rules are not read as rules.
_MORE_PARTS = {
    Frequency.MONTHLY: {"BYMONTH", "BYMONTHDAY", "BYSETPOS", "WKST"},
    Frequency.YEARLY: {"BYMONTH", "BYMONTHDAY", "BYSETPOS", "WKST", "BYWEEKNO", "BYYEARDAY"},
}


def readable_rule(text: str) -> bool:
    """``text`` is a ``series_rule`` this app expands: a first day, and a daily, weekly,
    monthly or yearly rule whose parts always give a next day quickly (table text is
    untrusted; a rule written by hand must not stall a worker)."""
    if len(text) > 1000 or rule_start(text) is None:
        return False
    repeat = parse_repeat(text)
    if repeat is None or not 1 <= repeat.interval <= 1000:
        return False
    if repeat.lunar:  # yearly on the start's lunar date, nothing more
        return (
            repeat.frequency is Frequency.YEARLY
            and not repeat.weekdays
            and repeat.nth is None
            and not repeat.extra
        )
    allowed = _MORE_PARTS.get(repeat.frequency, {"WKST"})  # the week's first day: harmless
    return all(part.partition("=")[0].strip().upper() in allowed for part in repeat.extra)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    moved: date = day + relativedelta(months=months)
    return moved


def horizon_end(start: date) -> date:
    """The last day a series without an end is written through: :data:`HORIZON_MONTHS` on."""
    return start + relativedelta(months=HORIZON_MONTHS) - timedelta(days=1)


def occurrence_days(
    rule: str,
    *,
    after: date | None = None,
    through: date | None = None,
    limit: int = MAX_OCCURRENCES,
) -> list[date]:
    """The days a ``series_rule`` gives (expanded by dateutil), at most ``limit``: those after
    ``after`` (exclusive) through ``through`` (inclusive; default: the horizon from the first
    day). A monthly rule on the 31st skips months without one, as RFC 5545 says."""
    start = rule_start(rule)
    if start is None or not readable_rule(rule):
        return []
    end = through or horizon_end(start)
    days: list[date] = []
    repeat = parse_repeat(rule)
    moments = (
        lunar_yearly_days(start, repeat)
        if repeat is not None and repeat.lunar
        else (moment.date() for moment in rrulestr(rule, forceset=True))
    )
    for day in moments:
        if day > end:
            break
        if after is not None and day <= after:
            continue
        days.append(day)
        if len(days) >= limit:
            break
    return days


def lunar_yearly_days(start: date, repeat: Repeat) -> Iterator[date]:
    """The days of a yearly repeat on ``start``'s lunar date (dateutil knows no RSCALE).

    One rule for a lunar date a year does not have: a date in a leap month (윤달) falls on the
    same day of the regular month of that number in the other years (as Korean custom keeps a
    윤달 birthday), and a 30th falls on the 29th in a year whose month has 29 days (RFC 7529
    ``SKIP=BACKWARD``). ``start`` itself is the first day, as DTSTART always is. The days end
    with the lunar tables (2050) and with the rule's ``COUNT`` or ``UNTIL``.
    """
    lunar: LunarDate | None = lunar_of(start)
    if lunar is None:
        return
    yield start
    count = 1
    year = lunar.year
    while repeat.count is None or count < repeat.count:
        year += max(repeat.interval, 1)
        day = yearly_day(year, lunar.month, lunar.day)
        if day is None or (repeat.until is not None and day > repeat.until):
            return
        count += 1
        yield day


def occurrences(event: Event, rule: str, series_id: str, days: Iterable[date]) -> list[Event]:
    """The items of a series: ``event`` (its title, time, text, department) on each day, each
    under its derived id and linked."""
    return [
        with_link(
            event.with_changes(id=occurrence_id(series_id, day), event_date=day),
            Link(series_id, day, rule=rule),
        )
        for day in days
    ]


def span_items(event: Event, last_day: date, series_id: str) -> list[Event]:
    """The items of a multi-day event from ``event.event_date`` through ``last_day``."""
    first = event.event_date
    count = (last_day - first).days + 1
    days = (first, last_day)
    return [
        with_link(
            event.with_changes(id=occurrence_id(series_id, day), event_date=day),
            Link(series_id, day, days=days),
        )
        for day in (first + timedelta(days=i) for i in range(count))
    ]
