"""The log file: in the per-user data folder, readable by its user only."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.logs import hold_records, log_dir, setup_logging

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def mode(path: Path) -> str:
    return oct(path.stat().st_mode & 0o777)


@pytest.mark.usefixtures("restore_root_logger")
def test_the_log_and_its_folders_are_the_users_only() -> None:
    directory = log_dir()
    directory.mkdir(parents=True)
    os.chmod(directory, 0o755)
    os.chmod(directory.parent, 0o755)
    old = directory / "deptcal.log"
    old.write_text("written by an earlier version\n")
    os.chmod(old, 0o644)

    path = setup_logging()
    assert path == old
    logging.getLogger("desktop.test").warning("a line")
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_deptcal", False))
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    handler.doRollover()  # a rotated file is made anew
    logging.getLogger("desktop.test").warning("another line")

    assert mode(directory) == mode(directory.parent) == "0o700"
    assert mode(path) == "0o600"
    assert mode(directory / "deptcal.log.1") == "0o600"


@pytest.mark.usefixtures("restore_root_logger")
def test_records_logged_before_the_file_opens_land_in_it_first() -> None:
    hold_records()  # start-up: the file opens after the first paint
    logging.getLogger("desktop.test").info("logged while the window was being built")
    assert not (log_dir() / "deptcal.log").exists()

    path = setup_logging()
    logging.getLogger("desktop.test").info("logged after the paint")

    assert path is not None
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == [
        "logged while the window was being built",
        "logged after the paint",
    ]
