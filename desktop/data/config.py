"""Where the data lives and how to sign in: resolved from managed settings, environment, .env,
the user's settings, defaults.

Precedence, highest first (:data:`SOURCES`): the machine-wide settings an IT department
deploys (``managed``, locked), environment variables (``AWS_REGION``, ``DEPARTMENTS_TABLE``,
``EVENTS_TABLE``, ``AWS_ENDPOINT_URL_DYNAMODB`` / ``AWS_ENDPOINT_URL`` as botocore defines
them, ``AWS_CA_BUNDLE``, ``HTTPS_PROXY``), a ``.env`` file (the working directory's, then one
in the per-user config folder), the user's saved settings, the defaults (``ap-northeast-2``,
``departments``, ``events``).
"""

from __future__ import annotations

import enum
import os
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.data.errors import ConfigError
from desktop.domain import connection_rules as rules

DEFAULT_REGION = "ap-northeast-2"
DEFAULT_DEPARTMENTS_TABLE = "departments"
DEFAULT_EVENTS_TABLE = "events"


class CredentialMode(enum.StrEnum):
    KEYRING = "keyring"  # an access key saved in the OS keyring
    PROFILE = "profile"  # a named profile of the AWS config (SSO included)
    DEFAULT = "default"  # boto3's standard chain: environment, ~/.aws, instance roles


@dataclass(frozen=True)
class Credentials:
    """How the client signs its requests. ``repr`` never shows the secret or the token.

    A temporary key (from STS: federation sign-in pages, IT tools) comes with a
    ``session_token``, and ``session_expires`` when it was known (UTC).
    """

    mode: CredentialMode = CredentialMode.DEFAULT
    profile: str = ""
    access_key_id: str = ""
    secret_access_key: str = field(default="", repr=False)
    session_token: str = field(default="", repr=False)
    session_expires: datetime | None = None

    def describe(self) -> str:
        if self.mode is CredentialMode.PROFILE:
            return f"profile {self.profile}"
        if self.access_key_id:
            kind = "temporary access key" if self.session_token else "access key"
            return f"{kind} {mask_key_id(self.access_key_id)}"
        return "default credential chain"


def mask_key_id(key_id: str) -> str:
    """An access key id shortened for display and logs (``AKIA…WXYZ``)."""
    return f"{key_id[:4]}…{key_id[-4:]}" if len(key_id) > 8 else "…"


def mask_url_credentials(url: str) -> str:
    """``url`` with a user name and password replaced by ``***`` (``http://***@proxy:8080``),
    for display: endpoints and proxies may carry them. Also a proxy written without a scheme."""
    scheme, separator, rest = url.partition("://")
    if not separator:
        scheme, rest = "", url
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    netloc = rest[:end]
    if "@" not in netloc:
        return url
    masked = f"***@{netloc.rpartition('@')[2]}{rest[end:]}"
    return f"{scheme}{separator}{masked}"


# The offline banner shows within this long when the network stalls (an interactive read
# fails within ConnectionSettings.longest_stall() of it).
OFFLINE_WITHIN_SECONDS = 5.0


