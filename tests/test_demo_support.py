"""Where the demo cannot run (the installed app leaves moto out), it is neither offered nor
started, and ``--demo`` says so in one line."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from importlib.machinery import ModuleSpec

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import gui
from desktop.app import main
from desktop.demo_support import DEMO_MODULES, demo_available, demo_unavailable_message


@pytest.fixture
def without_moto(monkeypatch: pytest.MonkeyPatch) -> None:
    """The import system finds no moto (as in the frozen app, whose build leaves it out)."""
    real: Callable[..., ModuleSpec | None] = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None) -> ModuleSpec | None:
        if name.partition(".")[0] == "moto":
            return None
        return real(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Running as the PyInstaller bundle."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)


@pytest.fixture
def installed_translators(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[QTranslator]]:
    """The catalogues the window's start installs, taken out again after the test."""
    installed: list[QTranslator] = []
    real = gui.install_translations

    def install(app: QApplication, locale: QLocale) -> list[QTranslator]:
        translators = real(app, locale)
        installed.extend(translators)
        return translators

    monkeypatch.setattr(gui, "install_translations", install)
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def test_the_development_environment_has_the_demo() -> None:
    assert demo_available()
    assert "moto" in DEMO_MODULES


def test_without_moto_the_demo_is_unavailable(without_moto: None) -> None:
    assert not demo_available()


def test_from_source_the_message_is_for_a_developer() -> None:
    assert "uv sync" in demo_unavailable_message()


def test_the_installed_app_sends_staff_to_the_settings_not_to_uv(frozen: None) -> None:
    message = demo_unavailable_message()
    assert "uv" not in message.split() and "uv sync" not in message
    assert "moto" not in message
    assert "installed app does not include it" in message
    assert "File ▸ Settings" in message
    assert "IT department" in message
    assert "\n" not in message


def test_demo_exits_2_with_one_clear_line(
    without_moto: None,
    frozen: None,
    installed_translators: list[QTranslator],
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = set(QApplication.topLevelWidgets())
    assert main(["--demo", "--locale", "en"]) == 2

    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("deptcal: The demo is part of the source version")
    assert "File ▸ Settings" in lines[0]
    assert set(QApplication.topLevelWidgets()) <= before  # no window was opened


def test_the_line_is_korean_for_korean_staff(
    without_moto: None,
    frozen: None,
    installed_translators: list[QTranslator],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--demo", "--locale", "ko"]) == 2

    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "데모" in err and "설정" in err
    assert "uv sync" not in err


def test_from_source_without_moto_the_line_says_how_to_install_it(
    without_moto: None,
    installed_translators: list[QTranslator],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--demo", "--locale", "en"]) == 2
    assert "uv sync" in capsys.readouterr().err
