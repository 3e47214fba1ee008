"""1. Start-up and 8. the installed app: separate processes, spawned and timed by the harness.

Each run is a new process (``python -m bench.probe …``) in a prepared home: the app's settings
name the department to show, and its SQLite cache (in the per-user data folder, where the app
looks for it) holds every event of the calendar, as on a computer that has used the app for a
while. The network is there (the moto endpoint), but the probe stops at the first paint of the
cached month, before any answer could arrive.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.report import Row, median, ratio

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "deptcal" / "deptcal"


def child_env(home: Path, url: str) -> dict[str, str]:
    """A clean environment: temp home and XDG folders, fake keys, the bench endpoint."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "XDG_", "QT_")) and key not in ("PYTHONPATH",)
    }
    home.mkdir(parents=True, exist_ok=True)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(
        {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_RUNTIME_DIR": str(runtime),
            "QT_QPA_PLATFORM": "offscreen",
            "AWS_ACCESS_KEY_ID": "bench",
            "AWS_SECRET_ACCESS_KEY": "bench",
            "AWS_REGION": "ap-northeast-2",
            "AWS_DEFAULT_REGION": "ap-northeast-2",
            "AWS_ENDPOINT_URL_DYNAMODB": url,
            "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_CONFIG_FILE": str(home / "aws-config"),
            "AWS_SHARED_CREDENTIALS_FILE": str(home / "aws-credentials"),
            "PYTHONPATH": str(ROOT),
            "PYTHONDONTWRITEBYTECODE": "",
        }
    )
    env.pop("PYTHONDONTWRITEBYTECODE")
    return env


