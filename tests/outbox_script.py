"""A scripted day of offline work, for the kill test (``python -m tests.outbox_script``).

A user makes the script's edits while offline; then the network is back and the outbox is sent.
The process can be told to SIGKILL itself at its Nth *checkpoint*: before and after every outbox
commit, before and after every request to the table (botocore's own events), so every step of
recording and replaying is covered.

The user's progress is a file written after each edit returns. If the process dies between an
edit's commit and that file, the next run finds the edit already there (the calendar shows it)
and does not repeat it, as a person would.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop.data.cache import Cache
from desktop.data.config import ConnectionSettings
from desktop.data.outbox import Outbox, same_content
from desktop.data.store import DynamoStore
from desktop.domain.models import Event
from desktop.domain.series import Frequency, Repeat, occurrence_days, occurrences, rule_text

SOURCE = "kill-test"
DAY = date(2026, 11, 10)
FIRST, LAST = date(2026, 11, 1), date(2026, 11, 30)
DEV, DESIGN = "dept-dev", "dept-design"


def seed_events() -> list[Event]:
    """On the server (and in the cache, as fetched) before the day starts."""
    return [
        Event("seed-1", DEV, DAY, "주간 회의", time="오전 10:00"),
        Event("seed-2", DEV, DAY, "디자인 리뷰", time="오후 2:00"),
        Event("seed-3", DEV, DAY + timedelta(days=1), "취소될 일정"),
        Event("seed-4", DESIGN, DAY, "다른 팀 일정"),
    ]


@dataclass(frozen=True)
class Step:
    """One edit: the event (by id) as the user leaves it; ``None`` deletes it."""

    event_id: str
    department_id: str  # where it is before the step (for a create: where it goes)
    target: Callable[[Event | None], Event | None]


def _created(event: Event) -> Callable[[Event | None], Event | None]:
    return lambda _before: event


def _changed(**changes: Any) -> Callable[[Event | None], Event | None]:
    def change(before: Event | None) -> Event | None:
        assert before is not None
        return before.with_changes(**changes)

    return change


def _deleted(_before: Event | None) -> Event | None:
    return None


STEPS = [
    Step("new-a", DEV, _created(Event("new-a", DEV, DAY, "새 일정 A", time="오후 3:00"))),
    Step("new-a", DEV, _changed(title="새 일정 A (수정)", url="https://example.kr/a")),
    Step("seed-1", DEV, _changed(title="주간 회의 (장소 변경)", description="3층 회의실")),
    Step("seed-2", DEV, _changed(department_id=DESIGN)),
    Step("seed-3", DEV, _deleted),
    Step("new-b", DEV, _created(Event("new-b", DEV, DAY, "새 일정 B"))),
    Step("new-b", DEV, _changed(department_id=DESIGN, title="새 일정 B (이동)")),
    Step("seed-1", DEV, _changed(event_date=DAY + timedelta(days=2), time="오후 4:30")),
    Step("new-a", DEV, _deleted),
    Step("new-c", DESIGN, _created(Event("new-c", DESIGN, DAY, "새 일정 C"))),
    Step("seed-4", DESIGN, _changed(title="다른 팀 일정 (수정)")),
    Step("new-c", DESIGN, _changed(department_id=DEV)),
]


def final_state() -> dict[tuple[str, str], Event]:
    """The table as the user last left it: (id, department) → event (content only)."""
    events = {e.id: e for e in seed_events()}
    for step in STEPS:
        after = step.target(events.get(step.event_id))
        if after is None:
            events.pop(step.event_id, None)
        else:
            events[step.event_id] = after
    return {(e.id, e.department_id): e for e in events.values()}


# A repeating event made offline instead (``--series``): recorded in one transaction, then sent.
SERIES_ID = "5b0f8a6e-2f1c-4d7a-9e3b-7c1d2e4f6a80"


def series_items() -> list[Event]:
    rule = rule_text(DAY, Repeat(Frequency.WEEKLY, weekdays=(DAY.weekday(),), count=3))
    base = Event("series-base", DEV, DAY, "주간 보고", time="오전 9:00")
    return occurrences(base, rule, SERIES_ID, occurrence_days(rule))


def final_series_state() -> dict[tuple[str, str], Event]:
    events = [*seed_events(), *series_items()]
    return {(e.id, e.department_id): e for e in events}


def do_series(outbox: Outbox, progress: Path) -> None:
    """The user saves the repeating event (unless the last run did: the calendar shows it)."""
    if progress.exists():
        return
    items = series_items()
    if _local(outbox.cache, items[0].id) is None:
        outbox.record_many([(None, item) for item in items])
    _save_progress(progress, 1)


# --- the run ------------------------------------------------------------------------------------


def _local(cache: Cache, event_id: str) -> Event | None:
    found = [e for e in cache.events_between([DEV, DESIGN], FIRST, LAST) if e.id == event_id]
    assert len(found) <= 1, found
    return found[0] if found else None


def do_steps(outbox: Outbox, progress: Path) -> None:
    """The user's edits from where the last run stopped, each recorded in the outbox."""
    done = int(progress.read_text()) if progress.exists() else 0
    for number in range(done, len(STEPS)):
        step = STEPS[number]
        before = _local(outbox.cache, step.event_id)
        if number == done and _already_done(step, before, number):
            pass  # recorded just before the last run died, before its progress was saved
        else:
            outbox.record(before, step.target(before))
        _save_progress(progress, number + 1)


