"""The store works under exactly the guide's IAM policy, and says which action is missing.

moto checks the action of every DynamoDB request against the caller's policies but passes the
resource as ``*`` (``DynamoHandler`` has no ``_determine_resource``), and ``*`` never matches
the guide's ``arn:aws:dynamodb:ap-northeast-2:*:table/departments*``: stock moto denies
everything under that policy. The ``resources_checked`` fixture gives moto the ARN AWS would
check (table, or ``table/<name>/index/<index>`` for an index query), so the policy's Resource
lines are really evaluated, region included.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from typing import Any

import boto3
import pytest
from moto.dynamodb.responses import DynamoHandler

from desktop.data.config import ConnectionSettings, CredentialMode, Credentials
from desktop.data.errors import AccessDeniedError
from desktop.data.store import DynamoStore
from tests.data.conftest import exercise

# Guide section 1.2, verbatim.
GUIDE_POLICY: dict[str, Any] = json.loads(
    """
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "dynamodb:CreateTable",
        "dynamodb:DeleteTable",
        "dynamodb:DescribeTable",
        "dynamodb:ListTables",
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "dynamodb:Query",
        "dynamodb:Scan",
        "dynamodb:BatchGetItem",
        "dynamodb:BatchWriteItem"
      ],
      "Resource": "arn:aws:dynamodb:ap-northeast-2:*:table/departments*"
    },
    {
      "Effect": "Allow",
      "Action": [
        "dynamodb:CreateTable",
        "dynamodb:DeleteTable",
        "dynamodb:DescribeTable",
        "dynamodb:ListTables",
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "dynamodb:Query",
        "dynamodb:Scan",
        "dynamodb:BatchGetItem",
        "dynamodb:BatchWriteItem"
      ],
      "Resource": "arn:aws:dynamodb:ap-northeast-2:*:table/events*"
    }
  ]
}
"""
)


def _without(action: str) -> dict[str, Any]:
    policy = copy.deepcopy(GUIDE_POLICY)
    for statement in policy["Statement"]:
        statement["Action"].remove(action)
    return policy


def _request_resource(handler: DynamoHandler) -> str:
    """The ARN IAM checks for a DynamoDB request (the first table of a batch)."""
    body: dict[str, Any] = handler.body
    tables = [body["TableName"]] if "TableName" in body else list(body.get("RequestItems", {}))
    if not tables:
        return "*"  # ListTables: not a table action
    arn = f"arn:aws:dynamodb:{handler.region}:{handler.current_account}:table/{tables[0]}"
    if body.get("IndexName"):
        arn += f"/index/{body['IndexName']}"
    return arn


@pytest.fixture
def resources_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DynamoHandler, "_determine_resource", _request_resource, raising=False)


def _user_store(
    endpoint: str,
    policy: dict[str, Any],
    *,
    region: str = "ap-northeast-2",
    events_table: str = "events",
) -> DynamoStore:
    """An IAM user with only ``policy`` and a store signed with its key (set up unenforced)."""
    iam = boto3.client("iam", endpoint_url=endpoint, region_name="us-east-1")
    iam.create_user(UserName="calendar")
    arn = iam.create_policy(PolicyName="deptcal", PolicyDocument=json.dumps(policy))["Policy"]
    iam.attach_user_policy(UserName="calendar", PolicyArn=arn["Arn"])
    key = iam.create_access_key(UserName="calendar")["AccessKey"]
    credentials = Credentials(
        CredentialMode.KEYRING, "", key["AccessKeyId"], key["SecretAccessKey"]
    )
    settings = ConnectionSettings(
        endpoint_url=endpoint, region=region, events_table=events_table, credentials=credentials
    )
    return DynamoStore(settings)


@pytest.mark.usefixtures("resources_checked")
def test_everything_works_under_exactly_the_guides_policy(
    endpoint: str, enforce_iam: Callable[[], None]
) -> None:
    store = _user_store(endpoint, GUIDE_POLICY)
    enforce_iam()

    assert store.create_tables(poll_seconds=0.01) == {
        "departments": "created",
        "events": "created",
    }
    exercise(store)


@pytest.mark.usefixtures("resources_checked")
def test_a_policy_without_query_names_the_missing_action(
    store: DynamoStore, endpoint: str, enforce_iam: Callable[[], None]
) -> None:
    department = store.create_department("개발팀")
    limited = _user_store(endpoint, _without("dynamodb:Query"))
    enforce_iam()

    assert limited.get_department(department.id) == department  # GetItem is still allowed
    with pytest.raises(AccessDeniedError) as caught:
        limited.events_between(department.id, date(2026, 11, 1), date(2026, 11, 30))

    assert caught.value.action == "dynamodb:Query"
    assert "dynamodb:Query" in caught.value.message
    checks = limited.check_tables()
    assert [(c.name, c.ok) for c in checks if not c.ok] == [("query department-date-index", False)]


@pytest.mark.usefixtures("resources_checked")
def test_the_policy_does_not_reach_another_region(
    store: DynamoStore, endpoint: str, enforce_iam: Callable[[], None]
) -> None:
    elsewhere = _user_store(endpoint, GUIDE_POLICY, region="eu-west-1")
    enforce_iam()

    with pytest.raises(AccessDeniedError) as caught:
        elsewhere.list_departments()

    assert caught.value.action == "dynamodb:Scan"


@pytest.mark.usefixtures("resources_checked")
def test_the_policy_does_not_reach_tables_with_other_names(
    store: DynamoStore, endpoint: str, enforce_iam: Callable[[], None]
) -> None:
    renamed = _user_store(endpoint, GUIDE_POLICY, events_table="calendar")
    enforce_iam()

    checks = renamed.check_tables()

    assert checks[0].ok
    assert not checks[1].ok and isinstance(checks[1].error, AccessDeniedError)
    assert checks[1].error.action == "dynamodb:DescribeTable"


def test_stock_moto_does_not_evaluate_dynamodb_resources(
    store: DynamoStore, endpoint: str, enforce_iam: Callable[[], None]
) -> None:
    """Why ``resources_checked`` exists; if this fails, moto now does it itself."""
    user = _user_store(endpoint, GUIDE_POLICY)
    enforce_iam()

    with pytest.raises(AccessDeniedError):
        user.describe_table("departments")
