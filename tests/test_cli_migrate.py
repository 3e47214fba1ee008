"""The ``migrate`` and ``export`` admin commands through the real entry point."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from desktop.app import main
from desktop.data.errors import OfflineError
from desktop.data.store import DynamoStore
from tests.data.test_migrate import BAD_FILES, plant_odd_items, raw_tables
from tests.support import MotoServer

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
    # A refused record means the import is not complete: exit 1, after writing the rest.
    assert main(["migrate", str(web_data), "--endpoint-url", endpoint]) == 1

    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "refused events.json, id e3: no title",
        "Departments: written 1, refused 0, already present 0. "
        "Events: written 2, refused 1, already present 0.",
    ]
    assert "events: 2/2" in captured.err

    assert main(["migrate", str(web_data), "--endpoint-url", endpoint]) == 1
    assert (
        "Departments: written 0, refused 0, already present 1. "
        "Events: written 0, refused 1, already present 2."
    ) in capsys.readouterr().out


def test_migrate_of_valid_records_only_exits_0(
    store: DynamoStore, endpoint: str, web_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (web_data / "events.json").write_text("{}", encoding="utf-8")

    assert main(["migrate", str(web_data), "--endpoint-url", endpoint]) == 0


def test_migrate_dry_run_writes_nothing(
    store: DynamoStore, endpoint: str, web_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate", str(web_data), "--dry-run", "--endpoint-url", endpoint]) == 1

    out = capsys.readouterr().out
    assert "refused events.json, id e3: no title" in out
    assert "Dry run, nothing was written. Departments: would write 1," in out
    assert "Events: would write 2, refused 1, already present 0." in out
    assert store.list_departments().departments == []


def test_export_writes_what_migrate_imported(
    store: DynamoStore,
    endpoint: str,
    web_data: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["migrate", str(web_data), "--endpoint-url", endpoint]) == 1
    capsys.readouterr()
    backup = tmp_path / "backup.json"

    assert main(["export", str(backup), "--endpoint-url", endpoint]) == 0

    assert capsys.readouterr().out == (
        f"Exported 1 department and 2 events to {backup}, every item exactly as stored.\n"
    )
    document = json.loads(backup.read_text(encoding="utf-8"))
    assert [d["name"] for d in document["departments"]] == [{"S": "개발팀"}]
    assert {(e["id"]["S"], e["time"]["S"]) for e in document["events"]} == {
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


def test_migrate_without_tables_fails(
    endpoint: str, web_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate", str(web_data), "--endpoint-url", endpoint]) == 1

    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert "table 'departments' not found in region" in lines[0]


@pytest.mark.parametrize(
    ("content", "reason"),
    [pytest.param(content, reason, id=name) for name, content, reason in BAD_FILES],
)
def test_every_bad_file_is_one_line_and_exit_2(
    store: DynamoStore,
    endpoint: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    reason: str,
) -> None:
    backup = tmp_path / "backup.json"
    backup.write_bytes(content)

    assert main(["migrate", str(backup), "--endpoint-url", endpoint]) == 2

    captured = capsys.readouterr()
    assert captured.err == f"deptcal: Cannot read {backup}: {reason}\n"
    assert " at at " not in captured.err
    assert captured.out == ""


def test_a_file_that_may_not_be_read_is_one_line_and_exit_2(
    store: DynamoStore,
    endpoint: str,
    web_data: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events = web_data / "events.json"
    original = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path == events:
            raise PermissionError(13, "Permission denied", str(path))
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)

    assert main(["migrate", str(web_data), "--endpoint-url", endpoint]) == 2

    assert capsys.readouterr().err == f"deptcal: Cannot read {events}: Permission denied.\n"


def test_backup_and_restore_through_the_commands(
    store: DynamoStore,
    endpoint: str,
    moto_server: MotoServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plant_odd_items(store)
    before = raw_tables(store)
    backup = tmp_path / "backup.json"

    assert main(["export", str(backup), "--endpoint-url", endpoint]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Exported 3 departments and 5 events to {backup}, every item exactly as stored.",
        "3 of them cannot be shown by this app (no title, an impossible date…); they are in "
        "the file all the same and 'migrate' restores them.",
    ]
    moto_server.reset()
    store.create_tables(poll_seconds=0.01)
    assert main(["migrate", str(backup), "--dry-run", "--endpoint-url", endpoint]) == 0
    assert capsys.readouterr().out == (
        "Dry run, nothing was written. Departments: would write 3, refused 0, already present 0."
        " Events: would write 5, refused 0, already present 0.\n"
    )
    assert main(["migrate", str(backup), "--endpoint-url", endpoint]) == 0

    assert raw_tables(store) == before
    assert main(["migrate", str(backup), "--endpoint-url", endpoint]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Departments: written 0, refused 0, already present 3. "
        "Events: written 0, refused 0, already present 5."
    )


def test_interrupted_migrate_says_how_much_was_written_and_that_a_rerun_is_safe(
    store: DynamoStore,
    endpoint: str,
    web_data: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = DynamoStore.batch_write

    def cut_after_one(
        self: DynamoStore,
        table: str,
        requests: Sequence[Mapping[str, Any]],
        **options: Any,
    ) -> int:
        if table == self.settings.events_table:
            original(self, table, requests[:1], **options)
            raise OfflineError.build(endpoint, "connection reset")
        return original(self, table, requests, **options)

    monkeypatch.setattr(DynamoStore, "batch_write", cut_after_one)

    assert main(["migrate", str(web_data), "--endpoint-url", endpoint]) == 1

    lines = capsys.readouterr().err.splitlines()
    assert lines[-1].startswith("deptcal: Cannot reach the calendar server")
    assert lines[-1].endswith(
        "The import stopped after writing 2 records. Running the same command again is "
        "safe: it skips what is already in the tables and writes the rest."
    )
    assert len([line for line in lines if line.startswith("deptcal:")]) == 1


def test_ctrl_c_during_migrate_exits_130(
    store: DynamoStore,
    endpoint: str,
    web_data: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def interrupted(*_args: Any, **_options: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(DynamoStore, "batch_write", interrupted)

    assert main(["migrate", str(web_data), "--endpoint-url", endpoint]) == 130

    assert capsys.readouterr().err.splitlines()[-1] == (
        "deptcal: Stopped with Ctrl+C. The import stopped after writing 0 records. Running "
        "the same command again is safe: it skips what is already in the tables and writes "
        "the rest."
    )


def test_export_that_cannot_write_everything_exits_1_and_keeps_the_old_file(
    store: DynamoStore,
    endpoint: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store.create_department("개발팀")
    backup = tmp_path / "backup.json"
    backup.write_text("the previous backup", encoding="utf-8")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.data.backup.os.fsync", disk_full)

    assert main(["export", str(backup), "--endpoint-url", endpoint]) == 1

    captured = capsys.readouterr()
    assert captured.err == "deptcal: No space left on device\n"
    assert captured.out == ""
    assert backup.read_text(encoding="utf-8") == "the previous backup"


def test_export_whose_scan_fails_exits_1_and_keeps_the_old_file(
    store: DynamoStore,
    endpoint: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store.create_department("개발팀")
    backup = tmp_path / "backup.json"
    backup.write_text("the previous backup", encoding="utf-8")
    original = DynamoStore.scan_all

    def cut(self: DynamoStore, table: str) -> Iterator[dict[str, Any]]:
        yield from original(self, table)
        if table == self.settings.events_table:
            raise OfflineError.build(endpoint, "connection reset")

    monkeypatch.setattr(DynamoStore, "scan_all", cut)

    assert main(["export", str(backup), "--endpoint-url", endpoint]) == 1

    err = capsys.readouterr().err
    assert err.startswith("deptcal: Cannot reach the calendar server")
    assert err.endswith(f"Nothing was exported; {backup} is unchanged. Run the export again.\n")
    assert backup.read_text(encoding="utf-8") == "the previous backup"


def test_ctrl_c_during_export_exits_130_and_keeps_the_old_file(
    store: DynamoStore,
    endpoint: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = tmp_path / "backup.json"
    backup.write_text("the previous backup", encoding="utf-8")

    def interrupted(_self: DynamoStore, _table: str) -> Iterator[dict[str, Any]]:
        raise KeyboardInterrupt
        yield {}

    monkeypatch.setattr(DynamoStore, "scan_all", interrupted)

    assert main(["export", str(backup), "--endpoint-url", endpoint]) == 130

    assert capsys.readouterr().err == (
        f"deptcal: Stopped with Ctrl+C. Nothing was exported; {backup} is unchanged. "
        "Run the export again.\n"
    )
    assert backup.read_text(encoding="utf-8") == "the previous backup"
