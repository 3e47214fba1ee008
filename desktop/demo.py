"""``deptcal --demo``: a local DynamoDB endpoint inside the app, filled with sample data.

moto's threaded server listens on 127.0.0.1 (a free port); the store creates the guide's two
tables on it exactly as it would on AWS, and :func:`fill_demo_data` writes five departments
and about three hundred events over the current month and the two around it, including the
kinds of items the web application leaves behind (``time_val``, naive timestamps with
microseconds, missing attributes). Nothing here touches Qt widgets: :func:`start_demo` runs
on a worker thread. moto is a development dependency, not in the installed app: without it
:class:`DemoUnavailable` says so (:mod:`desktop.demo_support`, which the window and the start-up
ask before offering or starting the demo).
"""

from __future__ import annotations

import hashlib
import logging
import random
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from desktop.data.codec import whole_item
from desktop.data.config import ConnectionSettings, CredentialMode, Credentials
from desktop.data.errors import ConfigError
from desktop.data.store import DynamoStore, encode_item
from desktop.demo_support import demo_unavailable_message
from desktop.domain.calendar import add_months, month_end, month_start
from desktop.domain.models import Department, Event
from desktop.domain.series import Frequency, Repeat, occurrences, rule_text, span_items
from desktop.domain.timestamps import format_timestamp

log = logging.getLogger(__name__)

DEMO_REGION = "ap-northeast-2"
DEMO_KEY = "demo"


class DemoUnavailable(ConfigError):
    """The demo needs moto (a development dependency), which is not installed."""


# --- the server ---------------------------------------------------------------------------------


class DemoServer:
    """moto's DynamoDB on 127.0.0.1 and a free port, in a thread of this process.

    moto keeps its tables in process-wide memory, so :meth:`start` empties them (unless
    ``reset=False``): a demo always starts from the sample data alone.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, reset: bool = True) -> None:
        self._host = host
        self._port = port
        self._reset_on_start = reset
        self._server: Any = None
        self.url = ""

    def start(self) -> str:
        """Start the server (if not running) and return its endpoint URL."""
        if self._server is not None:
            return self.url
        try:
            from moto.server import ThreadedMotoServer
        except ImportError as exc:
            message = demo_unavailable_message()
            raise DemoUnavailable(message, code="DemoUnavailable", detail=str(exc)) from exc
        # werkzeug logs every request to stderr at INFO: keep the terminal for the app's own.
        werkzeug = logging.getLogger("werkzeug")
        if werkzeug.level == logging.NOTSET or werkzeug.level < logging.WARNING:
            werkzeug.setLevel(logging.WARNING)
        server = ThreadedMotoServer(ip_address=self._host, port=self._port, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        self._server = server
        self.url = f"http://{host}:{port}"
        if self._reset_on_start:
            self._reset()
        log.info("Demo DynamoDB endpoint at %s", self.url)
        return self.url

    def _reset(self) -> None:
        request = urllib.request.Request(f"{self.url}/moto-api/reset", data=b"", method="POST")
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()

    @property
    def running(self) -> bool:
        return self._server is not None

    def stop(self) -> None:
        """Stop the server; safe to call twice."""
        server, self._server = self._server, None
        if server is not None:
            server.stop()
            log.info("Demo DynamoDB endpoint at %s stopped", self.url)


def demo_connection(endpoint: str) -> ConnectionSettings:
    """Settings for the demo endpoint: Seoul region, fake keys, short timeouts."""
    return ConnectionSettings(
        region=DEMO_REGION,
        endpoint_url=endpoint,
        credentials=Credentials(CredentialMode.DEFAULT, "", DEMO_KEY, DEMO_KEY),
        connect_timeout=1.0,
        read_timeout=5.0,
        max_attempts=2,
    )


def start_demo(
    today: date | None = None, *, progress: Callable[[str], None] | None = None
) -> tuple[DemoServer, ConnectionSettings]:
    """Start the server, create the tables, fill them; returns the server and its connection.

    Runs on a worker thread. On failure the server is stopped again.
    """
    server = DemoServer()
    endpoint = server.start()
    try:
        connection = demo_connection(endpoint)
        store = DynamoStore(connection)
        if progress is not None:
            progress("tables")
        store.create_tables(poll_seconds=0.05)
        if progress is not None:
            progress("data")
        summary = fill_demo_data(store, today or date.today())
        log.info(
            "Demo data: %d departments, %d events (%d legacy)",
            summary.departments,
            summary.events,
            summary.legacy_events,
        )
    except BaseException:
        server.stop()
        raise
    return server, connection


# --- the data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`fill_demo_data` wrote."""

    departments: int
    events: int  # every event, legacy ones included
    legacy_events: int
    crowded_day: date  # the day with a dozen events in one department
    crowded_department_id: str
    department_ids: dict[str, str]  # name → id
    first_day: date
    last_day: date


