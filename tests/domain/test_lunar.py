"""The lunar calendar: known Korean dates (설날, 추석, 부처님오신날), leap months, the range."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.lunar import (
    LunarDate,
    full_text,
    leap_month,
    lunar_days,
    lunar_of,
    short_text,
    solar_of,
    yearly_day,
)

SEOLLAL = [date(2024, 2, 10), date(2025, 1, 29), date(2026, 2, 17)]
CHUSEOK = [date(2024, 9, 17), date(2025, 10, 6), date(2026, 9, 25)]
BUDDHA = [date(2024, 5, 15), date(2025, 5, 5), date(2026, 5, 24)]


@pytest.mark.parametrize("day", SEOLLAL)
def test_seollal_is_the_first_day_of_the_first_month(day: date) -> None:
    assert lunar_of(day) == LunarDate(day.year, 1, 1)
    assert solar_of(day.year, 1, 1) == day


@pytest.mark.parametrize("day", CHUSEOK)
def test_chuseok_is_the_fifteenth_of_the_eighth_month(day: date) -> None:
    assert lunar_of(day) == LunarDate(day.year, 8, 15)
    assert solar_of(day.year, 8, 15) == day


@pytest.mark.parametrize("day", BUDDHA)
def test_buddhas_birthday_is_the_eighth_of_the_fourth_month(day: date) -> None:
    assert lunar_of(day) == LunarDate(day.year, 4, 8)
    assert solar_of(day.year, 4, 8) == day


def test_leap_months_of_2023_and_2025() -> None:
    assert lunar_of(date(2023, 3, 22)) == LunarDate(2023, 2, 1, leap=True)
    assert lunar_of(date(2023, 3, 21)) == LunarDate(2023, 2, 30)  # the regular 2nd month's end
    assert lunar_of(date(2025, 7, 25)) == LunarDate(2025, 6, 1, leap=True)
    assert solar_of(2025, 6, 1, leap=True) == date(2025, 7, 25)
    assert solar_of(2025, 6, 1) == date(2025, 6, 25)
    assert leap_month(2023) == 2
    assert leap_month(2025) == 6
    assert leap_month(2026) is None


def test_dates_that_do_not_exist() -> None:
    assert solar_of(2024, 2, 1, leap=True) is None  # 2024 has no 윤2월
    assert solar_of(2026, 2, 30) is None  # 2026's 2nd month has 29 days
    assert solar_of(2026, 13, 1) is None
    assert lunar_of(date(2051, 1, 1)) is None  # beyond the tables: nothing guessed
    assert lunar_of(date(999, 1, 1)) is None


def test_a_yearly_date_falls_on_the_regular_month_and_the_29th_when_there_is_no_30th() -> None:
    assert yearly_day(2026, 2, 30) == date(2026, 4, 16)  # 2026-02-29 lunar
    assert lunar_of(date(2026, 4, 16)) == LunarDate(2026, 2, 29)
    assert yearly_day(2026, 1, 30) == solar_of(2026, 1, 30)
    assert yearly_day(2025, 6, 1) == date(2025, 6, 25)  # not the leap 6th month


def test_texts() -> None:
    assert short_text(LunarDate(2026, 8, 15)) == "음 8.15"
    assert short_text(LunarDate(2025, 4, 3, leap=True)) == "윤 4.3"
    assert full_text(LunarDate(2026, 8, 15)) == "음력 2026년 8월 15일"
    assert full_text(LunarDate(2023, 2, 1, leap=True)) == "음력 2023년 윤2월 1일"


def test_counting_days_on_gives_what_converting_each_day_gives() -> None:
    first = date(2023, 1, 1)  # across 2023's leap 2nd month and the year's end
    days = [first + timedelta(days=i) for i in range(800)]
    assert lunar_days(first, 800) == [lunar_of(day) for day in days]
    assert lunar_days(date(2050, 12, 20), 20)[-1] is None  # beyond the tables
