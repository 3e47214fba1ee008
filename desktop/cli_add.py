"""``deptcal add "TEXT" --department NAME [--dry-run]``: quick add from the command line.

The line is read as the window's quick add reads it
(:func:`desktop.domain.quick_add.parse_quick_add`, on this computer's date and time); the
event document is printed as JSON with the guide's field names and, unless ``--dry-run``,
written with the store (``attribute_not_exists``, as every new event). The time is written as
the web app's users type it, in the language of the line: ``오후 2:00`` when it has Hangul,
``2:00 PM`` otherwise. A line that cannot be read, or an unknown department, exits 2 with one
line saying why.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from desktop.cli import EXIT_OK, EXIT_USAGE
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.data.store import DynamoStore
    from desktop.domain.models import Department

_CONTEXT = "cli"
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def add_arguments(commands: Any, common: argparse.ArgumentParser) -> None:
    add = commands.add_parser(
        "add",
        parents=[common],
        help="add an event from one line of Korean or English, as the window's quick add",
        description=(
            'Read one line (e.g. "내일 10시 주간 보고", "tomorrow 3pm review") as a day, a '
            "time and a title, print the event document as JSON and write it (nothing with "
            "--dry-run). Exits 2 with the reason when the line cannot be read or the "
            "department is unknown."
        ),
    )
    add.add_argument("text", help="the line: day, time and title")
    add.add_argument("--department", required=True, help="the department's name (or id)")
    add.add_argument("--dry-run", action="store_true", help="print the event, write nothing")


def add_event(store: DynamoStore, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from desktop.domain.models import Event, new_id
    from desktop.domain.quick_add import parse_quick_add
    from desktop.domain.rules import created_version
    from desktop.domain.timestamps import now_utc

    reading = parse_quick_add(args.text, datetime.now())
    if not reading.ok or reading.day is None:
        print(f"deptcal: {_one_line(reading.reason())}", file=err)
        return EXIT_USAGE
    department = _department(store, args.department, err)
    if department is None:
        return EXIT_USAGE
    language = "ko" if _HANGUL.search(args.text) else "en"
    event = Event(
        new_id(),
        department.id,
        reading.day,
        reading.title,
        time=reading.time_text(hour24=False, language=language),
    )
    if args.dry_run:
        shown = created_version(event, now_utc())
        store.validate_event(shown)
    else:
        shown = store.create_event(event)
    print(json.dumps(shown.to_item(), ensure_ascii=False, indent=2), file=out)
    return EXIT_OK


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _department(store: DynamoStore, name: str, err: TextIO) -> Department | None:
    found = store.find_departments_by_name(name.strip())
    if len(found) > 1:
        message = tr(
            _CONTEXT, "Several departments are named {name}; give the id of the one to add to."
        )
        print("deptcal: " + message.format(name=name), file=err)
        return None
    if found:
        return found[0]
    by_id = store.get_department(name.strip())
    if by_id is None:
        message = tr(
            _CONTEXT,
            "No department is named {name}. Check the name in the app's list of departments.",
        )
        print("deptcal: " + message.format(name=name), file=err)
    return by_id
