"""The months memory on its own: no server, no Qt, clocks handed in."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from desktop.domain.freshness import READ_UNITS_PER_HOUR, STALE_SECONDS
from desktop.domain.models import Event
from desktop.workers.months import ArrangedMonths, MonthsMemory, Sources, arrange

NOV = date(2026, 11, 1)
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@dataclass
class Batch:
    events: list[Event]
    fetched_at: datetime = NOW
    read_units: float = 2.0


@dataclass
class Result:
    month: date
    batches: dict[str, Batch] = field(default_factory=dict)
    fetched_tick: float | None = None


class Clocks:
    def __init__(self) -> None:
        self.tick = 1000.0
        self.now = NOW

    def memory(self) -> MonthsMemory:
        return MonthsMemory(clock=lambda: self.tick, wall=lambda: self.now)

    def wait(self, seconds: float) -> None:
        self.tick += seconds
        self.now += timedelta(seconds=seconds)


def event(title: str, day: date = date(2026, 11, 3), department: str = "dev") -> Event:
    return Event(f"id-{title}", department, day, title)


def fetched(memory: MonthsMemory, clocks: Clocks, *, units: float = 2.0) -> None:
    batch = Batch([event("회의")], fetched_at=clocks.now, read_units=units)
    memory.remember(Result(NOV, {"dev": batch}, fetched_tick=clocks.tick))


def test_importing_it_loads_no_qt() -> None:
    code = (
        "import sys, desktop.workers.months; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_cheap_month_stays_fresh_two_minutes() -> None:
    clocks = Clocks()
    memory = clocks.memory()
    fetched(memory, clocks, units=2.0)
    assert memory.max_age(["dev"], NOV) == STALE_SECONDS
    clocks.wait(STALE_SECONDS - 1)
    assert memory.is_fresh(["dev"], NOV)
    clocks.wait(2)
    assert not memory.is_fresh(["dev"], NOV)


def test_a_costly_month_is_spread_over_the_hourly_allowance() -> None:
    clocks = Clocks()
    memory = clocks.memory()
    fetched(memory, clocks, units=100.0)
    seconds = 100.0 * 3600 / READ_UNITS_PER_HOUR
    assert memory.max_age(["dev"], NOV) == seconds
    clocks.wait(seconds / 2)
    assert memory.is_fresh(["dev"], NOV)  # a cheap month would be stale by now
    clocks.wait(seconds / 2 + 1)
    assert not memory.is_fresh(["dev"], NOV)


def test_the_read_cost_of_every_shown_department_counts() -> None:
    clocks = Clocks()
    memory = clocks.memory()
    memory.remember(
        Result(NOV, {"dev": Batch([], read_units=60.0), "sales": Batch([], read_units=60.0)})
    )
    assert memory.max_age(["dev"], NOV) == 60.0 * 36
    assert memory.max_age(["dev", "sales"], NOV) == 120.0 * 36


def test_a_session_fetch_is_timed_by_the_monotonic_clock_only() -> None:
    clocks = Clocks()
    memory = clocks.memory()
    fetched(memory, clocks)
    clocks.now -= timedelta(days=1)  # the computer's clock set back
    assert memory.is_fresh(["dev"], NOV)
    clocks.now += timedelta(days=2)  # … or forward
    assert memory.is_fresh(["dev"], NOV)
    clocks.tick += STALE_SECONDS
    assert not memory.is_fresh(["dev"], NOV)


def test_a_cached_month_from_the_future_is_stale() -> None:
    clocks = Clocks()
    memory = clocks.memory()
    memory.keep_cached(NOV, {"dev": Batch([event("회의")], fetched_at=NOW + timedelta(hours=1))})
    assert not memory.is_fresh(["dev"], NOV)
    memory.keep_cached(NOV, {"sales": Batch([], fetched_at=NOW - timedelta(seconds=10))})
    assert memory.is_fresh(["sales"], NOV)  # an earlier session's recent fetch


def test_a_cached_month_never_replaces_a_known_one() -> None:
    clocks = Clocks()
    memory = clocks.memory()
    fetched(memory, clocks)
    memory.keep_cached(NOV, {"dev": Batch([], fetched_at=NOW - timedelta(days=3))})
    assert [e.title for e in memory.events("dev", NOV)] == ["회의"]
    assert memory.fetched_at("dev", NOV) == NOW


def test_missing_and_oldest_fetch() -> None:
    clocks = Clocks()
    memory = clocks.memory()
    assert memory.missing(["dev", "sales"], NOV) == ["dev", "sales"]
    assert memory.oldest_fetch(["dev"], NOV) is None
    fetched(memory, clocks)
    memory.keep_cached(NOV, {"sales": Batch([], fetched_at=NOW - timedelta(hours=1))})
    assert memory.missing(["dev", "sales", "hr"], date(2026, 11, 20)) == ["hr"]
    assert memory.oldest_fetch(["dev", "sales"], NOV) == NOW - timedelta(hours=1)
    assert not memory.is_fresh(["dev", "hr"], NOV)


def test_put_and_forget_an_event_before_the_table_confirms() -> None:
    clocks = Clocks()
    memory = clocks.memory()
    fetched(memory, clocks)
    changed = event("회의").with_changes(title="회의 (3층)")
    memory.put_event(changed)
    assert [e.title for e in memory.events("dev", NOV)] == ["회의 (3층)"]  # replaced, by id
    assert memory.fetched_at("dev", NOV) == NOW  # still the fetch's time
    memory.mark_pending(changed)
    assert memory.state(changed) == "pending"
    memory.forget_event(changed)
    assert memory.events("dev", NOV) == []
    memory.forget_event(event("어디에도 없음", date(2027, 1, 5)))  # unknown month: nothing
    assert (("dev", date(2027, 1, 1))) not in memory


def test_a_month_never_fetched_keeps_only_the_event_and_stays_stale() -> None:
    clocks = Clocks()
    memory = clocks.memory()
    far = event("먼 일정", date(2027, 5, 10))
    memory.put_event(far)
    may = date(2027, 5, 1)
    assert memory.events("dev", may) == [far]
    assert memory.missing(["dev"], may) == []  # shown at once …
    assert not memory.is_fresh(["dev"], may)  # … and read when the month is shown
    assert memory.fetched_at("dev", may) == datetime.fromtimestamp(0, UTC)


def test_events_between_spans_the_grid_and_only_the_shown() -> None:
    clocks = Clocks()
    memory = clocks.memory()
    october = event("시월 말", date(2026, 10, 30))
    november = event("십일월", date(2026, 11, 3))
    december = event("십이월 초", date(2026, 12, 2))
    outside = event("범위 밖", date(2026, 10, 1))
    sales = event("영업", date(2026, 11, 4), department="sales")
    for e in (october, november, december, outside, sales):
        memory.put_event(e)
    found = memory.events_between(["dev"], date(2026, 10, 26), date(2026, 12, 6))
    assert found == [october, november, december]
    assert memory.events_between(["sales"], date(2026, 10, 26), date(2026, 12, 6)) == [sales]


def test_outbox_states_and_clear() -> None:
    clocks = Clocks()
    memory = clocks.memory()
    fetched(memory, clocks)
    key = ("id-회의", "dev")
    assert memory.set_states({key: "conflict"})
    assert not memory.set_states({key: "conflict"})
    memory.mark_pending(event("회의"))
    assert memory.states[key] == "conflict"  # a conflict mark is not lowered to pending
    memory.saved_at = NOW
    assert memory.newest_saved() == NOW
    memory.clear()
    assert len(memory) == 0 and memory.newest_saved() is None
    assert not memory.is_fresh(["dev"], NOV)


# --- the entries arranged once per month list ------------------------------------------------


@dataclass(frozen=True)
class Entry:
    event: Event
    shows: str  # what the entry shows of its department and mark


def _month(department: str, first: date, times: list[str]) -> list[Event]:
    return [
        Event(
            f"{department}-{first:%m}-{n}",
            department,
            first + timedelta(days=n % 3),
            f"t{n}",
            time=t,
        )
        for n, t in enumerate(times)
    ]


def test_arranged_once_a_month_shows_what_arranging_again_shows() -> None:
    """An overlay's days mixed in calendar order, a month half in the range, and a month
    changed (a new list), a renamed department or a new outbox mark: as if arranged anew."""
    november = _month("dev", date(2026, 11, 1), ["오후 3:00", "", "오전 9:00", "10:00", ""])
    december = _month("dev", date(2026, 12, 1), ["오전 9:00", "", "오후 1:00"])
    overlay = _month("ops", date(2026, 12, 1), ["오전 8:00", "오후 2:00", ""])
    states: dict[str, str] = {}
    names = {"dev": "개발팀", "ops": "운영팀"}

    def make(department_id: str, event: Event) -> Entry:
        return Entry(event, f"{names[department_id]} {states.get(event.id, '')}")

    memo: ArrangedMonths[Entry] = ArrangedMonths()

    def both(sources: Sources, first: date, last: date) -> None:
        inputs = {d: (name, dict(states)) for d, name in names.items()}
        fresh = arrange(sources, first, last, make)
        assert arrange(sources, first, last, make, memo=memo, inputs=inputs) == fresh
        assert arrange(sources, first, last, make, memo=memo, inputs=inputs) == fresh
        assert list(fresh) == sorted(fresh, key=lambda e: e.event.sort_key())
        wanted = [
            e for _d, lists in sources for es in lists for e in es if first <= e.event_date <= last
        ]
        assert sorted(e.event.id for e in fresh) == sorted(e.id for e in wanted)

    sources: Sources = [("dev", [november, december]), ("ops", [overlay])]
    both(sources, date(2026, 11, 2), date(2027, 1, 31))  # November only from the 2nd
    both(sources, date(2026, 11, 1), date(2027, 1, 31))
    december = [*december, Event("new", "dev", date(2026, 12, 2), "추가", time="오전 7:00")]
    sources = [("dev", [november, december]), ("ops", [overlay])]
    both(sources, date(2026, 11, 1), date(2027, 1, 31))
    stray = [*november, Event("stray", "dev", date(2026, 12, 31), "다른 달")]  # not kept
    both([("dev", [stray])], date(2026, 11, 1), date(2026, 11, 30))
    names["ops"] = "운영지원팀"
    both(sources, date(2026, 11, 1), date(2027, 1, 31))
    states["new"] = "pending"
    both(sources, date(2026, 11, 1), date(2027, 1, 31))
    inputs = {d: (name, dict(states)) for d, name in names.items()}
    shown = arrange(sources, date(2026, 11, 1), date(2027, 1, 31), make, memo=memo, inputs=inputs)
    assert any(e.shows == "개발팀 pending" for e in shown)
    assert any(e.shows.startswith("운영지원팀") for e in shown)
