"""Importing iCalendar files shaped like real exports: what each becomes, and the plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.data.ical_import import (
    Action,
    ImportFileError,
    ImportPlan,
    Reason,
    plan_import,
    same_time,
)
from desktop.domain.models import Event
from desktop.domain.series import link_of, occurrence_id, series_id_for_uid

ICS = Path(__file__).parent / "ics"
SEOUL = ZoneInfo("Asia/Seoul")
DEPT = "dept-1"
DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))
GOOGLE_WEEKLY = "4h2k7c0e1t3mgb5v8q9s6d1f2a@google.com"


def plan_of(
    name: str | bytes,
    existing: dict[str, Event] | None = None,
    span: tuple[date, date] = DECEMBER,
    **options: object,
) -> ImportPlan:
    source = (ICS / name) if isinstance(name, str) else name
    options.setdefault("zone", SEOUL)
    return plan_import(source, DEPT, existing or {}, span[0], span[1], **options)  # type: ignore[arg-type]


def shown(plan: ImportPlan, action: Action = Action.CREATE) -> list[tuple[str, str, str]]:
    return [(r.day.isoformat(), r.time, r.title) for r in plan.rows if r.action is action]


def stored(plan: ImportPlan) -> dict[str, Event]:
    """The plan's new items as the table would hold them after the import."""
    return {r.event.id: r.event for r in plan.rows if r.action is Action.CREATE and r.event}


def test_google_weekly_series_with_exdate_and_a_moved_occurrence() -> None:
    plan = plan_of("google.ics")

    assert shown(plan) == [
        ("2026-12-07", "10:00–11:00", "주간 보고"),
        ("2026-12-15", "14:00–15:30", "주간 보고 (화)"),
        ("2026-12-18", "09:00–09:30", "스탠드업"),  # floating, in X-WR-TIMEZONE
        ("2026-12-21", "10:00–11:00", "주간 보고"),
        ("2026-12-23", "", "워크숍"),
        ("2026-12-24", "", "워크숍"),
        ("2026-12-25", "", "워크숍"),
    ]  # 12-28 is an EXDATE
    series = series_id_for_uid(GOOGLE_WEEKLY)
    moved = next(r.event for r in plan.rows if r.title == "주간 보고 (화)")
    assert moved is not None
    # The override keeps the id and series_date of the occurrence it replaces (Monday 14th).
    assert moved.id == occurrence_id(series, date(2026, 12, 14))
    link = link_of(moved)
    assert link is not None
    assert link.day == date(2026, 12, 14)
    assert link.uid == GOOGLE_WEEKLY
    assert link.rule == "DTSTART;VALUE=DATE:20261207\nRRULE:FREQ=WEEKLY;COUNT=6;BYDAY=MO;WKST=SU"
    workshop = [link_of(r.event) for r in plan.rows if r.title == "워크숍" and r.event]
    assert {lk.days for lk in workshop if lk} == {(date(2026, 12, 23), date(2026, 12, 25))}


def test_floating_times_follow_x_wr_timezone_into_the_users_zone() -> None:
    plan = plan_of("google.ics", zone=ZoneInfo("UTC"))

    assert ("2026-12-18", "00:00–00:30", "스탠드업") in shown(plan)


def test_outlook_all_day_markers_and_windows_zone_names() -> None:
    # Far from Seoul, Outlook's midnight-to-midnight all-day events keep their days.
    plan = plan_of("outlook.ics", zone=ZoneInfo("America/New_York"))

    assert shown(plan) == [
        ("2026-12-09", "", "창립 기념일"),
        ("2026-12-11", "01:00–02:30", "분기 리뷰"),  # 15:00 Korea Standard Time
        ("2026-12-28", "", "김민수 휴가"),
        ("2026-12-29", "", "김민수 휴가"),
        ("2026-12-30", "", "김민수 휴가"),
    ]
    leave = next(r.event for r in plan.rows if r.title == "김민수 휴가")
    assert leave is not None
    assert leave.description == "연말 휴가입니다.\n급한 일은 팀장님께 연락 주세요.\n"


