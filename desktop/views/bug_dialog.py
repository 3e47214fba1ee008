"""Anything unexpected is a bug: logged, and shown with a report the user can copy.

Known problems (no network, access denied, conflicts…) never come here: the data layer turns
them into messages with a way forward. This catches the rest so the window does not vanish.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.i18n import tr

log = logging.getLogger(__name__)


def report_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The copyable report: versions and the traceback (no local values, so no secrets)."""
    from PySide6 import __version__ as pyside_version

    lines = [
        f"Department Calendar {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
        *traceback.format_exception(kind, error, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def show_bug(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    log.error("Unexpected error", exc_info=(kind, error, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, tr("BugDialog", "Something went wrong"), "")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        tr(
            "BugDialog",
            "Department Calendar ran into an unexpected problem. Your saved events are safe; "
            "what you were typing may need to be entered again. Please send the details below "
            "to your administrator.",
        )
    )
    box.setDetailedText(report_text(kind, error, tb))
    box.exec()


def install() -> None:
    """Route uncaught exceptions (in slots too) to :func:`show_bug`."""
    sys.excepthook = show_bug
