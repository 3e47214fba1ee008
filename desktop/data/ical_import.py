"""Events from an iCalendar file (Outlook, Google, Thunderbird, Apple): read, then planned.

Reading: ``icalendar`` parses the file and ``recurring_ical_events`` expands it (RRULE, RDATE,
EXDATE, RECURRENCE-ID overrides, Google's X-WR-TIMEZONE for floating times), within the range
asked for. Times with a zone (a VTIMEZONE, ``Z``, Outlook's Windows names) are written in the
user's zone; floating times stay as written. All-day (DATE) events, Outlook's midnight-to-
midnight ``X-MICROSOFT-CDO-ALLDAYEVENT`` ones included, keep their days. An event over several
days (DTEND or DURATION) becomes one item per day, linked as a multi-day event; a timed event
crossing midnight too (its first day has the start time, the other days none).

Ids come from the file (:mod:`desktop.domain.series`): the series is ``series_id_for_uid(UID)``
and every item ``occurrence_id(series, its original day)`` (RECURRENCE-ID's day for an
override), so importing the same file twice writes nothing, and a newer version of it updates
what changed.

Planning compares with the items already stored (read by the caller) and says, row by row,
what happens: created, updated (which fields), unchanged, deleted (a cancelled instance, or an
occurrence the file no longer has: an EXDATE more), or skipped and why (no title, out of range,
beyond the maximum count, cancelled, not accepted by the tables' rules).

Encoding: RFC 5545 says UTF-8, and UTF-8 (with or without a BOM) is read. A file that is not
UTF-8 is read as CP949 (which includes EUC-KR: what older Korean Windows tools wrote) only when
it reads cleanly and has Korean in it; anything else is refused with a message, never guessed.

Nothing here imports Qt.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.data.ical_series import OPEN_END, UID_DOMAIN
from desktop.domain.models import Event
from desktop.domain.series import (
    ICAL_UID,
    SERIES_ID,
    Link,
    add_months,
    occurrence_id,
    series_id_for_uid,
    with_link,
)
from desktop.domain.timetext import format_time_text, parse_time_text
from desktop.domain.validation import is_web_url, validate_event_fields
from desktop.i18n import tr

# Events written by one import at most (configurable: the command's --limit, the app's setting).
DEFAULT_LIMIT = 2000
# Rules repeating more often than daily would give thousands of items a day: not imported.
_SUB_DAILY = {"SECONDLY", "MINUTELY", "HOURLY"}
_CONTEXT = "ical_import"
EN_DASH = "\u2013"


class ImportFileError(ValueError):
    """The file cannot be imported: one line saying why and what to do. Nothing was written."""


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    DELETE = "delete"
    SKIP = "skip"


class Reason(StrEnum):
    NO_TITLE = "no-title"
    OUT_OF_RANGE = "out-of-range"
    TOO_MANY = "too-many"
    CANCELLED = "cancelled"
    REMOVED = "removed"  # deleted: the file no longer has this occurrence
    NOT_ACCEPTED = "not-accepted"
    TOO_FREQUENT = "too-frequent"


@dataclass(frozen=True, slots=True)
class Row:
    """One item of the plan: what happens to it, and (skipped, deleted) why."""

    action: Action
    day: date
    title: str
    time: str
    event: Event | None = None  # the version to write (or, deleted, the stored one)
    existing: Event | None = None
    reason: Reason | None = None
    detail: str = ""  # NOT_ACCEPTED: the rule's message
    changed: tuple[str, ...] = ()  # UPDATE: "date", "time", "title", "description", "link"

    @property
    def writes(self) -> bool:
        return self.action in (Action.CREATE, Action.UPDATE, Action.DELETE)

    def why(self) -> str:
        """The reason as the user reads it (empty for created and unchanged rows)."""
        if self.action is Action.UPDATE:
            return ", ".join(_field_name(name) for name in self.changed)
        return reason_text(self.reason, self.detail) if self.reason is not None else ""


def _field_name(name: str) -> str:
    names = {
        "date": tr(_CONTEXT, "date"),
        "time": tr(_CONTEXT, "time"),
        "title": tr(_CONTEXT, "title"),
        "description": tr(_CONTEXT, "description"),
        "link": tr(_CONTEXT, "link"),
    }
    return names.get(name, name)


def reason_text(reason: Reason, detail: str = "") -> str:
    texts = {
        Reason.NO_TITLE: tr(_CONTEXT, "no title"),
        Reason.OUT_OF_RANGE: tr(_CONTEXT, "outside the dates imported"),
        Reason.TOO_MANY: tr(_CONTEXT, "beyond the maximum of one import"),
        Reason.CANCELLED: tr(_CONTEXT, "cancelled"),
        Reason.REMOVED: tr(_CONTEXT, "no longer in the file"),
        Reason.NOT_ACCEPTED: detail or tr(_CONTEXT, "not accepted"),
        Reason.TOO_FREQUENT: tr(_CONTEXT, "repeats more often than daily"),
    }
    return texts[reason]


@dataclass
class ImportPlan:
    """What importing a file into one department over ``start``–``end`` does, row by row."""

    department_id: str
    start: date
    end: date
    limit: int
    rows: list[Row] = field(default_factory=list)

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action is action)

    def skipped(self) -> dict[Reason, int]:
        counts: dict[Reason, int] = {}
        for row in self.rows:
            if row.action is Action.SKIP and row.reason is not None:
                counts[row.reason] = counts.get(row.reason, 0) + 1
        return counts

    def changes(self) -> list[tuple[Event | None, Event | None]]:
        """The writes, as the outbox takes them: (stored or None, new or None)."""
        changes: list[tuple[Event | None, Event | None]] = []
        for row in self.rows:
            if row.action is Action.CREATE:
                changes.append((None, row.event))
            elif row.action is Action.UPDATE:
                changes.append((row.existing, row.event))
            elif row.action is Action.DELETE:
                changes.append((row.existing, None))
        return changes

    def summary(self) -> str:
        """``12 to create, 3 to update, 4 unchanged, 2 skipped: 1 no title, 1 cancelled.``"""
        parts = [
            tr(_CONTEXT, "%n to create", n=self.count(Action.CREATE)),
            tr(_CONTEXT, "%n to update", n=self.count(Action.UPDATE)),
        ]
        if self.count(Action.DELETE):
            parts.append(tr(_CONTEXT, "%n to delete", n=self.count(Action.DELETE)))
        parts.append(tr(_CONTEXT, "%n unchanged", n=self.count(Action.UNCHANGED)))
        skipped = self.skipped()
        text = ", ".join(parts)
        if skipped:
            text += ", " + tr(_CONTEXT, "%n skipped", n=sum(skipped.values()))
            text += ": " + ", ".join(f"{count} {reason_text(r)}" for r, count in skipped.items())
        return text + "."


def default_range(today: date) -> tuple[date, date]:
    """The dates imported unless chosen: a year back from today, and the series horizon
    ahead (12 months), so an open-ended rule ends where the app's own series end."""
    return add_months(today, -12), add_months(today, 12) - timedelta(days=1)


