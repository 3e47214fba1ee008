"""``deptcal config show``: every resolved value, where it came from and whether it is locked.

For an administrator checking a PC: region, tables, endpoint, CA bundle and proxy with their
source (``managed``, ``environment``, ``.env``, ``settings``, ``default``), the credential mode
and profile, the keyring's backend and whether an access key is stored there (its id masked)
and a password for the user's proxy, the .env files read and where the user's and the
machine-wide settings are kept.

Never prints a secret: not the secret access key (it is not even read), not a full key id,
not a user name or password inside an endpoint or proxy URL, not the proxy's login in the
keyring (only whether one is stored).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from desktop.i18n import tr

_CONTEXT = "cli"


def add_config_command(commands: Any) -> None:
    """Register ``config show`` on the main parser's subcommands."""
    config = commands.add_parser(
        "config",
        help="show the settings in effect on this PC and where each comes from",
        description="Show the configuration in effect on this PC.",
    )
    actions = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show",
        help="print every resolved value with its source, and which are locked",
        description=(
            "Print region, tables, endpoint, CA bundle, proxy, credential mode and profile, "
            "each with where it comes from (highest first: managed, environment, .env, "
            "settings, default) and whether the organisation locked it; then the keyring and "
            "whether an access key is stored (its id masked), the .env files read, and where "
            "the user's and the machine-wide settings are. Never prints a secret."
        ),
    )
    show.add_argument("--json", action="store_true", help="print JSON, for scripts")
    show.add_argument(
        "--window",
        action="store_true",
        help=(
            "resolve as the calendar window does (the installed app reads no .env in the "
            "working directory); without it, as the admin commands do"
        ),
    )
    show.set_defaults(verbose=False)


@dataclass(frozen=True)
class Row:
    """One setting as resolved: its value for display, source, variable and lock."""

    name: str
    value: str
    source: str
    variable: str = ""

    @property
    def locked(self) -> bool:
        from desktop.data.config import MANAGED

        return self.source == MANAGED


def show_config(
    args: argparse.Namespace,
    out: TextIO,
    *,
    environ: Mapping[str, str] | None = None,
    frozen: bool | None = None,
) -> int:
    """Print the configuration; always exits 0 (a keyring that fails is reported)."""
    report = gather(
        environ=os.environ if environ is None else environ,
        admin=not args.window,
        frozen=frozen,
    )
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2), file=out)
    else:
        print(as_text(report), file=out)
    return 0


def gather(
    *, environ: Mapping[str, str], admin: bool, frozen: bool | None = None
) -> dict[str, Any]:
    """Everything ``config show`` says, as JSON-ready data without any secret."""
    from desktop.data.config import (
        DEFAULT,
        DOTENV,
        ENVIRONMENT,
        MANAGED,
        SETTINGS,
        SOURCES,
        CredentialMode,
        Credentials,
        mask_url_credentials,
        variable_of,
    )
    from desktop.data.connection import (
        Saved,
        assemble_connection,
        read_sources,
        user_config_dir,
        working_dotenv_dir,
    )
    from desktop.settings import CREDENTIAL_MODE, PROFILE, SESSION_EXPIRES, AppSettings, Setting

    settings = AppSettings()
    sources = read_sources(Saved.read(settings), environ=environ, admin=admin, frozen=frozen)
    rows: list[Row] = []
    for name, resolved in sources.resolved.items():
        layer = {ENVIRONMENT: environ, DOTENV: sources.dotenv}.get(resolved.source)
        variable = variable_of(name, layer) if layer is not None else ""
        rows.append(Row(name, mask_url_credentials(resolved.value), resolved.source, variable))

    def saved_row(name: str, setting: Setting) -> Row:
        if settings.is_locked(setting):
            source = MANAGED
        elif settings.user.contains(setting.key):
            source = SETTINGS
        else:
            source = DEFAULT
        return Row(name, str(settings.get(setting) or ""), source)

    mode_row = saved_row("credential_mode", CREDENTIAL_MODE)
    profile_row = saved_row("profile", PROFILE)
    rows += [mode_row, profile_row]

    keyring = _keyring_state()
    if keyring["session_token_stored"]:
        keyring["session_expires"] = str(settings.get(SESSION_EXPIRES)) or None
    try:
        mode = CredentialMode(mode_row.value or CredentialMode.DEFAULT)
    except ValueError:
        mode = None
    if mode is None:
        signs_in: dict[str, str | None] = {"kind": "invalid", "detail": None}
    else:
        # The .env's keys serve as the app would use them (never the secret itself here).
        credentials = assemble_connection(
            Credentials(mode, profile_row.value),
            sources,
            environ=environ,
            mode_managed=mode_row.locked,
        ).credentials
        signs_in = _signs_in_with(credentials, environ, keyring)

    working = working_dotenv_dir(admin=admin, frozen=frozen)
    cwd_dotenv = Path.cwd() / ".env"
    ignored = [cwd_dotenv] if working is None and cwd_dotenv.is_file() else []
    user_location, machine_location = settings.locations()
    return {
        "precedence": list(SOURCES),
        "resolved_as": "admin command" if admin else "window",
        "values": {
            row.name: {
                "value": row.value,
                "source": row.source,
                "variable": row.variable or None,
                "locked": row.locked,
            }
            for row in rows
        },
        "signs_in_with": signs_in,
        "keyring": keyring,
        "dotenv_files": [str(path) for path in sources.dotenv_files],
        "dotenv_files_not_read": [str(path) for path in ignored],
        "config_folder": str(user_config_dir()),
        "settings": {"user": user_location, "machine": machine_location},
    }


