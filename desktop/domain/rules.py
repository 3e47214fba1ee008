"""The rules of an event write: what each write puts in the table, when it may go, its order.

The store writes these versions and the outbox shows the same ones before sending, so both
take them from here. :func:`validate_event` is the last check before any write (the form and the
store call it). :func:`event_order` is the one calendar order: the cache,
the store and the month grid sort by it.

Nothing here imports Qt or boto3 (the messages are translated lazily).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from types import MappingProxyType

from desktop.data.errors import ValidationFailed
from desktop.domain.models import NO_ATTRIBUTES, Event, revision_for_written
from desktop.domain.series import LINK_ATTRIBUTES
from desktop.domain.timetext import time_sort_key
from desktop.domain.validation import FieldError, validate_event_fields, validate_item_size

type EventOrder = tuple[date, tuple[int, int, str], str, str]

# --- order ------------------------------------------------------------------------------------


def event_order() -> Callable[[Event], EventOrder]:
    """A sort key equal to :meth:`Event.sort_key` (date; all day, then parsed time, then
    other text; title, id) that parses each distinct time text only once: a month repeats a
    few dozen times among thousands of events. Make one per sort (the memory lives as long as
    the key)."""
    times: dict[str, tuple[int, int, str]] = {}

    def key(event: Event) -> EventOrder:
        parsed = times.get(event.time)
        if parsed is None:
            parsed = times[event.time] = time_sort_key(event.time)
        return (event.event_date, parsed, event.title, event.id)

    return key


def sort_events(events: Iterable[Event]) -> list[Event]:
    """``sorted(events, key=Event.sort_key)``, parsing each distinct time text only once."""
    return sorted(events, key=event_order())


# --- validation -------------------------------------------------------------------------------


def event_errors(event: Event) -> list[FieldError]:
    """What keeps ``event`` from being saved: its fields, then its size (empty: it may be)."""
    errors = validate_event_fields(
        event.title, event.event_date.isoformat(), event.time, event.url, event.description
    )
    if not errors:
        errors = validate_item_size(event.to_item())
    return errors


def validate_event(event: Event) -> None:
    """Raise :class:`ValidationFailed` naming each field that may not be saved."""
    errors = event_errors(event)
    if errors:
        raise ValidationFailed(errors)


# --- write versions ---------------------------------------------------------------------------
# What each write puts in the table at ``moment`` (the outbox shows the same before sending).


def created_version(event: Event, moment: datetime) -> Event:
    """A new event, or one brought back (an undone delete keeps its ``created_at``)."""
    return event.with_changes(created_at=event.created_at or moment, last_modified=moment)


def updated_version(original: Event, changed: Event, moment: datetime) -> Event:
    """``changed`` as an update writes it: the attributes other writers keep are the table's
    (``original``'s); a series link (:mod:`desktop.domain.series`) is ``changed``'s, so an
    update can link, relink or unlink an item."""
    extra = {k: v for k, v in original.extra.items() if k not in LINK_ATTRIBUTES}
    extra.update((k, v) for k, v in changed.extra.items() if k in LINK_ATTRIBUTES)
    return changed.with_changes(
        created_at=original.created_at,
        last_modified=moment,
        extra=MappingProxyType(extra) if extra else NO_ATTRIBUTES,
    )


def moved_version(original: Event, changed: Event, moment: datetime) -> Event:
    return changed.with_changes(
        id=original.id,
        created_at=original.created_at or moment,
        last_modified=moment,
        extra=original.extra,
    )


def written_event(event: Event) -> Event:
    """``event`` as just written: its revision is the ``last_modified`` it carries."""
    item = event.to_item()
    return event.with_changes(revision=revision_for_written(item["last_modified"]))


# --- write conditions -------------------------------------------------------------------------


def unchanged_since(current: Event, original: Event) -> bool:
    """``current`` (read now) is still the version ``original`` was read as: the same
    ``last_modified`` or, for an item without one, the same fields.

    This is the rule every conditioned write over ``original`` enforces on the server."""
    if current.revision != original.revision:
        return False
    if original.revision is not None:
        return True
    return current.legacy_time == original.legacy_time and current.to_item() == original.to_item()
