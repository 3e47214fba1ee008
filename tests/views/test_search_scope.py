"""The search box finds events and says what it covered: it never hides departments, Esc
clears it, the heading names the saved months and the departments searched, and the months of
the year never saved can be fetched (one read at a time, with progress and Cancel)."""

from __future__ import annotations

import re
import threading
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.data.errors import OfflineError
from desktop.data.store import DynamoStore, EventBatch
from desktop.domain.models import Event, new_id
from tests.views.conftest import Seeded, WindowFactory

FETCHED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def listed_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    results = window.departments_panel.results
    return [results.item(i).data(Qt.ItemDataRole.UserRole).title for i in range(results.count())]


def test_the_search_box_does_not_hide_departments(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = window.departments_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)

    panel.filter.setText("회의")
    qtbot.waitUntil(lambda: panel.results.count() == 1)

    assert panel.proxy.rowCount() == 2  # both departments stay listed and can be ticked
    assert panel.list.isVisibleTo(window)


def test_escape_clears_the_search_and_puts_the_results_away(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = window.departments_panel
    panel.filter.setFocus()
    panel.filter.setText("회의")
    qtbot.waitUntil(lambda: panel.results.count() == 1)

    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)

    assert panel.filter.text() == ""
    assert not panel.found.isVisible()
    assert panel.results.count() == 0


