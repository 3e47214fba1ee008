"""The ``import`` command through the real entry point, on moto."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.app import main
from desktop.data.store import DynamoStore

ICS = Path(__file__).parent / "data" / "ics"
DECEMBER = ["--from", "2026-12-01", "--to", "2026-12-31"]


@pytest.fixture(autouse=True)
def seoul(monkeypatch: pytest.MonkeyPatch) -> None:
    """The computer's time zone is Seoul's, whatever the machine running the tests says."""
    from zoneinfo import ZoneInfo

    from desktop.data import ical_import

    monkeypatch.setattr(ical_import, "_local_zone", lambda: ZoneInfo("Asia/Seoul"))


@pytest.fixture
def department(store: DynamoStore) -> str:
    return store.create_department("개발팀").id


def run(endpoint: str, path: Path, *options: str) -> int:
    return main(["import", str(path), "--department", "개발팀", *DECEMBER, *options,
                 "--endpoint-url", endpoint])  # fmt: skip


def titles(store: DynamoStore, department: str) -> list[tuple[str, str]]:
    batch = store.events_between(department, date(2026, 12, 1), date(2026, 12, 31))
    return [(e.event_date.isoformat(), e.title) for e in batch.events]


def test_import_writes_the_plan_and_a_second_run_writes_nothing(
    store: DynamoStore, endpoint: str, department: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(endpoint, ICS / "apple.ics") == 0

    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("skipped 2026-12-23 ") and out[0].endswith("아침 점검: cancelled")
    assert out[1] == (
        "개발팀 from 2026-12-01 to 2026-12-31: 3 to create, 0 to update, 0 unchanged, "
        "1 skipped: 1 cancelled."
    )
    assert out[2] == "Written: 3 created, 0 updated, 0 deleted."
    assert titles(store, department) == [
        ("2026-12-17", "점심 간담회"),
        ("2026-12-22", "아침 점검"),
        ("2026-12-24", "아침 점검"),
    ]

    assert run(endpoint, ICS / "apple.ics") == 0
    assert "0 to create, 0 to update, 3 unchanged" in capsys.readouterr().out


def test_dry_run_writes_nothing(
    store: DynamoStore, endpoint: str, department: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(endpoint, ICS / "google.ics", "--dry-run") == 0

    out = capsys.readouterr().out
    assert "7 to create" in out
    assert "Dry run, nothing was written." in out
    assert titles(store, department) == []


def test_a_change_made_meanwhile_is_reported_not_overwritten(
    store: DynamoStore,
    endpoint: str,
    department: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(endpoint, ICS / "apple.ics") == 0
    lunch = next(
        e for e in store.events_between(department, date(2026, 12, 17), date(2026, 12, 17)).events
    )
    newer = (ICS / "apple.ics").read_text(encoding="utf-8").replace("점심 간담회", "점심 회의")
    path = tmp_path / "newer.ics"
    capsys.readouterr()
    from desktop.data import ical_import

    real_plan = ical_import.plan_import

    def plan_then_someone_changes(*args: object, **kwargs: object) -> ical_import.ImportPlan:
        plan = real_plan(*args, **kwargs)  # type: ignore[arg-type]
        current = store.get_event(lunch.id, department)
        assert current is not None
        store.update_event(current, current.with_changes(title="점심 간담회 (취소 검토)"))
        return plan

    monkeypatch.setattr(ical_import, "plan_import", plan_then_someone_changes)
    path.write_text(newer, encoding="utf-8")

    assert run(endpoint, path) == 1

    out = capsys.readouterr().out
    assert "not written, changed by someone else meanwhile: 2026-12-17 14:00–15:30 점심 회의" in out
    assert ("2026-12-17", "점심 간담회 (취소 검토)") in titles(store, department)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--department", "없는팀"], "No department is named 없는팀"),
        (["--department", "개발팀", "--from", "2026-12-31", "--to", "2026-12-01"], "is before"),
    ],
)
def test_usage_problems_exit_2(
    store: DynamoStore,
    endpoint: str,
    department: str,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
) -> None:
    args = ["import", str(ICS / "apple.ics"), *options, "--endpoint-url", endpoint]

    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_a_bad_file_gives_one_line_and_writes_nothing(
    store: DynamoStore,
    endpoint: str,
    department: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "broken.ics"
    path.write_bytes((ICS / "google.ics").read_bytes()[:700])

    assert run(endpoint, path) == 1

    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "deptcal: broken.ics is cut short (its end is missing). Export or download it again."
    ]
    assert titles(store, department) == []


def test_without_dates_a_year_back_and_a_year_ahead(
    store: DynamoStore,
    endpoint: str,
    department: str,
    today: date,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["import", str(ICS / "apple.ics"), "--department", "개발팀", "--dry-run"]

    assert main([*args, "--endpoint-url", endpoint]) == 0

    first = date(today.year - 1, today.month, min(today.day, 28))
    assert f"개발팀 from {first.isoformat()[:7]}" in capsys.readouterr().out