@dataclass(frozen=True)
class ConnectionSettings:
    """Everything the store needs to reach the two tables."""

    region: str = DEFAULT_REGION
    departments_table: str = DEFAULT_DEPARTMENTS_TABLE
    events_table: str = DEFAULT_EVENTS_TABLE
    endpoint_url: str = ""
    credentials: Credentials = field(default_factory=Credentials)
    # Networks (settings network/ca_bundle and network/proxy): a PEM file of extra certificate
    # authorities, and a proxy URL for the AWS requests; empty means none set here.
    ca_bundle: str = ""
    proxy: str = field(default="", repr=False)  # may carry a password: never in a repr
    # Timeouts and retries: botocore's defaults (60 s) freeze a desktop app for a minute when
    # the network is gone, and 3 s / 5 s with 3 attempts still took 15 s to say "offline" on a
    # stalled network. These keep :meth:`longest_stall` within ``OFFLINE_WITHIN_SECONDS``;
    # DynamoDB answers in tens of milliseconds, and the timeouts count between bytes, so a
    # large page on a slow link is not cut.
    connect_timeout: float = 1.5
    read_timeout: float = 1.5
    max_attempts: int = 2

    def longest_stall(self) -> float:
        """The longest one call waits before it fails on a stalled network, in seconds.

        A stalled network either accepts no connection (each attempt waits the connect
        timeout) or accepts and never answers (each attempt waits the read timeout).
        botocore's standard retry mode sleeps up to ``2 ** (n - 1)`` seconds (a random part
        of it) before retry ``n``.
        """
        attempts = max(1, self.max_attempts)
        backoff = sum(2.0 ** (n - 1) for n in range(1, attempts))
        return attempts * max(self.connect_timeout, self.read_timeout) + backoff

    def source_key(self) -> str:
        """Identifies where the data comes from (for keying caches and the outbox).

        The endpoint is normalised (:func:`normalised_endpoint`): the same server written
        another way keeps its saved calendar and its changes waiting to be sent.
        """
        return "|".join(
            (
                self.region.strip(),
                normalised_endpoint(self.endpoint_url),
                self.departments_table.strip(),
                self.events_table.strip(),
            )
        )

    def endpoint_label(self) -> str:
        return self.endpoint_url or f"dynamodb.{self.region}.amazonaws.com"

    def check(self) -> None:
        """Refuse what the settings dialog refuses, with the dialog's message (and field)."""
        values = (self.region, self.departments_table, self.events_table, self.endpoint_url)
        problems = rules.location_problems(*values)
        if self.credentials.mode is CredentialMode.PROFILE:
            problems[rules.PROFILE] = rules.profile_problem(self.credentials.profile)
        for name, blank, invalid in _CHECKS:
            if problems.get(name):
                value = self.credentials.profile if name == rules.PROFILE else getattr(self, name)
                raise ConfigError(
                    f"{rules.field_label(name)}: {problems[name]}",
                    code=blank if not value.strip() else invalid,
                    # Not the endpoint itself: it may carry a password.
                    detail=name if name == rules.ENDPOINT_URL else f"{name} = {value!r}",
                )


# Field, error code when it is blank, when it is not valid; in the order they are reported.
_CHECKS = (
    (rules.ENDPOINT_URL, "InvalidEndpoint", "InvalidEndpoint"),
    (rules.REGION, "NoRegion", "InvalidRegion"),
    (rules.DEPARTMENTS_TABLE, "NoTable", "InvalidTable"),
    (rules.EVENTS_TABLE, "NoTable", "InvalidTable"),
    (rules.PROFILE, "NoProfile", "InvalidProfile"),
)


_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalised_endpoint(url: str) -> str:
    """``url`` as one spelling per server: scheme and host in lower case, no default port, no
    trailing slash (``HTTP://Host:80/`` is ``http://host``). Text that is not a URL is kept."""
    text = url.strip()
    try:
        parts = urllib.parse.urlsplit(text)
        port = parts.port
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    if not scheme or not parts.hostname:
        return text
    host = parts.hostname  # lower case, brackets of an IPv6 address removed
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    if parts.username is not None or parts.password is not None:
        host = f"{parts.netloc.rpartition('@')[0]}@{host}"
    path = parts.path.rstrip("/")
    return urllib.parse.urlunsplit((scheme, host, path, parts.query, parts.fragment))


def normalised_source_key(key: str) -> str:
    """A source key written before endpoints were normalised, as :meth:`source_key` makes it
    now (the key of the same tables). A key of another shape is returned unchanged."""
    fields = key.split("|")
    if len(fields) != 4:
        return key
    region, endpoint, departments, events = fields
    return "|".join(
        (region.strip(), normalised_endpoint(endpoint), departments.strip(), events.strip())
    )


def describe_source_key(key: str) -> str:
    """A source key for people: ``region, endpoint, tables departments/events``."""
    fields = key.split("|")
    if len(fields) != 4:
        return key
    region, endpoint, departments, events = fields
    where = endpoint or f"dynamodb.{region}.amazonaws.com"
    return f"{region}, {where}, {departments}/{events}"