def _keyring_state() -> dict[str, Any]:
    """The keyring's backend and whether an access key is stored (id masked; no secret read)."""
    from desktop.data.config import mask_key_id
    from desktop.data.errors import KeyringError
    from desktop.data.secrets import SecretStore

    state: dict[str, Any] = {
        "backend": None,
        "access_key_stored": None,
        "access_key_id": None,
        "session_token_stored": None,
        "session_expires": None,  # ISO 8601 UTC, when a temporary key's expiry is known
        "proxy_login_stored": None,
        "error": None,
    }
    store = SecretStore()
    try:
        state["backend"] = store.backend_name()
        key_id = store.stored_key_id()
        stored = bool(key_id) and store.has_secret()
        temporary = stored and store.has_session_token()
        proxy_login = store.has_proxy_login()
    except KeyringError as exc:
        state["error"] = str(exc)
        return state
    except Exception as exc:  # a diagnosis reports any backend's failure, not a traceback
        state["error"] = f"{type(exc).__name__}"
        return state
    state["access_key_stored"] = stored
    state["access_key_id"] = mask_key_id(key_id) if key_id else None
    state["session_token_stored"] = temporary
    state["proxy_login_stored"] = proxy_login
    return state


def _signs_in_with(
    credentials: Any, environ: Mapping[str, str], keyring: Mapping[str, Any]
) -> dict[str, str | None]:
    """How the app signs in: ``kind`` and what names it (a masked key id, a profile)."""
    from desktop.data.config import CredentialMode, mask_key_id

    if credentials.mode is CredentialMode.KEYRING:
        stored = keyring.get("access_key_stored")
        return {"kind": "keyring", "detail": keyring.get("access_key_id") if stored else None}
    if credentials.mode is CredentialMode.PROFILE:
        return {"kind": "profile", "detail": credentials.profile}
    if credentials.access_key_id:
        return {"kind": ".env access key", "detail": mask_key_id(credentials.access_key_id)}
    if environ.get("AWS_ACCESS_KEY_ID", "").strip():
        key_id = mask_key_id(environ["AWS_ACCESS_KEY_ID"].strip())
        return {"kind": "environment access key", "detail": key_id}
    if environ.get("AWS_PROFILE", "").strip():
        return {"kind": "environment profile", "detail": environ["AWS_PROFILE"].strip()}
    return {"kind": "standard chain", "detail": None}


