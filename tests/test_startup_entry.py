"""Start at login: the entry of each system written, read and removed (in temp folders)."""

from __future__ import annotations

import plistlib
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.startup_entry import AGENT_LABEL, RUN_VALUE, LoginStart

APP = "/opt/Department Calendar/deptcal"


def test_linux_writes_and_removes_an_xdg_autostart_entry(tmp_path: Path) -> None:
    login = LoginStart("linux", home=tmp_path, config_home=tmp_path / "config", command=[APP])
    assert not login.is_enabled()
    login.enable()
    entry = tmp_path / "config" / "autostart" / "deptcal.desktop"
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert f'Exec="{APP}"\n' in text  # quoted: the path has a space
    assert login.is_enabled()
    login.disable()
    assert not entry.exists() and not login.is_enabled()
    login.disable()  # nothing left to remove: no error


def test_linux_reads_xdg_config_home_and_sees_an_entry_the_desktop_turned_off(
    tmp_path: Path, monkeypatch: object
) -> None:
    import os

    login = LoginStart("linux", home=tmp_path, command=["/usr/bin/deptcal"])
    assert login.path == Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "deptcal.desktop"
    login.enable()
    assert "Exec=/usr/bin/deptcal\n" in login.path.read_text(encoding="utf-8")
    login.path.write_text(login.path.read_text(encoding="utf-8") + "Hidden=true\n")
    assert not login.is_enabled()


def test_macos_writes_a_launch_agent_that_runs_at_load(tmp_path: Path) -> None:
    login = LoginStart("darwin", home=tmp_path, command=[APP])
    login.enable()
    plist = tmp_path / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
    agent = plistlib.loads(plist.read_bytes())
    assert agent["Label"] == AGENT_LABEL
    assert agent["ProgramArguments"] == [APP]
    assert agent["RunAtLoad"] is True
    assert login.is_enabled()
    login.set_enabled(False)
    assert not plist.exists() and not login.is_enabled()


def test_windows_sets_and_removes_the_quoted_executable_in_the_run_key(tmp_path: Path) -> None:
    registry = QSettings(str(tmp_path / "run.ini"), QSettings.Format.IniFormat)
    exe = "C:\\Program Files\\Department Calendar\\deptcal.exe"
    login = LoginStart("win32", home=tmp_path, registry=registry, command=[exe])
    assert not login.is_enabled()
    login.enable()
    assert registry.value(RUN_VALUE) == f'"{exe}"'
    assert login.is_enabled()
    login.disable()
    assert not registry.contains(RUN_VALUE) and not login.is_enabled()
    assert not (tmp_path / "Library").exists() and not (tmp_path / ".config").exists()


def test_without_an_installed_app_nothing_is_registered(tmp_path: Path) -> None:
    login = LoginStart("linux", home=tmp_path, config_home=tmp_path, command=[])
    assert not login.available()
    try:
        login.enable()
    except OSError as error:
        assert "No installed Department Calendar" in str(error)
    else:
        raise AssertionError("enable() without an executable must fail")
    assert not (tmp_path / "autostart").exists()
