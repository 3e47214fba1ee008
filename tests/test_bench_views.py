"""The bench's rows of the views (bench/views.py, bench/view_rows.py), in this process.

The views of issue #18 arrive separately, so the harness is written against the view protocol
and proved here with the month grid and tiny stub views (tests/bench_stub_views.py) registered
in ``VIEW_CLASSES``: switching is timed to the switched-to view's paint, the agenda is paged
down until it has loaded its months, reads are counted per department-month (a view that reads
a month twice is caught), and a kind this build lacks says "not available".
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from bench import view_rows, views
from bench.data import DataSpec, connection, plan
from bench.view_probe import ViewPaints
from desktop.data.store import DynamoStore
from desktop.views.calendar_view import ViewKind
from desktop.views.window import view_switch
from tests.bench_stub_views import StubWeek

TODAY = "2026-11-26"  # a Thursday: its week stays in November; Dec 1 is a Tuesday
STUBS = "tests.bench_stub_views"


class RereadingWeek(StubWeek):
    """A view with a bug the reads row must catch: each page reads its month again."""

    def show_anchor(self, anchor: date, today: date, first_weekday: int) -> None:
        super().show_anchor(anchor, today, first_weekday)
        months = self._window.months
        QTimer.singleShot(0, lambda: months.show_month(months.month, force=True))


@pytest.fixture
def ctx(endpoint: str, tmp_path: Path, qtbot: QtBot) -> dict[str, Any]:
    """A tiny bench calendar on moto (the bench's own generator), and the run's context."""
    from bench.__main__ import load_http

    store = DynamoStore(connection(endpoint))
    store.create_tables(poll_seconds=0.01)
    data = plan(
        DataSpec(departments=5, events=300, busy_events=60, months=6, months_ahead=3, today=TODAY)
    )
    load_http(endpoint, data)
    typical = data.typical_department_ids()
    return {
        "url": endpoint,
        "today": TODAY,
        "busy": data.busy_department_id,
        "typical": typical[0],
        "overlays": typical[:4],
        "workdir": str(tmp_path / "work"),
        "view_cycles": 2,
        "agenda_months": 4,
        "agenda_timeout": 60,
    }


def _views(monkeypatch: pytest.MonkeyPatch, **kinds: str) -> None:
    """Only these views in this build: kind=class of tests/bench_stub_views.py (or of
    ``module:class``)."""
    classes = {}
    for kind, name in kinds.items():
        module, _, cls = name.rpartition(":")
        classes[ViewKind(kind)] = (module or STUBS, cls)
    monkeypatch.setattr(view_switch, "VIEW_CLASSES", classes)


def _rows(rows: list[view_rows.Row]) -> dict[str, view_rows.Row]:
    return {row.id: row for row in rows}


def test_with_the_month_alone_every_view_row_says_not_available(
    ctx: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _views(monkeypatch)
    switched = _rows(
        view_rows.switch_rows(
            {"available": ["month"], "processes": 1, "cases": views.view_switch(ctx)["cases"]},
            enforce=True,
        )
    )
    assert len(switched) == 10  # two windows × five views
    assert {row.note for row in switched.values()} == {view_rows.NOT_AVAILABLE}
    assert all(row.passed is None and row.median is None for row in switched.values())
    assert views.agenda_scroll(ctx) == {"available": False}
    assert view_rows.scroll_row([], 12, enforce=True).note == view_rows.NOT_AVAILABLE

    reads = _rows(view_rows.reads_rows(views.view_reads(ctx), enforce=True))
    assert reads["reads.view.month"].median == 1.0  # the month grid reads each month once
    assert reads["reads.view.month"].passed is True
    assert reads["reads.view.week"].note == view_rows.NOT_AVAILABLE


def test_switching_is_timed_to_the_switched_to_views_paint(
    ctx: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _views(monkeypatch, week="StubWeek")
    raw = views.view_switch(ctx)
    assert raw["available"] == ["month", "week"]
    for case in raw["cases"].values():
        # Two rounds of month → week → month, all from memory.
        assert [s["to"] for s in case["switches"]] == ["week", "month"] * 2
        assert all(0 < s["seconds"] < 10 for s in case["switches"])
        assert case["requests_during_switches"] == 0
    merged = view_rows.merge_switches([raw])
    rows = _rows(view_rows.switch_rows(merged, enforce=False))
    week = rows["view-switch.busy.week"]
    assert week.median is not None and week.details["min"] <= week.median <= week.details["max"]
    assert rows["view-switch.typical.year"].note == view_rows.NOT_AVAILABLE


def test_the_agenda_is_paged_down_until_it_has_loaded_its_months(
    ctx: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _views(monkeypatch, agenda="StubAgenda")
    run = views.agenda_scroll(ctx)
    assert run["available"] is True
    assert run["months_loaded"] >= 4  # November to February
    assert run["first_day"] == TODAY
    assert run["page_steps"] >= 2  # four weeks at first (to Dec 23), four more a step
    assert run["events_loaded"] > 0
    assert run["max_gap_seconds"] > 0
    row = view_rows.scroll_row([run], 4, enforce=False)
    assert row.id == "agenda-scroll" and row.median == run["max_gap_seconds"] * 1000


def test_the_reads_row_checks_each_view_and_a_week_across_two_months(
    ctx: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _views(monkeypatch, week="StubWeek", agenda="StubAgenda")
    raw = views.view_reads(ctx)
    for case in raw["kinds"]["agenda"].values():
        # Its first four weeks cross into December: read once (by the span, not also ahead).
        assert case["most_reads"] == 1, case["repeats"]
        assert "across" not in case  # four weeks are no week
    week = raw["kinds"]["week"]
    for case in week.values():
        assert case["most_reads"] == 1, case["repeats"]
        assert case["steps"] == [
            "open",
            "next",
            "next",
            "previous",
            "to month",
            "back to week",
            "previous",
            "today",
        ]
        across = case["across"]
        assert across["day"] == "2026-11-29"  # Sun 29 Nov – Sat 5 Dec (Korean weeks: Sunday)
        assert across["months"] == ["2026-11", "2026-12"]
        assert set(across["counts"].values()) == {1}  # each department's two months once
    rows = _rows(view_rows.reads_rows(raw, enforce=True))
    assert rows["reads.view.week"].passed is True
    assert rows["reads.view.week.across"].ratio == 1.0
    assert rows["reads.view.week.across"].passed is True
    assert "reads.view.month.across" not in rows  # the month grid shows no week


def test_a_view_that_reads_a_month_twice_fails_the_reads_row(
    ctx: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _views(monkeypatch, week=f"{__name__}:RereadingWeek")
    raw = views.view_reads(ctx)
    case = raw["kinds"]["week"]["typical"]
    assert case["most_reads"] >= 2
    assert case["repeats"]  # which read, after which step
    row = _rows(view_rows.reads_rows(raw, enforce=True))["reads.view.week"]
    assert row.passed is False


def test_a_view_painted_before_its_entries_were_ready_counts_once_they_are(
    qtbot: QtBot,
) -> None:
    """A view that painted while its entries were still arranged, and needs no other paint
    when they arrive (the same entries), is complete when they arrive: not a timeout."""
    view = QListWidget()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    state: dict[str, Any] = {"ready": None}

    def start() -> None:
        view.viewport().update()  # a paint now, before the entries are ready
        QTimer.singleShot(30, lambda: state.update(ready=time.perf_counter()))

    probe = ViewPaints()
    at = probe.until_painted(view, lambda: state["ready"] is not None, start, timeout=5)
    probe.close()
    assert at >= state["ready"]  # not the early paint's time
