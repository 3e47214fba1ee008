"""The two programs of the installed app: ``deptcal`` (windowed) and ``deptcal-admin`` (console).

Both run :func:`desktop.app.main`. On Windows a windowed program has no console: what it prints
goes nowhere and the shell does not wait for its exit code. So the admin commands (and
``--help``, ``--version``) belong to ``deptcal-admin.exe``, a console program in the same
folder; given one of them, the windowed ``deptcal.exe`` says so in a message box and exits 2
(:func:`cannot_print`). ``--forget-credentials`` and ``--remove-user-data`` run in both: the
uninstaller starts the windowed one, without a console, and reads only the exit code.

``deptcal-admin`` without a command prints its help and exits 2, instead of opening the window
(a console program that opens a window, with its console behind it, surprises).
"""

from __future__ import annotations

import sys
from collections.abc import Collection, Sequence
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

APP = "deptcal"
ADMIN = "deptcal-admin"
EXIT_USAGE = 2
# What only prints: without a console these show nothing at all.
PRINTING_OPTIONS = frozenset({"-h", "--help", "--version"})


def program_name(executable: str | None = None, argv0: str | None = None) -> str:
    """``deptcal-admin`` when running as it (the frozen program, or a script named so)."""
    if getattr(sys, "frozen", False):
        path = executable or sys.executable
    else:
        path = argv0 or (sys.argv[0] if sys.argv else "")
    return ADMIN if Path(path).stem.lower() == ADMIN else APP


def cannot_print(
    argv: Sequence[str],
    *,
    frozen: bool,
    platform: str,
    has_console: bool,
    commands: Collection[str],
) -> bool:
    """Whether this run would print to nowhere: the frozen windowed program on Windows,
    without a console (``sys.stdout`` is None; output redirected to a file has one), asked
    for an admin command, ``--help`` or ``--version``."""
    if not frozen or platform != "win32" or has_console:
        return False
    return any(arg in PRINTING_OPTIONS or arg in commands for arg in argv)


def use_admin_instead(argv: Sequence[str]) -> int:
    """Tell, in a message box, to run the same command with ``deptcal-admin.exe``; exit 2."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from desktop.gui import choose_locale, install_translations
    from desktop.settings import LANGUAGE, AppSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    locale = choose_locale(str(AppSettings().get(LANGUAGE)) or None)
    QLocale.setDefault(locale)
    install_translations(app, locale)
    admin_box(argv).exec()
    return EXIT_USAGE


def admin_box(argv: Sequence[str]) -> QMessageBox:
    """The message: the same command line, with ``deptcal-admin.exe`` beside this program."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from desktop.i18n import tr

    admin = PureWindowsPath(sys.executable).with_name(f"{ADMIN}.exe")
    command = " ".join([f'"{admin}"', *(_quoted(arg) for arg in argv)])
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("Console", "Department Calendar"),
        tr(
            "Console",
            "deptcal.exe opens the calendar window and cannot print. Run commands, --help and "
            "--version with deptcal-admin.exe, in the same folder, from Command Prompt (in "
            "PowerShell, put & and a space before it):\n\n{command}",
        ).format(command=command),
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def _quoted(arg: str) -> str:
    return f'"{arg}"' if not arg or any(c in arg for c in ' \t"&|<>^') else arg
