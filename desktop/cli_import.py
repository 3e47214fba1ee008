"""``deptcal import PATH.ics --department NAME``: an iCalendar file into a department.

The plan (:func:`desktop.data.ical_import.plan_import`) is printed first: what is skipped and
why, one line each, then the counts. Then, unless ``--dry-run``, it is written straight through
the store: new events with ``attribute_not_exists`` (an id already taken is reported), changes
and deletions conditioned on the version read for the plan (someone's change meanwhile is
reported, never overwritten). Times are written as 24-hour text (``14:00–15:30``); the app
shows every time in each user's own format.
"""

from __future__ import annotations

import argparse
import logging
from datetime import date
from typing import TYPE_CHECKING, TextIO

from desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from desktop.data.errors import AlreadyExistsError, ConflictError, StoreError
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.data.ical_import import ImportPlan, Row
    from desktop.data.store import DynamoStore
    from desktop.domain.models import Department

log = logging.getLogger(__name__)

_CONTEXT = "cli"


def import_ics(store: DynamoStore, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from desktop.data.ical_import import ImportFileError, default_range, plan_import

    department = _department(store, args.department, err)
    if department is None:
        return EXIT_USAGE
    first, last = default_range(date.today())
    start, end = args.start or first, args.end or last
    if end < start:
        print(
            "deptcal: "
            + tr(_CONTEXT, "--to ({end}) is before --from ({start}).").format(end=end, start=start),
            file=err,
        )
        return EXIT_USAGE
    if args.limit < 1:
        print("deptcal: " + tr(_CONTEXT, "--limit must be at least 1."), file=err)
        return EXIT_USAGE
    existing = {e.id: e for e in store.events_between(department.id, start, end).events}
    try:
        plan = plan_import(args.path, department.id, existing, start, end, args.limit)
    except ImportFileError as exc:
        print(f"deptcal: {exc}", file=err)
        return EXIT_FAILED
    from desktop.data.ical_import import Action

    skipped = tr(_CONTEXT, "skipped")
    for row in plan.rows:
        if row.action is Action.SKIP:
            print(f"{skipped} {_described(row)}: {row.why()}", file=out)
    print(
        tr(_CONTEXT, "{department} from {start} to {end}: {summary}").format(
            department=department.name, start=start, end=end, summary=plan.summary()
        ),
        file=out,
    )
    if args.dry_run:
        print(tr(_CONTEXT, "Dry run, nothing was written."), file=out)
        return EXIT_OK
    return _write(store, plan, out, err)


def _described(row: Row) -> str:
    return " ".join(part for part in (row.day.isoformat(), row.time, row.title) if part)


def _department(store: DynamoStore, name: str, err: TextIO) -> Department | None:
    found = store.find_departments_by_name(name.strip())
    if len(found) > 1:
        print(
            "deptcal: "
            + tr(
                _CONTEXT,
                "Several departments are named {name}; give the id of the one to import into.",
            ).format(name=name),
            file=err,
        )
        return None
    if found:
        return found[0]
    by_id = store.get_department(name.strip())
    if by_id is None:
        print(
            "deptcal: "
            + tr(
                _CONTEXT,
                "No department is named {name}. Check the name in the app's list of departments.",
            ).format(name=name),
            file=err,
        )
    return by_id


def _write(store: DynamoStore, plan: ImportPlan, out: TextIO, err: TextIO) -> int:
    from desktop.data.ical_import import Action

    done = {Action.CREATE: 0, Action.UPDATE: 0, Action.DELETE: 0}
    refused: list[Row] = []
    writes = [row for row in plan.rows if row.writes]
    for number, row in enumerate(writes):
        try:
            if row.action is Action.CREATE and row.event is not None:
                store.create_event(row.event)
            elif row.action is Action.UPDATE and row.event and row.existing:
                store.update_event(row.existing, row.event)
            elif row.action is Action.DELETE and row.existing is not None:
                store.delete_event(row.existing)
        except (AlreadyExistsError, ConflictError) as exc:
            log.info("Import of %s refused: %s", row.event.id if row.event else "?", exc)
            refused.append(row)
            continue
        except StoreError as exc:
            details = exc.details()
            print(
                "deptcal: "
                + tr(
                    _CONTEXT,
                    "Stopped after {done} of {total} writes: {error} Run the same import "
                    "again to write the rest.",
                ).format(done=number, total=len(writes), error=exc)
                + (f" [{details}]" if details else ""),
                file=err,
            )
            return EXIT_FAILED
        done[row.action] += 1
    not_written = tr(_CONTEXT, "not written, changed by someone else meanwhile:")
    for row in refused:
        print(f"{not_written} {_described(row)}", file=out)
    print(
        tr(_CONTEXT, "Written: {created} created, {updated} updated, {deleted} deleted.").format(
            created=done[Action.CREATE],
            updated=done[Action.UPDATE],
            deleted=done[Action.DELETE],
        ),
        file=out,
    )
    return EXIT_FAILED if refused else EXIT_OK
