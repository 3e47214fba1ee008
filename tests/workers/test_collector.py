"""A big month's read runs without the cycle collector's passes, and leaves it as it was."""

from __future__ import annotations

import gc
import threading

from desktop.workers.collector import collector_paused


def test_no_collection_while_a_month_is_read_and_the_collector_resumes_after() -> None:
    collections: list[int] = []

    def noted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(noted)
    try:
        assert gc.isenabled()
        with collector_paused():
            garbage = [[str(i)] for i in range(200_000)]  # far past every threshold
            assert not gc.isenabled()
        assert collections == []
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(garbage)  # later passes do not walk the month
        del garbage
    finally:
        gc.callbacks.remove(noted)
        gc.unfreeze()


def test_overlapping_reads_on_two_threads_resume_the_collector_once_both_end() -> None:
    inside, release = threading.Event(), threading.Event()

    def other_read() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other_read)
    try:
        thread.start()
        assert inside.wait(10)
        with collector_paused():
            pass
        assert not gc.isenabled()  # the other read still runs
        release.set()
        thread.join(10)
        assert gc.isenabled()
    finally:
        release.set()
        gc.unfreeze()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
