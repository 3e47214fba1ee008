"""``deptcal --demo``: a local endpoint with realistic sample data, read back by the store."""

from __future__ import annotations

import re
import sys
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from desktop.data.config import CredentialMode
from desktop.data.store import DynamoStore
from desktop.demo import (
    DEPARTMENTS,
    DemoServer,
    DemoUnavailable,
    crowded_day,
    demo_connection,
    fill_demo_data,
    plan_demo,
    start_demo,
)
from desktop.domain.models import Event
from desktop.domain.timetext import parse_time_text
from desktop.domain.validation import is_web_url
from tests.support import MotoServer

TODAY = date(2026, 11, 5)  # a Thursday
FIRST, LAST = date(2026, 10, 1), date(2026, 12, 31)

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def demo(
    moto_server: MotoServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[DemoServer, DynamoStore]]:
    """One demo for the module (it takes a second or two to fill)."""
    home = tmp_path_factory.mktemp("demo-home")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_DYNAMODB"):
            patch.delenv(name, raising=False)
        patch.setenv("AWS_CONFIG_FILE", str(home / "config"))
        patch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / "credentials"))
        patch.setenv("AWS_EC2_METADATA_DISABLED", "true")
        server, connection = start_demo(TODAY)
    try:
        yield server, DynamoStore(connection)
    finally:
        server.stop()
        # moto's state is process-wide: leave it empty for the other tests.
        moto_server.reset()


@pytest.fixture
def demo_store(demo: tuple[DemoServer, DynamoStore]) -> DynamoStore:
    return demo[1]


@pytest.fixture(scope="module")
def demo_events(demo: tuple[DemoServer, DynamoStore]) -> list[Event]:
    return all_events(demo[1])


def all_events(store: DynamoStore) -> list[Event]:
    events: list[Event] = []
    for department in store.list_departments().departments:
        batch = store.events_between(department.id, date(2000, 1, 1), date(2100, 12, 31))
        assert batch.skipped == [], batch.skipped
        assert batch.items_read == len(batch.events)
        events.extend(batch.events)
    return events


def test_start_demo_serves_five_korean_departments(demo_store: DynamoStore) -> None:
    listed = demo_store.list_departments()
    assert listed.skipped == []
    assert sorted((d.name, d.description) for d in listed.departments) == sorted(DEPARTMENTS)
    assert {d.name for d in listed.departments} >= {"개발팀", "인사팀", "영업팀"}
    assert demo_store.settings.endpoint_url.startswith("http://127.0.0.1:")
    assert demo_store.settings.region == "ap-northeast-2"
    assert all(check.ok for check in demo_store.check_tables())


def test_every_department_has_events_this_month(demo_store: DynamoStore) -> None:
    for department in demo_store.list_departments().departments:
        batch = demo_store.events_between(department.id, date(2026, 11, 1), date(2026, 11, 30))
        assert batch.skipped == []
        assert len(batch.events) >= 5, department.name


def test_a_few_hundred_events_over_three_months_all_parse(demo_events: list[Event]) -> None:
    events = demo_events
    assert 250 <= len(events) <= 350
    assert all(FIRST <= e.event_date <= LAST for e in events)
    by_month = Counter(e.event_date.month for e in events)
    assert set(by_month) == {10, 11, 12}
    assert len({e.id for e in events}) == len(events)
    assert all(e.created_at is not None and e.last_modified is not None for e in events)


def test_weekends_are_quieter(demo_events: list[Event]) -> None:
    events = demo_events
    weekend = sum(e.event_date.isoweekday() > 5 for e in events)
    assert weekend < len(events) * 0.1


def test_the_crowded_day_has_a_dozen_events_in_one_department(demo_store: DynamoStore) -> None:
    day = crowded_day(TODAY)
    assert day == TODAY
    development = next(d for d in demo_store.list_departments().departments if d.name == "개발팀")
    batch = demo_store.events_between(development.id, day, day)
    assert len(batch.events) >= 12
    # Ordered by parsed time, whatever the style each was typed in.
    parsed = [parse_time_text(e.time) for e in batch.events if parse_time_text(e.time)]
    assert parsed == sorted(parsed)  # type: ignore[type-var]


def test_times_come_in_the_web_apps_styles(demo_events: list[Event]) -> None:
    times = [e.time for e in demo_events]
    assert any(re.fullmatch(r"오전 \d{1,2}:\d{2}", t) for t in times)
    assert any(re.fullmatch(r"오후 \d{1,2}:\d{2}", t) for t in times)
    assert any(re.fullmatch(r"\d{2}:\d{2}", t) for t in times)
    assert any(re.fullmatch(r"\d{1,2}:\d{2} (AM|PM)", t) for t in times)
    assert "" in times
    free = [t for t in times if t and parse_time_text(t) is None]
    assert free  # "점심 후" and the like
    assert len(free) < len(times) * 0.15


def test_descriptions_links_and_long_titles(demo_events: list[Event]) -> None:
    events = demo_events
    descriptions = [e.description for e in events]
    assert any("\n" in d for d in descriptions)
    assert any(d and "\n" not in d for d in descriptions)
    assert sum(not d for d in descriptions) > len(events) * 0.15
    links = [e.url for e in events if e.url]
    assert len(links) > 20
    assert all(is_web_url(url) and url.startswith("https://") for url in links)
    assert sum(len(e.title) >= 40 for e in events) >= 3
    assert all(e.title.strip() for e in events)


