"""The two tables themselves: create them as the guide does, and check them.

For the admin commands (``deptcal tables create``/``check``) and the connection check; the
store's :meth:`~desktop.data.store.DynamoStore.create_tables` and friends call these.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.data import schema
from desktop.data.errors import (
    CertificateError,
    CredentialsError,
    OfflineError,
    SchemaMismatchError,
    ServiceError,
    StoreError,
    TableNotReadyError,
)

if TYPE_CHECKING:
    from desktop.data.store import DynamoStore


@dataclass(frozen=True)
class Check:
    """One line of a connection or table check."""

    name: str
    ok: bool
    message: str
    error: StoreError | None = None
    arn: str = ""  # a table's ARN, as DescribeTable gave it (DynamoDB Local's say so)


def describe_table(store: DynamoStore, table: str) -> dict[str, Any]:
    response = store._call("DescribeTable", table, TableName=table)
    described: dict[str, Any] = response["Table"]
    return described


def create_tables(
    store: DynamoStore,
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
    for kind, table in store.table_names().items():
        params = schema.create_table_params(kind, table, on_demand=on_demand)
        try:
            store._call("CreateTable", table, **params)
            outcome[table] = "created"
        except ServiceError as exc:
            if exc.code != "ResourceInUseException":
                raise
            outcome[table] = "exists"
        if progress is not None:
            progress(table, outcome[table])
    deadline = time.monotonic() + timeout_seconds
    for kind, table in store.table_names().items():
        while True:
            described = store.describe_table(table)
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


def _failed(name: str, error: StoreError, arn: str = "") -> Check:
    """A failed check as the admin reads it: the message and its technical details."""
    details = error.details()
    message = f"{error.message} ({details})" if details else error.message
    return Check(name, False, message, error, arn)


def server_answered(checks: list[Check]) -> bool:
    """The server answered at least one check: reached, trusted, and the keys accepted."""
    unanswered = OfflineError | CertificateError | CredentialsError
    return any(check.ok or not isinstance(check.error, unanswered) for check in checks)


def check_tables(store: DynamoStore) -> list[Check]:
    """Each table exists, is ACTIVE, has the guide's keys and index; then one real Query."""
    checks: list[Check] = []
    for kind, table in store.table_names().items():
        try:
            described = store.describe_table(table)
        except StoreError as exc:
            checks.append(_failed(f"table {table}", exc))
            if isinstance(exc, OfflineError | CertificateError | CredentialsError):
                return checks
            continue
        problems = schema.schema_problems(kind, described)
        arn = str(described.get("TableArn", ""))
        if problems:
            error = SchemaMismatchError.build(table, problems)
            checks.append(_failed(f"table {table}", error, arn))
        elif not schema.is_active(described):
            error2 = TableNotReadyError.build(table, str(described.get("TableStatus")))
            checks.append(_failed(f"table {table}", error2, arn))
        else:
            ok = "exists, ACTIVE, schema as expected"
            checks.append(Check(f"table {table}", True, ok, arn=arn))
    if all(c.ok for c in checks):
        try:
            store.events_between("deptcal-connection-check", date.today(), date.today())
            checks.append(Check(f"query {schema.DATE_INDEX}", True, "Query allowed"))
        except StoreError as exc:
            checks.append(_failed(f"query {schema.DATE_INDEX}", exc))
        try:
            store._call("Scan", store._departments, TableName=store._departments, Limit=1)
            checks.append(Check(f"scan {store._departments}", True, "Scan allowed"))
        except StoreError as exc:
            checks.append(_failed(f"scan {store._departments}", exc))
    return checks