def _signs_in_text(signs_in: Mapping[str, str | None], keyring: Mapping[str, Any]) -> str:
    kind, detail = signs_in["kind"], signs_in["detail"] or ""
    if kind == "keyring" and keyring["error"]:
        return tr(_CONTEXT, "the access key in the keyring, which cannot be read")
    texts = {
        "keyring": tr(_CONTEXT, "the access key in the keyring ({detail})")
        if detail
        else tr(_CONTEXT, "the keyring, but no access key is stored there"),
        "profile": tr(_CONTEXT, "AWS profile {detail}"),
        ".env access key": tr(_CONTEXT, "the access key in a .env file ({detail})"),
        "environment access key": tr(
            _CONTEXT, "the access key in the environment, AWS_ACCESS_KEY_ID ({detail})"
        ),
        "environment profile": tr(_CONTEXT, "AWS profile {detail} (AWS_PROFILE)"),
        "standard chain": tr(
            _CONTEXT, "AWS's standard chain (~/.aws config and credentials, SSO, instance role)"
        ),
        "invalid": tr(_CONTEXT, "nothing: the credential mode is not keyring, profile or default"),
    }
    return texts[str(kind)].format(detail=detail)


def as_text(report: Mapping[str, Any]) -> str:
    """The report as aligned plain text."""
    none = tr(_CONTEXT, "(none)")
    title = tr(_CONTEXT, "Department Calendar settings on this PC (highest first: {order})").format(
        order=", ".join(report["precedence"])
    )
    if report["resolved_as"] == "window":
        title += "\n" + tr(_CONTEXT, "As the calendar window resolves them.")
    header = (tr(_CONTEXT, "setting"), tr(_CONTEXT, "value"), tr(_CONTEXT, "source"), "")
    table = [header]
    locked = tr(_CONTEXT, "locked")
    for name, entry in report["values"].items():
        source = entry["source"]
        if entry["variable"]:
            source = f"{source} ({entry['variable']})"
        table.append((name, entry["value"] or none, source, locked if entry["locked"] else ""))
    lines = [title, "", *_aligned(table), ""]

    keyring = report["keyring"]
    if keyring["error"]:
        stored = tr(_CONTEXT, "cannot be read: {error}").format(error=keyring["error"])
    elif keyring["access_key_stored"]:
        stored = tr(_CONTEXT, "stored ({key_id})").format(key_id=keyring["access_key_id"])
        if keyring["session_token_stored"]:
            stored += ", " + _temporary_text(keyring["session_expires"])
    else:
        stored = tr(_CONTEXT, "not stored")
    if keyring["error"]:
        proxy_login = tr(_CONTEXT, "cannot be read")
    elif keyring["proxy_login_stored"]:
        proxy_login = tr(_CONTEXT, "stored (used with the proxy of the user's settings)")
    else:
        proxy_login = tr(_CONTEXT, "not stored")
    files = report["dotenv_files"] or [none]
    not_read = [
        tr(_CONTEXT, "{path} (not read by the installed window)").format(path=path)
        for path in report["dotenv_files_not_read"]
    ]
    facts = [
        (tr(_CONTEXT, "signs in with"), _signs_in_text(report["signs_in_with"], keyring)),
        (tr(_CONTEXT, "keyring"), keyring["backend"] or none),
        (tr(_CONTEXT, "access key"), stored),
        (tr(_CONTEXT, "proxy password"), proxy_login),
        (tr(_CONTEXT, ".env files read"), files[0]),
        *(("", path) for path in files[1:]),
        *((tr(_CONTEXT, ".env files skipped"), path) for path in not_read),
        (tr(_CONTEXT, "config folder"), report["config_folder"]),
        (tr(_CONTEXT, "user settings"), report["settings"]["user"]),
        (tr(_CONTEXT, "machine settings"), report["settings"]["machine"]),
    ]
    lines += _aligned(facts)
    return "\n".join(lines)


def _temporary_text(expires_iso: str | None) -> str:
    """A temporary key and its expiry in this PC's time zone (never the token)."""
    from datetime import UTC, datetime

    from desktop.domain.temporary_keys import expiry_text, has_expired
    from desktop.domain.timestamps import parse_timestamp

    expires = parse_timestamp(expires_iso or "")
    if expires is None:
        return tr(_CONTEXT, "a temporary key with a session token (expiry not known)")
    if has_expired(expires, datetime.now(UTC)):
        text = tr(_CONTEXT, "a temporary key with a session token, expired {time}")
    else:
        text = tr(_CONTEXT, "a temporary key with a session token, expires {time}")
    return text.format(time=expiry_text(expires))


def _aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return [
        "  ".join(
            [*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]]
        ).rstrip()
        for row in rows
    ]
