"""Read capacity as DynamoDB would bill it, measured from the pages a client receives.

moto answers ``ReturnConsumedCapacity`` with a flat figure per request (it does not look at
item sizes), so the harness computes read units itself, the way DynamoDB documents them:

- a Query (or Scan) page costs the sum of the sizes of the items it *read*, rounded up to the
  next 4 KB, one unit per 4 KB for a strongly consistent read and half a unit for an
  eventually consistent one (every read of a global secondary index is eventually
  consistent); a page that reads nothing still costs the minimum, half a unit;
- an item's size is the UTF-8 length of its attribute names plus its values.

For a Query without a filter the items read are the items returned, so the page's items give
the exact figure. For a Scan with a filter the items read are every item the page scanned; the
harness takes their sizes from the ground truth of the generated data (see :mod:`bench.reads`).
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import Any

from bench.data import raw_item_size

UNIT_BYTES = 4096


def read_units(size: int, *, consistent: bool = False) -> float:
    """Units for one page that read ``size`` bytes."""
    units = max(1, math.ceil(size / UNIT_BYTES))
    return float(units) if consistent else units / 2


@dataclass
class PageRecord:
    operation: str
    table: str
    index: str
    department_id: str
    start: str  # the ``:a`` bound of a date range, "" otherwise
    end: str  # the ``:b`` bound
    items: int
    scanned: int
    size: int
    units: float  # computed from the item sizes
    reported_units: float  # what the endpoint said (moto: a flat figure)
    thread: str
    continued: bool = False  # a later page of the same Query (it carried ExclusiveStartKey)
    at: float = 0.0  # time.monotonic() when the page arrived


class ReadMeter:
    """Follows every Query and Scan of one boto3 client (register once, read any time)."""

    def __init__(self, *, sizes: bool = True) -> None:
        self._lock = threading.Lock()
        self._sizes = sizes  # False: count pages and items only (no work on the workers)
        self.pages: list[PageRecord] = []

    def attach(self, client: Any) -> None:
        events = client.meta.events
        for operation in ("Query", "Scan"):
            events.register(
                f"before-parameter-build.dynamodb.{operation}",
                self._remember_params,
                unique_id=f"bench-meter-params-{operation}",
            )
            events.register(
                f"after-call.dynamodb.{operation}",
                self._count,
                unique_id=f"bench-meter-count-{operation}",
            )

    @staticmethod
    def _remember_params(params: dict[str, Any], context: dict[str, Any], **_: Any) -> None:
        context["bench_params"] = dict(params)

    def _count(self, parsed: dict[str, Any], model: Any, context: dict[str, Any], **_: Any) -> None:
        if "Error" in parsed:
            return
        params = context.get("bench_params", {})
        values = params.get("ExpressionAttributeValues", {})
        items = parsed.get("Items", [])
        size = sum(raw_item_size(item) for item in items) if self._sizes else 0
        consumed = parsed.get("ConsumedCapacity") or {}
        record = PageRecord(
            operation=model.name,
            table=str(params.get("TableName", "")),
            index=str(params.get("IndexName", "")),
            department_id=str(values.get(":d", {}).get("S", "")),
            start=str(values.get(":a", {}).get("S", "")),
            end=str(values.get(":b", {}).get("S", "")),
            items=int(parsed.get("Count", len(items))),
            scanned=int(parsed.get("ScannedCount", len(items))),
            size=size,
            units=read_units(size, consistent=bool(params.get("ConsistentRead"))),
            reported_units=float(consumed.get("CapacityUnits") or 0.0),
            thread=threading.current_thread().name,
            continued="ExclusiveStartKey" in params,
            at=time.monotonic(),
        )
        with self._lock:
            self.pages.append(record)

    def mark(self) -> int:
        with self._lock:
            return len(self.pages)

    def since(self, mark: int) -> list[PageRecord]:
        with self._lock:
            return list(self.pages[mark:])
