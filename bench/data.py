"""The benchmark's calendar: 30 departments, about 50,000 events over two years, one crowded month.

Everything is drawn from a seeded :class:`random.Random`, so the server process (which writes
the items) and the harness (which needs the ground truth: how many items each month holds and
how many bytes) make exactly the same data without talking to each other.

The items are what the shared tables hold: the guide's documents written by this app, plus a
share of items as the web app leaves them (``time_val`` beside a stale ``time``, naive
timestamps with microseconds, missing ``description``/``url``). Titles and descriptions are
Korean; times are typed the way people type them; a fifth of the events carry a meeting link.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from desktop.data.config import ConnectionSettings, CredentialMode, Credentials
from desktop.demo import sample_description
from desktop.domain.calendar import add_months, month_end, month_start
from desktop.domain.models import Department, Event

REGION = "ap-northeast-2"

DEPARTMENT_NAMES: list[tuple[str, str]] = [
    ("고객지원팀", "고객 문의, 기술 지원 및 장애 대응"),
    ("개발팀", "소프트웨어 개발"),
    ("인사팀", "채용, 교육 및 인사 관리"),
    ("영업팀", "국내외 영업과 고객사 관리"),
    ("디자인팀", "UI/UX 및 브랜드 디자인"),
    ("경영지원팀", "재무, 총무, 법무 지원"),
    ("마케팅팀", "온라인·오프라인 마케팅"),
    ("재무팀", "예산, 결산, 자금 관리"),
    ("법무팀", "계약 검토와 법률 자문"),
    ("품질관리팀", "품질 보증과 시험"),
    ("연구소", "선행 기술 연구"),
    ("구매팀", "자재 구매와 협력사 관리"),
    ("생산관리팀", "생산 계획과 공정 관리"),
    ("물류팀", "입출고와 배송 관리"),
    ("기획팀", "사업 기획과 성과 관리"),
    ("홍보팀", "언론 대응과 사내 소식"),
    ("해외사업팀", "해외 법인과 수출 지원"),
    ("데이터분석팀", "데이터 분석과 리포트"),
    ("정보보안팀", "보안 정책과 점검"),
    ("인프라팀", "서버, 네트워크, 클라우드 운영"),
    ("교육팀", "사내 교육 프로그램 운영"),
    ("총무팀", "시설, 자산, 행사 지원"),
    ("전략기획실", "중장기 전략 수립"),
    ("감사팀", "내부 감사와 통제"),
    ("브랜드팀", "브랜드 전략과 캠페인"),
    ("콘텐츠팀", "콘텐츠 제작과 운영"),
    ("플랫폼개발팀", "공통 플랫폼 개발"),
    ("모바일개발팀", "모바일 앱 개발"),
    ("영업지원팀", "영업 관리와 계약 지원"),
    ("대외협력팀", "대외 기관 협력"),
]

_TITLES = [
    "주간 회의",
    "스프린트 계획",
    "스프린트 회고",
    "코드 리뷰",
    "배포 점검",
    "장애 회고",
    "고객사 미팅",
    "제안서 발표",
    "계약 검토",
    "예산 회의",
    "월말 결산",
    "면접",
    "신입사원 교육",
    "디자인 리뷰",
    "사용자 인터뷰",
    "보안 점검",
    "분기 실적 발표",
    "워크숍",
    "외부 세미나",
    "팀 회식",
    "전체 회의",
    "1:1 면담",
    "거래처 방문",
    "법무 검토",
    "교육 프로그램 기획",
    "성능 테스트 결과 공유",
    "신규 고객 상담",
    "전시회 준비",
    "데일리 스크럼",
    "릴리스 준비",
]
_LONG_TITLES = [
    "하반기 전사 소프트웨어 아키텍처 개편 및 클라우드 마이그레이션 검토 회의",
    "신규 고객사 온보딩 프로세스 개선을 위한 영업·디자인·개발 합동 워크숍",
    "인사평가 제도 개편 설명회 및 팀장 대상 평가 면담 가이드 교육",
    "연말 정산 및 내년도 예산 편성 일정 안내와 부서별 예산 요청서 작성 방법 설명",
]
_BUSY_TITLES = [
    "고객 문의 대응",
    "장애 접수 회의",
    "기술 지원 방문",
    "고객사 정기 점검",
    "VOC 분석 회의",
    "상담 품질 점검",
    "원격 지원",
    "긴급 패치 배포",
    "고객 교육",
    "에스컬레이션 검토",
]
_FREE_TIMES = ["점심 후", "종일", "오후 중", "퇴근 전", "오전 중", "미정"]
_LINKS = [
    "https://zoom.us/j/{digits}",
    "https://meet.google.com/{code}",
    "https://teams.microsoft.com/l/meetup-join/{digits}",
    "https://wiki.example.com/pages/{digits}",
    "https://docs.example.com/d/{code}",
]


@dataclass(frozen=True)
class DataSpec:
    """How much data: the defaults are the full benchmark's."""

    departments: int = 30
    events: int = 50_000  # every event, the crowded month's and the legacy ones included
    busy_events: int = 3_000  # in one month of the busy department
    months: int = 24  # the months around today that hold events
    months_ahead: int = 6  # of which this many after the current month
    legacy_share: float = 0.01  # items as the web app leaves them
    seed: int = 7
    today: str = field(default_factory=lambda: date.today().isoformat())

    @property
    def today_date(self) -> date:
        return date.fromisoformat(self.today)

    @property
    def busy_month(self) -> date:
        """The crowded month: the current one (what the window opens on)."""
        return month_start(self.today_date)

    @property
    def first_month(self) -> date:
        return add_months(self.busy_month, -(self.months - 1 - self.months_ahead))

    def month_list(self) -> list[date]:
        return [add_months(self.first_month, i) for i in range(self.months)]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DataSpec:
        return cls(**data)


