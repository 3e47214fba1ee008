"""The MFA code dialog: a worker waits while the window asks; the month loads after the code."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.data.errors import CredentialsError, StoreError
from desktop.data.prompts import MfaRequest
from desktop.data.store import DynamoStore
from desktop.views.main_window import MainWindow
from desktop.views.mfa_dialog import MfaDialog, MfaPrompts
from tests.mfa_support import SERIAL, role_profile
from tests.views.conftest import Seeded, WindowFactory

# A dialog opened over a window: the offscreen platform says so (the other dialogs' tests too).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_dialog(window: MainWindow, qtbot: QtBot) -> MfaDialog:
    found: list[MfaDialog] = []

    def shown() -> bool:
        found[:] = [d for d in window.findChildren(MfaDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    return found[0]


def click(dialog: MfaDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.findChild(QDialogButtonBox).button(button).click()


def test_the_window_asks_for_the_code_and_the_month_loads(
    seeded: Seeded,
    make_window: WindowFactory,
    qtbot: QtBot,
    isolated_environment: Path,
    endpoint: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = role_profile(isolated_environment, endpoint, monkeypatch)
    role_store = DynamoStore(settings)
    window = make_window(store_factory=lambda _s: role_store, wait=False)

    dialog = open_dialog(window, qtbot)
    assert "kim.minji" in dialog.about.text()
    assert "calendar" in dialog.about.text()
    qtbot.keyClicks(dialog.code_edit, "12345a")
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible()  # refused next to the field
    assert "6" in dialog.error_label.text()
    dialog.code_edit.clear()
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        qtbot.keyClicks(dialog.code_edit, "123 456")
        click(dialog, QDialogButtonBox.StandardButton.Ok)

    titles = [e.event.title for e in window.model.entries_on(date(2026, 11, 3))]
    assert titles == ["코드 리뷰", "팀 회의"]
    assert not any(d.isVisible() for d in window.findChildren(MfaDialog))


def ask_on_a_worker(request: MfaRequest) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def work() -> None:
        from desktop.data.prompts import ask_mfa_code

        try:
            outcome.append(ask_mfa_code(request))
        except StoreError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    return thread, outcome


@pytest.fixture
def prompts(qtbot: QtBot) -> MfaPrompts:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    installed = MfaPrompts(window, wait_seconds=5)
    return installed


def test_cancel_gives_the_worker_a_clear_error(prompts: MfaPrompts, qtbot: QtBot) -> None:
    request = MfaRequest(SERIAL, "calendar")
    thread, outcome = ask_on_a_worker(request)
    with qtbot.waitSignal(prompts.dialog_shown, timeout=5_000) as shown:
        pass
    dialog = shown.args[0]
    assert "kim.minji" in dialog.about.text()
    click(dialog, QDialogButtonBox.StandardButton.Cancel)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
    thread.join(5)
    assert isinstance(outcome[0], CredentialsError)
    assert outcome[0].code == "MfaCancelled"


def test_a_refused_code_says_so_in_the_dialog(qtbot: QtBot) -> None:
    dialog = MfaDialog(MfaRequest(SERIAL, "calendar", attempt=2, refused=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "did not accept" in dialog.error_label.text()
    assert "2 of 3" in dialog.error_label.text()


def test_no_answer_in_time_withdraws_the_dialog_and_cancels(qtbot: QtBot) -> None:
    """Nobody at the PC: the question is withdrawn after the wait (5 minutes in the app), the
    worker gets the clear cancelled error, and no dialog stays behind."""
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    prompts = MfaPrompts(window, wait_seconds=0.3)
    thread, outcome = ask_on_a_worker(MfaRequest(SERIAL, "calendar"))
    with qtbot.waitSignal(prompts.dialog_shown, timeout=5_000):
        pass
    qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
    thread.join(5)

    assert isinstance(outcome[0], CredentialsError)
    assert outcome[0].code == "MfaCancelled"
    qtbot.waitUntil(
        lambda: not any(d.isVisible() for d in window.findChildren(MfaDialog)), timeout=5_000
    )
