"""Which endpoints are DynamoDB Local (or another local test server): addresses and ARNs."""

from __future__ import annotations

import pytest

from desktop.domain.local_endpoint import (
    is_local_address,
    is_local_table_arn,
    looks_local,
    shared_db_warning,
)

LOCAL_ARN = "arn:aws:dynamodb:ddblocal:000000000000:table/events"
AWS_ARN = "arn:aws:dynamodb:ap-northeast-2:123456789012:table/events"


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://localhost:8000",
        "http://LOCALHOST:8000/",
        "http://127.0.0.1:8000",
        "http://127.8.9.10",
        "http://[::1]:8000",
        "http://[::ffff:127.0.0.1]:8000",
        "http://10.1.2.3:8000",
        "http://172.16.0.5:8000",
        "https://192.168.0.20",
        "http://169.254.10.1:8000",
        "http://[fd00::5]:8000",
        "http://[fe80::1%25eth0]:8000",
        "http://ddb-server.local:8000",
        "http://calendar.localhost",
        "localhost:8000",
    ],
)
def test_addresses_on_this_computer_or_a_private_network_are_local(endpoint: str) -> None:
    assert is_local_address(endpoint)


@pytest.mark.parametrize(
    "endpoint",
    [
        "",
        "   ",
        "https://dynamodb.ap-northeast-2.amazonaws.com",
        "https://dynamodb.us-east-1.api.aws",
        "http://54.239.1.1",
        "http://8.8.8.8:8000",
        "http://[2001:4860::8888]",
        "http://ddb.example.com:8000",
        "http://localhost.example.com",
        "http://notlocal",
        "http://[::1",  # not a URL at all
    ],
)
def test_aws_and_public_or_named_servers_are_not(endpoint: str) -> None:
    assert not is_local_address(endpoint)


@pytest.mark.parametrize(
    ("arn", "local"),
    [
        (LOCAL_ARN, True),
        ("arn:aws:dynamodb:ddblocal:123456789012:table/events", True),
        ("arn:aws:dynamodb:us-east-1:000000000000:table/events", True),  # LocalStack's account
        (AWS_ARN, False),
        ("arn:aws:dynamodb:us-east-1:123456789012:table/events", False),  # moto's
        ("arn:aws:s3:::000000000000", False),
        ("", False),
        ("not an arn", False),
    ],
)
def test_dynamodb_locals_table_arns_give_it_away(arn: str, local: bool) -> None:
    assert is_local_table_arn(arn) is local


def test_the_answers_make_a_named_server_local() -> None:
    assert looks_local("http://ddb.example.com:8000", ["", LOCAL_ARN])
    assert not looks_local("http://ddb.example.com:8000", [AWS_ARN])
    assert not looks_local("", [AWS_ARN])


def test_the_warning_names_shared_db_and_the_keys() -> None:
    text = shared_db_warning()

    assert "-sharedDb" in text
    assert "access key and region" in text
