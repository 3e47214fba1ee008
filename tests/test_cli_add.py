"""``deptcal add`` through the real entry point, on moto, on a fixed day and time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime

import pytest
import time_machine

from desktop.app import main
from desktop.data.store import DynamoStore

GUIDE_FIELDS = [
    "id", "department_id", "event_date", "title", "description", "time", "url",
    "created_at", "last_modified",
]  # fmt: skip


@pytest.fixture(autouse=True)
def thursday_noon() -> Iterator[None]:
    """Thursday 3 December 2026, noon on this computer."""
    with time_machine.travel(datetime(2026, 12, 3, 12, 0).astimezone(), tick=False):
        yield


@pytest.fixture
def department(store: DynamoStore) -> str:
    return store.create_department("개발팀").id


def add(endpoint: str, text: str, *options: str) -> int:
    return main(["add", text, "--department", "개발팀", *options, "--endpoint-url", endpoint])


def stored(store: DynamoStore, department: str) -> list[tuple[str, str, str]]:
    batch = store.events_between(department, date(2026, 12, 1), date(2027, 12, 31))
    return [(e.event_date.isoformat(), e.time, e.title) for e in batch.events]


def test_add_writes_the_event_and_prints_its_document(
    store: DynamoStore, endpoint: str, department: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add(endpoint, "12월 24일 오후 3시~5시 송년회") == 0

    document = json.loads(capsys.readouterr().out)
    assert list(document) == GUIDE_FIELDS
    assert document["department_id"] == department
    assert (document["event_date"], document["time"], document["title"]) == (
        "2026-12-24",
        "오후 3:00–5:00",
        "송년회",
    )
    assert document["created_at"] == document["last_modified"] != ""
    assert stored(store, department) == [("2026-12-24", "오후 3:00–5:00", "송년회")]
    (event,) = store.events_between(department, date(2026, 12, 24), date(2026, 12, 24)).events
    assert event.id == document["id"]


def test_english_is_written_the_english_way(
    store: DynamoStore, endpoint: str, department: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add(endpoint, "tomorrow 3pm review") == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["event_date"], document["time"], document["title"]) == (
        "2026-12-04",
        "3:00 PM",
        "review",
    )
    assert stored(store, department) == [("2026-12-04", "3:00 PM", "review")]


def test_dry_run_prints_the_document_and_writes_nothing(
    store: DynamoStore, endpoint: str, department: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add(endpoint, "다음 주 금요일 종일 워크숍", "--dry-run") == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["event_date"], document["time"], document["title"]) == (
        "2026-12-11",
        "",
        "워크숍",
    )
    assert stored(store, department) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2/30 오후 2시 회의", "2/30"),
        ("25시 회의", "25시"),
        ("내일 10시", "title"),
        ("", "Type a day"),
    ],
)
def test_a_line_that_cannot_be_read_exits_2_with_one_line(
    store: DynamoStore,
    endpoint: str,
    department: str,
    capsys: pytest.CaptureFixture[str],
    text: str,
    said: str,
) -> None:
    assert add(endpoint, text) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("deptcal: ")
    assert said in lines[0]
    assert stored(store, department) == []


def test_an_unknown_department_exits_2_with_one_line(
    store: DynamoStore, endpoint: str, department: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["add", "내일 10시 회의", "--department", "총무팀", "--endpoint-url", endpoint])
    assert code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "deptcal: No department is named 총무팀. Check the name in the app's list of departments."
    ]
    assert stored(store, department) == []
