"""Assemble the store's :class:`ConnectionSettings` from every source.

Reads the keyring, so it runs on a worker in the window (keyring backends are discovered
through package metadata, which is slow) and directly in the admin commands.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from desktop.data.config import (
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


def resolved_values(
    settings: AppSettings,
    *,
    environ: Mapping[str, str] | None = None,
    config_dir: Path | None = None,
) -> tuple[dict[str, Resolved], dict[str, str]]:
    """Region, tables and endpoint with their sources, and the merged .env values."""
    dotenv = read_dotenv(dotenv_files(config_dir or user_config_dir()))
    return resolve(settings.connection_values(), environ=environ, dotenv=dotenv), dotenv


def load_connection(
    settings: AppSettings,
    secrets: SecretStore,
    *,
    environ: Mapping[str, str] | None = None,
    config_dir: Path | None = None,
) -> ConnectionSettings:
    """The connection the app should use now."""
    environ = os.environ if environ is None else environ
    values, dotenv = resolved_values(settings, environ=environ, config_dir=config_dir)
    try:
        mode = CredentialMode(settings.get(CREDENTIAL_MODE) or CredentialMode.DEFAULT)
    except ValueError:
        # A mistyped managed or hand-edited setting: say so instead of crashing the worker.
        raise ConfigError(
            tr("errors", "The credential mode in Settings must be keyring, profile or default."),
            code="InvalidCredentialMode",
            detail=f"credentials/mode = {settings.get(CREDENTIAL_MODE)!r}",
        ) from None
    credentials = Credentials(mode)
    if mode is CredentialMode.KEYRING:
        stored = secrets.load()
        if stored is None:
            raise CredentialsError.missing("no access key stored in the keyring")
        credentials = Credentials(mode, "", stored[0], stored[1])
    elif mode is CredentialMode.PROFILE:
        credentials = Credentials(mode, str(settings.get(PROFILE)))
    elif not (environ.get("AWS_ACCESS_KEY_ID") or environ.get("AWS_PROFILE")):
        # The web app's .env holds its keys (guide 3.1); the real environment still wins.
        credentials = dotenv_credentials(dotenv) or credentials
    return ConnectionSettings(
        region=values["region"].value,
        departments_table=values["departments_table"].value,
        events_table=values["events_table"].value,
        endpoint_url=values["endpoint_url"].value,
        credentials=credentials,
    )
