"""The cycle collector kept out of a big month's arrival.

Reading a month of thousands of items allocates hundreds of thousands of small containers
(the pages' JSON, the events, the grid's entries). Python's cycle collector counts those
allocations and, every so often, runs a *full* pass over every tracked object of the process
while holding the GIL: 40-80 ms in which no thread runs and the window does not paint. The
month's objects form no cycles (plain dicts, lists, frozen dataclasses): reference counting
frees them, so the collector's passes over them find nothing.

:func:`collector_paused` suspends the automatic collector while a worker reads or arranges a
month; when the last such worker finishes, everything alive is moved to the permanent
generation (:func:`gc.freeze`) and the collector resumes: later passes no longer walk the
month's objects (reference counting still frees them when the month is dropped). The cost is
that cyclic garbage made during such a read is never collected; none is expected, and the
amount is bounded by what one read allocates.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    """How many blocks hold the collector paused, and whether it ran before the first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.holders = 0
        self.was_enabled = False


_PAUSE = _Pause()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cycle collection while the block runs (in any thread); nests and overlaps
    across threads: the collector resumes when the last block ends, as it was before."""
    pause = _PAUSE
    with pause.lock:
        if pause.holders == 0:
            pause.was_enabled = gc.isenabled()
            gc.disable()
        pause.holders += 1
    try:
        yield
    finally:
        with pause.lock:
            pause.holders -= 1
            if pause.holders == 0 and pause.was_enabled:
                gc.freeze()
                gc.enable()
