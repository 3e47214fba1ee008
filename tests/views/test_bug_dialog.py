"""Unexpected errors become a copyable report, never a vanished window."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.gui import LaterStart
from desktop.views import bug_dialog
from desktop.views.bug_dialog import BugDialogs
from desktop.workers.bugs import HIDDEN, BugReporter

# The offscreen platform says so of every shown QMessageBox.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaDmFwLW5vcnRoZWFzdC0yIkcwRQIhAKx9Example+Token="


def raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:
        return caught


@pytest.fixture
def dialogs(qtbot: QtBot) -> Iterator[BugDialogs]:
    dialogs = BugDialogs(BugReporter())
    yield dialogs
    if dialogs.current is not None:
        dialogs.current.close()
    dialogs.stop()


def test_report_has_versions_and_traceback() -> None:
    try:
        raise ValueError("boom")
    except ValueError as error:
        text = bug_dialog.report_text(type(error), error, error.__traceback__)
    assert text.startswith("Department Calendar ")
    assert "ValueError: boom" in text
    assert "test_report_has_versions_and_traceback" in text


def test_the_report_never_holds_the_keyring_secret_access_keys_or_tokens(
    dialogs: BugDialogs, qtbot: QtBot
) -> None:
    keyring_secret = "the keyring's secret value"
    dialogs.bugs.hide(keyring_secret)
    error = raised(KeyError(f"{keyring_secret} {ACCESS_KEY_ID} {SECRET} {SESSION_TOKEN}"))
    dialogs.bugs.report(error, "a background task")
    qtbot.waitUntil(lambda: dialogs.current is not None)
    assert dialogs.current is not None
    report = dialogs.current.detailedText()
    assert "KeyError" in report
    for secret in (keyring_secret, ACCESS_KEY_ID, SECRET, SESSION_TOKEN):
        assert secret not in report
    assert report.count(HIDDEN) == 4


def test_a_bug_opens_a_dialog_that_does_not_block(dialogs: BugDialogs, qtbot: QtBot) -> None:
    dialogs.bugs.report(raised(RuntimeError("unexpected")), "the window")
    box = dialogs.current
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)  # open(), not exec(): this line runs with the box shown
    assert "RuntimeError: unexpected" in box.detailedText()
    assert "unexpected problem" in box.text()
    box.close()
    qtbot.waitUntil(lambda: dialogs.current is None)


def test_a_bug_on_another_thread_opens_the_dialog_on_the_gui_thread(
    dialogs: BugDialogs, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(threading, "excepthook", dialogs.bugs.thread_hook)

    def work() -> None:
        raise KeyError("in a thread")

    thread = threading.Thread(target=work, name="deptcal-test-thread")
    thread.start()
    thread.join(5)
    qtbot.waitUntil(lambda: dialogs.current is not None)
    assert dialogs.current is not None
    assert "KeyError: 'in a thread'" in dialogs.current.detailedText()


def test_a_slot_that_raises_opens_the_dialog(dialogs: BugDialogs, qtbot: QtBot) -> None:
    error = raised(AttributeError("no such thing"))
    dialogs.bugs.excepthook(type(error), error, error.__traceback__)
    assert dialogs.current is not None
    assert "AttributeError: no such thing" in dialogs.current.detailedText()


def test_a_repeated_bug_is_shown_once_and_reports_never_pile_up(
    dialogs: BugDialogs, qtbot: QtBot
) -> None:
    def fail(key: str) -> BaseException:
        return raised(KeyError(key))

    dialogs.bugs.report(fail("first"), "a background task")
    first = dialogs.current
    assert first is not None
    dialogs.bugs.report(raised(TypeError("second")), "a background task")
    assert dialogs.current is first  # one report at a time
    first.close()
    qtbot.waitUntil(lambda: dialogs.current is None)
    dialogs.bugs.report(fail("again"), "a background task")  # the same line: already shown
    assert dialogs.current is None
    dialogs.bugs.report(raised(TypeError("third")), "a background task")
    assert dialogs.current is not None
    assert "TypeError: third" in dialogs.current.detailedText()


def test_install_routes_slots_and_python_threads_to_the_reporter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    bugs = BugReporter()
    bug_dialog.install(bugs)
    assert sys.excepthook == bugs.excepthook
    assert threading.excepthook == bugs.thread_hook


def test_a_bug_during_start_up_is_caught_and_shown_once_the_window_has_painted(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    later = LaterStart(BugReporter())  # what the window's start-up does first

    error = raised(KeyError("while the window was being built"))
    sys.excepthook(type(error), error, error.__traceback__)  # as for a slot that raised
    assert later.dialogs is None  # the report dialog waits for the first paint…
    later.after_paint()
    qtbot.waitUntil(lambda: later.dialogs is not None and later.dialogs.current is not None)
    assert later.dialogs is not None and later.dialogs.current is not None
    # … and then shows the bug caught before it.
    assert "KeyError: 'while the window was being built'" in later.dialogs.current.detailedText()
    later.dialogs.current.close()
    later.stop()
    for handler in [h for h in root.handlers if getattr(h, "_deptcal", False)]:
        handler.close()
