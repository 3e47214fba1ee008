"""The ``migrate`` and ``export`` admin commands through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.app import main
from desktop.data.store import DynamoStore

DEV = "550e8400-e29b-41d4-a716-446655440000"


@pytest.fixture
def web_data(tmp_path: Path) -> Path:
    """A web-app data folder: one department, two good events and one without a title."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "departments.json").write_text(
        json.dumps({DEV: {"id": DEV, "name": "개발팀"}}, ensure_ascii=False), encoding="utf-8"
    )
    event = {"department_id": DEV, "event_date": "2024-01-20"}
    events = {
        "e1": {**event, "title": "팀 회의", "time_val": "오후 2:00"},
        "e2": {**event, "title": "회고"},
        "e3": {**event, "title": ""},
    }
    (folder / "events.json").write_text(json.dumps(events, ensure_ascii=False), encoding="utf-8")
    return folder


def test_migrate_prints_problems_and_summary(
    store: DynamoStore, endpoint: str, web_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate", str(web_data), "--endpoint-url", endpoint]) == 0

    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "skipped events.json, id e3: no title",
        "Departments: written 1, skipped (invalid) 0, already present 0. "
        "Events: written 2, skipped (invalid) 1, already present 0.",
    ]
    assert "events: 2/2" in captured.err

    assert main(["migrate", str(web_data), "--endpoint-url", endpoint]) == 0
    assert (
        "Departments: written 0, skipped (invalid) 0, already present 1. "
        "Events: written 0, skipped (invalid) 1, already present 2."
    ) in capsys.readouterr().out


def test_migrate_dry_run_writes_nothing(
    store: DynamoStore, endpoint: str, web_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate", str(web_data), "--dry-run", "--endpoint-url", endpoint]) == 0

    out = capsys.readouterr().out
    assert "Dry run, nothing was written. Departments: would write 1," in out
    assert "Events: would write 2, skipped (invalid) 1, already present 0." in out
    assert store.list_departments().departments == []


def test_export_writes_what_migrate_imported(
    store: DynamoStore,
    endpoint: str,
    web_data: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["migrate", str(web_data), "--endpoint-url", endpoint]) == 0
    capsys.readouterr()
    backup = tmp_path / "backup.json"

    assert main(["export", str(backup), "--endpoint-url", endpoint]) == 0

    assert capsys.readouterr().out == f"Exported 1 departments and 2 events to {backup}.\n"
    document = json.loads(backup.read_text(encoding="utf-8"))
    assert [d["name"] for d in document["departments"]] == ["개발팀"]
    assert {(e["id"], e["time"]) for e in document["events"]} == {
        ("e1", "오후 2:00"),
        ("e2", ""),
    }


def test_migrate_of_a_missing_path_is_one_line_on_stderr(
    store: DynamoStore, endpoint: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"

    assert main(["migrate", str(missing), "--endpoint-url", endpoint]) == 2

    captured = capsys.readouterr()
    assert captured.err == f"deptcal: {missing} does not exist.\n"
    assert captured.out == ""


def test_migrate_of_broken_json_is_one_line_on_stderr(
    store: DynamoStore, endpoint: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "backup.json"
    broken.write_text('{"departments": {', encoding="utf-8")

    assert main(["migrate", str(broken), "--endpoint-url", endpoint]) == 2

    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"deptcal: Cannot read {broken}: not valid JSON")


def test_migrate_without_tables_fails(
    endpoint: str, web_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate", str(web_data), "--endpoint-url", endpoint]) == 1

    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert "The table 'departments' does not exist" in lines[0]
