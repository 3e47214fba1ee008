"""The lowest macOS the bundle runs on, read from the Qt wheels it is built from.

build.spec puts the result into Info.plist's ``LSMinimumSystemVersion``, so that the declared
minimum follows the PySide6 actually installed (requirements/runtime.txt): Finder then refuses
to open the app on an older macOS with a clear message instead of a crash in Qt. A wheel's
``*.dist-info/WHEEL`` file names its tags, one ``Tag:`` line each, e.g.
``cp310-abi3-macosx_14_0_universal2``: built for macOS 14.0 and later, Apple silicon and Intel.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import metadata

# The Qt wheels the bundle is made of (the binding and its runtime).
QT_DISTRIBUTIONS = ("PySide6-Essentials", "shiboken6")
MACOS_PLATFORM = re.compile(r"^macosx_(?P<major>\d+)_(?P<minor>\d+)_(?P<arch>\w+)$")
# The architectures a wheel's tag names that run on each machine (packaging's rules).
RUNS_ON = {
    "arm64": {"arm64", "universal2"},
    "x86_64": {"x86_64", "intel", "fat64", "fat3", "universal2", "universal"},
}


def macos_minimum(tags: Iterable[str], machine: str) -> tuple[int, int]:
    """The lowest macOS version (major, minor) any of ``tags`` installs on for ``machine``
    (``arm64`` or ``x86_64``). Tags may be compressed (``macosx_11_0_arm64.macosx_11_0_x86_64``).
    """
    versions = []
    for tag in tags:
        for platform in tag.strip().rsplit("-", 1)[-1].split("."):
            found = MACOS_PLATFORM.match(platform)
            if found and found["arch"] in RUNS_ON.get(machine, {machine}):
                versions.append((int(found["major"]), int(found["minor"])))
    if not versions:
        raise ValueError(f"no macOS {machine} tag among {sorted(tags)}")
    return min(versions)


def wheel_tags(wheel_file: str) -> list[str]:
    """The ``Tag:`` values of a ``WHEEL`` file's text."""
    return [
        line.split(":", 1)[1].strip() for line in wheel_file.splitlines() if line.startswith("Tag:")
    ]


def bundle_macos_minimum(machine: str, distributions: Iterable[str] = QT_DISTRIBUTIONS) -> str:
    """The macOS version the installed Qt wheels need on ``machine``, as Info.plist writes it
    ("14.0"): the highest of their minimums."""
    needed = []
    for name in distributions:
        wheel_file = metadata.distribution(name).read_text("WHEEL")
        if wheel_file is None:
            raise ValueError(f"{name} has no WHEEL file: was it installed from a wheel?")
        needed.append(macos_minimum(wheel_tags(wheel_file), machine))
    major, minor = max(needed)
    return f"{major}.{minor}"
