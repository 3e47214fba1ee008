"""Events as an iCalendar file (RFC 5545), for Outlook, Apple Calendar, Google Calendar.

The shared tables keep a date and free text for the time, with no time zone. So an event whose
time parses (``오후 2:00``, ``14:00``, ``2:00 PM``) becomes a timed event in *floating* local
time (no ``TZID``: 14:00 wherever the file is opened, which is what the calendar means), one
hour long; any other event is an all-day event (``DTSTART;VALUE=DATE``) and its time text
(``점심 후``) opens the description. ``UID`` is ``<event id>@deptcal``, the same in every export,
so importing a newer file updates events instead of duplicating them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import tempfile
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar
from icalendar import Event as VEvent

from desktop import __version__
from desktop.domain.models import Event
from desktop.domain.timetext import parse_time_text
from desktop.domain.validation import is_web_url

log = logging.getLogger(__name__)

PRODUCT_ID = f"-//deptcal//Department Calendar {__version__}//EN"
TIMED_DURATION = timedelta(hours=1)
UID_DOMAIN = "deptcal"


def event_uid(event: Event) -> str:
    """The iCalendar ``UID`` of an event: stable across exports."""
    return f"{event.id}@{UID_DOMAIN}"


def export_ics(
    path: Path, events: list[Event], department_names: dict[str, str], *, calendar_name: str
) -> int:
    """Write ``events`` to ``path`` as one calendar; returns how many events were written.

    The file is replaced atomically (a temporary file in the same folder, then
    :func:`os.replace`): a reader never sees half a file, and a failed export leaves the old
    file as it was. An event that appears twice (a move between departments caught half way)
    is written once, in its newest version.
    """
    calendar = build_calendar(events, department_names, calendar_name=calendar_name)
    written = len(calendar.walk("VEVENT"))
    write_atomically(Path(path), calendar.to_ical())
    return written


def build_calendar(
    events: Iterable[Event],
    department_names: dict[str, str],
    *,
    calendar_name: str,
    now: datetime | None = None,
) -> Calendar:
    """The ``VCALENDAR`` for ``events`` (sorted by date and time, one ``VEVENT`` per id)."""
    stamp = _utc(now or datetime.now(UTC))
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _clean(calendar_name))
    for event in sorted(_newest_per_id(events), key=Event.sort_key):
        calendar.add_component(_vevent(event, department_names.get(event.department_id), stamp))
    return calendar


def _newest_per_id(events: Iterable[Event]) -> list[Event]:
    newest: dict[str, Event] = {}
    for event in events:
        kept = newest.get(event.id)
        if kept is None or _modified(event) > _modified(kept):
            newest[event.id] = event
        if kept is not None:
            log.info("Event %s appears more than once; exporting it once", event.id)
    return list(newest.values())


def _modified(event: Event) -> datetime:
    return _utc(event.last_modified) if event.last_modified else datetime.min.replace(tzinfo=UTC)


def _vevent(event: Event, department_name: str | None, stamp: datetime) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", event_uid(event))
    vevent.add("dtstamp", _utc(event.last_modified) if event.last_modified else stamp)
    vevent.add("summary", _clean(event.title))
    start_time = parse_time_text(event.time)
    if start_time is not None:
        start = datetime.combine(event.event_date, start_time)  # floating: no time zone
        vevent.add("dtstart", start)
        vevent.add("dtend", start + TIMED_DURATION)
    else:
        vevent.add("dtstart", event.event_date)
        vevent.add("dtend", event.event_date + timedelta(days=1))
    description = _description(event, timed=start_time is not None)
    if description:
        vevent.add("description", description)
    if event.url and is_web_url(event.url):
        vevent.add("url", event.url.strip())
    if department_name:
        vevent.add("categories", [_clean(department_name)])
    if event.created_at:
        vevent.add("created", _utc(event.created_at))
    if event.last_modified:
        vevent.add("last-modified", _utc(event.last_modified))
    return vevent


def _description(event: Event, *, timed: bool) -> str:
    parts = []
    if not timed and event.time.strip():
        parts.append(event.time.strip())
    if event.description.strip():
        parts.append(event.description)
    return _clean("\n\n".join(parts))


def _clean(text: str) -> str:
    """Text without the control characters RFC 5545 forbids (line breaks and tabs stay)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


def _utc(moment: datetime) -> datetime:
    """``moment`` in UTC (naive means UTC, as the shared tables' timestamps do)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and :func:`os.replace`."""
    folder = path.parent
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); an export is an ordinary document.
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)  # keep the mode of the file replaced
    except OSError:
        return 0o644
