"""PySide6's check of every module imported after it reads the file, not the tokenizer."""

from __future__ import annotations

import inspect
import sys

import PySide6.QtCore  # noqa: F401  (PySide6 installs its check on import)
import pytest

import desktop.domain.calendar
import desktop.views.banner
from desktop.qt_imports import speed_up_feature_check


def test_the_check_gives_pysides_answer_from_the_files_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feature = sys.modules["shibokensupport.feature"]
    current = feature._mod_uses_pyside
    # PySide6's own check (the app may have sped it up already, earlier in this process).
    monkeypatch.setattr(feature, "_mod_uses_pyside", getattr(current, "original", current))
    assert speed_up_feature_check()
    assert not speed_up_feature_check()  # once is enough

    def no_tokenizing(_obj: object) -> str:
        raise AssertionError("read through inspect.getsource")

    monkeypatch.setattr(inspect, "getsource", no_tokenizing)
    assert feature._mod_uses_pyside(desktop.views.banner) is True
    assert feature._mod_uses_pyside(desktop.domain.calendar) is False