# --- reading ----------------------------------------------------------------------------------


def read_calendar(source: Path | bytes, name: str = "") -> Any:
    """The parsed calendar of ``source``; :class:`ImportFileError` for a file that is not one."""
    if isinstance(source, Path):
        name = name or source.name
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise ImportFileError(
                tr(
                    _CONTEXT, "Could not read {name} ({reason}). Check the file and try again."
                ).format(name=name, reason=exc.strerror or exc)
            ) from exc
    else:
        data = source
    name = name or tr(_CONTEXT, "The file")
    text = _decode(data, name)
    stripped = text.strip()
    if not stripped:
        raise ImportFileError(
            tr(
                _CONTEXT, "{name} is empty. Export the calendar again and import the new file."
            ).format(name=name)
        )
    if not stripped.upper().startswith("BEGIN:VCALENDAR"):
        raise ImportFileError(
            tr(
                _CONTEXT,
                "{name} is not an iCalendar file. Export the calendar as iCalendar (.ics) "
                "and import that file.",
            ).format(name=name)
        )
    if not stripped.upper().rstrip().endswith("END:VCALENDAR"):
        raise ImportFileError(
            tr(
                _CONTEXT,
                "{name} is cut short (its end is missing). Export or download it again.",
            ).format(name=name)
        )
    from icalendar import Calendar

    try:
        return Calendar.from_ical(text)
    except (ValueError, KeyError, TypeError) as exc:
        raise _unreadable(name, exc) from exc


def _unreadable(name: str, exc: BaseException) -> ImportFileError:
    detail = " ".join(str(exc).split())[:120]
    return ImportFileError(
        tr(
            _CONTEXT,
            "{name} could not be read as iCalendar ({detail}). Export it again; nothing "
            "was imported.",
        ).format(name=name, detail=detail)
    )


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            # Cut short in the middle of a character: said as cut short, below.
            return data[: exc.start].decode("utf-8-sig")
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        text = ""
    if any("\uac00" <= ch <= "\ud7a3" for ch in text):
        return text
    raise ImportFileError(
        tr(
            _CONTEXT,
            "{name} is not in UTF-8, the encoding iCalendar files use. Export it again as "
            "UTF-8 and import that file.",
        ).format(name=name)
    )