DEPARTMENTS: list[tuple[str, str]] = [
    ("개발팀", "소프트웨어 개발"),
    ("인사팀", "채용, 교육 및 인사 관리"),
    ("영업팀", "국내외 영업과 고객사 관리"),
    ("디자인팀", "UI/UX 및 브랜드 디자인"),
    ("경영지원팀", "재무, 총무, 법무 지원"),
]

_TITLES: dict[str, list[str]] = {
    "개발팀": [
        "코드 리뷰",
        "스프린트 계획",
        "스프린트 회고",
        "배포 점검",
        "장애 회고",
        "아키텍처 리뷰",
        "기술 세미나",
        "릴리스 준비",
        "API 설계 회의",
        "보안 점검",
    ],
    "인사팀": [
        "면접",
        "신입사원 교육",
        "채용 설명회",
        "평가 면담",
        "복리후생 설명회",
        "교육 프로그램 기획",
        "입사자 오리엔테이션",
        "1:1 면담",
    ],
    "영업팀": [
        "고객사 미팅",
        "제안서 발표",
        "계약 검토",
        "영업 전략 회의",
        "거래처 방문",
        "견적 검토",
        "신규 고객 상담",
        "전시회 준비",
    ],
    "디자인팀": [
        "디자인 리뷰",
        "사용자 인터뷰",
        "시안 공유",
        "사용성 테스트",
        "브랜드 가이드 회의",
        "아이콘 작업 검토",
        "디자인 시스템 정리",
    ],
    "경영지원팀": [
        "예산 회의",
        "월말 결산",
        "법무 검토",
        "세무 신고 준비",
        "감사 대응",
        "자산 실사",
        "사무실 안전 점검",
    ],
}
_COMMON_TITLES = [
    "팀 회의",
    "주간 보고",
    "분기 실적 발표",
    "워크숍",
    "외부 세미나",
    "생일 파티",
    "팀 회식",
    "전체 회의",
    "외부 교육",
]
_LONG_TITLES = [
    "2026년 하반기 전사 소프트웨어 아키텍처 개편 및 클라우드 마이그레이션 검토 회의",
    "신규 고객사 온보딩 프로세스 개선을 위한 영업·디자인·개발 합동 워크숍 (1일차)",
    "인사평가 제도 개편 설명회 및 팀장 대상 평가 면담 가이드 교육과 질의응답",
    "연말 정산 및 내년도 예산 편성 일정 안내와 부서별 예산 요청서 작성 방법 설명",
]
_CROWDED_TITLES = [
    "데일리 스크럼",
    "코드 리뷰",
    "장애 대응 회의",
    "배포 점검",
    "API 설계 회의",
    "보안 점검",
    "신규 입사자 온보딩",
    "성능 테스트 결과 공유",
    "고객사 기술 지원",
    "스프린트 중간 점검",
    "기술 세미나",
    "릴리스 회고",
]
_FREE_TIMES = ["점심 후", "종일", "오후 중", "퇴근 전", "오전 중", "미정"]
_PLACES = ["3층 대회의실", "2층 소회의실", "본사 세미나실", "강남 고객사", "온라인", "판교 사무실"]
_AGENDA = [
    "지난주 진행 상황 공유",
    "이슈 및 리스크 점검",
    "다음 주 일정 확인",
    "담당자 지정",
    "예산 및 일정 검토",
    "질의응답",
]
_LINKS = [
    "https://zoom.us/j/{digits}",
    "https://meet.google.com/{code}",
    "https://teams.microsoft.com/l/meetup-join/{digits}",
    "https://wiki.example.com/pages/{digits}",
    "https://docs.example.com/d/{code}",
]


