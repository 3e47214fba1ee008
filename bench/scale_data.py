"""The scale data sets: 1× (30 departments, 50,000 events, two years), 10× and 100× (50
departments, 500,000 and 5,000,000 events, five years), written straight into the app's SQLite
cache through the app's own :class:`Cache` (``replace_month`` per department and month), so the
file has exactly the schema, indexes and triggers the app writes, whatever they become.

Every (department, month) cell is drawn from its own seeded generator: the harness can make
any cell again without the rest (the months the measured scenario navigates are also loaded
into the bench's DynamoDB endpoint, identical to the cache). Generation streams one cell at a
time (memory stays flat) and lands in ``bench/.data/`` (gitignored), keyed by generator
version, size and month, so a second run reuses the file.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from bench.data import _BUSY_TITLES, _TITLES, _department_names, _link, _new_id, _time_text
from desktop.data.store import encode_item
from desktop.demo import sample_description
from desktop.domain.calendar import add_months, month_end, month_start
from desktop.domain.models import Department, Event, revision_of
from desktop.domain.timestamps import format_timestamp

VERSION = 1  # bump when the generated data changes: older files are then made anew
DATA_DIR = Path(__file__).resolve().parent / ".data"
BUSY_WEIGHT = 2.0  # the crowded department's months hold twice a typical department's
ENGLISH_SHARE = 0.25  # events titled and described in English

_ENGLISH_TITLES = [
    "Weekly sync",
    "Sprint planning",
    "Customer call",
    "Design review",
    "Quarterly business review",
    "1:1",
    "Release readiness",
    "Security audit follow-up",
    "Onboarding session",
    "Vendor meeting",
    "All hands",
    "Incident postmortem",
]
_ENGLISH_DESCRIPTIONS = [
    "",
    "",
    "Agenda in the shared drive.",
    "Please bring your laptop.",
    "Room 3F large meeting room\nDial-in link in the invite.",
    "Agenda\n1. Status\n2. Risks\n3. Next steps",
    "Follow-up from last week's discussion.",
]


@dataclass(frozen=True)
class Layout:
    """How many events each (department, month) cell holds: cheap to compute, the same for the
    same arguments."""

    departments: int
    events: int
    years: int
    seed: int
    anchor: str  # "today" of the data set: its month is the crowded month
    busy_events: int = 3_000  # the crowded department's current month

    @property
    def months_ahead(self) -> int:
        """Months after the current one that hold events (a fifth of the span)."""
        return 12 * self.years // 5

    @property
    def anchor_date(self) -> date:
        return date.fromisoformat(self.anchor)

    @property
    def busy_month(self) -> date:
        return month_start(self.anchor_date)

    def months(self) -> list[date]:
        count = 12 * self.years
        first = add_months(self.busy_month, -(count - 1 - self.months_ahead))
        return [add_months(first, i) for i in range(count)]

    def department_list(self) -> list[Department]:
        rng = random.Random(f"{self.seed}:departments")
        created = datetime.combine(
            add_months(self.months()[0], -3), clock_time(1, 30), UTC
        ).replace(microsecond=0)
        departments = []
        for name, description in _department_names(self.departments):
            item = Department(_new_id(rng), name, description, created, created).to_item()
            departments.append(Department.from_item(item, encode_item(item)))
        return departments

    def counts(self) -> list[list[int]]:
        """``counts[d][m]``: events of department ``d`` in month ``m`` (the crowded one is
        department 0; its current month holds ``busy_events``)."""
        rng = random.Random(f"{self.seed}:counts")
        months = self.months()
        busy_index = months.index(self.busy_month)
        weights = [BUSY_WEIGHT] + [rng.uniform(0.6, 1.4) for _ in range(self.departments - 1)]
        cells = [
            [weights[d] * rng.uniform(0.75, 1.25) for _m in months] for d in range(self.departments)
        ]
        busy = min(self.busy_events, self.events)
        cells[0][busy_index] = 0.0
        total = sum(sum(row) for row in cells)
        regular = self.events - busy
        counts = [[int(w * regular / total) for w in row] for row in cells]
        short = regular - sum(sum(row) for row in counts)
        open_cells = [
            (d, m)
            for d in range(self.departments)
            for m in range(len(months))
            if (d, m) != (0, busy_index)
        ]
        for d, m in rng.sample(open_cells, short):
            counts[d][m] += 1
        counts[0][busy_index] = busy
        return counts

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _cell(
    layout: Layout, department_id: str, month: date, count: int, *, busy: bool
) -> list[Event]:
    rng = random.Random(f"{layout.seed}:{department_id}:{month:%Y-%m}")
    today = layout.anchor_date
    days = (month_end(month) - month).days + 1
    events = []
    crowded = busy and month == layout.busy_month
    for _ in range(count):
        day = month + timedelta(days=rng.randrange(days))
        if day.isoweekday() > 5 and rng.random() < 0.9:
            day = month + timedelta(days=rng.randrange(days))
        if rng.random() < ENGLISH_SHARE:
            title = rng.choice(_ENGLISH_TITLES)
            description = rng.choice(_ENGLISH_DESCRIPTIONS)
        else:
            title = rng.choice(_BUSY_TITLES if crowded else _TITLES)
            description = sample_description(rng, title)
        latest = min(day, today)
        created = datetime.combine(
            latest - timedelta(days=rng.randint(1, 30)),
            clock_time(rng.randint(0, 10), rng.randrange(60), rng.randrange(60)),
            UTC,
        ).replace(microsecond=rng.randrange(1000) * 1000)
        modified = created
        if rng.random() < 0.3:
            modified = created + timedelta(hours=rng.randint(1, 48), minutes=rng.randrange(60))
        events.append(
            Event(
                id=_new_id(rng),
                department_id=department_id,
                event_date=day,
                title=title,
                description=description,
                time=_time_text(rng),
                url=_link(rng) if rng.random() < 0.2 else "",
                created_at=created,
                last_modified=modified,
                # As read back from the table: the revision is the stored ``last_modified``.
                revision=revision_of({"S": format_timestamp(modified)}),
            )
        )
    return events


class Cells:
    """A layout's departments and counts, computed once, and any of its cells."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.departments = layout.department_list()
        self.months = layout.months()
        self.counts = layout.counts()

    @property
    def busy_id(self) -> str:
        return self.departments[0].id

    def events(self, d: int, month: date) -> list[Event]:
        m = self.months.index(month)
        return _cell(self.layout, self.departments[d].id, month, self.counts[d][m], busy=d == 0)

    def count(self, d: int, month: date) -> int:
        return self.counts[d][self.months.index(month)] if month in self.months else 0


