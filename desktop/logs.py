"""Logging to a rotating file in the per-user data folder (and the console when asked).

The window's start-up keeps its records in memory (:func:`hold_records`) and opens the file
after its first paint (:func:`setup_logging`, which writes the held records first): the file
handler's module (``logging.handlers``, with ``socket`` and ``pickle``) costs more to import
than the rest of the window's start-up logging together.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths

if TYPE_CHECKING:
    from io import TextIOWrapper
    from logging.handlers import RotatingFileHandler

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Third-party chatter stays out of the app's log; their DEBUG output can hold headers.
NOISY = ("botocore", "boto3", "urllib3", "werkzeug", "keyring")
HELD_MAX = 10_000  # records kept before the file opens; more are counted, not kept


def log_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "logs"


def private_file_handler(path: Path) -> RotatingFileHandler:
    """A rotating log file only its user can read (0600), rotated files included: the log
    names tables, endpoints and events."""
    from logging.handlers import RotatingFileHandler

    class PrivateFileHandler(RotatingFileHandler):
        def _open(self) -> TextIOWrapper:
            stream = super()._open()
            if os.name != "nt":
                with contextlib.suppress(OSError):  # a file not ours: it stays as it is
                    os.chmod(self.baseFilename, 0o600)
            return stream

    return PrivateFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")


def private_folder(directory: Path) -> None:
    """Create ``directory`` (and its parents) for this user alone (0700 on POSIX)."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt":
        os.chmod(directory, 0o700)


class HeldRecords(logging.Handler):
    """Keeps the records logged before the log file opens, to write them there first."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < HELD_MAX:
            self.records.append(record)
        else:
            self.dropped += 1


def _configure_root() -> logging.Logger:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for noisy in NOISY:
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return root


def hold_records() -> None:
    """Log from now on, keeping the records in memory until :func:`setup_logging`."""
    root = _configure_root()
    if not any(isinstance(h, HeldRecords) for h in root.handlers):
        held = HeldRecords()
        held._deptcal = True  # type: ignore[attr-defined]
        root.addHandler(held)


def setup_logging(*, console_level: int | None = None, to_file: bool = True) -> Path | None:
    """Send the app's log to ``logs/deptcal.log`` (rotated), optionally also to stderr; the
    records held since :func:`hold_records` are written first."""
    root = _configure_root()
    held: list[logging.LogRecord] = []
    dropped = 0
    for old in [h for h in root.handlers if getattr(h, "_deptcal", False)]:
        root.removeHandler(old)
        if isinstance(old, HeldRecords):
            held, dropped = held + old.records, dropped + old.dropped
        old.close()
    handlers: list[logging.Handler] = []
    path: Path | None = None
    if to_file:
        try:
            directory = log_dir()
            private_folder(directory.parent)
            private_folder(directory)
            path = directory / "deptcal.log"
            handlers.append(private_file_handler(path))
        except OSError:
            path = None
    if console_level is not None:
        console = logging.StreamHandler()
        console.setLevel(console_level)
        handlers.append(console)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler._deptcal = True  # type: ignore[attr-defined]
        for record in held:
            if record.levelno >= handler.level:
                handler.handle(record)
        root.addHandler(handler)
    if dropped:
        logging.getLogger(__name__).warning("%d start-up log records were not kept", dropped)
    return path