def run_probe(mode: str, env: dict[str, str], *args: str, timeout: float = 60) -> dict[str, Any]:
    """Spawn the probe; its marks as seconds after the spawn."""
    import json

    command = [sys.executable, "-m", "bench.probe", mode, *args]
    spawned = time.monotonic()
    done = subprocess.run(
        command,
        env=env,
        cwd=env["HOME"],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(
            f"probe {mode} printed no marks (exit {done.returncode}):\n{done.stderr[-3000:]}"
        )
    raw = json.loads(line[len("BENCH ") :])
    marks: dict[str, Any] = {key: value - spawned for key, value in raw["t"].items()}
    marks.update(raw["info"])
    return marks


def source_copy(workdir: Path) -> Path:
    """The app's package and resources copied without ``__pycache__``, for a start-up without
    ``.pyc`` files (as from a read-only source install that was not byte-compiled)."""
    copy = workdir / "no-pyc"
    if not copy.exists():
        copy.mkdir(parents=True)
        shutil.copytree(
            ROOT / "desktop", copy / "desktop", ignore=shutil.ignore_patterns("__pycache__")
        )
        (copy / "resources").symlink_to(ROOT / "resources")
    return copy


def no_pyc_env(env: dict[str, str], copy: Path) -> dict[str, str]:
    """``env`` running the app from ``copy``, never writing bytecode."""
    return {
        **env,
        "PYTHONPATH": os.pathsep.join([str(copy), env["PYTHONPATH"]]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def prepare_home(home: Path, url: str, cache_template: Path, department_id: str) -> dict[str, str]:
    """A home whose app shows ``department_id`` and has the full cache."""
    import json

    env = child_env(home, url)
    done = subprocess.run(
        [sys.executable, "-m", "bench.probe", "paths"],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("BENCH "))
    paths = json.loads(line[len("BENCH ") :])["info"]
    cache = Path(paths["cache"])
    cache.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cache_template, cache)
    settings_file = Path(paths["settings"])
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings

    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue("view/department", department_id)
    settings.sync()
    return env


# The types no month grid built on QTableView can do without: the view and its delegate, the
# model, the painter and its font, and the enums they take (``Qt``, ``QStyle``, ``QEvent``).
MINIMAL_GRID_TYPES = [
    "QtCore.Qt",
    "QtCore.QEvent",
    "QtCore.QAbstractTableModel",
    "QtCore.QModelIndex",
    "QtGui.QColor",
    "QtGui.QFont",
    "QtGui.QPainter",
    "QtGui.QStaticText",
    "QtWidgets.QHeaderView",
    "QtWidgets.QStyle",
    "QtWidgets.QStyleOptionViewItem",
    "QtWidgets.QStyledItemDelegate",
    "QtWidgets.QTableView",
]


def qt_names(modules: list[str]) -> list[str]:
    """The PySide6 names (``QtWidgets.QLabel``…) imported at the top level of ``modules``."""
    import ast

    names: set[str] = set()
    for module in modules:
        path = ROOT.joinpath(*module.split(".")).with_suffix(".py")
        if not path.exists():
            path = ROOT.joinpath(*module.split("."), "__init__.py")
        if not path.exists():
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                module_name = (node.module or "").removeprefix("PySide6.")
                names.update(f"{module_name}.{alias.name}" for alias in node.names)
    return sorted(names)


def measure_startup(
    homes: dict[str, dict[str, str]], runs: int, *, workdir: Path | None = None
) -> dict[str, Any]:
    """``runs`` rounds of: the bare window, the two Qt floors, then the app in each prepared home
    (interleaved, so a slow moment of the machine hits every kind alike). One unmeasured
    round first; it also tells which modules the app loads before its first paint.

    With ``workdir``, each round also runs the app in the last home timing its own imports
    (``imports``: see ``bench.probe``) and from a copy of its source without ``.pyc`` files
    (``no_pyc``)."""
    any_env = next(iter(homes.values()))
    last_env = list(homes.values())[-1]
    results: dict[str, Any] = {"bare": [], "floor": [], "floor_minimal": []}
    results.update({name: [] for name in homes})
    extra: dict[str, dict[str, str]] = {}
    if workdir is not None:
        extra = {
            "imports": {**last_env, "BENCH_IMPORT_TIMES": "1"},
            "no_pyc": no_pyc_env(last_env, source_copy(workdir)),
        }
        results.update({name: [] for name in extra})
    names: list[str] = []
    for round_ in range(runs + 1):
        bare = run_probe("bare", any_env)
        floor = run_probe("floor", any_env, *names) if names else None
        minimal = run_probe("floor", any_env, *MINIMAL_GRID_TYPES)
        apps = {name: run_probe("app", env) for name, env in homes.items()}
        apps.update({name: run_probe("app", env) for name, env in extra.items()})
        if round_ == 0:
            # Warm-up: the OS's file cache, Python's bytecode cache.
            names = qt_names(next(iter(apps.values())).get("modules", []))
            results["floor_names"] = names
            continue
        results["bare"].append(bare)
        if floor is not None:
            results["floor"].append(floor)
        results["floor_minimal"].append(minimal)
        for name, marks in apps.items():
            results[name].append(marks)
    return results


def measure_installed(env: dict[str, str], runs: int, workdir: Path) -> dict[str, Any]:
    """The PyInstaller bundle, if built: its size, and its first paint beside the source's.

    The bundle cannot be instrumented from outside, so both are timed the same way: with
    ``--screenshot``, the app saves a PNG 800 ms after the month is shown and prints
    ``Saved …``; the time to that line minus 800 ms is an upper bound of the first paint.
    """
    if not FROZEN.exists():
        return {"built": False}
    bundle = FROZEN.parent
    # Symbolic links (PyInstaller links Qt's libraries) count once, as `du` counts them.
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    commands = {
        "installed": [str(FROZEN)],
        "source": [sys.executable, "-m", "desktop"],
    }
    timings: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, command in commands.items():
            shot = workdir / f"{name}-{round_}.png"
            seconds = _time_to_saved([*command, "--screenshot", str(shot)], env)
            if round_ and seconds is not None:
                timings[name].append(seconds - 0.8)
    return {"built": True, "bytes": size, "seconds": timings}


def _time_to_saved(command: list[str], env: dict[str, str]) -> float | None:
    spawned = time.monotonic()
    process = subprocess.Popen(
        command, env=env, cwd=env["HOME"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert process.stdout is not None
    found = None
    for raw in process.stdout:
        if raw.startswith(b"Saved "):
            found = time.monotonic() - spawned
            break
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return found


IMPORTS_BUDGET_MS = 60.0  # the app's own imports on the GUI thread before its first paint


def spread(values: list[float]) -> dict[str, float]:
    """min/median/max of ``values`` (fresh processes), for a row's details and its cell."""
    return {"min": min(values), "median": median(values), "max": max(values)} if values else {}


def imports_and_no_pyc_rows(raw: dict[str, Any], enforce: bool) -> list[Row]:
    """The app's own imports before the first paint, and start-up without ``.pyc`` files."""
    rows = []
    imports = [m["app_imports_us"] / 1000 for m in raw.get("imports", []) if "app_imports_us" in m]
    if imports:
        value = median(imports)
        modules: dict[str, list[float]] = {}
        for marks in raw["imports"]:
            for name, ms in marks.get("app_imports", {}).items():
                modules.setdefault(name, []).append(ms)
        rows.append(
            Row(
                id="startup.imports",
                name="1. the app's own imports on the GUI thread before the first paint (typical)",
                unit="ms",
                median=value,
                budget=f"≤ {IMPORTS_BUDGET_MS:g} ms",
                passed=(value <= IMPORTS_BUDGET_MS) if enforce else None,
                details={
                    "runs_ms": imports,
                    "spread": spread(imports),
                    "cpu_runs_ms": [m.get("app_imports_cpu_us", 0) / 1000 for m in raw["imports"]],
                    # Inside the runs: PySide6 making the enum types of the Qt classes touched.
                    "qt_enum_types_runs_ms": [
                        m.get("app_imports_enums_us", 0) / 1000 for m in raw["imports"]
                    ],
                    "modules_median_ms": {k: median(v) for k, v in sorted(modules.items())},
                },
            )
        )
    less_enums = [
        (m["app_imports_us"] - m["app_imports_enums_us"]) / 1000
        for m in raw.get("imports", [])
        if "app_imports_us" in m and "app_imports_enums_us" in m
    ]
    if less_enums:
        rows.append(
            Row(
                id="startup.imports.less_qt_enums",
                name=(
                    "1. the same imports less PySide6 making the enum types of the Qt classes "
                    "they touch (the Qt namespace alone: 94 types)"
                ),
                unit="ms",
                median=median(less_enums),
                details={"runs_ms": less_enums, "spread": spread(less_enums)},
            )
        )
    no_pyc = [m["painted"] * 1000 for m in raw.get("no_pyc", []) if "painted" in m]
    typical = [m["painted"] * 1000 for m in raw.get("typical", []) if "painted" in m]
    if no_pyc and typical:
        rows.append(
            Row(
                id="startup.typical.no_pyc",
                name="1. start-up without the app's .pyc files (typical; source not byte-compiled)",
                unit="ms",
                median=median(no_pyc),
                baseline=median(typical),
                baseline_name="the same with them",
                ratio=ratio(median(no_pyc), median(typical)),
                details={"runs_ms": no_pyc, "spread": spread(no_pyc)},
            )
        )
    return rows
