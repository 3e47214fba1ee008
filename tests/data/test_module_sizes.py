"""The data layer and the domain stay in modules small enough to read (issue #15: at most 700
lines each)."""

from __future__ import annotations

from pathlib import Path

import pytest

import desktop

LIMIT = 700
ROOT = Path(desktop.__file__).parent
MODULES = sorted([*(ROOT / "data").glob("*.py"), *(ROOT / "domain").glob("*.py")])


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_module_is_over_the_limit(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= LIMIT, f"{path.name} has {lines} lines"
