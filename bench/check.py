"""Row 9: a month read from a large cache while its whole-file check runs.

Self-contained: no server. It fills a cache file directly (50 departments over five years, by
default 500,000 events: the 10× calendar), then each of ``runs`` fresh processes
(``python -m bench.check measure``) times month reads of a typical department

- with nothing else running (the baseline),
- while :meth:`Cache.check` reads the file (restarted until enough reads were made), and
- while ``PRAGMA quick_check`` runs under the cache's lock, as the check did before it had a
  connection of its own (a few reads: each waits for the whole check).

The file is warm in the OS cache (the build just wrote it, and the baseline reads it first): a
cold file makes the check last longer, not the reads slower, since nothing waits on it.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.report import Row, median, ratio

SOURCE = "ap-northeast-2||departments|events"
BUDGET = 1.25  # × the same reads without the check (a second reader on two cores)
TITLES = ["주간 회의", "고객사 미팅", "코드 리뷰", "출장", "교육", "워크숍", "면담", "보고"]


def months_of(years: int, today: date) -> list[date]:
    first = date(today.year - years + 1, 1, 1)
    return [date(first.year + i // 12, 1 + i % 12, 1) for i in range(12 * years)]


def build(path: Path, events: int, departments: int = 50, years: int = 5) -> dict[str, Any]:
    """A cache file of ``events`` events, every (department, month) marked as fetched."""
    from desktop.data.cache import Cache
    from desktop.data.cache_schema import INSERT_EVENT, event_row
    from desktop.domain.models import Event

    started = time.perf_counter()
    rng = random.Random(16)
    months = months_of(years, date(2026, 12, 1))
    fetched = datetime(2026, 12, 1, 9, tzinfo=UTC)
    with Cache.open(path, SOURCE) as cache:
        for d in range(departments):
            for month in months:
                cache.replace_month(f"dept-{d:02}", month, [], fetched)
        batch: list[tuple[Any, ...]] = []
        for i in range(events):
            month = months[rng.randrange(len(months))]
            event = Event(
                f"event-{i:07}",
                f"dept-{i % departments:02}",
                month + timedelta(days=rng.randrange(28)),
                f"{rng.choice(TITLES)} {i}",
                description="안건: 일정 확인, 자료 공유, 다음 단계 논의. " * rng.randrange(1, 4),
                time="오후 2:00",
            )
            batch.append(event_row(SOURCE, event))
            if len(batch) == 20_000 or i == events - 1:
                rows = batch
                cache.transaction(lambda conn, rows=rows: conn.executemany(INSERT_EVENT, rows))
                batch = []
    return {
        "events": events,
        "departments": departments,
        "months": [m.isoformat() for m in months],
        "bytes": path.stat().st_size,
        "build_seconds": time.perf_counter() - started,
    }


def measure(path: Path, built: dict[str, Any], reads: int) -> dict[str, Any]:
    """One process: month reads alone, during the check, and behind the old locked check."""
    from desktop.data.cache import CHECK_EVERY, Cache
    from desktop.workers.idle_check import lower_this_threads_priority

    rng = random.Random()
    months = [date.fromisoformat(m) for m in built["months"]]
    departments = built["departments"]

    def one_read(cache: Cache) -> float:
        department = f"dept-{rng.randrange(departments):02}"
        month = months[rng.randrange(len(months))]
        began = time.perf_counter()
        cache.month(department, month)
        return time.perf_counter() - began

    with Cache.open(path, SOURCE) as cache:
        opened = time.perf_counter()
        cache.check()  # warms the file and the check's own first run
        first_check = time.perf_counter() - opened
        # In turn: reads during a whole check, then as many reads alone, so that a change of
        # the machine's load meanwhile weighs on both sides alike.
        alone: list[float] = []
        during: list[float] = []
        checks: list[float] = []
        while len(during) < reads:
            done = threading.Event()

            def check(done: threading.Event = done) -> None:
                lower_this_threads_priority()  # as the app's check runs
                began = time.perf_counter()
                cache.check_if_due(datetime.now(UTC) + 2 * CHECK_EVERY)  # due: runs
                checks.append(time.perf_counter() - began)
                done.set()

            thread = threading.Thread(target=check)
            thread.start()
            phase = 0
            while not done.is_set():
                during.append(one_read(cache))
                phase += 1
            thread.join()
            alone += [one_read(cache) for _ in range(phase)]

        locked: list[float] = []
        for _ in range(3):
            started = threading.Event()

            def old_check(started: threading.Event = started) -> None:
                def run(conn: Any) -> None:
                    started.set()
                    conn.execute("PRAGMA quick_check").fetchall()

                cache._db.run(run)

            thread = threading.Thread(target=old_check)
            thread.start()
            started.wait()
            locked.append(one_read(cache))
            thread.join()
    return {
        "alone_seconds": alone,
        "during_seconds": during,
        "check_seconds": checks,
        "first_check_seconds": first_check,
        "locked_seconds": locked,
    }


def run(
    tmp: Path, *, quick: bool, runs: int | None = None, events: int | None = None
) -> dict[str, Any]:
    """Build the file, then measure in ``runs`` fresh processes."""
    path = tmp / "check-cache.sqlite3"
    built = build(path, events or (5_000 if quick else 500_000))
    processes = runs or (1 if quick else 10)
    reads = 20 if quick else 200
    results = []
    for _ in range(processes):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.check",
                "measure",
                str(path),
                json.dumps(built),
                str(reads),
            ],
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"bench.check measure failed:\n{done.stderr[-4000:]}")
        results.append(json.loads(done.stdout.splitlines()[-1]))
    return {"built": built, "runs": results}


def rows(raw: dict[str, Any], enforce: bool) -> list[Row]:
    built, runs = raw["built"], raw["runs"]
    during = [statistics.median(r["during_seconds"]) * 1000 for r in runs]
    alone = [statistics.median(r["alone_seconds"]) * 1000 for r in runs]
    worst = [max(r["during_seconds"]) * 1000 for r in runs]
    locked = [statistics.median(r["locked_seconds"]) * 1000 for r in runs]
    value, base = median(during), median(alone)
    r = ratio(value, base)
    return [
        Row(
            id="check",
            name=(
                f"9. month read while the cache's whole-file check runs "
                f"({built['events']:,} events, {built['bytes'] / 1e6:.0f} MB, warm)"
            ),
            unit="ms",
            median=value,
            baseline=base,
            baseline_name="the same reads without the check",
            ratio=r,
            budget=f"≤ {BUDGET}×",
            passed=None if not enforce or r is None else r <= BUDGET,
            details={
                "processes": len(runs),
                "during_median_ms_per_process": during,
                "alone_median_ms_per_process": alone,
                "during_min_median_max_ms": [min(during), value, max(during)],
                "during_worst_read_ms_per_process": worst,
                "check_seconds_median": median(
                    [statistics.median(x["check_seconds"]) for x in runs]
                ),
                "first_check_seconds": [x["first_check_seconds"] for x in runs],
                "reads_per_process": len(runs[0]["during_seconds"]) if runs else 0,
                "build_seconds": built["build_seconds"],
            },
        ),
        Row(
            id="check.locked",
            name="9. the same read behind the check as it was (PRAGMA quick_check under the lock)",
            unit="ms",
            median=median(locked),
            baseline=base,
            baseline_name="the same reads without the check",
            ratio=ratio(median(locked), base),
            details={"locked_median_ms_per_process": locked},
        ),
    ]


def main(argv: list[str]) -> int:
    if argv[:1] == ["measure"]:
        result = measure(Path(argv[1]), json.loads(argv[2]), int(argv[3]))
        print(json.dumps(result))
        return 0
    if argv[:1] == ["run"]:  # python -m bench.check run EVENTS RUNS: the row alone
        import tempfile

        from bench import report

        with tempfile.TemporaryDirectory(prefix="deptcal-check-") as name:
            raw = run(Path(name), quick=False, events=int(argv[1]), runs=int(argv[2]))
        built = rows(raw, enforce=True)
        print(report.table(built))
        print(json.dumps(built[0].details, indent=1))
        return 0
    print("usage: python -m bench.check run EVENTS RUNS", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
