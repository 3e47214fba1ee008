"""Whether ``--demo`` can run here, and what to say where it cannot.

The demo's DynamoDB is moto's server (moto with Flask and Werkzeug): development dependencies,
left out of the installed app (build.spec; with them the bundle would pass its 150 MB budget).
:func:`demo_available` asks the import system whether they are there without importing them
(well under a millisecond), so the first-start dialog and the start-up can ask on the GUI
thread. Importing :mod:`desktop.demo` itself loads boto3 (a quarter of a second): this module
does not.
"""

from __future__ import annotations

import importlib.util
import sys

from desktop.i18n import tr

# The top-level packages moto.server imports (moto[server]).
DEMO_MODULES = ("moto", "werkzeug", "flask", "flask_cors")


def demo_available() -> bool:
    """moto's server and what it needs can be imported (checked, not imported)."""
    return all(importlib.util.find_spec(name) is not None for name in DEMO_MODULES)


def running_from_source() -> bool:
    """Not the frozen (PyInstaller) app: a developer's checkout or an installed wheel."""
    return not getattr(sys, "frozen", False)


def demo_unavailable_message() -> str:
    """One line: why there is no demo here, and what to do instead.

    The developer's hint (``uv sync``) only when running from source; the installed app's
    staff are sent to the settings and their IT department.
    """
    if running_from_source():
        return tr(
            "demo",
            "The demo needs moto, a development dependency of deptcal. Install the "
            "development dependencies with 'uv sync' (or 'pip install \"moto[server]\"') "
            "and try again.",
        )
    return tr(
        "demo",
        "The demo is part of the source version of Department Calendar, for developers; this "
        "installed app does not include it. To see your department's calendar, open File ▸ "
        "Settings, or ask your IT department for the connection settings.",
    )
