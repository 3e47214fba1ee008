"""``python -m bench.server`` as a child process, seen from the harness.

The server prints one JSON line once its data is loaded (its URL and how long loading took)
and stops when its stdin closes. :class:`ServerProcess` starts it with the arguments given and
waits for that line; the full run (``bench.__main__``) and the scale table (``bench.scale``)
both use it.
"""

from __future__ import annotations

import json
import subprocess
import sys


class ServerProcess:
    """``python -m bench.server ARGS…`` started in ``env``'s home; ``failure`` is said when it
    prints nothing."""

    def __init__(self, args: list[str], env: dict[str, str], failure: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.server", *args],
            env=env,
            cwd=env["HOME"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            self.process.wait(timeout=10)
            raise RuntimeError(failure)
        started = json.loads(line)
        self.url: str = started["url"]
        self.load_seconds: float = started["load_seconds"]

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
