"""The items of a series or multi-day event, found again by their derived ids (on a worker).

An item's id is :func:`~desktop.domain.series.occurrence_id` of its series and its day, so
the items of a series are read by key (BatchGetItem), never by a Query over months: the days
of the rule (or of the multi-day event) give the ids. The cache adds what is not in the table
yet (changes waiting in the outbox win, as everywhere).

A series extended since it was written reaches beyond its first horizon: its days are read a
horizon at a time, on until a stretch holds none of its items.

Never imports Qt.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.domain.series import (
    HORIZON_MONTHS,
    Link,
    add_months,
    link_of,
    occurrence_days,
    occurrence_id,
    rule_start,
)

if TYPE_CHECKING:
    from desktop.data.cache import Cache
    from desktop.data.store import DynamoStore
    from desktop.domain.models import Event

log = logging.getLogger(__name__)

# A series is never read further than this many horizons (a daily rule extended for years).
MAX_STRETCHES = 10


class Scope(StrEnum):
    """What an edit or a delete of a linked item applies to."""

    ONE = "one"  # this item only (an exception of the series)
    FOLLOWING = "following"  # this one and the later ones
    ALL = "all"


def _stretch(rule: str, number: int) -> tuple[date, date] | None:
    """The ``number``-th horizon of a rule (0: the one written first): first and last day."""
    start = rule_start(rule)
    if start is None:
        return None
    first = add_months(start, HORIZON_MONTHS * number)
    return first, add_months(start, HORIZON_MONTHS * (number + 1)) - timedelta(days=1)


def _found(
    store: DynamoStore, cache: Cache | None, link: Link, department_id: str, days: list[date]
) -> list[Event]:
    """The items of ``link``'s series on ``days`` (their series days), table and cache."""
    ids = {occurrence_id(link.series_id, day): day for day in days}
    by_id = {e.id: e for e in store.events_by_keys([(i, department_id) for i in ids])}
    if cache is not None and days:
        pending = cache.pending_keys()
        for event in cache.events_between([department_id], min(days), max(days)):
            if event.id in ids and (event.id, department_id) in pending:
                by_id[event.id] = event  # a change waits: the user's version
    found = []
    for event in by_id.values():
        found_link = link_of(event)
        if found_link is not None and found_link.series_id == link.series_id:
            found.append(event)
    return found


def series_items(
    store: DynamoStore, cache: Cache | None, event: Event, scope: Scope = Scope.ALL
) -> list[Event]:
    """The items of ``event``'s series (or multi-day event) that ``scope`` covers, by day;
    ``event`` itself (as the user has it) among them. ONE: just ``event``."""
    link = link_of(event)
    if link is None or scope is Scope.ONE:
        return [event]
    department_id = event.department_id
    items: dict[str, Event] = {}
    if link.rule is not None:
        for number in range(MAX_STRETCHES):
            stretch = _stretch(link.rule, number)
            if stretch is None:
                break
            after = stretch[0] - timedelta(days=1)
            days = occurrence_days(link.rule, after=after, through=stretch[1])
            if not days:
                break
            found = _found(store, cache, link, department_id, days)
            if not found and number > 0 and stretch[0] > link.day:
                break  # the series ends before this stretch
            items.update((e.id, e) for e in found)
    elif link.days is not None:
        first, last = link.days
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        items.update((e.id, e) for e in _found(store, cache, link, department_id, days))
    items[event.id] = event
    chosen = list(items.values())
    if scope is Scope.FOLLOWING:
        chosen = [e for e in chosen if _day(e) >= link.day]
    return sorted(chosen, key=_day)


def _day(event: Event) -> date:
    link = link_of(event)
    return link.day if link is not None else event.event_date


def extension_days(rule: str, items: list[Event]) -> list[date]:
    """The days "Repeat for 12 more months" writes: the rule's days in the horizon after the
    one holding the series' last item. Never a day of a stretch already written (a deleted
    occurrence, or a tail deleted with "this and following", does not come back)."""
    if not items:
        return []
    last = max(_day(e) for e in items)
    number = 0
    while (stretch := _stretch(rule, number)) is not None and stretch[1] < last:
        number += 1
    following = _stretch(rule, number + 1)
    if following is None:
        return []
    return occurrence_days(rule, after=following[0] - timedelta(days=1), through=following[1])


def can_extend(event: Event) -> bool:
    """A repeating item whose rule has no end (no COUNT, no UNTIL) can be extended."""
    link = link_of(event)
    if link is None or link.rule is None:
        return False
    rrule = link.rule.upper()
    return "COUNT=" not in rrule and "UNTIL=" not in rrule
