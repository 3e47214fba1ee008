"""The real start-up in a child process, for ``tests/test_startup.py``
(``python -m tests.startup_script``).

Runs the ``deptcal`` entry point (``desktop.app.main``) with the window's "today" fixed to
:data:`TODAY`; when the month grid first paints the cached month's events, it prints one line
``STARTUP {json}``: the modules loaded at that moment and what of the window is built, then
exits. It imports nothing of the app before the app does (``bench.probe``'s import hook).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from typing import Any

from bench.probe import _after_import

TODAY = date(2026, 11, 26)


def _report(window: Any) -> None:
    try:
        facts = _facts(window)
    except Exception as error:  # said on stdout: the test shows it
        facts = {"error": repr(error)}
    sys.stdout.write("STARTUP " + json.dumps(facts) + "\n")
    sys.stdout.flush()
    os._exit(0)


def _facts(window: Any) -> dict[str, Any]:
    return {
        "modules": sorted(sys.modules),
        "events": window.model.event_count_in_month(),
        "menus_built": getattr(window.window_actions, "menus_built", True),
        "menu_titles": [a.text() for a in window.menuBar().actions()],
        "menu_sizes": [len(a.menu().actions()) for a in window.menuBar().actions()],
        "detail_built": getattr(window, "_detail", True) is not None,
        "shortcuts": sorted(a.shortcut().toString() for a in window.actions() if a.shortcut()),
    }


def _watch(module: Any) -> None:
    from PySide6.QtCore import QEvent, QObject

    window_class = module.MainWindow
    original = window_class.__init__

    def init(window: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("today", TODAY)
        original(window, *args, **kwargs)

        class Paints(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and window.model.event_count_in_month():
                    _report(window)
                return False

        window._startup_paints = Paints(window)
        window.month_view.viewport().installEventFilter(window._startup_paints)

    window_class.__init__ = init


def main() -> None:
    _after_import("desktop.views.main_window", _watch)
    from desktop.app import main as deptcal

    deptcal(sys.argv[1:])
    sys.stdout.write("STARTUP {}\n")  # left without painting the month


if __name__ == "__main__":
    main()
