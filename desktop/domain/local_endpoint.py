"""DynamoDB Local (or another local test server) behind the endpoint, and what to warn about.

DynamoDB Local started without ``-sharedDb`` keeps one database per access key and region: a
second computer signing in with other keys sees none of the first one's tables, and creating
them there makes a second, empty set. The app cannot ask the server how it was started, so it
warns whenever the endpoint looks local: by its address (this computer, a private network, a
``.local`` name), or by the server's answers (DynamoDB Local's table ARNs carry the region
``ddblocal`` and the account ``000000000000``). No Qt, no network: the address is only read.
"""

from __future__ import annotations

import ipaddress
import urllib.parse
from collections.abc import Iterable

from desktop.i18n import tr

_CONTEXT = "LocalEndpoint"

LOCAL_REGION = "ddblocal"
LOCAL_ACCOUNT = "000000000000"
_LOCAL_NAMES = ("localhost", "localhost.localdomain")
_LOCAL_SUFFIXES = (".localhost", ".local")


def is_local_address(endpoint_url: str) -> bool:
    """The endpoint is on this computer or a private network (no endpoint: AWS, not local)."""
    text = endpoint_url.strip()
    if not text:
        return False
    try:
        host = urllib.parse.urlsplit(text if "://" in text else f"//{text}").hostname or ""
    except ValueError:
        return False
    host = host.rstrip(".").lower()
    if host in _LOCAL_NAMES or host.endswith(_LOCAL_SUFFIXES):
        return True
    try:
        address = ipaddress.ip_address(host.partition("%")[0])  # fe80::1%eth0
    except ValueError:
        return False  # a name: not resolved here (that would wait on the network)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback or address.is_private or address.is_link_local


def is_local_table_arn(arn: str) -> bool:
    """A table ARN as DynamoDB Local gives it (``arn:aws:dynamodb:ddblocal:000000000000:…``)."""
    parts = arn.split(":", 5)
    if len(parts) < 6 or parts[0] != "arn" or parts[2] != "dynamodb":
        return False
    return parts[3] == LOCAL_REGION or parts[4] == LOCAL_ACCOUNT


def looks_local(endpoint_url: str, table_arns: Iterable[str] = ()) -> bool:
    """The endpoint's address or the server's answers look like DynamoDB Local."""
    return is_local_address(endpoint_url) or any(is_local_table_arn(arn) for arn in table_arns)


def shared_db_warning() -> str:
    """The warning for the connection test and the admin commands."""
    return tr(
        _CONTEXT,
        "This is DynamoDB Local (or a local test server). Without -sharedDb it keeps one "
        "database per access key and region: other PCs with other keys see other tables.",
    )


def creation_warning() -> str:
    """The warning before the tables are created on a local endpoint."""
    return tr(
        _CONTEXT,
        "This looks like DynamoDB Local (or a local test server). Unless it runs with "
        "-sharedDb, it keeps one database per access key and region: each computer's key "
        "would get its own, empty tables, and the others would not see its events. Start "
        "DynamoDB Local with -sharedDb before creating the tables.",
    )


def missing_tables_hint() -> str:
    """Added to "table missing" on a local endpoint."""
    return tr(
        _CONTEXT,
        "If another PC created them, DynamoDB Local may run without -sharedDb (one database "
        "per access key and region): restart it with -sharedDb rather than creating the "
        "tables again.",
    )


__all__ = [
    "LOCAL_ACCOUNT",
    "LOCAL_REGION",
    "creation_warning",
    "is_local_address",
    "is_local_table_arn",
    "looks_local",
    "missing_tables_hint",
    "shared_db_warning",
]
