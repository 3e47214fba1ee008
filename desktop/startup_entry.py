"""Start at login: the entry each system reads when the user logs in.

- **Windows**: a value in ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` (read
  through ``QSettings`` in its native format: the registry), the quoted executable.
- **macOS**: a LaunchAgent, ``~/Library/LaunchAgents/<label>.plist`` with ``RunAtLoad``.
- **Linux and other XDG desktops**: ``$XDG_CONFIG_HOME/autostart/deptcal.desktop``.

The entry on the system is the setting: :meth:`LoginStart.is_enabled` reads it, so what the
preferences show is what happens at the next login, also after the user removed the entry in
the system's own settings.

What is started: the frozen app's own executable; otherwise the ``deptcal`` script on
``PATH`` (in a development checkout run with ``uv run``, the project environment's script,
which keeps working while the checkout exists). Without either, nothing can be registered and
:meth:`LoginStart.command` is empty.

No widgets here; the platform, the folders and the registry are parameters, so tests write
into temporary folders and a fake registry.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

RUN_KEY = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"
RUN_VALUE = "DepartmentCalendar"
AGENT_LABEL = "com.deptcal.DepartmentCalendar"
DESKTOP_FILE = "deptcal.desktop"


class Registry(Protocol):
    """What is used of ``QSettings`` on the Run key."""

    def value(self, key: str, /) -> object: ...
    def setValue(self, key: str, value: object, /) -> None: ...  # noqa: N802
    def remove(self, key: str, /) -> None: ...
    def contains(self, key: str, /) -> bool: ...
    def sync(self) -> None: ...


def default_command() -> list[str]:
    """What starts this app: the frozen executable, else the ``deptcal`` script on PATH."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = shutil.which("deptcal")
    return [str(Path(script).resolve())] if script else []


def _windows_registry() -> Registry:
    from PySide6.QtCore import QSettings

    return QSettings(RUN_KEY, QSettings.Format.NativeFormat)


def _desktop_quoted(argument: str) -> str:
    """An ``Exec`` argument as the desktop entry spec quotes it."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


@dataclass
class LoginStart:
    """Enable, disable and read the start-at-login entry of one platform.

    ``platform``: ``sys.platform``'s value (``win32``, ``darwin``, anything else is XDG).
    ``home`` and ``config_home``: the user's folders (``config_home``: ``$XDG_CONFIG_HOME``,
    default ``~/.config``). ``registry``: the Run key (Windows; QSettings by default).
    ``command``: the program and its arguments (default: :func:`default_command`).
    """

    platform: str = field(default_factory=lambda: sys.platform)
    home: Path = field(default_factory=Path.home)
    config_home: Path | None = None
    registry: Registry | None = None
    command: list[str] = field(default_factory=default_command)

    def __post_init__(self) -> None:
        if self.config_home is None:
            xdg = os.environ.get("XDG_CONFIG_HOME", "")
            self.config_home = Path(xdg) if xdg else self.home / ".config"

    @property
    def kind(self) -> str:
        if self.platform == "win32":
            return "windows"
        return "macos" if self.platform == "darwin" else "xdg"

    def available(self) -> bool:
        """Something can be registered (an executable was found)."""
        return bool(self.command)

    @property
    def path(self) -> Path | None:
        """The file of the entry (macOS, XDG); None on Windows (the registry)."""
        if self.kind == "macos":
            return self.home / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
        if self.kind == "xdg":
            assert self.config_home is not None
            return self.config_home / "autostart" / DESKTOP_FILE
        return None

    def _registry(self) -> Registry:
        if self.registry is None:
            self.registry = _windows_registry()
        return self.registry

    def is_enabled(self) -> bool:
        if self.kind == "windows":
            return self._registry().contains(RUN_VALUE)
        path = self.path
        assert path is not None
        if self.kind == "xdg" and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            return "\nHidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text
        return path.is_file()

    def enable(self) -> None:
        """Register the entry (again, with the current executable). Raises OSError."""
        if not self.command:
            raise OSError("No installed Department Calendar was found to start at login.")
        if self.kind == "windows":
            registry = self._registry()
            registry.setValue(RUN_VALUE, " ".join(f'"{part}"' for part in self.command))
            registry.sync()
            return
        path = self.path
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.kind == "macos":
            content = plistlib.dumps(
                {
                    "Label": AGENT_LABEL,
                    "ProgramArguments": list(self.command),
                    "RunAtLoad": True,
                    "ProcessType": "Interactive",
                }
            )
        else:
            content = self._desktop_entry().encode()
        partial = path.with_name(path.name + ".tmp")
        partial.write_bytes(content)
        partial.replace(path)

    def disable(self) -> None:
        """Remove the entry (nothing to do when there is none). Raises OSError."""
        if self.kind == "windows":
            registry = self._registry()
            registry.remove(RUN_VALUE)
            registry.sync()
            return
        path = self.path
        assert path is not None
        path.unlink(missing_ok=True)

    def set_enabled(self, enabled: bool) -> None:
        if enabled:
            self.enable()
        elif self.is_enabled():
            self.disable()

    def _desktop_entry(self) -> str:
        command = " ".join(_desktop_quoted(part) for part in self.command)
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=Department Calendar\n"
            "Name[ko]=부서 캘린더\n"
            f"Exec={command}\n"
            "Icon=deptcal\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )
