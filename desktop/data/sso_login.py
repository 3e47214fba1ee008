"""Signing an SSO profile in from the app: OAuth's device authorization with AWS IAM Identity
Center, the token written where the AWS CLI keeps it (runs on a worker; shows nothing).

What ``aws sso login --profile NAME`` does, without the AWS CLI on the PC:

1. ``RegisterClient`` with the ``sso-oidc`` service (a public client; the sso-session's
   ``sso_registration_scopes``, usually ``sso:account:access``, which gives a refresh token);
2. ``StartDeviceAuthorization`` for the profile's start URL: a user code and a page to confirm
   it on, handed to ``show`` (the window opens the browser there and shows the code);
3. ``CreateToken`` with the device code every ``interval`` seconds until the person approves
   (``AuthorizationPendingException``: not yet; ``SlowDownException``: 5 s more between tries),
   refuses (``AccessDeniedException``), or the code expires (``ExpiredTokenException``, or the
   ``expiresIn`` deadline); ``cancel`` stops the wait at once;
4. the token written to ``~/.aws/sso/cache/<sha1>.json`` in the AWS CLI's format (botocore's
   :class:`~botocore.utils.SSOTokenLoader` key: the sha1 of the sso-session's name, or of the
   start URL for a legacy profile), mode 0600, so the AWS CLI and botocore use it as theirs.

This is the one file the app writes outside its own folders: it is AWS's sign-in cache, not
the app's, and it holds what ``aws sso login`` would. The endpoints are botocore's: a
profile's ``services`` section or ``AWS_ENDPOINT_URL_SSO_OIDC`` point elsewhere (the tests).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.data.config import ConnectionSettings, CredentialMode
from desktop.data.errors import CredentialsError, OfflineError, StoreError

log = logging.getLogger(__name__)

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
SLOW_DOWN_SECONDS = 5
DEFAULT_INTERVAL = 5  # seconds between tries when the server names none (RFC 8628)
_CLIENT_NAME = f"deptcal-{__version__}"
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"  # the AWS CLI's expiresAt, in UTC


@dataclass(frozen=True)
class SsoProfile:
    """What signing in needs from an SSO profile (either form of ``~/.aws/config``)."""

    profile: str
    start_url: str
    region: str
    session_name: str = ""  # the ``sso_session`` form's ``[sso-session NAME]``; "" for legacy
    scopes: tuple[str, ...] = ()

    @property
    def cache_key(self) -> str:
        """botocore's ``SSOTokenLoader`` key: sha1 of the sso-session's name or the start URL."""
        return hashlib.sha1((self.session_name or self.start_url).encode()).hexdigest()

    def cache_path(self) -> Path:
        return token_folder() / f"{self.cache_key}.json"


@dataclass(frozen=True)
class DeviceCode:
    """What the person confirms in the browser, and until when."""

    profile: str
    user_code: str
    verification_uri: str
    verification_uri_complete: str  # the page with the code filled in: the one to open
    expires_at: datetime


def token_folder() -> Path:
    """``~/.aws/sso/cache``: where the AWS CLI and botocore keep SSO tokens (read each time:
    botocore's own constant is fixed when it is imported)."""
    return Path.home() / ".aws" / "sso" / "cache"


def sso_profile(profile: str) -> SsoProfile:
    """The SSO part of ``profile`` in the AWS config, or a :class:`CredentialsError` saying it
    is not an SSO profile (or is missing what it needs)."""
    import botocore.session
    from botocore.exceptions import BotoCoreError

    name = profile or "default"
    try:
        config = botocore.session.Session(profile=name).full_config
    except BotoCoreError as exc:
        raise CredentialsError.sso_not_set_up(name, str(exc)) from exc
    values: dict[str, Any] = dict(config.get("profiles", {}).get(name, {}))
    session_name = str(values.get("sso_session") or "")
    if session_name:
        section = config.get("sso_sessions", {}).get(session_name)
        if not section:
            raise CredentialsError.sso_not_set_up(
                name, f'the sso-session "{session_name}" is not in the AWS config'
            )
        values = {**values, **section}
    start_url = str(values.get("sso_start_url") or "")
    region = str(values.get("sso_region") or "")
    if not start_url or not region:
        missing = [k for k in ("sso_start_url", "sso_region") if not values.get(k)]
        raise CredentialsError.sso_not_set_up(name, "missing " + ", ".join(missing))
    scopes = tuple(
        s.strip() for s in str(values.get("sso_registration_scopes") or "").split(",") if s.strip()
    )
    return SsoProfile(name, start_url, region, session_name, scopes if session_name else ())


def profile_of(settings: ConnectionSettings) -> str:
    """The profile a connection signs in with (the default chain's is ``AWS_PROFILE``'s)."""
    import os

    if settings.credentials.mode is CredentialMode.PROFILE and settings.credentials.profile:
        return settings.credentials.profile
    return os.environ.get("AWS_PROFILE") or "default"


def sign_in(
    profile: SsoProfile,
    show: Callable[[DeviceCode], None],
    cancel: threading.Event,
    *,
    settings: ConnectionSettings | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    wait: Callable[[float], bool] | None = None,
) -> datetime:
    """Run the device authorization for ``profile``; the token is saved where the AWS CLI
    keeps it. Returns when the token expires. Every failure is a :class:`StoreError`.

    ``wait(seconds)`` waits between tries and is true once cancelled (``cancel.wait``; the
    tests' clock passes its own)."""
    wait = wait or cancel.wait
    client = _oidc_client(profile, settings)
    registration = _ask(
        profile,
        "RegisterClient",
        lambda: client.register_client(
            clientName=_CLIENT_NAME,
            clientType="public",
            **({"scopes": list(profile.scopes)} if profile.scopes else {}),
        ),
    )
    started = _ask(
        profile,
        "StartDeviceAuthorization",
        lambda: client.start_device_authorization(
            clientId=registration["clientId"],
            clientSecret=registration["clientSecret"],
            startUrl=profile.start_url,
        ),
    )
    deadline = now() + timedelta(seconds=int(started.get("expiresIn") or 600))
    show(
        DeviceCode(
            profile.profile,
            str(started["userCode"]),
            str(started.get("verificationUri") or ""),
            str(started.get("verificationUriComplete") or started.get("verificationUri") or ""),
            deadline,
        )
    )
    interval = int(started.get("interval") or DEFAULT_INTERVAL)
    log.info("SSO sign-in for %s: waiting for the browser", profile.profile)
    while True:
        if wait(interval):
            raise CredentialsError.sso_cancelled(profile.profile)
        if now() >= deadline:
            raise CredentialsError.sso_code_expired(profile.profile, "expiresIn passed")
        try:
            token = client.create_token(
                grantType=DEVICE_GRANT,
                deviceCode=started["deviceCode"],
                clientId=registration["clientId"],
                clientSecret=registration["clientSecret"],
            )
        except Exception as exc:
            code = _code(exc)
            if code == "AuthorizationPendingException":
                continue
            if code == "SlowDownException":
                interval += SLOW_DOWN_SECONDS
                continue
            if code == "ExpiredTokenException":
                raise CredentialsError.sso_code_expired(profile.profile, str(exc)) from exc
            if code == "AccessDeniedException":
                raise CredentialsError.sso_refused(profile.profile, str(exc)) from exc
            raise _translate(profile, "CreateToken", exc) from exc
        if cancel.is_set():  # approved as Cancel was clicked: the person chose Cancel
            raise CredentialsError.sso_cancelled(profile.profile)
        return save_token(profile, registration, token, now())


def save_token(
    profile: SsoProfile, registration: dict[str, Any], token: dict[str, Any], issued: datetime
) -> datetime:
    """Write ``token`` as the AWS CLI would (fields, UTC times, mode 0600); returns its expiry."""
    from botocore.utils import JSONFileCache

    expires = issued + timedelta(seconds=int(token.get("expiresIn") or 3600))
    entry: dict[str, Any] = {
        "startUrl": profile.start_url,
        "region": profile.region,
        "accessToken": token["accessToken"],
        "expiresAt": _utc_text(expires),
    }
    if profile.session_name:  # what botocore needs to renew it with the refresh token
        entry["clientId"] = registration["clientId"]
        entry["clientSecret"] = registration["clientSecret"]
        registered_until = registration.get("clientSecretExpiresAt")
        if registered_until:
            entry["registrationExpiresAt"] = _utc_text(
                datetime.fromtimestamp(int(registered_until), UTC)
            )
        if token.get("refreshToken"):
            entry["refreshToken"] = token["refreshToken"]
    # botocore's own writer: a temporary file (0600 on POSIX) moved over the old one at once.
    JSONFileCache(str(token_folder()))[profile.cache_key] = entry
    log.info("SSO sign-in for %s saved; it lasts until %s", profile.profile, entry["expiresAt"])
    return expires


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_TIME_FORMAT)


