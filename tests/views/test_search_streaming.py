"""Search in the window: results stream in a page at a time, a new search stops the one
before, and a cache file from before the search index is indexed behind the window."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.data.cache import Cache
from desktop.data.cache_schema import MIGRATIONS
from desktop.domain.models import Event
from desktop.views.departments_panel import DepartmentsPanel, ResultsState
from desktop.views.window import search as search_module
from tests.views.conftest import Seeded, WindowFactory

FETCHED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def fill(cache: Cache, department_id: str, count: int, title: str) -> list[str]:
    """``count`` events titled ``title`` from January 2025, a few a day; their ids in order."""
    ids = [f"{title}-{n:04}" for n in range(count)]
    by_month: dict[date, list[Event]] = {}
    for n, event_id in enumerate(ids):
        day = date(2025, 1, 1) + timedelta(days=n // 4)
        by_month.setdefault(day.replace(day=1), []).append(
            Event(event_id, department_id, day, title, time=f"{9 + n % 4}:00")
        )
    for month, events in by_month.items():
        cache.replace_month(department_id, month, events, FETCHED)
    return ids


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every show_results the window makes: its size, whether it appends, and the state."""
    seen: list[dict[str, Any]] = []
    original = DepartmentsPanel.show_results

    def spy(self: DepartmentsPanel, text: str, found: list[Any], *args: Any, **kw: Any) -> None:
        seen.append({"text": text, "rows": len(found), **kw})
        original(self, text, found, *args, **kw)

    monkeypatch.setattr(DepartmentsPanel, "show_results", spy)
    return seen


def listed_ids(window) -> list[str]:  # type: ignore[no-untyped-def]
    results = window.departments_panel.results
    return [results.item(i).data(0x0100).id for i in range(results.count())]


def test_results_stream_in_a_page_at_a_time(
    seeded: Seeded,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    calls: list[dict[str, Any]],
) -> None:
    monkeypatch.setattr(search_module, "PAGE_SIZE", 100)
    window = make_window()
    cache = window.service.cache
    assert cache is not None
    ids = fill(cache, seeded.development.id, 450, "워크숍")
    panel = window.departments_panel

    panel.filter.setText("워크숍")
    qtbot.waitUntil(lambda: bool(calls) and calls[-1]["state"] is ResultsState.COMPLETE)

    assert [c["rows"] for c in calls] == [100, 100, 100, 100, 50]
    assert [c["append"] for c in calls] == [False, True, True, True, True]
    assert all(c["state"] is ResultsState.SEARCHING for c in calls[:-1])
    assert listed_ids(window) == ids
    assert panel.results_label.text() == "450 events found in the saved months"


def test_a_search_finding_very_many_lists_the_first_and_says_so(
    seeded: Seeded,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    calls: list[dict[str, Any]],
) -> None:
    monkeypatch.setattr(search_module, "PAGE_SIZE", 100)
    monkeypatch.setattr(search_module, "MOST_RESULTS", 200)
    window = make_window()
    cache = window.service.cache
    assert cache is not None
    ids = fill(cache, seeded.development.id, 450, "워크숍")

    window.departments_panel.filter.setText("워크숍")
    qtbot.waitUntil(lambda: bool(calls) and calls[-1]["state"] is ResultsState.CUT)

    assert listed_ids(window) == ids[:200]
    assert window.departments_panel.results_label.text().startswith("The first 200 events")


def test_a_new_search_stops_the_one_running(
    seeded: Seeded,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    calls: list[dict[str, Any]],
) -> None:
    window = make_window()
    cache = window.service.cache
    assert cache is not None
    qtbot.waitUntil(lambda: cache.month(seeded.development.id, date(2026, 11, 1)) is not None)
    fill(cache, seeded.development.id, 40, "워크숍")
    asked: list[tuple[str, Any]] = []
    original = Cache.search_page

    def recording(self: Cache, shown: list[str], text: str, **kw: Any) -> Any:
        asked.append((text, kw["cancelled"]))
        return original(self, shown, text, **kw)

    monkeypatch.setattr(Cache, "search_page", recording)
    panel = window.departments_panel
    panel.filter.blockSignals(True)  # the searches below stand for the panel's own
    panel.filter.setText("팀 회의")
    panel.filter.blockSignals(False)

    window.search("워크숍")
    window.search("팀 회의")
    qtbot.waitUntil(lambda: bool(calls) and calls[-1]["state"] is ResultsState.COMPLETE)

    # Each page of the first search that started was told to stop; the second one was not.
    assert all(stop() for text, stop in asked if text == "워크숍")
    assert [stop() for text, stop in asked if text == "팀 회의"] == [False]
    assert [c["text"] for c in calls] == ["팀 회의"]  # nothing of the first one was shown
    assert listed_ids(window) == [seeded.meeting.id]


def test_a_file_from_before_the_index_is_indexed_behind_the_window(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "cache.sqlite3"  # the file make_window's service opens
    conn = sqlite3.connect(path)
    conn.create_function("deptcal_search_text", 2, lambda title, description: "")
    for migration in MIGRATIONS[:4]:
        migration(conn)
    conn.execute("PRAGMA user_version = 4")
    conn.executemany(
        "INSERT INTO events (source, department_id, id, event_date, title, description, time, "
        "url, legacy_time, search_text) VALUES ('old', 'dev', ?, '2025-03-01', '회의', '', '', "
        "'', 0, '회의\x1f')",
        [(f"e{n}",) for n in range(30)],
    )
    conn.commit()
    conn.close()

    window = make_window()
    assert window.service.cache is not None

    def indexed() -> bool:
        check = sqlite3.connect(path)
        try:
            return bool(
                check.execute("SELECT next_rowid > last_rowid FROM search_index").fetchone()[0]
            )
        finally:
            check.close()

    qtbot.waitUntil(indexed, timeout=10_000)
