"""The cold switch's honest floor, its fair baseline, and the reads counted at the window.

- :func:`fair_client` is a bare boto3 client that skips botocore's item parsing the way the app
  does (the Query pages' ``Items`` taken out of the body with ``json.loads``): a baseline that
  parses every attribute with botocore's shape walk is slower than the app's own Query, so the
  app would look better than it is.
- :func:`plain_grid_paint_seconds` paints the same month's texts with a plain ``QPainter`` on a
  grid of 7 × 6 cells (no app code): with a bare Query before it, the floor no window can beat.
- :func:`window_reads` drives a real window through a navigation sequence (open, next, next,
  previous, today, F5, overlays ticked, another department) and counts every item the store
  read (prefetches and refreshes included) against the items of the months it showed.
"""

from __future__ import annotations

import time
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from bench.report import Row, median, ratio
from desktop.domain.calendar import grid_days, month_end


def fair_client(url: str) -> Any:
    """A bare client whose Query pages hand ``Items`` over as DynamoDB JSON, unparsed."""
    import json

    from bench.scenarios import bare_client

    client = bare_client(url)

    def take_items(
        response_dict: dict[str, Any], customized_response_dict: dict[str, Any], **_: Any
    ) -> None:
        if response_dict.get("status_code") != 200:
            return
        body = json.loads(response_dict["body"])
        items = body.pop("Items", None)
        if isinstance(items, list):
            customized_response_dict["Items"] = items
            response_dict["body"] = json.dumps(body).encode()

    client.meta.events.register("before-parse.dynamodb.Query", take_items)
    return client


def fair_query(client: Any, department_id: str, month: date) -> tuple[float, list[Any]]:
    """Seconds for a paginated Query of the month on :func:`fair_client`; the raw items."""
    t0 = time.perf_counter()
    items: list[Any] = []
    for page in client.get_paginator("query").paginate(
        TableName="events",
        IndexName="department-date-index",
        KeyConditionExpression="#d = :d AND #e BETWEEN :a AND :b",
        ExpressionAttributeNames={"#d": "department_id", "#e": "event_date"},
        ExpressionAttributeValues={
            ":d": {"S": department_id},
            ":a": {"S": month.isoformat()},
            ":b": {"S": month_end(month).isoformat()},
        },
    ):
        items.extend(page["Items"])
    return time.perf_counter() - t0, items


