"""Go to date's typed dates, Korean and English, against a fixed today (Thursday 3 Dec 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.typed_dates import parse_typed_date

TODAY = date(2026, 12, 3)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-25", date(2026, 12, 25)),
        ("2026.12.25", date(2026, 12, 25)),
        ("2026. 12. 25.", date(2026, 12, 25)),
        ("2027/1/5", date(2027, 1, 5)),
        ("12/25", date(2026, 12, 25)),
        ("3.1", date(2026, 3, 1)),
        ("12월 25일", date(2026, 12, 25)),
        ("2027년 1월 2일", date(2027, 1, 2)),
        ("25일", date(2026, 12, 25)),
        ("  25 일 ", date(2026, 12, 25)),
        ("오늘", TODAY),
        ("내일", date(2026, 12, 4)),
        ("모레", date(2026, 12, 5)),
        ("어제", date(2026, 12, 2)),
        ("이번 주 금요일", date(2026, 12, 4)),
        ("이번 주 월요일", date(2026, 11, 30)),
        ("다음 주 금요일", date(2026, 12, 11)),
        ("다음주 월요일", date(2026, 12, 7)),
        ("지난주 금요일", date(2026, 11, 27)),
        ("금요일", date(2026, 12, 4)),
        ("수요일", date(2026, 12, 9)),
        ("목요일", TODAY),
    ],
)
def test_korean_and_numeric_dates(text: str, expected: date) -> None:
    assert parse_typed_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", TODAY),
        ("Tomorrow", date(2026, 12, 4)),
        ("yesterday", date(2026, 12, 2)),
        ("next friday", date(2026, 12, 11)),
        ("this Friday", date(2026, 12, 4)),
        ("last monday", date(2026, 11, 23)),
        ("friday", date(2026, 12, 4)),
        ("tue", date(2026, 12, 8)),
        ("dec 25", date(2026, 12, 25)),
        ("December 25", date(2026, 12, 25)),
        ("Dec. 25, 2027", date(2027, 12, 25)),
        ("25 dec", date(2026, 12, 25)),
        ("jan 1st", date(2026, 1, 1)),
    ],
)
def test_english_dates(text: str, expected: date) -> None:
    assert parse_typed_date(text, TODAY) == expected


def test_a_date_without_year_follows_today() -> None:
    assert parse_typed_date("12/25", date(2030, 6, 1)) == date(2030, 12, 25)
    assert parse_typed_date("25일", date(2030, 6, 1)) == date(2030, 6, 25)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "2026-02-30",
        "13/1",
        "32일",
        "2월 30일",
        "회의",
        "월",
        "일",
        "next",
        "de 25",
        "feb 30",
        "someday",
        "2026-12",
    ],
)
def test_text_that_names_no_date(text: str) -> None:
    assert parse_typed_date(text, TODAY) is None
