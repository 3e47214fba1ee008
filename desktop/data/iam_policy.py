"""The operating guide's IAM policy (section 1.2) for the configured region and table names.

The settings dialog offers it on the clipboard when a connection test finds a permission
missing, so that an administrator can attach exactly what the app needs: the guide's twelve
actions, on the two tables (and their indexes: ``table/events*`` also matches
``table/events/index/department-date-index``), in one region, for any account.
"""

from __future__ import annotations

import json
from typing import Any

POLICY_VERSION = "2012-10-17"

# Guide section 1.2, in the guide's order.
GUIDE_ACTIONS: tuple[str, ...] = (
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
    "dynamodb:BatchWriteItem",
)


# What a read-only PC needs (``access/read_only``): reading events (their table and its index)
# and departments, and DescribeTable for Test connection; nothing that writes.
READ_ONLY_EVENTS_ACTIONS: tuple[str, ...] = (
    "dynamodb:DescribeTable",
    "dynamodb:GetItem",
    "dynamodb:Query",
)
READ_ONLY_DEPARTMENTS_ACTIONS: tuple[str, ...] = (
    "dynamodb:DescribeTable",
    "dynamodb:GetItem",
    "dynamodb:Query",
    "dynamodb:Scan",
)


def table_resource(region: str, table: str) -> str:
    """The guide's Resource line for one table (any account; the table and its indexes)."""
    return f"arn:aws:dynamodb:{region}:*:table/{table}*"


def guide_policy_document(region: str, departments_table: str, events_table: str) -> dict[str, Any]:
    """The policy as a JSON-ready dict."""
    return {
        "Version": POLICY_VERSION,
        "Statement": [
            {
                "Effect": "Allow",
                "Action": list(GUIDE_ACTIONS),
                "Resource": table_resource(region.strip(), table.strip()),
            }
            for table in (departments_table, events_table)
        ],
    }


def guide_policy(region: str, departments_table: str, events_table: str) -> str:
    """The guide's policy as pretty JSON, with this region and these table names."""
    document = guide_policy_document(region, departments_table, events_table)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def read_only_policy_document(
    region: str, departments_table: str, events_table: str
) -> dict[str, Any]:
    """The read-only policy as a JSON-ready dict: one statement per table (and its indexes)."""
    return {
        "Version": POLICY_VERSION,
        "Statement": [
            {
                "Effect": "Allow",
                "Action": list(actions),
                "Resource": table_resource(region.strip(), table.strip()),
            }
            for table, actions in (
                (departments_table, READ_ONLY_DEPARTMENTS_ACTIONS),
                (events_table, READ_ONLY_EVENTS_ACTIONS),
            )
        ],
    }


def read_only_policy(region: str, departments_table: str, events_table: str) -> str:
    """The read-only policy as pretty JSON, with this region and these table names."""
    document = read_only_policy_document(region, departments_table, events_table)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


__all__ = [
    "GUIDE_ACTIONS",
    "READ_ONLY_DEPARTMENTS_ACTIONS",
    "READ_ONLY_EVENTS_ACTIONS",
    "guide_policy",
    "guide_policy_document",
    "read_only_policy",
    "read_only_policy_document",
    "table_resource",
]
