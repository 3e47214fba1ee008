"""Search at scale: the first page of a search over every department of a big offline cache.

``fill_cache`` writes a cache file directly (no server): ``events`` events of 50 departments
over five years, Korean and English titles, every (department, month) marked fetched. Files
are kept under ``bench/.cache/`` (ignored by git) by size, so a second run reuses them: 5M
events take minutes to write once.

Each figure is one fresh process (``python -m bench.search QUERY PATH``) that opens the cache
and times :meth:`Cache.search_page` over every department: the first page, as the window asks
for it while the user types. Queries: 회의 (a two-syllable word in a third of the titles), a
longer English word (in a tenth), and a rare one (a handful of events).
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.report import Row, median

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
SOURCE = "ap-northeast-2||departments|events"
SIZES = {"quick": 5_000, "1x": 50_000, "10x": 500_000, "100x": 5_000_000}
QUERIES = {"common": "회의", "word": "review", "rare": "특허출원"}
BUDGET_MS = 100.0

_KOREAN = [
    "주간 회의",
    "팀 회의",
    "월간 보고",
    "출장",
    "코드 리뷰",
    "면접",
    "워크숍 준비",
    "고객사 미팅",
    "분기 실적 보고",
    "교육",
    "전체 회의",
    "프로젝트 회의",
]
_ENGLISH = ["Weekly sync", "Design review", "Sprint planning", "1:1", "Retro", "Code review"]
_TIMES = ["오전 9:00", "오전 10:30", "12:00", "오후 2:00", "오후 4:30", "", "15:00"]
_RARE_EVERY = 1_000_000  # one "특허출원 마감" in this many events (at least 3 in a file)


def department_ids(count: int = 50) -> list[str]:
    return [str(uuid.uuid5(uuid.NAMESPACE_URL, f"deptcal-bench-search-{i}")) for i in range(count)]


def fill_cache(
    path: Path,
    events: int,
    *,
    departments: int = 50,
    years: int = 5,
    source: str = SOURCE,
    first_day: date = date(2022, 1, 1),
    seed: int = 16,
) -> Path:
    """Write a cache file at ``path`` with ``events`` generated events (nothing if it exists).

    Through the app's own schema and row format (:class:`Cache`), in transactions of 50,000
    rows; the search index fills by its triggers as the rows go in.
    """
    from desktop.data.cache import Cache
    from desktop.data.cache_schema import event_row, insert_events
    from desktop.domain.calendar import add_months
    from desktop.domain.models import Department, Event

    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for stale in partial.parent.glob(partial.name + "*"):
        stale.unlink()
    rng = random.Random(seed)
    ids = department_ids(departments)
    days = (add_months(first_day, 12 * years) - first_day).days
    rare_every = max(1, min(_RARE_EVERY, events // 3))
    fetched = datetime(2026, 12, 1, tzinfo=UTC)
    with Cache.open(partial, source) as cache:
        cache.replace_departments([Department(d, f"부서 {i + 1}", "") for i, d in enumerate(ids)])

        def batch(start: int, stop: int) -> list[tuple[Any, ...]]:
            rows = []
            for n in range(start, stop):
                if n % rare_every == rare_every // 2:
                    title = "특허출원 마감"
                elif rng.random() < 0.25:
                    title = rng.choice(_ENGLISH)
                else:
                    title = rng.choice(_KOREAN)
                day = first_day + timedelta(days=rng.randrange(days))
                event = Event(
                    f"e{n:08d}",
                    rng.choice(ids),
                    day,
                    title,
                    "회의실 A" if rng.random() < 0.1 else "",
                    rng.choice(_TIMES),
                )
                rows.append(event_row(source, event))
            return rows

        def insert(rows: list[tuple[Any, ...]]) -> None:
            cache.transaction(lambda conn: insert_events(conn, rows))

        for start in range(0, events, 50_000):
            insert(batch(start, min(events, start + 50_000)))
        months = [add_months(first_day, m) for m in range(12 * years)]

        def mark(conn: sqlite3.Connection) -> None:
            conn.executemany(
                "INSERT OR REPLACE INTO fetched_months VALUES (?, ?, ?, ?)",
                [(source, d, m.isoformat(), fetched.isoformat()) for d in ids for m in months],
            )

        cache.transaction(mark)
    partial.replace(path)
    for suffix in ("-wal", "-shm"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)
    return path


def cache_path(scale: str) -> Path:
    return fill_cache(CACHE_DIR / f"search-{scale}.sqlite3", SIZES[scale])


def _child(query: str, path: str) -> None:
    """One fresh process: open the cache, time the first page over every department."""
    from desktop.data.cache import Cache

    started = time.perf_counter()
    with Cache.open(Path(path), SOURCE) as cache:
        opened = time.perf_counter()
        ids = [d.id for d in cache.departments()]
        before = time.perf_counter()
        page = cache.search_page(ids, query)
        after = time.perf_counter()
    assert page is not None
    print(
        json.dumps(
            {
                "open_ms": (opened - started) * 1000,
                "search_ms": (after - before) * 1000,
                "found": len(page.events),
                "more": page.after is not None,
            }
        )
    )


def measure(scales: list[str], runs: int) -> dict[str, Any]:
    """``runs`` fresh processes per (scale, query)."""
    results: dict[str, Any] = {}
    for scale in scales:
        filled = time.perf_counter()
        path = cache_path(scale)
        results[scale] = {
            "events": SIZES[scale],
            "fill_seconds": time.perf_counter() - filled,
            "bytes": path.stat().st_size,
        }
        for name, query in QUERIES.items():
            samples = []
            for _ in range(runs):
                out = subprocess.run(
                    [sys.executable, "-m", "bench.search", query, str(path)],
                    capture_output=True,
                    text=True,
                    check=True,
                    timeout=600,
                )
                samples.append(json.loads(out.stdout.strip().splitlines()[-1]))
            results[scale][name] = samples
    return results


def rows(raw: dict[str, Any], enforce: bool) -> list[Row]:
    """One row per (scale, query): the first page's time, min/median/max over the processes."""
    built = []
    for scale, figures in raw.items():
        for name, query in QUERIES.items():
            samples = figures.get(name, [])
            times = [s["search_ms"] for s in samples]
            if not times:
                continue
            worst = max(times)
            value = median(times)
            built.append(
                Row(
                    id=f"search.{scale}.{name}",
                    name=f"search {query}: first page, 50 departments, "
                    f"{figures['events']:,} events",
                    unit="ms",
                    median=value,
                    budget=f"<= {BUDGET_MS:.0f} ms",
                    passed=(value <= BUDGET_MS) if enforce else None,
                    note=f"min {min(times):.1f} / max {worst:.1f} ms over {len(times)} "
                    f"processes; {samples[0]['found']} found"
                    + (", more to stream" if samples[0]["more"] else ""),
                    details={"ms": times, "open_ms": [s["open_ms"] for s in samples]},
                )
            )
    return built


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