@dataclass(frozen=True, slots=True)
class _Occurrence:
    uid: str
    original: date  # its day per the rule (RECURRENCE-ID's)
    first: date
    last: date
    start: time | None  # None: all day
    end: time | None  # same-day end
    title: str
    description: str
    url: str
    cancelled: bool


def _value(component: Any, name: str) -> Any:
    prop = component.get(name)
    return getattr(prop, "dt", None) if prop is not None else None


def _text(component: Any, name: str) -> str:
    prop = component.get(name)
    return str(prop) if prop is not None else ""


def _uid(component: Any) -> str:
    uid = _text(component, "UID").strip()
    if uid:
        return uid
    # Without a UID (which RFC 5545 requires), the title and start stand for one.
    seed = f"{_text(component, 'SUMMARY')}|{component.get('DTSTART').to_ical()!r}"
    return "no-uid-" + hashlib.sha1(seed.encode()).hexdigest()  # an id, not security


def _in_zone(value: date, zone: tzinfo) -> date | datetime:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(zone)
    return value


def _all_day_marker(component: Any) -> bool:
    return _text(component, "X-MICROSOFT-CDO-ALLDAYEVENT").strip().upper() == "TRUE"


def _occurrence(component: Any, zone: tzinfo) -> _Occurrence:
    start = _value(component, "DTSTART")
    end = _value(component, "DTEND") or start
    original = _value(component, "RECURRENCE-ID") or start
    if isinstance(start, datetime) and _all_day_marker(component) and start.time() == time(0):
        # Outlook's all-day events: midnight to midnight in their own zone, days as written.
        start, end = start.date(), end.date() if isinstance(end, datetime) else end
        original = original.date() if isinstance(original, datetime) else original
    start, end, original = _in_zone(start, zone), _in_zone(end, zone), _in_zone(original, zone)
    original_day = original.date() if isinstance(original, datetime) else original
    if isinstance(start, datetime):
        first = start.date()
        end_dt = end if isinstance(end, datetime) else start
        last = (end_dt - timedelta(microseconds=1)).date() if end_dt > start else first
        start_time: time | None = start.time()
        end_time = (
            end_dt.time() if last == first and end_dt > start and end_dt.date() == first else None
        )
        if _text(component, OPEN_END).strip().upper() == "TRUE":
            end_time = None  # exported by this app from a time without an end
    else:
        first = start
        end_day = end.date() if isinstance(end, datetime) else end
        last = max(first, end_day - timedelta(days=1))
        start_time = end_time = None
    return _Occurrence(
        uid=_uid(component),
        original=original_day,
        first=first,
        last=last,
        start=start_time,
        end=end_time,
        title=" ".join(_text(component, "SUMMARY").split()),
        description=_text(component, "DESCRIPTION"),
        url=_text(component, "URL").strip(),
        cancelled=_text(component, "STATUS").strip().upper() == "CANCELLED",
    )


def _rules(calendar: Any, zone: tzinfo) -> tuple[dict[str, str], dict[str, date], set[str]]:
    """Per UID: the series rule (masters with an RRULE), the first day, and the UIDs whose
    rule repeats more often than daily (left out of the expansion)."""
    rules: dict[str, str] = {}
    firsts: dict[str, date] = {}
    frequent: set[str] = set()
    for component in calendar.walk("VEVENT"):
        if component.get("DTSTART") is None:
            continue
        uid = _uid(component)
        start = _in_zone(_value(component, "DTSTART"), zone)
        day = start.date() if isinstance(start, datetime) else start
        firsts[uid] = min(day, firsts.get(uid, day))
        rrule = component.get("RRULE")
        if rrule is None or component.get("RECURRENCE-ID") is not None:
            continue
        if str(rrule.get("FREQ", [""])[0]).upper() in _SUB_DAILY:
            frequent.add(uid)
            continue
        rules[uid] = f"DTSTART;VALUE=DATE:{day:%Y%m%d}\nRRULE:{_rrule_text(rrule, zone)}"
    return rules, firsts, frequent


