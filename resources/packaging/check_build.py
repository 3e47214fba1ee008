"""Check a frozen build: run its ``--self-test`` against a local DynamoDB and read the report.

Used by ``.ci/run`` and the release workflow after ``uv run pyinstaller build.spec``::

    uv run python resources/packaging/check_build.py                 # dist/deptcal/deptcal
    uv run python resources/packaging/check_build.py --platform xcb  # a real X server (Xvfb)
    uv run python resources/packaging/check_build.py --secret-service
    uv run python resources/packaging/check_build.py --compare-with-source 7

It starts moto's DynamoDB on 127.0.0.1 (a free port) in this process, creates the tables with
the app's own ``create_tables`` and writes one department and one event this month, then runs
the app with fake credentials pointed at it. The build passes when the report says ``ok``, the
calendar came from the endpoint (not offline), the department and the event are shown and the
app is frozen. A missing hidden import, botocore model, Qt plugin or resource fails here.

First it runs the program that prints the admin commands' output: on Windows the console
program beside the app, ``deptcal-admin.exe`` (``--version`` and ``--help`` must print and exit
0, and without a command it must print its help and exit 2); on macOS and Linux the app itself,
which prints to the terminal (``--version`` and ``--help``).

``--platform`` runs the window on a real platform plugin instead of ``offscreen`` (``xcb``
under ``xvfb-run`` on Linux, ``windows``, ``cocoa``). ``--secret-service`` (Linux) runs the app
in its own D-Bus session with an unlocked GNOME Keyring and requires the Secret Service
backend. ``--compare-with-source N`` times N runs of the frozen app and of the source
(``python -m desktop``) side by side and prints the medians of the time to the first painted
month. moto is a development dependency: this runs from the project's environment.

``--bundle-contents`` checks the built folder instead, without running it: the licence texts
are in it (the app's LICENSE, the third-party notices, Qt's notice and the LGPL and GPL texts,
each the same as the repository's) and the folder takes at most 150 MB (150 × 1024 × 1024
bytes, counted as ``du`` does: the disk blocks of each file once).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_SECONDS = 120
BUDGET_BYTES = 150 * 1024 * 1024
# The licence texts every build ships in its licenses/ folder, and their sources.
LICENSE_FILES = {
    "LICENSE": ROOT / "LICENSE",
    **{
        name: ROOT / "resources" / "licenses" / name
        for name in ("THIRD-PARTY-NOTICES.txt", "Qt-NOTICE.txt", "LGPL-3.0.txt", "GPL-3.0.txt")
    },
}


def default_app() -> Path:
    if sys.platform == "darwin":
        return ROOT / "dist" / "Department Calendar.app" / "Contents" / "MacOS" / "deptcal"
    return ROOT / "dist" / "deptcal" / ("deptcal.exe" if sys.platform == "win32" else "deptcal")


def bundle_folder(app: Path) -> Path:
    """The folder a build ships: dist/deptcal, or the macOS .app around its executable."""
    for parent in app.parents:
        if parent.suffix == ".app":
            return parent
    return app.parent


def disk_usage(folder: Path) -> int:
    """Bytes on disk, as ``du`` counts them: each file's blocks (its size where the system has
    no block count), a hard-linked file once, links as links."""
    total = 0
    seen: set[tuple[int, int]] = set()
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        blocks = getattr(info, "st_blocks", None)
        total += blocks * 512 if blocks is not None else info.st_size
    return total


def bundle_problems(folder: Path, budget: int = BUDGET_BYTES) -> list[str]:
    """What is wrong with a built folder: licence texts missing or stale, or too big."""
    if not folder.is_dir():
        return [f"{folder} is not a folder: build it with `uv run pyinstaller build.spec`"]
    found: list[str] = []
    licenses = [p for p in folder.rglob("licenses") if (p / "LICENSE").is_file()]
    if not licenses:
        found.append("no licenses/ folder with LICENSE in the bundle")
    for name, source in LICENSE_FILES.items():
        shipped = [p / name for p in licenses if (p / name).is_file()]
        if not shipped and licenses:
            found.append(f"licenses/{name} is missing")
        elif shipped and shipped[0].read_bytes() != source.read_bytes():
            found.append(f"licenses/{name} differs from {source.relative_to(ROOT)}")
    used = disk_usage(folder)
    if used > budget:
        found.append(
            f"the bundle takes {used / 2**20:.1f} MB, over the budget of {budget / 2**20:.0f} MB "
            f"({used - budget:,} bytes too many): cut something (build.spec) before adding"
        )
    return found


def check_bundle(folder: Path) -> int:
    problems = bundle_problems(folder)
    if problems:
        print("The bundle is not ready to ship: " + "; ".join(problems), file=sys.stderr)
        return 1
    used = disk_usage(folder)
    print(
        f"The bundle holds the licence texts and takes {used / 2**20:.1f} MB "
        f"(budget {BUDGET_BYTES / 2**20:.0f} MB)."
    )
    return 0


@contextmanager
def local_dynamodb() -> Iterator[str]:
    """moto's DynamoDB with the app's tables, one department and one event today."""
    import logging

    sys.path.insert(0, str(ROOT))
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    for name, value in fake_aws_environment("").items():
        os.environ.setdefault(name, value)  # moto signs with these; they are fake and local

    from moto.server import ThreadedMotoServer

    from desktop.data.config import ConnectionSettings
    from desktop.data.store import DynamoStore
    from desktop.domain.models import Event, new_id

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        url = f"http://{host}:{port}"
        store = DynamoStore(ConnectionSettings(endpoint_url=url))
        store.create_tables(poll_seconds=0.05)
        department = store.create_department("개발팀", "check_build")
        store.create_event(Event(new_id(), department.id, date.today(), "check_build event"))
        yield url
    finally:
        server.stop()


def fake_aws_environment(endpoint: str) -> dict[str, str]:
    values = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "ap-northeast-2",
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    if endpoint:
        values["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint
    return values


def app_environment(endpoint: str, home: Path, platform: str | None) -> dict[str, str]:
    """The process environment: fake keys, the local endpoint, and (Linux) a scratch profile."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "QT_QPA"))}
    env.pop("DEPARTMENTS_TABLE", None)
    env.pop("EVENTS_TABLE", None)
    env.update(fake_aws_environment(endpoint))
    if sys.platform.startswith("linux"):
        # Settings, cache and logs go to a scratch folder, never the machine's user's.
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(home / name.lower())
    env["QT_QPA_PLATFORM"] = platform or "offscreen"
    return env


