"""Migration of the web app's JSON data (guide section 5) and export, against moto over HTTP."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.data.errors import ConfigError
from desktop.data.migrate import ExportFailed, MigrationInterrupted, export, migrate
from desktop.data.store import DynamoStore, decode_item
from desktop.domain.models import Event
from desktop.domain.timestamps import now_utc, parse_timestamp
from tests.data.conftest import aws_error, inject, stop_injecting, throttled, watch
from tests.support import MotoServer

DEV = "550e8400-e29b-41d4-a716-446655440000"
SALES = "dept-sales"
MEETING = "660e8400-e29b-41d4-a716-446655440000"

# As the web app's local mode keeps them: objects mapping id → item, naive timestamps with
# microseconds, the update path's time_val, missing fields.
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
        "title": "2024",
        "time": "14",
        "description": "3.5",
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
    assert "Departments: written 1, refused 1, already present 0." in described
    assert "Events: written 1, refused 7, already present 0." in described


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
        "Departments: written 0, refused 0, already present 2. "
        "Events: written 0, refused 2, already present 2."
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
        "Departments: would write 1, refused 0, already present 1. "
        "Events: would write 2, refused 1, already present 0."
    )
    assert calls == []
    # Existence checks and the department names only.
    assert set(requests.operations) == {"BatchGetItem", "Scan"}
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

    assert (counts.departments, counts.events, counts.not_shown) == (2, 2, 0)
    text = (tmp_path / "backup.json").read_text(encoding="utf-8")
    assert "개발팀" in text  # written as text, not \\u escapes
    document = json.loads(text)
    assert document["format"] == "deptcal-export-2"
    assert parse_timestamp(document["exported_at"]) is not None
    # Sorted: departments by name, events by date; each item as DynamoDB holds it.
    assert [decode_item(d)["name"] for d in document["departments"]] == ["개발팀", "영업팀"]
    assert decode_item(document["departments"][0]) == EXPECTED_DEV
    assert [decode_item(e) for e in document["events"]] == [EXPECTED_MEETING, EXPECTED_EV2]


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
    # The file text itself, apart from the exported_at line.
    lines = [
        [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if "exported_at" not in line
        ]
        for path in (first, second)
    ]
    assert lines[0] == lines[1]


def test_export_replaces_an_older_file_and_leaves_no_temp_files(
    store: DynamoStore, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.json"
    backup.write_text("old", encoding="utf-8")
    store.create_department("개발팀")

    export(store, backup)

    document = json.loads(backup.read_text(encoding="utf-8"))
    assert document["departments"][0]["name"] == {"S": "개발팀"}
    assert [p.name for p in tmp_path.iterdir()] == ["backup.json"]


def test_export_into_a_missing_folder_fails_without_leftovers(
    store: DynamoStore, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        export(store, tmp_path / "missing" / "backup.json")
    assert list(tmp_path.iterdir()) == []


BAD_FILES: list[tuple[str, bytes, str]] = [
    (
        "truncated",
        b'{"departments": [',
        "the file ends too early (line 1, column 18); it is probably incomplete. "
        "Copy it again or use another backup.",
    ),
    (
        "truncated inside a text",
        '{"departments": [{"name": "개발'.encode(),
        "the file ends too early (line 1, column 27); it is probably incomplete. "
        "Copy it again or use another backup.",
    ),
    (
        "broken",
        b'{"departments": [}, "events": []}',
        "not valid JSON at line 1, column 18: Expecting value.",
    ),
    (
        "utf-16 with byte-order mark",
        '{"departments": []}'.encode("utf-16"),
        "it is saved as UTF-16, not UTF-8. Open it in an editor, save it with the encoding "
        "UTF-8 and run this again.",
    ),
    (
        "utf-16 without byte-order mark",
        '{"departments": []}'.encode("utf-16-le"),
        "it is saved as UTF-16, not UTF-8. Open it in an editor, save it with the encoding "
        "UTF-8 and run this again.",
    ),
    (
        "another encoding",
        '{"departments": [{"name": "개발팀"}]}'.encode("cp949"),
        "not UTF-8 text (byte 27). Open it in an editor, save it with the encoding UTF-8 and "
        "run this again.",
    ),
    (
        "lone surrogate",
        b'{"departments": [{"name": "a\\ud800b"}]}',
        "it contains an invalid character escape \\ud800 (half of a UTF-16 pair) at line 1, "
        "column 29; correct or remove it and run this again.",
    ),
    (
        "deep nesting",
        b'{"departments": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "its values are nested too deeply to read (thousands of levels).",
    ),
]


@pytest.mark.parametrize(
    ("content", "reason"),
    [pytest.param(content, reason, id=name) for name, content, reason in BAD_FILES],
)
def test_unreadable_json_says_what_is_wrong_and_what_to_do(
    store: DynamoStore, tmp_path: Path, content: bytes, reason: str
) -> None:
    backup = tmp_path / "backup.json"
    backup.write_bytes(content)

    with pytest.raises(ConfigError) as error:
        migrate(store, backup, dry_run=False, progress=None)

    assert str(error.value) == f"Cannot read {backup}: {reason}"
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


# --- export and restore: every item exactly as stored -------------------------------------------

ODD_DEPARTMENTS: list[dict[str, Any]] = [
    {
        "id": {"S": "dept-odd"},
        "name": {"S": "기획팀"},
        "color": {"S": "#ff8800"},
        "floor": {"N": "3.50"},
        "members": {"L": [{"S": "kim"}, {"N": "7"}, {"NULL": True}]},
        "settings": {"M": {"notify": {"BOOL": True}, "days": {"NS": ["1", "2"]}}},
        "tags": {"SS": ["a", "b"]},
        "logo": {"B": b"\x89PNG\x00\xff"},
    },
    # No name: the app cannot show it, the web app may.
    {"id": {"S": "dept-nameless"}, "description": {"S": "이름 없음"}},
]
ODD_EVENTS: list[dict[str, Any]] = [
    {
        "id": {"S": "ev-long"},
        "department_id": {"S": DEV},
        "event_date": {"S": "2024-06-01"},
        "title": {"S": "긴 제목 " + "가" * 295},  # 300 characters: accepted by the web app
        "last_modified": {"S": "2024-05-01T00:00:00.000Z"},
    },
    {
        "id": {"S": "ev-untitled"},
        "department_id": {"S": DEV},
        "event_date": {"S": "2024-06-02"},
    },
    {
        "id": {"S": "ev-rich"},
        "department_id": {"S": "dept-odd"},
        "event_date": {"S": "2024-06-03"},
        "title": {"S": "워크숍"},
        "attendees": {"L": [{"M": {"name": {"S": "이"}, "ok": {"BOOL": False}}}]},
        "reminder_minutes": {"N": "15"},
        "weights": {"NS": ["0.5", "-1E+3"]},
        "files": {"BS": [b"\x00", b"\x01\x02"]},
        "note": {"NULL": True},
        "created_at": {"N": "1700000000"},  # a number where the guide has text
    },
    {
        "id": {"S": "ev-orphan"},
        "department_id": {"S": "dept-gone"},
        "event_date": {"S": "2024-02-30"},
        "title": {"S": "없는 부서, 없는 날짜"},
    },
]


def plant_odd_items(store: DynamoStore) -> None:
    """Items the web app or other tools may leave, written past every rule of the store."""
    store.create_department("개발팀", "소프트웨어 개발", department_id=DEV)
    store.create_event(Event("ev-plain", DEV, date(2024, 6, 4), "회의", time="오전 9:00"))
    for item in ODD_DEPARTMENTS:
        store.client.put_item(TableName=store.settings.departments_table, Item=item)
    for item in ODD_EVENTS:
        store.client.put_item(TableName=store.settings.events_table, Item=item)


def raw_tables(store: DynamoStore) -> dict[str, list[dict[str, Any]]]:
    """Both tables as DynamoDB returns them, in a fixed order."""

    def key(raw: dict[str, Any]) -> str:
        return json.dumps(raw["id"]) + json.dumps(raw.get("department_id"))

    return {
        table: sorted(store.scan_all(table), key=key)
        for table in (store.settings.departments_table, store.settings.events_table)
    }


def test_export_then_restore_into_empty_tables_gives_identical_items(
    store: DynamoStore, moto_server: MotoServer, tmp_path: Path
) -> None:
    plant_odd_items(store)
    before = raw_tables(store)
    backup = tmp_path / "backup.json"

    counts = export(store, backup)

    # Not shown by the app: the nameless department, the untitled event, the impossible date.
    assert (counts.departments, counts.events, counts.not_shown) == (3, 5, 3)
    assert backup.stat().st_mode & 0o777 == 0o600
    moto_server.reset()
    store.create_tables(poll_seconds=0.01)
    summary = migrate(store, backup, dry_run=False, progress=None)

    assert summary.problems == []
    assert (summary.departments.written, summary.events.written) == (3, 5)
    assert raw_tables(store) == before


def test_export_writes_dynamodb_json(store: DynamoStore, tmp_path: Path) -> None:
    plant_odd_items(store)

    export(store, tmp_path / "backup.json")

    document = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    assert document["format"] == "deptcal-export-2"
    odd = next(d for d in document["departments"] if d["id"] == {"S": "dept-odd"})
    assert odd["floor"] == {"N": "3.50"}  # the number's text as the table returns it
    assert odd["logo"] == {"B": "iVBORwD/"}  # base64, as DynamoDB's JSON has it
    assert odd["members"] == {"L": [{"S": "kim"}, {"N": "7"}, {"NULL": True}]}
    long_title = next(e for e in document["events"] if e["id"] == {"S": "ev-long"})["title"]
    assert len(long_title["S"]) == 300


def test_restore_twice_writes_nothing_twice_and_keeps_later_edits(
    store: DynamoStore, moto_server: MotoServer, tmp_path: Path
) -> None:
    plant_odd_items(store)
    backup = tmp_path / "backup.json"
    export(store, backup)
    moto_server.reset()
    store.create_tables(poll_seconds=0.01)
    migrate(store, backup, dry_run=False, progress=None)
    plain = store.get_event("ev-plain", DEV)
    assert plain is not None
    store.update_event(plain, plain.with_changes(title="바뀐 회의"))
    requests = watch(store)

    summary = migrate(store, backup, dry_run=False, progress=None)

    assert (summary.departments.written, summary.events.written) == (0, 0)
    assert (summary.departments.present, summary.events.present) == (3, 5)
    assert "BatchWriteItem" not in requests.operations
    assert events_in_raw(store, "ev-plain")["title"] == {"S": "바뀐 회의"}


def events_in_raw(store: DynamoStore, event_id: str) -> dict[str, Any]:
    return next(
        raw for raw in store.scan_all(store.settings.events_table) if raw["id"]["S"] == event_id
    )


def test_restore_dry_run_counts_each_kind(store: DynamoStore, tmp_path: Path) -> None:
    store.create_department("개발팀", department_id=DEV)
    backup = write_json(
        tmp_path / "backup.json",
        {
            "format": "deptcal-export-2",
            "departments": [
                {"id": {"S": DEV}, "name": {"S": "개발팀"}},
                {"id": {"S": SALES}, "name": {"S": "영업팀"}, "rank": {"N": "2"}},
            ],
            "events": [
                {"id": {"S": "e1"}, "department_id": {"S": DEV}, "title": {"S": "x" * 300}},
                {"id": {"S": "e2"}, "title": {"S": "부서 없음"}},
                {"id": {"S": "e3"}, "department_id": {"S": DEV}, "n": {"N": "12abc"}},
                {"id": {"S": "e4"}, "department_id": {"S": DEV}, "t": "plain text"},
                {"id": {"S": "e5"}, "department_id": {"S": DEV}, "event_date": {"S": ""}},
                {"id": {"S": "e6"}, "department_id": {"S": DEV}, "b": {"B": "not base64!"}},
                {"id": {"S": "e1"}, "department_id": {"S": DEV}},
                "text",
            ],
        },
    )
    requests = watch(store)

    summary = migrate(store, backup, dry_run=True, progress=None)

    assert [str(p) for p in summary.problems] == [
        "backup.json, events id e2: 'department_id' must be non-empty text",
        "backup.json, events id e3: 'n' is not a DynamoDB value of this file's format",
        "backup.json, events id e4: 't' is not a DynamoDB value of this file's format",
        "backup.json, events id e5: 'event_date' must be non-empty text",
        "backup.json, events id e6: 'b' is not a DynamoDB value of this file's format",
        "backup.json, events id e1: duplicate id (the first one is kept)",
        "backup.json, events item 8: not a JSON object",
    ]
    assert summary.describe(dry_run=True) == (
        "Dry run, nothing was written. "
        "Departments: would write 1, refused 0, already present 1. "
        "Events: would write 1, refused 7, already present 0."
    )
    assert "BatchWriteItem" not in requests.operations


def test_file_of_a_newer_format_is_refused(store: DynamoStore, tmp_path: Path) -> None:
    backup = write_json(tmp_path / "backup.json", {"format": "deptcal-export-3", "events": []})

    with pytest.raises(ConfigError, match="written by a newer deptcal"):
        migrate(store, backup, dry_run=False, progress=None)


# --- the web app's records: refused with the reason, never written as Python's repr -------------


def test_values_that_are_not_text_where_text_belongs_are_refused(
    store: DynamoStore, tmp_path: Path
) -> None:
    good = {"department_id": DEV, "event_date": "2024-03-01", "title": "ok"}
    folder = tmp_path / "data"
    folder.mkdir()
    write_json(folder / "departments.json", {DEV: {"name": "개발팀"}})
    # Written by hand: NaN and Infinity are not JSON, but Python and some tools write them.
    (folder / "events.json").write_text(
        "["
        + ", ".join(
            [
                json.dumps({**good, "id": "bool", "title": True}),
                json.dumps({**good, "id": "number", "title": 2024}),
                json.dumps({**good, "id": "object", "description": {"a": 1}}),
                json.dumps({**good, "id": "list", "time": ["x"]}),
                json.dumps({**good, "id": "nan"})[:-1] + ', "url": NaN}',
                json.dumps({**good, "id": "inf"})[:-1] + ', "reminder_minutes": Infinity}',
                json.dumps({**good, "id": "huge", "reminder_minutes": 1e200}),
                json.dumps({**good, "id": "deep", "extra": json.loads("[" * 40 + "]" * 40)}),
                json.dumps({**good, "id": 7}),
                json.dumps({**good, "id": "nameless", "": 1}),
                json.dumps({**good, "id": "fine"}),
            ]
        )
        + "]",
        encoding="utf-8",
    )

    summary = migrate(store, folder, dry_run=False, progress=None)

    assert [str(p) for p in summary.problems] == [
        "events.json, id bool: 'title' must be text, not true or false",
        "events.json, id number: 'title' must be text, not a number",
        "events.json, id object: 'description' must be text, not an object",
        "events.json, id list: 'time' must be text, not a list",
        "events.json, id nan: 'url' must be text, not NaN",
        "events.json, id inf: 'reminder_minutes' holds Infinity, which DynamoDB cannot store",
        "events.json, id huge: 'reminder_minutes' holds the number 1E+200, which DynamoDB "
        "cannot store (at most 38 digits, between 1E-130 and 1E+125)",
        "events.json, id deep: 'extra' is nested deeper than DynamoDB allows (32 levels)",
        "events.json, item 9: 'id' must be text, not a number",
        "events.json, id nameless: an attribute without a name",
    ]
    assert list(events_in_raw_all(store)) == ["fine"]


def events_in_raw_all(store: DynamoStore) -> dict[str, dict[str, Any]]:
    return {raw["id"]["S"]: raw for raw in store.scan_all(store.settings.events_table)}


def test_attributes_the_documents_do_not_define_are_kept(
    store: DynamoStore, tmp_path: Path
) -> None:
    folder = web_folder(
        tmp_path,
        {DEV: {"name": "개발팀", "color": "#00aaff", "order": 2}},
        {
            "e1": {
                "department_id": DEV,
                "event_date": "2024-03-01",
                "title": "워크숍",
                "attendees": [{"name": "김", "ok": True}, "박"],
                "reminder_minutes": 15,
                "ratio": 0.25,
                "all_day": False,
                "room": None,
            }
        },
    )

    summary = migrate(store, folder, dry_run=False, progress=None)

    assert summary.problems == []
    department = next(iter(store.scan_all(store.settings.departments_table)))
    assert (department["color"], department["order"]) == ({"S": "#00aaff"}, {"N": "2"})
    event = events_in_raw_all(store)["e1"]
    assert event["title"] == {"S": "워크숍"}
    assert event["attendees"] == {
        "L": [{"M": {"name": {"S": "김"}, "ok": {"BOOL": True}}}, {"S": "박"}]
    }
    assert (event["reminder_minutes"], event["ratio"]) == ({"N": "15"}, {"N": "0.25"})
    assert (event["all_day"], event["room"]) == ({"BOOL": False}, {"NULL": True})


def test_department_names_already_taken_are_refused(store: DynamoStore, tmp_path: Path) -> None:
    existing = store.create_department("개발팀")
    folder = web_folder(
        tmp_path,
        {
            "d1": {"name": "개발팀"},
            "d2": {"name": "개발팀 "},
            "d3": {"name": "영업팀"},
            "d4": {"name": "영업팀"},
        },
        {"e1": {"department_id": "d2", "event_date": "2024-03-01", "title": "회의"}},
    )

    summary = migrate(store, folder, dry_run=False, progress=None)

    assert [str(p) for p in summary.problems] == [
        f"departments.json, id d1: the name 개발팀 is already used by department {existing.id}",
        f"departments.json, id d2: the name 개발팀 is already used by department {existing.id}",
        "departments.json, id d4: the name 영업팀 is already used by department d3",
        "events.json, id e1: unknown department d2",
    ]
    assert sorted(d["name"] for d in departments_in(store).values()) == ["개발팀", "영업팀"]
    # A re-run finds d3 present and refuses the same records again, nothing more.
    again = migrate(store, folder, dry_run=False, progress=None)
    assert (again.departments.written, again.departments.present) == (0, 1)
    assert len(again.problems) == 4


# --- an interrupted run -------------------------------------------------------------------------


def many_events(tmp_path: Path, count: int = 60) -> Path:
    events = {
        f"ev-{n:03d}": {"department_id": DEV, "event_date": "2024-04-01", "title": f"#{n}"}
        for n in range(count)
    }
    return web_folder(tmp_path, {DEV: {"name": "개발팀"}}, events)


@pytest.mark.usefixtures("no_retry_delay")
def test_throttled_run_says_how_much_was_written_and_that_a_rerun_is_safe(
    store: DynamoStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = many_events(tmp_path)
    monkeypatch.setattr("desktop.data.door.time.sleep", lambda _seconds: None)
    # The departments' batch and the first 25 events go through, then every write is throttled.
    injector = inject(store, "BatchWriteItem", lambda n, _request: throttled() if n > 2 else None)

    with pytest.raises(MigrationInterrupted) as error:
        migrate(store, folder, dry_run=False, progress=None)

    assert error.value.written == 26
    message = str(error.value)
    assert "The import stopped after writing 26 records." in message
    assert "Running the same command again is safe" in message
    assert len(events_in(store)) == 25
    stop_injecting(store, "BatchWriteItem", injector)
    summary = migrate(store, folder, dry_run=False, progress=None)
    assert (summary.events.written, summary.events.present) == (35, 25)
    assert len(events_in(store)) == 60


def test_ctrl_c_says_how_much_was_written(store: DynamoStore, tmp_path: Path) -> None:
    def progress(done: int, total: int, what: str) -> None:
        if what == "events" and done == 50:
            raise KeyboardInterrupt

    with pytest.raises(MigrationInterrupted) as error:
        migrate(store, many_events(tmp_path), dry_run=False, progress=progress)

    assert error.value.cancelled
    assert str(error.value).startswith(
        "Stopped with Ctrl+C. The import stopped after writing 51 records."
    )


def test_export_that_cannot_read_everything_fails_and_keeps_the_old_file(
    store: DynamoStore, tmp_path: Path
) -> None:
    plant_odd_items(store)
    backup = tmp_path / "backup.json"
    backup.write_text("the previous backup", encoding="utf-8")
    inject(
        store,
        "Scan",
        lambda n, _request: (
            aws_error("AccessDeniedException", "not allowed: dynamodb:Scan") if n > 1 else None
        ),
    )

    with pytest.raises(ExportFailed) as error:
        export(store, backup)

    assert f"Nothing was exported; {backup} is unchanged." in str(error.value)
    assert backup.read_text(encoding="utf-8") == "the previous backup"
    assert [p.name for p in tmp_path.iterdir()] == ["backup.json"]


def test_export_of_the_first_format_restores_what_the_tables_held(
    store: DynamoStore, tmp_path: Path
) -> None:
    # Written by the previous export: the guide's documents, as the tables held them, with
    # what the app's rules for new input would refuse.
    backup = write_json(
        tmp_path / "backup.json",
        {
            "format": "deptcal-export-1",
            "departments": [
                {"id": "d1", "name": "개발팀"},
                {"id": "d2", "name": "개발팀"},
            ],
            "events": [
                {
                    "id": "e1",
                    "department_id": "d1",
                    "event_date": "2024-06-01",
                    "title": "가" * 300,
                },
                {"id": "e2", "department_id": "gone", "event_date": "2024-06-02", "title": "x"},
                {"id": "e3", "department_id": "d1", "event_date": "2024-06-03", "title": True},
            ],
        },
    )

    summary = migrate(store, backup, dry_run=False, progress=None)

    assert [str(p) for p in summary.problems] == [
        "backup.json, events id e3: 'title' must be text, not true or false"
    ]
    assert set(departments_in(store)) == {"d1", "d2"}
    assert len(events_in(store)["e1"]["title"]) == 300
    assert set(events_in(store)) == {"e1", "e2"}
