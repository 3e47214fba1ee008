"""Migration of the web app's JSON data (guide section 5) and export, against moto over HTTP."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.data.errors import ConfigError
from desktop.data.migrate import export, migrate
from desktop.data.store import DynamoStore, decode_item
from desktop.domain.models import Event
from desktop.domain.timestamps import now_utc, parse_timestamp
from tests.data.conftest import watch
from tests.support import MotoServer

DEV = "550e8400-e29b-41d4-a716-446655440000"
SALES = "dept-sales"
MEETING = "660e8400-e29b-41d4-a716-446655440000"

# As the web app's local mode keeps them: objects mapping id → item, naive timestamps with
# microseconds, the update path's time_val, missing fields and numbers in text fields.
WEB_DEPARTMENTS: dict[str, Any] = {
    DEV: {
        "id": DEV,
        "name": "개발팀",
        "description": "소프트웨어 개발",
        "created_at": "2024-01-15T10:30:00.123456",
        "updated_at": "2024-01-16T09:00:00.5",
    },
    SALES: {"name": "영업팀"},
}
WEB_EVENTS: dict[str, Any] = {
    MEETING: {
        "id": MEETING,
        "department_id": DEV,
        "event_date": "2024-01-20",
        "title": "팀 회의",
        "description": "주간 팀 회의",
        "time": "오전 10:00",
        "time_val": "오후 2:00",
        "url": "https://example.com/meeting",
        "created_at": "2024-01-15T10:30:00.123456",
        "last_modified": "2024-01-17T08:00:00+09:00",
    },
    "ev-2": {
        "department_id": SALES,
        "event_date": "2024-02-29",
        "title": 2024,
        "time": 14,
        "description": 3.5,
        "created_at": "2024-02-01T00:00:00Z",
    },
}
EXPECTED_DEV = {
    "id": DEV,
    "name": "개발팀",
    "description": "소프트웨어 개발",
    "created_at": "2024-01-15T10:30:00.123Z",
    "updated_at": "2024-01-16T09:00:00.500Z",
}
EXPECTED_MEETING = {
    "id": MEETING,
    "department_id": DEV,
    "event_date": "2024-01-20",
    "title": "팀 회의",
    "description": "주간 팀 회의",
    "time": "오후 2:00",
    "url": "https://example.com/meeting",
    "created_at": "2024-01-15T10:30:00.123Z",
    "last_modified": "2024-01-16T23:00:00.000Z",
}
EXPECTED_EV2 = {
    "id": "ev-2",
    "department_id": SALES,
    "event_date": "2024-02-29",
    "title": "2024",
    "description": "3.5",
    "time": "14",
    "url": "",
    # No last_modified: not changed since it was created.
    "created_at": "2024-02-01T00:00:00.000Z",
    "last_modified": "2024-02-01T00:00:00.000Z",
}


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def web_folder(root: Path, departments: Any, events: Any) -> Path:
    folder = root / "data"
    folder.mkdir()
    write_json(folder / "departments.json", departments)
    write_json(folder / "events.json", events)
    return folder


def table_items(store: DynamoStore, table: str) -> dict[str, dict[str, Any]]:
    """Every item of ``table`` by id, checking that each attribute is stored as a string."""
    found: dict[str, dict[str, Any]] = {}
    for raw in store.scan_all(table):
        assert all(set(value) == {"S"} for value in raw.values()), raw
        item = decode_item(raw)
        found[item["id"]] = item
    return found


def departments_in(store: DynamoStore) -> dict[str, dict[str, Any]]:
    return table_items(store, store.settings.departments_table)


def events_in(store: DynamoStore) -> dict[str, dict[str, Any]]:
    return table_items(store, store.settings.events_table)


def test_web_app_folder_is_written_as_the_guides_documents(
    store: DynamoStore, tmp_path: Path
) -> None:
    folder = web_folder(tmp_path, WEB_DEPARTMENTS, WEB_EVENTS)
    before = now_utc()

    summary = migrate(store, folder, dry_run=False, progress=None)

    after = now_utc()
    assert list(summary.problems) == []
    assert (summary.departments.written, summary.events.written) == (2, 2)
    departments = departments_in(store)
    assert departments[DEV] == EXPECTED_DEV
    sales = departments[SALES]
    assert sales["name"] == "영업팀"
    assert sales["description"] == ""
    # No timestamps in the input: the import time, in the written format.
    assert sales["created_at"] == sales["updated_at"]
    assert sales["created_at"].endswith("Z") and len(sales["created_at"]) == 24
    imported_at = parse_timestamp(sales["created_at"])
    assert imported_at is not None and before <= imported_at <= after
    assert events_in(store) == {MEETING: EXPECTED_MEETING, "ev-2": EXPECTED_EV2}


def test_written_events_show_in_the_calendar(store: DynamoStore, tmp_path: Path) -> None:
    migrate(store, web_folder(tmp_path, WEB_DEPARTMENTS, WEB_EVENTS), dry_run=False, progress=None)

    batch = store.events_between(DEV, date(2024, 1, 1), date(2024, 1, 31))

    assert [(e.title, e.time, e.legacy_time) for e in batch.events] == [
        ("팀 회의", "오후 2:00", False)
    ]


def test_list_form_is_accepted(store: DynamoStore, tmp_path: Path) -> None:
    folder = web_folder(
        tmp_path,
        [{"id": DEV, "name": "개발팀"}],
        [{"id": "e1", "department_id": DEV, "event_date": "2024-03-01", "title": "회의"}],
    )

    summary = migrate(store, folder, dry_run=False, progress=None)

    assert (summary.departments.written, summary.events.written) == (1, 1)
    assert departments_in(store)[DEV]["name"] == "개발팀"
    assert events_in(store)["e1"]["title"] == "회의"


def test_single_file_with_both_collections(store: DynamoStore, tmp_path: Path) -> None:
    backup = write_json(
        tmp_path / "backup.json",
        {
            "format": "deptcal-export-1",
            "exported_at": "2024-05-01T00:00:00.000Z",
            "departments": WEB_DEPARTMENTS,
            "events": list(WEB_EVENTS.values())[:1],
        },
    )

    summary = migrate(store, backup, dry_run=False, progress=None)

    assert list(summary.problems) == []
    assert (summary.departments.written, summary.events.written) == (2, 1)
    assert events_in(store) == {MEETING: EXPECTED_MEETING}


def test_folder_without_events_file_imports_departments(store: DynamoStore, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    write_json(folder / "departments.json", {DEV: {"name": "개발팀"}})

    summary = migrate(store, folder, dry_run=False, progress=None)

    assert (summary.departments.written, summary.events.written) == (1, 0)


def test_utf8_byte_order_mark_is_accepted(store: DynamoStore, tmp_path: Path) -> None:
    backup = tmp_path / "backup.json"
    text = json.dumps({"departments": {DEV: {"name": "개발팀"}}}, ensure_ascii=False)
    backup.write_bytes(b"\xef\xbb\xbf" + text.encode())

    summary = migrate(store, backup, dry_run=False, progress=None)

    assert summary.departments.written == 1


def test_invalid_records_are_reported_and_skipped(store: DynamoStore, tmp_path: Path) -> None:
    good = {"department_id": DEV, "event_date": "2024-03-01", "title": "ok"}
    folder = web_folder(
        tmp_path,
        {DEV: {"name": "개발팀"}, "nameless": {"description": "no name"}},
        [
            {**good, "id": "good"},
            {**good, "id": "untitled", "title": "  "},
            {**good, "id": "feb30", "event_date": "2024-02-30"},
            {**good, "id": "ftp", "url": "ftp://example.com/x"},
            {**good, "id": "orphan", "department_id": "nowhere"},
            {**good, "id": "too-long", "title": "x" * 201},
            {**good, "title": "no id and no date", "event_date": ""},
            42,
        ],
    )

    summary = migrate(store, folder, dry_run=False, progress=None)

    assert [str(p) for p in summary.problems] == [
        "departments.json, id nameless: no name",
        "events.json, id untitled: no title",
        "events.json, id feb30: impossible date '2024-02-30'",
        "events.json, id ftp: The link must start with http:// or https://.",
        "events.json, id too-long: The title is too long (at most 200 characters).",
        "events.json, item 7: impossible date ''",
        "events.json, item 8: not a JSON object",
        "events.json, id orphan: unknown department nowhere",
    ]
    assert (summary.departments.skipped, summary.events.skipped) == (1, 7)
    assert set(departments_in(store)) == {DEV}
    assert set(events_in(store)) == {"good"}
    described = summary.describe(dry_run=False)
    assert "Departments: written 1, skipped (invalid) 1, already present 0." in described
    assert "Events: written 1, skipped (invalid) 7, already present 0." in described


def test_event_of_a_department_already_in_the_table_is_imported(
    store: DynamoStore, tmp_path: Path
) -> None:
    department = store.create_department("총무팀")
    folder = web_folder(
        tmp_path,
        {},
        {"e1": {"department_id": department.id, "event_date": "2024-03-01", "title": "점검"}},
    )

    summary = migrate(store, folder, dry_run=False, progress=None)

    assert list(summary.problems) == []
    assert summary.events.written == 1
    batch = store.events_between(department.id, date(2024, 3, 1), date(2024, 3, 1))
    assert [e.title for e in batch.events] == ["점검"]


def test_records_without_id_get_the_same_id_every_time(
    store: DynamoStore, moto_server: MotoServer, tmp_path: Path
) -> None:
    folder = web_folder(
        tmp_path,
        [{"id": DEV, "name": "개발팀"}, {"name": "영업팀"}],
        [
            {"department_id": DEV, "event_date": "2024-03-01", "title": "회의"},
            {"department_id": DEV, "event_date": "2024-03-02", "title": "회의"},
        ],
    )

    def keys() -> tuple[set[str], set[tuple[str, str]]]:
        return set(departments_in(store)), {
            (e["id"], e["department_id"]) for e in events_in(store).values()
        }

    migrate(store, folder, dry_run=False, progress=None)
    first = keys()
    moto_server.reset()
    store.create_tables(poll_seconds=0.01)
    migrate(store, folder, dry_run=False, progress=None)

    assert keys() == first
    assert len(first[0]) == 2 and len(first[1]) == 2  # the two meetings differ by date
    assert all(str(uuid.UUID(event_id)) == event_id for event_id, _ in first[1])


def test_second_run_imports_nothing_and_keeps_edits(store: DynamoStore, tmp_path: Path) -> None:
    folder = web_folder(
        tmp_path,
        WEB_DEPARTMENTS,
        {**WEB_EVENTS, "noid": None, "x": {"department_id": DEV, "title": "t"}},
    )
    first = migrate(store, folder, dry_run=False, progress=None)
    original = store.events_between(DEV, date(2024, 1, 20), date(2024, 1, 20)).events[0]
    store.update_event(original, original.with_changes(title="바뀐 회의"))

    second = migrate(store, folder, dry_run=False, progress=None)

    assert (first.departments.written, first.events.written) == (2, 2)
    assert (second.departments.written, second.events.written) == (0, 0)
    assert (second.departments.present, second.events.present) == (2, 2)
    assert second.events.skipped == 2  # the invalid ones are reported again
    assert second.describe(dry_run=False) == (
        "Departments: written 0, skipped (invalid) 0, already present 2. "
        "Events: written 0, skipped (invalid) 2, already present 2."
    )
    assert events_in(store)[MEETING]["title"] == "바뀐 회의"
    assert len(events_in(store)) == 2


def test_dry_run_checks_everything_and_writes_nothing(store: DynamoStore, tmp_path: Path) -> None:
    store.create_department("개발팀", department_id=DEV)
    folder = web_folder(
        tmp_path,
        WEB_DEPARTMENTS,
        {**WEB_EVENTS, "bad": {"department_id": DEV, "event_date": "2024-13-01", "title": "t"}},
    )
    calls: list[tuple[int, int, str]] = []
    requests = watch(store)

    summary = migrate(store, folder, dry_run=True, progress=lambda *call: calls.append(call))

    assert [str(p) for p in summary.problems] == [
        "events.json, id bad: impossible date '2024-13-01'"
    ]
    assert summary.describe(dry_run=True) == (
        "Dry run, nothing was written. "
        "Departments: would write 1, skipped (invalid) 0, already present 1. "
        "Events: would write 2, skipped (invalid) 1, already present 0."
    )
    assert calls == []
    assert set(requests.operations) == {"BatchGetItem"}  # existence checks only
    assert set(departments_in(store)) == {DEV}
    assert events_in(store) == {}


def test_duplicate_ids_first_wins(store: DynamoStore, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    # A repeated key in the JSON text itself (json would silently keep the last one).
    (folder / "departments.json").write_text(
        f'{{"{DEV}": {{"name": "첫째"}}, "{DEV}": {{"name": "둘째"}}}}', encoding="utf-8"
    )
    event = {"department_id": DEV, "event_date": "2024-03-01"}
    write_json(
        folder / "events.json",
        [
            {**event, "id": "e1", "title": "first"},
            {**event, "id": "e1", "title": "second"},
        ],
    )

    summary = migrate(store, folder, dry_run=False, progress=None)

    assert [str(p) for p in summary.problems] == [
        f"departments.json, id {DEV}: duplicate id (the first one is kept)",
        "events.json, id e1: duplicate id (the first one is kept)",
    ]
    assert departments_in(store)[DEV]["name"] == "첫째"
    assert events_in(store)["e1"]["title"] == "first"


def test_same_event_id_in_two_departments_is_two_items(store: DynamoStore, tmp_path: Path) -> None:
    # The events table's key is (id, department_id): an unfinished move leaves such a pair.
    event = {"id": "e1", "event_date": "2024-03-01", "title": "회의"}
    folder = web_folder(
        tmp_path,
        {DEV: {"name": "개발팀"}, SALES: {"name": "영업팀"}},
        [{**event, "department_id": DEV}, {**event, "department_id": SALES}],
    )

    summary = migrate(store, folder, dry_run=False, progress=None)

    assert list(summary.problems) == []
    assert summary.events.written == 2
    for department_id in (DEV, SALES):
        batch = store.events_between(department_id, date(2024, 3, 1), date(2024, 3, 1))
        assert [e.id for e in batch.events] == ["e1"]


def test_large_import_is_batched_with_progress(store: DynamoStore, tmp_path: Path) -> None:
    events = {
        f"ev-{n:03d}": {"department_id": DEV, "event_date": "2024-04-01", "title": f"#{n}"}
        for n in range(120)
    }
    folder = web_folder(tmp_path, {DEV: {"name": "개발팀"}}, events)
    calls: list[tuple[int, int, str]] = []

    summary = migrate(store, folder, dry_run=False, progress=lambda *call: calls.append(call))

    assert summary.events.written == 120
    assert calls == [(1, 1, "departments")] + [
        (done, 120, "events") for done in (25, 50, 75, 100, 120)
    ]
    batch = store.events_between(DEV, date(2024, 4, 1), date(2024, 4, 1))
    assert len(batch.events) == 120


def test_migrate_then_export_holds_every_valid_record(store: DynamoStore, tmp_path: Path) -> None:
    broken = {"department_id": DEV, "event_date": "2024-02-30", "title": "x"}
    folder = web_folder(tmp_path, WEB_DEPARTMENTS, {**WEB_EVENTS, "broken": broken})
    migrate(store, folder, dry_run=False, progress=None)

    counts = export(store, tmp_path / "backup.json")

    assert (counts.departments, counts.events) == (2, 2)
    text = (tmp_path / "backup.json").read_text(encoding="utf-8")
    assert "개발팀" in text  # written as text, not \\u escapes
    document = json.loads(text)
    assert document["format"] == "deptcal-export-1"
    assert parse_timestamp(document["exported_at"]) is not None
    # Sorted: departments by name, events by date.
    assert [d["name"] for d in document["departments"]] == ["개발팀", "영업팀"]
    assert document["departments"][0] == EXPECTED_DEV
    assert document["events"] == [EXPECTED_MEETING, EXPECTED_EV2]


def test_export_then_migrate_into_fresh_tables_gives_the_same_export(
    store: DynamoStore, moto_server: MotoServer, tmp_path: Path
) -> None:
    extra = {
        f"weekly-{n}": {"department_id": SALES, "event_date": f"2024-05-{n:02d}", "title": "주간"}
        for n in range(1, 31)
    }
    migrate(
        store,
        web_folder(tmp_path, WEB_DEPARTMENTS, {**WEB_EVENTS, **extra}),
        dry_run=False,
        progress=None,
    )
    first = tmp_path / "first.json"
    export(store, first)

    moto_server.reset()
    store.create_tables(poll_seconds=0.01)
    summary = migrate(store, first, dry_run=False, progress=None)
    second = tmp_path / "second.json"
    counts = export(store, second)

    assert list(summary.problems) == []
    assert (counts.departments, counts.events) == (2, 32)
    bodies = []
    for path in (first, second):
        document = json.loads(path.read_text(encoding="utf-8"))
        del document["exported_at"]
        bodies.append(document)
    assert bodies[0] == bodies[1]
    # And the file text itself, apart from the exported_at line.
    lines = [
        [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if "exported_at" not in line
        ]
        for path in (first, second)
    ]
    assert lines[0] == lines[1]


def test_export_skips_items_it_cannot_understand(store: DynamoStore, tmp_path: Path) -> None:
    department = store.create_department("개발팀")
    store.create_event(Event("good", department.id, date(2024, 6, 1), "회의"))
    store.client.put_item(
        TableName=store.settings.events_table,
        Item={"id": {"S": "bad"}, "department_id": {"S": department.id}},
    )

    counts = export(store, tmp_path / "backup.json")

    assert (counts.departments, counts.events, counts.skipped) == (1, 1, 1)
    document = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in document["events"]] == ["good"]


def test_export_replaces_an_older_file_and_leaves_no_temp_files(
    store: DynamoStore, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.json"
    backup.write_text("old", encoding="utf-8")
    store.create_department("개발팀")

    export(store, backup)

    assert json.loads(backup.read_text(encoding="utf-8"))["departments"][0]["name"] == "개발팀"
    assert [p.name for p in tmp_path.iterdir()] == ["backup.json"]


def test_export_into_a_missing_folder_fails_without_leftovers(
    store: DynamoStore, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        export(store, tmp_path / "missing" / "backup.json")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"departments": [', "not valid JSON (Expecting value at line 1, column 18)"),
        (b"\xff\xfe{}", "not UTF-8 text"),
    ],
)
def test_unreadable_json_names_the_file(
    store: DynamoStore, tmp_path: Path, content: bytes, message: str
) -> None:
    backup = tmp_path / "backup.json"
    backup.write_bytes(content)

    with pytest.raises(ConfigError) as error:
        migrate(store, backup, dry_run=False, progress=None)

    assert str(error.value).startswith(f"Cannot read {backup}: {message}")
    assert departments_in(store) == {}


def test_invalid_json_in_a_folder_names_that_file(store: DynamoStore, tmp_path: Path) -> None:
    folder = web_folder(tmp_path, {DEV: {"name": "개발팀"}}, {})
    (folder / "events.json").write_text("{oops", encoding="utf-8")

    with pytest.raises(ConfigError, match=r"events\.json: not valid JSON"):
        migrate(store, folder, dry_run=False, progress=None)
    assert departments_in(store) == {}  # nothing is written before everything is read


@pytest.mark.parametrize(
    ("layout", "message"),
    [
        ("missing", "does not exist"),
        ("empty folder", "holds neither departments.json nor events.json"),
        ("other json", "is neither a folder"),
        ("collection is text", "In backup.json, events must be a JSON object or a list."),
    ],
)
def test_input_of_the_wrong_shape_is_a_config_error(
    store: DynamoStore, tmp_path: Path, layout: str, message: str
) -> None:
    path = tmp_path / "backup.json"
    if layout == "empty folder":
        path.mkdir()
    elif layout == "other json":
        write_json(path, {DEV: {"name": "개발팀"}})
    elif layout == "collection is text":
        write_json(path, {"departments": [], "events": "none"})

    with pytest.raises(ConfigError, match=message):
        migrate(store, path, dry_run=False, progress=None)


def test_the_id_of_a_record_without_one_never_changes_between_versions(
    store: DynamoStore, tmp_path: Path
) -> None:
    # Pinned: if the recipe changed, a re-run after an upgrade would import such records twice.
    record = {"department_id": DEV, "event_date": "2024-03-01", "title": "회의"}
    folder = web_folder(tmp_path, {DEV: {"name": "개발팀"}}, [record, {**record, "id": None}])

    summary = migrate(store, folder, dry_run=False, progress=None)

    assert list(events_in(store)) == ["beab20e3-5067-5d56-94e8-2a19e0158b0e"]
    assert [str(p) for p in summary.problems] == [
        "events.json, item 2: duplicate id (the first one is kept)"
    ]