# Setting name → environment variables (and .env keys) that set it, in order. The network
# values are the ones botocore and requests read: AWS_CA_BUNDLE, HTTPS_PROXY.
ENVIRONMENT_KEYS: dict[str, tuple[str, ...]] = {
    "region": ("AWS_REGION", "AWS_DEFAULT_REGION"),
    "departments_table": ("DEPARTMENTS_TABLE",),
    "events_table": ("EVENTS_TABLE",),
    "endpoint_url": ("AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL"),
    "ca_bundle": ("AWS_CA_BUNDLE",),
    "proxy": ("HTTPS_PROXY", "https_proxy"),
}
DEFAULTS: dict[str, str] = {
    "region": DEFAULT_REGION,
    "departments_table": DEFAULT_DEPARTMENTS_TABLE,
    "events_table": DEFAULT_EVENTS_TABLE,
    "endpoint_url": "",
    "ca_bundle": "",
    "proxy": "",
}

MANAGED = "managed"
ENVIRONMENT = "environment"
DOTENV = ".env"
SETTINGS = "settings"
DEFAULT = "default"
# Where a value can come from, highest precedence first.
SOURCES = (MANAGED, ENVIRONMENT, DOTENV, SETTINGS, DEFAULT)


@dataclass(frozen=True)
class Resolved:
    """A resolved value and where it came from (for the settings dialog and ``config show``)."""

    value: str
    source: str  # one of SOURCES

    @property
    def locked(self) -> bool:
        """Set by the organisation (machine-wide): nothing on the PC overrides it."""
        return self.source == MANAGED


def dotenv_files(config_dir: Path | None, working_dir: Path | None) -> list[Path]:
    """The .env files read, highest precedence first: ``working_dir``'s (None: not read),
    then the per-user config folder's."""
    folders = [folder for folder in (working_dir, config_dir) if folder is not None]
    return [folder / ".env" for folder in folders if (folder / ".env").is_file()]


def variable_of(name: str, layer: Mapping[str, str]) -> str:
    """Which of ``name``'s variables ``layer`` (the environment or a .env) sets, if any."""
    return next((k for k in ENVIRONMENT_KEYS[name] if layer.get(k, "").strip()), "")


def read_dotenv(files: list[Path]) -> dict[str, str]:
    """Values from .env files without touching ``os.environ``; earlier files win."""
    from dotenv import dotenv_values

    merged: dict[str, str] = {}
    for path in reversed(files):
        merged.update({k: v for k, v in dotenv_values(path).items() if v is not None})
    return merged


def resolve(
    saved: Mapping[str, str],
    *,
    managed: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
    dotenv: Mapping[str, str] | None = None,
) -> dict[str, Resolved]:
    """Resolve region, tables, endpoint, CA bundle and proxy by the documented precedence.

    ``managed`` holds the machine-wide values the organisation set (by setting name): one
    that is there wins even when blank (a blank managed endpoint keeps the PC on AWS itself,
    a blank region is the default one). ``saved`` is the user's own settings.
    """
    environ = os.environ if environ is None else environ
    managed = managed or {}
    dotenv = dotenv or {}
    result: dict[str, Resolved] = {}
    for name, default in DEFAULTS.items():
        if name in managed:
            result[name] = Resolved(managed[name].strip() or default, MANAGED)
            continue
        resolved = Resolved(default, DEFAULT)
        for layer, source in ((environ, ENVIRONMENT), (dotenv, DOTENV)):
            # A blank value (``AWS_REGION=" "``) is unset, not an empty region.
            variable = variable_of(name, layer)
            if variable:
                resolved = Resolved(layer[variable].strip(), source)
                break
        else:
            if saved.get(name, "").strip():
                resolved = Resolved(saved[name].strip(), SETTINGS)
        result[name] = resolved
    return result


def dotenv_credentials(dotenv: Mapping[str, str]) -> Credentials | None:
    """Access keys in a .env file, as the web app's ``.env`` holds them (guide 3.1), with a
    temporary key's ``AWS_SESSION_TOKEN``."""
    key_id = dotenv.get("AWS_ACCESS_KEY_ID", "").strip()
    secret = dotenv.get("AWS_SECRET_ACCESS_KEY", "").strip()
    token = dotenv.get("AWS_SESSION_TOKEN", "").strip()
    if key_id and secret:
        return Credentials(CredentialMode.DEFAULT, "", key_id, secret, token)
    return None
