"""The cache's whole-file check, once per opened cache, when the app is idle.

It reads on a connection of its own without the cache's lock (:mod:`desktop.data.cache_check`),
so it runs on a daemon thread of its own rather than on a worker of the
:class:`~desktop.workers.tasks.TaskRunner`: a cold 5,000,000-event cache takes minutes to read,
and the runner's few workers are for what the user waits on. The thread runs at the lowest
priority the system gives without privileges; closing the cache stops it at once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from desktop.data.cache import Cache

log = logging.getLogger(__name__)


class IdleCheck(QObject):
    """Starts :meth:`Cache.check_if_due` once per cache, after a delay that may only shorten."""

    # (cache, result): True sound, False damaged and replaced, None not due or stopped.
    finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: Cache | None = None
        self._started = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self.worker: threading.Thread | None = None

    def schedule(self, cache: Cache, delay_ms: int) -> None:
        """Check ``cache`` in ``delay_ms`` (or sooner if already planned sooner), once."""
        if self._closed:
            return
        if cache is not self._cache:
            self._cache, self._started = cache, False
            self._timer.stop()
        if self._started:
            return
        if self._timer.isActive() and self._timer.remainingTime() <= delay_ms:
            return
        self._timer.start(delay_ms)

    def close(self) -> None:
        """No check starts any more (the cache's close stops one under way)."""
        self._closed = True
        self._timer.stop()

    def _start(self) -> None:
        cache = self._cache
        if cache is None or self._started or self._closed:
            return
        self._started = True
        self.worker = threading.Thread(
            target=self._run, args=(cache,), name="deptcal-cache-check", daemon=True
        )
        self.worker.start()

    def _run(self, cache: Cache) -> None:
        lower_this_threads_priority()
        result: bool | None = None
        try:
            result = cache.check_if_due()
        except Exception:  # a bug in the check must not end the app; the next start checks
            log.exception("The offline cache's check failed")
        if result is not None:
            log.info("The offline cache's check found it %s", "sound" if result else "damaged")
        if not self._closed:
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self.finished.emit(cache, result)


def lower_this_threads_priority() -> None:
    """The calling thread yields the CPU to every other of the app (best effort)."""
    import ctypes

    try:
        if sys.platform.startswith("linux"):
            # On Linux a thread's nice value is its own (setpriority on its thread id).
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        elif sys.platform == "win32":
            kernel = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
            kernel.SetThreadPriority(kernel.GetCurrentThread(), -15)  # THREAD_PRIORITY_IDLE
        elif sys.platform == "darwin":
            libc = ctypes.CDLL(None)
            libc.pthread_set_qos_class_self_np(0x09, 0)  # QOS_CLASS_BACKGROUND
    except (OSError, AttributeError) as exc:
        log.debug("Could not lower the check's priority: %s", exc)