def plain_grid_paint_seconds(items: list[Any], month: date, width: int, height: int) -> float:
    """A plain QPainter paint of the month's texts (day numbers, each event's time and title,
    elided to its cell, as many lines as fit) into a ``width`` × ``height`` image."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics, QImage, QPainter

    by_day: dict[str, list[str]] = {}
    for item in items:
        day = item.get("event_date", {}).get("S", "")
        text = f"{item.get('time', {}).get('S', '')} {item.get('title', {}).get('S', '')}"
        by_day.setdefault(day, []).append(text.strip())
    days = grid_days(month, 7)
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    t0 = time.perf_counter()
    painter = QPainter(image)
    metrics = QFontMetrics(painter.font())
    line = metrics.height()
    cell_w, cell_h = width // 7, height // 6
    for index, day in enumerate(days):
        x, y = (index % 7) * cell_w, (index // 7) * cell_h
        painter.drawRect(QRect(x, y, cell_w, cell_h))
        painter.drawText(x + 3, y + line, str(day.day))
        top = y + 2 * line
        for text in by_day.get(day.isoformat(), []):
            if top > y + cell_h - 2:
                break
            painter.drawText(
                x + 3, top, metrics.elidedText(text, Qt.TextElideMode.ElideRight, cell_w - 6)
            )
            top += line
    painter.end()
    return time.perf_counter() - t0


# --- reads counted at the window --------------------------------------------------------------


def _shown_items(harness: Any) -> int:
    months = harness.window.months
    return sum(len(months.memory.events(d, months.month)) for d in months._shown())


def window_reads(ctx: dict[str, Any]) -> dict[str, Any]:
    """Items read by a real window over a navigation sequence, against the items shown."""
    from bench import gui

    today = date.fromisoformat(ctx["today"])
    overlays = list(ctx["overlays"])
    cases = {"typical": (ctx["typical"], overlays[1:3]), "busy": (ctx["busy"], overlays[:4])}
    result: dict[str, Any] = {}
    for name, (department, ticked) in cases.items():
        harness = gui.build_window(
            ctx["url"],
            Path(ctx["workdir"]) / f"window-reads-{name}",
            department=department,
            today=today,
            start=False,
        )
        window = harness.window
        other = ctx["typical"] if department != ctx["typical"] else overlays[0]
        steps: list[tuple[str, Any]] = [
            ("open", window.start),
            ("next", partial(window.step_month, 1)),
            ("next", partial(window.step_month, 1)),
            ("previous", partial(window.step_month, -1)),
            ("today", window.go_today),
            ("F5", window.refresh),
            ("overlays", partial(_tick_overlays, window, ticked)),
            ("department", partial(_choose, window, other)),
        ]
        log: list[dict[str, Any]] = []
        for step, action in steps:
            mark = harness.meter.mark()
            action()
            gui.run_until(partial(_store_open, harness.service))
            harness.settle(quiet=0.3)
            pages = harness.meter.since(mark)
            log.append(
                {
                    "step": step,
                    "month": f"{window.month:%Y-%m}",
                    "items_read": sum(p.items for p in pages if p.table == "events"),
                    "queries": sum(1 for p in pages if p.table == "events"),
                    "items_shown": _shown_items(harness),
                }
            )
        harness.close()
        read = sum(s["items_read"] for s in log)
        shown = sum(s["items_shown"] for s in log)
        # The steps that read anything: what a navigation that goes to the table reads.
        reading = [s for s in log if s["items_read"]]
        result[name] = {
            "steps": log,
            "items_read": read,
            "items_shown": shown,
            "reading_steps_ratio": (
                sum(s["items_read"] for s in reading)
                / max(1, sum(s["items_shown"] for s in reading))
            ),
        }
    return result


def _tick_overlays(window: Any, ids: list[str]) -> None:
    window.departments_panel.set_overlays(set(ids))
    window.loader.overlays_changed()


def _choose(window: Any, department_id: str) -> None:
    """What a click on another department in the list does."""
    window.departments_panel.select(department_id)
    window.loader.department_changed(department_id)


def _store_open(service: Any) -> bool:
    return service.store is not None


# --- the rows ---------------------------------------------------------------------------------


def _ms(values: list[float]) -> list[float]:
    return [v * 1000 for v in values]


def cold_rows(name: str, kind: str, group: dict[str, Any], app_ms: float) -> list[Row]:
    """The app against a bare Query parsing items as it does, and the plain QPainter floor."""
    fair, plain = _ms(group.get("fair_bare_seconds", [])), _ms(group.get("plain_paint_seconds", []))
    if not fair or not plain:
        return []
    base = median(fair)
    floor = base + median(plain)
    return [
        Row(
            id=f"cold.{name}.fair",
            name=f"3. cold month switch ({kind}) against a bare Query with the app's parsing",
            unit="ms",
            median=app_ms,
            baseline=base,
            baseline_name="bare Query, items as JSON (no botocore item parsing)",
            ratio=ratio(app_ms, base),
            budget="≤ 1.5× (localhost), ≤ 1.15× (--latency-ms 20)",
            details={"fair_bare_ms": fair, "min": min(fair), "max": max(fair)},
        ),
        Row(
            id=f"cold.{name}.floor.plain",
            name=f"3. cold switch floor ({kind}): bare Query + a plain QPainter grid",
            unit="ms",
            median=floor,
            baseline=base,
            baseline_name="bare Query, items as JSON (no botocore item parsing)",
            ratio=ratio(floor, base),
            details={"plain_paint_ms": plain, "app_vs_floor": ratio(app_ms, floor)},
        ),
    ]


def window_reads_rows(raw: dict[str, Any], enforce: bool) -> list[Row]:
    """Items a real window read over open, next, next, previous, today, F5, overlays ticked and
    another department, prefetches and refreshes included, against the items it showed."""
    rows = []
    for name, case in raw.items():
        read, shown = float(case["items_read"]), float(case["items_shown"])
        kind = "crowded" if name == "busy" else "typical"
        rows.append(
            Row(
                id=f"reads.window.{name}",
                name=f"5. items read at the window, a navigation sequence ({kind})",
                unit="items",
                median=read,
                baseline=shown,
                baseline_name="items of the months shown, step by step",
                ratio=ratio(read, shown),
                details={**case, "baseline_unit": "items"},
            )
        )
    return rows
