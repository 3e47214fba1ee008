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
    exe = made["EXE"].kwargs
    assert exe["name"] == "deptcal"
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
    assert made["EXE"].kwargs["strip"] is False  # it would break the signatures
    assert Path(made["EXE"].kwargs["icon"]).name == "deptcal.icns"


def test_spec_gives_the_windows_program_its_version(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = run_spec(monkeypatch, "win32")
    assert Path(spec["made"]["EXE"].kwargs["icon"]).name == "deptcal.ico"
    info = spec["made"]["EXE"].kwargs["version"]
    fixed = info.kwargs["ffi"]
    numbers = tuple(int(n) for n in __version__.split(".")[:3])
    assert fixed.kwargs["filevers"][:3] == numbers
    strings = dict(spec["strings"])
    assert strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "deptcal.exe"


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


def test_the_windows_installer_is_per_user_and_upgrades_in_place() -> None:
    script = (PACKAGING / "deptcal.iss").read_text(encoding="utf-8")
    setup = dict(
        line.split("=", 1)
        for line in script.split("[Setup]", 1)[1].split("\n[", 1)[0].splitlines()
        if "=" in line and not line.startswith((";", "#"))
    )
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\{#AppName}"
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "#ifndef AppVersion" in script
    assert r'Source: "{#BuildDir}\*"' in script
    assert r"{autoprograms}\{#AppName}" in script  # the Start menu entry
    assert '#define BuildDir "..\\..\\dist\\deptcal"' in script  # PyInstaller's output


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


def _check_build() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("check_build", PACKAGING / "check_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
