"""The one door to DynamoDB.

:class:`DynamoStore` owns the boto3 client: every request passes through :meth:`_call` or
:meth:`_pages`, which turn botocore's errors into this project's exceptions
(:mod:`desktop.data.errors`). It uses only the actions of the guide's IAM policy, aliases
every attribute name in expressions (``name``, ``date``, ``time`` and ``url`` are reserved
words), and conditions every write so that two people editing the same event never overwrite
each other silently.

The client is created on first use, never in the constructor: importing boto3 and building a
client take a third of a second, which must not happen on the GUI thread. One client serves
every worker thread (clients are thread-safe; sessions are not, so the session lives only
inside :meth:`_build_client`).
"""

from __future__ import annotations

import html
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.data import schema
from desktop.data.config import ConnectionSettings, CredentialMode
from desktop.data.errors import (
    AccessDeniedError,
    AlreadyExistsError,
    ConflictError,
    CredentialsError,
    DepartmentChangedError,
    DepartmentNotEmptyError,
    MoveIncompleteError,
    NameTakenError,
    NotFoundError,
    OfflineError,
    ProfileNotFoundError,
    SchemaMismatchError,
    ServiceError,
    StoreError,
    TableMissingError,
    TableNotReadyError,
    ThrottledError,
    ValidationFailed,
)
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
from desktop.domain.timestamps import format_timestamp, now_utc
from desktop.domain.validation import validate_department_fields

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

log = logging.getLogger(__name__)

BATCH_WRITE_SIZE = 25
BATCH_GET_SIZE = 100

_CONNECTIVITY_ERRORS = (
    "EndpointConnectionError",
    "ConnectTimeoutError",
    "ReadTimeoutError",
    "ConnectionClosedError",
    "ProxyConnectionError",
    "SSLError",
    "HTTPClientError",
    "ConnectionError",
)
_INVALID_KEY_CODES = (
    "UnrecognizedClientException",
    "InvalidSignatureException",
    "InvalidClientTokenId",
    "IncompleteSignature",
    "MissingAuthenticationToken",
    "SignatureDoesNotMatch",
)
_EXPIRED_CODES = ("ExpiredTokenException", "ExpiredToken", "RequestExpired")
_XML_CODE = re.compile(r"<Code>\s*([\w.]+)\s*</Code>")
_XML_MESSAGE = re.compile(r"<Message>(.*?)</Message>", re.DOTALL)
_WRITE_OPERATIONS = frozenset({"PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem"})
_THROTTLE_CODES = (
    "ProvisionedThroughputExceededException",
    "ThrottlingException",
    "RequestLimitExceeded",
    "Throttling",
)


def decode_value(value: Mapping[str, Any]) -> Any:
    """One DynamoDB attribute value to Python, lighter than boto3's TypeDeserializer.

    Numbers stay as their decimal text: every field of the documents is text, and a number the
    web app stored in a text field should read as its digits.
    """
    (kind, inner), *_ = value.items()
    if kind in ("S", "N"):
        return inner
    if kind == "BOOL":
        return bool(inner)
    if kind == "NULL":
        return None
    if kind == "L":
        return [decode_value(v) for v in inner]
    if kind == "M":
        return {k: decode_value(v) for k, v in inner.items()}
    if kind in ("SS", "NS"):
        return list(inner)
    return inner


