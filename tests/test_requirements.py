"""The release's pinned requirements (requirements/*.txt, scripts/refresh_requirements.py):
what the installers are built from must be exactly named, verifiable and allowed by
pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "requirements" / "runtime.txt"
BUILD = ROOT / "requirements" / "build.txt"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")


def requirement_entries(path: Path) -> list[str]:
    """Each requirement of a requirements file, its continuation lines joined, comments out."""
    entries: list[str] = []
    joined = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not text:
            continue
        joined += " " + text.removesuffix("\\").strip()
        if not text.endswith("\\"):
            entries.append(joined.strip())
            joined = ""
    assert not joined, f"{path.name} ends inside a requirement"
    return entries


def pins(path: Path) -> dict[str, tuple[Requirement, list[str]]]:
    """The pinned requirements of ``path`` by canonical name, with their hashes."""
    found = {}
    for entry in requirement_entries(path):
        hashes = HASH.findall(entry)
        requirement = Requirement(HASH.sub("", entry).strip())
        found[canonicalize_name(requirement.name)] = (requirement, hashes)
    return found


@pytest.mark.parametrize("path", [RUNTIME, BUILD], ids=lambda path: path.name)
def test_every_line_is_an_exact_pin_with_hashes(path: Path) -> None:
    entries = requirement_entries(path)
    assert len(entries) >= 3
    for entry in entries:
        assert not entry.startswith("-"), f"an option in {path.name}: {entry}"
        requirement = Requirement(HASH.sub("", entry).strip())
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", entry
        assert "*" not in specifier.version, entry
        assert HASH.findall(entry), f"no sha256 hash for {requirement.name}"
        assert not requirement.url, entry


@pytest.mark.parametrize("path", [RUNTIME, BUILD], ids=lambda path: path.name)
def test_no_package_index_or_address_is_recorded(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for forbidden in ("--index-url", "--extra-index-url", "--find-links", "-i ", "://"):
        assert forbidden not in text, f"{path.name} names {forbidden!r}"


def test_every_runtime_dependency_is_pinned_within_pyprojects_range() -> None:
    pinned = pins(RUNTIME)
    for line in PYPROJECT["project"]["dependencies"]:
        wanted = Requirement(line)
        name = canonicalize_name(wanted.name)
        assert name in pinned, f"{wanted.name} is not in {RUNTIME.name}"
        version = Version(next(iter(pinned[name][0].specifier)).version)
        assert wanted.specifier.contains(version, prereleases=True), (
            f"{wanted.name}=={version} does not satisfy pyproject's {wanted.specifier}"
        )


def test_the_build_requirements_hold_pyinstaller_and_the_disk_image_tool() -> None:
    build = pins(BUILD)
    assert "pyinstaller" in build
    for line in PYPROJECT["dependency-groups"]["build"]:
        wanted = Requirement(line)
        name = canonicalize_name(wanted.name)
        assert name in build, f"{wanted.name} is not in {BUILD.name}"
        version = Version(next(iter(build[name][0].specifier)).version)
        assert wanted.specifier.contains(version, prereleases=True)
    # dmgbuild is for the macOS build only, and says so.
    assert build["dmgbuild"][0].marker is not None
    assert not build["dmgbuild"][0].marker.evaluate({"sys_platform": "linux"})
    assert build["dmgbuild"][0].marker.evaluate({"sys_platform": "darwin"})


def test_the_two_files_install_together() -> None:
    """A package in both files is pinned to the same version with the same hashes."""
    runtime, build = pins(RUNTIME), pins(BUILD)
    for name in runtime.keys() & build.keys():
        assert str(runtime[name][0].specifier) == str(build[name][0].specifier), name
        assert sorted(runtime[name][1]) == sorted(build[name][1]), name


def test_the_pins_cover_every_platform_the_release_builds_on() -> None:
    """Qt's wheels for Windows x64, macOS (universal2: arm64 and x86_64) and Linux x86_64 are
    all hashed; the platform-only dependencies keep their markers."""
    runtime = pins(RUNTIME)
    assert len(runtime["pyside6-essentials"][1]) >= 3
    assert len(runtime["shiboken6"][1]) >= 3
    # keyring's backends: Credential Manager through pywin32-ctypes on Windows only, the
    # Secret Service through SecretStorage on Linux only.
    windows_only = runtime["pywin32-ctypes"][0].marker
    assert windows_only is not None
    assert windows_only.evaluate({"sys_platform": "win32"})
    assert not windows_only.evaluate({"sys_platform": "darwin"})
    linux_only = runtime["secretstorage"][0].marker
    assert linux_only is not None
    assert not linux_only.evaluate({"sys_platform": "win32"})


def test_the_refresh_command_writes_both_files_without_an_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "refresh_requirements", ROOT / "scripts" / "refresh_requirements.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    calls: list[list[str]] = []

    class Done:
        returncode = 0

    monkeypatch.setattr(
        module.subprocess, "run", lambda command, **_: calls.append(command) or Done()
    )
    assert module.main(["--upgrade-package", "pyside6-essentials"]) == 0
    runtime_call, build_call = calls
    assert runtime_call[:4] == ["uv", "pip", "compile", "pyproject.toml"]
    assert runtime_call[-2:] == ["--output-file", "requirements/runtime.txt"]
    assert build_call[-2:] == ["--output-file", "requirements/build.txt"]
    assert build_call[3:5] == ["--group", "build"]
    assert "requirements/runtime.txt" in build_call  # resolved under the runtime pins
    for call in calls:
        assert {"--universal", "--generate-hashes"} <= set(call)
        assert "--emit-index-url" not in call
        assert call[call.index("--upgrade-package") + 1] == "pyside6-essentials"
    # The header names the command that regenerates the files.
    assert "scripts/refresh_requirements.py" in RUNTIME.read_text(encoding="utf-8")
