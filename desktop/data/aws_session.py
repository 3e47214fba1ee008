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
        return boto3.session.Session(
            profile_name=credentials.profile or None, region_name=settings.region
        )
    if credentials.access_key_id and credentials.secret_access_key:
        return boto3.session.Session(
            aws_access_key_id=credentials.access_key_id,
            aws_secret_access_key=credentials.secret_access_key,
            aws_session_token=credentials.session_token or None,  # a temporary key's
            region_name=settings.region,
        )
    return boto3.session.Session(region_name=settings.region)
