"""How a repeat or a multi-day span reads: "매주 월·수·금, 10회" / "Weekly on Mon, Wed, Fri".

The sentences come from the catalogue (``tr``); day and month names and the order of a date's
parts come from ``locale``, so the Korean UI reads "매년 12월 25일" and the English one
"Yearly on December 25".
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QDate, QLocale

from desktop.domain.lunar import lunar_of
from desktop.domain.series import WEEKDAYS, Frequency, Repeat
from desktop.i18n import tr

_CONTEXT = "RepeatText"

# (month and day, day alone, year month and day) patterns; Qt has no month-day format.
_PATTERNS = {
    QLocale.Language.Korean: ("M월 d일", "d일", "yyyy년 M월 d일"),
    QLocale.Language.Japanese: ("M月d日", "d日", "yyyy年M月d日"),
    QLocale.Language.Chinese: ("M月d日", "d日", "yyyy年M月d日"),
}
_DEFAULT_PATTERNS = ("MMMM d", "d", "MMMM d, yyyy")
# RRULE parts that do not change which days a rule gives for the rules this app writes.
_HARMLESS = ("WKST=",)
# Numbers read from a table larger than this are not described (Qt's counts are 32-bit).
_MOST = 100_000


def _patterns(locale: QLocale) -> tuple[str, str, str]:
    return _PATTERNS.get(locale.language(), _DEFAULT_PATTERNS)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def month_day(day: date, locale: QLocale) -> str:
    """``12월 25일`` / ``December 25``."""
    return locale.toString(_qdate(day), _patterns(locale)[0])


def full_date(day: date, locale: QLocale) -> str:
    """``2027년 12월 6일`` / ``December 6, 2027``."""
    return locale.toString(_qdate(day), _patterns(locale)[2])


def day_name(weekday: int, locale: QLocale, *, short: bool = False) -> str:
    """``월요일`` / ``Monday`` (``월`` / ``Mon`` when short); Monday = 0."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return locale.dayName(weekday + 1, kind)


def nth_of_month(day: date) -> int:
    """Which of its weekday in the month ``day`` is: 1 for the first … 5 for a fifth."""
    return (day.day - 1) // 7 + 1


def in_last_week(day: date) -> bool:
    """True when no later day of the month falls on the same weekday."""
    return day.day + 7 > calendar.monthrange(day.year, day.month)[1]


def ordinal(nth: int) -> str:
    """The nth weekday's word: "둘째" / "second"; -1 is the last."""
    words = {
        1: tr(_CONTEXT, "first", "the first Tuesday of the month"),
        2: tr(_CONTEXT, "second", "the second Tuesday of the month"),
        3: tr(_CONTEXT, "third", "the third Tuesday of the month"),
        4: tr(_CONTEXT, "fourth", "the fourth Tuesday of the month"),
        5: tr(_CONTEXT, "fifth", "the fifth Tuesday of the month"),
        -1: tr(_CONTEXT, "last", "the last Tuesday of the month"),
    }
    return words.get(nth, str(nth))


def weekdays_text(weekdays: tuple[int, ...], locale: QLocale) -> str:
    """``월요일`` for one day, ``월·수·금`` for several (Monday first)."""
    days = sorted(set(weekdays))
    if len(days) == 1:
        return day_name(days[0], locale)
    separator = tr(_CONTEXT, ", ", "between the short names of weekdays: Mon, Wed, Fri")
    return separator.join(day_name(d, locale, short=True) for d in days)


def monthly_by_date(start: date, interval: int = 1) -> str:
    """``매월 8일`` / ``Monthly on day 8``."""
    if interval == 1:
        return tr(_CONTEXT, "Monthly on day {day}").format(day=start.day)
    return tr(_CONTEXT, "Every %n months on day {day}", None, n=interval).format(day=start.day)


def monthly_by_weekday(start: date, nth: int, locale: QLocale, interval: int = 1) -> str:
    """``매월 둘째 화요일`` / ``Monthly on the second Tuesday``."""
    values = {"nth": ordinal(nth), "weekday": day_name(start.weekday(), locale)}
    if interval == 1:
        return tr(_CONTEXT, "Monthly on the {nth} {weekday}").format(**values)
    return tr(_CONTEXT, "Every %n months on the {nth} {weekday}", None, n=interval).format(**values)


