"""Multi-day events laid out as bars in week rows (on the worker, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from desktop.domain.models import Event
from desktop.domain.series import span_items
from desktop.workers.months import Bar, DayLists, arrange

MONDAY = date(2026, 11, 30)  # the first day of a grid row (weeks start on Monday)
SERIES_A = "1b4e28ba-2fa1-41d2-883f-0016d3cca427"
SERIES_B = "2c5f39cb-3fb2-42e3-994f-1127e4ddb538"


@dataclass(frozen=True)
class Entry:
    event: Event
    bar: Bar | None = None


def make(_department: str, event: Event) -> Entry:
    return Entry(event)


def with_bar(entry: Entry, bar: Bar) -> Entry:
    return replace(entry, bar=bar)


def trip(
    title: str, first: date, last: date, series: str = SERIES_A, time: str = ""
) -> list[Event]:
    return span_items(Event("x", "dev", first, title, time=time), last, series)


def laid_out(events: list[Event], first: date = MONDAY, weeks: int = 2) -> DayLists[Entry]:
    by_month: dict[date, list[Event]] = {}
    for e in events:
        by_month.setdefault(e.event_date.replace(day=1), []).append(e)
    last = first + timedelta(days=7 * weeks - 1)
    return arrange([("dev", list(by_month.values()))], first, last, make, bars=with_bar)


def bar_on(lists: DayLists[Entry], day: date, title: str) -> Bar:
    found = [e.bar for e in lists.by_day[day] if e.event.title == title]
    assert found and found[0] is not None, f"no bar of {title} on {day}"
    return found[0]


def test_each_day_of_a_multi_day_event_has_the_same_lane_in_its_week() -> None:
    wed, fri = MONDAY + timedelta(days=2), MONDAY + timedelta(days=4)
    # A two-day trip from Tuesday takes the top lane on Tuesday and Wednesday; the workshop
    # from Wednesday keeps the second lane on Thursday and Friday too, where the first is free.
    events = trip("출장", MONDAY + timedelta(days=1), wed, SERIES_B)
    events += trip("워크숍", wed, fri)
    events.append(Event("m", "dev", MONDAY + timedelta(days=3), "회의", time="종일"))
    lists = laid_out(events)
    assert [bar_on(lists, wed + timedelta(days=i), "워크숍").lane for i in range(3)] == [1, 1, 1]
    assert bar_on(lists, wed, "출장").lane == 0
    # A bar comes first in its day, before the day's all-day event.
    thursday = [e.event.title for e in lists.by_day[MONDAY + timedelta(days=3)]]
    assert thursday == ["워크숍", "회의"]


def test_the_sides_a_bar_goes_on_are_flagged() -> None:
    wed, fri = MONDAY + timedelta(days=2), MONDAY + timedelta(days=4)
    lists = laid_out(trip("워크숍", wed, fri))
    first, middle, last = (bar_on(lists, wed + timedelta(days=i), "워크숍") for i in range(3))
    assert (first.joins_left, first.joins_right, first.offset, first.span) == (False, True, 0, 3)
    assert (middle.joins_left, middle.joins_right) == (True, True)
    assert (last.joins_left, last.joins_right) == (True, False)
    assert not any(b.before or b.after for b in (first, middle, last))


def test_a_bar_across_two_weeks_is_two_pieces_that_say_they_go_on() -> None:
    saturday = MONDAY + timedelta(days=5)
    lists = laid_out(trip("휴가", saturday, saturday + timedelta(days=3)))
    sunday = bar_on(lists, saturday + timedelta(days=1), "휴가")
    monday = bar_on(lists, saturday + timedelta(days=2), "휴가")
    assert (sunday.offset, sunday.span, sunday.after, sunday.before) == (1, 2, True, False)
    # The next week row writes the title again on its first day, and says it began before.
    assert (monday.offset, monday.span, monday.before, monday.after) == (0, 2, True, False)


def test_ordinary_and_one_day_events_get_no_bar() -> None:
    day = MONDAY + timedelta(days=1)
    one_day = span_items(Event("x", "dev", day, "반차"), day, SERIES_A)
    lists = laid_out([*one_day, Event("o", "dev", day, "회의", time="10:00")])
    assert [e.bar for e in lists.by_day[day]] == [None, None]
