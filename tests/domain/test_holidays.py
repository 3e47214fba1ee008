"""Public holidays: Korea's lunar and substitute holidays, languages, locales, countries."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from desktop.domain.holidays import (
    clear_cache,
    country_for_locale,
    holiday_names,
    supported_countries,
    supported_languages,
)


def test_seollal_2026_is_three_days_in_korean() -> None:
    names = holiday_names("KR", [2026], "ko")
    assert names[date(2026, 2, 16)] == "설날 전날"
    assert names[date(2026, 2, 17)] == "설날"
    assert names[date(2026, 2, 18)] == "설날 다음날"


def test_chuseok_2026_is_three_days_in_korean() -> None:
    names = holiday_names("KR", [2026], "ko")
    assert names[date(2026, 9, 24)] == "추석 전날"
    assert names[date(2026, 9, 25)] == "추석"
    assert names[date(2026, 9, 26)] == "추석 다음날"


@pytest.mark.parametrize(
    ("day", "holiday"),
    [
        # 삼일절 2026 is a Sunday: Monday March 2 is its substitute.
        (date(2026, 3, 2), "삼일절"),
        # 추석 2025 (Oct 5–7) overlaps Sunday Oct 5: Wednesday Oct 8 is the substitute.
        (date(2025, 10, 8), "추석"),
        # 광복절 2026 is a Saturday.
        (date(2026, 8, 17), "광복절"),
        # 부처님오신날 2026 is a Sunday.
        (date(2026, 5, 25), "부처님오신날"),
    ],
)
def test_substitute_holidays(day: date, holiday: str) -> None:
    name = holiday_names("KR", [day.year], "ko")[day]
    assert holiday in name
    assert "대체" in name


def test_no_substitute_when_not_needed() -> None:
    names = holiday_names("KR", [2026], "ko")
    assert date(2026, 9, 28) not in names  # Chuseok 2026 ends on a Saturday: no substitute
    assert date(2026, 3, 3) not in names


def test_several_holidays_on_one_day_are_joined_with_a_comma() -> None:
    names = holiday_names("KR", [2025], "ko")
    # 2025-05-05 is both 어린이날 and 부처님오신날, and so is its substitute day.
    assert sorted(names[date(2025, 5, 5)].split(", ")) == sorted(["부처님오신날", "어린이날"])
    assert names[date(2025, 5, 6)].count(", ") == 1
    assert ";" not in names[date(2025, 5, 6)]


@pytest.mark.parametrize("language", ["en_US", "en", "en-US"])
def test_english_names(language: str) -> None:
    names = holiday_names("KR", [2026], language)
    assert names[date(2026, 2, 17)] == "Korean New Year"
    assert names[date(2026, 9, 25)] == "Chuseok"
    assert "Alternative" in names[date(2026, 3, 2)]


@pytest.mark.parametrize("language", ["", "ko_KR", "fr", "zz"])
def test_default_or_unsupported_language_falls_back_to_the_country_default(
    language: str,
) -> None:
    assert holiday_names("KR", [2026], language)[date(2026, 2, 17)] == "설날"


def test_unsupported_language_elsewhere_gives_the_default_names() -> None:
    names = holiday_names("US", [2026], "ko")
    assert names[date(2026, 7, 4)] == "Independence Day"
    assert names[date(2026, 11, 26)] == "Thanksgiving Day"


def test_several_years() -> None:
    names = holiday_names("KR", [2025, 2026, 2026], "ko")
    assert names[date(2025, 1, 29)] == "설날"
    assert names[date(2026, 2, 17)] == "설날"
    assert all(day.year in (2025, 2026) for day in names)


@pytest.mark.parametrize("country", ["", "  ", "ZZ", "XX"])
def test_no_or_unknown_country_is_empty(country: str) -> None:
    assert holiday_names(country, [2026], "ko") == {}


def test_lowercase_country_code() -> None:
    assert holiday_names("kr", [2026], "ko")[date(2026, 2, 17)] == "설날"


def test_no_years_is_empty() -> None:
    assert holiday_names("KR", [], "ko") == {}


def test_results_are_copies() -> None:
    first = holiday_names("KR", [2026], "ko")
    first[date(2026, 2, 17)] = "changed"
    first.clear()
    assert holiday_names("KR", [2026], "ko")[date(2026, 2, 17)] == "설날"


def test_threads_agree() -> None:
    clear_cache()
    results: list[dict[date, str]] = []
    lock = threading.Lock()

    def work() -> None:
        names = holiday_names("KR", [2024, 2025, 2026], "ko")
        with lock:
            results.append(names)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 6
    assert all(r == results[0] for r in results)
    assert results[0][date(2024, 2, 10)] == "설날"


@pytest.mark.parametrize(
    ("locale_name", "country"),
    [
        ("ko_KR", "KR"),
        ("en_US", "US"),
        ("en-GB", "GB"),
        ("ko_KR.UTF-8", "KR"),
        ("de_DE@euro", "DE"),
        ("zh_Hant_TW", "TW"),
        ("ko", "KR"),
        ("en", ""),
        ("C", ""),
        ("POSIX", ""),
        ("", ""),
        ("xx_ZZ", ""),
        ("en_001", ""),
    ],
)
def test_country_for_locale(locale_name: str, country: str) -> None:
    assert country_for_locale(locale_name) == country


def test_supported_countries() -> None:
    countries = supported_countries()
    codes = dict(countries)
    assert codes["KR"] == "South Korea"
    assert codes["US"] == "United States of America"
    assert codes["JP"] == "Japan"
    assert len(codes) == len(countries) > 100
    names = [name for _, name in countries]
    assert names == sorted(names, key=str.casefold)
    assert all(len(code) == 2 and code.isupper() for code, _ in countries)


def test_supported_languages() -> None:
    assert "ko" in supported_languages("KR")
    assert "en_US" in supported_languages("KR")
    assert supported_languages("") == ()
