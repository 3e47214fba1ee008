"""Rules for the connection's fields: region, table names, endpoint URL, AWS profile.

One place for them, so that the settings dialog (which shows the message next to the field)
and the admin commands (which refuse with the same message, see
``ConnectionSettings.check``) accept and refuse the same values. Each rule returns a
translated message, or ``""`` when the value is fine. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from desktop.domain.validation import is_web_url
from desktop.i18n import tr

_CONTEXT = "ConnectionRules"

REGION = "region"
DEPARTMENTS_TABLE = "departments_table"
EVENTS_TABLE = "events_table"
ENDPOINT_URL = "endpoint_url"
PROFILE = "profile"

# DynamoDB table names: 3 to 255 of letters, digits, "_", "-" and ".".
TABLE_NAME = re.compile(r"^[A-Za-z0-9_.\-]{3,255}$")
# Region codes as AWS writes them: ap-northeast-2, us-gov-west-1, eu-isoe-west-1.
AWS_REGION_CODE = re.compile(r"^[a-z]{2}(-[a-z]+)+-[0-9]+$")
# Another endpoint (DynamoDB Local) takes any such word as its region ("local").
REGION_CODE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# The name inside "[profile …]" of the AWS config: no blanks, no brackets.
PROFILE_NAME = re.compile(r"^[^\s\[\]]+$")


def region_problem(region: str, endpoint_url: str = "") -> str:
    """What is wrong with a region code (``ap-northeast-2``), or ``""``.

    Without an endpoint the region names AWS's own service, so it must be one of its codes
    (``seoul`` would only fail later, as a host that does not exist).
    """
    region = region.strip()
    if not region:
        return tr(_CONTEXT, "Choose the AWS region of the tables.")
    pattern = REGION_CODE if endpoint_url.strip() else AWS_REGION_CODE
    if not pattern.match(region):
        return tr(
            _CONTEXT, "Enter a region code such as ap-northeast-2 (or pick one from the list)."
        )
    return ""


def table_problem(name: str) -> str:
    """What is wrong with one table name, by DynamoDB's rules, or ``""``."""
    name = name.strip()
    if not name:
        return tr(_CONTEXT, "Enter the table's name.")
    if not TABLE_NAME.match(name):
        return tr(_CONTEXT, "A table name has 3 to 255 letters, digits, “_”, “-” or “.”.")
    return ""


def tables_problem(departments_table: str, events_table: str) -> str:
    """The two tables must be two: one name for both would mix departments and events."""
    departments_table = departments_table.strip()
    if departments_table and departments_table == events_table.strip():
        return tr(_CONTEXT, "The two tables need different names.")
    return ""


def endpoint_problem(url: str) -> str:
    """What is wrong with an endpoint URL (empty: AWS itself), or ``""``."""
    url = url.strip()
    if not url:
        return ""
    if not is_web_url(url):
        return tr(
            _CONTEXT,
            "The endpoint must be an http:// or https:// URL, such as http://localhost:8000.",
        )
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None:
        # Settings are a plain file: a password in the URL would be a secret outside the keyring.
        return tr(
            _CONTEXT,
            "Leave the user name and password out of the endpoint URL: the sign-in is set "
            "separately.",
        )
    return ""


def profile_problem(name: str) -> str:
    """What is wrong with an AWS profile's name, or ``""``."""
    if not name.strip():
        return tr(_CONTEXT, "Choose an AWS profile.")
    if not PROFILE_NAME.match(name):
        return tr(_CONTEXT, "An AWS profile name has no spaces or brackets.")
    return ""


def location_problems(
    region: str, departments_table: str, events_table: str, endpoint_url: str
) -> dict[str, str]:
    """Every problem of where the tables are: field name → message (empty: all fine)."""
    found = {
        REGION: region_problem(region, endpoint_url),
        DEPARTMENTS_TABLE: table_problem(departments_table),
        # "Different names" first: for "a" and "a" it is the more useful of the two.
        EVENTS_TABLE: tables_problem(departments_table, events_table)
        or table_problem(events_table),
        ENDPOINT_URL: endpoint_problem(endpoint_url),
    }
    return {name: message for name, message in found.items() if message}


def field_label(name: str) -> str:
    """The field a message is about, as the admin commands name it."""
    labels: Mapping[str, str] = {
        REGION: tr(_CONTEXT, "AWS region"),
        DEPARTMENTS_TABLE: tr(_CONTEXT, "Departments table"),
        EVENTS_TABLE: tr(_CONTEXT, "Events table"),
        ENDPOINT_URL: tr(_CONTEXT, "Endpoint URL"),
        PROFILE: tr(_CONTEXT, "AWS profile"),
    }
    return labels.get(name, name)


MFA_CODE = re.compile(r"^[0-9]{6}$")


def mfa_code(text: str) -> str:
    """A typed MFA code without its spaces (``123 456`` is ``123456``)."""
    return "".join(text.split())


def mfa_code_problem(text: str) -> str:
    """What is wrong with a typed MFA code, or ``""``: a device shows six digits."""
    if not MFA_CODE.match(mfa_code(text)):
        return tr(_CONTEXT, "Type the 6 digits your MFA device shows now.")
    return ""
