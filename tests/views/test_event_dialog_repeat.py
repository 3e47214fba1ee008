"""The event dialog's repeat and "several days" choices: the rule they make, what they say,
what they refuse, and an item of a series shown as such."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.models import Department, Event
from desktop.domain.series import (
    Frequency,
    Link,
    Repeat,
    rule_text,
    with_link,
)
from desktop.views.colors import department_color
from desktop.views.detail_panel import DetailPanel
from desktop.views.event_dialog import EventDialog
from desktop.views.month_model import DayEntry
from desktop.views.repeat_editor import (
    COUNT,
    DAILY,
    MONTHLY_DATE,
    MONTHLY_LAST,
    MONTHLY_NTH,
    NONE,
    UNTIL,
    WEEKDAY,
    WEEKLY,
    YEARLY,
)

KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DEPARTMENTS = [Department("dev", "개발팀"), Department("sales", "영업팀")]
TUESDAY = date(2026, 12, 8)  # the second Tuesday of December 2026
SERIES = "0b7c8f52-1a2b-4c3d-8e9f-0a1b2c3d4e5f"
CATALOGUES = Path(__file__).parents[2] / "resources" / "i18n"


def make(
    qtbot: QtBot, event: Event | None = None, *, day: date = TUESDAY, locale: QLocale = ENGLISH
) -> EventDialog:
    dialog = EventDialog(
        DEPARTMENTS, event, default_date=day, default_department_id="dev", locale=locale
    )
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture(autouse=True)
def discard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Closing a changed dialog asks; the answer is Discard (so teardown never waits)."""
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[QLocale]:
    translator = QTranslator()
    assert translator.load(str(CATALOGUES / "deptcal_ko.qm"))
    qapp.installTranslator(translator)
    yield KOREAN
    qapp.removeTranslator(translator)


def choose(dialog: EventDialog, key: str) -> None:
    combo = dialog.repeat_editor.choice
    row = combo.findData(key)
    assert row >= 0, f"{key} is not offered"
    combo.setCurrentIndex(row)


def end(dialog: EventDialog, key: str) -> None:
    combo = dialog.repeat_editor.end_choice
    combo.setCurrentIndex(combo.findData(key))


def choices(dialog: EventDialog) -> dict[str, str]:
    combo = dialog.repeat_editor.choice
    return {combo.itemData(row): combo.itemText(row) for row in range(combo.count())}


def rrule(dialog: EventDialog) -> str | None:
    repeat = dialog.repeat()
    return None if repeat is None else repeat.rrule(dialog.draft().event_date)


# --- the rule each choice makes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (NONE, None),
        (DAILY, "FREQ=DAILY"),
        (WEEKDAY, "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"),
        (WEEKLY, "FREQ=WEEKLY;BYDAY=TU"),
        (MONTHLY_DATE, "FREQ=MONTHLY"),
        (MONTHLY_NTH, "FREQ=MONTHLY;BYDAY=2TU"),
        (YEARLY, "FREQ=YEARLY"),
    ],
)
def test_each_repeat_choice_makes_its_rule(qtbot: QtBot, key: str, expected: str | None) -> None:
    dialog = make(qtbot)
    choose(dialog, key)
    assert rrule(dialog) == expected
    assert dialog.last_day() is None


