"""How a repeat and a multi-day span read, in Korean and in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.domain.series import WEEKDAYS, Frequency, Repeat, parse_repeat
from desktop.views.repeat_text import describe, describe_span

KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
MONDAY = date(2026, 12, 7)
TUESDAY = date(2026, 12, 8)  # the second Tuesday of December
CATALOGUES = Path(__file__).parents[2] / "resources" / "i18n"


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[QLocale]:
    translator = QTranslator()
    assert translator.load(str(CATALOGUES / "deptcal_ko.qm"))
    qapp.installTranslator(translator)
    yield KOREAN
    qapp.removeTranslator(translator)


CASES = [
    # (repeat, start, Korean, English)
    (Repeat(Frequency.WEEKLY, weekdays=(0,)), MONDAY, "매주 월요일", "Weekly on Monday"),
    (
        Repeat(Frequency.WEEKLY, weekdays=(4, 0, 2)),
        MONDAY,
        "매주 월·수·금",
        "Weekly on Mon, Wed, Fri",
    ),
    (Repeat(Frequency.DAILY, weekdays=WEEKDAYS), MONDAY, "평일마다", "Every weekday"),
    (Repeat(Frequency.DAILY), MONDAY, "매일", "Daily"),
    (
        Repeat(Frequency.WEEKLY, interval=2, weekdays=(1,)),
        TUESDAY,
        "2주마다 화요일",
        "Every 2 weeks on Tuesday",
    ),
    (Repeat(Frequency.MONTHLY), TUESDAY, "매월 8일", "Monthly on day 8"),
    (
        Repeat(Frequency.MONTHLY, nth=2),
        TUESDAY,
        "매월 둘째 화요일",
        "Monthly on the second Tuesday",
    ),
    (
        Repeat(Frequency.MONTHLY, nth=-1),
        date(2026, 12, 29),
        "매월 마지막 화요일",
        "Monthly on the last Tuesday",
    ),
    (Repeat(Frequency.YEARLY), date(2026, 12, 25), "매년 12월 25일", "Yearly on December 25"),
    (
        Repeat(Frequency.WEEKLY, weekdays=(0,), count=10),
        MONDAY,
        "매주 월요일, 10회",
        "Weekly on Monday, 10 times",
    ),
    (
        Repeat(Frequency.WEEKLY, weekdays=(0,), until=date(2027, 12, 6)),
        MONDAY,
        "매주 월요일, 2027년 12월 6일까지",
        "Weekly on Monday, until December 6, 2027",
    ),
]


@pytest.mark.parametrize(("repeat", "start", "ko", "en"), CASES)
def test_a_repeat_reads_in_korean(
    korean: QLocale, repeat: Repeat, start: date, ko: str, en: str
) -> None:
    assert describe(repeat, start, korean) == ko


@pytest.mark.parametrize(("repeat", "start", "ko", "en"), CASES)
def test_a_repeat_reads_in_english(
    qapp: QApplication, repeat: Repeat, start: date, ko: str, en: str
) -> None:
    assert describe(repeat, start, ENGLISH) == en


def test_once_is_not_one_times(qapp: QApplication) -> None:
    repeat = Repeat(Frequency.DAILY, count=1)
    assert describe(repeat, MONDAY, ENGLISH) == "Daily, once"


def test_a_rule_read_from_the_table_reads_as_written(korean: QLocale) -> None:
    repeat = parse_repeat("DTSTART;VALUE=DATE:20261207\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=10")
    assert repeat is not None
    assert describe(repeat, MONDAY, korean) == "매주 월·수·금, 10회"
    # A weekly rule without days (as other calendars write it) repeats on the start's day.
    plain = parse_repeat("DTSTART;VALUE=DATE:20261207\nRRULE:FREQ=WEEKLY")
    assert plain is not None
    assert describe(plain, MONDAY, korean) == "매주 월요일"


def test_a_rule_with_parts_this_app_does_not_write_says_so(korean: QLocale) -> None:
    repeat = parse_repeat("DTSTART;VALUE=DATE:20261207\nRRULE:FREQ=MONTHLY;BYMONTHDAY=1,15")
    assert repeat is not None
    assert describe(repeat, MONDAY, korean) == "사용자 지정 규칙으로 반복"
    assert describe(repeat, MONDAY, ENGLISH) != "Monthly on day 7"


def test_spans_read_in_both_languages(korean: QLocale) -> None:
    assert describe_span(MONDAY, date(2026, 12, 9), korean) == "12월 7일–9일 (3일)"
    assert describe_span(date(2026, 12, 30), date(2027, 1, 2), korean) == (
        "2026년 12월 30일 – 2027년 1월 2일 (4일)"
    )
    assert describe_span(date(2026, 11, 30), date(2026, 12, 1), korean) == (
        "11월 30일 – 12월 1일 (2일)"
    )


def test_spans_read_in_english(qapp: QApplication) -> None:
    assert describe_span(MONDAY, date(2026, 12, 9), ENGLISH) == "December 7–9 (3 days)"
    assert describe_span(date(2026, 11, 30), date(2026, 12, 1), ENGLISH) == (
        "November 30 – December 1 (2 days)"
    )


def test_a_rule_with_absurd_numbers_from_the_table_does_not_crash(korean: QLocale) -> None:
    text = "DTSTART;VALUE=DATE:20261207\nRRULE:FREQ=DAILY;INTERVAL=99999999999;COUNT=99999999999"
    repeat = parse_repeat(text)
    assert repeat is not None
    assert describe(repeat, MONDAY, korean) == "사용자 지정 규칙으로 반복"