def run_self_test(
    command: list[str], endpoint: str, *, platform: str | None, secret_service: bool
) -> tuple[int, dict[str, Any] | None, str]:
    """Run ``command --self-test`` once; (exit code, the report, stderr)."""
    with tempfile.TemporaryDirectory(prefix="deptcal-check-") as scratch:
        home = Path(scratch)
        report_file = home / "report.json"
        argv = [*command, "--self-test", "--self-test-report", str(report_file)]
        if platform == "xcb" and sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
            argv = ["xvfb-run", "-a", *argv]
        if secret_service:
            script = (
                "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
                'exec "$@"'
            )
            argv = ["dbus-run-session", "--", "sh", "-c", script, "sh", *argv]
        env = app_environment(endpoint, home, platform)
        if secret_service:
            runtime = home / "runtime"
            runtime.mkdir(mode=0o700)
            env["XDG_RUNTIME_DIR"] = str(runtime)
        done = subprocess.run(
            argv, env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
        )
        report = None
        if report_file.exists():
            report = json.loads(report_file.read_text(encoding="utf-8"))
        return done.returncode, report, done.stderr


def admin_program(app: Path, platform: str = sys.platform) -> Path:
    """The program that runs the admin commands: ``deptcal-admin.exe`` beside ``app`` on
    Windows (the app itself is windowed there), the app itself elsewhere."""
    if platform == "win32":
        return app.with_name("deptcal-admin" + app.suffix)
    return app