def crowded_day(today: date) -> date:
    """The day that gets a dozen events in one department: today, or the nearest weekday."""
    day = today
    step = 1 if today.day < 20 else -1
    while day.isoweekday() > 5:
        day += timedelta(days=step)
    return day


@dataclass(frozen=True)
class DemoPlan:
    """The sample data, made without any request (see :func:`plan_demo`)."""

    departments: list[Department]
    events: list[Event]  # written through BatchWriteItem, as the guide's documents
    legacy_items: list[dict[str, str]]  # written raw, as the web app leaves them
    crowded_day: date
    crowded_department_id: str
    first_day: date
    last_day: date


def plan_demo(today: date, *, seed: int = 7) -> DemoPlan:
    """The sample departments and events around ``today``: the same for the same arguments."""
    rng = random.Random(seed)
    departments = _plan_departments(rng, today)
    ids = {d.name: d.id for d in departments}
    first_day = add_months(month_start(today), -1)
    last_day = month_end(add_months(month_start(today), 1))
    holidays = _holidays(first_day, last_day)

    events: list[Event] = []
    mondays: list[date] = []
    report: Event | None = None
    day = first_day
    while day <= last_day:
        off_day = day.isoweekday() > 5 or day in holidays
        for name, department_id in ids.items():
            count = rng.choices([0, 1, 2, 3], [92, 7, 1, 0] if off_day else [40, 38, 16, 6])[0]
            for _ in range(count):
                events.append(_random_event(rng, department_id, name, day, today))
        if day.isoweekday() == 1 and not off_day:
            # Sales reports every Monday morning (drawn here so that the rest stays the same).
            event = _random_event(rng, ids["영업팀"], "영업팀", day, today)
            report = report or event.with_changes(title="주간 보고", time="오전 9:00")
            mondays.append(day)
        day += timedelta(days=1)
    # ... as a series: one item per Monday, none on a holiday Monday (deleted occurrences).
    extra = random.Random(seed + 1)  # the linked events' own draws
    if report is not None:
        events += weekly_series(report, mondays, _new_id(extra))

    # A few very long titles, to show elision.
    for title in _LONG_TITLES:
        name = rng.choice(list(ids))
        day = _random_weekday(rng, first_day, last_day)
        event = _random_event(rng, ids[name], name, day, today)
        events.append(event.with_changes(title=title))

    # The crowded day: a dozen events in one department ("+N more" on screen).
    busy_day = crowded_day(today)
    busy_department = ids["개발팀"]
    for index, title in enumerate(_CROWDED_TITLES):
        event = _random_event(rng, busy_department, "개발팀", busy_day, today)
        hour = 9 + index * 8 // len(_CROWDED_TITLES)
        clock = time(hour, rng.choice([0, 0, 15, 30, 45]))
        events.append(event.with_changes(title=title, time=_time_text(rng, clock)))

    events += _multi_day_events(extra, ids, today)

    return DemoPlan(
        departments=departments,
        events=events,
        legacy_items=_legacy_items(rng, ids, today),
        crowded_day=busy_day,
        crowded_department_id=busy_department,
        first_day=first_day,
        last_day=last_day,
    )


def weekly_series(event: Event, days: list[date], series_id: str) -> list[Event]:
    """``event`` every Monday from ``days[0]`` through ``days[-1]``, on ``days`` only."""
    rule = rule_text(days[0], Repeat(Frequency.WEEKLY, weekdays=(0,), until=days[-1]))
    return occurrences(event, rule, series_id, days)


def _multi_day_events(rng: random.Random, ids: dict[str, str], today: date) -> list[Event]:
    """A three-day workshop this week, a holiday over a weekend the week after next (both in the
    first department, the one shown first) and a two-day trip in sales next week."""
    monday = today - timedelta(days=today.weekday())
    plans = [
        ("개발팀", "하반기 워크숍", "종일", monday + timedelta(days=2), 3),
        ("개발팀", "김지훈 휴가", "종일", monday + timedelta(days=17), 5),
        ("영업팀", "부산 출장", "오전 8:00", monday + timedelta(days=8), 2),
    ]
    events: list[Event] = []
    for name, title, clock, first, days in plans:
        event = _random_event(rng, ids[name], name, first, today)
        event = event.with_changes(title=title, time=clock)
        events += span_items(event, first + timedelta(days=days - 1), _new_id(rng))
    return events


