"""The two tables exactly as the operating guide creates them, and checks against it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

DEPARTMENTS = "departments"
EVENTS = "events"
NAME_INDEX = "name-index"
DATE_INDEX = "department-date-index"


@dataclass(frozen=True)
class IndexSpec:
    name: str
    keys: tuple[tuple[str, str], ...]  # (attribute, HASH|RANGE)
    read_units: int
    write_units: int


@dataclass(frozen=True)
class TableSpec:
    kind: str
    keys: tuple[tuple[str, str], ...]
    attributes: tuple[tuple[str, str], ...]  # (attribute, S|N|B)
    read_units: int
    write_units: int
    index: IndexSpec


SPECS: dict[str, TableSpec] = {
    DEPARTMENTS: TableSpec(
        kind=DEPARTMENTS,
        keys=(("id", "HASH"),),
        attributes=(("id", "S"), ("name", "S")),
        read_units=10,
        write_units=10,
        index=IndexSpec(NAME_INDEX, (("name", "HASH"),), 5, 5),
    ),
    EVENTS: TableSpec(
        kind=EVENTS,
        keys=(("id", "HASH"), ("department_id", "RANGE")),
        attributes=(("id", "S"), ("department_id", "S"), ("event_date", "S")),
        read_units=10,
        write_units=10,
        index=IndexSpec(DATE_INDEX, (("department_id", "HASH"), ("event_date", "RANGE")), 10, 10),
    ),
}


def create_table_params(kind: str, table_name: str, *, on_demand: bool) -> dict[str, Any]:
    """The CreateTable request for one of the guide's tables (guide section 2.3)."""
    spec = SPECS[kind]
    index: dict[str, Any] = {
        "IndexName": spec.index.name,
        "KeySchema": [{"AttributeName": a, "KeyType": t} for a, t in spec.index.keys],
        "Projection": {"ProjectionType": "ALL"},
    }
    params: dict[str, Any] = {
        "TableName": table_name,
        "AttributeDefinitions": [
            {"AttributeName": a, "AttributeType": t} for a, t in spec.attributes
        ],
        "KeySchema": [{"AttributeName": a, "KeyType": t} for a, t in spec.keys],
        "GlobalSecondaryIndexes": [index],
    }
    if on_demand:
        params["BillingMode"] = "PAY_PER_REQUEST"
    else:
        params["BillingMode"] = "PROVISIONED"
        params["ProvisionedThroughput"] = {
            "ReadCapacityUnits": spec.read_units,
            "WriteCapacityUnits": spec.write_units,
        }
        index["ProvisionedThroughput"] = {
            "ReadCapacityUnits": spec.index.read_units,
            "WriteCapacityUnits": spec.index.write_units,
        }
    return params


def _keys(schema: Any) -> tuple[tuple[str, str], ...]:
    return tuple((k["AttributeName"], k["KeyType"]) for k in schema or ())


def _describe_keys(keys: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"{a} ({t})" for a, t in keys) or "none"


def schema_problems(kind: str, table: Mapping[str, Any]) -> list[str]:
    """What differs between a DescribeTable ``Table`` and the guide's schema; empty if none.

    Throughput and billing mode are the administrator's choice and are not checked; keys,
    key attribute types and the index the app queries are.
    """
    spec = SPECS[kind]
    problems: list[str] = []
    keys = _keys(table.get("KeySchema"))
    if keys != spec.keys:
        problems.append(f"key is {_describe_keys(keys)}, expected {_describe_keys(spec.keys)}")
    types = {d["AttributeName"]: d["AttributeType"] for d in table.get("AttributeDefinitions", [])}
    for attribute, expected in spec.attributes:
        actual = types.get(attribute)
        if actual is not None and actual != expected:
            problems.append(f"attribute {attribute} has type {actual}, expected {expected}")
    indexes = {i["IndexName"]: i for i in table.get("GlobalSecondaryIndexes", []) or []}
    index = indexes.get(spec.index.name)
    if index is None:
        problems.append(f"index {spec.index.name} is missing")
    else:
        index_keys = _keys(index.get("KeySchema"))
        if index_keys != spec.index.keys:
            problems.append(
                f"index {spec.index.name} key is {_describe_keys(index_keys)}, expected "
                f"{_describe_keys(spec.index.keys)}"
            )
        projection = (index.get("Projection") or {}).get("ProjectionType")
        if projection != "ALL":
            problems.append(f"index {spec.index.name} projects {projection}, expected ALL")
    return problems


def is_active(table: Mapping[str, Any]) -> bool:
    """The table and every index are ACTIVE."""
    if table.get("TableStatus") != "ACTIVE":
        return False
    return all(
        i.get("IndexStatus", "ACTIVE") == "ACTIVE"
        for i in table.get("GlobalSecondaryIndexes", []) or []
    )
