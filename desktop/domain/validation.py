"""Rules checked before any request, each failure naming its field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from desktop.domain.models import parse_date
from desktop.domain.timetext import ends_before_start, is_impossible_time
from desktop.i18n import tr

TITLE_MAX = 200
TIME_MAX = 50
NAME_MAX = 100
DESCRIPTION_MAX = 20_000
URL_MAX = 2_000
# DynamoDB refuses items of 400 KB or more (attribute names and values, UTF-8).
ITEM_MAX_BYTES = 400 * 1024


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    message: str


def is_web_url(text: str) -> bool:
    """True for an http or https URL with a host: the only links the app opens."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def item_size(item: Mapping[str, Any]) -> int:
    """DynamoDB's size of an item of strings: names plus values in UTF-8."""
    return sum(len(k.encode()) + len(str(v).encode()) for k, v in item.items())


def validate_event_fields(
    title: str, event_date: str, time_text: str, url: str, description: str
) -> list[FieldError]:
    """Check an event as typed; an empty list means it may be saved."""
    errors: list[FieldError] = []
    if not title.strip():
        errors.append(FieldError("title", tr("validation", "Enter a title.")))
    elif len(title) > TITLE_MAX:
        errors.append(
            FieldError(
                "title",
                tr("validation", "The title is too long (at most %n characters).", n=TITLE_MAX),
            )
        )
    if parse_date(event_date.strip()) is None:
        errors.append(
            FieldError("event_date", tr("validation", "Enter a real date as YYYY-MM-DD."))
        )
    if len(time_text) > TIME_MAX:
        errors.append(
            FieldError(
                "time",
                tr("validation", "The time is too long (at most %n characters).", n=TIME_MAX),
            )
        )
    if url.strip():
        if len(url) > URL_MAX:
            errors.append(FieldError("url", tr("validation", "The link is too long.")))
        elif not is_web_url(url):
            errors.append(
                FieldError(
                    "url",
                    tr("validation", "The link must start with http:// or https://."),
                )
            )
    if len(description) > DESCRIPTION_MAX:
        errors.append(
            FieldError(
                "description",
                tr(
                    "validation",
                    "The description is too long (at most %n characters).",
                    n=DESCRIPTION_MAX,
                ),
            )
        )
    return errors


def time_errors(time_text: str) -> list[FieldError]:
    """A time written as a time that no clock shows (``25:00``, ``13:00 PM``, ``오후 13시``,
    ``9:5``) is refused; text that is not a time (``점심 후``) is free text and allowed.

    The form checks this on a time the user typed; a stored time is never refused by it (an
    event moved or changed elsewhere keeps its text as the web app wrote it)."""
    if not is_impossible_time(time_text):
        return []
    if ends_before_start(time_text):
        return [
            FieldError(
                "time",
                tr(
                    "validation",
                    "“{time}” does not end after it starts. Write a later end, like "
                    "14:00–15:30; for an event past midnight, make one event per day.",
                ).format(time=time_text.strip()),
            )
        ]
    return [
        FieldError(
            "time",
            tr(
                "validation",
                "“{time}” is not a time of day. Write it like 14:30 or 2:30 PM, or leave it "
                "empty for an all-day event.",
            ).format(time=time_text.strip()),
        )
    ]


def validate_department_fields(name: str, description: str) -> list[FieldError]:
    errors: list[FieldError] = []
    if not name.strip():
        errors.append(FieldError("name", tr("validation", "Enter a department name.")))
    elif len(name) > NAME_MAX:
        errors.append(
            FieldError(
                "name",
                tr("validation", "The name is too long (at most %n characters).", n=NAME_MAX),
            )
        )
    if len(description) > DESCRIPTION_MAX:
        errors.append(
            FieldError(
                "description",
                tr(
                    "validation",
                    "The description is too long (at most %n characters).",
                    n=DESCRIPTION_MAX,
                ),
            )
        )
    return errors


def validate_item_size(item: Mapping[str, Any]) -> list[FieldError]:
    if item_size(item) >= ITEM_MAX_BYTES:
        return [
            FieldError(
                "description",
                tr(
                    "validation",
                    "The event is too large to save (at most 400 KB): shorten the description.",
                ),
            )
        ]
    return []