def _rrule_text(rrule: Any, zone: tzinfo) -> str:
    """The RRULE as the series' rule keeps it: an UNTIL with a time becomes its day in the
    user's zone (the rule's DTSTART is a day)."""
    parts = []
    for part in rrule.to_ical().decode().split(";"):
        if part.upper().startswith("UNTIL=") and rrule.get("UNTIL"):
            until = _in_zone(rrule["UNTIL"][0], zone)
            day = until.date() if isinstance(until, datetime) else until
            parts.append(f"UNTIL={day:%Y%m%d}")
        else:
            parts.append(part)
    return ";".join(parts)


# --- planning ---------------------------------------------------------------------------------


def plan_import(
    source: Path | bytes,
    department_id: str,
    existing: Mapping[str, Event],
    start: date,
    end: date,
    limit: int = DEFAULT_LIMIT,
    *,
    zone: tzinfo | None = None,
    hour24: bool = True,
    language: str = "ko",
    name: str = "",
) -> ImportPlan:
    """What importing ``source`` into ``department_id`` over ``start``–``end`` does.

    ``existing``: the department's stored items of the range (and any other the caller read),
    by id. ``zone``: the user's time zone (the computer's by default). Times are written as
    the user reads them (``hour24``, ``language``). Raises :class:`ImportFileError` for a file
    that cannot be read."""
    calendar = read_calendar(source, name)
    zone = zone or _local_zone()
    try:
        rules, firsts, frequent = _rules(calendar, zone)
        occurrences = _expand(calendar, start, end, zone, frequent)
    except Exception as exc:  # the libraries raise many kinds for a bad file
        raise _unreadable(name or tr(_CONTEXT, "The file"), exc) from exc
    plan = ImportPlan(department_id, start, end, limit)
    rows: list[Row] = []
    seen_uids: set[str] = set()
    for occurrence in occurrences:
        seen_uids.add(occurrence.uid)
        rows.extend(
            _rows_of(
                occurrence,
                rules.get(occurrence.uid),
                department_id,
                existing,
                start,
                end,
                hour24,
                language,
            )
        )
    produced = {row.event.id for row in rows if row.event is not None}
    file_series = {series_id_for_uid(uid) for uid in firsts}
    for item in existing.values():
        if item.id in produced or not start <= item.event_date <= end:
            continue
        if item.department_id != department_id or _series_of(item) not in file_series:
            continue
        rows.append(_row(Action.DELETE, item, existing=item, reason=Reason.REMOVED))
    for uid in sorted(set(firsts) - seen_uids, key=lambda u: firsts[u]):
        component = next(c for c in calendar.walk("VEVENT") if _uid(c) == uid)
        title = " ".join(_text(component, "SUMMARY").split())
        reason = Reason.TOO_FREQUENT if uid in frequent else Reason.OUT_OF_RANGE
        rows.append(Row(Action.SKIP, firsts[uid], title, "", reason=reason))
    rows.sort(key=lambda r: (r.day, r.action is Action.SKIP, r.title))
    plan.rows = _capped(rows, limit)
    return plan


def own_id(uid: str) -> str | None:
    """The id in a ``UID`` this app exported (``<uuid>@deptcal``: an event's id, or a
    series'); None for any other ``UID``."""
    name, at, domain = uid.rpartition("@")
    if not at or domain != UID_DOMAIN:
        return None
    try:
        return str(uuid.UUID(name))
    except ValueError:
        return None


def _local_zone() -> tzinfo:
    from dateutil.tz import tzlocal

    return tzlocal()


def _series_of(item: Event) -> str | None:
    value = item.extra.get(SERIES_ID) if ICAL_UID in item.extra else None
    text = value.get("S") if isinstance(value, Mapping) else None
    return text if isinstance(text, str) else None


def _expand(
    calendar: Any, start: date, end: date, zone: tzinfo, frequent: set[str]
) -> list[_Occurrence]:
    import recurring_ical_events

    if frequent:
        calendar.subcomponents = [
            c for c in calendar.subcomponents if c.name != "VEVENT" or _uid(c) not in frequent
        ]
    # One day more each side: a time in another zone can land on the range's edge.
    found = recurring_ical_events.of(calendar).between(
        start - timedelta(days=1), end + timedelta(days=2)
    )
    occurrences = [_occurrence(c, zone) for c in found if c.name == "VEVENT" and c.get("DTSTART")]
    return [o for o in occurrences if o.last >= start and o.first <= end]


def _time_text(value: time, hour24: bool, language: str) -> str:
    if hour24:
        return f"{value.hour:02d}:{value.minute:02d}"
    return format_time_text(value, language)


