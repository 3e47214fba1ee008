"""Creating and checking the two tables exactly as the operating guide describes them."""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import Any, Literal

import pytest

from desktop.data.errors import SchemaMismatchError, TableMissingError
from desktop.data.store import DynamoStore
from tests.support import MotoServer

# Guide section 2.3, verbatim. The endpoint comes from AWS_ENDPOINT_URL so not a character of
# the commands changes.
GUIDE_CREATE_TABLES = r"""
# 부서 테이블 생성
aws dynamodb create-table \
  --table-name departments \
  --attribute-definitions \
    AttributeName=id,AttributeType=S \
    AttributeName=name,AttributeType=S \
  --key-schema \
    AttributeName=id,KeyType=HASH \
  --global-secondary-indexes \
    "IndexName=name-index,KeySchema=[{AttributeName=name,KeyType=HASH}],Projection={ProjectionType=ALL},ProvisionedThroughput={ReadCapacityUnits=5,WriteCapacityUnits=5}" \
  --provisioned-throughput ReadCapacityUnits=10,WriteCapacityUnits=10 \
  --region ap-northeast-2

# 이벤트 테이블 생성
aws dynamodb create-table \
  --table-name events \
  --attribute-definitions \
    AttributeName=id,AttributeType=S \
    AttributeName=department_id,AttributeType=S \
    AttributeName=event_date,AttributeType=S \
  --key-schema \
    AttributeName=id,KeyType=HASH \
    AttributeName=department_id,KeyType=RANGE \
  --global-secondary-indexes \
    "IndexName=department-date-index,KeySchema=[{AttributeName=department_id,KeyType=HASH},{AttributeName=event_date,KeyType=RANGE}],Projection={ProjectionType=ALL},ProvisionedThroughput={ReadCapacityUnits=10,WriteCapacityUnits=10}" \
  --provisioned-throughput ReadCapacityUnits=10,WriteCapacityUnits=10 \
  --region ap-northeast-2
"""  # noqa: E501

TABLES = ("departments", "events")
KeyType = Literal["HASH", "RANGE"]


def _throughput(described: dict[str, Any] | None) -> dict[str, Any] | None:
    if described is None:
        return None
    return {k: described.get(k) for k in ("ReadCapacityUnits", "WriteCapacityUnits")}


def _shape(table: dict[str, Any]) -> dict[str, Any]:
    """What a DescribeTable says about a table's design, without names, ARNs, times, sizes."""
    return {
        "KeySchema": table["KeySchema"],
        "AttributeDefinitions": sorted(
            table["AttributeDefinitions"], key=lambda d: d["AttributeName"]
        ),
        "GlobalSecondaryIndexes": sorted(
            (
                {
                    "IndexName": index["IndexName"],
                    "KeySchema": index["KeySchema"],
                    "Projection": index["Projection"],
                    "ProvisionedThroughput": _throughput(index.get("ProvisionedThroughput")),
                }
                for index in table.get("GlobalSecondaryIndexes", [])
            ),
            key=lambda i: i["IndexName"],
        ),
        "LocalSecondaryIndexes": table.get("LocalSecondaryIndexes") or [],
        "ProvisionedThroughput": _throughput(table.get("ProvisionedThroughput")),
        "BillingMode": (table.get("BillingModeSummary") or {}).get("BillingMode", "PROVISIONED"),
    }


def _described(store: DynamoStore) -> dict[str, dict[str, Any]]:
    return {name: _shape(store.describe_table(name)) for name in TABLES}


# --- 11. create_tables ---------------------------------------------------------------------------


