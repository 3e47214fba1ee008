"""The one door to DynamoDB: the client, every request, and its errors.

:class:`Door` (the base of :class:`~desktop.data.store.DynamoStore`) owns the boto3 client:
every request passes through :meth:`Door._call` or :meth:`Door._pages`, which turn botocore's
errors into this project's exceptions (:mod:`desktop.data.errors`). The store uses only the
actions of the guide's IAM policy, aliases every attribute name in expressions (``name``,
``date``, ``time`` and ``url`` are reserved words), and conditions every write so that two
people editing the same event never overwrite each other silently.

The client is created on first use, never in the constructor: importing boto3 and building a
client take a third of a second, which must not happen on the GUI thread. One client serves
every worker thread (clients are thread-safe; sessions are not, so the session lives only
inside :func:`build_client`).
"""

from __future__ import annotations

import html
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.data import schema, trust
from desktop.data.codec import decode_value
from desktop.data.config import ConnectionSettings, CredentialMode
from desktop.data.errors import (
    AccessDeniedError,
    CertificateError,
    ConfigError,
    CredentialsError,
    OfflineError,
    ProfileNotFoundError,
    ServiceError,
    StoreError,
    TableMissingError,
    TemporaryKeyExpiredError,
    ThrottledError,
    ValidationFailed,
)
from desktop.domain import network_rules
from desktop.domain.temporary_keys import has_expired

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

log = logging.getLogger("desktop.data.store")  # one logger for the store, as before

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
# What AWS says when a session token has expired, whatever code a service or proxy gives it.
_EXPIRED_TOKEN_TEXT = "security token included in the request is expired"
_XML_CODE = re.compile(r"<Code>\s*([\w.]+)\s*</Code>")
_XML_MESSAGE = re.compile(r"<Message>(.*?)</Message>", re.DOTALL)
_WRITE_OPERATIONS = frozenset({"PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem"})
_THROTTLE_CODES = (
    "ProvisionedThroughputExceededException",
    "ThrottlingException",
    "RequestLimitExceeded",
    "Throttling",
)


class ConditionFailed(StoreError):
    """A write's condition failed; the store turns it into a conflict or "already exists"."""