def generate(
    path: Path,
    departments: int,
    events: int,
    years: int,
    seed: int,
    *,
    source: str,
    anchor: date,
    busy_events: int = 3_000,
) -> dict[str, Any]:
    """Write the data set into a new cache file at ``path`` (every month fetched a day before
    ``anchor``); return its manifest."""
    from desktop.data.cache import Cache

    layout = Layout(departments, events, years, seed, anchor.isoformat(), busy_events)
    cells = Cells(layout)
    started = time.perf_counter()
    fetched = datetime.combine(anchor, clock_time(9), UTC) - timedelta(days=1)
    written = 0
    with Cache.open(path, source) as cache:
        cache.replace_departments(cells.departments)
        for d, department in enumerate(cells.departments):
            for month in cells.months:
                month_events = cells.events(d, month)
                cache.replace_month(department.id, month, month_events, fetched)
                written += len(month_events)
    return {
        "version": VERSION,
        "layout": layout.to_json(),
        "source": source,
        "events": written,
        "busy_department": cells.busy_id,
        "generate_seconds": time.perf_counter() - started,
    }


def ensure(
    label: str,
    departments: int,
    events: int,
    years: int,
    *,
    source: str,
    anchor: date,
    seed: int = 11,
    folder: Path = DATA_DIR,
) -> tuple[Path, dict[str, Any], bool]:
    """The data set's cache file, generated if this generator version, cache schema, size,
    source and month have none yet (older files of the same size are removed): a file of an
    older schema would be migrated on every run's copy (an index over 5,000,000 events).
    Returns (path, manifest, reused)."""
    from desktop.data.cache_schema import SCHEMA_VERSION

    key = f"v{VERSION}s{SCHEMA_VERSION}-{label}-{anchor:%Y-%m}"
    home = folder / key
    manifest_file = home / "manifest.json"
    cache_file = home / "cache.sqlite3"
    if manifest_file.exists() and cache_file.exists():
        manifest: dict[str, Any] = json.loads(manifest_file.read_text(encoding="utf-8"))
        if manifest.get("source") == source and manifest["layout"]["anchor"] == anchor.isoformat():
            return cache_file, manifest, True
    for old in folder.glob(f"v*-{label}-*") if folder.exists() else []:
        if not old.name.startswith(key):  # older versions and months of this size
            shutil.rmtree(old, ignore_errors=True)
    building = folder / f"{key}.building"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    manifest = generate(
        building / "cache.sqlite3",
        departments,
        events,
        years,
        seed,
        source=source,
        anchor=anchor,
    )
    manifest["bytes"] = (building / "cache.sqlite3").stat().st_size
    (building / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    building.rename(home)  # complete files only: an interrupted run leaves no half data set
    return cache_file, manifest, False
