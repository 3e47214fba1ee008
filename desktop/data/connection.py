"""Assemble the store's :class:`ConnectionSettings` from every source.

Reads the keyring, so it runs on a worker in the window (keyring backends are discovered
through package metadata, which is slow) and directly in the admin commands.

The .env files: the per-user config folder's always; the working directory's when running
from source and in the admin commands (an administrator moving over from the web app's
folder), never in the installed window, whose working directory is wherever a shortcut or
a file manager started it. Managed values beat both.

The proxy of the user's settings is saved without its user name and password, which the
keyring keeps: :func:`load_connection` puts them back (:func:`proxy_with_stored_login`).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from desktop.data.config import (
    DEFAULT_REGION,
    DEFAULTS,
    SETTINGS,
    ConnectionSettings,
    CredentialMode,
    Credentials,
    Resolved,
    dotenv_credentials,
    dotenv_files,
    read_dotenv,
    resolve,
)
from desktop.data.errors import ConfigError, CredentialsError, KeyringError
from desktop.data.secrets import SecretStore
from desktop.domain import network_rules
from desktop.domain.timestamps import parse_timestamp
from desktop.i18n import tr
from desktop.settings import (
    CONNECTION_SETTINGS,
    CREDENTIAL_MODE,
    NETWORK_SETTINGS,
    PROFILE,
    SESSION_EXPIRES,
    AppSettings,
)

# The saved settings that are resolved against the environment and the .env files.
RESOLVED_SETTINGS = {**CONNECTION_SETTINGS, **NETWORK_SETTINGS}


def user_config_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))


def working_dotenv_dir(*, admin: bool = False, frozen: bool | None = None) -> Path | None:
    """The working directory, whose .env is read, or None in the installed window.

    ``frozen`` (None: this process's ``sys.frozen``) says whether this is the installed app;
    ``admin``, whether an admin command runs rather than the window.
    """
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    return None if frozen and not admin else Path.cwd()


@dataclass(frozen=True)
class Saved:
    """The saved values of :data:`RESOLVED_SETTINGS` by name: the user's own, and the
    machine-wide ones the organisation set (only those set)."""

    user: Mapping[str, str] = field(default_factory=dict)
    managed: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, settings: AppSettings) -> Saved:
        """Read on the thread that owns ``settings`` (QSettings is not shared by threads)."""
        return cls(
            settings.user_values(RESOLVED_SETTINGS), settings.managed_values(RESOLVED_SETTINGS)
        )


@dataclass(frozen=True)
class Sources:
    """Each resolved value with where it came from, the merged .env values and their files."""

    resolved: Mapping[str, Resolved] = field(default_factory=dict)
    dotenv: Mapping[str, str] = field(default_factory=dict)
    dotenv_files: tuple[Path, ...] = ()


def read_sources(
    saved: Saved,
    *,
    environ: Mapping[str, str] | None = None,
    config_dir: Path | None = None,
    admin: bool = False,
    frozen: bool | None = None,
) -> Sources:
    """Resolve the saved values against the environment, the .env files and the defaults.

    ``saved`` is read by the caller (:meth:`Saved.read`): one QSettings object must not be
    used from two threads, and this may run on a worker. ``admin`` and ``frozen``: see
    :func:`working_dotenv_dir`.
    """
    files = dotenv_files(
        config_dir or user_config_dir(), working_dotenv_dir(admin=admin, frozen=frozen)
    )
    dotenv = read_dotenv(files)
    resolved = resolve(saved.user, managed=saved.managed, environ=environ, dotenv=dotenv)
    return Sources(resolved, dotenv, tuple(files))


def resolved_values(
    settings: AppSettings,
    *,
    environ: Mapping[str, str] | None = None,
    config_dir: Path | None = None,
    admin: bool = False,
    frozen: bool | None = None,
) -> tuple[dict[str, Resolved], dict[str, str]]:
    """Every resolved value with its source, and the merged .env values."""
    sources = read_sources(
        Saved.read(settings), environ=environ, config_dir=config_dir, admin=admin, frozen=frozen
    )
    return dict(sources.resolved), dict(sources.dotenv)


def assemble_connection(
    credentials: Credentials,
    sources: Sources | None = None,
    *,
    typed: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
    mode_managed: bool = False,
) -> ConnectionSettings:
    """The one place a connection is put together, for the app, the dialog and the commands.

    Region, tables, endpoint, CA bundle and proxy: ``typed`` (the settings dialog's fields, or
    a command's options) over the resolved ``sources`` (managed, environment, .env, saved
    settings, defaults); the dialog's locked fields show, and so type, the managed values. A
    typed blank endpoint means AWS itself; a blank region, the default one.

    With the standard credential chain, the web app's .env keys serve (guide 3.1) unless the
    real environment names its own, or the organisation chose the mode (``mode_managed``):
    a managed "default" means AWS's own chain (environment, ~/.aws, SSO, instance roles),
    which a .env in some folder must not replace.
    """
    environ = os.environ if environ is None else environ
    sources = sources or Sources()
    values = {
        name: sources.resolved[name].value if name in sources.resolved else default
        for name, default in DEFAULTS.items()
    }
    values.update({name: value.strip() for name, value in (typed or {}).items()})
    if (
        credentials.mode is CredentialMode.DEFAULT
        and not mode_managed
        and not credentials.access_key_id
        and not (environ.get("AWS_ACCESS_KEY_ID") or environ.get("AWS_PROFILE"))
    ):
        credentials = dotenv_credentials(sources.dotenv) or credentials
    return ConnectionSettings(
        region=values["region"] or DEFAULT_REGION,
        departments_table=values["departments_table"],
        events_table=values["events_table"],
        endpoint_url=values["endpoint_url"],
        credentials=credentials,
        ca_bundle=values["ca_bundle"],
        proxy=values["proxy"],
    )


def saved_credentials(settings: AppSettings, secrets: SecretStore) -> Credentials:
    """The credentials the saved settings choose (reads the keyring: not on the GUI thread)."""
    try:
        mode = CredentialMode(settings.get(CREDENTIAL_MODE) or CredentialMode.DEFAULT)
    except ValueError:
        # A mistyped managed or hand-edited setting: say so instead of crashing the worker.
        raise ConfigError(
            tr("errors", "The credential mode in Settings must be keyring, profile or default."),
            code="InvalidCredentialMode",
            detail=f"credentials/mode = {settings.get(CREDENTIAL_MODE)!r}",
        ) from None
    if mode is CredentialMode.KEYRING:
        stored = secrets.load()
        if stored is None:
            raise CredentialsError.missing("no access key stored in the keyring")
        token = secrets.load_session_token()
        expires = parse_timestamp(str(settings.get(SESSION_EXPIRES) or "")) if token else None
        return Credentials(mode, "", stored[0], stored[1], token, expires)
    if mode is CredentialMode.PROFILE:
        return Credentials(mode, str(settings.get(PROFILE)))
    return Credentials(mode)


def load_connection(
    settings: AppSettings,
    secrets: SecretStore,
    *,
    environ: Mapping[str, str] | None = None,
    config_dir: Path | None = None,
    typed: Mapping[str, str] | None = None,
    credentials: Credentials | None = None,
    admin: bool = False,
    frozen: bool | None = None,
) -> ConnectionSettings:
    """The connection the app should use now; ``typed`` and ``credentials`` override.

    ``admin``: an admin command (reads the working directory's .env also in the installed
    app); ``frozen``: see :func:`working_dotenv_dir`.
    """
    environ = os.environ if environ is None else environ
    sources = read_sources(
        Saved.read(settings), environ=environ, config_dir=config_dir, admin=admin, frozen=frozen
    )
    if credentials is None:
        credentials = saved_credentials(settings, secrets)
    connection = assemble_connection(
        credentials,
        sources,
        typed=typed,
        environ=environ,
        mode_managed=settings.is_locked(CREDENTIAL_MODE),
    )
    if typed and "proxy" in typed:
        return connection  # a typed proxy carries its own login
    return dataclasses.replace(connection, proxy=proxy_with_stored_login(sources, secrets))


def proxy_with_stored_login(sources: Sources, secrets: SecretStore) -> str:
    """The resolved proxy, with the keyring's user name and password put back into it when
    it is the user's own (reads the keyring: not on the GUI thread).

    A proxy from the environment, a .env or the organisation is used as given (a managed URL
    with a password is the administrator's choice). A URL saved with its login by an earlier
    version, before the settings dialog moved it to the keyring on OK, is also used as given:
    it keeps working until then.
    """
    resolved = sources.resolved.get("proxy")
    if resolved is None or not resolved.value:
        return ""
    if resolved.source != SETTINGS or network_rules.has_proxy_login(resolved.value):
        return resolved.value
    try:
        login = secrets.load_proxy()
    except KeyringError as exc:
        if exc.code != "NoKeyring":
            raise
        login = None  # no keyring here: nothing can have been stored in it
    if login is None:
        return resolved.value
    return network_rules.with_proxy_login(resolved.value, *login)