def test_thunderbird_durations_and_an_event_crossing_midnight() -> None:
    plan = plan_of("thunderbird.ics")

    assert shown(plan) == [
        ("2026-12-16", "16:00–17:30", "코드 리뷰"),
        ("2026-12-19", "22:00", "배포 작업"),
        ("2026-12-20", "", "배포 작업"),
        ("2026-12-21", "", "출장"),
        ("2026-12-22", "", "출장"),
        ("2026-12-23", "", "출장"),
    ]
    night = [link_of(r.event) for r in plan.rows if r.title == "배포 작업" and r.event]
    assert [lk.days for lk in night if lk] == [(date(2026, 12, 19), date(2026, 12, 20))] * 2


def test_apple_utc_times_and_a_cancelled_instance() -> None:
    plan = plan_of("apple.ics", hour24=False, language="ko")

    assert shown(plan) == [
        ("2026-12-17", "오후 2:00–오후 3:30", "점심 간담회"),
        ("2026-12-22", "오전 9:00–오전 10:00", "아침 점검"),
        ("2026-12-24", "오전 9:00–오전 10:00", "아침 점검"),
    ]
    assert shown(plan, Action.SKIP) == [("2026-12-23", "오전 9:00–오전 10:00", "아침 점검")]
    assert plan.skipped() == {Reason.CANCELLED: 1}


def test_rfc5545_examples() -> None:
    new_york = ZoneInfo("America/New_York")
    plan = plan_of("rfc5545.ics", span=(date(1997, 1, 1), date(1997, 12, 31)), zone=new_york)

    daily = [d for d, _t, title in shown(plan) if title == "Daily for 10 occurrences"]
    assert daily == [f"1997-09-{day:02d}" for day in range(2, 12)]
    other_week = [d for d, _t, title in shown(plan) if title.startswith("Every other week")]
    assert other_week[:7] == [
        "1997-09-01", "1997-09-03", "1997-09-05", "1997-09-15",
        "1997-09-17", "1997-09-19", "1997-09-29",
    ]  # fmt: skip
    assert other_week[-4:] == ["1997-12-08", "1997-12-10", "1997-12-12", "1997-12-22"]
    assert len(other_week) == 25
    extra = [d for d, _t, title in shown(plan) if title == "Staff meeting with extra dates"]
    assert extra == ["1997-09-03", "1997-09-10", "1997-09-17"]  # RDATE
    assert ("1997-07-14", "13:00–00:00", "Bastille Day Party") not in shown(plan)
    assert plan.skipped() == {Reason.NO_TITLE: 1}


def test_importing_the_same_file_twice_changes_nothing() -> None:
    first = plan_of("google.ics")

    again = plan_of("google.ics", stored(first))

    assert again.changes() == []
    assert again.count(Action.UNCHANGED) == 7
    assert again.summary() == "0 to create, 0 to update, 7 unchanged."


def test_a_time_written_the_other_way_is_unchanged() -> None:
    first = plan_of("apple.ics", hour24=False, language="en")

    again = plan_of("apple.ics", stored(first), hour24=True)

    assert again.changes() == []
    assert same_time("오후 2:00–오후 3:30", "14:00–15:30")
    assert not same_time("14:00–15:30", "14:00")


def test_a_newer_version_updates_what_changed_and_removes_an_exdate() -> None:
    first = plan_of("google.ics")
    exdate = "EXDATE;TZID=Asia/Seoul:20261228T100000"
    newer = (
        (ICS / "google.ics")
        .read_text(encoding="utf-8")
        .replace("SUMMARY:주간 보고\n", "SUMMARY:주간 업무 보고\n")
        .replace(exdate, exdate + ",20261221T100000")
        .encode()
    )

    plan = plan_of(newer, stored(first))

    updated = [
        (r.day.isoformat(), r.title, r.why()) for r in plan.rows if r.action is Action.UPDATE
    ]
    assert updated == [("2026-12-07", "주간 업무 보고", "title")]
    removed = [(r.day.isoformat(), r.reason) for r in plan.rows if r.action is Action.DELETE]
    assert removed == [("2026-12-21", Reason.REMOVED)]
    assert plan.count(Action.UNCHANGED) == 5
    original, changed = plan.changes()[0]
    assert original is not None and changed is not None
    assert (original.id, changed.title) == (changed.id, "주간 업무 보고")