def yearly(start: date, locale: QLocale, interval: int = 1) -> str:
    """``매년 12월 25일`` / ``Yearly on December 25``."""
    when = month_day(start, locale)
    if interval == 1:
        return tr(_CONTEXT, "Yearly on {date}").format(date=when)
    return tr(_CONTEXT, "Every %n years on {date}", None, n=interval).format(date=when)


def lunar_yearly(start: date, interval: int = 1) -> str:
    """``매년 음력 8월 15일`` / ``Yearly on lunar 8/15``: the start's lunar month and day (a start
    in a leap month repeats on the regular month's day: the month's number alone); "" when
    ``start`` is outside the lunar tables."""
    lunar = lunar_of(start)
    if lunar is None:
        return ""
    values = {"month": lunar.month, "day": lunar.day}
    if interval == 1:
        return tr(_CONTEXT, "Yearly on lunar {month}/{day}").format(**values)
    return tr(_CONTEXT, "Every %n years on lunar {month}/{day}", None, n=interval).format(**values)


def _rule(repeat: Repeat, start: date, locale: QLocale) -> str:
    interval = max(repeat.interval, 1)
    weekdays = repeat.weekdays
    weekly = repeat.frequency in (Frequency.DAILY, Frequency.WEEKLY)
    if weekly and weekdays == WEEKDAYS and interval == 1:
        return tr(_CONTEXT, "Every weekday")
    if repeat.frequency is Frequency.DAILY and not weekdays:
        if interval == 1:
            return tr(_CONTEXT, "Daily")
        return tr(_CONTEXT, "Every %n days", None, n=interval)
    if repeat.frequency is Frequency.WEEKLY:
        days = weekdays_text(weekdays or (start.weekday(),), locale)
        if interval == 1:
            return tr(_CONTEXT, "Weekly on {days}").format(days=days)
        return tr(_CONTEXT, "Every %n weeks on {days}", None, n=interval).format(days=days)
    if repeat.frequency is Frequency.MONTHLY and not weekdays:
        if repeat.nth is not None:
            return monthly_by_weekday(start, repeat.nth, locale, interval)
        return monthly_by_date(start, interval)
    if repeat.lunar and repeat.frequency is Frequency.YEARLY:
        return lunar_yearly(start, interval) or tr(_CONTEXT, "Repeats by a custom rule")
    if repeat.frequency is Frequency.YEARLY and not weekdays and repeat.nth is None:
        return yearly(start, locale, interval)
    return tr(_CONTEXT, "Repeats by a custom rule")


def end_text(repeat: Repeat, locale: QLocale) -> str:
    """``10회`` / ``10 times``, ``2027년 12월 6일까지`` / ``until December 6, 2027``; "" without
    an end (the series is written to the horizon)."""
    if repeat.count == 1:
        return tr(_CONTEXT, "once")
    if repeat.count is not None:
        return tr(_CONTEXT, "%n times", None, n=repeat.count)
    if repeat.until is not None:
        return tr(_CONTEXT, "until {date}").format(date=full_date(repeat.until, locale))
    return ""


def describe(repeat: Repeat, start: date, locale: QLocale) -> str:
    """The repeat in one line, with its end: "매주 월요일, 10회" / "Weekly on Monday, 10 times"."""
    if repeat.interval > _MOST or (repeat.count or 0) > _MOST:
        return tr(_CONTEXT, "Repeats by a custom rule")  # a rule no person wrote
    rule = _rule(repeat, start, locale)
    if any(not part.upper().startswith(_HARMLESS) for part in repeat.extra):
        rule = tr(_CONTEXT, "Repeats by a custom rule")
    end = end_text(repeat, locale)
    if not end:
        return rule
    return f"{rule}, {end}"  # the same comma in Korean and English


def describe_span(first: date, last: date, locale: QLocale) -> str:
    """The days of a multi-day event: "12월 7일–9일 (3일)" / "December 7–9 (3 days)"."""
    days = (last - first).days + 1
    month_pattern, day_pattern, _ = _patterns(locale)
    if first.year != last.year:
        span = f"{full_date(first, locale)} – {full_date(last, locale)}"
    elif first.month != last.month:
        span = f"{month_day(first, locale)} – {month_day(last, locale)}"
    else:
        end = locale.toString(_qdate(last), day_pattern)
        span = f"{locale.toString(_qdate(first), month_pattern)}–{end}"
    return tr(_CONTEXT, "{days} (%n days)", None, n=days).format(days=span)
