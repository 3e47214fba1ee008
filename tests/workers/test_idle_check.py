"""The idle check starts once per cache, at the earliest time asked, on a thread of its own."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.workers.idle_check import IdleCheck


class FakeCache:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.threads: list[threading.Thread] = []

    def check_if_due(self) -> bool:
        self.calls.append("check")
        self.threads.append(threading.current_thread())
        return True


def test_it_starts_once_per_cache_at_the_earliest_time_asked(qtbot: QtBot) -> None:
    idle = IdleCheck()
    results: list[tuple[Any, Any]] = []
    idle.finished.connect(lambda cache, result: results.append((cache, result)))
    first = FakeCache()

    idle.schedule(first, 3_600_000)  # the fallback
    idle.schedule(first, 0)  # the network answered: sooner
    qtbot.waitUntil(lambda: len(results) == 1)
    idle.schedule(first, 0)  # later answers start nothing more
    assert not idle._timer.isActive()
    assert results == [(first, True)]
    assert first.calls == ["check"]
    assert first.threads[0] is not threading.main_thread()

    second = FakeCache()  # another source's cache: checked too
    idle.schedule(second, 0)
    qtbot.waitUntil(lambda: len(results) == 2)
    assert results[1] == (second, True)
    assert first.calls == ["check"]


def test_nothing_starts_after_close(qtbot: QtBot) -> None:
    idle = IdleCheck()
    cache = FakeCache()
    idle.schedule(cache, 3_600_000)
    idle.close()
    idle.schedule(cache, 0)
    assert idle.worker is None and not idle._timer.isActive()