def test_a_cancelled_instance_already_imported_is_deleted() -> None:
    text = (ICS / "apple.ics").read_text(encoding="utf-8")
    without_cancel = text.replace("STATUS:CANCELLED\n", "").encode()
    first = plan_of(without_cancel)
    assert first.count(Action.CREATE) == 4

    plan = plan_of("apple.ics", stored(first))

    deleted = [(r.day.isoformat(), r.reason) for r in plan.rows if r.action is Action.DELETE]
    assert deleted == [("2026-12-23", Reason.CANCELLED)]


def test_events_outside_the_range_are_reported_once() -> None:
    plan = plan_of("google.ics", span=(date(2026, 12, 1), date(2026, 12, 20)))

    assert [d for d, _t, title in shown(plan) if title == "워크숍"] == []
    assert ("2026-12-23", "", "워크숍") in shown(plan, Action.SKIP)
    assert plan.skipped() == {Reason.OUT_OF_RANGE: 1}


def test_writes_beyond_the_limit_are_skipped_in_date_order() -> None:
    plan = plan_of("google.ics", limit=3)

    assert [d for d, _t, _title in shown(plan)] == ["2026-12-07", "2026-12-15", "2026-12-18"]
    assert plan.skipped() == {Reason.TOO_MANY: 4}
    assert "4 skipped: 4 beyond the maximum of one import" in plan.summary()


def test_a_hostile_title_is_kept_as_text_or_refused_with_the_rule() -> None:
    long_title = "가" * 10_000
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\n"
        "BEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20261202\n"
        "SUMMARY:<img src=x onerror=alert(1)>\\n\u202eRTL\nURL:javascript:alert(1)\nEND:VEVENT\n"
        f"BEGIN:VEVENT\nUID:b\nDTSTART;VALUE=DATE:20261203\nSUMMARY:{long_title}\nEND:VEVENT\n"
        "END:VCALENDAR\n"
    )
    plan = plan_of(text.encode())

    created = [r.event for r in plan.rows if r.action is Action.CREATE and r.event]
    assert [(e.title, e.url) for e in created] == [("<img src=x onerror=alert(1)> \u202eRTL", "")]
    refused = [r.why() for r in plan.rows if r.action is Action.SKIP]
    assert refused == ["The title is too long (at most 200 characters)."]


BAD_FILES = [
    (b"", "is empty"),
    (b"   \r\n", "is empty"),
    (b'{"events": []}', "is not an iCalendar file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "is not an iCalendar file"),
    (b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:2026", "is cut short"),
    ("BEGIN:VCALENDAR\nSUMMARY:café\nEND:VCALENDAR\n".encode("latin-1"), "is not in UTF-8"),
    (
        b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20261201\nRRULE:FREQ=BOGUS\n"
        b"SUMMARY:a\nEND:VEVENT\nEND:VCALENDAR\n",
        "could not be read as iCalendar",
    ),
]


@pytest.mark.parametrize(("data", "message"), BAD_FILES)
def test_bad_files_give_one_line(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        plan_import(data, DEPT, {}, *DECEMBER, name="team.ics", zone=SEOUL)

    text = str(caught.value)
    assert message in text
    assert text.startswith("team.ics ")
    assert "\n" not in text


def test_a_korean_file_in_cp949_is_read() -> None:
    text = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:k\nDTSTART;VALUE=DATE:20261204\n"
        "SUMMARY:송년회\nEND:VEVENT\nEND:VCALENDAR\n"
    )

    plan = plan_of(text.encode("cp949"))

    assert shown(plan) == [("2026-12-04", "", "송년회")]


def test_a_file_missing_on_disk_says_so(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"Could not read gone\.ics"):
        plan_import(tmp_path / "gone.ics", DEPT, {}, *DECEMBER, zone=SEOUL)
