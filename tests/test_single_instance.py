"""One window per user: a second start shows the open window instead of opening another."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.single_instance import SingleInstance


def test_a_second_start_brings_the_open_window_forward(tmp_path: Path, qtbot: QtBot) -> None:
    first = SingleInstance(tmp_path)
    assert first.claim() == "owner"
    first.listen()
    asked: list[bool] = []
    first.activated.connect(lambda: asked.append(True))

    assert SingleInstance(tmp_path).claim() == "shown"
    qtbot.waitUntil(lambda: asked == [True])
    first.release()


def test_after_the_window_closes_the_next_start_opens_it(tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.claim() == "owner"
    first.release()
    assert SingleInstance(tmp_path).claim() == "owner"


def test_a_lock_left_by_a_copy_that_crashed_is_taken_over(tmp_path: Path) -> None:
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; from desktop.single_instance import SingleInstance; "
            "from pathlib import Path; "
            "held = SingleInstance(Path(sys.argv[1])); assert held.claim() == 'owner'; os._exit(0)",
            str(tmp_path),
        ],
        check=True,
    )
    assert crashed.returncode == 0
    assert (tmp_path / "window.lock").exists()  # never unlocked
    assert SingleInstance(tmp_path).claim() == "owner"


def test_a_copy_that_has_the_window_but_does_not_answer_is_reported(tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.claim() == "owner"  # and never listens: stuck before its first paint
    assert SingleInstance(tmp_path).claim() == "busy"
    first.release()


def test_a_copy_of_the_cache_is_made_only_while_no_window_is_open(tmp_path: Path) -> None:
    from desktop.single_instance import window_closed

    window = SingleInstance(tmp_path)
    assert window.claim() == "owner"
    with window_closed(tmp_path) as closed:
        assert not closed
    window.release()
    with window_closed(tmp_path) as closed:
        assert closed
        assert SingleInstance(tmp_path).claim() == "busy"  # no window opens meanwhile
    assert SingleInstance(tmp_path).claim() == "owner"
