"""Quick add's reading of one line, on a fixed day: Thursday 3 December 2026, at noon."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from desktop.domain.quick_add import Problem, parse_quick_add

NOW = datetime(2026, 12, 3, 12, 0)  # a Thursday
Row = tuple[str, date, time | None, time | None, str]


def t(hour: int, minute: int = 0) -> time:
    return time(hour, minute)


D = date
KOREAN: list[Row] = [
    ("3/20 오후 2시 팀 회의", D(2027, 3, 20), t(14), None, "팀 회의"),
    ("내일 10시 주간 보고", D(2026, 12, 4), t(10), None, "주간 보고"),
    ("다음 주 금요일 종일 워크숍", D(2026, 12, 11), None, None, "워크숍"),
    ("12월 24일 오후 3시~5시 송년회", D(2026, 12, 24), t(15), t(17), "송년회"),
    ("오늘 오후 4시 보고서 제출", D(2026, 12, 3), t(16), None, "보고서 제출"),
    ("모레 오전 11시 30분 고객 미팅", D(2026, 12, 5), t(11, 30), None, "고객 미팅"),
    ("글피 정오 점심", D(2026, 12, 6), t(12), None, "점심"),
    ("내일모레 워크숍 준비", D(2026, 12, 5), None, None, "워크숍 준비"),
    ("이번 주 토요일 등산", D(2026, 12, 5), None, None, "등산"),
    ("이번주 화요일 회고", D(2026, 12, 1), None, None, "회고"),
    ("다음주 월요일 9시 조회", D(2026, 12, 7), t(9), None, "조회"),
    ("담주 수요일 오후 2시 면담", D(2026, 12, 9), t(14), None, "면담"),
    ("다다음 주 목요일 발표", D(2026, 12, 17), None, None, "발표"),
    ("월요일에 주간 회의", D(2026, 12, 7), None, None, "주간 회의"),
    ("금요일 오후 5시 회식", D(2026, 12, 4), t(17), None, "회식"),
    ("목요일 오후 3시 점검", D(2026, 12, 3), t(15), None, "점검"),
    ("12/24 성탄 준비", D(2026, 12, 24), None, None, "성탄 준비"),
    ("1/5 시무식", D(2027, 1, 5), None, None, "시무식"),
    ("2027-01-05 신년회", D(2027, 1, 5), None, None, "신년회"),
    ("2027.02.10 설 연휴 당직", D(2027, 2, 10), None, None, "설 연휴 당직"),
    ("1월 5일 시무식", D(2027, 1, 5), None, None, "시무식"),
    ("12월 31일 종무식", D(2026, 12, 31), None, None, "종무식"),
    ("2027년 3월 2일 입사식", D(2027, 3, 2), None, None, "입사식"),
    ("12월 10일에 오후 2시 교육", D(2026, 12, 10), t(14), None, "교육"),
    ("다음 달 3일 오후 3시 반 면접", D(2027, 1, 3), t(15, 30), None, "면접"),
    ("이번 달 20일 마감", D(2026, 12, 20), None, None, "마감"),
    ("31일 마감", D(2026, 12, 31), None, None, "마감"),
    ("1일 월례 회의", D(2027, 1, 1), None, None, "월례 회의"),
    ("3일 뒤 출장", D(2026, 12, 6), None, None, "출장"),
    ("내일 오전 9시 조회", D(2026, 12, 4), t(9), None, "조회"),
    ("내일 저녁 7시 회식", D(2026, 12, 4), t(19), None, "회식"),
    ("내일 아침 9시 반 조회", D(2026, 12, 4), t(9, 30), None, "조회"),
    ("내일 새벽 5시 서버 점검", D(2026, 12, 4), t(5), None, "서버 점검"),
    ("내일 밤 9시 배포", D(2026, 12, 4), t(21), None, "배포"),
    ("내일 정오 오찬", D(2026, 12, 4), t(12), None, "오찬"),
    ("내일 2시 팀 회의", D(2026, 12, 4), t(14), None, "팀 회의"),
    ("내일 3시 15분 통화", D(2026, 12, 4), t(15, 15), None, "통화"),
    ("내일 14:30 리뷰", D(2026, 12, 4), t(14, 30), None, "리뷰"),
    ("내일 오후 2:30~4:00 교육", D(2026, 12, 4), t(14, 30), t(16), "교육"),
    ("내일 오전 11시~1시 세미나", D(2026, 12, 4), t(11), t(13), "세미나"),
    ("내일 3~5시 워크숍", D(2026, 12, 4), t(15), t(17), "워크숍"),
    ("내일 10시에 면접", D(2026, 12, 4), t(10), None, "면접"),
    ("오후 3시 점검", D(2026, 12, 3), t(15), None, "점검"),
    ("오전 10시 조회", D(2026, 12, 4), t(10), None, "조회"),
    ("종일 외근", D(2026, 12, 3), None, None, "외근"),
    ("내일 하루 종일 교육", D(2026, 12, 4), None, None, "교육"),
    ("3시간 뒤 전화", D(2026, 12, 3), t(15), None, "전화"),
    ("팀 회의 내일 오후 2시", D(2026, 12, 4), t(14), None, "팀 회의"),
]
ENGLISH: list[Row] = [
    ("tomorrow 3pm review", D(2026, 12, 4), t(15), None, "review"),
    ("fri 9:30 standup", D(2026, 12, 4), t(9, 30), None, "standup"),
    ("today 4pm report", D(2026, 12, 3), t(16), None, "report"),
    ("Tomorrow 10am planning", D(2026, 12, 4), t(10), None, "planning"),
    ("tonight 8pm release", D(2026, 12, 3), t(20), None, "release"),
    ("day after tomorrow dentist", D(2026, 12, 5), None, None, "dentist"),
    ("next monday 14:00-15:30 planning", D(2026, 12, 7), t(14), t(15, 30), "planning"),
    ("next fri offsite", D(2026, 12, 11), None, None, "offsite"),
    ("this saturday hike", D(2026, 12, 5), None, None, "hike"),
    ("mon 1:1 check-in", D(2026, 12, 7), None, None, "1:1 check-in"),
    ("on friday at 3 demo", D(2026, 12, 4), t(15), None, "demo"),
    ("Wednesday retro", D(2026, 12, 9), None, None, "retro"),
    ("thursday 5pm drinks", D(2026, 12, 3), t(17), None, "drinks"),
    ("Dec 24 party", D(2026, 12, 24), None, None, "party"),
    ("December 31 7pm countdown", D(2026, 12, 31), t(19), None, "countdown"),
    ("24 Dec party", D(2026, 12, 24), None, None, "party"),
    ("Jan 5th kickoff", D(2027, 1, 5), None, None, "kickoff"),
    ("on Mar 3, 2027 audit", D(2027, 3, 3), None, None, "audit"),
    ("12/24 party", D(2026, 12, 24), None, None, "party"),
    ("1/5 kickoff", D(2027, 1, 5), None, None, "kickoff"),
    ("2027-01-05 new year lunch", D(2027, 1, 5), None, None, "new year lunch"),
    ("tomorrow at 3 sync", D(2026, 12, 4), t(15), None, "sync"),
    ("tomorrow at 11 sync", D(2026, 12, 4), t(11), None, "sync"),
    ("3:30pm coffee", D(2026, 12, 3), t(15, 30), None, "coffee"),
    ("tomorrow 9:30am standup", D(2026, 12, 4), t(9, 30), None, "standup"),
    ("tomorrow 2 p.m. interview", D(2026, 12, 4), t(14), None, "interview"),
    ("tomorrow noon lunch", D(2026, 12, 4), t(12), None, "lunch"),
    ("tomorrow at noon lunch", D(2026, 12, 4), t(12), None, "lunch"),
    ("all day offsite", D(2026, 12, 3), None, None, "offsite"),
    ("tomorrow all-day training", D(2026, 12, 4), None, None, "training"),
    ("today 2-3pm design", D(2026, 12, 3), t(14), t(15), "design"),
    ("tomorrow 11-1pm workshop", D(2026, 12, 4), t(11), t(13), "workshop"),
    ("tomorrow 14:00-15:30 review", D(2026, 12, 4), t(14), t(15, 30), "review"),
    ("in 3 days release", D(2026, 12, 6), None, None, "release"),
    ("in 2 hours call", D(2026, 12, 3), t(14), None, "call"),
    ("10am standup", D(2026, 12, 4), t(10), None, "standup"),
    ("review tomorrow at 4pm", D(2026, 12, 4), t(16), None, "review"),
]


@pytest.mark.parametrize(("text", "day", "start", "end", "title"), KOREAN + ENGLISH)
def test_a_line_is_read_as_day_time_and_title(
    text: str, day: date, start: time | None, end: time | None, title: str
) -> None:
    found = parse_quick_add(text, NOW)
    assert found.problem is None, found.reason()
    assert (found.day, found.start, found.end, found.title) == (day, start, end, title)


def test_the_phrasings_counted_for_the_closing_note() -> None:
    assert len(KOREAN) >= 40
    assert len(ENGLISH) >= 30


def test_without_a_day_a_time_still_ahead_is_today_and_one_past_is_tomorrow() -> None:
    morning = datetime(2026, 12, 3, 9, 0)
    evening = datetime(2026, 12, 3, 18, 0)
    assert parse_quick_add("오후 3시 점검", morning).day == date(2026, 12, 3)
    assert parse_quick_add("오후 3시 점검", evening).day == date(2026, 12, 4)
    assert parse_quick_add("점검", evening).day == date(2026, 12, 3)  # no time: today


def test_a_day_without_a_year_already_past_is_next_years() -> None:
    assert parse_quick_add("1/5 시무식", NOW).day == date(2027, 1, 5)
    assert parse_quick_add("12/3 오늘 일", NOW).day == date(2026, 12, 3)
    assert parse_quick_add("12/2 지난 일", NOW).day == date(2027, 12, 2)


@pytest.mark.parametrize(
    ("text", "problem", "part"),
    [
        ("", Problem.EMPTY, ""),
        ("   ", Problem.EMPTY, ""),
        ("내일 10시", Problem.NO_TITLE, ""),
        ("tomorrow 3pm", Problem.NO_TITLE, ""),
        ("2/30 회의", Problem.IMPOSSIBLE_DATE, "2/30"),
        ("2월 30일 회의", Problem.IMPOSSIBLE_DATE, "2월 30일"),
        ("13/1 meeting", Problem.IMPOSSIBLE_DATE, "13/1"),
        ("2027-02-29 회의", Problem.IMPOSSIBLE_DATE, "2027-02-29"),
        ("다음 달 32일 회의", Problem.IMPOSSIBLE_DATE, "다음 달 32일"),
        ("25시 회의", Problem.IMPOSSIBLE_TIME, "25시"),
        ("오후 13시 회의", Problem.IMPOSSIBLE_TIME, "오후 13시"),
        ("13pm meeting", Problem.IMPOSSIBLE_TIME, "13pm"),
        ("25:00 meeting", Problem.IMPOSSIBLE_TIME, "25:00"),
        ("오후 5시~3시 회의", Problem.IMPOSSIBLE_TIME, "오후 5시~3시"),
    ],
)
def test_what_cannot_be_read_says_why_and_keeps_the_text(
    text: str, problem: Problem, part: str
) -> None:
    found = parse_quick_add(text, NOW)
    assert found.problem is problem
    assert found.problem_part == part
    assert found.text == text
    assert found.reason()
    if part:
        assert part in found.reason()


@pytest.mark.parametrize(
    ("text", "hour24", "language", "written"),
    [
        ("내일 오후 2시 회의", False, "ko", "오후 2:00"),
        ("내일 오후 2시 회의", True, "ko", "14:00"),
        ("tomorrow 3pm review", False, "en", "3:00 PM"),
        ("내일 오후 3시~5시 송년회", False, "ko", "오후 3:00–5:00"),
        ("today 2-3pm design", True, "en", "14:00–15:00"),
        ("다음 주 금요일 종일 워크숍", False, "ko", ""),
    ],
)
def test_the_time_is_written_the_users_way(
    text: str, hour24: bool, language: str, written: str
) -> None:
    assert parse_quick_add(text, NOW).time_text(hour24, language) == written


def test_a_hostile_title_is_kept_as_typed() -> None:
    title = "<img src=x onerror=alert(1)> \u202eevil " + "가" * 10_000
    found = parse_quick_add(f"내일 10시 {title}", NOW)
    assert found.ok
    assert found.title == title
