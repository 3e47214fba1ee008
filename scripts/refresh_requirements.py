"""Regenerate the release's pinned, hashed requirements from pyproject.toml.

    uv run python scripts/refresh_requirements.py              # after changing a dependency
    uv run python scripts/refresh_requirements.py --upgrade    # move every pin to the newest
    uv run python scripts/refresh_requirements.py --upgrade-package pyside6-essentials

``requirements/runtime.txt`` pins the app's runtime dependencies (``[project]
dependencies``), ``requirements/build.txt`` the ``build`` dependency group (PyInstaller, and
dmgbuild on macOS). The release workflow and ``.ci/run`` build the installers in an
environment holding exactly these (``uv pip sync --require-hashes``), never a fresh resolution.

Both are one universal resolution for every OS the release builds on (environment markers
kept) with the hash of every file PyPI has for each pin. The files themselves are the lock:
without ``--upgrade`` uv keeps each pin that still satisfies pyproject.toml, so adding one
dependency does not move the others. build.txt is resolved under runtime.txt's pins, so the
two install together. Neither records the package index (uv writes no ``--index-url`` unless
asked): a mirror configured on the machine stays out of the repository.

After a refresh, regenerate the third-party notices (``scripts/third_party_notices.py``) so that
the licences shipped match the pins.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements"
RUNTIME = REQUIREMENTS / "runtime.txt"
BUILD = REQUIREMENTS / "build.txt"
COMMAND = "uv run python scripts/refresh_requirements.py"


def compile_command(sources: list[str], output: Path, upgrade: list[str]) -> list[str]:
    """The ``uv pip compile`` call that writes ``output`` from ``sources``."""
    return [
        "uv",
        "pip",
        "compile",
        *sources,
        "--universal",
        "--generate-hashes",
        "--quiet",
        "--custom-compile-command",
        COMMAND,
        *upgrade,
        "--output-file",
        str(output.relative_to(ROOT)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument(
        "--upgrade", action="store_true", help="move every pin to the newest allowed version"
    )
    parser.add_argument(
        "--upgrade-package",
        action="append",
        default=[],
        metavar="NAME",
        help="move this package's pin (repeatable)",
    )
    options = parser.parse_args(argv)
    upgrade = ["--upgrade"] if options.upgrade else []
    for name in options.upgrade_package:
        upgrade += ["--upgrade-package", name]
    REQUIREMENTS.mkdir(exist_ok=True)
    steps = [
        compile_command(["pyproject.toml"], RUNTIME, upgrade),
        compile_command(
            ["--group", "build", "--constraints", str(RUNTIME.relative_to(ROOT))], BUILD, upgrade
        ),
    ]
    for command in steps:
        done = subprocess.run(command, cwd=ROOT, check=False)
        if done.returncode != 0:
            return done.returncode
    print(f"Wrote {RUNTIME.relative_to(ROOT)} and {BUILD.relative_to(ROOT)}.")
    print("Now regenerate the third-party notices: uv run python scripts/third_party_notices.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
