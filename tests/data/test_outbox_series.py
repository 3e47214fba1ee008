"""A series in the outbox: its items recorded in one transaction, each written once with its
link, however often the writing is repeated."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.data.cache import Cache
from desktop.data.outbox import Outbox, State
from desktop.data.store import DynamoStore
from desktop.domain.models import Department, Event
from desktop.domain.series import (
    Frequency,
    Repeat,
    link_of,
    new_series_id,
    occurrence_days,
    occurrences,
    rule_text,
)
from tests.data.conftest import new_event

pytestmark = pytest.mark.server

MONDAY = date(2026, 11, 2)


def weekly_report(department: Department, weeks: int) -> list[Event]:
    rule = rule_text(MONDAY, Repeat(Frequency.WEEKLY, weekdays=(0,), count=weeks))
    series_id = new_series_id()
    base = new_event(department.id, MONDAY, "주간 보고")
    return occurrences(base, rule, series_id, occurrence_days(rule))


def test_a_series_waits_whole_and_reaches_the_table_once_with_its_links(
    cache: Cache, store: DynamoStore
) -> None:
    team = store.create_department("개발팀")
    items = weekly_report(team, 8)
    outbox = Outbox(cache)

    shown = outbox.record_many([(None, item) for item in items])

    assert [e.event_date for e in shown if e] == [i.event_date for i in items]
    assert [c.state for c in outbox.entries()] == [State.WAITING] * 8
    outbox.send_all(store)
    outbox.send_all(store)  # nothing left: nothing written twice
    written = store.events_between(team.id, MONDAY, date(2026, 12, 31)).events
    assert sorted(e.id for e in written) == sorted(i.id for i in items)
    links = [link_of(e) for e in written]
    assert all(link is not None and link.repeating for link in links)
    assert {link.series_id for link in links if link} == {items[0].extra["series_id"]["S"]}
    assert outbox.entries() == []


def test_an_update_can_link_relink_and_unlink_an_item_keeping_other_attributes(
    store: DynamoStore,
) -> None:
    from desktop.domain.series import Link, with_link
    from tests.data.conftest import get_raw, put_raw

    team = store.create_department("개발팀")
    plain = new_event(team.id, MONDAY, "주간 보고")
    raw = {k: {"S": v} for k, v in plain.to_item().items()} | {"color": {"S": "red"}}
    put_raw(store, "events", raw)
    [stored] = store.events_between(team.id, MONDAY, MONDAY).events
    rule = rule_text(MONDAY, Repeat(Frequency.WEEKLY, weekdays=(0,)))

    linked = store.update_event(stored, with_link(stored, Link("s-1", MONDAY, rule=rule)))
    item = get_raw(store, linked) or {}
    assert item["series_id"] == {"S": "s-1"} and item["color"] == {"S": "red"}
    assert link_of(linked) == Link("s-1", MONDAY, rule=rule)

    retitled = store.update_event(linked, linked.with_changes(title="주간 회의"))
    assert link_of(retitled) == Link("s-1", MONDAY, rule=rule)  # kept when not changed

    unlinked = store.update_event(retitled, with_link(retitled, None))
    item = get_raw(store, unlinked) or {}
    assert "series_id" not in item and "series_rule" not in item
    assert item["color"] == {"S": "red"} and item["title"] == {"S": "주간 회의"}