def fill_demo_data(store: DynamoStore, today: date, *, seed: int = 7) -> DemoSummary:
    """Write the sample departments and events of :func:`plan_demo` through ``store``."""
    plan = plan_demo(today, seed=seed)
    for department in plan.departments:
        store.create_department(
            department.name, department.description, department_id=department.id
        )
    for event in plan.events:
        store.validate_event(event)
    # Whole items: the linked events' series attributes too.
    requests = [{"PutRequest": {"Item": whole_item(e)}} for e in plan.events]
    store.batch_write(store.settings.events_table, requests)
    for item in plan.legacy_items:
        # Raw, bypassing the store: it would never write these shapes itself.
        store.client.put_item(TableName=store.settings.events_table, Item=encode_item(item))
    return DemoSummary(
        departments=len(plan.departments),
        events=len(plan.events) + len(plan.legacy_items),
        legacy_events=len(plan.legacy_items),
        crowded_day=plan.crowded_day,
        crowded_department_id=plan.crowded_department_id,
        department_ids={d.name: d.id for d in plan.departments},
        first_day=plan.first_day,
        last_day=plan.last_day,
    )


def _new_id(rng: random.Random) -> str:
    """A uuid4 drawn from ``rng`` (ids, and so department colours, stay the same)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _old_hue(department_id: str) -> int:
    """The hue the app once derived from a department's id (the demo's ids were chosen by it)."""
    hues = (4, 28, 45, 88, 140, 170, 195, 215, 245, 275, 300, 330)
    return hues[hashlib.sha256(department_id.encode()).digest()[0] % len(hues)]


def _plan_departments(rng: random.Random, today: date) -> list[Department]:
    """The five departments, with ids chosen as they always were (their hues far apart under
    an older colour rule), so the sample calendar stays the same."""
    created = datetime.combine(add_months(month_start(today), -6), time(1, 30), UTC)
    departments: list[Department] = []
    hues: list[int] = []
    for name, description in DEPARTMENTS:
        for _ in range(200):
            department_id = _new_id(rng)
            hue = _old_hue(department_id)
            if all(min(abs(hue - h), 360 - abs(hue - h)) >= 40 for h in hues):
                break
        hues.append(_old_hue(department_id))
        departments.append(Department(department_id, name, description, created, created))
    return departments


def _holidays(first: date, last: date) -> set[date]:
    from desktop.domain.holidays import holiday_names

    names = holiday_names("KR", range(first.year, last.year + 1), "ko")
    return {day for day in names if first <= day <= last}


def _random_weekday(rng: random.Random, first: date, last: date) -> date:
    while True:
        day = first + timedelta(days=rng.randrange((last - first).days + 1))
        if day.isoweekday() <= 5:
            return day


def _time_text(rng: random.Random, clock: time) -> str:
    """A time as people type it into the web app, in one of its usual styles."""
    style = rng.choices(["korean", "clock", "english"], [60, 30, 10])[0]
    hour12 = clock.hour % 12 or 12
    if style == "korean":
        meridiem = "오전" if clock.hour < 12 else "오후"
        return f"{meridiem} {hour12}:{clock.minute:02d}"
    if style == "clock":
        return f"{clock.hour:02d}:{clock.minute:02d}"
    return f"{hour12}:{clock.minute:02d} {'AM' if clock.hour < 12 else 'PM'}"


def _random_time(rng: random.Random) -> str:
    kind = rng.choices(["time", "empty", "free"], [78, 16, 6])[0]
    if kind == "empty":
        return ""
    if kind == "free":
        return rng.choice(_FREE_TIMES)
    hour = rng.choices(range(8, 20), [2, 8, 10, 8, 3, 7, 10, 9, 7, 5, 2, 1])[0]
    return _time_text(rng, time(hour, rng.choice([0, 0, 0, 30, 30, 15, 45])))


def sample_description(rng: random.Random, title: str) -> str:
    """A realistic Korean description: empty, a line, an agenda or a place (bench uses it too)."""
    kind = rng.choices(["empty", "line", "agenda", "place"], [35, 30, 20, 15])[0]
    if kind == "empty":
        return ""
    if kind == "line":
        return rng.choice(
            [
                f"{title} 관련 자료는 공유 드라이브에 있습니다.",
                "참석 여부를 미리 알려 주세요.",
                "노트북을 지참해 주세요.",
                "지난 회의 내용을 이어서 논의합니다.",
                f"장소: {rng.choice(_PLACES)}",
            ]
        )
    if kind == "agenda":
        items = rng.sample(_AGENDA, rng.randint(2, 4))
        return "안건\n" + "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))
    return f"장소: {rng.choice(_PLACES)}\n준비물: 발표 자료, 노트북"


def _link(rng: random.Random) -> str:
    template = rng.choice(_LINKS)
    digits = "".join(rng.choice("0123456789") for _ in range(10))
    code = "-".join(
        "".join(rng.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(n)) for n in (3, 4, 3)
    )
    return template.format(digits=digits, code=code)


def _moments(rng: random.Random, day: date, today: date) -> tuple[datetime, datetime]:
    """When an event was created and last changed: before the later of its day and today."""
    latest = min(day, today)
    created_day = latest - timedelta(days=rng.randint(1, 30))
    created = datetime.combine(
        created_day, time(rng.randint(0, 10), rng.randrange(60), rng.randrange(60)), UTC
    )
    created += timedelta(milliseconds=rng.randrange(1000))
    modified = created
    if rng.random() < 0.3:
        modified = created + timedelta(hours=rng.randint(1, 48), minutes=rng.randrange(60))
    return created, modified


def _random_event(
    rng: random.Random, department_id: str, department_name: str, day: date, today: date
) -> Event:
    titles = _TITLES[department_name]
    title = rng.choice(titles) if rng.random() < 0.65 else rng.choice(_COMMON_TITLES)
    created, modified = _moments(rng, day, today)
    return Event(
        id=_new_id(rng),
        department_id=department_id,
        event_date=day,
        title=title,
        description=sample_description(rng, title),
        time=_random_time(rng),
        url=_link(rng) if rng.random() < 0.2 else "",
        created_at=created,
        last_modified=modified,
    )


def _legacy_items(rng: random.Random, ids: dict[str, str], today: date) -> list[dict[str, str]]:
    """Items as the web app writes them: ``time_val``, naive timestamps, missing attributes."""
    first = month_start(today)

    def naive(day: date, hour: int, minute: int) -> str:
        # The web app's ``datetime.now().isoformat()``: no zone, microseconds.
        return datetime(day.year, day.month, day.day, hour, minute, 0, 123456).isoformat()

    created_day = first - timedelta(days=3)
    written = format_timestamp(datetime.combine(created_day, time(10, 30), UTC))
    return [
        {
            # Updated by the web app: the current time is in ``time_val``, ``time`` is stale.
            "id": _new_id(rng),
            "department_id": ids["인사팀"],
            "event_date": (first + timedelta(days=1)).isoformat(),
            "title": "신입사원 환영회",
            "description": "장소 변경: 2층 라운지\n시간이 30분 늦춰졌습니다.",
            "time": "오후 2:00",
            "time_val": "오후 2:30",
            "url": "",
            "created_at": naive(created_day, 9, 15),
            "last_modified": naive(first, 11, 40),
        },
        {
            # No url and no description at all.
            "id": _new_id(rng),
            "department_id": ids["경영지원팀"],
            "event_date": (first + timedelta(days=4)).isoformat(),
            "title": "법인카드 정산 마감",
            "time": "18:00",
            "created_at": naive(created_day, 10, 2),
            "last_modified": naive(created_day, 10, 2),
        },
        {
            # The guide's own example document, in today's month.
            "id": _new_id(rng),
            "department_id": ids["개발팀"],
            "event_date": (first + timedelta(days=6)).isoformat(),
            "title": "팀 회의",
            "description": "주간 팀 회의",
            "time": "오후 2:00",
            "url": "https://example.com/meeting",
            "created_at": written,
            "last_modified": written,
        },
    ]
