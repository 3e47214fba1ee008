"""The installer build's files: build.spec's decisions, the icons, the installer definitions and
the release workflow. The PyInstaller build itself runs in .ci/run (it takes a while)."""

from __future__ import annotations

import ast
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
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
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


def test_spec_makes_a_mac_app_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    made = run_spec(monkeypatch, "darwin")["made"]
    bundle = made["BUNDLE"].kwargs
    assert bundle["name"] == "Department Calendar.app"
    assert bundle["bundle_identifier"] == "org.deptcal.DepartmentCalendar"
    assert Path(bundle["icon"]).name == "deptcal.icns"
    plist = bundle["info_plist"]
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSBackgroundOnly"] is False  # a Dock icon, despite the console program
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


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_spec_builds_the_console_admin_program_into_the_same_folder(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    spec = run_spec(monkeypatch, platform)
    window, admin = spec["exes"]["deptcal"], spec["exes"]["deptcal-admin"]
    assert window["console"] is False
    assert admin["console"] is True
    assert admin["exclude_binaries"] is True
    # One analysis and one archive: the second program adds only its bootloader.
    assert admin["version"] is None or platform == "win32"
    collect = spec["made"]["COLLECT"]
    programs = [arg for arg in collect.args if type(arg).__name__ == "EXE"]
    assert [program.kwargs["name"] for program in programs] == ["deptcal", "deptcal-admin"]
    assert programs[0].args[0] is programs[1].args[0]  # the same PYZ
    assert programs[0].args[1] is programs[1].args[1]  # the same scripts (desktop.app:main)


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
    assert check_build.admin_program(Path("dist/deptcal/deptcal.exe")) == Path(
        "dist/deptcal/deptcal-admin.exe"
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


def test_the_workflow_builds_on_every_os_and_checks_the_frozen_app() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    build = workflow["jobs"]["build"]
    runners = {entry["os"] for entry in build["strategy"]["matrix"]["include"]}
    assert {"windows-latest", "macos-14", "ubuntu-latest"} <= runners
    assert any(runner.startswith("macos") and "intel" in runner for runner in runners)
    commands = "\n".join(step.get("run", "") for step in build["steps"])
    assert "uv sync" in commands
    assert "uv run pyinstaller" in commands
    assert "resources/packaging/check_build.py" in commands
    assert "resources/packaging/deptcal.iss" in commands
    assert "resources/packaging/dmg_settings.py" in commands
    signing = [step for step in build["steps"] if "CERTIFICATE != ''" in str(step.get("if", ""))]
    assert len(signing) >= 3


def _actionlint() -> str | None:
    beside_python = Path(sys.executable).parent / "actionlint"
    for candidate in (shutil.which("actionlint"), beside_python, beside_python.with_suffix(".exe")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    return None


@pytest.mark.skipif(_actionlint() is None, reason="actionlint is not installed")
def test_actionlint_finds_nothing_in_the_workflow() -> None:
    done = subprocess.run(
        [str(_actionlint()), str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr


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
