"""Logging to a rotating file in the per-user data folder (and the console when asked)."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
from io import TextIOWrapper
from pathlib import Path

from PySide6.QtCore import QStandardPaths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "logs"


class PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file only its user can read (0600), rotated files included: the log
    names tables, endpoints and events."""

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        if os.name != "nt":
            with contextlib.suppress(OSError):  # a file not ours: it stays as it is
                os.chmod(self.baseFilename, 0o600)
        return stream


def private_folder(directory: Path) -> None:
    """Create ``directory`` (and its parents) for this user alone (0700 on POSIX)."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt":
        os.chmod(directory, 0o700)


def setup_logging(*, console_level: int | None = None, to_file: bool = True) -> Path | None:
    """Send the app's log to ``logs/deptcal.log`` (rotated), optionally also to stderr."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for old in [h for h in root.handlers if getattr(h, "_deptcal", False)]:
        root.removeHandler(old)
        old.close()
    # Third-party chatter stays out of the app's log; their DEBUG output can hold headers.
    for noisy in ("botocore", "boto3", "urllib3", "werkzeug", "keyring"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    path: Path | None = None
    if to_file:
        try:
            directory = log_dir()
            private_folder(directory.parent)
            private_folder(directory)
            path = directory / "deptcal.log"
            handler = PrivateFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
            handler.setFormatter(logging.Formatter(FORMAT))
            handler._deptcal = True  # type: ignore[attr-defined]
            root.addHandler(handler)
        except OSError:
            path = None
    if console_level is not None:
        console = logging.StreamHandler()
        console.setLevel(console_level)
        console.setFormatter(logging.Formatter(FORMAT))
        console._deptcal = True  # type: ignore[attr-defined]
        root.addHandler(console)
    return path
