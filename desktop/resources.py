"""Find the app's resources both from source and in the frozen (PyInstaller) app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def license_path(name: str) -> Path:
    """A licence text: the app's LICENSE, or a file of resources/licenses/ by its name.

    The frozen app keeps them all in one licenses/ folder (build.spec); from source LICENSE is
    at the repository's top, the others in resources/licenses/.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "licenses" / name
    if name == "LICENSE":
        return resources_dir().parent / "LICENSE"
    return resource_path("licenses", name)
