"""Events as an iCalendar file (RFC 5545), for Outlook, Apple Calendar, Google Calendar.

The shared tables keep a date and free text for the time, with no time zone. So an event whose
time parses (``오후 2:00``, ``14:00``, ``2:00 PM``) becomes a timed event in *floating* local
time (no ``TZID``: 14:00 wherever the file is opened, which is what the calendar means), one
hour long, or as long as its range (``14:00–15:30``: ``DTEND`` 15:30); any other event is an
all-day event (``DTSTART;VALUE=DATE``) and its time text (``점심 후``) opens the description.
``UID`` is ``<event id>@deptcal``, the same in every export, so importing a newer file updates
events instead of duplicating them.

Linked items keep their structure (:mod:`desktop.data.ical_series`): a repeating series is one
``VEVENT`` with ``RRULE``, ``EXDATE`` and ``RECURRENCE-ID`` overrides under the series' ``UID``
(``<series id>@deptcal``, or the ``UID`` it was imported with), a multi-day event one
``VEVENT`` over its days.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import tempfile
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from icalendar import Calendar, vRecur
from icalendar import Event as VEvent

from desktop import __version__
from desktop.data.ical_series import (
    OPEN_END,
    UID_DOMAIN,
    ExportPlan,
    SeriesPlan,
    SpanPlan,
    plan_export,
)
from desktop.domain.models import Event
from desktop.domain.timetext import parse_time_range
from desktop.domain.validation import is_web_url

log = logging.getLogger(__name__)

PRODUCT_ID = f"-//deptcal//Department Calendar {__version__}//EN"
TIMED_DURATION = timedelta(hours=1)  # an event with a start and no end


def event_uid(event: Event) -> str:
    """The iCalendar ``UID`` of an event: stable across exports."""
    return f"{event.id}@{UID_DOMAIN}"


def export_ics(
    path: Path, events: list[Event], department_names: dict[str, str], *, calendar_name: str
) -> int:
    """Write ``events`` to ``path`` as one calendar; returns how many events (items of the
    tables: each occurrence of a series counts) were written.

    The file is replaced atomically (a temporary file in the same folder, then
    :func:`os.replace`): a reader never sees half a file, and a failed export leaves the old
    file as it was. An event that appears twice (a move between departments caught half way)
    is written once, in its newest version.
    """
    calendar, written = _calendar(events, department_names, calendar_name, None)
    write_atomically(Path(path), calendar.to_ical())
    return written


def build_calendar(
    events: Iterable[Event],
    department_names: dict[str, str],
    *,
    calendar_name: str,
    now: datetime | None = None,
) -> Calendar:
    """The ``VCALENDAR`` for ``events`` (sorted by date and time, one ``VEVENT`` per id, a
    series or a multi-day event one ``VEVENT`` with its overrides)."""
    return _calendar(events, department_names, calendar_name, now)[0]


def _calendar(
    events: Iterable[Event],
    department_names: dict[str, str],
    calendar_name: str,
    now: datetime | None,
) -> tuple[Calendar, int]:
    stamp = _utc(now or datetime.now(UTC))
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _clean(calendar_name))
    newest = _newest_per_id(events)
    found = _components(plan_export(newest), department_names, stamp)
    for _, components in sorted(found, key=lambda pair: pair[0]):
        for component in components:
            calendar.add_component(component)
    return calendar, len(newest)


def _components(
    plan: ExportPlan, names: dict[str, str], stamp: datetime
) -> list[tuple[tuple[object, ...], list[VEvent]]]:
    """Each exported thing's ``VEVENT``s, with the key that orders it in the file."""
    found: list[tuple[tuple[object, ...], list[VEvent]]] = []
    for event in plan.plain:
        found.append((event.sort_key(), [_vevent(event, names.get(event.department_id), stamp)]))
    for series in plan.series:
        found.append((series.master.sort_key(), _series_vevents(series, names, stamp)))
    for span in plan.spans:
        found.append((span.master.sort_key(), [_span_vevent(span, names, stamp)]))
    return found


def _series_vevents(plan: SeriesPlan, names: dict[str, str], stamp: datetime) -> list[VEvent]:
    master = plan.master
    vevent = _vevent(master, names.get(master.department_id), stamp, uid=plan.uid)
    start = _start_of(master)
    recur = vRecur.from_ical(plan.rrule)
    if plan.count is not None:
        recur["COUNT"] = [plan.count]
    else:
        recur["UNTIL"] = [_moment(plan.last, start)]
    vevent.add("rrule", recur)
    if plan.exdates:
        vevent.add("exdate", [_moment(day, start) for day in plan.exdates])
    found = [vevent]
    for event, day in plan.overrides:
        override = _vevent(event, names.get(event.department_id), stamp, uid=plan.uid)
        override.add("recurrence-id", _moment(day, start))
        found.append(override)
    return found


def _span_vevent(plan: SpanPlan, names: dict[str, str], stamp: datetime) -> VEvent:
    master = plan.master
    return _vevent(master, names.get(master.department_id), stamp, uid=plan.uid, last=plan.last)


def _start_of(event: Event) -> time | None:
    reading = parse_time_range(event.time)
    return reading[0] if reading is not None else None


def _moment(day: date, start: time | None) -> date | datetime:
    """A day in the form of the series' ``DTSTART``: a date, or that day at its time."""
    return day if start is None else datetime.combine(day, start)


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


def _vevent(
    event: Event,
    department_name: str | None,
    stamp: datetime,
    *,
    uid: str | None = None,
    last: date | None = None,
) -> VEvent:
    """``event`` as a ``VEVENT`` (on its day, or from its day through ``last``)."""
    vevent = VEvent()
    vevent.add("uid", uid or event_uid(event))
    vevent.add("dtstamp", _utc(event.last_modified) if event.last_modified else stamp)
    vevent.add("summary", _clean(event.title))
    reading = parse_time_range(event.time)
    last_day = last or event.event_date
    start_time = reading[0] if reading is not None else None
    if reading is not None:
        start = datetime.combine(event.event_date, reading[0])  # floating: no time zone
        vevent.add("dtstart", start)
        if reading[1] is not None:
            vevent.add("dtend", datetime.combine(last_day, reading[1]))
        else:
            vevent.add("dtend", datetime.combine(last_day, reading[0]) + TIMED_DURATION)
            # The hour is made up (the tables keep no end): importing it back keeps no end.
            vevent.add(OPEN_END, "TRUE")
    else:
        vevent.add("dtstart", event.event_date)
        vevent.add("dtend", last_day + timedelta(days=1))
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