def _oidc_client(profile: SsoProfile, settings: ConnectionSettings | None) -> Any:
    """The ``sso-oidc`` client (unsigned: the device flow needs no AWS credentials), through
    the connection's proxy and CA bundle when there are settings."""
    from desktop.data import trust

    trust.ensure()
    import boto3
    from botocore import UNSIGNED
    from botocore.config import Config

    from desktop.data.door import network_options

    verify, options = network_options(settings) if settings else (None, {})
    try:
        session = boto3.session.Session(profile_name=profile.profile)
    except Exception:  # botocore's profile checks: the client needs none of them
        session = boto3.session.Session()
    config = Config(
        signature_version=UNSIGNED,
        region_name=profile.region,
        connect_timeout=settings.connect_timeout if settings else 10,
        read_timeout=settings.read_timeout if settings else 30,
        retries={"mode": "standard", "total_max_attempts": 3},
        user_agent_extra=f"deptcal/{__version__}",
        **options,
    )
    return session.client("sso-oidc", region_name=profile.region, config=config, verify=verify)


def _ask(profile: SsoProfile, operation: str, call: Callable[[], Any]) -> dict[str, Any]:
    try:
        answer: dict[str, Any] = call()
    except Exception as exc:
        raise _translate(profile, operation, exc) from exc
    return answer


def _code(exc: BaseException) -> str:
    response = getattr(exc, "response", None)
    if isinstance(response, dict):
        return str(response.get("Error", {}).get("Code", ""))
    return ""


def _translate(profile: SsoProfile, operation: str, exc: Exception) -> StoreError:
    if isinstance(exc, StoreError):
        return exc
    detail = f"{operation} at {profile.start_url} ({profile.region}): {type(exc).__name__}: {exc}"
    connectivity = ("EndpointConnectionError", "ConnectTimeoutError", "ReadTimeoutError")
    if any(cls.__name__ in connectivity for cls in type(exc).__mro__):
        error: StoreError = OfflineError.build(f"sso-oidc {profile.region}", detail)
    else:
        error = CredentialsError.sso_failed(
            profile.profile, _code(exc) or type(exc).__name__, detail
        )
    log.warning("%s", error.log_text())
    return error
