"""The domain and the outbox load without Qt (and the domain without boto3): workers and the
command line import them, and the rules must be testable without a GUI."""

from __future__ import annotations

import subprocess
import sys

_LOADED = """
import importlib, pkgutil, sys
import desktop.domain
for module in pkgutil.iter_modules(desktop.domain.__path__):
    importlib.import_module("desktop.domain." + module.name)
for name in sys.argv[1:]:
    importlib.import_module(name)
print("\\n".join(sorted(sys.modules)))
"""


def loaded_after_importing(*modules: str) -> set[str]:
    """The modules a fresh interpreter holds after importing every domain module and
    ``modules``."""
    done = subprocess.run(
        [sys.executable, "-c", _LOADED, *modules],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return set(done.stdout.split())


def top_level(names: set[str]) -> set[str]:
    return {name.split(".", 1)[0] for name in names}


def test_the_domain_loads_neither_qt_nor_boto3() -> None:
    loaded = top_level(loaded_after_importing())
    assert "desktop" in loaded  # the script did run
    assert not {name for name in loaded if name.startswith("PySide6")}
    assert not loaded & {"boto3", "botocore"}


def test_the_outbox_loads_no_qt() -> None:
    loaded = loaded_after_importing("desktop.data.outbox")
    assert "desktop.data.outbox" in loaded
    assert not {name for name in top_level(loaded) if name.startswith("PySide6")}
