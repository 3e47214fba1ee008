"""Work runs off the GUI thread; stale results are dropped; quitting never hangs."""

from __future__ import annotations

import sys
import threading
import time

from pytestqt.qtbot import QtBot

from desktop.data.errors import StoreError
from desktop.workers.bugs import Bug, BugReporter
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


def test_a_bug_in_a_task_is_reported_and_the_error_handler_still_cleans_up(qtbot: QtBot) -> None:
    bugs = BugReporter()
    heard: list[Bug] = []
    bugs.subscribe(heard.append)
    runner = TaskRunner(threads=1, bugs=bugs)
    errors: list[BaseException] = []

    def fail() -> None:
        raise KeyError("department_id")

    runner.submit(fail, None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert [type(b.error) for b in heard] == [KeyError]
    assert heard[0].error is errors[0]
    assert heard[0].where == "a background task"
    runner.close()


def test_an_expected_error_in_a_task_is_no_bug(qtbot: QtBot) -> None:
    runner = TaskRunner(threads=1)
    heard: list[Bug] = []
    runner.bugs.subscribe(heard.append)
    errors: list[BaseException] = []

    def fail() -> None:
        raise StoreError("The table said no.", code="Refused")

    runner.submit(fail, None, errors.append)
    runner.submit(lambda: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    qtbot.waitUntil(lambda: bool(errors) and not runner.busy)
    assert str(errors[0]) == "The table said no."
    assert heard == []
    runner.close()


def test_a_bug_in_a_task_without_an_error_handler_or_gone_stale_is_reported(
    qtbot: QtBot,
) -> None:
    runner = TaskRunner(threads=1)
    heard: list[Bug] = []
    runner.bugs.subscribe(heard.append)
    started, release = threading.Event(), threading.Event()

    def fail_later() -> None:
        started.set()
        release.wait(5)
        raise KeyError("stale")

    runner.submit(fail_later, key="month")
    assert started.wait(5)
    runner.forget("month")
    release.set()
    runner.submit(lambda: {}["unhandled"])
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert sorted(str(b.error) for b in heard) == ["'stale'", "'unhandled'"]
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


def test_workers_hand_the_gil_back_to_the_window_within_half_a_millisecond(qtbot: QtBot) -> None:
    """The grid's delegate runs in Python once per cell: each cell waits for the GIL."""
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)  # Python's default
        runner = TaskRunner()
        assert sys.getswitchinterval() <= 0.0005
        runner.close()
    finally:
        sys.setswitchinterval(before)
