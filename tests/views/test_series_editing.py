"""Repeating and multi-day events from the window: made whole, sent paced with progress and
Cancel, edited and deleted by scope (this one, this and following, all), extended."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.data.pacing import Pace
from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.domain.series import (
    Frequency,
    Repeat,
    link_of,
    new_series_id,
    occurrence_days,
    occurrences,
    rule_text,
)
from desktop.views.event_dialog import EventDialog
from desktop.views.main_window import MainWindow
from desktop.views.month_model import DayEntry
from desktop.views.scope_dialog import ScopeDialog
from tests.views.conftest import ENGLISH, Seeded, WindowFactory

# The offscreen platform says this of every dialog that lays itself out again.
pytestmark = [
    pytest.mark.server,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

MONDAY = date(2026, 11, 2)
YEARS = (date(2026, 1, 1), date(2028, 12, 31))


def in_table(store: DynamoStore, department_id: str, title: str | None = None) -> list[Event]:
    events = store.events_between(department_id, *YEARS).events
    return [e for e in events if title is None or e.title == title]


def fast(window: MainWindow) -> None:
    """Sends go as fast as the test server takes them (pacing has tests of its own)."""
    window.service.pace = Pace(100_000.0)


def open_new(window: MainWindow, qtbot: QtBot, day: date) -> EventDialog:
    window.editing.new_event(day)
    qtbot.waitUntil(lambda: isinstance(window.editing.editor, EventDialog))
    dialog = window.editing.editor
    assert isinstance(dialog, EventDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def closed(dialog: object) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # type: ignore[attr-defined]


def seed_series(store: DynamoStore, department_id: str, repeat: Repeat, title: str) -> list[Event]:
    rule = rule_text(MONDAY, repeat)
    base = Event(new_id(), department_id, MONDAY, title, time="오전 9:00")
    items = occurrences(base, rule, new_series_id(), occurrence_days(rule))
    return [store.create_event(item) for item in items]


def entry_on(window: MainWindow, day: date, title: str) -> DayEntry:
    return next(e for e in window.model.entries_on(day) if e.event.title == title)


def choose(window: MainWindow, qtbot: QtBot, button: str) -> ScopeDialog:
    qtbot.waitUntil(lambda: window.editing.series.scope_dialog is not None)
    dialog = window.editing.series.scope_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    found = dialog.findChild(type(dialog.cancel_button), button)
    assert found is not None
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)
    return dialog


def test_a_weekly_series_from_the_dialog_is_written_whole_shown_at_once_and_undone_whole(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    dialog = open_new(window, qtbot, MONDAY)
    dialog.title_edit.setText("주간 보고")
    dialog.repeat = lambda: Repeat(Frequency.WEEKLY, weekdays=(0,), count=5)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    mondays = [date(2026, 11, d) for d in (2, 9, 16, 23, 30)]
    for day in mondays:
        assert "주간 보고" in [e.event.title for e in window.model.entries_on(day)]
    qtbot.waitUntil(lambda: len(in_table(store, seeded.development.id, "주간 보고")) == 5)
    written = in_table(store, seeded.development.id, "주간 보고")
    assert sorted(e.event_date for e in written) == mondays
    assert len({link.series_id for e in written if (link := link_of(e))}) == 1
    assert window.service.pace.rate == 10.0  # read from the table (the guide's 10 units)
    assert window.status_message.text() == "Saved “\u2068주간 보고\u2069”: 5 events."

    qtbot.waitUntil(lambda: window.service.pending == [])
    window.status_area.run_undo()
    # Taken out of the views at once (before the table answers).
    assert all(
        "주간 보고" not in [e.event.title for e in window.model.entries_on(d)] for d in mondays
    )
    qtbot.waitUntil(lambda: in_table(store, seeded.development.id, "주간 보고") == [])


def test_an_event_over_three_days_is_three_linked_items(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    fast(window)
    dialog = open_new(window, qtbot, date(2026, 11, 10))
    dialog.title_edit.setText("워크숍")
    dialog.last_day = lambda: date(2026, 11, 12)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(in_table(store, seeded.development.id, "워크숍")) == 3)
    links = [link_of(e) for e in in_table(store, seeded.development.id, "워크숍")]
    assert all(link and link.days == (date(2026, 11, 10), date(2026, 11, 12)) for link in links)


class FrozenClock:
    def __call__(self) -> float:
        return 50.0


def test_a_long_series_shows_progress_and_cancel_says_what_was_saved(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    # A 10-unit table and a clock that stands still: ten writes go, the rest wait their turn.
    window.service.pace = Pace(10.0, FrozenClock())
    dialog = open_new(window, qtbot, date(2026, 11, 1))
    dialog.title_edit.setText("당직")
    dialog.repeat = lambda: Repeat(Frequency.DAILY, count=30)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    label = window.status_area.progress_label
    qtbot.waitUntil(lambda: label.text() == "Saving repeating events… 10 of 30")
    assert window.status_area.cancel_button.isVisible()
    assert len(in_table(store, seeded.development.id, "당직")) == 10

    qtbot.mouseClick(window.status_area.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.status_message.text()
            == "“\u2068당직\u2069”: 10 of 30 events were saved; the other 20 were not."
        )
    )
    assert not label.isVisible()
    assert not window.status_area.cancel_button.isVisible()
    assert window.service.pending == []
    shown = [e for e in window.model.all_entries() if e.event.title == "당직"]
    assert len(shown) == 10  # the views show what is in the table
    assert len(in_table(store, seeded.development.id, "당직")) == 10


def test_deleting_this_and_following_keeps_the_earlier_and_never_brings_them_back(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    every_four_weeks = Repeat(Frequency.WEEKLY, interval=4, weekdays=(0,))
    items = seed_series(store, seeded.development.id, every_four_weeks, "주간 보고")
    assert len(items) == 14  # a year ahead: 2026-11-02, 2026-11-30, … 2027-11-01
    window = make_window(locale=ENGLISH)
    fast(window)
    window.editing.delete_event(entry_on(window, date(2026, 11, 30), "주간 보고"))
    dialog = choose(window, qtbot, "scope-following")
    assert "repeats" in dialog.findChildren(type(window.status_message))[0].text()
    # Found on a worker, then gone from the view before the table answers.
    qtbot.waitUntil(lambda: window.model.entries_on(date(2026, 11, 30)) == [])
    qtbot.waitUntil(
        lambda: (
            [e.event_date for e in in_table(store, seeded.development.id, "주간 보고")] == [MONDAY]
        )
    )
    # Extending from what is left writes the following year, never the deleted days.
    window.editing.series.extend(entry_on(window, MONDAY, "주간 보고"))
    rule = rule_text(MONDAY, every_four_weeks)
    expected = occurrence_days(rule, after=date(2027, 11, 1), through=date(2028, 11, 1))
    qtbot.waitUntil(
        lambda: (
            sorted(e.event_date for e in in_table(store, seeded.development.id, "주간 보고"))
            == [MONDAY, *expected]
        )
    )
    assert expected[0] == date(2027, 11, 29)


def test_deleting_one_occurrence_leaves_the_others(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    seed_series(
        store, seeded.development.id, Repeat(Frequency.WEEKLY, weekdays=(0,), count=4), "회의"
    )
    window = make_window()
    fast(window)
    window.editing.delete_event(entry_on(window, date(2026, 11, 9), "회의"))
    choose(window, qtbot, "scope-one")
    qtbot.waitUntil(lambda: len(in_table(store, seeded.development.id, "회의")) == 3)


def test_editing_all_changes_every_occurrence_and_keeps_their_days(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    seed_series(
        store, seeded.development.id, Repeat(Frequency.WEEKLY, weekdays=(0,), count=4), "회의"
    )
    window = make_window()
    fast(window)
    window.editing.edit_event(entry_on(window, date(2026, 11, 16), "회의"))
    qtbot.waitUntil(lambda: isinstance(window.editing.editor, EventDialog))
    dialog = window.editing.editor
    assert isinstance(dialog, EventDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.title_edit.setText("주간 회의")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    choose(window, qtbot, "scope-all")
    qtbot.waitUntil(lambda: closed(dialog))
    qtbot.waitUntil(lambda: len(in_table(store, seeded.development.id, "주간 회의")) == 4)
    days = sorted(e.event_date for e in in_table(store, seeded.development.id, "주간 회의"))
    assert days == [date(2026, 11, d) for d in (2, 9, 16, 23)]
    assert all(e.time == "오전 9:00" for e in in_table(store, seeded.development.id, "주간 회의"))

    window.status_area.run_undo()
    qtbot.waitUntil(lambda: len(in_table(store, seeded.development.id, "회의")) == 4)


def test_the_menu_of_an_open_ended_series_offers_to_extend_it(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    seed_series(store, seeded.development.id, Repeat(Frequency.WEEKLY, weekdays=(0,)), "주간 보고")
    seed_series(store, seeded.sales.id, Repeat(Frequency.WEEKLY, weekdays=(0,), count=3), "끝")
    window = make_window(locale=ENGLISH)
    menu = window.event_menus.build(MONDAY, entry_on(window, MONDAY, "주간 보고"), window)
    extend = next(a for a in menu.actions() if a.objectName() == "extend")
    assert extend.text() == "Repeat for 12 more months"
    meeting = next(e for e in window.model.all_entries() if e.event.title == "팀 회의")
    plain = window.event_menus.build(meeting.event.event_date, meeting, window)
    assert "extend" not in [a.objectName() for a in plain.actions()]


def test_a_hostile_title_in_the_scope_question_stays_plain_and_short(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    hostile = "<img src=x onerror=alert(1)>\u202e" + "가" * 10_000 + "\n끝"
    seed_series(
        store,
        seeded.development.id,
        Repeat(Frequency.WEEKLY, weekdays=(0,), count=2),
        hostile[:200],
    )
    window = make_window()
    entry = next(e for e in window.model.entries_on(MONDAY) if e.event.title.startswith("<img"))
    window.editing.delete_event(entry)
    qtbot.waitUntil(lambda: window.editing.series.scope_dialog is not None)
    dialog = window.editing.series.scope_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    label = dialog.findChildren(type(window.status_message))[0]
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "<img" in label.text()
    assert dialog.width() < 1000
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    assert len(in_table(store, seeded.development.id)) == 2 + 2  # nothing deleted