def test_a_new_event_does_not_repeat_and_lasts_one_day(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert dialog.repeat() is None
    assert dialog.last_day() is None
    assert not dialog.repeat_editor.ends.isVisibleTo(dialog)
    assert not dialog.span_editor.last_edit.isEnabled()


def test_weekly_starts_on_the_start_day_and_takes_the_days_ticked(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    choose(dialog, WEEKLY)
    assert dialog.repeat_editor.days.isVisibleTo(dialog)
    dialog.repeat_editor.day_boxes[3].click()  # Thursday
    dialog.repeat_editor.day_boxes[0].click()  # Monday
    assert rrule(dialog) == "FREQ=WEEKLY;BYDAY=MO,TU,TH"


def test_the_start_s_day_ticked_follows_the_date_until_days_are_chosen(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    choose(dialog, WEEKLY)
    dialog.date_edit.setDate(date(2026, 12, 10))  # a Thursday
    assert rrule(dialog) == "FREQ=WEEKLY;BYDAY=TH"
    dialog.repeat_editor.day_boxes[4].click()  # Friday too: the user's choice now
    dialog.date_edit.setDate(date(2026, 12, 7))
    assert rrule(dialog) == "FREQ=WEEKLY;BYDAY=TH,FR"


def test_the_ends_make_count_and_until(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    choose(dialog, WEEKLY)
    end(dialog, COUNT)
    dialog.repeat_editor.count_spin.setValue(10)
    assert rrule(dialog) == "FREQ=WEEKLY;BYDAY=TU;COUNT=10"
    assert dialog.repeat() == Repeat(Frequency.WEEKLY, weekdays=(1,), count=10)
    end(dialog, UNTIL)
    dialog.repeat_editor.until_edit.setDate(date(2027, 3, 30))
    assert rrule(dialog) == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330"


# --- the texts follow the start -------------------------------------------------------------------


def test_monthly_texts_follow_the_start(qtbot: QtBot) -> None:
    dialog = make(qtbot)  # the 8th, a second Tuesday
    offered = choices(dialog)
    assert offered[MONTHLY_DATE] == "Monthly on day 8"
    assert offered[MONTHLY_NTH] == "Monthly on the second Tuesday"
    assert MONTHLY_LAST not in offered
    assert offered[YEARLY] == "Yearly on December 8"
    dialog.date_edit.setDate(date(2026, 12, 29))  # the fifth Tuesday, the last one
    offered = choices(dialog)
    assert offered[MONTHLY_DATE] == "Monthly on day 29"
    assert offered[MONTHLY_LAST] == "Monthly on the last Tuesday"
    assert MONTHLY_NTH not in offered  # not every month has a fifth Tuesday


def test_a_fourth_weekday_in_the_last_week_offers_both(qtbot: QtBot) -> None:
    dialog = make(qtbot, day=date(2026, 12, 25))  # the fourth Friday, and the last one
    offered = choices(dialog)
    assert offered[MONTHLY_NTH] == "Monthly on the fourth Friday"
    assert offered[MONTHLY_LAST] == "Monthly on the last Friday"
    choose(dialog, MONTHLY_LAST)
    assert rrule(dialog) == "FREQ=MONTHLY;BYDAY=-1FR"


def test_the_last_weekday_stays_chosen_when_the_start_moves_to_a_last_week(qtbot: QtBot) -> None:
    dialog = make(qtbot, day=date(2026, 12, 29))
    choose(dialog, MONTHLY_LAST)
    dialog.date_edit.setDate(date(2026, 12, 8))  # the second Tuesday: no "last" any more
    assert dialog.repeat_editor.current() == MONTHLY_NTH
    assert rrule(dialog) == "FREQ=MONTHLY;BYDAY=2TU"


def test_korean_choices_and_the_count_of_events(qtbot: QtBot, korean: QLocale) -> None:
    dialog = make(qtbot, locale=korean)
    offered = choices(dialog)
    assert offered[MONTHLY_DATE] == "매월 8일"
    assert offered[MONTHLY_NTH] == "매월 둘째 화요일"
    assert offered[YEARLY] == "매년 12월 8일"
    dialog.date_edit.setDate(date(2026, 12, 29))
    assert choices(dialog)[MONTHLY_LAST] == "매월 마지막 화요일"
    dialog.date_edit.setDate(date(2026, 12, 7))
    choose(dialog, WEEKLY)
    summary = dialog.repeat_editor.summary
    assert summary.isVisibleTo(dialog)
    assert summary.text() == "매주 월요일, 53개 일정"  # to the horizon: a year of Mondays
    assert "12개월" in dialog.repeat_editor.note.text()  # and it can be extended later


def test_the_count_of_events_follows_the_end(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    choose(dialog, WEEKLY)
    assert dialog.repeat_editor.summary.text() == "Weekly on Tuesday: 53 events"
    end(dialog, UNTIL)
    dialog.repeat_editor.until_edit.setDate(date(2026, 12, 22))
    assert dialog.repeat_editor.summary.text() == (
        "Weekly on Tuesday, until December 22, 2026: 3 events"
    )
    assert not dialog.repeat_editor.note.isVisibleTo(dialog)  # no horizon with an end
    end(dialog, COUNT)
    dialog.repeat_editor.count_spin.setValue(1)
    assert dialog.repeat_editor.summary.text() == "Weekly on Tuesday, once"


# --- what is refused ------------------------------------------------------------------------------


def title(dialog: EventDialog) -> None:
    dialog.title_edit.setText("Weekly report")


def test_an_end_date_before_the_start_is_refused_next_to_the_repeat(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    title(dialog)
    choose(dialog, DAILY)
    end(dialog, UNTIL)
    dialog.repeat_editor.until_edit.setDate(date(2026, 12, 1))
    assert dialog.problems()["repeat"] == (
        "The end date is before the start. Choose December 8, 2026 or later."
    )
    assert dialog.error_labels["repeat"].isVisibleTo(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.repeat_editor.until_edit.setDate(date(2026, 12, 8))
    assert dialog.problems()["repeat"] == ""
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize("count", [0, 2001])
def test_a_count_out_of_range_is_refused(qtbot: QtBot, count: int) -> None:
    dialog = make(qtbot)
    title(dialog)
    choose(dialog, WEEKLY)
    end(dialog, COUNT)
    dialog.repeat_editor.count_spin.setValue(count)
    assert dialog.problems()["repeat"] == "Choose between 1 and 2,000 times."
    assert not dialog.save_button.isEnabled()


def test_a_rule_making_too_many_events_is_refused(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    title(dialog)
    choose(dialog, DAILY)
    end(dialog, UNTIL)
    dialog.repeat_editor.until_edit.setDate(date(2032, 12, 31))
    assert dialog.problems()["repeat"] == (
        "This makes more than 2,000 events. Choose an earlier end date or fewer times."
    )
    assert not dialog.save_button.isEnabled()
    choose(dialog, WEEKLY)  # 317 Tuesdays
    assert dialog.problems()["repeat"] == ""
    assert dialog.repeat_editor.summary.text().endswith(": 317 events")


def test_weekly_without_a_day_is_refused(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    title(dialog)
    choose(dialog, WEEKLY)
    dialog.repeat_editor.day_boxes[1].click()  # untick Tuesday
    assert dialog.problems()["repeat"] == "Tick at least one day of the week."
    assert not dialog.save_button.isEnabled()


# --- several days ---------------------------------------------------------------------------------


def test_several_days_gives_the_last_day(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    title(dialog)
    dialog.span_editor.several.click()
    assert dialog.last_day() == date(2026, 12, 9)  # one tick: two days
    dialog.span_editor.last_edit.setDate(date(2026, 12, 10))
    assert dialog.last_day() == date(2026, 12, 10)
    dialog.date_edit.setDate(date(2026, 12, 14))  # the span keeps its length
    assert dialog.last_day() == date(2026, 12, 16)
    dialog.span_editor.several.click()
    assert dialog.last_day() is None


def test_a_last_day_before_the_start_is_refused(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    title(dialog)
    dialog.span_editor.several.click()
    dialog.span_editor.last_edit.setDate(date(2026, 12, 7))
    assert dialog.problems()["last_day"] == (
        "The last day is before the first. Choose December 8, 2026 or later."
    )
    assert not dialog.save_button.isEnabled()


def test_several_days_and_repeat_exclude_each_other_and_say_so(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.span_editor.several.click()
    assert not dialog.repeat_editor.choice.isEnabled()
    assert "does not repeat" in dialog.repeat_editor.note.text()
    assert dialog.repeat_editor.note.isVisibleTo(dialog)
    dialog.span_editor.several.click()
    choose(dialog, WEEKLY)
    assert not dialog.span_editor.several.isEnabled()
    assert "one day each time" in dialog.span_editor.note.text()
    assert dialog.span_editor.note.isVisibleTo(dialog)


def test_a_repeat_chosen_is_a_change_to_discard(qtbot: QtBot, discard: list[str]) -> None:
    dialog = make(qtbot)
    assert not dialog.is_dirty()
    choose(dialog, DAILY)
    assert dialog.is_dirty()
    dialog.reject()
    assert discard == ["Discard your changes?"]


# --- an item of a series or of a multi-day event --------------------------------------------------


def weekly_item() -> Event:
    start = date(2026, 12, 7)
    rule = rule_text(start, Repeat(Frequency.WEEKLY, weekdays=(0, 2, 4), until=date(2027, 12, 6)))
    event = Event("e1", "dev", date(2026, 12, 14), "주간 보고", time="오전 10:00")
    return with_link(event, Link(SERIES, date(2026, 12, 14), rule=rule))


def workshop_day() -> Event:
    event = Event("e2", "dev", date(2026, 12, 8), "워크숍")
    days = (date(2026, 12, 7), date(2026, 12, 9))
    return with_link(event, Link(SERIES, date(2026, 12, 8), days=days))


def test_an_item_of_a_series_shows_how_it_repeats_and_keeps_it(
    qtbot: QtBot, korean: QLocale
) -> None:
    dialog = make(qtbot, weekly_item(), locale=korean)
    editor = dialog.repeat_editor
    assert editor.current() == WEEKLY
    assert not editor.choice.isEnabled()
    assert not editor.days.isEnabled()
    assert [d for d, box in editor.day_boxes.items() if box.isChecked()] == [0, 2, 4]
    assert editor.summary.text() == "매주 월·수·금, 2027년 12월 6일까지 (2026년 12월 7일부터)"
    assert editor.note.text() == (
        "반복 방식을 바꾸려면 이후 일정을 삭제하고 새 반복 일정을 만드세요."
    )
    assert not dialog.span_editor.several.isEnabled()
    assert dialog.repeat() is None  # the series' rule is not changed here
    assert dialog.last_day() is None
    dialog.title_edit.setText("주간 보고 (변경)")
    assert dialog.save_button.isEnabled()
    assert dialog.draft().extra == weekly_item().extra  # the link is kept on saving


def test_a_day_of_a_multi_day_event_shows_its_days(qtbot: QtBot, korean: QLocale) -> None:
    dialog = make(qtbot, workshop_day(), locale=korean)
    span = dialog.span_editor
    assert span.several.isChecked()
    assert not span.several.isEnabled()
    assert not span.last_edit.isEnabled()
    assert span.note.text().startswith("12월 7일–9일 (3일)")
    assert not dialog.repeat_editor.choice.isEnabled()
    assert dialog.last_day() is None
    assert dialog.problems()["last_day"] == ""


def test_the_detail_pane_says_how_a_linked_event_repeats(qtbot: QtBot, korean: QLocale) -> None:
    panel = DetailPanel()
    qtbot.addWidget(panel)
    panel.show_entry(DayEntry(weekly_item(), "개발팀", department_color("dev")), korean)
    assert panel.series.text() == "매주 월·수·금, 2027년 12월 6일까지"
    assert panel.series.textFormat() == Qt.TextFormat.PlainText
    assert panel.series_label.text() == "반복:"
    panel.show_entry(DayEntry(workshop_day(), "개발팀", department_color("dev")), korean)
    assert panel.series.text() == "12월 7일–9일 (3일)"
    assert panel.series_label.text() == "기간:"
    plain = Event("e3", "dev", TUESDAY, "회의")
    panel.show_entry(DayEntry(plain, "개발팀", department_color("dev")), korean)
    assert panel.series.text() == ""
    assert not panel.series.isVisibleTo(panel)
