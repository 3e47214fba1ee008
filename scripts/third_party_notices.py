"""Write resources/licenses/THIRD-PARTY-NOTICES.txt from the app's runtime dependencies.

    uv run python scripts/third_party_notices.py           # rewrite the notices
    uv run python scripts/third_party_notices.py --check   # fail if they would change

Run it again after refreshing the pinned requirements (a new or updated dependency changes
its notice); tests/test_licenses.py fails when a shipped distribution has none.

What it does, all in a throwaway folder:

1. The runtime requirements, pinned and hashed: ``requirements/runtime.txt`` where it exists
   (the release installs exactly that), else the lock's runtime part (``uv export --no-dev``).
2. A fresh virtual environment with only those installed (``--require-hashes``): no
   development tools, no test dependencies, not the app itself.
3. The distributions only Windows or macOS install (pywin32-ctypes for keyring on Windows)
   into a second environment for their platform (``--python-platform``), so one notices file
   covers every build.
4. pip-licenses (in an environment of its own: it is not a runtime dependency) reads each
   distribution's licence, URL, licence file and NOTICE file; a distribution whose wheel
   carries no licence file gets the standard text of its licence (:data:`STANDARD_TEXTS`).

Qt's own terms are not in the wheels: resources/licenses/Qt-NOTICE.txt, LGPL-3.0.txt and
GPL-3.0.txt are written by hand and kept beside the generated file.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ROOT / "resources" / "licenses"
NOTICES = LICENSES / "THIRD-PARTY-NOTICES.txt"
RUNTIME_REQUIREMENTS = ROOT / "requirements" / "runtime.txt"
PIP_LICENSES = "pip-licenses>=5,<6"
OTHER_PLATFORMS = ("windows", "macos")
MACOS_TARGET = "14.0"  # Qt 6.12's wheels are for macOS 14 and newer
RULE = "-" * 78

# Standard texts for a distribution whose wheel carries no licence file, by the licence
# pip-licenses reports (from the metadata). The texts of licences with a copyright line
# (MIT, BSD) cannot be made up: such a distribution must be added here with its own.
STANDARD_TEXTS = {
    "Apache Software License": LICENSES / "Apache-2.0.txt",
    "Apache-2.0": LICENSES / "Apache-2.0.txt",
    "Apache License 2.0": LICENSES / "Apache-2.0.txt",
    "GNU Lesser General Public License v3 (LGPLv3)": LICENSES / "LGPL-3.0.txt",
    "LGPL-3.0-only": LICENSES / "LGPL-3.0.txt",
    "LGPLv3": LICENSES / "LGPL-3.0.txt",
}
# Qt for Python's wheels carry no licence file; their terms are Qt's (Qt-NOTICE.txt).
QT_DISTRIBUTIONS = {"pyside6-essentials", "shiboken6"}
QT_TEXT = (
    "Qt for Python is used under the GNU Lesser General Public License v3. See Qt-NOTICE.txt "
    "(where its source is, and how to replace the Qt libraries of this app) and LGPL-3.0.txt "
    "and GPL-3.0.txt (the licence's full text) in this folder."
)

HEADER = """\
Department Calendar: third-party software
========================================

Department Calendar (MIT licence, see LICENSE) ships the Python distributions listed below,
each under its own licence. Qt and Qt for Python (PySide6, shiboken6) are used under the GNU
LGPL v3: see Qt-NOTICE.txt, LGPL-3.0.txt and GPL-3.0.txt beside this file.

