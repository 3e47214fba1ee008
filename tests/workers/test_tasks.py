"""Work runs off the GUI thread; stale results are dropped; quitting never hangs."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from desktop.workers.tasks import TaskRunner


def test_results_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner(threads=2)
    threads: list[threading.Thread] = []
    results: list[int] = []

    def work() -> int:
        threads.append(threading.current_thread())
        return 42

    def done(value: int) -> None:
        threads.append(threading.current_thread())
        results.append(value)

    runner.submit(work, done)
    qtbot.waitUntil(lambda: results == [42])
    assert threads[0] is not threading.main_thread()
    assert threads[1] is threading.main_thread()
    runner.close()


def test_errors_arrive_as_errors(qtbot: QtBot) -> None:
    runner = TaskRunner(threads=1)
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("boom")

    runner.submit(fail, None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    runner.close()


def test_a_newer_task_with_the_same_key_makes_the_older_stale(qtbot: QtBot) -> None:
    runner = TaskRunner(threads=2)
    release = threading.Event()
    delivered: list[str] = []

    def slow() -> str:
        release.wait(5)
        return "old"

    runner.submit(slow, delivered.append, key="month")
    runner.submit(lambda: "new", delivered.append, key="month")
    qtbot.waitUntil(lambda: delivered == ["new"])
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert delivered == ["new"]
    runner.close()


def test_busy_signal(qtbot: QtBot) -> None:
    runner = TaskRunner(threads=1)
    states: list[bool] = []
    runner.busyChanged.connect(states.append)
    runner.submit(lambda: None)
    qtbot.waitUntil(lambda: states == [True, False])
    runner.close()


def test_close_gives_running_work_a_short_grace_then_leaves() -> None:
    runner = TaskRunner(threads=1)
    stuck = threading.Event()
    runner.submit(lambda: stuck.wait(30))
    started = time.monotonic()
    runner.close(grace_seconds=0.2)
    assert time.monotonic() - started < 2
    stuck.set()
