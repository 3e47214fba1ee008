"""What the uninstaller runs for the user: ``--forget-credentials`` and ``--remove-user-data``.

Both are quick and need no window and no AWS client: the first deletes this user's entries in
the OS keyring (:mod:`desktop.data.secrets`), the second this user's data folders (the cached
calendar with its outbox, reminders and logs, the department backups, the settings file or
registry key, the user's own ``.env``) and the start-at-login entry.

``--remove-user-data`` never loses a change a user made: while the outbox still holds changes
not sent to the shared tables it refuses (exit 1) and says how many, unless ``--force``. It
refuses too while the window is open (the window holds the files). A cache it cannot read is
treated like one with changes waiting: nobody can tell that nothing is lost.

Each prints what it did; the windowed program runs them without a console (the uninstaller),
where the lines go nowhere and only the exit code counts.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import shutil
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from desktop.data.secrets import SecretStore
    from desktop.startup_entry import LoginStart

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

_CONTEXT = "cleanup"
CACHE_FILE = "cache.sqlite3"


def add_cleanup_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "removing this user's traces (what the uninstaller runs; no window opens)"
    )
    group.add_argument(
        "--forget-credentials",
        action="store_true",
        help="delete this user's access key and proxy password from the system's keyring (exit "
        "0 also when none was stored, 1 when the keyring failed)",
    )
    group.add_argument(
        "--remove-user-data",
        action="store_true",
        help="delete this user's cached calendar, changes not sent, logs, backups, settings and "
        "start-at-login entry; refused (exit 1) while changes wait to be sent or the window is "
        "open",
    )
    group.add_argument(
        "--force",
        action="store_true",
        help="with --remove-user-data: delete also changes not sent yet (they are lost)",
    )


def wants_cleanup(args: argparse.Namespace) -> bool:
    return bool(args.forget_credentials or args.remove_user_data)


def run_cleanup(args: argparse.Namespace, out: TextIO | None = None, prog: str = "deptcal") -> int:
    """Run the cleanup options given (credentials first); the worst exit code of them."""
    # The windowed program has no stdout: the lines go nowhere, the exit code counts.
    stream = out or sys.stdout or io.StringIO()
    codes = []
    if args.forget_credentials:
        codes.append(forget_credentials(stream, prog=prog))
    if args.remove_user_data:
        where = UserData.of_this_user()
        codes.append(remove_user_data(where, stream, force=args.force, prog=prog))
    return max(codes, default=EXIT_OK)


# --- credentials ------------------------------------------------------------------------------


def forget_credentials(out: TextIO, *, secrets: SecretStore | None = None, prog: str) -> int:
    from desktop.data.errors import KeyringError
    from desktop.data.secrets import (
        KEY_ID_ENTRY,
        PROXY_ENTRY,
        SECRET_ENTRY,
        SESSION_TOKEN_ENTRIES,
        SecretStore,
    )

    store = secrets or SecretStore()
    backend = store.backend_name()
    try:
        removed = store.forget()
    except KeyringError as exc:
        if exc.code == "NoKeyring":  # nothing can have been stored here
            text = tr(_CONTEXT, "This computer has no keyring ({backend}): nothing to delete.")
            print(text.format(backend=backend), file=out)
            return EXIT_OK
        print(f"{prog}: {exc}", file=out)
        return EXIT_FAILED
    texts = []
    if any(entry in removed for entry in (KEY_ID_ENTRY, SECRET_ENTRY, *SESSION_TOKEN_ENTRIES)):
        texts.append(tr(_CONTEXT, "Deleted this user's access key from the keyring ({backend})."))
    if PROXY_ENTRY in removed:
        texts.append(
            tr(_CONTEXT, "Deleted the proxy's user name and password from the keyring ({backend}).")
        )
    if not removed:
        texts.append(
            tr(_CONTEXT, "No access key was in the keyring ({backend}): nothing to delete.")
        )
    for text in texts:
        print(text.format(backend=backend), file=out)
    return EXIT_OK


# --- user data --------------------------------------------------------------------------------


@dataclass
class UserData:
    """Where this user's data lives. Every path is the app's own (it names the app)."""

    data: Path  # the cache, its outbox and reminders, logs, department backups, the window lock
    folders: list[Path] = field(default_factory=list)  # the other app folders Qt names
    settings: QSettings | None = None  # the user's settings (a file, or the registry)
    login_start: LoginStart | None = None

    @classmethod
    def of_this_user(cls) -> UserData:
        from PySide6.QtCore import QStandardPaths

        from desktop.gui import cache_path
        from desktop.settings import AppSettings
        from desktop.startup_entry import LoginStart

        location = QStandardPaths.StandardLocation
        folders = [
            Path(QStandardPaths.writableLocation(kind))
            for kind in (
                location.AppDataLocation,
                location.AppConfigLocation,  # the user's own .env
                location.CacheLocation,
            )
        ]
        return cls(
            data=cache_path().parent,
            folders=folders,
            settings=AppSettings().user,
            login_start=LoginStart(),
        )


def waiting_changes(cache: Path) -> int:
    """How many changes in the cache's outbox were not sent yet. Raises sqlite3.Error when
    the file cannot be read (0 when there is no file)."""
    if not cache.exists():
        return 0
    conn = sqlite3.connect(f"{cache.as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'outbox'").fetchone():
            return 0
        return int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])
    finally:
        conn.close()


def remove_user_data(where: UserData, out: TextIO, *, force: bool, prog: str) -> int:
    from desktop.single_instance import LOCK_NAME, window_closed

    say: Callable[[str], None] = lambda line: print(line, file=out)  # noqa: E731
    with window_closed(where.data) as closed:
        if not closed:
            say(
                f"{prog}: "
                + tr(
                    _CONTEXT,
                    "Department Calendar is open: quit it (also from its tray icon), then run "
                    "this again. Nothing was deleted.",
                )
            )
            return EXIT_FAILED
        cache = where.data / CACHE_FILE
        try:
            waiting = waiting_changes(cache)
        except sqlite3.Error as exc:
            log.warning("Could not read the outbox of %s: %s", cache, exc)
            waiting = -1
        if waiting and not force:
            if waiting > 0:
                text = tr(
                    _CONTEXT,
                    "%n changes made in this app were not sent to the shared calendar yet and "
                    "would be lost. Open Department Calendar while connected so that it sends "
                    "them, or add --force to delete them. Nothing was deleted.",
                    n=waiting,
                )
            else:
                text = tr(
                    _CONTEXT,
                    "The cached calendar {path} cannot be read, so whether it holds changes not "
                    "sent yet cannot be told. Add --force to delete it anyway. Nothing was "
                    "deleted.",
                ).format(path=cache)
            say(f"{prog}: {text}")
            return EXIT_FAILED
        failures: list[str] = []
        # The lock file stays while the lock is held (Windows cannot delete an open file).
        removed_data = _remove_folder(where.data, failures, keep=LOCK_NAME)
    if removed_data:
        with contextlib.suppress(OSError):
            (where.data / LOCK_NAME).unlink(missing_ok=True)
            where.data.rmdir()
            _remove_empty_parent(where.data)
        say(
            tr(
                _CONTEXT,
                "Deleted the cached calendar, reminders, logs and department backups: {path}",
            ).format(path=where.data)
        )
        if waiting > 0:
            say(tr(_CONTEXT, "%n changes not sent were deleted with it (--force).", n=waiting))
    removed = removed_data
    for folder in where.folders:
        if folder != where.data and _remove_folder(folder, failures):
            say(tr(_CONTEXT, "Deleted the folder {path}").format(path=folder))
            removed = True
    if where.settings is not None and where.settings.allKeys():
        where.settings.clear()
        where.settings.sync()
        _remove_settings_file(where.settings, failures)
        say(tr(_CONTEXT, "Deleted the settings: {place}").format(place=where.settings.fileName()))
        removed = True
    if where.login_start is not None:
        try:
            if where.login_start.is_enabled():
                where.login_start.disable()
                say(tr(_CONTEXT, "Removed the start at login."))
                removed = True
        except OSError as exc:
            failures.append(f"{exc.strerror or exc}: {exc.filename or 'start at login'}")
    for failure in failures:
        say(f"{prog}: " + tr(_CONTEXT, "Could not delete {what}").format(what=failure))
    if failures:
        return EXIT_FAILED
    if not removed:
        say(tr(_CONTEXT, "No data of this user was found: nothing to delete."))
    return EXIT_OK


def _is_app_folder(folder: Path) -> bool:
    """A folder named after the app (or its cache below one): never a shared folder such as
    the home or AppData itself, whatever Qt was told the app's name is."""
    from desktop.settings import APPLICATION

    return APPLICATION in folder.parts[-2:] and len(folder.parts) > 2


