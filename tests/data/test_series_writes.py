"""Writing a series: paced to the table's write capacity, found again by its derived ids,
written once even when another client wrote an occurrence first, and cancelled whole."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from desktop.data.cache import Cache
from desktop.data.errors import AlreadyExistsError
from desktop.data.outbox import Outbox, State
from desktop.data.pacing import ON_DEMAND_WRITES_PER_SECOND, Pace, write_rate
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
from tests.data.conftest import new_event, put_raw

pytestmark = pytest.mark.server

MONDAY = date(2026, 11, 2)


def weekly(department: Department, weeks: int, series_id: str | None = None) -> list[Event]:
    rule = rule_text(MONDAY, Repeat(Frequency.WEEKLY, weekdays=(0,), count=weeks))
    base = new_event(department.id, MONDAY, "주간 보고")
    return occurrences(base, rule, series_id or new_series_id(), occurrence_days(rule))


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_260_writes_on_a_10_unit_table_take_about_26_seconds_and_one_goes_at_once() -> None:
    clock = FakeClock()
    pace = Pace(10.0, clock)
    assert pace.delay() == 0.0  # a single edit is not held back
    started = clock.now
    for _ in range(260):
        clock.now += pace.delay()  # the service waits this long (a timer) before the send
        assert pace.delay() == 0.0
        pace.spend(1)
    assert 24.0 <= clock.now - started <= 26.5
    # Never more than the table's rate in any second after the first.
    pace = Pace(10.0, clock)
    sent_at = []
    for _ in range(100):
        clock.now += pace.delay()
        pace.spend(1)
        sent_at.append(clock.now)
    assert all(b - a >= 1.0 - 1e-9 for a, b in zip(sent_at[10:], sent_at[20:], strict=False))


def test_an_unknown_rate_holds_nothing_back_until_it_is_read() -> None:
    clock = FakeClock()
    pace = Pace(clock=clock)
    for _ in range(50):
        assert pace.delay() == 0.0
        pace.spend(1)


def test_the_write_rate_is_read_from_the_table(store: DynamoStore) -> None:
    described = store.describe_table(store.settings.events_table)
    assert write_rate(described) == 10.0  # the guide's 10 write units
    on_demand = {"BillingModeSummary": {"BillingMode": "PAY_PER_REQUEST"}}
    assert write_rate(on_demand) == ON_DEMAND_WRITES_PER_SECOND
    assert write_rate({"ProvisionedThroughput": {"WriteCapacityUnits": 0}}) == 25.0


def test_a_series_is_found_again_by_its_derived_ids_in_batches_of_100(
    store: DynamoStore, caplog: pytest.LogCaptureFixture
) -> None:
    team = store.create_department("개발팀")
    items = weekly(team, 230)
    for item in items[:-5]:
        store.create_event(item)
    # An item the app cannot read (no title) is left out and logged, the rest found.
    broken = items[0]
    put_raw(
        store,
        store.settings.events_table,
        {
            "id": {"S": broken.id},
            "department_id": {"S": team.id},
            "event_date": {"S": "not a date"},
        },
    )
    before = store.consumed_read_units
    with caplog.at_level(logging.WARNING):
        found = store.events_by_keys([(e.id, e.department_id) for e in items])
    assert sorted(e.id for e in found) == sorted(e.id for e in items[1:-5])
    assert store.consumed_read_units > before
    assert any(broken.id in r.getMessage() for r in caplog.records)


def test_an_occurrence_another_client_wrote_first_counts_as_written(
    cache: Cache, store: DynamoStore
) -> None:
    team = store.create_department("개발팀")
    series_id = new_series_id()
    items = weekly(team, 4, series_id)
    # A second client wrote the same series (same derived ids) and renamed one since.
    theirs = [store.create_event(item) for item in items]
    store.update_event(theirs[2], theirs[2].with_changes(title="주간 보고 (변경)"))
    outbox = Outbox(cache)
    outbox.record_many([(None, item) for item in items])

    sent = outbox.send_all(store)

    assert [s.outcome for s in sent] == ["written"] * 4
    assert outbox.entries() == []
    written = store.events_between(team.id, MONDAY, date(2026, 12, 31)).events
    assert len(written) == 4
    assert {e.title for e in written} == {"주간 보고", "주간 보고 (변경)"}


def test_an_item_of_another_series_under_the_same_id_is_not_taken_for_ours(
    cache: Cache, store: DynamoStore
) -> None:
    team = store.create_department("개발팀")
    item = weekly(team, 1)[0]
    stranger = link_of(item)
    assert stranger is not None
    # An item under that id that is not this occurrence (hand-made, no link).
    store.create_event(new_event(team.id, MONDAY, "다른 일정").with_changes(id=item.id))
    outbox = Outbox(cache)
    outbox.record(None, item)

    sent = outbox.send_all(store)

    assert [s.outcome for s in sent] == ["failed"]
    assert isinstance(sent[0].error, AlreadyExistsError)


def test_discarding_a_series_is_one_transaction_and_the_cache_drops_it(
    cache: Cache, store: DynamoStore
) -> None:
    team = store.create_department("개발팀")
    items = weekly(team, 30)
    outbox = Outbox(cache)
    outbox.record_many([(None, item) for item in items])
    for _ in range(12):
        outbox.send_next(store)
    waiting = [c.seq for c in outbox.entries() if c.state is State.WAITING]
    assert len(waiting) == 18

    done, entries = outbox.discard_many(waiting)

    assert entries == []
    assert [removed.id for _shown, removed in done if removed] == [e.id for e in items[12:]]
    cached = {e.id for e in cache.events_between([team.id], MONDAY, date(2027, 6, 30))}
    assert cached == {e.id for e in items[:12]}
    assert outbox.send_all(store) == []
    in_table = store.events_between(team.id, MONDAY, date(2027, 6, 30)).events
    assert sorted(e.id for e in in_table) == sorted(e.id for e in items[:12])
