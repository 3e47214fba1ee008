"""iCalendar export: read back with icalendar itself, as a calendar application would."""

from __future__ import annotations

import os
import stat
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from icalendar.cal import Component

from desktop.data.ical import event_uid, export_ics
from desktop.domain.models import Event
from desktop.domain.timestamps import now_utc

NAMES = {"dev": "개발팀", "design": "디자인팀, UX"}
MODIFIED = datetime(2026, 11, 2, 1, 2, 3, 456000, tzinfo=UTC)


def event(event_id: str, day: date, title: str = "주간 회의", **fields: Any) -> Event:
    fields.setdefault("department_id", "dev")
    return Event(event_id, fields.pop("department_id"), day, title, **fields)


def read(path: Path) -> tuple[Calendar, dict[str, Component]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return calendar, {str(v["uid"]): v for v in calendar.walk("VEVENT")}


def text(component: Component, name: str) -> str:
    return str(component[name])


def categories(component: Component) -> list[str]:
    value: Any = component["categories"]
    return [str(category) for category in value.cats]


def test_events_are_written_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "부서 달력.ics"
    events = [
        event(
            "timed",
            date(2026, 11, 3),
            "주간 회의",
            description="회의실 A\n안건: 예산",
            time="오후 2:00",
            url="https://intra.example.kr/회의?id=1",
            created_at=MODIFIED - timedelta(days=1),
            last_modified=MODIFIED,
        ),
        event("allday", date(2026, 11, 30), "창립 기념일", department_id="design"),
    ]

    written = export_ics(path, events, NAMES, calendar_name="개발팀 달력")

    assert written == 2
    calendar, by_uid = read(path)
    assert str(calendar["x-wr-calname"]) == "개발팀 달력"
    assert str(calendar["version"]) == "2.0"
    assert "deptcal" in str(calendar["prodid"])

    timed = by_uid["timed@deptcal"]
    assert text(timed, "summary") == "주간 회의"
    assert text(timed, "description") == "회의실 A\n안건: 예산"
    assert text(timed, "url") == "https://intra.example.kr/회의?id=1"
    assert categories(timed) == ["개발팀"]
    assert timed.decoded("dtstamp") == MODIFIED.replace(microsecond=0)
    assert timed.decoded("last-modified") == MODIFIED.replace(microsecond=0)
    assert timed.decoded("created") == (MODIFIED - timedelta(days=1)).replace(microsecond=0)

    allday = by_uid["allday@deptcal"]
    assert text(allday, "summary") == "창립 기념일"
    assert categories(allday) == ["디자인팀, UX"]
    assert "description" not in allday
    assert "url" not in allday


def test_a_parsed_time_is_a_floating_one_hour_event(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    times = {"k": "오후 2:30", "c": "09:05", "e": "11:00 PM"}
    export_ics(
        path,
        [event(key, date(2026, 11, 3), time=value) for key, value in times.items()],
        NAMES,
        calendar_name="x",
    )

    _, by_uid = read(path)
    starts = {key: by_uid[f"{key}@deptcal"].decoded("dtstart") for key in times}
    assert starts == {
        "k": datetime(2026, 11, 3, 14, 30),
        "c": datetime(2026, 11, 3, 9, 5),
        "e": datetime(2026, 11, 3, 23, 0),
    }
    for key, start in starts.items():
        assert start.tzinfo is None  # floating: no TZID, no Z
        assert by_uid[f"{key}@deptcal"].decoded("dtend") == start + timedelta(hours=1)
    raw = path.read_bytes().decode()
    assert "DTSTART:20261103T143000\r\n" in raw
    assert "TZID" not in raw
    assert "DTEND:20261104T000000\r\n" in raw  # 11 PM runs to midnight


def test_korean_hours_noon_and_short_english_times_start_at_their_time(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    times = {"half": "오후 3시 반", "noon": "정오", "hour": "15시", "pm": "3pm", "min": "3시 30분"}
    export_ics(
        path,
        [event(key, date(2026, 11, 3), time=value) for key, value in times.items()],
        NAMES,
        calendar_name="x",
    )

    _, by_uid = read(path)
    starts = {key: by_uid[f"{key}@deptcal"].decoded("dtstart") for key in times}
    assert starts == {
        "half": datetime(2026, 11, 3, 15, 30),
        "noon": datetime(2026, 11, 3, 12, 0),
        "hour": datetime(2026, 11, 3, 15, 0),
        "pm": datetime(2026, 11, 3, 15, 0),
        "min": datetime(2026, 11, 3, 3, 30),
    }


def test_an_unparsed_time_is_an_all_day_event_with_the_time_in_the_description(
    tmp_path: Path,
) -> None:
    path = tmp_path / "out.ics"
    export_ics(
        path,
        [
            event("lunch", date(2026, 11, 3), time="점심 후", description="2층 회의실"),
            event("plain", date(2026, 12, 31), time="종일"),
            event("none", date(2026, 2, 28)),
        ],
        NAMES,
        calendar_name="x",
    )

    _, by_uid = read(path)
    lunch = by_uid["lunch@deptcal"]
    assert lunch.decoded("dtstart") == date(2026, 11, 3)
    assert not isinstance(lunch.decoded("dtstart"), datetime)
    assert lunch.decoded("dtend") == date(2026, 11, 4)
    assert text(lunch, "description") == "점심 후\n\n2층 회의실"
    assert text(by_uid["plain@deptcal"], "description") == "종일"
    assert by_uid["plain@deptcal"].decoded("dtend") == date(2027, 1, 1)
    assert "description" not in by_uid["none@deptcal"]
    assert by_uid["none@deptcal"].decoded("dtend") == date(2026, 3, 1)
    raw = path.read_bytes().decode()
    assert "DTSTART;VALUE=DATE:20261103\r\n" in raw


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.kr/a", True),
        ("HTTP://example.kr", True),
        ("  https://example.kr/b  ", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("ftp://example.kr", False),
        ("example.kr", False),
        ("", False),
    ],
)
def test_only_http_links_are_exported(tmp_path: Path, url: str, kept: bool) -> None:
    path = tmp_path / "out.ics"
    export_ics(path, [event("a", date(2026, 11, 3), url=url)], NAMES, calendar_name="x")

    _, by_uid = read(path)
    assert ("url" in by_uid["a@deptcal"]) is kept
    if kept:
        assert text(by_uid["a@deptcal"], "url") == url.strip()


def test_uids_are_stable_across_exports(tmp_path: Path) -> None:
    events = [event("7f1c", date(2026, 11, 3)), event("8a2d", date(2026, 11, 4))]
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"

    export_ics(first, events, NAMES, calendar_name="x")
    export_ics(
        second, [e.with_changes(title="바뀜") for e in reversed(events)], {}, calendar_name="y"
    )

    assert set(read(first)[1]) == set(read(second)[1]) == {"7f1c@deptcal", "8a2d@deptcal"}
    assert event_uid(events[0]) == "7f1c@deptcal"


def test_long_korean_text_survives_line_folding(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    title = "가나다라마바사아자차카타파하" * 10
    description = "첫 줄; 쉼표, 역슬래시 \\ 그리고 이모지 🎉\n" * 20
    export_ics(
        path,
        [event("a", date(2026, 11, 3), title, description=description)],
        NAMES,
        calendar_name="긴 이름의 달력 " * 10,
    )

    raw = path.read_bytes()
    raw.decode("utf-8")  # no character was cut in half by the 75-octet folding
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar, by_uid = read(path)
    assert text(by_uid["a@deptcal"], "summary") == title
    assert text(by_uid["a@deptcal"], "description") == description
    assert str(calendar["x-wr-calname"]) == "긴 이름의 달력 " * 10


def test_control_characters_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    export_ics(
        path,
        [event("a", date(2026, 11, 3), "제목\x00\x07", description="줄1\r\n줄2\x1b\t탭")],
        NAMES,
        calendar_name="x",
    )

    _, by_uid = read(path)
    assert text(by_uid["a@deptcal"], "summary") == "제목"
    assert text(by_uid["a@deptcal"], "description") == "줄1\n줄2\t탭"


def test_dtstamp_is_now_when_the_event_has_no_last_modified(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    before = now_utc().replace(microsecond=0)
    export_ics(path, [event("a", date(2026, 11, 3))], NAMES, calendar_name="x")
    after = now_utc() + timedelta(milliseconds=1)

    stamp = read(path)[1]["a@deptcal"].decoded("dtstamp")
    assert stamp.tzinfo is not None
    assert before <= stamp <= after
    assert "last-modified" not in read(path)[1]["a@deptcal"]


def test_an_event_listed_twice_is_written_once_newest_first(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    old = event("a", date(2026, 11, 3), "옛 제목", last_modified=MODIFIED)
    new = old.with_changes(
        title="새 제목", department_id="design", last_modified=MODIFIED + timedelta(seconds=1)
    )

    assert export_ics(path, [new, old], NAMES, calendar_name="x") == 1
    assert export_ics(path, [old, new], NAMES, calendar_name="x") == 1

    [only] = read(path)[1].values()
    assert text(only, "summary") == "새 제목"
    assert categories(only) == ["디자인팀, UX"]


def test_an_event_of_an_unknown_department_has_no_category(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    export_ics(
        path, [event("a", date(2026, 11, 3), department_id="gone")], NAMES, calendar_name="x"
    )

    assert "categories" not in read(path)[1]["a@deptcal"]


def test_events_are_in_date_and_time_order(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    day = date(2026, 11, 3)
    events = [
        event("c", day + timedelta(days=1)),
        event("b", day, time="오후 2:00"),
        event("a", day, time="오전 9:00"),
    ]

    export_ics(path, events, NAMES, calendar_name="x")

    assert [str(v["uid"]) for v in read(path)[0].walk("VEVENT")] == [
        "a@deptcal",
        "b@deptcal",
        "c@deptcal",
    ]


def test_an_empty_export_is_a_valid_calendar(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"

    assert export_ics(path, [], NAMES, calendar_name="빈 달력") == 0

    calendar, by_uid = read(path)
    assert by_uid == {}
    assert str(calendar["x-wr-calname"]) == "빈 달력"


# --- writing ------------------------------------------------------------------------------------


def test_the_file_is_replaced_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.ics"
    path.write_bytes(b"the previous export")

    def fail(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        export_ics(path, [event("a", date(2026, 11, 3))], NAMES, calendar_name="x")

    assert path.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ics"]  # no temporary left

    monkeypatch.undo()
    assert export_ics(path, [event("a", date(2026, 11, 3))], NAMES, calendar_name="x") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ics"]
    assert "a@deptcal" in read(path)[1]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_export_is_an_ordinary_readable_file(tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    export_ics(path, [], NAMES, calendar_name="x")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644

    os.chmod(path, 0o600)  # a file the user made private stays private
    export_ics(path, [], NAMES, calendar_name="x")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_missing_folder_is_an_error_not_a_partial_file(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        export_ics(tmp_path / "nope" / "out.ics", [], NAMES, calendar_name="x")
    assert not (tmp_path / "nope").exists()
