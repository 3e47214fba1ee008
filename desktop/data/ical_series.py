"""How linked items (:mod:`desktop.domain.series`) are exported: the plan, without iCalendar.

A repeating series becomes one ``VEVENT`` with an ``RRULE`` (:class:`SeriesPlan`), and a
multi-day event one ``VEVENT`` over its days (:class:`SpanPlan`); everything else is exported as
the ordinary event it is.

A series is exported over the occurrences at hand, from the first one through the last (by
``series_date``): ``DTSTART`` is the first (the rule's first day unless that one was deleted or
lies before the exported range) and the rule ends (``UNTIL``) at the last, so the file never
promises occurrences that were never written nor ones outside the range. A rule day in between
without an item (a deleted occurrence) is an ``EXDATE``. An item that differs from the series
(title, time, description, link, department) or was moved to another day is an override with
``RECURRENCE-ID`` = its ``series_date``. An export of a whole series with a ``COUNT`` keeps it.

A yearly series on a lunar date (``RSCALE=DANGI``, RFC 7529) is exported as its items, each an
ordinary ``VEVENT`` with its own ``UID``: most calendar apps ignore ``RSCALE`` and would repeat
such an ``RRULE`` on the solar date, a wrong day in nearly every year.

A multi-day event whose days are all at hand, alike and unmoved, and consecutive is one
``VEVENT`` over them (a range cut by the export: over the days in it); otherwise its items are
exported one by one, as the web app shows them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from desktop.domain.models import Event
from desktop.domain.series import Link, link_of, occurrence_days, parse_repeat, rule_start

UID_DOMAIN = "deptcal"
# On a timed VEVENT whose DTEND was made up (the tables keep a start and no end).
OPEN_END = "X-DEPTCAL-OPEN-END"


@dataclass(frozen=True, slots=True)
class SeriesPlan:
    """One repeating series: ``master`` holds what most occurrences share, on ``first``."""

    uid: str
    master: Event
    first: date  # DTSTART's day
    last: date  # UNTIL's day
    rrule: str  # the RRULE value without COUNT and UNTIL
    count: int | None  # kept when the whole series is exported
    exdates: tuple[date, ...]
    overrides: tuple[tuple[Event, date], ...]  # (item, its RECURRENCE-ID day)
    items: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class SpanPlan:
    """One multi-day event from ``first`` through ``last`` (``master`` as on each day)."""

    uid: str
    master: Event
    first: date
    last: date
    items: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class ExportPlan:
    series: tuple[SeriesPlan, ...]
    spans: tuple[SpanPlan, ...]
    plain: tuple[Event, ...]


def series_uid(link: Link) -> str:
    """The ``UID`` of an exported series: the imported file's own, else ``<series id>@deptcal``."""
    return link.uid or f"{link.series_id}@{UID_DOMAIN}"


def plan_export(events: Iterable[Event]) -> ExportPlan:
    """Group ``events`` (one version per id) into series, multi-day events and the rest."""
    groups: dict[str, list[tuple[Event, Link]]] = defaultdict(list)
    plain: list[Event] = []
    for event in events:
        link = link_of(event)
        if link is None or not (link.repeating or link.multi_day):
            plain.append(event)
        else:
            groups[link.series_id].append((event, link))
    series: list[SeriesPlan] = []
    spans: list[SpanPlan] = []
    for members in groups.values():
        rule = members[0][1].rule
        if rule is not None and _lunar(rule):
            plain.extend(event for event, _ in members)
        elif rule is not None and all(link.rule == rule for _, link in members):
            plan, rest = _series(members, rule)
            if plan is not None:
                series.append(plan)
            plain.extend(rest)
        elif rule is None and all(not link.repeating for _, link in members):
            span = _span(members)
            if span is not None:
                spans.append(span)
            else:
                plain.extend(event for event, _ in members)
        else:  # a series whose items disagree on the rule: as the web app shows them
            plain.extend(event for event, _ in members)
    return ExportPlan(tuple(series), tuple(spans), tuple(plain))


def _lunar(rule: str) -> bool:
    repeat = parse_repeat(rule)
    return repeat is not None and repeat.lunar


def _values(event: Event) -> tuple[str, str, str, str, str]:
    return (event.title, event.time, event.description, event.url, event.department_id)


def _master(members: list[tuple[Event, Link]]) -> Event:
    """The item whose values most occurrences share (among those on their own day)."""
    unmoved = [event for event, link in members if event.event_date == link.day] or [
        event for event, _ in members
    ]
    counts = Counter(_values(event) for event in unmoved)
    best = max(counts.values())
    return min(
        (event for event in unmoved if counts[_values(event)] == best),
        key=lambda event: event.event_date,
    )


def _series(members: list[tuple[Event, Link]], rule: str) -> tuple[SeriesPlan | None, list[Event]]:
    by_day: dict[date, Event] = {}
    rest: list[Event] = []
    for event, link in sorted(members, key=lambda pair: pair[0].event_date):
        if link.day in by_day:
            rest.append(event)  # two items for one occurrence: both as they are
        else:
            by_day[link.day] = event
    first, last = min(by_day), max(by_day)
    rule_days = set(
        occurrence_days(rule, after=first - timedelta(days=1), through=last, limit=1_000_000)
    )
    # Items on days the rule does not give (a rule rewritten elsewhere) are exported plainly.
    rest.extend(event for day, event in by_day.items() if day not in rule_days)
    by_day = {day: event for day, event in by_day.items() if day in rule_days}
    if not by_day:
        return None, rest
    first, last = min(by_day), max(by_day)
    links = {event.id: link for event, link in members}
    kept = [(event, links[event.id]) for event in by_day.values()]
    master = _master(kept)
    within = sorted(day for day in rule_days if first <= day <= last)
    exdates = tuple(day for day in within if day not in by_day)
    overrides = tuple(
        (event, day)
        for day, event in sorted(by_day.items())
        if event.event_date != day or _values(event) != _values(master)
    )
    rrule, count = _rrule(rule)
    whole = count is not None and first == rule_start(rule) and len(within) == count
    uid_link = next((link for _, link in kept if link.uid), kept[0][1])
    return (
        SeriesPlan(
            uid=series_uid(uid_link),
            master=master.with_changes(event_date=first),
            first=first,
            last=last,
            rrule=rrule,
            count=count if whole else None,
            exdates=exdates,
            overrides=overrides,
            items=tuple(by_day.values()),
        ),
        rest,
    )


def _rrule(rule: str) -> tuple[str, int | None]:
    """The ``RRULE`` value of a ``series_rule`` without its end, and its ``COUNT``."""
    value = next(
        (ln.split(":", 1)[1] for ln in rule.splitlines() if ln.upper().startswith("RRULE:")), ""
    )
    parts: list[str] = []
    count: int | None = None
    for part in value.strip().split(";"):
        name, _, number = part.partition("=")
        name = name.strip().upper()
        if name == "COUNT" and number.strip().isdigit():
            count = int(number)
        elif name not in {"COUNT", "UNTIL"} and part.strip():
            parts.append(part.strip())
    return ";".join(parts), count


def _span(members: list[tuple[Event, Link]]) -> SpanPlan | None:
    events = sorted((event for event, _ in members), key=lambda event: event.event_date)
    days = [event.event_date for event in events]
    moved = any(event.event_date != link.day for event, link in members)
    alike = len({_values(event) for event in events}) == 1
    consecutive = all((b - a).days == 1 for a, b in pairwise(days))
    if moved or not alike or not consecutive or len(events) < 2:
        return None
    link = members[0][1]
    return SpanPlan(series_uid(link), events[0], days[0], days[-1], tuple(events))
