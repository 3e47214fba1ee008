"""Timestamps: written as the guide's documents are, read as the web app writes them."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.domain.timestamps import format_timestamp, now_timestamp, now_utc, parse_timestamp

KST = timezone(timedelta(hours=9))
WRITTEN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2024, 1, 15, 10, 30, tzinfo=UTC), "2024-01-15T10:30:00.000Z"),
        (datetime(2024, 1, 15, 10, 30, 0, 123456, tzinfo=UTC), "2024-01-15T10:30:00.123Z"),
        (datetime(2024, 1, 15, 10, 30, 0, 999999, tzinfo=UTC), "2024-01-15T10:30:00.999Z"),
        (datetime(2024, 1, 15, 10, 30, 5, 1000, tzinfo=UTC), "2024-01-15T10:30:05.001Z"),
        # Aware non-UTC input is converted to UTC.
        (datetime(2024, 1, 15, 19, 30, tzinfo=KST), "2024-01-15T10:30:00.000Z"),
        (datetime(2024, 1, 1, 8, 0, tzinfo=KST), "2023-12-31T23:00:00.000Z"),
        # Naive input is taken as UTC.
        (datetime(2024, 1, 15, 10, 30), "2024-01-15T10:30:00.000Z"),
    ],
)
def test_format_timestamp_is_the_guides_format(moment: datetime, expected: str) -> None:
    assert format_timestamp(moment) == expected


def test_now_timestamp_is_in_the_written_format() -> None:
    assert WRITTEN.match(now_timestamp())


def test_now_utc_has_millisecond_precision_and_round_trips() -> None:
    moment = now_utc()
    assert moment.tzinfo is UTC
    assert moment.microsecond % 1000 == 0
    assert parse_timestamp(format_timestamp(moment)) == moment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-15T10:30:00.000Z", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
        ("2024-01-15T10:30:00.123z", datetime(2024, 1, 15, 10, 30, 0, 123000, tzinfo=UTC)),
        ("2024-01-15T10:30:00Z", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
        # The web app's naive timestamps with microseconds are UTC.
        ("2024-01-15T10:30:00.123456", datetime(2024, 1, 15, 10, 30, 0, 123456, tzinfo=UTC)),
        ("2024-01-15T10:30:00", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
        # Offsets are converted to UTC.
        ("2024-01-15T19:30:00+09:00", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
        ("2024-01-15T05:30:00.500-05:00", datetime(2024, 1, 15, 10, 30, 0, 500000, tzinfo=UTC)),
        ("2024-01-15T10:30:00+00:00", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
        ("  2024-01-15T10:30:00.000Z\n", datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
    ],
)
def test_parse_timestamp(text: str, expected: datetime) -> None:
    parsed = parse_timestamp(text)
    assert parsed == expected
    assert parsed is not None
    assert parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "yesterday", "2024-13-01T00:00:00", "2024-02-30T10:00:00Z", "Z", "10:30", "12345"],
)
def test_garbage_is_none(text: str) -> None:
    assert parse_timestamp(text) is None


def test_reading_then_writing_normalises_to_the_written_format() -> None:
    parsed = parse_timestamp("2024-01-15T10:30:00.123456")
    assert parsed is not None
    assert format_timestamp(parsed) == "2024-01-15T10:30:00.123Z"