def test_legacy_items_read_back(demo_store: DynamoStore, demo_events: list[Event]) -> None:
    events = {e.title: e for e in demo_events}
    updated = events["신입사원 환영회"]
    assert updated.legacy_time
    assert updated.time == "오후 2:30"  # time_val wins over the stale time
    assert updated.created_at == datetime(2026, 10, 29, 9, 15, 0, 123456, tzinfo=UTC)
    assert updated.last_modified == datetime(2026, 11, 1, 11, 40, 0, 123456, tzinfo=UTC)

    bare = events["법인카드 정산 마감"]
    assert (bare.url, bare.description, bare.time) == ("", "", "18:00")
    raw = demo_store.client.get_item(
        TableName=demo_store.settings.events_table,
        Key={"id": {"S": bare.id}, "department_id": {"S": bare.department_id}},
    )["Item"]
    assert "url" not in raw and "description" not in raw
    assert raw["created_at"]["S"].endswith(".123456")
    assert bare.revision is not None  # conditional writes compare with the raw value


def test_the_guides_example_document_is_there(demo_events: list[Event]) -> None:
    event = next(e for e in demo_events if e.url == "https://example.com/meeting")
    assert (event.title, event.description, event.time) == ("팀 회의", "주간 팀 회의", "오후 2:00")


def test_plan_is_deterministic_and_sized_for_any_month() -> None:
    first = plan_demo(TODAY)
    second = plan_demo(TODAY)
    assert first == second
    assert plan_demo(TODAY, seed=8).events != first.events
    for today in (date(2026, 1, 31), date(2026, 2, 14), date(2026, 12, 25), date(2027, 7, 1)):
        plan = plan_demo(today)
        total = len(plan.events) + len(plan.legacy_items)
        assert 250 <= total <= 350, (today, total)
        assert plan.first_day <= min(e.event_date for e in plan.events)
        assert max(e.event_date for e in plan.events) <= plan.last_day
        assert plan.crowded_day.month == today.month
        assert plan.crowded_day.isoweekday() <= 5
        busy = [
            e
            for e in plan.events
            if e.event_date == plan.crowded_day and e.department_id == plan.crowded_department_id
        ]
        assert len(busy) >= 12


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 5), date(2026, 11, 5)),  # a Thursday: today
        (date(2026, 11, 7), date(2026, 11, 9)),  # Saturday early in the month: next Monday
        (date(2026, 2, 28), date(2026, 2, 27)),  # Saturday at the end: the Friday before
        (date(2026, 5, 31), date(2026, 5, 29)),  # Sunday at the end
    ],
)
def test_crowded_day(today: date, expected: date) -> None:
    assert crowded_day(today) == expected


def test_departments_get_distinct_colours() -> None:
    from desktop.views.colors import department_color

    hues = [department_color(d.id).hsvHue() for d in plan_demo(TODAY).departments]
    assert len(set(hues)) == 5


def test_demo_connection() -> None:
    connection = demo_connection("http://127.0.0.1:4567")
    assert connection.endpoint_url == "http://127.0.0.1:4567"
    assert connection.region == "ap-northeast-2"
    assert connection.credentials.mode is CredentialMode.DEFAULT
    assert connection.credentials.access_key_id == "demo"
    assert connection.credentials.secret_access_key == "demo"
    assert connection.connect_timeout <= 2 and connection.read_timeout <= 5
    connection.check()


def test_server_stops(moto_server: MotoServer) -> None:
    server = DemoServer(reset=False)  # keep the module's demo data
    url = server.start()
    assert server.running
    assert server.start() == url  # already running
    with urllib.request.urlopen(f"{url}/moto-api/", timeout=5) as response:
        assert response.status == 200
    server.stop()
    assert not server.running
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        urllib.request.urlopen(f"{url}/moto-api/", timeout=2)
    server.stop()  # twice is fine


def test_without_moto_the_demo_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "moto.server", None)
    server = DemoServer()
    with pytest.raises(DemoUnavailable, match="uv sync"):
        server.start()
    assert not server.running
    with pytest.raises(DemoUnavailable):
        start_demo(TODAY)


def test_fill_demo_data_counts(moto_server: MotoServer) -> None:
    """``fill_demo_data`` through a store of its own (other table names: no shared state)."""
    connection = replace(
        demo_connection(moto_server.url),
        departments_table="fill-departments",
        events_table="fill-events",
    )
    fill_store = DynamoStore(connection)
    fill_store.create_tables(poll_seconds=0.01)
    summary = fill_demo_data(fill_store, TODAY)
    plan = plan_demo(TODAY)
    assert summary.departments == 5
    assert summary.events == len(plan.events) + len(plan.legacy_items)
    assert summary.legacy_events == 3
    assert summary.crowded_day == TODAY
    assert summary.department_ids["개발팀"] == summary.crowded_department_id
    assert (summary.first_day, summary.last_day) == (FIRST, LAST)
    assert len(all_events(fill_store)) == summary.events
