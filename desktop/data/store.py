"""Departments and events in the two shared tables.

:class:`DynamoStore` says what each request means: it reads months of events, writes them
conditioned so that two people editing the same event never overwrite each other silently,
and keeps department names unique. Every request goes through its base, the one door to
DynamoDB (:mod:`desktop.data.door`); items are encoded and decoded by :mod:`desktop.data.codec`
and the tables are created and checked by :mod:`desktop.data.tables`. Every name callers import
from here stays importable from here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from desktop.data import schema, tables
from desktop.data.codec import (
    decode_item,
    decode_value,
    department_from_failure,
    department_from_raw,
    encode_item,
    event_from_failure,
    event_from_raw,
    event_key,
    item_size,
    page_read_units,
    revision_condition,
    text_condition,
    whole_item,
)
from desktop.data.door import (
    BATCH_GET_SIZE,
    BATCH_WRITE_SIZE,
    ConditionFailed,
    Door,
    build_client,
)
from desktop.data.errors import (
    AlreadyExistsError,
    ConflictError,
    DepartmentChangedError,
    DepartmentNotEmptyError,
    MoveIncompleteError,
    NameTakenError,
    NotFoundError,
    StoreError,
    ValidationFailed,
)
from desktop.data.tables import Check
from desktop.domain.display import isolated
from desktop.domain.models import (
    Department,
    Event,
    InvalidItem,
    revision_attribute,
    revision_for_written,
)
from desktop.domain.rules import (
    created_version,
    event_order,
    moved_version,
    updated_version,
    validate_event,
    written_event,
)
from desktop.domain.series import LINK_ATTRIBUTES
from desktop.domain.timestamps import format_timestamp, now_utc
from desktop.domain.validation import validate_department_fields

log = logging.getLogger(__name__)

# Importable from here, as before the door, the codec and the tables had modules of their own.
__all__ = [
    "BATCH_GET_SIZE",
    "BATCH_WRITE_SIZE",
    "Check",
    "ConditionFailed",
    "DeleteResult",
    "DepartmentList",
    "DynamoStore",
    "EventBatch",
    "SkippedItem",
    "build_client",
    "decode_item",
    "decode_value",
    "encode_item",
    "item_size",
    "page_read_units",
    "whole_item",
]


@dataclass(frozen=True)
class SkippedItem:
    """An item that could not be understood, with why (shown in counts, logged)."""

    item_id: str | None
    reason: str


@dataclass
class EventBatch:
    """Events read for one department and range, and the items that were skipped."""

    department_id: str
    start: date
    end: date
    events: list[Event] = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    items_read: int = 0
    # What the read cost as DynamoDB bills a Query (see :func:`page_read_units`): the refresh
    # policy spends a per-client allowance of read units with it.
    read_units: float = 0.0


@dataclass
class DepartmentList:
    departments: list[Department] = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)


@dataclass(frozen=True)
class DeleteResult:
    events_deleted: int


class DynamoStore(Door):
    """Departments and events in the two shared tables."""

    # --- departments ------------------------------------------------------------------------

    def list_departments(self) -> DepartmentList:
        """All departments (a Scan of every page), sorted by name."""
        result = DepartmentList()
        for page in self._pages(
            "Scan", self._departments, TableName=self._departments, ReturnConsumedCapacity="TOTAL"
        ):
            for raw in page.get("Items", []):
                try:
                    result.departments.append(department_from_raw(raw))
                except InvalidItem as exc:
                    log.warning("Skipped department %s: %s", exc.item_id, exc.reason)
                    result.skipped.append(SkippedItem(exc.item_id, exc.reason))
        result.departments.sort(key=lambda d: (d.name.casefold(), d.id))
        return result

    def get_department(self, department_id: str) -> Department | None:
        response = self._call(
            "GetItem",
            self._departments,
            TableName=self._departments,
            Key={"id": {"S": department_id}},
            ConsistentRead=True,
            ReturnConsumedCapacity="TOTAL",
        )
        if "Item" not in response:
            return None
        return department_from_raw(response["Item"])

    def find_departments_by_name(self, name: str) -> list[Department]:
        """Departments with exactly this name, through ``name-index`` (eventually consistent)."""
        found: list[Department] = []
        for page in self._pages(
            "Query",
            self._departments,
            TableName=self._departments,
            IndexName=schema.NAME_INDEX,
            KeyConditionExpression="#n = :n",
            ExpressionAttributeNames={"#n": "name"},
            ExpressionAttributeValues={":n": {"S": name}},
            ReturnConsumedCapacity="TOTAL",
        ):
            for raw in page.get("Items", []):
                try:
                    found.append(department_from_raw(raw))
                except InvalidItem as exc:
                    log.warning("Skipped department %s: %s", exc.item_id, exc.reason)
        return found

    def _check_name_free(self, name: str, own_id: str | None) -> None:
        if any(d.id != own_id for d in self.find_departments_by_name(name)):
            raise NameTakenError.build(name)

    def create_department(
        self, name: str, description: str = "", *, department_id: str | None = None
    ) -> Department:
        from desktop.domain.models import new_id

        name = name.strip()
        errors = validate_department_fields(name, description)
        if errors:
            raise ValidationFailed(errors)
        self._check_name_free(name, None)
        now = now_utc()
        department = Department(department_id or new_id(), name, description, now, now)
        item = department.to_item()
        department = replace(department, revision=revision_for_written(item["updated_at"]))
        try:
            self._call(
                "PutItem",
                self._departments,
                TableName=self._departments,
                Item=encode_item(item),
                ConditionExpression="attribute_not_exists(#id)",
                ExpressionAttributeNames={"#id": "id"},
                ReturnConsumedCapacity="TOTAL",
            )
        except ConditionFailed as exc:
            raise AlreadyExistsError.build(department.id) from exc
        return department

    def update_department(self, department: Department, name: str, description: str) -> Department:
        """Rename or describe ``department`` unless someone else changed it since it was read.

        Conditioned on the ``updated_at`` it was read with (or, without one, on the name and
        description read); only these three attributes are set, so every other one stays. On a
        conflict raises :class:`DepartmentChangedError` with the current version.
        """
        name = name.strip()
        errors = validate_department_fields(name, description)
        if errors:
            raise ValidationFailed(errors)
        if name != department.name:
            self._check_name_free(name, department.id)
        now = now_utc()
        names = {"#id": "id", "#n": "name", "#d": "description", "#u": "updated_at"}
        values: dict[str, Any] = {
            ":n": {"S": name},
            ":d": {"S": description},
            ":u": {"S": format_timestamp(now)},
        }
        if department.revision is not None:
            condition = "attribute_exists(#id) AND #u = :rev"
            values[":rev"] = revision_attribute(department.revision)
        else:
            condition = "attribute_exists(#id) AND attribute_not_exists(#u) AND " + " AND ".join(
                [
                    text_condition("#n", ":old_n", department.name, values),
                    text_condition("#d", ":old_d", department.description, values),
                ]
            )
        try:
            response = self._call(
                "UpdateItem",
                self._departments,
                TableName=self._departments,
                Key={"id": {"S": department.id}},
                UpdateExpression="SET #n = :n, #d = :d, #u = :u",
                ConditionExpression=condition,
                ExpressionAttributeNames=names,
                ExpressionAttributeValues=values,
                ReturnValues="ALL_NEW",
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
                ReturnConsumedCapacity="TOTAL",
            )
        except ConditionFailed as exc:
            current = department_from_failure(exc)
            if current is None:
                raise NotFoundError.build(isolated(department.name)) from exc
            if current.name == name and current.description == description:
                # Our own earlier attempt landed (its answer was lost and botocore retried).
                return current
            raise DepartmentChangedError.build(department.name, current) from exc
        return department_from_raw(response["Attributes"])

    def count_events(self, department_id: str) -> int:
        """How many events a department has (a COUNT query of the date index)."""
        total = 0
        for page in self._pages(
            "Query",
            self._events,
            TableName=self._events,
            IndexName=schema.DATE_INDEX,
            KeyConditionExpression="#d = :d",
            ExpressionAttributeNames={"#d": "department_id"},
            ExpressionAttributeValues={":d": {"S": department_id}},
            Select="COUNT",
            ReturnConsumedCapacity="TOTAL",
        ):
            total += int(page.get("Count", 0))
        return total

    def department_items(
        self, department_id: str
    ) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
        """A department's item and every one of its events' items, exactly as stored.

        For the backup written before a department is deleted: the department read
        consistently, its events by ``department-date-index`` (projection ALL), every month.
        """
        response = self._call(
            "GetItem",
            self._departments,
            TableName=self._departments,
            Key={"id": {"S": department_id}},
            ConsistentRead=True,
            ReturnConsumedCapacity="TOTAL",
        )
        events: list[dict[str, Any]] = []
        for page in self._pages(
            "Query",
            self._events,
            TableName=self._events,
            IndexName=schema.DATE_INDEX,
            KeyConditionExpression="#d = :d",
            ExpressionAttributeNames={"#d": "department_id"},
            ExpressionAttributeValues={":d": {"S": department_id}},
            ReturnConsumedCapacity="TOTAL",
        ):
            events.extend(page.get("Items", []))
        return response.get("Item"), events

    def delete_department(
        self,
        department: Department,
        *,
        with_events: bool = False,
        progress: Callable[[int, int], None] | None = None,
        only_events: Collection[str] | None = None,
    ) -> DeleteResult:
        """Delete a department; refused while it has events unless ``with_events``.

        ``only_events``: the ids of the events a backup holds; an event that is not among
        them (added since) refuses the delete before anything is deleted.
        """
        keys: list[dict[str, Any]] = []
        for page in self._pages(
            "Query",
            self._events,
            TableName=self._events,
            IndexName=schema.DATE_INDEX,
            KeyConditionExpression="#d = :d",
            ExpressionAttributeNames={"#d": "department_id", "#id": "id"},
            ExpressionAttributeValues={":d": {"S": department.id}},
            ProjectionExpression="#id, #d",
            ReturnConsumedCapacity="TOTAL",
        ):
            keys.extend(page.get("Items", []))
        if keys and not with_events:
            raise DepartmentNotEmptyError.build(department.name, len(keys))
        if only_events is not None:
            added = [key for key in keys if key["id"].get("S") not in only_events]
            if added:
                raise DepartmentNotEmptyError.added_since(department.name, len(added))
        requests = [{"DeleteRequest": {"Key": key}} for key in keys]
        self.batch_write(self._events, requests, progress=progress)
        self._call(
            "DeleteItem",
            self._departments,
            TableName=self._departments,
            Key={"id": {"S": department.id}},
            ReturnConsumedCapacity="TOTAL",
        )
        return DeleteResult(events_deleted=len(keys))

    # --- events -----------------------------------------------------------------------------

    def events_between(self, department_id: str, start: date, end: date) -> EventBatch:
        """A department's events from ``start`` to ``end`` inclusive, by ``department-date-index``.

        Items that cannot be understood are logged with their id and counted in ``skipped``.

        This is the calendar's hot path (a month of a busy department is thousands of items),
        so it reads the pages' items without botocore's parser: botocore walks its shape model
        for every attribute of every item (about 30 µs an item, most of a page's cost on the
        client), while the items are DynamoDB JSON that :func:`decode_item` reads as they are.
        A ``before-parse`` hook on this store's client, active only on the thread running this
        method, takes ``Items`` out of the body with ``json.loads`` and hands them over
        unchanged; botocore still parses (and checks) everything else. A body that is not
        JSON is left to botocore, and a page parsed the usual way reads the same.
        """
        raw_pages = self._raw_items_switch()
        batch = EventBatch(department_id, start, end)
        skipped = batch.skipped
        events = batch.events
        raw_pages.active = True
        try:
            for page in self._pages(
                "Query",
                self._events,
                TableName=self._events,
                IndexName=schema.DATE_INDEX,
                KeyConditionExpression="#d = :d AND #e BETWEEN :a AND :b",
                ExpressionAttributeNames={"#d": "department_id", "#e": "event_date"},
                ExpressionAttributeValues={
                    ":d": {"S": department_id},
                    ":a": {"S": start.isoformat()},
                    ":b": {"S": end.isoformat()},
                },
                ReturnConsumedCapacity="TOTAL",
            ):
                items = page.get("Items", [])
                batch.items_read += len(items)
                batch.read_units += page_read_units(items)
                for raw in items:
                    event = self._event_or_skip(raw, skipped)
                    if event is not None:
                        events.append(event)
        finally:
            raw_pages.active = False
        events.sort(key=event_order())
        return batch

    @staticmethod
    def _event_or_skip(raw: Mapping[str, Any], skipped: list[SkippedItem]) -> Event | None:
        try:
            return event_from_raw(raw)
        except InvalidItem as exc:
            log.warning("Skipped event %s: %s", exc.item_id, exc.reason)
            skipped.append(SkippedItem(exc.item_id, exc.reason))
            return None

    def get_event(self, event_id: str, department_id: str) -> Event | None:
        response = self._call(
            "GetItem",
            self._events,
            TableName=self._events,
            Key=event_key(event_id, department_id),
            ConsistentRead=True,
            ReturnConsumedCapacity="TOTAL",
        )
        if "Item" not in response:
            return None
        return event_from_raw(response["Item"])

    def events_by_keys(self, keys: Collection[tuple[str, str]]) -> list[Event]:
        """The events of ``keys`` (id, department id) that exist, by BatchGetItem; an item that
        cannot be understood is logged and left out."""
        wanted = [event_key(event_id, department_id) for event_id, department_id in keys]
        found = []
        skipped: list[SkippedItem] = []
        for raw in self.batch_get(self._events, wanted):
            event = self._event_or_skip(raw, skipped)
            if event is not None:
                found.append(event)
        return found

    @staticmethod
    def validate_event(event: Event) -> None:
        """Raise :class:`ValidationFailed` naming each field that may not be saved."""
        validate_event(event)

    def create_event(self, event: Event, *, written_at: datetime | None = None) -> Event:
        """Write a new event under the id it carries (made on the client: safe to repeat).

        ``written_at`` fixes the timestamps (a replayed write keeps the ones it first had).
        """
        moment = written_at or now_utc()
        event = created_version(event, moment)
        self.validate_event(event)
        try:
            self._call(
                "PutItem",
                self._events,
                TableName=self._events,
                Item=whole_item(event),
                ConditionExpression="attribute_not_exists(#id)",
                ExpressionAttributeNames={"#id": "id"},
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
                ReturnConsumedCapacity="TOTAL",
            )
        except ConditionFailed as exc:
            existing = event_from_failure(exc)
            if existing is None or existing.to_item() != event.to_item():
                raise AlreadyExistsError.build(event.id) from exc
            # Our own earlier attempt landed (its answer was lost and botocore retried).
            log.info("Create of %s had already been written", event.id)
        return written_event(event)

    def update_event(
        self, original: Event, changed: Event, *, written_at: datetime | None = None
    ) -> Event:
        """Save ``changed`` over ``original`` unless someone else changed it meanwhile.

        Conditioned on the ``last_modified`` that ``original`` was read with (without one, on
        every field as read); on a conflict raises :class:`ConflictError` with the server's
        current version (or deleted). Sets only the fields this app knows (every other attribute
        stays), writes ``time`` and removes the web app's ``time_val``.
        """
        if changed.department_id != original.department_id or changed.id != original.id:
            raise ValueError("update_event cannot change the key; use move_event")
        moment = written_at or now_utc()
        changed = updated_version(original, changed, moment)
        self.validate_event(changed)
        condition, names, values = revision_condition(original)
        names.update(
            {
                "#e": "event_date",
                "#t": "title",
                "#ds": "description",
                "#tm": "time",
                "#u": "url",
                "#tv": "time_val",
            }
        )
        values.update(
            {
                ":e": {"S": changed.event_date.isoformat()},
                ":t": {"S": changed.title},
                ":ds": {"S": changed.description},
                ":tm": {"S": changed.time},
                ":u": {"S": changed.url},
                ":now": {"S": format_timestamp(moment)},
            }
        )
        sets, removes = "", ""
        for index, name in enumerate(sorted(LINK_ATTRIBUTES)):
            value = changed.extra.get(name)
            if value == original.extra.get(name):
                continue  # a series link changes only when the change says so
            names[f"#k{index}"] = name
            if value is None:
                removes += f", #k{index}"
            else:
                sets += f", #k{index} = :k{index}"
                values[f":k{index}"] = value
        try:
            response = self._call(
                "UpdateItem",
                self._events,
                TableName=self._events,
                Key=event_key(original.id, original.department_id),
                UpdateExpression=(
                    "SET #e = :e, #t = :t, #ds = :ds, #tm = :tm, #u = :u, #lm = :now"
                    f"{sets} REMOVE #tv{removes}"
                ),
                ConditionExpression=condition,
                ExpressionAttributeNames=names,
                ExpressionAttributeValues=values,
                ReturnValues="ALL_NEW",
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
                ReturnConsumedCapacity="TOTAL",
            )
        except ConditionFailed as exc:
            current = event_from_failure(exc)
            if current is not None and current.to_item() == changed.to_item():
                # Our own earlier attempt landed (its answer was lost and botocore retried).
                log.info("Update of %s had already been written", original.id)
                return current
            raise self._conflict(exc, original) from exc
        return event_from_raw(response["Attributes"])

    def delete_event(self, event: Event) -> None:
        """Delete ``event`` unless someone else changed it since it was read (its
        ``last_modified``, or without one every field as read)."""
        condition, names, values = revision_condition(event)
        params: dict[str, Any] = {
            "TableName": self._events,
            "Key": event_key(event.id, event.department_id),
            "ConditionExpression": condition,
            "ExpressionAttributeNames": names,
            "ReturnValuesOnConditionCheckFailure": "ALL_OLD",
            "ReturnConsumedCapacity": "TOTAL",
        }
        if values:
            params["ExpressionAttributeValues"] = values
        try:
            self._call("DeleteItem", self._events, **params)
        except ConditionFailed as exc:
            raise self._conflict(exc, event) from exc

    def move_event(
        self,
        original: Event,
        changed: Event,
        *,
        written_at: datetime | None = None,
        resume: bool = False,
    ) -> Event:
        """Move an event to another department (its key changes), with any other edits.

        Step one writes the new item (``attribute_not_exists``); step two deletes the original,
        conditioned on the revision it was read with. If step two fails the event exists in
        both departments, never in none, and :class:`MoveIncompleteError` says so. Both steps
        are safe to repeat with the same ``written_at``. ``resume``: an earlier attempt may have
        written the new item (and someone may have changed it since): finish the move.
        """
        if changed.department_id == original.department_id:
            return self.update_event(original, changed, written_at=written_at)
        moment = written_at or now_utc()
        moved = moved_version(original, changed, moment)
        self.validate_event(moved)
        written = written_event(moved)
        try:
            self._call(
                "PutItem",
                self._events,
                TableName=self._events,
                Item=whole_item(moved),
                ConditionExpression="attribute_not_exists(#id)",
                ExpressionAttributeNames={"#id": "id"},
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
                ReturnConsumedCapacity="TOTAL",
            )
        except ConditionFailed as exc:
            existing = event_from_failure(exc)
            if existing is None or (existing.to_item() != moved.to_item() and not resume):
                # Another copy already sits in the target department: not ours to overwrite.
                raise ConflictError.changed(existing or moved) from exc
            log.info("Move of %s: new item already written, finishing the move", original.id)
            if resume:
                written = existing  # ours, perhaps changed since
        try:
            self.delete_event(original)
        except ConflictError as exc:
            if exc.was_deleted:
                log.info("Move of %s: original already gone", original.id)
                return written
            raise MoveIncompleteError.build(written, exc) from exc
        except StoreError as exc:
            raise MoveIncompleteError.build(written, exc) from exc
        return written

    @staticmethod
    def _conflict(exc: ConditionFailed, original: Event) -> ConflictError:
        current = event_from_failure(exc)
        if current is None:
            return ConflictError.deleted(original.title)
        return ConflictError.changed(current)

    # --- tables (desktop.data.tables) -------------------------------------------------------

    def describe_table(self, table: str) -> dict[str, Any]:
        return tables.describe_table(self, table)

    def create_tables(
        self,
        *,
        on_demand: bool = False,
        progress: Callable[[str, str], None] | None = None,
        poll_seconds: float = 2.0,
        timeout_seconds: float = 600.0,
    ) -> dict[str, str]:
        """Create both tables as the guide does and wait until ACTIVE (see
        :func:`desktop.data.tables.create_tables`)."""
        return tables.create_tables(
            self,
            on_demand=on_demand,
            progress=progress,
            poll_seconds=poll_seconds,
            timeout_seconds=timeout_seconds,
        )

    def check_tables(self) -> list[Check]:
        """Each table exists, is ACTIVE, has the guide's keys and index; then one real Query."""
        return tables.check_tables(self)
