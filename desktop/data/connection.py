"""Assemble the store's :class:`ConnectionSettings` from every source.

Reads the keyring, so it runs on a worker in the window (keyring backends are discovered
through package metadata, which is slow) and directly in the admin commands.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from desktop.data.config import (
    DEFAULT_REGION,
    DEFAULTS,
    ConnectionSettings,
    CredentialMode,
    Credentials,
    Resolved,
    dotenv_credentials,
    dotenv_files,
    read_dotenv,
    resolve,
)
from desktop.data.errors import ConfigError, CredentialsError
from desktop.data.secrets import SecretStore
from desktop.i18n import tr
from desktop.settings import CREDENTIAL_MODE, PROFILE, AppSettings


def user_config_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))


@dataclass(frozen=True)
class Sources:
    """Region, tables and endpoint with where each came from, and the merged .env values."""

    resolved: Mapping[str, Resolved] = field(default_factory=dict)
    dotenv: Mapping[str, str] = field(default_factory=dict)


def read_sources(
    saved: Mapping[str, str],
    *,
    environ: Mapping[str, str] | None = None,
    config_dir: Path | None = None,
) -> Sources:
    """Resolve the saved values against the environment, the .env files and the defaults.

    ``saved`` is read by the caller (``AppSettings.connection_values()``): one QSettings
    object must not be used from two threads, and this may run on a worker.
    """
    dotenv = read_dotenv(dotenv_files(config_dir or user_config_dir()))
    return Sources(resolve(saved, environ=environ, dotenv=dotenv), dotenv)


def resolved_values(
    settings: AppSettings,
    *,
    environ: Mapping[str, str] | None = None,
    config_dir: Path | None = None,
) -> tuple[dict[str, Resolved], dict[str, str]]:
    """Region, tables and endpoint with their sources, and the merged .env values."""
    sources = read_sources(settings.connection_values(), environ=environ, config_dir=config_dir)
    return dict(sources.resolved), dict(sources.dotenv)


def assemble_connection(
    credentials: Credentials,
    sources: Sources | None = None,
    *,
    typed: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> ConnectionSettings:
    """The one place a connection is put together, for the app, the dialog and the commands.

    Region, tables and endpoint: ``typed`` (the settings dialog's fields, or a command's
    options) over the resolved ``sources`` (environment, .env, saved settings, defaults). A
    typed blank endpoint means AWS itself; a blank region, the default one. With the standard
    credential chain, the web app's .env keys serve (guide 3.1) unless the real environment
    names its own.
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
        return Credentials(mode, "", stored[0], stored[1])
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
) -> ConnectionSettings:
    """The connection the app should use now; ``typed`` and ``credentials`` override."""
    environ = os.environ if environ is None else environ
    sources = read_sources(settings.connection_values(), environ=environ, config_dir=config_dir)
    if credentials is None:
        credentials = saved_credentials(settings, secrets)
    return assemble_connection(credentials, sources, typed=typed, environ=environ)