def decode_item(item: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    # Nearly every attribute of the documents is text: take it without the general dispatch.
    decoded: dict[str, Any] = {}
    for name, value in item.items():
        text = value.get("S")
        decoded[name] = text if text is not None else decode_value(value)
    return decoded


def encode_item(item: Mapping[str, str]) -> dict[str, dict[str, str]]:
    return {name: {"S": value} for name, value in item.items()}


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
class Check:
    """One line of a connection or table check."""

    name: str
    ok: bool
    message: str
    error: StoreError | None = None


@dataclass(frozen=True)
class DeleteResult:
    events_deleted: int


class ConditionFailed(StoreError):
    """A write's condition failed; the store turns it into a conflict or "already exists"."""


class DynamoStore:
    """Departments and events in the two shared tables."""

    def __init__(
        self,
        settings: ConnectionSettings,
        *,
        client_factory: Callable[[ConnectionSettings], DynamoDBClient] | None = None,
    ) -> None:
        settings.check()
        self.settings = settings
        self._client_factory = client_factory or build_client
        self._client: DynamoDBClient | None = None
        self._lock = threading.Lock()
        self._consumed_lock = threading.Lock()
        self.consumed_read_units = 0.0
        self.consumed_write_units = 0.0

    # --- the client -------------------------------------------------------------------------

    @property
    def client(self) -> DynamoDBClient:
        """The shared client, created on first use (on a worker thread)."""
        if self._client is None:
            with self._lock:
                if self._client is None:
                    try:
                        self._client = self._client_factory(self.settings)
                    except Exception as exc:
                        raise self._translate(exc, "CreateClient", "") from exc
        return self._client

    def connect(self) -> None:
        """Create the client now (on a worker), so the first request is not slowed by it."""
        _ = self.client

    # --- the one door -----------------------------------------------------------------------

    def _call(self, operation: str, table: str, **params: Any) -> dict[str, Any]:
        method = getattr(self.client, _snake(operation))
        try:
            response: dict[str, Any] = method(**params)
        except Exception as exc:
            raise self._translate(exc, operation, table) from exc
        self._check_complete(operation, table, params, response)
        self._count_capacity(response.get("ConsumedCapacity"), operation)
        return response

    def _check_complete(
        self, operation: str, table: str, params: Mapping[str, Any], response: Mapping[str, Any]
    ) -> None:
        """Refuse an answer cut off on the way (it parses as an empty one).

        botocore reads a response cut inside its headers, or a body that failed its CRC32 on
        the last attempt, as an empty success. Taken at face value, that would show a month or
        a department list as empty. Every answer the store asks for has fields that are always
        present: ``ConsumedCapacity`` when requested, ``Count`` for Query and Scan, ``Table``
        for DescribeTable.
        """
        required = []
        if params.get("ReturnConsumedCapacity", "NONE") != "NONE":
            required.append("ConsumedCapacity")
        if operation in ("Query", "Scan"):
            required.append("Count")
        if operation == "DescribeTable":
            required.append("Table")
        missing = [field for field in required if field not in response]
        if missing:
            detail = f"{operation} on {table}: incomplete answer, missing {', '.join(missing)}"
            log.warning("%s", detail)
            raise OfflineError.build(self.settings.endpoint_label(), detail)

    def _pages(self, operation: str, table: str, **params: Any) -> Iterator[dict[str, Any]]:
        """Every page of a Query or Scan, following ``LastEvaluatedKey`` until it is absent."""
        paginator = self.client.get_paginator(_snake(operation))  # type: ignore[call-overload]
        pages = iter(paginator.paginate(**params))
        while True:
            try:
                page: dict[str, Any] = next(pages)
            except StopIteration:
                return
            except Exception as exc:
                raise self._translate(exc, operation, table) from exc
            self._check_complete(operation, table, params, page)
            self._count_capacity(page.get("ConsumedCapacity"), operation)
            yield page

    def _count_capacity(self, consumed: Any, operation: str) -> None:
        if not consumed:
            return
        entries = consumed if isinstance(consumed, list) else [consumed]
        with self._consumed_lock:
            for entry in entries:
                self.consumed_read_units += float(entry.get("ReadCapacityUnits") or 0)
                self.consumed_write_units += float(entry.get("WriteCapacityUnits") or 0)
                if "ReadCapacityUnits" not in entry and "WriteCapacityUnits" not in entry:
                    # ReturnConsumedCapacity=TOTAL gives only the total: a write's total is
                    # write units and must not eat into the read budget.
                    total = float(entry.get("CapacityUnits") or 0)
                    if operation in _WRITE_OPERATIONS:
                        self.consumed_write_units += total
                    else:
                        self.consumed_read_units += total

    def _translate(self, exc: Exception, operation: str, table: str) -> StoreError:
        """A botocore (or socket) error as this project's exception, logged once in detail."""
        if isinstance(exc, StoreError):
            return exc
        name = type(exc).__name__
        detail = f"{operation} on {table or '-'}: {exc}"
        error: StoreError
        code = ""
        response = getattr(exc, "response", None)
        if isinstance(response, dict):
            response = _with_embedded_error(response)
            code = str(response.get("Error", {}).get("Code", ""))
        if code:
            error = self._translate_code(code, operation, table, detail, response or {})
        elif any(cls.__name__ in _CONNECTIVITY_ERRORS for cls in type(exc).__mro__):
            error = OfflineError.build(self.settings.endpoint_label(), detail)
        elif name in ("NoCredentialsError", "PartialCredentialsError", "NoAuthTokenError"):
            error = CredentialsError.missing(detail)
        elif name == "ProfileNotFound":
            error = ProfileNotFoundError.build(self.settings.credentials.profile)
        elif name in (
            "SSOTokenLoadError",
            "UnauthorizedSSOTokenError",
            "TokenRetrievalError",
            "SSOError",
        ):
            profile = self.settings.credentials.profile or "default"
            error = CredentialsError.sso_expired(profile, detail)
        elif name == "ParamValidationError":
            error = ValidationFailed.server(detail)
        else:
            error = ServiceError.build(name, detail)
        if isinstance(error, ConditionFailed) or code == "ResourceInUseException":
            level = logging.DEBUG  # expected: the caller decides what it means
        elif isinstance(error, ServiceError):
            level = logging.ERROR
        else:
            level = logging.WARNING
        log.log(level, "%s", error.log_text())
        return error

    def _translate_code(
        self, code: str, operation: str, table: str, detail: str, response: Mapping[str, Any]
    ) -> StoreError:
        message = str(response.get("Error", {}).get("Message", ""))
        if code == "ConditionalCheckFailedException":
            return ConditionFailed(message, code=code, detail=detail)
        if code in _INVALID_KEY_CODES:
            return CredentialsError.invalid(code, detail)
        if code in _EXPIRED_CODES:
            if self.settings.credentials.mode is CredentialMode.PROFILE:
                return CredentialsError.sso_expired(self.settings.credentials.profile, detail)
            return CredentialsError.expired(code, detail)
        if code in ("AccessDeniedException", "AccessDenied", "UnauthorizedOperation"):
            action = _denied_action(message) or f"dynamodb:{operation}"
            return AccessDeniedError.build(action, code, detail)
        if code == "ResourceNotFoundException":
            return TableMissingError.build(table, self.settings.region, detail)
        if code in _THROTTLE_CODES:
            return ThrottledError.build(code, detail)
        if code == "ValidationException":
            return ValidationFailed.server(detail)
        return ServiceError.build(code, detail)

    # --- departments ------------------------------------------------------------------------

    @property
    def _departments(self) -> str:
        return self.settings.departments_table

    @property
    def _events(self) -> str:
        return self.settings.events_table

    def list_departments(self) -> DepartmentList:
        """All departments (a Scan of every page), sorted by name."""
        result = DepartmentList()
        for page in self._pages(
            "Scan", self._departments, TableName=self._departments, ReturnConsumedCapacity="TOTAL"
        ):
            for raw in page.get("Items", []):
                try:
                    result.departments.append(_department_from_raw(raw))
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
        return _department_from_raw(response["Item"])

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
                    found.append(_department_from_raw(raw))
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
                    _text_condition("#n", ":old_n", department.name, values),
                    _text_condition("#d", ":old_d", department.description, values),
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
            current = _department_from(exc)
            if current is None:
                raise NotFoundError.build(department.name) from exc
            if current.name == name and current.description == description:
                # Our own earlier attempt landed (its answer was lost and botocore retried).
                return current
            raise DepartmentChangedError.build(department.name, current) from exc
        return _department_from_raw(response["Attributes"])

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

    def delete_department(
        self,
        department: Department,
        *,
        with_events: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> DeleteResult:
        """Delete a department; refused while it has events unless ``with_events``."""
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
        client = self.client
        raw_pages: threading.local | None = getattr(client, "_deptcal_raw_pages", None)
        if raw_pages is None:
            with self._consumed_lock:  # a short lock of the store: set the hook up once
                raw_pages = getattr(client, "_deptcal_raw_pages", None)
                if raw_pages is None:
                    raw_pages = threading.local()
                    hook_state = raw_pages

                    def take_items(
                        response_dict: dict[str, Any],
                        customized_response_dict: dict[str, Any],
                        **_: Any,
                    ) -> None:
                        if not getattr(hook_state, "active", False):
                            return
                        if response_dict.get("status_code") != 200:
                            return
                        import json

                        try:
                            body = json.loads(response_dict["body"])
                        except (KeyError, TypeError, ValueError):
                            return  # botocore reports what is wrong with it
                        items = body.pop("Items", None) if isinstance(body, dict) else None
                        if not isinstance(items, list):
                            return
                        customized_response_dict["Items"] = items
                        response_dict["body"] = json.dumps(body).encode()

                    client.meta.events.register(
                        "before-parse.dynamodb.Query",
                        take_items,
                        unique_id="deptcal-events-between-items",
                    )
                    client._deptcal_raw_pages = raw_pages  # type: ignore[attr-defined]
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
            return _event_from_raw(raw)
        except InvalidItem as exc:
            log.warning("Skipped event %s: %s", exc.item_id, exc.reason)
            skipped.append(SkippedItem(exc.item_id, exc.reason))
            return None

    def get_event(self, event_id: str, department_id: str) -> Event | None:
        response = self._call(
            "GetItem",
            self._events,
            TableName=self._events,
            Key=_event_key(event_id, department_id),
            ConsistentRead=True,
            ReturnConsumedCapacity="TOTAL",
        )
        if "Item" not in response:
            return None
        return _event_from_raw(response["Item"])

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
            existing = _current_from(exc)
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
        condition, names, values = _revision_condition(original)
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
        try:
            response = self._call(
                "UpdateItem",
                self._events,
                TableName=self._events,
                Key=_event_key(original.id, original.department_id),
                UpdateExpression=(
                    "SET #e = :e, #t = :t, #ds = :ds, #tm = :tm, #u = :u, #lm = :now REMOVE #tv"
                ),
                ConditionExpression=condition,
                ExpressionAttributeNames=names,
                ExpressionAttributeValues=values,
                ReturnValues="ALL_NEW",
                ReturnValuesOnConditionCheckFailure="ALL_OLD",
                ReturnConsumedCapacity="TOTAL",
            )
        except ConditionFailed as exc:
            current = _current_from(exc)
            if current is not None and current.to_item() == changed.to_item():
                # Our own earlier attempt landed (its answer was lost and botocore retried).
                log.info("Update of %s had already been written", original.id)
                return current
            raise self._conflict(exc, original) from exc
        return _event_from_raw(response["Attributes"])

    def delete_event(self, event: Event) -> None:
        """Delete ``event`` unless someone else changed it since it was read (its
        ``last_modified``, or without one every field as read)."""
        condition, names, values = _revision_condition(event)
        params: dict[str, Any] = {
            "TableName": self._events,
            "Key": _event_key(event.id, event.department_id),
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
            existing = _current_from(exc)
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
        current = _current_from(exc)
        if current is None:
            return ConflictError.deleted(original.title)
        return ConflictError.changed(current)

    # --- batches ----------------------------------------------------------------------------

    def batch_write(
        self,
        table: str,
        requests: Sequence[Mapping[str, Any]],
        *,
        progress: Callable[[int, int], None] | None = None,
        max_attempts: int = 8,
        base_delay: float = 0.05,
    ) -> int:
        """BatchWriteItem in 25s, retrying ``UnprocessedItems`` with jittered backoff."""
        done = 0
        for start in range(0, len(requests), BATCH_WRITE_SIZE):
            pending: list[Any] = list(requests[start : start + BATCH_WRITE_SIZE])
            for attempt in range(max_attempts):
                response = self._call(
                    "BatchWriteItem",
                    table,
                    RequestItems={table: pending},
                    ReturnConsumedCapacity="TOTAL",
                )
                pending = list(response.get("UnprocessedItems", {}).get(table, []))
                if not pending:
                    break
                time.sleep(min(2.0, base_delay * 2**attempt) * random.uniform(0.5, 1.0))
            else:
                raise ThrottledError.build(
                    "UnprocessedItems", f"{len(pending)} items still unprocessed in {table}"
                )
            done += min(BATCH_WRITE_SIZE, len(requests) - start)
            if progress is not None:
                progress(done, len(requests))
        return done

    def existing_keys(
        self, table: str, keys: Sequence[Mapping[str, Any]], key_names: Sequence[str]
    ) -> set[tuple[str, ...]]:
        """Which of ``keys`` exist (BatchGetItem in 100s, retrying ``UnprocessedKeys``)."""
        found: set[tuple[str, ...]] = set()
        names = {f"#k{i}": name for i, name in enumerate(key_names)}
        for start in range(0, len(keys), BATCH_GET_SIZE):
            pending: list[Any] = list(keys[start : start + BATCH_GET_SIZE])
            attempt = 0
            while pending:
                response = self._call(
                    "BatchGetItem",
                    table,
                    RequestItems={
                        table: {
                            "Keys": pending,
                            "ProjectionExpression": ", ".join(names),
                            "ExpressionAttributeNames": names,
                        }
                    },
                    ReturnConsumedCapacity="TOTAL",
                )
                for item in response.get("Responses", {}).get(table, []):
                    found.add(tuple(str(decode_value(item[name])) for name in key_names))
                pending = list(response.get("UnprocessedKeys", {}).get(table, {}).get("Keys", []))
                attempt += 1
                if pending:
                    if attempt >= 8:
                        raise ThrottledError.build("UnprocessedKeys", f"{table}")
                    time.sleep(min(2.0, 0.05 * 2**attempt) * random.uniform(0.5, 1.0))
        return found

    def scan_all(self, table: str) -> Iterator[dict[str, Any]]:
        """Every raw item of a table (for export only; events are never found by Scan)."""
        for page in self._pages("Scan", table, TableName=table, ReturnConsumedCapacity="TOTAL"):
            yield from page.get("Items", [])

    # --- tables -----------------------------------------------------------------------------

    def table_names(self) -> dict[str, str]:
        return {schema.DEPARTMENTS: self._departments, schema.EVENTS: self._events}

    def describe_table(self, table: str) -> dict[str, Any]:
        response = self._call("DescribeTable", table, TableName=table)
        described: dict[str, Any] = response["Table"]
        return described

    def create_tables(
        self,
        *,
        on_demand: bool = False,
        progress: Callable[[str, str], None] | None = None,
        poll_seconds: float = 2.0,
        timeout_seconds: float = 600.0,
    ) -> dict[str, str]:
        """Create both tables as the guide does and wait until ACTIVE.

        An existing table is not an error: its schema is checked, and a mismatch raises
        :class:`SchemaMismatchError`. Returns table → ``created`` or ``exists``.
        """
        outcome: dict[str, str] = {}
        for kind, table in self.table_names().items():
            params = schema.create_table_params(kind, table, on_demand=on_demand)
            try:
                self._call("CreateTable", table, **params)
                outcome[table] = "created"
            except ServiceError as exc:
                if exc.code != "ResourceInUseException":
                    raise
                outcome[table] = "exists"
            if progress is not None:
                progress(table, outcome[table])
        deadline = time.monotonic() + timeout_seconds
        for kind, table in self.table_names().items():
            while True:
                described = self.describe_table(table)
                problems = schema.schema_problems(kind, described)
                if problems:
                    raise SchemaMismatchError.build(table, problems)
                if schema.is_active(described):
                    break
                if time.monotonic() > deadline:
                    raise TableNotReadyError.build(table, str(described.get("TableStatus")))
                if progress is not None:
                    progress(table, str(described.get("TableStatus", "")))
                time.sleep(poll_seconds)
            if progress is not None:
                progress(table, "ACTIVE")
        return outcome

    def check_tables(self) -> list[Check]:
        """Each table exists, is ACTIVE, has the guide's keys and index; then one real Query."""
        checks: list[Check] = []
        for kind, table in self.table_names().items():
            try:
                described = self.describe_table(table)
            except StoreError as exc:
                checks.append(Check(f"table {table}", False, exc.message, exc))
                if isinstance(exc, OfflineError | CredentialsError):
                    return checks
                continue
            problems = schema.schema_problems(kind, described)
            if problems:
                error = SchemaMismatchError.build(table, problems)
                checks.append(Check(f"table {table}", False, error.message, error))
            elif not schema.is_active(described):
                error2 = TableNotReadyError.build(table, str(described.get("TableStatus")))
                checks.append(Check(f"table {table}", False, error2.message, error2))
            else:
                checks.append(Check(f"table {table}", True, "exists, ACTIVE, schema as expected"))
        if all(c.ok for c in checks):
            try:
                self.events_between("deptcal-connection-check", date.today(), date.today())
                checks.append(Check(f"query {schema.DATE_INDEX}", True, "Query allowed"))
            except StoreError as exc:
                checks.append(Check(f"query {schema.DATE_INDEX}", False, exc.message, exc))
            try:
                self._call("Scan", self._departments, TableName=self._departments, Limit=1)
                checks.append(Check(f"scan {self._departments}", True, "Scan allowed"))
            except StoreError as exc:
                checks.append(Check(f"scan {self._departments}", False, exc.message, exc))
        return checks


# --- helpers ----------------------------------------------------------------------------------


def build_client(settings: ConnectionSettings) -> DynamoDBClient:
    """A DynamoDB client with explicit timeouts and standard retries (runs on a worker)."""
    import boto3
    from botocore.config import Config

    credentials = settings.credentials
    if credentials.mode is CredentialMode.PROFILE:
        session = boto3.session.Session(
            profile_name=credentials.profile or None, region_name=settings.region
        )
    elif credentials.access_key_id and credentials.secret_access_key:
        session = boto3.session.Session(
            aws_access_key_id=credentials.access_key_id,
            aws_secret_access_key=credentials.secret_access_key,
            region_name=settings.region,
        )
    else:
        session = boto3.session.Session(region_name=settings.region)
    config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        # "total_max_attempts" counts the first try; "max_attempts" here would mean retries.
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},
        tcp_keepalive=True,
        max_pool_connections=16,
        user_agent_extra=f"deptcal/{__version__}",
    )
    return session.client("dynamodb", endpoint_url=settings.endpoint_url or None, config=config)


def item_size(raw: Mapping[str, Any]) -> int:
    """An item's size as DynamoDB counts it: UTF-8 attribute names plus values (text values;
    other types at a generous 8 bytes)."""
    size = 0
    for name, value in raw.items():
        text = value.get("S") if isinstance(value, Mapping) else None
        size += len(name) + (len(text.encode()) if isinstance(text, str) else 8)
    return size


def page_read_units(items: Sequence[Mapping[str, Any]]) -> float:
    """Read units of one Query page of an index (eventually consistent): half a unit per 4 KB
    of the items read, rounded up, at least half a unit. Computed here because not every
    endpoint reports it truthfully (moto answers a flat 1.0 per request)."""
    size = sum(item_size(raw) for raw in items)
    return max(1, -(-size // 4096)) * 0.5


def _snake(operation: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in operation).lstrip("_")


def _with_embedded_error(response: dict[str, Any]) -> dict[str, Any]:
    """``response`` with the code and message of an XML error body botocore could not parse.

    DynamoDB speaks JSON, but an IAM-style denial (moto's, a proxy's) can arrive as an XML
    ``<ErrorResponse>``; botocore then reports the bare HTTP status as the code and the whole
    body as the message.
    """
    error = response.get("Error", {})
    code, message = str(error.get("Code", "")), str(error.get("Message", ""))
    found = _XML_CODE.search(message) if code.isdigit() else None
    if found is None:
        return response
    inner = _XML_MESSAGE.search(message)
    text = html.unescape(inner.group(1)) if inner else ""
    return {**response, "Error": {**error, "Code": found.group(1), "Message": text}}


def _denied_action(message: str) -> str | None:
    marker = "perform: "
    if marker in message:
        action = message.split(marker, 1)[1].split(maxsplit=1)[0].strip(" .,")
        return action or None
    return None


def _event_key(event_id: str, department_id: str) -> dict[str, dict[str, str]]:
    return {"id": {"S": event_id}, "department_id": {"S": department_id}}


def _event_from_raw(raw: Mapping[str, Any]) -> Event:
    return Event.from_item(decode_item(raw), raw.get("last_modified"), raw=raw)


def _department_from_raw(raw: Mapping[str, Any]) -> Department:
    return Department.from_item(decode_item(raw), raw)


def whole_item(event: Event) -> dict[str, Any]:
    """The item a whole-item write (PutItem) puts: the guide's document and every attribute
    the event was read with that this app does not know."""
    item: dict[str, Any] = dict(event.extra)
    item.update(encode_item(event.to_item()))
    return item


def _revision_condition(event: Event) -> tuple[str, dict[str, str], dict[str, Any]]:
    """The condition of a write over ``event`` as the user saw it.

    With a ``last_modified``: that exact value. Without one (items of other writers), every
    field the user saw, as read: equal, or absent where it was read as empty; and the time in
    the attribute it was read from (``time_val``, which must not have appeared otherwise).
    """
    names = {"#id": "id", "#lm": "last_modified"}
    values: dict[str, Any] = {}
    if event.revision is not None:
        values[":rev"] = revision_attribute(event.revision)
        return "attribute_exists(#id) AND #lm = :rev", names, values
    names.update(
        {
            "#c_e": "event_date",
            "#c_t": "title",
            "#c_d": "description",
            "#c_u": "url",
            "#c_tm": "time_val" if event.legacy_time else "time",
        }
    )
    parts = [
        "attribute_exists(#id)",
        "attribute_not_exists(#lm)",
        _text_condition("#c_e", ":c_e", event.event_date.isoformat(), values),
        _text_condition("#c_t", ":c_t", event.title, values),
        _text_condition("#c_d", ":c_d", event.description, values),
        _text_condition("#c_u", ":c_u", event.url, values),
        _text_condition("#c_tm", ":c_tm", event.time, values),
    ]
    if not event.legacy_time:
        names["#c_tv"] = "time_val"
        parts.append("attribute_not_exists(#c_tv)")
    return " AND ".join(parts), names, values


def _text_condition(name: str, placeholder: str, text: str, values: dict[str, Any]) -> str:
    """``name`` holds ``text`` as read (read as empty: absent, or empty text)."""
    values[placeholder] = {"S": text}
    if text:
        return f"{name} = {placeholder}"
    return f"(attribute_not_exists({name}) OR {name} = {placeholder})"


def _department_from(exc: StoreError) -> Department | None:
    """The department a failed condition returned (``ReturnValuesOnConditionCheckFailure``)."""
    cause = exc.__cause__
    response = getattr(cause, "response", None)
    item = response.get("Item") if isinstance(response, dict) else None
    if not item:
        return None
    try:
        return _department_from_raw(item)
    except InvalidItem:
        return None


def _current_from(exc: StoreError) -> Event | None:
    """The item a failed condition returned (``ReturnValuesOnConditionCheckFailure``)."""
    cause = exc.__cause__
    response = getattr(cause, "response", None)
    item = response.get("Item") if isinstance(response, dict) else None
    if not item:
        return None
    try:
        return _event_from_raw(item)
    except InvalidItem:
        return None
