"""The connection test on DynamoDB Local: detected, warned about, and the missing-table hint."""

from __future__ import annotations

from desktop.data.config import ConnectionSettings
from desktop.data.errors import TableMissingError
from desktop.data.store import Check, DynamoStore
from desktop.workers.connection_check import (
    CheckReport,
    line_for_error,
    lines_for_checks,
    run_checks,
)
from tests.test_cli_tables import closed_port

LOCAL_ARN = "arn:aws:dynamodb:ddblocal:000000000000:table/departments"
AWS_ARN = "arn:aws:dynamodb:ap-northeast-2:123456789012:table/departments"
AWS = ConnectionSettings()  # no endpoint: DynamoDB in AWS


def test_moto_on_this_computer_is_detected_and_warned_about(store: DynamoStore) -> None:
    report = run_checks(store.settings)

    assert report.ok  # a warning, not a failed check
    assert report.local
    assert "-sharedDb" in report.notice
    assert all("-sharedDb" not in line.text + line.advice for line in report.lines)


def test_missing_tables_on_a_local_endpoint_hint_at_shared_db(
    connection: ConnectionSettings,
) -> None:
    report = run_checks(connection)

    assert report.local
    assert [line.offer for line in report.lines] == ["create_tables", "create_tables"]
    advice = report.lines[0].advice
    assert "Check the region" in advice
    assert "If another PC created them, DynamoDB Local may run without -sharedDb" in advice


def test_aws_is_not_local() -> None:
    missing = TableMissingError.build("events", "ap-northeast-2")

    assert "-sharedDb" not in line_for_error(missing, AWS, "events").advice
    assert CheckReport(lines=[], endpoint_url="").notice == ""
    lines = lines_for_checks([Check("table departments", True, "ok", arn=AWS_ARN)], AWS)
    assert all("-sharedDb" not in line.advice for line in lines)


def test_a_named_server_answering_as_dynamodb_local_is_local() -> None:
    named = ConnectionSettings(endpoint_url="http://ddb.example.com:8000")
    missing = TableMissingError.build("events", "ap-northeast-2")
    checks = [
        Check("table departments", True, "ok", arn=LOCAL_ARN),
        Check("table events", False, missing.message, missing),
    ]

    lines = lines_for_checks(checks, named)

    assert "DynamoDB Local may run without -sharedDb" in lines[1].advice
    assert "-sharedDb" not in line_for_error(missing, named, "events").advice  # address alone


def test_a_local_server_that_does_not_answer_gets_no_warning() -> None:
    report = run_checks(ConnectionSettings(endpoint_url=f"http://127.0.0.1:{closed_port()}"))

    assert not report.ok
    assert not report.local and report.notice == ""
