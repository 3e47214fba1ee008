"""Writes paced to the table's write capacity, so a long series is not throttled.

A table provisioned with 10 write units a second takes 10 writes of an item up to 1 KB a
second; more are throttled (and retried, and throttled again, and the other clients of the
table with them). The outbox sends one change at a time; :class:`Pace` says how long to wait
before the next one, as a token bucket filled at the table's rate and holding one second of
it: a 260-item series on a 10-unit table takes about 26 seconds, and a single edit goes at once.

The rate comes from DescribeTable once per connection (:func:`write_rate`): a provisioned
table's ``WriteCapacityUnits``; an on-demand table (``PAY_PER_REQUEST``) has no such number
and takes thousands of writes a second, but a desktop client has no reason to compete with the
web app for them, so it takes :data:`ON_DEMAND_WRITES_PER_SECOND`.

Never imports Qt: the service waits with a timer between sends.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

# An on-demand table: as many writes a second as the guide's provisioned tables take, 2.5
# times over (a new on-demand table serves 4,000 a second at once; this keeps a 260-item
# series near ten seconds while never making other clients wait).
ON_DEMAND_WRITES_PER_SECOND = 25.0
# A table whose capacity cannot be read (DescribeTable denied, an old endpoint): the guide's.
UNKNOWN_WRITES_PER_SECOND = 10.0
# One write unit is an item of up to 1 KB.
WRITE_UNIT_BYTES = 1024


def write_rate(described: Mapping[str, Any]) -> float:
    """Writes a second for a table as DescribeTable describes it (``Table``)."""
    billing = described.get("BillingModeSummary") or {}
    if billing.get("BillingMode") == "PAY_PER_REQUEST":
        return ON_DEMAND_WRITES_PER_SECOND
    throughput = described.get("ProvisionedThroughput") or {}
    units = throughput.get("WriteCapacityUnits")
    if isinstance(units, int | float) and units > 0:
        return float(units)
    # Provisioned 0 is how DescribeTable shows on-demand tables without a billing summary.
    return ON_DEMAND_WRITES_PER_SECOND if units == 0 else UNKNOWN_WRITES_PER_SECOND


def write_units(size: int) -> int:
    """The write units a write of an item of ``size`` bytes costs."""
    return max(1, math.ceil(size / WRITE_UNIT_BYTES))


class Pace:
    """A token bucket of write units: ``delay()`` before a send, ``spend(units)`` for it.

    Thread-safe (the rate is set on a worker, sends are planned on the GUI thread). ``clock``
    is monotonic seconds (tests drive it).
    """

    def __init__(
        self, rate: float | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self.rate: float | None = None
        self._tokens = 0.0
        self._at = clock()
        if rate is not None:
            self.set_rate(rate)

    def set_rate(self, rate: float) -> None:
        """The table's writes a second (the bucket starts full: one second of them)."""
        with self._lock:
            self.rate = max(0.1, rate)
            self._tokens = self.rate
            self._at = self._clock()

    def _fill(self) -> float:
        rate = self.rate or UNKNOWN_WRITES_PER_SECOND
        now = self._clock()
        self._tokens = min(rate, self._tokens + (now - self._at) * rate)
        self._at = now
        return rate

    def delay(self) -> float:
        """Seconds to wait before the next write may go (0: now)."""
        with self._lock:
            if self.rate is None:
                return 0.0  # not known yet: the first send reads it
            rate = self._fill()
            return 0.0 if self._tokens >= 1.0 - 1e-6 else (1.0 - self._tokens) / rate

    def spend(self, units: float = 1.0) -> None:
        """A write went (or is going): its units leave the bucket (it may go below zero)."""
        with self._lock:
            if self.rate is None:
                return
            self._fill()
            self._tokens -= units
