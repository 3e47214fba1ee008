"""The settings dialog's connection test, table creation and look-ups, without widgets.

Everything here is plain functions and dataclasses that run on a worker (they import boto3,
read the AWS config or the keyring, and wait on the network): :func:`run_checks` turns the
store's :class:`~desktop.data.store.Check` results and errors into a checklist whose every
failure says what to do, and which action the dialog should offer with it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from desktop.data import schema
from desktop.data.config import ConnectionSettings, CredentialMode
from desktop.data.errors import (
    AccessDeniedError,
    CertificateError,
    ConfigError,
    CredentialsError,
    KeyringError,
    OfflineError,
    ProfileNotFoundError,
    SchemaMismatchError,
    StoreError,
    TableMissingError,
    TableNotReadyError,
    TemporaryKeyExpiredError,
    ThrottledError,
)
from desktop.data.secrets import SecretStore
from desktop.data.store import Check, DynamoStore
from desktop.data.tables import server_answered
from desktop.domain import local_endpoint
from desktop.domain.temporary_keys import expiry_text
from desktop.i18n import tr

log = logging.getLogger(__name__)

_CONTEXT = "ConnectionCheck"

Offer = Literal["create_tables", "copy_policy", "sso_login"] | None
StoreFactory = Callable[[ConnectionSettings], DynamoStore]


@dataclass(frozen=True)
class CheckLine:
    """One line of the checklist: passed or not, what was found, and what to do about it.

    ``command`` is a shell command to copy (for ``sso_login``: ``aws sso login --profile X``);
    ``action`` the IAM action that was denied (for ``copy_policy``).
    """

    ok: bool
    text: str
    advice: str = ""
    offer: Offer = None
    command: str = ""
    action: str = ""


@dataclass(frozen=True)
class CheckReport:
    """The outcome of one connection test.

    ``local``: the endpoint looks like DynamoDB Local (its address or its tables' ARNs), which
    :attr:`notice` warns about beside the lines.
    """

    lines: list[CheckLine] = field(default_factory=list)
    region: str = ""
    departments_table: str = ""
    events_table: str = ""
    endpoint_url: str = ""
    local: bool = False

    @property
    def notice(self) -> str:
        """A warning to show with the lines, not a check of its own ("" when none)."""
        return local_endpoint.shared_db_warning() if self.local else ""

    @property
    def ok(self) -> bool:
        return bool(self.lines) and all(line.ok for line in self.lines)

    @property
    def offers(self) -> list[Literal["create_tables", "copy_policy", "sso_login"]]:
        """The actions to offer, each once, in the order of the lines."""
        found: list[Literal["create_tables", "copy_policy", "sso_login"]] = []
        for line in self.lines:
            if line.offer is not None and line.offer not in found:
                found.append(line.offer)
        return found

    @property
    def command(self) -> str:
        """The first command a line asks the user to run ("" when none)."""
        return next((line.command for line in self.lines if line.command), "")

    @property
    def missing_actions(self) -> list[str]:
        """The IAM actions reported as denied, each once."""
        actions: list[str] = []
        for line in self.lines:
            if line.action and line.action not in actions:
                actions.append(line.action)
        return actions


# --- the checks -----------------------------------------------------------------------------------


def run_checks(
    settings: ConnectionSettings, store_factory: StoreFactory = DynamoStore
) -> CheckReport:
    """Build a store from ``settings`` and check both tables, then one real Query (a worker).

    Never raises a :class:`StoreError`: invalid settings, a client that cannot be created (an
    unknown profile, an expired sign-in) and every failed check become lines of the report.
    """
    report = CheckReport(
        region=settings.region,
        departments_table=settings.departments_table,
        events_table=settings.events_table,
        endpoint_url=settings.endpoint_url,
    )
    try:
        store = store_factory(settings)
        store.connect()
        checks = store.check_tables()
    except StoreError as exc:
        log.info("Connection test failed before the checks: %s", exc.log_text())
        report.lines.append(line_for_error(exc, settings, ""))
        return report
    # Only once the server answered: "cannot reach" needs no warning about its databases.
    local = server_answered(checks) and local_endpoint.looks_local(
        settings.endpoint_url, (c.arn for c in checks)
    )
    report = replace(report, local=local)
    report.lines.extend(lines_for_checks(checks, settings, local=local))
    log.info(
        "Connection test of %s: %d of %d checks passed",
        settings.endpoint_label(),
        sum(line.ok for line in report.lines),
        len(report.lines),
    )
    return report


def lines_for_checks(
    checks: Sequence[Check], settings: ConnectionSettings, *, local: bool | None = None
) -> list[CheckLine]:
    """The checklist for :meth:`DynamoStore.check_tables` results (``local``: the endpoint
    is DynamoDB Local; found from the address and the tables' ARNs when not given)."""
    if local is None:
        local = local_endpoint.looks_local(settings.endpoint_url, (c.arn for c in checks))
    lines: list[CheckLine] = []
    for check in checks:
        kind, _, subject = check.name.partition(" ")
        table = subject if kind in ("table", "scan") else settings.events_table
        if check.ok:
            lines.append(CheckLine(True, _ok_text(kind, subject, settings)))
        elif check.error is not None:
            lines.append(line_for_error(check.error, settings, table, local=local))
        else:
            lines.append(CheckLine(False, check.message, _generic_advice()))
    return lines


def _ok_text(kind: str, subject: str, settings: ConnectionSettings) -> str:
    if kind == "table":
        index = schema.NAME_INDEX if subject == settings.departments_table else schema.DATE_INDEX
        return tr(
            _CONTEXT,
            "Table “{table}” exists, is active, and has the expected keys and index ({index}).",
        ).format(table=subject, index=index)
    if kind == "query":
        return tr(_CONTEXT, "A test query on “{table}” ({index}) worked.").format(
            table=settings.events_table, index=subject
        )
    if kind == "scan":
        return tr(_CONTEXT, "Reading the departments from “{table}” worked.").format(table=subject)
    return tr(_CONTEXT, "{check}: passed.").format(check=subject or kind)


def line_for_error(
    error: StoreError, settings: ConnectionSettings, table: str, *, local: bool | None = None
) -> CheckLine:
    """One failed check: what happened, in plain words, and what to do (``local``: the
    endpoint is DynamoDB Local; by its address when not given)."""
    if local is None:
        local = local_endpoint.is_local_address(settings.endpoint_url)
    if isinstance(error, OfflineError):
        return CheckLine(
            False,
            tr(_CONTEXT, "Cannot reach DynamoDB at {endpoint}.").format(
                endpoint=settings.endpoint_label()
            ),
            tr(
                _CONTEXT,
                "Check this computer's network connection (and proxy, if your organisation "
                "uses one), then test again. If you entered an endpoint under Advanced, check "
                "its address and that the service is running.",
            ),
        )
    if isinstance(error, CertificateError):
        return CheckLine(
            False,
            tr(
                _CONTEXT,
                "The certificate of {endpoint} is not trusted by this computer.",
            ).format(endpoint=settings.endpoint_label()),
            tr(
                _CONTEXT,
                "If your organisation inspects secure connections, ask IT to set the CA "
                "bundle (network/ca_bundle) to its root certificate, a PEM file. The "
                "certificates this computer trusts are used too; check the endpoint's address "
                "as well.",
            ),
        )
    if isinstance(error, CredentialsError):
        return _credentials_line(error, settings)
    if isinstance(error, ProfileNotFoundError):
        return CheckLine(
            False,
            tr(_CONTEXT, "The AWS profile “{profile}” does not exist on this computer.").format(
                profile=settings.credentials.profile
            ),
            tr(
                _CONTEXT,
                "Choose another profile, or set this one up first (“aws configure "
                "--profile NAME” or “aws configure sso”).",
            ),
        )
    if isinstance(error, AccessDeniedError):
        return CheckLine(
            False,
            tr(
                _CONTEXT,
                "Access denied: these credentials may not perform {action} on “{table}”.",
            ).format(action=error.action, table=table or "-"),
            tr(
                _CONTEXT,
                "Ask your AWS administrator to attach the setup guide's policy to these "
                "credentials: “Copy IAM policy” puts it on the clipboard, with this region and "
                "these table names. The policy allows one region and the named tables only, "
                "so also check the region and table names above.",
            ),
            "copy_policy",
            action=error.action,
        )
    if isinstance(error, TableMissingError):
        advice = tr(
            _CONTEXT,
            "Check the region: a table exists in one region only, so tables made in "
            "another region are not found here. Check the table names too. If this is a "
            "new set-up, create the tables with “Create tables…”.",
        )
        if local:
            advice = f"{advice} {local_endpoint.missing_tables_hint()}"
        return CheckLine(
            False,
            tr(_CONTEXT, "The table “{table}” does not exist in region {region}.").format(
                table=error.table or table, region=settings.region
            ),
            advice,
            "create_tables",
        )
    if isinstance(error, SchemaMismatchError):
        return CheckLine(
            False,
            tr(
                _CONTEXT,
                "The table “{table}” exists but is not set up as the guide describes: {problems}.",
            ).format(table=table, problems="; ".join(error.problems)),
            tr(
                _CONTEXT,
                "Enter the names of the calendar's tables, or ask your administrator to fix "
                "this table (keys cannot be changed: the table must be made again).",
            ),
        )
    if isinstance(error, TableNotReadyError):
        return CheckLine(False, _technical(error), tr(_CONTEXT, "Wait a minute, then test again."))
    if isinstance(error, ThrottledError):
        return CheckLine(
            False,
            tr(_CONTEXT, "DynamoDB is busy: the table's capacity is used up right now."),
            tr(_CONTEXT, "Wait a moment, then test again."),
        )
    if isinstance(error, ConfigError):
        return CheckLine(False, error.message, tr(_CONTEXT, "Correct the setting above."))
    if isinstance(error, KeyringError):
        return CheckLine(False, error.message, "")
    return CheckLine(False, _technical(error), _generic_advice())


def _technical(error: StoreError) -> str:
    """The staff message with its technical part: Settings is where the details help."""
    details = error.details()
    return f"{error.message} ({details})" if details else error.message


def _credentials_line(error: CredentialsError, settings: ConnectionSettings) -> CheckLine:
    if error.code == "SSOTokenExpired":
        profile = settings.credentials.profile or "default"
        return CheckLine(
            False,
            tr(_CONTEXT, "The AWS sign-in (SSO) for profile “{profile}” has expired.").format(
                profile=profile
            ),
            tr(
                _CONTEXT,
                "Sign in again: “Sign in” opens your browser (or run this command in a "
                "terminal), then test again.",
            ),
            "sso_login",
            sso_login_command(profile),
        )
    if error.code in ("MfaCancelled", "MfaRefused", "MfaCodeNeeded"):
        # The message names the profile and device; a new code is the way forward.
        return CheckLine(
            False,
            error.message,
            tr(_CONTEXT, "Test again and type the code your MFA device shows then."),
        )
    if error.code == "CredentialProcessFailed":
        return CheckLine(
            False,
            error.message,
            tr(
                _CONTEXT,
                "Run the profile's credential_process command in a terminal to see what it "
                "says, fix it (or sign in with the tool it belongs to), then test again.",
            ),
        )
    if error.code == "NoCredentials":
        return CheckLine(
            False,
            tr(_CONTEXT, "No AWS credentials were found."),
            tr(
                _CONTEXT,
                "Enter an access key, choose an AWS profile, or ask your administrator how "
                "this computer signs in to AWS.",
            ),
        )
    if isinstance(error, TemporaryKeyExpiredError):
        when = error.expires
        return CheckLine(
            False,
            tr(_CONTEXT, "The temporary access key expired at {time}.").format(
                time=expiry_text(when)
            )
            if when is not None
            else tr(_CONTEXT, "The temporary access key has expired."),
            tr(
                _CONTEXT,
                "Get a new one from your IT department's sign-in page, paste it into the "
                "access key field, then test again.",
            ),
        )
    if error.code in ("ExpiredTokenException", "ExpiredToken", "RequestExpired"):
        return CheckLine(
            False,
            tr(_CONTEXT, "The AWS credentials have expired."),
            tr(_CONTEXT, "Enter a new access key, or sign in again, then test again."),
        )
    if settings.credentials.mode is CredentialMode.KEYRING:
        advice = tr(
            _CONTEXT,
            "Check the access key ID and the secret access key: copy both again from the AWS "
            "console or from your administrator. The key may have been deleted or deactivated.",
        )
    else:
        advice = tr(
            _CONTEXT,
            "Check the credentials this option uses (the profile, or the AWS_ACCESS_KEY_ID "
            "and AWS_SECRET_ACCESS_KEY environment variables): the key may have been deleted "
            "or deactivated.",
        )
    return CheckLine(False, tr(_CONTEXT, "AWS did not accept the credentials."), advice)


def _generic_advice() -> str:
    return tr(
        _CONTEXT,
        "Test again; if this keeps happening, send the log to your administrator.",
    )


def sso_login_command(profile: str) -> str:
    return f"aws sso login --profile {profile}"


# --- creating the tables --------------------------------------------------------------------------


def create_tables(
    settings: ConnectionSettings,
    *,
    on_demand: bool,
    progress: Callable[[str, str], None] | None = None,
    store_factory: StoreFactory = DynamoStore,
    poll_seconds: float = 2.0,
) -> dict[str, str]:
    """Create both tables as the guide does and wait until ACTIVE (a worker; may raise)."""
    store = store_factory(settings)
    return store.create_tables(on_demand=on_demand, progress=progress, poll_seconds=poll_seconds)


# --- the AWS profiles -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    name: str
    sso: bool = False


def list_profiles() -> list[Profile]:
    """The profiles of the user's AWS config, as botocore lists them; SSO ones marked.

    Reads ``~/.aws/config`` and ``~/.aws/credentials`` (a worker). A config file that cannot
    be parsed raises :class:`ConfigError`.
    """
    import botocore.exceptions
    import botocore.session

    try:
        session = botocore.session.Session()
        names = list(session.available_profiles)
        configured = session.full_config.get("profiles", {})
    except botocore.exceptions.BotoCoreError as exc:
        raise ConfigError(
            tr(_CONTEXT, "This computer's AWS configuration file cannot be read."),
            code="AwsConfig",
            detail=type(exc).__name__,
        ) from None
    profiles = []
    for name in names:
        values = configured.get(name, {})
        sso = bool(values.get("sso_start_url") or values.get("sso_session"))
        profiles.append(Profile(name, sso))
    return profiles


# --- the keyring ----------------------------------------------------------------------------------

_KEYRING_LABELS = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.SecretService.Keyring": "Secret Service",
    "keyring.backends.libsecret.Keyring": "Secret Service (libsecret)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
}
_NO_KEYRING = ("keyring.backends.fail.Keyring", "keyring.backends.null.Keyring")


def keyring_label(backend_name: str) -> str:
    """A person's name for a keyring backend (``Windows Credential Manager``…)."""
    if backend_name in _KEYRING_LABELS:
        return _KEYRING_LABELS[backend_name]
    if backend_name.startswith("keyring.backends.chainer."):
        return tr(_CONTEXT, "the system keyring")
    return backend_name.rsplit(".", 1)[-1]


@dataclass(frozen=True)
class KeyringState:
    """What the keyring holds for the app, read once when the dialog opens.

    ``secret`` is the stored secret access key, ``session_token`` a temporary key's token
    and ``proxy_password`` the proxy's, kept in memory only (never shown, logged or written
    elsewhere); ``error`` is set when the keyring could not be read.
    """

    available: bool
    label: str = ""
    key_id: str = ""
    secret: str = field(default="", repr=False)
    error: KeyringError | None = None
    proxy_user: str = ""
    proxy_password: str = field(default="", repr=False)
    session_token: str = field(default="", repr=False)

    @property
    def has_secret(self) -> bool:
        return bool(self.secret)

    @property
    def has_session_token(self) -> bool:
        return bool(self.session_token)

    @property
    def has_proxy_login(self) -> bool:
        return bool(self.proxy_user or self.proxy_password)


def read_keyring(secrets: SecretStore) -> KeyringState:
    """Which backend, the stored key id, secret and session token, and the proxy's login (a
    worker: keyring calls block)."""
    try:
        name = secrets.backend_name()
    except KeyringError as exc:
        return KeyringState(False, error=exc)
    except Exception as exc:  # a backend that fails while being set up
        return KeyringState(False, error=KeyringError.unavailable(type(exc).__name__))
    if name in _NO_KEYRING:
        return KeyringState(False, error=KeyringError.unavailable(name))
    label = keyring_label(name)
    try:
        stored = secrets.load()
        key_id = stored[0] if stored else secrets.stored_key_id() or ""
        session_token = secrets.load_session_token() if stored else ""
        proxy_user, proxy_password = secrets.load_proxy() or ("", "")
    except KeyringError as exc:
        if exc.code == "NoKeyring":
            return KeyringState(False, label, error=exc)
        return KeyringState(True, label, error=exc)
    return KeyringState(
        True,
        label,
        key_id,
        stored[1] if stored else "",
        proxy_user=proxy_user,
        proxy_password=proxy_password,
        session_token=session_token,
    )


__all__ = [
    "CheckLine",
    "CheckReport",
    "KeyringState",
    "Offer",
    "Profile",
    "create_tables",
    "keyring_label",
    "line_for_error",
    "lines_for_checks",
    "list_profiles",
    "read_keyring",
    "run_checks",
    "sso_login_command",
]
