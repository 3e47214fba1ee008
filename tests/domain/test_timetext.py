"""The free-text event time: what is understood, and the order of a day's events."""

from __future__ import annotations

from datetime import time

import pytest

from desktop.domain.timetext import (
    IMPOSSIBLE,
    display_time,
    ends_before_start,
    format_time_text,
    is_all_day,
    is_impossible_time,
    parse_time_range,
    parse_time_text,
    read_time_range,
    read_time_text,
    start_time,
    time_sort_key,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Korean meridiem, as the guide's example writes it.
        ("오후 2:00", time(14, 0)),
        ("오전 9:30", time(9, 30)),
        ("오전 11:05", time(11, 5)),
        ("오후 2시", time(14, 0)),
        ("오전 9시", time(9, 0)),
        ("오후 2시 30분", time(14, 30)),
        ("오후2시30분", time(14, 30)),
        ("오후 12:30", time(12, 30)),
        ("오후 12시", time(12, 0)),
        ("오전 12:00", time(0, 0)),
        ("오전 12:45", time(0, 45)),
        ("오후 11:59", time(23, 59)),
        ("  오후 3:15  ", time(15, 15)),
        # 24-hour clock.
        ("14:00", time(14, 0)),
        ("09:05", time(9, 5)),
        ("9:05", time(9, 5)),
        ("0:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("14:00:00", time(14, 0)),
        ("14시", time(14, 0)),
        ("9시 30분", time(9, 30)),
        # English meridiem, any case and punctuation.
        ("2:00 PM", time(14, 0)),
        ("2:00 pm", time(14, 0)),
        ("2:00 Pm", time(14, 0)),
        ("2:00pm", time(14, 0)),
        ("2 PM", time(14, 0)),
        ("2pm", time(14, 0)),
        ("2:00p.m.", time(14, 0)),
        ("2:00 P.M.", time(14, 0)),
        ("9:15 am", time(9, 15)),
        ("9:15 a.m.", time(9, 15)),
        ("12 AM", time(0, 0)),
        ("12:00 AM", time(0, 0)),
        ("12:30 am", time(0, 30)),
        ("12 PM", time(12, 0)),
        ("12:00 PM", time(12, 0)),
        ("11:59 PM", time(23, 59)),
        # Korean hours and half hours, noon and midnight.
        ("오후 3시 반", time(15, 30)),
        ("오후3시반", time(15, 30)),
        ("오전 10시 반", time(10, 30)),
        ("3시 30분", time(3, 30)),
        ("3시 반", time(3, 30)),
        ("15시", time(15, 0)),
        ("15시 5분", time(15, 5)),
        ("오후 2시 5분", time(14, 5)),
        ("정오", time(12, 0)),
        ("자정", time(0, 0)),
        (" 정오 ", time(12, 0)),
        ("noon", time(12, 0)),
        ("Midnight", time(0, 0)),
        ("3pm", time(15, 0)),
        ("3 PM", time(15, 0)),
        ("PM 3:00", time(15, 0)),
        ("AM 9:30", time(9, 30)),
        ("15:00", time(15, 0)),
    ],
)
def test_parses_common_shapes(text: str, expected: time) -> None:
    assert parse_time_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "   ",
        "종일",
        "하루 종일",
        "all day",
        "TBD",
        "25:00",
        "24:00",
        "12:60",
        "오후 13:00",
        "오전 25시",
        "13 PM",
        "13:00 PM",
        "2:00 XM",
        "오후",
        "14:00 ~ 15:00",
        "2:00 PM 회의",
    ],
)
def test_anything_else_is_not_understood(text: str | None) -> None:
    assert parse_time_text(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "25:00",
        "24:00",
        "12:60",
        "9:5",
        "09:5",
        "오후 3:5",
        "123:00",
        "14:00:99",
        "13:00 PM",
        "13 PM",
        "0:75 am",
        "오후 13시",
        "오전 25시",
        "오후 13:00",
        "25시",
        "3시 75분",
        "PM 13:00",
    ],
)
def test_impossible_times_are_told_apart_from_text_that_is_not_a_time(text: str) -> None:
    assert read_time_text(text) is IMPOSSIBLE
    assert is_impossible_time(text)
    assert parse_time_text(text) is None


@pytest.mark.parametrize(
    "text", [None, "", "종일", "오전 중", "점심 후", "오후", "TBD", "14:00 ~ 15:00", "3시간"]
)
def test_text_that_is_not_a_time_is_not_impossible(text: str | None) -> None:
    assert read_time_text(text) is None
    assert not is_impossible_time(text)


