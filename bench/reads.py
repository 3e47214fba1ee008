"""5. Reads: what showing one month reads, against what is in it, and what a Scan reads instead.

The app finds a month with one Query of ``department-date-index`` per department: a key
condition on the department and a date range, no filter. Every item it reads is an item it
shows, so ``ScannedCount == Count == items in the month`` (the budget: exactly 1.0).

The web application finds events with a Scan of the whole table and a filter: DynamoDB reads
(and bills) every item of the table to return the few that match.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from bench.data import connection
from bench.meter import ReadMeter, read_units
from desktop.data.store import DynamoStore
from desktop.domain.calendar import add_months, month_end


def reads(ctx: dict[str, Any]) -> dict[str, Any]:
    store = DynamoStore(connection(ctx["url"]))
    store.connect()
    meter = ReadMeter()
    meter.attach(store.client)
    today = date.fromisoformat(ctx["today"]).replace(day=1)
    cases = {
        "busy": (ctx["busy"], today),
        "typical": (ctx["typical"], add_months(today, -3)),
    }
    result: dict[str, Any] = {}
    for name, (department_id, month) in cases.items():
        expected = int(ctx["months"].get(f"{department_id}|{month:%Y-%m}", [0, 0])[0])
        expected_bytes = int(ctx["months"].get(f"{department_id}|{month:%Y-%m}", [0, 0])[1])
        mark = meter.mark()
        before = store.consumed_read_units
        batch = store.events_between(department_id, month, month_end(month))
        pages = meter.since(mark)
        result[name] = {
            "month": f"{month:%Y-%m}",
            "items_in_month": expected,
            "items_read": batch.items_read,
            "events": len(batch.events),
            "scanned_count": sum(p.scanned for p in pages),
            "count": sum(p.items for p in pages),
            "pages": len(pages),
            "bytes": sum(p.size for p in pages),
            "expected_bytes": expected_bytes,
            "units": sum(p.units for p in pages),
            "moto_reported_units": store.consumed_read_units - before,
        }

    # The web app's way: a Scan of the table with a filter, for the same answer.
    department_id, month = cases["busy"]
    scanned = count = pages_read = 0
    t0 = time.perf_counter()
    paginator = store.client.get_paginator("scan")
    for page in paginator.paginate(
        TableName="events",
        FilterExpression="#d = :d AND #e BETWEEN :a AND :b",
        ExpressionAttributeNames={"#d": "department_id", "#e": "event_date"},
        ExpressionAttributeValues={
            ":d": {"S": department_id},
            ":a": {"S": month.isoformat()},
            ":b": {"S": month_end(month).isoformat()},
        },
        ReturnConsumedCapacity="TOTAL",
    ):
        scanned += int(page["ScannedCount"])
        count += int(page["Count"])
        pages_read += 1
    table_bytes = int(ctx["table_bytes"])
    result["scan"] = {
        "month": f"{month:%Y-%m}",
        "scanned_count": scanned,
        "count": count,
        "pages": pages_read,
        "seconds": time.perf_counter() - t0,
        # Every scanned item is billed: the whole table, in 1 MB pages.
        "units": _scan_units(table_bytes, pages_read),
        "table_items": int(ctx["table_items"]),
        "table_bytes": table_bytes,
    }
    return result


def _scan_units(table_bytes: int, pages: int) -> float:
    """The table's size in read units, as ``pages`` pages of about equal size."""
    if pages <= 1:
        return read_units(table_bytes)
    per_page = table_bytes / pages
    return sum(read_units(int(per_page)) for _ in range(pages))
