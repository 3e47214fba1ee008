"""Anything unexpected is a bug: logged, and shown with a report the user can copy.

Known problems (no network, access denied, conflicts, a full disk…) never come here: they are
shown as messages with a way forward where they happen. Bugs on any thread reach one
:class:`~desktop.workers.bugs.BugReporter` (worker tasks through the task runner, slots through
``sys.excepthook``, other threads through ``threading.excepthook``); :class:`BugDialogs`
listens to it and opens the report on the GUI thread, without blocking (``open()``), so the
window keeps working and the failed operation can clean up behind it.
"""

from __future__ import annotations

import logging
import platform
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from desktop import __version__
from desktop.i18n import tr
from desktop.workers.bugs import Bug, BugReporter, install_hooks

log = logging.getLogger(__name__)


def report_text(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    scrub: Callable[[str], str] | None = None,
) -> str:
    """The copyable report: versions and the traceback (no local values), secrets removed."""
    from PySide6 import __version__ as pyside_version

    lines = [
        f"Department Calendar {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
        *traceback.format_exception(kind, error, tb),
    ]
    text = "\n".join(line.rstrip("\n") for line in lines)
    return (scrub or BugReporter().scrub)(text)


def bug_box(report: str) -> QMessageBox:
    """The dialog: what happened in words, and the report under "Show Details…"."""
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
    box.setDetailedText(report)
    return box


class BugDialogs(QObject):
    """Opens a report for each new bug the reporter hands over, on the GUI thread.

    A bug that repeats (the same exception at the same line, a retried send…) is shown once;
    while a report is open, later bugs are only logged, so dialogs never pile up.
    """

    _reported = Signal(object)  # Bug, from any thread: queued to this object's thread

    def __init__(self, bugs: BugReporter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bugs = bugs
        self.current: QMessageBox | None = None  # the report on screen
        self._seen: set[tuple[str, str, int]] = set()
        self._reported.connect(self._show)
        self._listener = self._reported.emit
        bugs.subscribe(self._listener)
        self.destroyed.connect(lambda _obj=None, stop=self._listener: bugs.unsubscribe(stop))

    def show(self, bug: Bug) -> None:
        """Open the report of ``bug``, reported before these dialogs existed (start-up)."""
        self._reported.emit(bug)

    def stop(self) -> None:
        """Open no more reports (at exit: the event loop has ended); bugs are still logged."""
        self.bugs.unsubscribe(self._listener)

    @Slot(object)
    def _show(self, bug: Bug) -> None:
        signature = bug.signature()
        if signature in self._seen or self.current is not None:
            log.info("Not showing another report for %s", bug.kind.__name__)
            return
        self._seen.add(signature)
        box = bug_box(report_text(bug.kind, bug.error, bug.traceback, self.bugs.scrub))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self.current = box
        box.open()

    @Slot()
    def _closed(self) -> None:
        self.current = None


def install(bugs: BugReporter) -> None:
    """Route uncaught exceptions, in slots and in Python threads, to ``bugs``."""
    install_hooks(bugs)
