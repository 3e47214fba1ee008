"""The boto3 session behind the one client: how this computer signs in (runs on a worker).

Each way of signing in is one branch here: a named profile (SSO, assume-role and
``credential_process`` included), an access key from the keyring, or boto3's standard chain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.data.config import ConnectionSettings, CredentialMode

if TYPE_CHECKING:
    import boto3


def make_session(settings: ConnectionSettings) -> boto3.session.Session:
    """The session for ``settings.credentials`` in ``settings.region``."""
    import boto3

    credentials = settings.credentials
    if credentials.mode is CredentialMode.PROFILE:
        session = boto3.session.Session(
            profile_name=credentials.profile or None, region_name=settings.region
        )
    elif credentials.access_key_id and credentials.secret_access_key:
        return boto3.session.Session(
            aws_access_key_id=credentials.access_key_id,
            aws_secret_access_key=credentials.secret_access_key,
            region_name=settings.region,
        )
    else:
        session = boto3.session.Session(region_name=settings.region)
    _without_console_windows(session)
    return session


def _without_console_windows(session: boto3.session.Session) -> None:
    """A profile's ``credential_process`` (its own, or its ``source_profile``'s) starts with no
    console window on Windows: botocore's process provider is replaced in the session's chain
    (:mod:`desktop.data.credential_process`). Last, after any other change to the chain."""
    from desktop.data.credential_process import run_helpers_without_console

    run_helpers_without_console(session._session)