This file is generated from the app's runtime dependencies by
scripts/third_party_notices.py; do not edit it by hand.
"""


@dataclass(frozen=True)
class Notice:
    name: str
    version: str
    license: str
    url: str
    text: str
    notice: str
    platforms: str  # "" on every platform, else e.g. "Windows"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def run(*command: str | Path, **kwargs: object) -> str:
    done = subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, check=False, **kwargs
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, command))} failed:\n{done.stderr.strip()}")
    return done.stdout


def uv() -> str:
    found = shutil.which("uv")
    if found is None:
        raise SystemExit("uv is not installed: https://docs.astral.sh/uv/")
    return found


def interpreter() -> str:
    """The Python the environments are made with: UV_PYTHON, else this one."""
    return os.environ.get("UV_PYTHON") or sys.executable


def runtime_requirements(folder: Path) -> Path:
    """The pinned, hashed runtime requirements: the release's file, or the lock's."""
    if RUNTIME_REQUIREMENTS.exists():
        return RUNTIME_REQUIREMENTS
    exported = folder / "runtime.txt"
    text = run(
        uv(),
        "export",
        "--frozen",
        "--no-dev",
        "--no-emit-project",
        "--format",
        "requirements-txt",
        "--quiet",
        cwd=ROOT,
    )
    exported.write_text(text, encoding="utf-8")
    return exported


def requirement_entries(path: Path) -> dict[str, str]:
    """Each requirement of a pinned file (continuation lines joined), by canonical name."""
    entries: dict[str, str] = {}
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    for line in text.splitlines():
        requirement = line.split(" #", 1)[0].strip()
        match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
        if match:
            entries[canonical(match.group(0))] = requirement
    return entries


def environment(folder: Path, name: str) -> Path:
    """A new virtual environment; returns its Python."""
    path = folder / name
    run(uv(), "venv", "--quiet", "--python", interpreter(), path)
    return path / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def install(python: Path, requirements: Path, *extra: str) -> None:
    run(
        uv(),
        "pip",
        "install",
        "--quiet",
        "--python",
        python,
        "--require-hashes",
        "-r",
        requirements,
        *extra,
    )


def installed_names(python: Path) -> set[str]:
    listed = json.loads(run(uv(), "pip", "list", "--python", python, "--format", "json"))
    return {canonical(entry["name"]) for entry in listed}


def other_platform_only(requirements: Path, here: set[str]) -> dict[str, list[str]]:
    """The distributions Windows or macOS installs and this platform does not: name →
    platforms (uv's names: windows, macos)."""
    found: dict[str, list[str]] = {}
    for platform in OTHER_PLATFORMS:
        resolved = run(
            uv(),
            "pip",
            "compile",
            "--quiet",
            "--no-header",
            "--no-annotate",
            "--python",
            interpreter(),
            "--python-platform",
            platform,
            requirements,
            env={**os.environ, "MACOSX_DEPLOYMENT_TARGET": MACOS_TARGET},
        )
        for line in resolved.splitlines():
            name = canonical(line.split("==", 1)[0].strip())
            if line.strip() and not line.startswith("#") and name not in here:
                found.setdefault(name, []).append(platform)
    return found


def read_licenses(tool: Path, python: Path) -> list[dict[str, str]]:
    pip_licenses = tool.parent / ("pip-licenses.exe" if sys.platform == "win32" else "pip-licenses")
    output = run(
        pip_licenses,
        "--python",
        python,
        "--format",
        "json",
        "--from",
        "mixed",
        "--with-urls",
        "--with-license-file",
        "--with-notice-file",
        "--no-license-path",
    )
    return list(json.loads(output))


# Run by an environment's own Python: every licence file its distributions declare
# (``License-File``). pip-licenses gives the first one only; cryptography, for one, keeps its
# two licences' texts in LICENSE.APACHE and LICENSE.BSD beside a LICENSE that names them.
_LICENSE_FILES = """
import json, sys
from importlib import metadata
found = {}
for dist in metadata.distributions():
    files = []
    for name in dist.metadata.get_all("License-File") or []:
        for candidate in (f"licenses/{name}", name):
            text = dist.read_text(candidate)
            if text is not None:
                files.append([name, text])
                break
    found[dist.metadata["Name"]] = files
json.dump(found, sys.stdout)
"""


def license_files(python: Path) -> dict[str, list[tuple[str, str]]]:
    """Each distribution's declared licence files (name, text), by canonical name."""
    found = json.loads(run(python, "-c", _LICENSE_FILES))
    return {canonical(name): [(f, t) for f, t in files] for name, files in found.items()}


def full_text(first: str, notice: str, declared: list[tuple[str, str]]) -> str:
    """pip-licenses' licence text, then the other declared licence files (not the NOTICE)."""
    seen = {first.strip(), notice.strip()}
    parts = [first.strip()]
    for name, text in declared:
        if text.strip() and text.strip() not in seen:
            seen.add(text.strip())
            parts += [f"--- {name} ---", text.strip()]
    return "\n\n".join(parts)


def standard_text(name: str, license_name: str) -> str:
    if canonical(name) in QT_DISTRIBUTIONS:
        return QT_TEXT
    for part in re.split(r";\s*|\s+OR\s+", license_name):
        path = STANDARD_TEXTS.get(part.strip())
        if path is not None:
            return path.read_text(encoding="utf-8")
    raise SystemExit(
        f"{name}: its wheel has no licence file and {license_name!r} has no standard text in "
        "STANDARD_TEXTS; add one (with the project's own copyright line where the licence has "
        "one)"
    )


def collect() -> list[Notice]:
    with tempfile.TemporaryDirectory(prefix="deptcal-notices-") as scratch:
        folder = Path(scratch)
        requirements = runtime_requirements(folder)
        runtime = environment(folder, "runtime")
        install(runtime, requirements)
        here = installed_names(runtime)
        others = other_platform_only(requirements, here)
        tool = environment(folder, "tool")
        run(uv(), "pip", "install", "--quiet", "--python", tool, PIP_LICENSES)
        rows = [(row, "") for row in read_licenses(tool, runtime)]
        declared = license_files(runtime)
        if others:
            # Their wheels unpacked into an environment of this platform: pip-licenses reads
            # only their metadata and licence files.
            entries = requirement_entries(requirements)
            other = environment(folder, "other-platforms")
            for platform in OTHER_PLATFORMS:
                wanted = [name for name, where in others.items() if platform in where]
                if wanted:
                    part = folder / f"{platform}.txt"
                    part.write_text("\n".join(entries[name] for name in wanted) + "\n")
                    install(other, part, "--no-deps", "--python-platform", platform)
            labels = {"windows": "Windows", "macos": "macOS"}
            rows += [
                (row, ", ".join(labels[p] for p in others[canonical(row["Name"])]))
                for row in read_licenses(tool, other)
                if canonical(row["Name"]) in others
            ]
            declared.update(license_files(other))
    notices = []
    for row, platforms in rows:
        name = row["Name"]
        text = row.get("LicenseText", "UNKNOWN")
        if text in ("", "UNKNOWN"):
            text = standard_text(name, row.get("License", ""))
        notice = row.get("NoticeText", "UNKNOWN")
        notice = "" if notice in ("", "UNKNOWN") else notice
        text = full_text(text, notice, declared.get(canonical(name), []))
        notices.append(
            Notice(
                name=name,
                version=row["Version"],
                license=row.get("License", "UNKNOWN"),
                url=row.get("URL", "UNKNOWN"),
                text=text.strip(),
                notice=notice.strip(),
                platforms=platforms,
            )
        )
    return sorted(notices, key=lambda n: canonical(n.name))


def render(notices: list[Notice]) -> str:
    lines = [HEADER, "Contents", ""]
    lines += [f"  {n.name} {n.version}  ({n.license})" for n in notices]
    for n in notices:
        lines += ["", RULE, f"{n.name} {n.version}", f"License: {n.license}"]
        if n.url not in ("", "UNKNOWN"):
            lines.append(f"URL: {n.url}")
        if n.platforms:
            lines.append(f"Shipped on: {n.platforms} only")
        lines += [RULE, "", n.text]
        if n.notice:
            lines += ["", "NOTICE:", "", n.notice]
    # Plain text, LF line ends (the licence files of some wheels have CRLF).
    text = "\n".join(lines).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file would change")
    parser.add_argument("--output", type=Path, default=NOTICES)
    args = parser.parse_args(argv)
    text = render(collect())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run scripts/third_party_notices.py")
            return 1
        print(f"{args.output} is up to date.")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8", newline="\n")
    print(f"Wrote {args.output.relative_to(ROOT)} ({len(text) // 1024} KB).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