class Door:
    """The client and every request to the two tables; :class:`DynamoStore` adds what they
    mean (departments and events)."""

    def __init__(
        self,
        settings: ConnectionSettings,
        *,
        client_factory: Callable[[ConnectionSettings], DynamoDBClient] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        settings.check()
        self.settings = settings
        self._client_factory = client_factory or build_client
        self._clock = clock or (lambda: datetime.now(UTC))
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

    def _drop_client(self) -> None:
        """Forget the client after an expired sign-in: its session keeps the old credentials
        (and their SSO token), so the next request makes a new one, which reads the token
        cache again and finds a sign-in made since (the app's Sign in, or ``aws sso login``)."""
        with self._lock:
            self._client = None

    def connect(self) -> None:
        """Create the client now (on a worker), so the first request is not slowed by it."""
        _ = self.client

    # --- the one door -----------------------------------------------------------------------

    def _refuse_expired_key(self) -> None:
        """A temporary key past its known expiry: said before asking AWS, which would refuse."""
        credentials = self.settings.credentials
        if credentials.session_token and has_expired(credentials.session_expires, self._clock()):
            raise TemporaryKeyExpiredError.build(
                credentials.session_expires, "ExpiredToken", "the stored expiry has passed"
            )

    def _call(self, operation: str, table: str, **params: Any) -> dict[str, Any]:
        self._refuse_expired_key()
        method = getattr(self.client, snake(operation))
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
        self._refuse_expired_key()
        paginator = self.client.get_paginator(snake(operation))  # type: ignore[call-overload]
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
        detail = _without_secrets(f"{operation} on {table or '-'}: {exc}", self.settings)
        error: StoreError
        code = ""
        response = getattr(exc, "response", None)
        if isinstance(response, dict):
            response = _with_embedded_error(response)
            code = str(response.get("Error", {}).get("Code", ""))
        if code:
            error = self._translate_code(code, operation, table, detail, response or {})
        elif _is_certificate_failure(exc):
            # Before the connectivity errors: botocore's SSLError is one of them, but a
            # certificate nobody trusts fails every retry the same way; it is not offline.
            error = CertificateError.not_trusted(self.settings.endpoint_label(), detail)
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
        if error.code == "SSOTokenExpired":
            self._drop_client()
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
        if code in _EXPIRED_CODES or _EXPIRED_TOKEN_TEXT in message.lower():
            credentials = self.settings.credentials
            if credentials.mode is CredentialMode.PROFILE:
                return CredentialsError.sso_expired(credentials.profile, detail)
            if credentials.session_token:
                return TemporaryKeyExpiredError.build(credentials.session_expires, code, detail)
            return CredentialsError.expired(code, detail)
        if code in _INVALID_KEY_CODES:
            return CredentialsError.invalid(code, detail)
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

    # --- the tables' names ---------------------------------------------------------------------

    @property
    def _departments(self) -> str:
        return self.settings.departments_table

    @property
    def _events(self) -> str:
        return self.settings.events_table

    def table_names(self) -> dict[str, str]:
        return {schema.DEPARTMENTS: self._departments, schema.EVENTS: self._events}

    def _raw_items_switch(self) -> threading.local:
        """The switch of this client's ``before-parse`` hook for Query pages (set up once).

        While ``active`` is true on a thread, the hook takes ``Items`` out of each Query body
        (parsed an item at a time: :mod:`desktop.data.json_pages`) and hands them to the page
        unchanged (DynamoDB JSON, for :func:`~desktop.data.codec.decode_item`), instead of
        botocore's parser walking its shape model for every attribute; botocore still parses
        (and checks) everything else. A body that is not JSON is left to botocore. See
        :meth:`DynamoStore.events_between`.
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

                        from desktop.data.json_pages import loads_by_item

                        try:
                            # An item at a time: a page's json.loads held the GIL ~40 ms.
                            body = loads_by_item(response_dict["body"])
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
        return raw_pages

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

    def batch_get(
        self,
        table: str,
        keys: Sequence[Mapping[str, Any]],
        *,
        max_attempts: int = 8,
        base_delay: float = 0.05,
    ) -> list[dict[str, Any]]:
        """The raw items of ``keys`` that exist (BatchGetItem in 100s, eventually consistent,
        retrying ``UnprocessedKeys`` with jittered backoff; the capacity is counted)."""
        items: list[dict[str, Any]] = []
        for start in range(0, len(keys), BATCH_GET_SIZE):
            pending: list[Any] = list(keys[start : start + BATCH_GET_SIZE])
            for attempt in range(max_attempts):
                response = self._call(
                    "BatchGetItem",
                    table,
                    RequestItems={table: {"Keys": pending}},
                    ReturnConsumedCapacity="TOTAL",
                )
                items.extend(response.get("Responses", {}).get(table, []))
                pending = list(response.get("UnprocessedKeys", {}).get(table, {}).get("Keys", []))
                if not pending:
                    break
                time.sleep(min(2.0, base_delay * 2**attempt) * random.uniform(0.5, 1.0))
            else:
                raise ThrottledError.build("UnprocessedKeys", f"{len(pending)} keys in {table}")
        return items

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


# --- helpers ----------------------------------------------------------------------------------


def build_client(settings: ConnectionSettings) -> DynamoDBClient:
    """A DynamoDB client with explicit timeouts and standard retries (runs on a worker).

    The network settings apply here: the CA bundle (checked first: a file that cannot be used
    is a :class:`ConfigError` before any request) and the proxy; the computer's certificate
    store too when the app asked for it (:mod:`desktop.data.trust`).
    """
    trust.ensure()  # before boto3 is imported: botocore keeps its own SSLContext
    network = _network_options(settings)
    from botocore.config import Config

    from desktop.data.aws_session import make_session

    session = make_session(settings)
    config = Config(
        region_name=settings.region,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        # "total_max_attempts" counts the first try; "max_attempts" here would mean retries.
        retries={"mode": "standard", "total_max_attempts": settings.max_attempts},
        tcp_keepalive=True,
        max_pool_connections=16,
        user_agent_extra=f"deptcal/{__version__}",
        **network.config,
    )
    return session.client(
        "dynamodb",
        endpoint_url=settings.endpoint_url or None,
        config=config,
        verify=network.verify,
    )


@dataclass(frozen=True)
class _Network:
    verify: str | None  # None: botocore's default (certifi, or AWS_CA_BUNDLE)
    config: dict[str, Any]  # botocore Config options: proxies


def _network_options(settings: ConnectionSettings) -> _Network:
    """``verify=`` and the proxy options for the client, refusing settings that cannot work."""
    verify = None
    config: dict[str, Any] = {}
    if settings.ca_bundle.strip():
        path = str(Path(settings.ca_bundle.strip()).expanduser())
        problem = network_rules.ca_bundle_problem(path)
        if problem:
            raise ConfigError.ca_bundle(path, problem)
        verify = path
    proxy = settings.proxy.strip()
    if proxy:
        masked = network_rules.masked_proxy(proxy)
        problem = network_rules.proxy_problem(proxy)
        if problem:
            raise ConfigError.proxy(problem, masked)
        if _bypasses_proxy(settings):
            log.info("Not using the proxy %s for %s (NO_PROXY)", masked, settings.endpoint_label())
        else:
            config["proxies"] = {"http": proxy, "https": proxy}
            if verify is not None:  # an https:// proxy of the organisation: its root too
                config["proxies_config"] = {"proxy_ca_bundle": verify}
            log.info("Requests go through the proxy %s", masked)
    return _Network(verify, config)


def network_options(settings: ConnectionSettings) -> tuple[str | None, dict[str, Any]]:
    """``verify=`` and the botocore Config options of ``settings``' CA bundle and proxy, for
    another AWS client of the same connection (the SSO sign-in's)."""
    network = _network_options(settings)
    return network.verify, network.config


def _bypasses_proxy(settings: ConnectionSettings) -> bool:
    """The endpoint is one of the environment's ``NO_PROXY`` hosts."""
    from botocore.utils import should_bypass_proxies

    url = settings.endpoint_url or f"https://{settings.endpoint_label()}"
    return bool(should_bypass_proxies(url))


def _is_certificate_failure(exc: BaseException) -> bool:
    """A TLS handshake refused because the server's certificate could not be verified.

    botocore's ``SSLError`` wraps urllib3's, which wraps :class:`ssl.SSLCertVerificationError`
    (OpenSSL's, or truststore's from the Windows or macOS store); other TLS failures (a
    protocol mismatch, a reset) stay connectivity errors.
    """
    import ssl

    seen: set[int] = set()
    pending: list[object] = [exc]
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        if "CERTIFICATE_VERIFY_FAILED" in str(current):
            return True
        kwargs = getattr(current, "kwargs", None)
        if isinstance(kwargs, dict):
            pending.append(kwargs.get("error"))
        pending.extend((current.__cause__, current.__context__, *current.args))
    return False


def _without_secrets(text: str, settings: ConnectionSettings) -> str:
    """``text`` without the proxy's password (botocore masks it; a message may not)."""
    for secret in network_rules.proxy_secrets(settings.proxy):
        text = text.replace(secret, "***")
    return text


def snake(operation: str) -> str:
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
