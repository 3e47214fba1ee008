"""Export → import into empty tables gives the same items: ids, days, texts and links."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from desktop.data.ical import build_calendar
from desktop.data.ical_import import Action, plan_import, same_time
from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.domain.series import (
    SERIES_DATE,
    SERIES_DAYS,
    SERIES_ID,
    Frequency,
    Repeat,
    link_of,
    occurrence_days,
    occurrences,
    rule_text,
    span_items,
)

pytestmark = pytest.mark.server

SEOUL = ZoneInfo("Asia/Seoul")
START, END = date(2026, 12, 1), date(2027, 2, 28)
SERIES = "3d2f9c1e-7b4a-4e0f-9a61-5c8d2e4b7f10"
WORKSHOP = "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


def calendar_items(department: str) -> list[Event]:
    """A weekly series with one occurrence deleted, one moved and one retitled; a three-day
    workshop; a timed event with a range; an all-day one."""
    rule = rule_text(date(2026, 12, 7), Repeat(Frequency.WEEKLY, weekdays=(0,), count=10))
    weekly = occurrences(
        Event("x", department, date(2026, 12, 7), "주간 보고", time="10:00", description="안건"),
        rule,
        SERIES,
        occurrence_days(rule),
    )
    del weekly[2]  # 12-21 deleted
    weekly[3] = weekly[3].with_changes(event_date=date(2026, 12, 29))  # 12-28 moved a day
    weekly[4] = weekly[4].with_changes(title="주간 보고 (연초)")  # 1-4 retitled
    workshop = span_items(
        Event("y", department, date(2026, 12, 16), "하반기 워크숍"), date(2026, 12, 18), WORKSHOP
    )
    return [
        *weekly,
        *workshop,
        Event(new_id(), department, date(2026, 12, 10), "고객 미팅", time="14:00–15:30"),
        Event(new_id(), department, date(2026, 12, 24), "송년회", url="https://example.com/x"),
    ]


def essence(event: Event) -> tuple[object, ...]:
    link = link_of(event)
    return (
        event.id,
        event.department_id,
        event.event_date,
        event.title,
        event.description,
        event.url,
        None if link is None else (link.series_id, link.day, link.days, link.repeating),
    )


def test_export_then_import_into_empty_tables_gives_the_same_items(store: DynamoStore) -> None:
    department = store.create_department("개발팀").id
    items = calendar_items(department)
    data = build_calendar(items, {department: "개발팀"}, calendar_name="개발팀").to_ical()

    plan = plan_import(data, department, {}, START, END, zone=SEOUL, hour24=True)
    assert {r.action for r in plan.rows} == {Action.CREATE}
    for _original, created in plan.changes():
        assert created is not None
        store.create_event(created)
    back = store.events_between(department, START, END).events

    assert sorted(map(essence, back)) == sorted(map(essence, items))
    times = {e.id: e.time for e in items}
    assert [(e.time, times[e.id]) for e in back if not same_time(e.time, times[e.id])] == []
    # The links the web app ignores came back too.
    weekly = [e for e in back if link_of(e) and link_of(e).repeating]  # type: ignore[union-attr]
    assert len(weekly) == 9 and all({SERIES_ID, SERIES_DATE} <= e.extra.keys() for e in weekly)
    assert sum(SERIES_DAYS in e.extra for e in back) == 3

    # Importing the same file again writes nothing.
    stored = {e.id: e for e in back}
    again = plan_import(data, department, stored, START, END, zone=SEOUL, hour24=True)
    assert {r.action for r in again.rows} == {Action.UNCHANGED}
    assert date(2026, 12, 21) not in {e.event_date for e in back}  # the deleted one stays gone
