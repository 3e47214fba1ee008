"""``python -m bench.child SCENARIO CONTEXT_JSON RESULT_JSON``: one measurement in a fresh process.

Each in-process scenario gets a process of its own, so that one cannot warm or clutter
another (caches, the Python heap, Qt's font and glyph caches, worker threads).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _scenarios() -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
    from bench import reads, scale, scenarios, switch, views

    return {
        "warm": scenarios.warm_switch,
        "cold": scenarios.cold_switch,
        "responsive": scenarios.responsiveness,
        "capacity": scenarios.capacity,
        "memory": scenarios.memory,
        "reads": reads.reads,
        "window-reads": switch.window_reads,
        "scale": scale.scenario,
        "view-switch": views.view_switch,
        "agenda-scroll": views.agenda_scroll,
        "view-reads": views.view_reads,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    name, context_path, result_path = argv
    context = json.loads(Path(context_path).read_text(encoding="utf-8"))
    import logging

    logging.basicConfig(level=logging.WARNING)
    if context.get("what_if"):
        from bench import whatif

        whatif.apply(context["what_if"])
    result = _scenarios()[name](context)
    Path(result_path).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    # Leave at once: worker threads may still hold idle connections; nothing else to do.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
