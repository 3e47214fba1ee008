"""``deptcal`` (windowed) and ``deptcal-admin`` (console): which prints, and what each does
without a command."""

from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from desktop import __version__, console
from desktop.app import build_parser, command_names, main

COMMANDS = command_names(build_parser())


def windowed_on_windows(*argv: str, has_console: bool = False) -> bool:
    return console.cannot_print(
        argv, frozen=True, platform="win32", has_console=has_console, commands=COMMANDS
    )


def test_the_commands_are_known_to_the_decision() -> None:
    assert {"tables", "migrate", "export", "import", "add"} <= COMMANDS


@pytest.mark.parametrize(
    "argv",
    [
        ["tables", "check"],
        ["migrate", "data", "--dry-run"],
        ["export", "backup.json"],
        ["--profile", "it", "export", "backup.json"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["tables", "--help"],
    ],
)
def test_the_windowed_windows_program_cannot_print_commands_help_or_version(
    argv: list[str],
) -> None:
    assert windowed_on_windows(*argv)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--locale", "ko"],
        ["--demo"],
        ["--self-test", "--self-test-report", "report.json"],
        ["--forget-credentials"],  # the uninstaller's: silent, the exit code counts
        ["--remove-user-data", "--force"],
    ],
)
def test_the_windowed_program_runs_the_window_and_the_uninstallers_options(
    argv: list[str],
) -> None:
    assert not windowed_on_windows(*argv)


def test_only_the_frozen_windows_program_without_a_console_is_concerned() -> None:
    argv = ["tables", "check"]
    assert not windowed_on_windows(*argv, has_console=True)  # deptcal-admin, or redirected
    for frozen, platform in ((False, "win32"), (True, "darwin"), (True, "linux")):
        assert not console.cannot_print(
            argv, frozen=frozen, platform=platform, has_console=False, commands=COMMANDS
        )


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
def test_the_windowed_program_says_to_use_deptcal_admin(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "executable", r"C:\Program Files\Department Calendar\deptcal.exe")
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, read_and_close)
            return
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    code = main(["tables", "check"])
    monkeypatch.undo()

    assert code == 2
    assert len(shown) == 1
    assert "deptcal-admin.exe" in shown[0]
    assert r'"C:\Program Files\Department Calendar\deptcal-admin.exe" tables check' in shown[0]


@pytest.mark.parametrize(
    ("executable", "argv0", "expected"),
    [
        (r"C:\Program Files\Department Calendar\deptcal-admin.exe", "", "deptcal-admin"),
        (r"C:\Program Files\Department Calendar\deptcal.exe", "", "deptcal"),
        ("/Applications/Department Calendar.app/Contents/MacOS/deptcal-admin", "", "deptcal-admin"),
    ],
)
def test_the_frozen_program_knows_its_name(
    monkeypatch: pytest.MonkeyPatch, executable: str, argv0: str, expected: str
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert console.program_name(executable=executable.replace("\\", "/")) == expected


def test_deptcal_admin_without_a_command_prints_its_help_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["deptcal-admin"])

    assert main([]) == 2

    out = capsys.readouterr().out
    assert out.startswith("usage: deptcal-admin ")
    assert "it prints this help and exits with 2" in out
    assert "tables" in out and "--forget-credentials" in out


def test_deptcal_admin_names_itself_in_its_version_and_errors(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["deptcal-admin"])
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"deptcal-admin {__version__}"

    with pytest.raises(SystemExit) as stopped:
        main(["tables", "nonsense"])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.startswith("usage: deptcal-admin tables")
