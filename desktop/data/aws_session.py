"""The boto3 session behind the one client: how this computer signs in (runs on a worker).

Each way of signing in is one branch here: a named profile (SSO, assume-role and
``credential_process`` included), an access key from the keyring, or boto3's standard chain.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from desktop.data.config import ConnectionSettings, CredentialMode
from desktop.data.prompts import MfaSignIn

if TYPE_CHECKING:
    import boto3

log = logging.getLogger(__name__)


def make_session(settings: ConnectionSettings) -> boto3.session.Session:
    """The session for ``settings.credentials`` in ``settings.region``."""
    import boto3

    credentials = settings.credentials
    if credentials.mode is CredentialMode.PROFILE:
        session = boto3.session.Session(
            profile_name=credentials.profile or None, region_name=settings.region
        )
        return _without_console_windows(with_assume_role(with_sso_token_cache(session)))
    if credentials.access_key_id and credentials.secret_access_key:
        return boto3.session.Session(
            aws_access_key_id=credentials.access_key_id,
            aws_secret_access_key=credentials.secret_access_key,
            aws_session_token=credentials.session_token or None,  # a temporary key's
            region_name=settings.region,
        )
    return _without_console_windows(
        with_assume_role(with_sso_token_cache(boto3.session.Session(region_name=settings.region)))
    )


# --- SSO profiles (sso_session, or the legacy sso_start_url) -------------------------------------


def with_sso_token_cache(session: boto3.session.Session) -> boto3.session.Session:
    """``session`` reading SSO tokens from the AWS CLI's cache of the current home folder.

    botocore fixes that folder when it is first imported; the app's Sign in writes the token
    to ``~/.aws/sso/cache`` as it is now (:func:`desktop.data.sso_login.token_folder`), and
    both must be the same file. The token is read again whenever credentials are made, so a
    new session (the door makes one after an expired sign-in) finds a login made since.
    """
    from botocore.exceptions import UnknownCredentialError
    from botocore.tokens import (  # type: ignore[attr-defined]  # not in the stubs
        SSOTokenProvider,
        _sso_json_dumps,
    )
    from botocore.utils import JSONFileCache

    from desktop.data.sso_login import token_folder

    botocore_session: Any = session._session  # boto3 exposes no public way to this
    tokens = JSONFileCache(str(token_folder()), dumps_func=_sso_json_dumps)
    try:
        provider: Any = botocore_session.get_component("credential_provider").get_provider("sso")
    except UnknownCredentialError:
        return session
    provider._token_cache = tokens
    provider._token_provider = SSOTokenProvider(
        botocore_session, cache=tokens, profile_name=provider._profile_name
    )
    return session


# --- assume-role profiles (role_arn, mfa_serial) -------------------------------------------------


def with_assume_role(session: boto3.session.Session) -> boto3.session.Session:
    """``session`` with its assume-role profiles signed in the app's way.

    - The MFA code is asked by :mod:`desktop.data.prompts` (a dialog, the terminal, or a clear
      error), never by botocore's ``getpass`` on a console that a windowed app does not have.
    - The role's credentials are kept in this process's memory only (no secret is written
      outside the keyring); a role session the AWS CLI already made for the profile
      (``~/.aws/cli/cache``, same keys) is used, so a code typed into ``aws`` serves too.
    - When they expire, a new code is asked (botocore's MFA refresher refuses to, once) and the
      same client goes on: the caller keeps one session for the connection's life.
    """
    botocore_session: Any = session._session  # boto3 exposes no public way to this
    provider: Any = botocore_session.get_component("credential_provider").get_provider(
        "assume-role"
    )
    profile = str(botocore_session.get_config_variable("profile") or "default")
    sign_in = MfaSignIn(profile)
    provider._prompter = sign_in.prompt
    provider.cache = RoleCache(Path(os.path.expanduser("~")) / ".aws" / "cli" / "cache")
    load = provider._load_creds_via_assume_role

    def load_renewing(profile_name: str) -> Any:
        credentials = load(profile_name)
        fetch = credentials._refresh_using
        one_shot = getattr(fetch, "_refresh", None)  # botocore's MFA refresher, asks once only
        if one_shot is not None:
            fetch = one_shot
            # Renewed only when due (10 minutes before the end), not in botocore's earlier
            # "advisory" window, where a cancelled code would be asked again at each request.
            credentials._advisory_refresh_timeout = credentials._mandatory_refresh_timeout
        credentials._refresh_using = lambda: sign_in.refresh(fetch)
        return credentials

    provider._load_creds_via_assume_role = load_renewing
    return session


class RoleCache:
    """botocore's assume-role cache: this process's memory, then (read only) the AWS CLI's.

    The memory part serves every session of the app (Test connection, the window's client,
    the admin commands). Role credentials are secrets: the app never writes them to a file
    (the team's rule: secrets live in the keyring only), so a restart asks for a new code
    unless the AWS CLI holds a role session of the profile that is still valid.
    """

    _memory: ClassVar[dict[Path, dict[str, Any]]] = {}

    def __init__(self, folder: Path) -> None:
        from botocore.utils import JSONFileCache

        self._files = JSONFileCache(str(folder))
        self._kept = self._memory.setdefault(folder, {})

    def __contains__(self, key: str) -> bool:
        return key in self._kept or key in self._files

    def __getitem__(self, key: str) -> Any:
        if key in self._kept:
            return self._kept[key]
        return self._files[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._kept[key] = value


def _without_console_windows(session: boto3.session.Session) -> boto3.session.Session:
    """A profile's ``credential_process`` (its own, or its ``source_profile``'s) starts with no
    console window on Windows: botocore's process provider is replaced in the session's chain
    (:mod:`desktop.data.credential_process`). Last, after any other change to the chain."""
    from desktop.data.credential_process import run_helpers_without_console

    run_helpers_without_console(session._session)
    return session
