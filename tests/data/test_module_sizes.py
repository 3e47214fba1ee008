"""Every module of the app stays small enough to read (issue #15: at most 700 lines each), and
the main window only builds and wires (at most 400)."""

from __future__ import annotations

from pathlib import Path

import pytest

import desktop

LIMIT = 700
WINDOW_LIMIT = 400
ROOT = Path(desktop.__file__).parent
MODULES = sorted(ROOT.rglob("*.py"))


def lines_of(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_every_package_is_measured() -> None:
    measured = {p.parent.relative_to(ROOT).as_posix() for p in MODULES}
    assert {".", "data", "domain", "workers", "views", "views/window", "views/settings"} <= measured


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_module_is_over_the_limit(path: Path) -> None:
    lines = lines_of(path)
    assert lines <= LIMIT, f"{path.relative_to(ROOT)} has {lines} lines"


def test_the_main_window_only_builds_and_wires() -> None:
    lines = lines_of(ROOT / "views" / "main_window.py")
    assert lines <= WINDOW_LIMIT, f"main_window.py has {lines} lines"