@dataclass
class Plan:
    """The departments and every event item (as stored), with the ground truth per month."""

    spec: DataSpec
    departments: list[Department]
    items: list[dict[str, str]]  # the event items exactly as stored (attribute → text)
    busy_department_id: str
    # (department id, "YYYY-MM") → [items, bytes]
    months: dict[tuple[str, str], list[int]]

    @property
    def total_bytes(self) -> int:
        return sum(item_size(item) for item in self.items)

    def month_count(self, department_id: str, month: date) -> int:
        return self.months.get((department_id, f"{month:%Y-%m}"), [0, 0])[0]

    def month_bytes(self, department_id: str, month: date) -> int:
        return self.months.get((department_id, f"{month:%Y-%m}"), [0, 0])[1]

    def typical_department_ids(self) -> list[str]:
        return [d.id for d in self.departments if d.id != self.busy_department_id]

    def events(self) -> Iterator[Event]:
        """The items as the app reads them (for filling a cache without a request)."""
        for item in self.items:
            yield Event.from_item(item, {"S": item["last_modified"]})


def connection(url: str) -> ConnectionSettings:
    """How every part of the harness reaches the bench endpoint (fake keys, Seoul region)."""
    return ConnectionSettings(
        region=REGION,
        endpoint_url=url,
        credentials=Credentials(CredentialMode.DEFAULT, "", "bench", "bench"),
        # The app gives up on a silent server after 1.5 s (offline within 5 s); moto on a
        # loaded 2-core machine can take longer than that to start answering a 1 MB page
        # (the Scan baseline, a huge month), which is the endpoint's slowness, not a network's.
        read_timeout=60.0,
    )


def item_size(item: dict[str, str]) -> int:
    """DynamoDB's size of an item of string attributes: names plus values, in UTF-8 bytes."""
    return sum(len(name.encode()) + len(value.encode()) for name, value in item.items())


def raw_item_size(item: dict[str, dict[str, Any]]) -> int:
    """The same for an item in DynamoDB JSON (``{"title": {"S": "…"}}``), as a page holds it."""
    return sum(len(name.encode()) + _value_size(value) for name, value in item.items())


def _value_size(value: dict[str, Any]) -> int:
    (kind, inner), *_ = value.items()
    if kind == "S":
        return len(str(inner).encode())
    if kind == "N":
        digits = str(inner).lstrip("-").replace(".", "").lstrip("0")
        return (len(digits) + 1) // 2 + 1
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "L":
        return 3 + sum(1 + _value_size(v) for v in inner)
    if kind == "M":
        return 3 + sum(1 + len(k.encode()) + _value_size(v) for k, v in inner.items())
    if kind in ("SS", "NS", "BS"):
        return sum(len(str(v).encode()) for v in inner)
    return len(str(inner).encode())


