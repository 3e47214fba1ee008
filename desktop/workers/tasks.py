"""Run data work off the GUI thread and bring results back as queued signals.

The work is a plain function that knows nothing of widgets (Orange3's pattern). Each task has
a *key*; starting a task with a key that is already running makes the older one stale, and a
stale task's result is dropped, never delivered over the newer view.

Threads are daemon threads: quitting gives running work a short grace time and then leaves, so
a request stuck on a dead network never keeps the app from closing.

A task that fails with anything but an expected error (:func:`~desktop.workers.bugs.is_expected`)
is a bug: the runner hands it to its :class:`~desktop.workers.bugs.BugReporter` (logged with its
traceback, and shown as a report where the window listens), then still calls the task's error
handler so the view can clean up (busy indicators off, a dialog keeps what was typed).
"""

from __future__ import annotations

import itertools
import logging
import queue
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop.workers.bugs import BugReporter, is_expected

log = logging.getLogger(__name__)

# How long a thread running Python keeps the GIL when another wants it (Python's default is
# 5 ms). PySide6 calls the grid's delegate in Python once per cell, and each call takes the GIL
# back from whichever worker holds it: with 5 ms, a worker decoding a month made each of the 42
# cells wait up to 5 ms, and a crowded month's paint stalled the window 60 ms (median of 10
# fresh processes; 23 ms at 0.5 ms, the bench's row 4). The workers lose a few per cent of
# throughput to the extra switches; the window stays responsive.
GIL_SWITCH_SECONDS = 0.0005

ResultHandler = Callable[[Any], None]
ErrorHandler = Callable[[BaseException], None]


@dataclass
class _Job:
    number: int
    key: str | None
    function: Callable[[], Any]
    on_result: ResultHandler | None
    on_error: ErrorHandler | None


class _Bridge(QObject):
    """Lives in the GUI thread; signals emitted from workers arrive there queued."""

    finished = Signal(object, object, object)  # job, result, error


class TaskRunner(QObject):
    """A small pool of worker threads with keyed, stale-dropping tasks."""

    busyChanged = Signal(bool)  # noqa: N815 (Qt naming)

    def __init__(
        self, threads: int = 4, parent: QObject | None = None, *, bugs: BugReporter | None = None
    ) -> None:
        super().__init__(parent)
        # Workers share the GIL with the GUI thread from now on: hand it over promptly.
        if sys.getswitchinterval() > GIL_SWITCH_SECONDS:
            sys.setswitchinterval(GIL_SWITCH_SECONDS)
        self.bugs = bugs or BugReporter()
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._deliver)
        self._numbers = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._pending = 0
        self._running = 0
        self._running_lock = threading.Lock()
        self._closed = False
        self._threads = [
            threading.Thread(target=self._work, name=f"deptcal-worker-{i}", daemon=True)
            for i in range(threads)
        ]
        for thread in self._threads:
            thread.start()

    def submit(
        self,
        function: Callable[[], Any],
        on_result: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
        *,
        key: str | None = None,
    ) -> int:
        """Run ``function`` on a worker; handlers run on the GUI thread unless stale."""
        if self._closed:
            return 0
        job = _Job(next(self._numbers), key, function, on_result, on_error)
        if key is not None:
            self._latest[key] = job.number
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        self._queue.put(job)
        return job.number

    def is_current(self, key: str, number: int) -> bool:
        return self._latest.get(key) == number

    def forget(self, key: str) -> None:
        """Make every running task with this key stale."""
        self._latest.pop(key, None)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            if job.key is not None and self._latest.get(job.key) != job.number:
                # Stale before it started: skip the request altogether.
                self._bridge.finished.emit(job, None, None)
                continue
            with self._running_lock:
                self._running += 1
            result: Any = None
            error: BaseException | None = None
            try:
                result = job.function()
            except BaseException as exc:
                error = exc
            finally:
                with self._running_lock:
                    self._running -= 1
            if not self._closed:
                self._bridge.finished.emit(job, result, error)

    @Slot(object, object, object)
    def _deliver(self, job: _Job, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busyChanged.emit(False)
        if self._closed:
            return
        bug = error is not None and not is_expected(error)
        if error is not None and bug:
            # Reported even when stale: a bug is a bug whether or not its result is wanted.
            self.bugs.report(error, "a background task")
        if job.key is not None and self._latest.get(job.key) != job.number:
            log.debug("Dropped a stale result for %s", job.key)
            return
        if error is not None:
            if job.on_error is not None:
                job.on_error(error)
            elif not bug:
                log.error("Unhandled error in a background task", exc_info=error)
        elif job.on_result is not None:
            job.on_result(result)

    def close(self, grace_seconds: float = 2.0) -> None:
        """Drop queued work, give running work ``grace_seconds``, then let it go."""
        if self._closed:
            return
        self._closed = True
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        for _ in self._threads:
            self._queue.put(None)
        deadline = time.monotonic() + grace_seconds
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        still = sum(t.is_alive() for t in self._threads)
        if still:
            log.info("Leaving %d request(s) still running at exit", still)
