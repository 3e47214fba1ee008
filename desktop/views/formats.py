"""Dates and times in the user's locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

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