def _rows_of(
    occurrence: _Occurrence,
    rule: str | None,
    department_id: str,
    existing: Mapping[str, Event],
    start: date,
    end: date,
    hour24: bool,
    language: str,
) -> list[Row]:
    own = own_id(occurrence.uid)  # exported by this app: the ids it had
    series_id = own or series_id_for_uid(occurrence.uid)
    span = (occurrence.last - occurrence.first).days + 1
    days = (occurrence.first, occurrence.last) if span > 1 else None
    # An ordinary event this app exported (``<event id>@deptcal``) comes back as itself.
    plain = own is not None and rule is None and days is None
    uid = None if own is not None else occurrence.uid
    rows: list[Row] = []
    for offset in range(span):
        day = occurrence.first + timedelta(days=offset)
        original = occurrence.original + timedelta(days=offset)
        time_text = ""
        if occurrence.start is not None and offset == 0:
            time_text = _time_text(occurrence.start, hour24, language)
            if occurrence.end is not None:
                time_text += EN_DASH + _time_text(occurrence.end, hour24, language)
        link = Link(series_id, original, rule=rule, days=days, uid=uid)
        url = occurrence.url if is_web_url(occurrence.url) else ""
        item = with_link(
            Event(
                id=series_id if plain else occurrence_id(series_id, original),
                department_id=department_id,
                event_date=day,
                title=occurrence.title,
                description=occurrence.description,
                time=time_text,
                url=url,
            ),
            None if plain else link,
        )
        stored = existing.get(item.id)
        if stored is not None and stored.department_id != department_id:
            stored = None
        if not start <= day <= end:
            rows.append(_row(Action.SKIP, item, reason=Reason.OUT_OF_RANGE))
        elif occurrence.cancelled:
            if stored is not None:
                rows.append(_row(Action.DELETE, stored, existing=stored, reason=Reason.CANCELLED))
            else:
                rows.append(_row(Action.SKIP, item, reason=Reason.CANCELLED))
        elif not item.title:
            rows.append(_row(Action.SKIP, item, reason=Reason.NO_TITLE))
        else:
            rows.append(_compare(item, stored, None if plain else link))
    return rows


def _row(
    action: Action,
    item: Event,
    *,
    existing: Event | None = None,
    reason: Reason | None = None,
    detail: str = "",
    changed: tuple[str, ...] = (),
) -> Row:
    return Row(
        action, item.event_date, item.title, item.time, item, existing, reason, detail, changed
    )


def _compare(item: Event, stored: Event | None, link: Link | None) -> Row:
    errors = validate_event_fields(
        item.title, item.event_date.isoformat(), item.time, item.url, item.description
    )
    if errors:
        return _row(Action.SKIP, item, reason=Reason.NOT_ACCEPTED, detail=errors[0].message)
    if stored is None:
        return _row(Action.CREATE, item)
    time_text = stored.time if same_time(stored.time, item.time) else item.time
    changed = tuple(
        name
        for name, differs in (
            ("date", stored.event_date != item.event_date),
            ("time", time_text != stored.time),
            ("title", stored.title != item.title),
            ("description", stored.description != item.description),
            ("link", stored.url != item.url),
        )
        if differs
    )
    if not changed:
        return _row(Action.UNCHANGED, stored, existing=stored)
    updated = with_link(
        stored.with_changes(
            event_date=item.event_date,
            title=item.title,
            description=item.description,
            time=time_text,
            url=item.url,
        ),
        link,
    )
    return _row(Action.UPDATE, updated, existing=stored, changed=changed)


def same_time(a: str, b: str) -> bool:
    """``a`` and ``b`` say the same time (or range), whichever way each is written:
    ``14:00–15:30`` and ``오후 2:00–오후 3:30``."""
    if a.strip() == b.strip():
        return True
    parts_a, parts_b = a.split(EN_DASH), b.split(EN_DASH)
    if len(parts_a) != len(parts_b):
        return False
    for x, y in zip(parts_a, parts_b, strict=True):
        tx, ty = parse_time_text(x), parse_time_text(y)
        if tx is None or tx != ty:
            return False
    return True


def _capped(rows: list[Row], limit: int) -> list[Row]:
    """Rows past ``limit`` writes (in date order) are skipped as beyond the maximum."""
    kept: list[Row] = []
    writes = 0
    for row in rows:
        if row.writes:
            writes += 1
            if writes > limit:
                kept.append(
                    Row(
                        Action.SKIP,
                        row.day,
                        row.title,
                        row.time,
                        row.event,
                        row.existing,
                        Reason.TOO_MANY,
                    )
                )
                continue
        kept.append(row)
    return kept
