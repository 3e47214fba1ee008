"""Reminders in the window, with the clock moved by the test: a reminder fires at its moment
naming time, title and department; a click opens the event and the panel; Snooze and Dismiss;
missed reminders come together once; another client's delete or move is followed; the event
dialog's own choice and a department's default win in that order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
import time_machine
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.data import reminder_store
from desktop.data.store import DynamoStore
from desktop.domain.display import FSI, PDI
from desktop.domain.models import Event, new_id
from desktop.views.main_window import MainWindow
from desktop.views.reminder_settings import ReminderSettingsDialog
from tests.views.conftest import ENGLISH, Seeded, WindowFactory

DAY = date(2026, 11, 3)


def local(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


@pytest.fixture
def clock() -> Iterator[time_machine.Coordinates]:
    """The wall clock on the seeded day, before the meeting (오후 2:00), still ticking."""
    with time_machine.travel(local(13, 45), tick=True) as traveller:
        yield traveller


def plain(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def notifications(window: MainWindow) -> list[tuple[str, str]]:
    return [(plain(n.title), plain(n.body)) for n in window.notifier.shown]


def ready(window: MainWindow, qtbot: QtBot, *titles: str) -> None:
    """The reminders' clock knows the saved states and the coming events (these titles)."""
    clock = window.reminders.clock

    def known() -> bool:
        return clock.ready and {e.title for e in clock.events or []} >= set(titles)

    qtbot.waitUntil(known, timeout=10_000)


def tick(window: MainWindow, traveller: time_machine.Coordinates, hour: int, minute: int) -> None:
    """The wall clock reaches ``hour:minute`` and the reminders' timer wakes."""
    traveller.move_to(local(hour, minute))
    window.reminders.clock.timer.timeout.emit()


def test_a_reminder_fires_naming_time_title_and_department_and_a_click_opens_the_event(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, clock: time_machine.Coordinates
) -> None:
    window = make_window()
    ready(window, qtbot, "팀 회의", "코드 리뷰")
    # 코드 리뷰 (오전 10:00) was due before the start: shown alone, as it is one.
    assert notifications(window) == [("오전 10:00 코드 리뷰 · 개발팀", "Today")]
    tick(window, clock, 13, 49)
    assert len(window.notifier.shown) == 1
    tick(window, clock, 13, 50)
    assert notifications(window)[-1] == ("오후 2:00 팀 회의 · 개발팀", "Starts in 10 minutes")

    window.notifier.tray.messageClicked.emit()  # the user clicks the notification
    panel = window.reminders.panel
    assert panel is not None and panel.isVisible()
    assert [due.event.title for due in panel.selected()] == ["팀 회의"]
    selected = window.active_view.selected_entry
    assert selected is not None and selected.event.id == seeded.meeting.id

    panel.snooze_buttons[5].click()
    assert [due.event.title for due in panel.reminders] == ["코드 리뷰"]
    tick(window, clock, 13, 54)
    assert len(window.notifier.shown) == 2
    tick(window, clock, 13, 55)  # five minutes later: again
    assert notifications(window)[-1][0] == "오후 2:00 팀 회의 · 개발팀"
    panel.dismiss_all_button.click()
    assert panel.reminders == []
    for minute in (56, 59):
        tick(window, clock, 14, minute)
    assert len(window.notifier.shown) == 3


