"""iCalendar export covers its whole range: the months never opened are fetched first (with
progress and Cancel), and months that cannot be fetched are named before any file is written."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from pytestqt.qtbot import QtBot

from desktop.data.errors import OfflineError, ThrottledError
from desktop.data.store import DynamoStore, EventBatch
from desktop.domain.display import isolated
from desktop.domain.models import Event, new_id
from tests.views.conftest import Seeded, WindowFactory

START, END = date(2026, 1, 1), date(2027, 12, 31)


def summaries(path: Path) -> set[str]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}


@pytest.fixture
def spread(seeded: Seeded, store: DynamoStore) -> list[Event]:
    """개발팀's events across two years, in months the window never opens, and one outside."""
    days = [date(2026, 1, 1), date(2026, 3, 15), date(2026, 8, 31), date(2027, 6, 9)]
    days.append(date(2027, 12, 31))
    events = [
        Event(new_id(), seeded.development.id, day, f"행사 {day.isoformat()}") for day in days
    ]
    events.append(Event(new_id(), seeded.development.id, date(2028, 1, 1), "범위 밖"))
    for event in events:
        store.create_event(event)
    return events


def test_export_of_two_years_writes_every_event_of_the_range(
    seeded: Seeded,
    spread: list[Event],
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = make_window()
    target = tmp_path / "two-years.ics"

    with qtbot.waitSignal(window.exported, timeout=60_000) as signal:
        window.export_ics_to(target, START, END)

    expected = {e.title for e in spread if e.title != "범위 밖"} | {"팀 회의", "코드 리뷰"}
    assert summaries(target) == expected
    assert signal.args == [len(expected)]
    assert window.status_message.text() == (
        f"7 events of {isolated('개발팀')} from 2026. 1. 1. to 2027. 12. 31. written to {target}."
    )
    # The months fetched for it are saved: the next export reads nothing.
    cache = window.service.cache
    assert cache is not None
    assert len(cache.saved_months([seeded.development.id])) == 24


def test_months_that_cannot_be_fetched_are_named_and_no_file_is_written_unless_asked(
    seeded: Seeded,
    spread: list[Event],
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    original = DynamoStore.events_between

    def busy_in_march(self: DynamoStore, department_id: str, start: date, end: date) -> EventBatch:
        if start == date(2026, 3, 1):
            raise ThrottledError.build("ProvisionedThroughputExceededException", "busy")
        return original(self, department_id, start, end)

    monkeypatch.setattr(DynamoStore, "events_between", busy_in_march)
    asked: list[str] = []
    monkeypatch.setattr(window.exports, "confirm_partial", lambda text: asked.append(text) or False)
    target = tmp_path / "refused.ics"

    window.export_ics_to(target, START, END)
    qtbot.waitUntil(lambda: bool(asked), timeout=60_000)

    assert asked == [
        f"These months could not be fetched:\n2026년 3월: {isolated('개발팀')}\n\n"
        "Write the file without their events?"
    ]
    assert not target.exists()
    assert window.status_message.text() == "Export stopped: no file was written."

    # Asked again, the user writes the file without March.
    monkeypatch.setattr(window.exports, "confirm_partial", lambda text: True)
    with qtbot.waitSignal(window.exported, timeout=60_000):
        window.export_ics_to(target, START, END)
    assert "행사 2026-03-15" not in summaries(target)
    assert "행사 2027-06-09" in summaries(target)
    assert window.status_message.text().endswith("1 month that could not be fetched is not in it.")


def test_offline_the_export_names_the_months_not_saved(
    seeded: Seeded,
    spread: list[Event],
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()

    def unreachable(self: DynamoStore, department_id: str, start: date, end: date) -> EventBatch:
        raise OfflineError.build("http://127.0.0.1:1", "timed out")

    monkeypatch.setattr(DynamoStore, "events_between", unreachable)
    asked: list[str] = []
    monkeypatch.setattr(window.exports, "confirm_partial", lambda text: asked.append(text) or False)

    window.export_ics_to(tmp_path / "offline.ics", START, END)
    qtbot.waitUntil(lambda: bool(asked), timeout=60_000)

    lines = asked[0].splitlines()
    assert lines[0] == "These months are not saved on this computer, and it is offline:"
    # Month by month with the departments (the first twelve), then how many more (the two
    # years but the months saved by then: November, its neighbours read ahead).
    assert lines[1] == f"2026년 1월: {isolated('개발팀')}"
    assert len(lines) == 1 + 12 + 1 + 2
    assert re.fullmatch(r"and (9|1[012]) more months", lines[13])
    assert not (tmp_path / "offline.ics").exists()


def test_cancel_while_fetching_asks_before_writing(
    seeded: Seeded,
    spread: list[Event],
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    asked: list[str] = []
    monkeypatch.setattr(window.exports, "confirm_partial", lambda text: asked.append(text) or False)

    window.export_ics_to(tmp_path / "cancelled.ics", START, END)
    qtbot.waitUntil(lambda: window.exports.fetching is not None, timeout=10_000)
    window.exports.fetching.cancel()

    assert asked and asked[0].startswith("The fetch was cancelled before these months were saved:")
    assert not (tmp_path / "cancelled.ics").exists()


def test_a_file_that_cannot_be_written_is_said(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    cache = window.service.cache
    assert cache is not None
    qtbot.waitUntil(lambda: cache.month(seeded.development.id, date(2026, 11, 1)) is not None)
    target = tmp_path / "no such folder" / "november.ics"

    window.export_ics_to(target, date(2026, 11, 1), date(2026, 11, 30))

    qtbot.waitUntil(lambda: window.status_message.text().startswith("Could not write"))
    assert str(target) in window.status_message.text()
    assert window.status_message.text().endswith("Choose another folder and export again.")
