"""One way of writing times everywhere (View ▸ 24-hour time), and all-day events first."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.settings import AppSettings
from desktop.views.day_dialog import DayDialog
from desktop.views.detail_panel import DetailPanel
from desktop.views.formats import TimeStyle
from desktop.views.month_model import DayEntry, Roles
from desktop.views.month_view import day_layout, entry_tooltip
from desktop.views.window.time_format import HOUR24, locale_uses_24_hour
from tests.views.conftest import ENGLISH, KOREAN, Seeded, WindowFactory

NOV_3 = date(2026, 11, 3)  # the seeded day: 코드 리뷰 at 오전 10:00, 팀 회의 at 오후 2:00


def entry(time_text: str, title: str = "회의") -> DayEntry:
    from PySide6.QtGui import QColor

    return DayEntry(Event(new_id(), "dev", NOV_3, title, time=time_text), "개발팀", QColor("red"))


def when(panel: DetailPanel) -> str:
    """The detail pane's date and time (its first line: the lunar date may follow), without
    the marks that keep table text apart."""
    return panel.when.text().splitlines()[0].replace("\u2068", "").replace("\u2069", "")


@pytest.mark.parametrize(
    ("locale", "hour24"),
    [
        (KOREAN, False),
        (ENGLISH, False),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), True),
        (QLocale(QLocale.Language.French, QLocale.Country.France), True),
    ],
)
def test_the_default_follows_the_locale(locale: QLocale, hour24: bool) -> None:
    assert locale_uses_24_hour(locale) is hour24


def test_labels_tooltips_detail_and_day_list_write_times_the_users_way(qtbot: QtBot) -> None:
    typed = entry("오후 3시 반")
    TimeStyle.set(False, "en_US")
    assert typed.label() == "3:30 PM 회의"
    assert "3:30 PM" in entry_tooltip(typed)
    TimeStyle.set(True, "ko_KR")
    assert typed.label() == "15:30 회의"
    assert "15:30" in entry_tooltip(typed)
    assert "오후 3시 반" not in entry_tooltip(typed)
    panel = DetailPanel()
    qtbot.addWidget(panel)
    panel.show_entry(typed, KOREAN)
    assert when(panel).endswith("15:30")
    dialog = DayDialog(NOV_3, [typed, entry("오전 중", "점검")], KOREAN)
    qtbot.addWidget(dialog)
    times = [dialog.list.topLevelItem(row).text(DayDialog.TIME_COLUMN) for row in range(2)]
    assert times == ["15:30", "오전 중"]  # text that is not a time as typed
    # The stored text is never rewritten.
    assert typed.event.time == "오후 3시 반"


def test_the_english_ui_never_shows_a_korean_time(qtbot: QtBot) -> None:
    TimeStyle.set(False, "en_US")
    panel = DetailPanel()
    qtbot.addWidget(panel)
    panel.show_entry(entry("오전 8:30"), ENGLISH)
    assert when(panel) == "Tuesday, November 3, 2026  8:30 AM"
    TimeStyle.set(False, "ko_KR")
    panel.show_entry(entry("8:30 AM"), KOREAN)
    assert when(panel).endswith("오전 8:30")


def test_the_24_hour_choice_repaints_every_open_place_and_is_remembered(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, app_settings: AppSettings
) -> None:
    window = make_window(locale=KOREAN)
    window.finish_building()
    action = window.window_actions.hour24_action
    assert action.isCheckable() and not action.isChecked()  # ko_KR writes 오후 2:00
    assert action in window.window_actions.view_menu.actions()
    entries = window.model.entries_on(NOV_3)
    assert [e.label() for e in entries] == ["오전 10:00 코드 리뷰", "오후 2:00 팀 회의"]
    window.month_view.select_entry(entries[1])
    assert when(window.detail).endswith("오후 2:00")
    window.open_day(NOV_3)
    day_list = window.dialogs.day_dialog
    assert day_list is not None
    qtbot.waitUntil(day_list.isVisible)
    assert day_list.list.topLevelItem(1).text(DayDialog.TIME_COLUMN) == "오후 2:00"

    with qtbot.waitSignal(window.model.dataChanged):
        action.trigger()

    assert action.isChecked()
    index = window.model.index_of(NOV_3)
    shown = window.model.data(index, Roles.ENTRIES)
    assert [e.label() for e in shown] == ["10:00 코드 리뷰", "14:00 팀 회의"]
    assert when(window.detail).endswith("14:00")
    assert day_list.list.topLevelItem(1).text(DayDialog.TIME_COLUMN) == "14:00"
    assert seeded.meeting.time == "오후 2:00"  # nothing stored is rewritten
    assert app_settings.get(HOUR24) == "24"
    day_list.close()
    window.close()

    again = make_window(locale=KOREAN)
    assert again.window_actions.hour24_action.isChecked()
    assert [e.label() for e in again.model.entries_on(NOV_3)][1] == "14:00 팀 회의"


def test_an_all_day_event_on_a_busy_day_is_the_first_one_shown(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory
) -> None:
    day = date(2026, 11, 18)
    for hour in range(8, 21):
        store.create_event(
            Event(new_id(), seeded.development.id, day, f"일정 {hour}", time=f"{hour}:00")
        )
    store.create_event(Event(new_id(), seeded.development.id, day, "워크숍", time="종일"))
    window = make_window()
    view = window.month_view
    index = window.model.index_of(day)
    entries = window.model.data(index, Roles.ENTRIES)
    assert len(entries) == 14
    assert entries[0].event.title == "워크숍"
    assert [e.event.title for e in entries[1:]] == [f"일정 {hour}" for hour in range(8, 21)]
    layout = day_layout(view.visualRect(index), len(entries), view.fontMetrics())
    assert layout.more_count > 0  # the day is crowded …
    first: QPoint = layout.lines[0].center()
    assert view.entry_at(first) is entries[0]  # … and the all-day event is shown, first
    assert window.model.entries_on(day)[0].event.title == "워크숍"  # the day list's order too