def test_results_name_the_months_and_departments_searched(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = window.departments_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    # Only 개발팀 is shown; 영업팀's November was saved (when it was shown, another day).
    cache = window.service.cache
    assert cache is not None
    visit = Event(new_id(), seeded.sales.id, date(2026, 11, 5), "고객사 미팅")
    cache.replace_month(seeded.sales.id, date(2026, 11, 1), [visit], FETCHED)
    assert window.shown_department_ids() == [seeded.development.id]

    panel.filter.setText("미팅")
    qtbot.waitUntil(lambda: listed_titles(window) == ["고객사 미팅"])
    qtbot.waitUntil(lambda: "in 2 departments" in panel.results_label.text())
    # The months saved: November, and the neighbours read ahead by the time it is asked.
    months = r"2026년 1[012]월(–1[12]월)?"
    assert re.fullmatch(rf"1 event · {months} · in 2 departments", panel.results_label.text())
    assert panel.found.all_departments.isChecked()
    assert "Departments searched: 개발팀, 영업팀" in panel.results_label.toolTip()

    panel.found.all_departments.setChecked(False)  # only the departments shown
    qtbot.waitUntil(lambda: "in 1 department" in panel.results_label.text())
    assert listed_titles(window) == []
    assert "Departments searched: 개발팀</" in panel.results_label.toolTip()
    assert re.fullmatch(rf"0 events · {months} · in 1 department", panel.results_label.text())


@pytest.fixture
def earlier(seeded: Seeded, store: DynamoStore) -> list[Event]:
    """Events of 개발팀 in months the window never opens."""
    events = [
        Event(new_id(), seeded.development.id, date(2026, 2, 10), "주간 회의"),
        Event(new_id(), seeded.development.id, date(2026, 7, 1), "회의 준비"),
    ]
    for event in events:
        store.create_event(event)
    return events


def test_fetching_the_rest_of_the_year_finds_what_was_never_opened(
    seeded: Seeded, earlier: list[Event], make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = window.departments_panel
    found = panel.found
    found.all_departments.setChecked(False)
    panel.filter.setText("회의")
    qtbot.waitUntil(lambda: listed_titles(window) == ["팀 회의"])
    qtbot.waitUntil(found.fetch_button.isVisible)
    assert found.fetch_button.text() == "Fetch the rest of 2026"
    spent_before = window.months.fresh.spent_last_hour()

    found.fetch_button.click()
    assert found.progress.isVisible() and found.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not found.fetching, timeout=20_000)
    qtbot.waitUntil(lambda: listed_titles(window) == ["주간 회의", "회의 준비", "팀 회의"])

    qtbot.waitUntil(lambda: "2026년 1월–12월" in panel.results_label.text())
    assert not found.fetch_button.isVisible()  # nothing of 2026 is left to fetch
    assert found.note.text() == ""
    # Every read counted in the client's hourly allowance.
    assert window.months.fresh.spent_last_hour() > spent_before


def test_cancel_stops_the_fetch_and_says_what_is_left(
    seeded: Seeded, earlier: list[Event], make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = window.departments_panel
    found = panel.found
    found.all_departments.setChecked(False)
    panel.filter.setText("회의")
    qtbot.waitUntil(found.fetch_button.isVisible)

    found.fetch_button.click()
    found.cancel_button.click()

    assert not found.fetching and not found.progress.isVisible()
    # Every month of 2026 but those saved (November, and the neighbours read ahead by now).
    stopped = re.fullmatch(r"Stopped: (\d+) months? not fetched\.", found.note.text())
    assert stopped is not None and 9 <= int(stopped[1]) <= 11
    qtbot.waitUntil(found.fetch_button.isVisible)  # it can be started again


def test_offline_the_fetch_stops_at_once_and_says_so(
    seeded: Seeded,
    earlier: list[Event],
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    calls: list[date] = []

    def unreachable(self: DynamoStore, department_id: str, start: date, end: date) -> EventBatch:
        calls.append(start)
        raise OfflineError.build("http://127.0.0.1:1", "timed out")

    monkeypatch.setattr(DynamoStore, "events_between", unreachable)
    panel = window.departments_panel
    found = panel.found
    found.all_departments.setChecked(False)
    panel.filter.setText("회의")
    qtbot.waitUntil(found.fetch_button.isVisible)

    calls.clear()  # the neighbour months read ahead, if they were
    found.fetch_button.click()
    qtbot.waitUntil(lambda: not found.fetching)

    # One read, not a timeout for each month one after the other (a neighbour of November
    # may still be read ahead meanwhile).
    assert [d for d in calls if d.month not in (10, 12)] == [date(2026, 1, 1)]
    offline = re.fullmatch(
        r"Offline: (\d+) months? could not be fetched\. Try again when the network is "
        r"back\.",
        found.note.text(),
    )
    assert offline is not None and 9 <= int(offline[1]) <= 11
    assert listed_titles(window) == ["팀 회의"]


def test_escape_stops_a_fetch_of_the_rest(
    seeded: Seeded, earlier: list[Event], make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = window.departments_panel
    found = panel.found
    panel.filter.setFocus()
    panel.filter.setText("회의")
    qtbot.waitUntil(found.fetch_button.isVisible)
    found.fetch_button.click()
    assert found.fetching

    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)

    assert not found.fetching and not found.isVisible()
    fetch = window.finder.fetch
    assert fetch is not None and fetch.outcome.cancelled
    panel.filter.setText("회의")  # a new search starts clean
    qtbot.waitUntil(lambda: listed_titles(window) == ["팀 회의"])
    assert found.note.text() == ""


def test_results_follow_the_months_as_they_arrive(
    seeded: Seeded,
    earlier: list[Event],
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    original = DynamoStore.events_between
    july = threading.Event()

    def slow_july(self: DynamoStore, department_id: str, start: date, end: date) -> EventBatch:
        if start == date(2026, 7, 1):
            july.wait(timeout=30)
        return original(self, department_id, start, end)

    monkeypatch.setattr(DynamoStore, "events_between", slow_july)
    panel = window.departments_panel
    found = panel.found
    found.all_departments.setChecked(False)
    panel.filter.setText("회의")
    qtbot.waitUntil(found.fetch_button.isVisible)

    found.fetch_button.click()
    # February is listed while July is still being read.
    qtbot.waitUntil(lambda: listed_titles(window) == ["주간 회의", "팀 회의"], timeout=20_000)
    assert found.fetching and found.progress.value() < found.progress.maximum()
    july.set()
    qtbot.waitUntil(lambda: not found.fetching, timeout=20_000)
    qtbot.waitUntil(lambda: listed_titles(window) == ["주간 회의", "회의 준비", "팀 회의"])