def test_tables_match_the_guides_cli_commands(
    moto_server: MotoServer, empty_store: DynamoStore
) -> None:
    aws = shutil.which("aws")
    if aws is None:
        pytest.skip("the AWS CLI (aws) is not on PATH, so the guide's commands cannot be run")
    environment = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "ap-northeast-2",
        "AWS_ENDPOINT_URL": moto_server.url,
        "AWS_PAGER": "",
    }
    finished = subprocess.run(
        ["bash", "-euc", GUIDE_CREATE_TABLES],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    by_guide = _described(empty_store)

    moto_server.reset()
    outcome = empty_store.create_tables(poll_seconds=0.01)
    by_store = _described(empty_store)

    assert outcome == {"departments": "created", "events": "created"}
    assert by_store == by_guide
    assert by_store["events"]["GlobalSecondaryIndexes"][0]["ProvisionedThroughput"] == {
        "ReadCapacityUnits": 10,
        "WriteCapacityUnits": 10,
    }


def test_provisioned_tables_have_the_guides_capacity(empty_store: DynamoStore) -> None:
    progress: list[tuple[str, str]] = []

    outcome = empty_store.create_tables(
        poll_seconds=0.01, progress=lambda table, status: progress.append((table, status))
    )

    assert outcome == {"departments": "created", "events": "created"}
    shapes = _described(empty_store)
    assert shapes["departments"]["ProvisionedThroughput"] == {
        "ReadCapacityUnits": 10,
        "WriteCapacityUnits": 10,
    }
    assert shapes["departments"]["GlobalSecondaryIndexes"][0]["ProvisionedThroughput"] == {
        "ReadCapacityUnits": 5,
        "WriteCapacityUnits": 5,
    }
    assert {s["BillingMode"] for s in shapes.values()} == {"PROVISIONED"}
    assert ("departments", "ACTIVE") in progress and ("events", "ACTIVE") in progress
    assert all(check.ok for check in empty_store.check_tables())


def test_on_demand_tables_have_no_provisioned_capacity(empty_store: DynamoStore) -> None:
    outcome = empty_store.create_tables(on_demand=True, poll_seconds=0.01)

    assert outcome == {"departments": "created", "events": "created"}
    for name in TABLES:
        table = empty_store.describe_table(name)
        assert table["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"
        assert [i["Projection"] for i in table["GlobalSecondaryIndexes"]] == [
            {"ProjectionType": "ALL"}
        ]
    assert all(check.ok for check in empty_store.check_tables())


def test_creating_twice_reports_existing_tables(store: DynamoStore) -> None:
    assert store.create_tables(poll_seconds=0.01) == {"departments": "exists", "events": "exists"}
    assert store.create_tables(on_demand=True, poll_seconds=0.01) == {
        "departments": "exists",
        "events": "exists",
    }


# --- 7. wrong schema, missing tables -------------------------------------------------------------


def _create_raw(
    store: DynamoStore, name: str, keys: list[tuple[str, KeyType]], **extra: Any
) -> None:
    store.client.create_table(
        TableName=name,
        AttributeDefinitions=[{"AttributeName": a, "AttributeType": "S"} for a, _ in keys]
        + extra.pop("attributes", []),
        KeySchema=[{"AttributeName": a, "KeyType": t} for a, t in keys],
        BillingMode="PAY_PER_REQUEST",
        **extra,
    )


def test_events_table_with_other_keys_is_a_schema_mismatch(empty_store: DynamoStore) -> None:
    _create_raw(empty_store, "events", [("id", "HASH")])

    with pytest.raises(SchemaMismatchError) as caught:
        empty_store.create_tables(poll_seconds=0.01)

    assert caught.value.problems == [
        "key is id (HASH), expected id (HASH), department_id (RANGE)",
        "index department-date-index is missing",
    ]
    assert "'events'" in caught.value.details()  # for the administrator, not in the sentence
    assert "department-date-index is missing" in caught.value.details()
    assert empty_store.describe_table("departments")["TableStatus"] == "ACTIVE"  # still made


def test_events_table_with_a_wrong_index_is_a_schema_mismatch(empty_store: DynamoStore) -> None:
    _create_raw(
        empty_store,
        "events",
        [("id", "HASH"), ("department_id", "RANGE")],
        attributes=[{"AttributeName": "event_date", "AttributeType": "S"}],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "department-date-index",
                "KeySchema": [{"AttributeName": "event_date", "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            }
        ],
    )

    with pytest.raises(SchemaMismatchError) as caught:
        empty_store.create_tables(poll_seconds=0.01)

    assert caught.value.problems == [
        "index department-date-index key is event_date (HASH), expected department_id (HASH), "
        "event_date (RANGE)",
        "index department-date-index projects KEYS_ONLY, expected ALL",
    ]


def test_check_tables_reports_each_table_on_its_own_line(empty_store: DynamoStore) -> None:
    _create_raw(empty_store, "departments", [("id", "HASH")])  # no name-index
    _create_raw(empty_store, "events", [("id", "HASH")])

    checks = empty_store.check_tables()

    assert [(c.name, c.ok) for c in checks] == [
        ("table departments", False),
        ("table events", False),
    ]
    assert "name-index is missing" in checks[0].message
    assert "department_id (RANGE)" in checks[1].message
    assert all(isinstance(c.error, SchemaMismatchError) for c in checks)


def test_check_tables_names_a_missing_table(empty_store: DynamoStore) -> None:
    empty_store.create_tables(poll_seconds=0.01)
    empty_store.client.delete_table(TableName="events")

    checks = empty_store.check_tables()

    assert [(c.name, c.ok) for c in checks] == [
        ("table departments", True),
        ("table events", False),
    ]
    assert isinstance(checks[1].error, TableMissingError)
    assert "'events'" in checks[1].message and "ap-northeast-2" in checks[1].message


def test_check_tables_on_good_tables_also_tries_a_query_and_a_scan(store: DynamoStore) -> None:
    checks = store.check_tables()

    assert [(c.name, c.ok) for c in checks] == [
        ("table departments", True),
        ("table events", True),
        ("query department-date-index", True),
        ("scan departments", True),
    ]