def check_admin(admin: Path, version: str) -> list[str]:
    """What is wrong with the admin program's output and exit codes (nothing: [])."""
    if not admin.exists():
        return [f"{admin} does not exist"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    name = admin.stem
    expected = {
        ("--version",): (0, f"{name} {version}"),
        ("--help",): (0, f"usage: {name}"),
    }
    if name == "deptcal-admin":
        expected[()] = (2, "usage: deptcal-admin")  # no command: the help, not a window
    found = []
    for arguments, (code, start) in expected.items():
        done = subprocess.run(
            [str(admin), *arguments],
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
        shown = " ".join([name, *arguments])
        if done.returncode != code:
            found.append(f"{shown}: exit code {done.returncode}, not {code}")
        if not done.stdout.startswith(start):
            found.append(f"{shown} printed {done.stdout[:80]!r}, not {start!r}…")
    return found


def problems_in(code: int, report: dict[str, Any] | None, *, secret_service: bool) -> list[str]:
    if report is None:
        return [f"no report (exit code {code})"]
    found = list(report.get("failures") or [])
    if code != 0:
        found.append(f"exit code {code}")
    if report.get("offline"):
        found.append("the app was offline: the local endpoint was not reached")
    if report.get("departments", 0) < 1 or report.get("month_events", 0) < 1:
        found.append("the seeded department and event were not shown")
    if not report.get("frozen"):
        found.append("this is not a frozen app")
    if secret_service and "SecretService" not in str(report.get("keyring")):
        found.append(f"the Secret Service was not used (keyring: {report.get('keyring')})")
    return found


def compare_with_source(app: Path, endpoint: str, runs: int) -> int:
    """Median time to the first painted month, frozen vs. source, runs interleaved."""
    commands = {"frozen": [str(app)], "source": [sys.executable, "-m", "desktop"]}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            code, report, stderr = run_self_test(
                command, endpoint, platform=None, secret_service=False
            )
            if code != 0 or report is None or report.get("startup_seconds") is None:
                print(f"{name}: the self-test failed (exit code {code})\n{stderr}")
                return 1
            times[name].append(float(report["startup_seconds"]))
    frozen, source = statistics.median(times["frozen"]), statistics.median(times["source"])
    for name, values in times.items():
        shown = ", ".join(f"{v:.3f}" for v in values)
        print(f"{name}: median {statistics.median(values):.3f} s to the first month ({shown})")
    print(f"frozen / source: {frozen / source:.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", nargs="?", type=Path, default=default_app(), help="the executable")
    parser.add_argument("--platform", help="Qt platform plugin instead of offscreen (xcb, …)")
    parser.add_argument(
        "--secret-service", action="store_true", help="require the Secret Service (Linux)"
    )
    parser.add_argument("--compare-with-source", type=int, metavar="N", default=0)
    parser.add_argument(
        "--bundle-contents",
        action="store_true",
        help="check the licence texts and the 150 MB budget of the built folder (no run)",
    )
    args = parser.parse_args(argv)
    if not args.app.exists():
        print(f"{args.app} does not exist: build it with `uv run pyinstaller build.spec`")
        return 2
    if args.bundle_contents:
        return check_bundle(bundle_folder(args.app))
    for tool in (["xvfb-run"] if args.platform == "xcb" else []) + (
        ["dbus-run-session", "gnome-keyring-daemon"] if args.secret_service else []
    ):
        if sys.platform.startswith("linux") and shutil.which(tool) is None:
            print(f"{tool} is not installed")
            return 2

    if not args.compare_with_source:
        sys.path.insert(0, str(ROOT))
        from desktop import __version__

        problems = check_admin(admin_program(args.app), __version__)
        if problems:
            print("The admin program failed: " + "; ".join(problems), file=sys.stderr)
            return 1
        print(f"The admin program answers: {admin_program(args.app).name} --version, --help.")

    with local_dynamodb() as endpoint:
        if args.compare_with_source:
            return compare_with_source(args.app, endpoint, args.compare_with_source)
        code, report, stderr = run_self_test(
            [str(args.app)], endpoint, platform=args.platform, secret_service=args.secret_service
        )
    print(json.dumps(report) if report is not None else "(no report)")
    problems = problems_in(code, report, secret_service=args.secret_service)
    if problems:
        if stderr.strip():
            print(stderr.strip(), file=sys.stderr)
        print("The frozen app failed its self-test: " + "; ".join(problems), file=sys.stderr)
        return 1
    kind = f"platform {args.platform}" if args.platform else "offscreen"
    print(f"The frozen app passed its self-test ({kind}, keyring {report['keyring']}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