@pytest.mark.parametrize(
    ("text", "twelve_ko", "twelve_en", "twenty_four"),
    [
        ("오후 3시 반", "오후 3:30", "3:30 PM", "15:30"),
        ("15:00", "오후 3:00", "3:00 PM", "15:00"),
        ("3pm", "오후 3:00", "3:00 PM", "15:00"),
        ("오전 8:30", "오전 8:30", "8:30 AM", "08:30"),
        ("정오", "오후 12:00", "12:00 PM", "12:00"),
        ("자정", "오전 12:00", "12:00 AM", "00:00"),
        # Not a time: as typed, in every language and style.
        ("오전 중", "오전 중", "오전 중", "오전 중"),
        ("25:00", "25:00", "25:00", "25:00"),
    ],
)
def test_display_time_writes_a_time_the_users_way(
    text: str, twelve_ko: str, twelve_en: str, twenty_four: str
) -> None:
    assert display_time(text, False, "ko_KR") == twelve_ko
    assert display_time(text, False, "en_US") == twelve_en
    assert display_time(text, True, "ko_KR") == twenty_four
    assert display_time(text, True, "en_US") == twenty_four


def test_an_english_reader_never_sees_a_korean_time_nor_the_reverse() -> None:
    for text in ("오전 8:30", "오후 3시 반", "8:30 AM", "3 PM", "15:00", "정오"):
        assert not any(word in display_time(text, False, "en") for word in ("오전", "오후"))
        assert not any(word in display_time(text, False, "ko") for word in ("AM", "PM"))


@pytest.mark.parametrize("text", ["", "  ", None, "종일", "하루 종일", "all day", "All Day"])
def test_all_day_words(text: str | None) -> None:
    assert is_all_day(text)


def test_sorting_orders_by_time_not_by_raw_text() -> None:
    times = ["오후 10:00", "오후 2:00", "오전 9:00", "11:00 AM", "13:30"]
    # The web app's raw string sort puts 10 o'clock first; this is what the client avoids.
    assert sorted(times)[:2] == ["11:00 AM", "13:30"]
    assert sorted(times, key=time_sort_key) == [
        "오전 9:00",
        "11:00 AM",
        "13:30",
        "오후 2:00",
        "오후 10:00",
    ]


def test_afternoon_two_comes_before_afternoon_ten() -> None:
    assert time_sort_key("오후 2:00") < time_sort_key("오후 10:00")


def test_all_day_first_then_times_then_text_that_is_not_a_time() -> None:
    times = ["종일", "오후 11:59", "", "TBD", "오전 12:00", "미정", "all day", "25:00"]
    ordered = sorted(times, key=time_sort_key)
    # All day (in any of its words) first, equal among themselves: the title decides.
    assert set(ordered[:3]) == {"종일", "", "all day"}
    assert ordered[3:] == ["오전 12:00", "오후 11:59", "25:00", "TBD", "미정"]


def test_same_time_written_differently_sorts_together() -> None:
    minute = {time_sort_key(text)[:2] for text in ("오후 2:00", "14:00", "2:00 PM", "오후 2시")}
    assert minute == {(1, 14 * 60)}


def test_none_sorts_like_empty_text() -> None:
    assert time_sort_key(None) == time_sort_key("")


@pytest.mark.parametrize(
    ("value", "korean", "english"),
    [
        (time(0, 0), "오전 12:00", "12:00 AM"),
        (time(0, 30), "오전 12:30", "12:30 AM"),
        (time(9, 5), "오전 9:05", "9:05 AM"),
        (time(11, 59), "오전 11:59", "11:59 AM"),
        (time(12, 0), "오후 12:00", "12:00 PM"),
        (time(12, 30), "오후 12:30", "12:30 PM"),
        (time(14, 0), "오후 2:00", "2:00 PM"),
        (time(23, 59), "오후 11:59", "11:59 PM"),
    ],
)
def test_format_time_text(value: time, korean: str, english: str) -> None:
    assert format_time_text(value, "ko") == korean
    assert format_time_text(value, "ko_KR") == korean
    assert format_time_text(value, "en") == english
    assert format_time_text(value, "en_US") == english
    # What is written is read back as the same time.
    assert parse_time_text(korean) == value
    assert parse_time_text(english) == value


