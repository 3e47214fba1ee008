"""Timestamps as the shared tables store them.

The guide's documents carry ISO-8601 UTC timestamps with milliseconds and a ``Z``
(``2024-01-15T10:30:00.000Z``); that is what this client writes. The web application also
writes naive timestamps with microseconds (``2024-01-15T10:30:00.123456``), which are read
as UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime


def format_timestamp(moment: datetime) -> str:
    """Format ``moment`` the way the guide's documents do: UTC, milliseconds, ``Z``."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def now_utc() -> datetime:
    """The current UTC time at the precision written (milliseconds)."""
    moment = datetime.now(UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def now_timestamp() -> str:
    """The current time in the written format."""
    return format_timestamp(now_utc())


def parse_timestamp(text: str) -> datetime | None:
    """Parse any ISO-8601 timestamp the web app or this client writes; naive means UTC.

    Returns ``None`` for text that is not a timestamp.
    """
    text = text.strip()
    if not text:
        return None
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