def test_after_a_late_start_three_missed_reminders_come_in_one_notification_once(
    store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    development = store.create_department("개발팀", "")
    for hour in (9, 10, 11):
        store.create_event(Event(new_id(), development.id, DAY, f"회의 {hour}", time=f"{hour}:00"))
    with time_machine.travel(local(12, 30), tick=True):
        window = make_window()
        ready(window, qtbot, "회의 9", "회의 10", "회의 11")
        qtbot.waitUntil(lambda: bool(window.notifier.shown))
        title, body = notifications(window)[0]
        assert title == "3 missed reminders"
        assert body.splitlines() == [
            "오전 9:00 회의 9 · 개발팀",
            "오전 10:00 회의 10 · 개발팀",
            "오전 11:00 회의 11 · 개발팀",
        ]
        panel = window.reminders.panel  # without a system tray the panel shows them
        assert panel is not None and panel.isVisible() and len(panel.reminders) == 3
        window.reminders.reload_events()
        window.reminders.clock.check()
        assert len(window.notifier.shown) == 1

        panel.dismiss_all_button.click()
        # What was dismissed is read back as dismissed (as at the next start).
        window.reminders._cache_ready()
        qtbot.waitUntil(lambda: window.reminders.clock.ready)
        window.reminders.clock.check()
        assert len(window.notifier.shown) == 1 and panel.reminders == []


def test_an_event_deleted_by_another_client_before_its_reminder_never_reminds(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    clock: time_machine.Coordinates,
) -> None:
    window = make_window()
    ready(window, qtbot, "팀 회의")
    store.delete_event(seeded.meeting)
    window.refresh()
    qtbot.waitUntil(
        lambda: "팀 회의" not in {e.title for e in window.reminders.clock.events or []},
        timeout=10_000,
    )
    shown = len(window.notifier.shown)
    tick(window, clock, 13, 50)
    assert len(window.notifier.shown) == shown


def test_an_event_moved_by_another_client_reminds_at_its_new_time(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    clock: time_machine.Coordinates,
) -> None:
    window = make_window()
    ready(window, qtbot, "팀 회의")
    store.update_event(seeded.meeting, seeded.meeting.with_changes(time="오후 4:00"))
    window.refresh()
    qtbot.waitUntil(
        lambda: any(e.time == "오후 4:00" for e in window.reminders.clock.events or []),
        timeout=10_000,
    )
    shown = len(window.notifier.shown)
    tick(window, clock, 13, 50)
    assert len(window.notifier.shown) == shown
    tick(window, clock, 15, 50)
    assert notifications(window)[-1][0] == "오후 4:00 팀 회의 · 개발팀"


def test_the_events_own_reminder_wins_over_its_departments_default(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    with time_machine.travel(local(12, 30), tick=True) as traveller:
        window = make_window(locale=ENGLISH)
        ready(window, qtbot, "팀 회의")
        shown = len(window.notifier.shown)  # 코드 리뷰's, missed

        # The department's default: 1 hour before (View ▸ Reminders…).
        window.reminders.open_settings()
        settings = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, ReminderSettingsDialog)
        )
        timed, _all_day = settings.department_combos[seeded.development.id]
        timed.set_rule(60)
        settings.accept()
        tick(window, traveller, 12, 59)
        assert len(window.notifier.shown) == shown
        tick(window, traveller, 13, 0)
        assert notifications(window)[shown:] == [
            ("2:00 PM 팀 회의 · 개발팀", "Starts in 60 minutes")
        ]

        # The event's own: 5 minutes before, chosen in its event dialog.
        entry = next(e for e in window.active_view.entries_on(DAY) if e.event.title == "팀 회의")
        window.edit_event(entry)
        dialog = window.editing.editor
        assert dialog is not None
        combo = dialog.reminder_combo
        assert combo.currentText() == "Default (1 hour before)"
        combo.set_rule(5)
        dialog.save_button.click()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert window.service.pending == []  # nothing to send: reminders are this computer's
        cache = window.service.cache
        assert cache is not None
        key = (seeded.meeting.id, seeded.development.id)
        qtbot.waitUntil(lambda: reminder_store.load(cache).choices == {key: 5})
        tick(window, traveller, 13, 54)
        assert len(window.notifier.shown) == shown + 1
        tick(window, traveller, 13, 55)
        assert notifications(window)[-1] == ("2:00 PM 팀 회의 · 개발팀", "Starts in 5 minutes")


def test_an_unreadable_time_reminds_at_9_on_the_day(
    store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    development = store.create_department("개발팀", "")
    store.create_event(Event(new_id(), development.id, DAY, "점심 후 산책", time="점심 후"))
    with time_machine.travel(local(8, 30), tick=True) as traveller:
        window = make_window()
        ready(window, qtbot, "점심 후 산책")
        tick(window, traveller, 8, 59)
        assert window.notifier.shown == []
        tick(window, traveller, 9, 0)
        assert notifications(window) == [("점심 후 점심 후 산책 · 개발팀", "Today")]


def test_a_hostile_title_is_plain_text_in_the_notification_and_the_panel(
    store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    development = store.create_department("개발팀", "")
    event = store.create_event(Event(new_id(), development.id, DAY, "임시", time="오후 2:00"))
    # As another writer may store it: markup, an override, newlines, 10,000 characters.
    hostile = ("<img src=/dev/zero>\u202e" + "회의\n<b>x</b>" * 2000)[:10_000]
    key = {"id": {"S": event.id}, "department_id": {"S": development.id}}
    table = store.settings.events_table
    item = store.client.get_item(TableName=table, Key=key)["Item"]
    store.client.put_item(TableName=table, Item={**item, "title": {"S": hostile}})
    with time_machine.travel(local(13, 50), tick=True):
        window = make_window()
        qtbot.waitUntil(lambda: bool(window.notifier.shown), timeout=10_000)
        [notification] = window.notifier.shown
        assert "\n" not in notification.title and len(notification.title) <= 120
        assert notification.title.startswith(f"{FSI}오후 2:00 <img src=/dev/zero>\u202e회의 <b>x")
        assert notification.title.endswith(f"…{PDI} · {FSI}개발팀{PDI}")  # the override kept inside
        panel = window.reminders.panel
        assert panel is not None
        line = panel.list.item(0).text()
        assert line.count("\n") == 1  # the title on one line, then the day
        assert len(line) < 300
        assert line.split("\n")[0] == notification.title
        assert panel.width() < 1000


def test_a_new_weekly_series_keeps_its_reminder_choice_for_every_occurrence(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    from desktop.domain.series import Frequency

    with time_machine.travel(local(9, 0), tick=True):
        window = make_window(locale=ENGLISH)
        ready(window, qtbot)
        window.editing.new_event(DAY, seeded.development.id)
        dialog = window.editing.editor
        assert dialog is not None
        dialog.title_edit.setText("주간 보고")
        dialog.time_combo.set_text("10:00")
        editor = dialog.repeat_editor
        editor.choice.setCurrentIndex(editor.choice.findData("weekly"))
        editor.end_choice.setCurrentIndex(editor.end_choice.findData("count"))
        editor.count_spin.setValue(3)
        repeat = dialog.repeat()
        assert repeat is not None and repeat.frequency is Frequency.WEEKLY
        dialog.reminder_combo.set_rule(30)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: len(dialog.made) == 3)
        cache = window.service.cache
        assert cache is not None
        keys = {(e.id, e.department_id) for e in dialog.made}
        qtbot.waitUntil(lambda: reminder_store.load(cache).choices == dict.fromkeys(keys, 30))