# --- time ranges ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("14:00–15:30", time(14, 0), time(15, 30)),
        ("14:00-15:30", time(14, 0), time(15, 30)),
        ("9:00 - 10:30", time(9, 0), time(10, 30)),
        ("14:00 ~ 15:00", time(14, 0), time(15, 0)),
        # The end inherits 오후 from the start.
        ("오후 2:00 ~ 3:30", time(14, 0), time(15, 30)),
        ("오후 2시~4시", time(14, 0), time(16, 0)),
        ("오후 2~4시", time(14, 0), time(16, 0)),
        ("오후 3시 반 ~ 5시", time(15, 30), time(17, 0)),
        ("오전 11시 ~ 오후 1시", time(11, 0), time(13, 0)),
        # 오전 11시 ~ 1시: an end at 1 a.m. would be before the start, so it is 1 p.m.
        ("오전 11시 ~ 1시", time(11, 0), time(13, 0)),
        # A 24-hour end keeps its hour.
        ("오후 2:00 ~ 15:30", time(14, 0), time(15, 30)),
        # The start inherits pm from the end ...
        ("2-3pm", time(14, 0), time(15, 0)),
        ("2:30–4 PM", time(14, 30), time(16, 0)),
        ("12-1pm", time(12, 0), time(13, 0)),
        # ... unless that puts it after the end.
        ("11-1pm", time(11, 0), time(13, 0)),
        ("11am-1pm", time(11, 0), time(13, 0)),
        ("2:00 PM - 3:00 PM", time(14, 0), time(15, 0)),
    ],
)
def test_time_ranges_are_read_as_start_and_end(text: str, start: time, end: time) -> None:
    assert read_time_range(text) == (start, end)
    assert parse_time_range(text) == (start, end)
    assert start_time(text) == start
    assert not is_impossible_time(text)
    # A single time is still what read_time_text reads; a range is not one.
    assert parse_time_text(text) is None


def test_a_single_time_is_a_range_without_an_end() -> None:
    assert read_time_range("오후 2:00") == (time(14, 0), None)
    assert start_time("3pm") == time(15, 0)


@pytest.mark.parametrize(
    "text", ["9-10", "2026-12-07", "14:00 - 회의", "14:00~", "~14:00", "회의 - 오후 2시", "1-2-3"]
)
def test_dashes_in_text_that_is_not_a_time_range(text: str) -> None:
    assert read_time_range(text) is None
    assert start_time(text) is None
    assert not is_impossible_time(text)
    assert display_time(text, True, "ko") == text


@pytest.mark.parametrize(
    ("text", "backwards"),
    [
        ("15:00-14:00", True),
        ("14:00-14:00", True),
        ("오후 2시 - 오후 1시", True),
        ("22:00~02:00", True),
        ("14:00-25:00", False),
        ("오후 2:00 ~ 13:99", False),
    ],
)
def test_a_range_ending_before_it_starts_or_at_no_time_is_impossible(
    text: str, backwards: bool
) -> None:
    assert read_time_range(text) is IMPOSSIBLE
    assert is_impossible_time(text)
    assert ends_before_start(text) is backwards
    assert start_time(text) is None
    assert display_time(text, False, "ko") == text  # shown as typed


@pytest.mark.parametrize(
    ("text", "twelve_ko", "twelve_en", "twenty_four"),
    [
        ("14:00–15:30", "오후 2:00–3:30", "2:00–3:30 PM", "14:00–15:30"),
        ("2-3pm", "오후 2:00–3:00", "2:00–3:00 PM", "14:00–15:00"),
        ("오전 11시 ~ 오후 1시", "오전 11:00–오후 1:00", "11:00 AM–1:00 PM", "11:00–13:00"),
        ("9:00 - 10:30", "오전 9:00–10:30", "9:00–10:30 AM", "09:00–10:30"),
    ],
)
def test_display_time_writes_a_range_the_users_way(
    text: str, twelve_ko: str, twelve_en: str, twenty_four: str
) -> None:
    assert display_time(text, False, "ko_KR") == twelve_ko
    assert display_time(text, False, "en_US") == twelve_en
    assert display_time(text, True, "ko_KR") == twenty_four
    assert display_time(text, True, "en_US") == twenty_four


def test_a_range_is_ordered_by_its_start() -> None:
    texts = ["오후 3:00", "2-3pm", "오후 1:00", "14:00–15:30", "종일", "점심 후"]
    assert sorted(texts, key=time_sort_key) == [
        "종일",
        "오후 1:00",
        "14:00–15:30",
        "2-3pm",
        "오후 3:00",
        "점심 후",
    ]


def test_long_text_with_dashes_is_not_read_as_a_range() -> None:
    text = "14:00 - " + "x" * 10_000 + " - 15:00"
    assert read_time_range(text) is None
    assert read_time_range("1" * 10_000 + "-" + "2" * 10_000) is None
