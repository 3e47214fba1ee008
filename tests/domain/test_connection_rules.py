"""The connection fields' rules: one set for the settings dialog and the admin commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from desktop.domain import connection_rules as rules


class Bad(NamedTuple):
    """A value the dialog and the commands both refuse, and the message they both show."""

    field: str
    value: str
    message: str


TABLE_FORMAT = "A table name has 3 to 255 letters, digits, “_”, “-” or “.”."
ENDPOINT_FORMAT = "The endpoint must be an http:// or https:// URL"

# Shared by tests/views/test_settings_dialog.py and tests/test_cli_tables.py.
BAD_VALUES = [
    Bad(rules.DEPARTMENTS_TABLE, "a", TABLE_FORMAT),
    Bad(rules.EVENTS_TABLE, "my table", TABLE_FORMAT),
    Bad(rules.DEPARTMENTS_TABLE, "x" * 256, TABLE_FORMAT),
    Bad(rules.EVENTS_TABLE, "departments", "The two tables need different names."),
    Bad(rules.REGION, "seoul", "Enter a region code such as ap-northeast-2"),
    Bad(rules.REGION, "AP-NORTHEAST-2", "Enter a region code such as ap-northeast-2"),
    Bad(rules.ENDPOINT_URL, "ftp://x", ENDPOINT_FORMAT),
    Bad(rules.ENDPOINT_URL, "localhost:8000", ENDPOINT_FORMAT),
    Bad(rules.ENDPOINT_URL, "http://", ENDPOINT_FORMAT),
    Bad(
        rules.ENDPOINT_URL,
        "http://admin:hunter2@localhost:8000",
        "Leave the user name and password out of the endpoint URL",
    ),
]


def problems_with(field: str, value: str) -> dict[str, str]:
    values = {
        rules.REGION: "ap-northeast-2",
        rules.DEPARTMENTS_TABLE: "departments",
        rules.EVENTS_TABLE: "events",
        rules.ENDPOINT_URL: "",
    }
    values[field] = value
    return rules.location_problems(**values)


@pytest.mark.parametrize("bad", BAD_VALUES, ids=lambda bad: f"{bad.field}={bad.value[:20]}")
def test_each_bad_value_is_refused_with_its_message(bad: Bad) -> None:
    problems = problems_with(bad.field, bad.value)

    assert list(problems) == [bad.field]
    assert problems[bad.field].startswith(bad.message)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (rules.REGION, "ap-northeast-2"),
        (rules.REGION, " us-east-1 "),
        (rules.REGION, "us-gov-west-1"),
        (rules.DEPARTMENTS_TABLE, "team.departments_2026-v1"),
        (rules.DEPARTMENTS_TABLE, "abc"),
        (rules.DEPARTMENTS_TABLE, "x" * 255),
        (rules.ENDPOINT_URL, ""),
        (rules.ENDPOINT_URL, "http://localhost:8000"),
        (rules.ENDPOINT_URL, "https://dynamodb.ap-northeast-2.amazonaws.com"),
    ],
)
def test_good_values_pass(field: str, value: str) -> None:
    assert problems_with(field, value) == {}


def test_another_endpoint_takes_any_region_word() -> None:
    # DynamoDB Local accepts any region; AWS itself only its codes.
    assert rules.location_problems("local", "departments", "events", "http://localhost:8000") == {}
    assert rules.region_problem("local") != ""
    assert rules.region_problem("not a region!", "http://localhost:8000") != ""


def test_blank_values_ask_for_a_value() -> None:
    assert rules.region_problem(" ") == "Choose the AWS region of the tables."
    assert rules.table_problem("") == "Enter the table's name."
    assert rules.endpoint_problem("  ") == ""  # empty: AWS itself


def test_one_name_for_both_tables_says_so_before_the_format() -> None:
    problems = rules.location_problems("ap-northeast-2", "ab", "ab", "")

    assert problems[rules.EVENTS_TABLE] == "The two tables need different names."
    assert problems[rules.DEPARTMENTS_TABLE] == TABLE_FORMAT


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Choose an AWS profile."),
        ("my profile", "An AWS profile name has no spaces or brackets."),
        ("profile]", "An AWS profile name has no spaces or brackets."),
        ("dev-sso", ""),
        ("AdministratorAccess-123456789012", ""),
    ],
)
def test_profile_names(name: str, message: str) -> None:
    assert rules.profile_problem(name) == message


def test_importing_the_rules_does_not_load_qt() -> None:
    code = (
        "import sys, desktop.domain.connection_rules, desktop.domain.validation; "
        "loaded = [m for m in sys.modules if m.startswith('PySide6')]; "
        "assert not loaded, loaded"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=False
    )
    assert result.returncode == 0, result.stderr
