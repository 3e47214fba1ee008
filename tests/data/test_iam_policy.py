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


# --- the read-only policy (access/read_only: wall displays, reception PCs) -----------------------

WRITES = {"PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "CreateTable", "DeleteTable"}


def test_the_read_only_policy_has_no_write_and_only_the_guides_actions() -> None:
    from desktop.data.iam_policy import read_only_policy

    document = json.loads(read_only_policy("ap-northeast-2", "departments", "events"))
    by_resource = {s["Resource"]: set(s["Action"]) for s in document["Statement"]}
    guide = {a for s in GUIDE_POLICY["Statement"] for a in s["Action"]}
    assert by_resource == {
        "arn:aws:dynamodb:ap-northeast-2:*:table/departments*": {
            "dynamodb:DescribeTable",
            "dynamodb:GetItem",
            "dynamodb:Query",
            "dynamodb:Scan",
        },
        "arn:aws:dynamodb:ap-northeast-2:*:table/events*": {
            "dynamodb:DescribeTable",
            "dynamodb:GetItem",
            "dynamodb:Query",
        },
    }
    actions = set().union(*by_resource.values())
    assert actions <= guide
    assert not {a.removeprefix("dynamodb:") for a in actions} & WRITES
    assert all(s["Effect"] == "Allow" for s in document["Statement"])


@pytest.mark.usefixtures("resources_checked")
def test_under_the_read_only_policy_everything_is_read_and_every_write_denied(
    store: DynamoStore, endpoint: str, enforce_iam: Callable[[], None]
) -> None:
    from desktop.data.iam_policy import read_only_policy_document
    from tests.data.conftest import new_event

    department = store.create_department("개발팀", "소프트웨어 개발")
    event = store.create_event(new_event(department.id, date(2026, 11, 3)))
    reader = _user_store(
        endpoint, read_only_policy_document("ap-northeast-2", "departments", "events")
    )
    enforce_iam()

    assert all(check.ok for check in reader.check_tables())  # Test connection passes
    assert reader.list_departments().departments == [department]
    assert reader.get_department(department.id) == department
    assert reader.find_departments_by_name("개발팀") == [department]
    batch = reader.events_between(department.id, date(2026, 11, 1), date(2026, 11, 30))
    assert batch.events == [event]
    assert reader.get_event(event.id, department.id) == event
    with pytest.raises(AccessDeniedError) as created:
        reader.create_event(new_event(department.id, date(2026, 11, 4), "새 일정"))
    assert created.value.action == "dynamodb:PutItem"
    with pytest.raises(AccessDeniedError):
        reader.update_event(event, event.with_changes(title="바뀐 제목"))
    with pytest.raises(AccessDeniedError):
        reader.delete_event(event)
    with pytest.raises(AccessDeniedError):
        reader.create_department("디자인팀")
    assert reader.get_event(event.id, department.id) == event  # nothing changed