def plan(spec: DataSpec) -> Plan:
    """The whole calendar for ``spec``: the same for the same spec."""
    rng = random.Random(spec.seed)
    today = spec.today_date
    names = _department_names(spec.departments)
    created = datetime.combine(add_months(spec.first_month, -3), time(1, 30), UTC)
    departments = [
        Department(_new_id(rng), name, description, created, created) for name, description in names
    ]
    busy = departments[0]
    months = spec.month_list()
    regular = max(0, spec.events - spec.busy_events)
    weights = [rng.uniform(0.6, 1.4) for _ in departments]
    cells = [(d, m) for d in range(len(departments)) for m in range(len(months))]
    busy_cell = (0, months.index(spec.busy_month))  # holds exactly the crowded events
    cell_weights = [
        0.0 if (d, m) == busy_cell else weights[d] * rng.uniform(0.75, 1.25) for d, m in cells
    ]
    scale = regular / sum(cell_weights)
    counts = [int(w * scale) for w in cell_weights]
    open_cells = [i for i, cell in enumerate(cells) if cell != busy_cell]
    for index in rng.sample(open_cells, regular - sum(counts)):
        counts[index] += 1

    items: list[dict[str, str]] = []
    for (d, m), count in zip(cells, counts, strict=True):
        department = departments[d]
        first = months[m]
        for _ in range(count):
            day = _workday(rng, first)
            items.append(_item(rng, spec, department.id, day, today, rng.choice(_TITLES)))
    first = spec.busy_month
    days = (month_end(first) - first).days + 1
    for _ in range(spec.busy_events):
        day = first + timedelta(days=rng.randrange(days))
        if day.isoweekday() > 5 and rng.random() < 0.7:
            day = _workday(rng, first)
        items.append(_item(rng, spec, busy.id, day, today, rng.choice(_BUSY_TITLES)))
    for title in _LONG_TITLES:
        item = items[rng.randrange(len(items))]
        item["title"] = title

    summary: dict[tuple[str, str], list[int]] = {}
    for item in items:
        key = (item["department_id"], item["event_date"][:7])
        entry = summary.setdefault(key, [0, 0])
        entry[0] += 1
        entry[1] += item_size(item)
    return Plan(spec, departments, items, busy.id, summary)


def _department_names(count: int) -> list[tuple[str, str]]:
    names = list(DEPARTMENT_NAMES)
    index = 2
    while len(names) < count:
        base, description = DEPARTMENT_NAMES[len(names) % len(DEPARTMENT_NAMES)]
        names.append((f"{base} {index}", description))
        index += 1
    return names[:count]


def _new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _workday(rng: random.Random, first: date) -> date:
    days = (month_end(first) - first).days + 1
    while True:
        day = first + timedelta(days=rng.randrange(days))
        if day.isoweekday() <= 5 or rng.random() < 0.05:
            return day


def _time_text(rng: random.Random) -> str:
    kind = rng.choices(["time", "empty", "free"], [78, 16, 6])[0]
    if kind == "empty":
        return ""
    if kind == "free":
        return rng.choice(_FREE_TIMES)
    hour = rng.choices(range(8, 20), [2, 8, 10, 8, 3, 7, 10, 9, 7, 5, 2, 1])[0]
    minute = rng.choice([0, 0, 0, 30, 30, 15, 45])
    style = rng.choices(["korean", "clock", "english"], [60, 30, 10])[0]
    hour12 = hour % 12 or 12
    if style == "korean":
        return f"{'오전' if hour < 12 else '오후'} {hour12}:{minute:02d}"
    if style == "clock":
        return f"{hour:02d}:{minute:02d}"
    return f"{hour12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def _link(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(10))
    code = "-".join(
        "".join(rng.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(n)) for n in (3, 4, 3)
    )
    return rng.choice(_LINKS).format(digits=digits, code=code)


def _item(
    rng: random.Random, spec: DataSpec, department_id: str, day: date, today: date, title: str
) -> dict[str, str]:
    latest = min(day, today)
    created = datetime.combine(
        latest - timedelta(days=rng.randint(1, 30)),
        time(rng.randint(0, 10), rng.randrange(60), rng.randrange(60)),
        UTC,
    ) + timedelta(milliseconds=rng.randrange(1000))
    modified = created
    if rng.random() < 0.3:
        modified = created + timedelta(hours=rng.randint(1, 48), minutes=rng.randrange(60))
    event = Event(
        id=_new_id(rng),
        department_id=department_id,
        event_date=day,
        title=title,
        description=sample_description(rng, title),
        time=_time_text(rng),
        url=_link(rng) if rng.random() < 0.2 else "",
        created_at=created,
        last_modified=modified,
    )
    item = event.to_item()
    if rng.random() < spec.legacy_share:
        # As the web app leaves an item it updated: the time in ``time_val``, ``time`` stale,
        # naive timestamps with microseconds, empty fields left out.
        item["time_val"] = _time_text(rng) or "오후 2:00"
        item["created_at"] = created.replace(tzinfo=None).isoformat(timespec="microseconds")
        item["last_modified"] = modified.replace(tzinfo=None).isoformat(timespec="microseconds")
        for name in ("description", "url"):
            if not item[name]:
                del item[name]
    return item
