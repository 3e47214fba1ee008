"""Rules checked before any request: each failure names its field in a plain sentence."""

from __future__ import annotations

import pytest

from desktop.domain.validation import (
    DESCRIPTION_MAX,
    ITEM_MAX_BYTES,
    NAME_MAX,
    TIME_MAX,
    TITLE_MAX,
    URL_MAX,
    FieldError,
    is_web_url,
    item_size,
    time_errors,
    validate_department_fields,
    validate_event_fields,
    validate_item_size,
)

GOOD = {
    "title": "팀 회의",
    "event_date": "2024-01-20",
    "time_text": "오후 2:00",
    "url": "https://example.com/meeting",
    "description": "주간 팀 회의",
}


def event_errors(**changes: str) -> list[FieldError]:
    return validate_event_fields(**{**GOOD, **changes})


def fields(errors: list[FieldError]) -> list[str]:
    return [error.field for error in errors]


def assert_sentence(message: str) -> None:
    """A message a person can read: a capitalised English sentence, no placeholders left."""
    assert message[0].isupper(), message
    assert message.endswith("."), message
    assert "%n" not in message and "{" not in message, message
    assert message.isascii(), message


def test_a_good_event_passes() -> None:
    assert event_errors() == []


def test_optional_fields_may_be_empty() -> None:
    assert event_errors(time_text="", url="", description="") == []


@pytest.mark.parametrize("title", ["", "   ", "\t\n"])
def test_title_is_required(title: str) -> None:
    errors = event_errors(title=title)
    assert fields(errors) == ["title"]
    assert errors[0].message == "Enter a title."


def test_title_of_the_maximum_length_passes() -> None:
    assert event_errors(title="가" * TITLE_MAX) == []


def test_title_over_the_maximum_length_is_refused() -> None:
    errors = event_errors(title="가" * (TITLE_MAX + 1))
    assert fields(errors) == ["title"]
    assert "200" in errors[0].message
    assert_sentence(errors[0].message)


@pytest.mark.parametrize(
    "event_date", ["2024-02-30", "2023-02-29", "2024-13-01", "2024-1-20", "", "내일"]
)
def test_date_must_be_real(event_date: str) -> None:
    errors = event_errors(event_date=event_date)
    assert fields(errors) == ["event_date"]
    assert_sentence(errors[0].message)


def test_leap_day_is_a_real_date() -> None:
    assert event_errors(event_date="2024-02-29") == []


def test_time_over_the_maximum_length_is_refused() -> None:
    assert event_errors(time_text="x" * TIME_MAX) == []
    errors = event_errors(time_text="x" * (TIME_MAX + 1))
    assert fields(errors) == ["time"]
    assert_sentence(errors[0].message)


def test_free_text_time_is_allowed() -> None:
    # The web app stores whatever was typed; only the length is checked.
    assert event_errors(time_text="종일") == []


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com",
        "https://example.com/meeting?id=1#top",
        "HTTPS://EXAMPLE.COM",
        "http://localhost:8000/",
        "  https://example.com  ",
    ],
)
def test_web_urls_are_accepted(url: str) -> None:
    assert is_web_url(url)
    assert event_errors(url=url) == []


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "ftp://x",
        "file:///etc/passwd",
        "mailto:team@example.com",
        "http://",
        "https:///path",
        "example.com",
        "//example.com",
        "http://[::1",
    ],
)
def test_other_urls_are_refused(url: str) -> None:
    assert not is_web_url(url)
    errors = event_errors(url=url)
    assert fields(errors) == ["url"]
    assert_sentence(errors[0].message)
    assert "http" in errors[0].message


def test_over_long_url_is_refused() -> None:
    errors = event_errors(url="https://example.com/" + "a" * URL_MAX)
    assert fields(errors) == ["url"]
    assert_sentence(errors[0].message)


def test_description_over_the_maximum_length_is_refused() -> None:
    assert event_errors(description="x" * DESCRIPTION_MAX) == []
    errors = event_errors(description="x" * (DESCRIPTION_MAX + 1))
    assert fields(errors) == ["description"]
    assert_sentence(errors[0].message)


def test_every_failing_field_is_named() -> None:
    errors = validate_event_fields(
        title="",
        event_date="2024-02-30",
        time_text="x" * (TIME_MAX + 1),
        url="javascript:alert(1)",
        description="x" * (DESCRIPTION_MAX + 1),
    )
    assert fields(errors) == ["title", "event_date", "time", "url", "description"]
    for error in errors:
        assert_sentence(error.message)


def test_item_size_counts_names_and_values_in_utf8() -> None:
    assert item_size({"id": "abc"}) == 2 + 3
    assert item_size({"name": "개발팀"}) == 4 + 9


def item_of_size(size: int) -> dict[str, str]:
    """An item of exactly ``size`` bytes as DynamoDB counts them."""
    overhead = len("id") + len("x") + len("description")
    return {"id": "x", "description": "a" * (size - overhead)}


def test_item_below_400_kb_is_accepted() -> None:
    item = item_of_size(ITEM_MAX_BYTES - 1)
    assert item_size(item) == ITEM_MAX_BYTES - 1
    assert validate_item_size(item) == []


def test_item_of_400_kb_or_more_is_refused() -> None:
    item = item_of_size(ITEM_MAX_BYTES)
    assert item_size(item) == ITEM_MAX_BYTES == 400 * 1024
    errors = validate_item_size(item)
    assert len(errors) == 1
    assert "400 KB" in errors[0].message
    assert_sentence(errors[0].message)


def test_multibyte_text_counts_its_utf8_bytes() -> None:
    # 140,000 Korean characters are 420,000 bytes: too large although far fewer characters.
    assert validate_item_size({"description": "가" * 140_000}) != []


def test_a_good_department_passes() -> None:
    assert validate_department_fields("개발팀", "소프트웨어 개발") == []
    assert validate_department_fields("개발팀", "") == []


@pytest.mark.parametrize("name", ["", "  "])
def test_department_name_is_required(name: str) -> None:
    errors = validate_department_fields(name, "")
    assert fields(errors) == ["name"]
    assert_sentence(errors[0].message)


def test_department_name_too_long_is_refused() -> None:
    assert validate_department_fields("가" * NAME_MAX, "") == []
    errors = validate_department_fields("가" * (NAME_MAX + 1), "")
    assert fields(errors) == ["name"]
    assert str(NAME_MAX) in errors[0].message
    assert_sentence(errors[0].message)


def test_department_description_too_long_is_refused() -> None:
    errors = validate_department_fields("개발팀", "x" * (DESCRIPTION_MAX + 1))
    assert fields(errors) == ["description"]
    assert_sentence(errors[0].message)


@pytest.mark.parametrize("text", ["25:00", "13:00 PM", "오후 13시", "9:5"])
def test_an_impossible_time_is_named_on_the_time_field(text: str) -> None:
    errors = time_errors(text)
    assert fields(errors) == ["time"]
    assert text in errors[0].message
    assert "14:30" in errors[0].message  # and how to write it


@pytest.mark.parametrize("text", ["", "종일", "점심 후", "오후 3시 반", "15:00", "3pm", "정오"])
def test_a_time_or_free_text_is_not_refused(text: str) -> None:
    assert time_errors(text) == []
