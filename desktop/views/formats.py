"""Dates and times in the user's locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from desktop.domain.timetext import display_time, parse_time_range


class TimeStyle:
    """How this user reads times (12- or 24-hour, the UI's language): one for the app, set by
    the window from the View menu's choice; every place that shows an event's time asks it."""

    hour24 = False
    language = "ko"

    @classmethod
    def set(cls, hour24: bool, language: str) -> None:
        cls.hour24 = hour24
        cls.language = language


def shown_time(text: str | None) -> str:
    """An event's stored time text written the user's way (text that is not a time, as typed)."""
    return display_time(text, TimeStyle.hour24, TimeStyle.language)


def written_time(text: str) -> str:
    """The time text the event dialog saves for what was typed: a range (``2-3pm``,
    ``오후 2:00 ~ 3:30``) in the user's format (``오후 2:00–3:00``), so every reader of the
    table sees one way of writing it; anything else exactly as typed."""
    reading = parse_time_range(text)
    if reading is None or reading[1] is None:
        return text
    return shown_time(text)


# Year-month patterns Qt's locale data has no format for.
_YEAR_FIRST = {
    QLocale.Language.Korean: "yyyy년 M월",
    QLocale.Language.Japanese: "yyyy年M月",
    QLocale.Language.Chinese: "yyyy年M月",
}


def month_title(locale: QLocale, month: date) -> str:
    """``2026년 11월`` in Korean, ``November 2026`` in English."""
    qdate = QDate(month.year, month.month, 1)
    pattern = _YEAR_FIRST.get(locale.language())
    if pattern:
        return locale.toString(qdate, pattern)
    return f"{locale.standaloneMonthName(month.month)} {month.year}"


def long_date(locale: QLocale, day: date) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_time(locale: QLocale, moment: datetime) -> str:
    return locale.toString(
        QTime(moment.hour, moment.minute, moment.second), QLocale.FormatType.ShortFormat
    )