def _already_done(step: Step, before: Event | None, number: int) -> bool:
    """The local calendar shows this step's result already."""
    expected = _expected_before(number + 1).get(step.event_id)
    if expected is None:
        return before is None
    return before is not None and same_content(before, expected)


def _expected_before(count: int) -> dict[str, Event]:
    events = {e.id: e for e in seed_events()}
    for step in STEPS[:count]:
        after = step.target(events.get(step.event_id))
        if after is None:
            events.pop(step.event_id, None)
        else:
            events[step.event_id] = after
    return events


def _save_progress(progress: Path, count: int) -> None:
    temporary = progress.with_suffix(".tmp")
    with temporary.open("w") as file:
        file.write(str(count))
        file.flush()
        os.fsync(file.fileno())
    temporary.replace(progress)


def connect(endpoint: str, checkpoint: Callable[[str], None]) -> DynamoStore:
    store = DynamoStore(ConnectionSettings(endpoint_url=endpoint, read_timeout=5))
    store.client.meta.events.register(
        "before-send.dynamodb", lambda **_: checkpoint("http:before-send")
    )
    store.client.meta.events.register(
        "after-call.dynamodb", lambda **_: checkpoint("http:after-call")
    )
    return store


def run(
    cache_path: Path,
    progress: Path,
    store: DynamoStore | None,
    checkpoint: Callable[[str], None] = lambda _step: None,
    *,
    series: bool = False,
) -> Outbox:
    """One start of the app: recover, finish the user's edits, then send (if online)."""
    cache = Cache.open(cache_path, SOURCE)
    outbox = Outbox(cache, checkpoint)
    outbox.recover()
    if series:
        do_series(outbox, progress)
    else:
        do_steps(outbox, progress)
    if store is not None:
        while outbox.next_change() is not None:
            sent = outbox.send_all(store)
            assert all(s.outcome in ("written", "waiting") for s in sent), sent
    return outbox


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--progress", type=Path, required=True)
    parser.add_argument("--endpoint", default="")
    parser.add_argument("--die-at", type=int, default=0, help="SIGKILL at this checkpoint")
    parser.add_argument(
        "--die-later", type=float, default=0.0, help="… this many seconds after it, from a timer"
    )
    parser.add_argument("--series", action="store_true", help="make a repeating event instead")
    options = parser.parse_args(argv)
    reached = 0

    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    def checkpoint(step: str) -> None:
        nonlocal reached
        reached += 1
        if reached != options.die_at:
            return
        if options.die_later:
            threading.Timer(options.die_later, die).start()  # lands inside what follows
        else:
            die()

    store = connect(options.endpoint, checkpoint) if options.endpoint else None
    run(options.cache, options.progress, store, checkpoint, series=options.series)
    print(f"checkpoints={reached}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
