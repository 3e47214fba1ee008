"""Rows of the results table, the machine they were measured on, and their text rendering."""

from __future__ import annotations

import math
import os
import platform
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Row:
    """One line of the table: a measurement against its baseline, and its budget."""

    id: str
    name: str
    unit: str
    median: float | None
    baseline: float | None = None
    baseline_name: str = ""
    ratio: float | None = None
    budget: str = ""
    passed: bool | None = None  # None: no budget, or budgets not enforced (quick mode)
    note: str = ""
    what_if: str = ""  # measured with these what-if patches (bench/whatif.py), not the app as is
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def ratio(value: float | None, base: float | None) -> float | None:
    if value is None or base is None or not base or math.isnan(value) or math.isnan(base):
        return None
    return value / base


def machine() -> dict[str, Any]:
    """Cores, memory, CPU model, OS and the versions that matter."""
    info: dict[str, Any] = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("MemTotal:"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    try:
        import PySide6
        from PySide6 import QtCore

        info["pyside6"] = PySide6.__version__
        info["qt"] = QtCore.qVersion()
    except ImportError:  # pragma: no cover - the app needs it anyway
        pass
    for name in ("boto3", "botocore", "moto"):
        try:
            module = __import__(name)
            info[name] = getattr(module, "__version__", "?")
        except ImportError:
            info[name] = "missing"
    return info


def _number(value: float | None, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "RU/h":
        return f"{value:.1f} RU/h"
    if unit == "RU":
        return f"{value:.1f} RU"
    if unit == "items":
        return f"{value:,.0f}"
    return f"{value:g} {unit}".strip()


def _result(row: Row) -> str:
    if row.passed is None:
        return "—" if row.budget else ""
    text = "pass" if row.passed else "FAIL"
    return f"({text})" if row.what_if else text


def _median_cell(row: Row) -> str:
    """The median, and the fastest and slowest run where the row has them."""
    if row.median is None:
        return row.note
    spread = row.details.get("spread") or {}
    if "min" in spread and "max" in spread:
        low, high = _number(spread["min"], row.unit), _number(spread["max"], row.unit)
        return f"{_number(row.median, row.unit)} ({low} – {high})"
    return _number(row.median, row.unit)


def table(rows: list[Row], *, markdown: bool = False) -> str:
    """The rows as an aligned text table (or a Markdown table)."""
    header = ["measurement", "median", "baseline", "ratio", "budget", "result"]
    lines: list[list[str]] = []
    for row in rows:
        base = _number(row.baseline, row.details.get("baseline_unit", row.unit))
        if row.baseline_name and row.baseline is not None:
            base = f"{base} ({row.baseline_name})"
        elif row.baseline_name:
            base = row.baseline_name
        lines.append(
            [
                f"{row.name} [what-if: {row.what_if}]" if row.what_if else row.name,
                _median_cell(row),
                base,
                f"{row.ratio:.2f}×" if row.ratio is not None else "—",
                row.budget or "—",
                _result(row),
            ]
        )
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += [
            "| " + " | ".join(cell.replace("|", "\\|") for cell in line) + " |" for line in lines
        ]
        return "\n".join(out)
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    out.append("  ".join("-" * w for w in widths))
    out += ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in lines]
    return "\n".join(out)


def scale_table(rows: list[Row], *, markdown: bool = False) -> str:
    """The scale rows (``scale.…``) as one table: a line per measure, a column per size, each
    cell min / median / max over the fresh processes."""
    scaled = [r for r in rows if r.id.startswith("scale.")]
    if not scaled:
        return ""
    sizes = sorted({r.details["scale"] for r in scaled}, key=lambda s: float(s.rstrip("x")))
    measures = sorted({(r.details["order"], r.details["measure"], r.budget) for r in scaled})
    cells = {(r.details["measure"], r.details["scale"]): r for r in scaled}
    header = ["measure (min / median / max)", "budget", *sizes]
    lines = []
    for _order, measure, budget in measures:
        line = [measure, budget or "—"]
        for size in sizes:
            row = cells.get((measure, size))
            if row is None:
                line.append("—")
            elif "min" in row.details:
                line.append(
                    " / ".join(
                        _number(v, row.unit)
                        for v in (row.details["min"], row.median, row.details["max"])
                    )
                )
            else:
                line.append(_number(row.median, row.unit))
            if row is not None and row.passed is not None:
                line[-1] += " pass" if row.passed else " FAIL"
        lines.append(line)
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(out + ["| " + " | ".join(line) + " |" for line in lines])
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True))
        for line in [header, *lines]
    )


def markdown(results: dict[str, Any]) -> str:
    """The results JSON as BENCHMARKS.md shows it: the table, then the machine."""
    every = [Row(**row) for row in results["rows"]]
    rows = [row for row in every if not row.id.startswith("scale.")]
    info = results.get("machine", {})
    machine_line = ", ".join(
        f"{key} {info[key]}"
        for key in ("cpu", "cores", "memory_gb", "python", "pyside6", "qt", "boto3", "moto")
        if key in info
    )
    scaled = scale_table(every, markdown=True)
    scaled = f"\n\nThe scale table:\n\n{scaled}" if scaled else ""
    return f"{table(rows, markdown=True)}{scaled}\n\n{machine_line}\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.report RESULTS.json``: print the results as Markdown."""
    import json
    import sys

    paths = argv if argv is not None else sys.argv[1:]
    if len(paths) != 1:
        print("usage: python -m bench.report RESULTS.json", file=sys.stderr)
        return 2
    print(markdown(json.loads(Path(paths[0]).read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