def _remove_folder(folder: Path, failures: list[str], keep: str = "") -> bool:
    """Delete ``folder`` (all but ``keep``) if it is the app's; whether it was there. Failures
    are listed."""
    if not folder.is_dir() or not _is_app_folder(folder):
        return False
    for entry in folder.iterdir():
        if entry.name == keep:
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError as exc:
            failures.append(f"{exc.filename or entry}: {exc.strerror or exc}")
    if not keep:
        with contextlib.suppress(OSError):
            folder.rmdir()
            _remove_empty_parent(folder)
    return True


def _remove_empty_parent(folder: Path) -> None:
    """The organisation's folder above the app's (``deptcal``), once it is empty."""
    from PySide6.QtCore import QCoreApplication

    if folder.parent.name == QCoreApplication.organizationName():
        with contextlib.suppress(OSError):
            folder.parent.rmdir()


def _remove_settings_file(settings: QSettings, failures: list[str]) -> None:
    """The emptied INI file. Native settings on Windows (the registry) and macOS (cfprefsd
    owns the plist) are emptied through Qt only."""
    from PySide6.QtCore import QSettings

    native = settings.format() == QSettings.Format.NativeFormat
    if native and sys.platform in ("win32", "darwin"):
        return
    path = Path(settings.fileName())
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        failures.append(f"{path}: {exc.strerror or exc}")
