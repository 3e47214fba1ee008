"""In the window, a bug opens the report; a known problem is still a message with a way forward."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.data.errors import StoreError
from desktop.data.outbox import Outbox
from desktop.data.store import DynamoStore
from desktop.domain.models import Event
from desktop.views.bug_dialog import BugDialogs
from desktop.views.event_dialog import EventDialog
from desktop.views.main_window import MainWindow
from desktop.workers.bugs import Bug
from tests.views.conftest import ENGLISH, Seeded, WindowFactory
from tests.views.test_editing import entry_titled, open_editor, save

# The offscreen platform says so of every shown QMessageBox.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BLAMED = ("DynamoDB", "disk")


class Reports:
    """The window's bug reports, through the same seam the app's dialog listens to."""

    def __init__(self, window: MainWindow) -> None:
        self.bugs: list[Bug] = []
        window.service.bugs.subscribe(self.bugs.append)
        self.dialogs = BugDialogs(window.service.bugs)

    def shown(self) -> str:
        """The report on screen (its copyable details)."""
        box = self.dialogs.current
        return box.detailedText() if box is not None and box.isVisible() else ""

    def close(self) -> None:
        if self.dialogs.current is not None:
            self.dialogs.current.close()
        self.dialogs.stop()


@pytest.fixture
def window(seeded: Seeded, make_window: WindowFactory) -> MainWindow:
    return make_window(locale=ENGLISH)


@pytest.fixture
def reports(window: MainWindow) -> Iterator[Reports]:
    reports = Reports(window)
    yield reports
    reports.close()


def edit_title(window: MainWindow, qtbot: QtBot, title: str) -> EventDialog:
    window.edit_event(entry_titled(window, "팀 회의"))
    dialog = open_editor(window, qtbot)
    dialog.title_edit.setText(title)
    return dialog


def test_a_bug_while_recording_a_change_opens_the_report_and_keeps_the_typing(
    window: MainWindow, reports: Reports, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(
        self: Outbox, original: Event | None, changed: Event | None, moment: object = None
    ) -> None:
        raise KeyError("seq")

    monkeypatch.setattr(Outbox, "record", broken)
    dialog = edit_title(window, qtbot, "팀 회의 (변경)")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: "KeyError: 'seq'" in reports.shown())
    qtbot.waitUntil(lambda: bool(dialog.general_error.message()))
    message = dialog.general_error.message()
    assert "unexpected problem" in message
    assert not any(word in message for word in BLAMED)
    assert dialog.isVisible() and dialog.title_edit.text() == "팀 회의 (변경)"
    assert dialog.save_button.isEnabled()  # no longer busy: the user can try again
    assert entry_titled(window, "팀 회의").state == ""  # the optimistic edit is undone


def test_a_bug_while_recording_a_drop_opens_the_report_not_the_disk_message(
    window: MainWindow, reports: Reports, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(
        self: Outbox, original: Event | None, changed: Event | None, moment: object = None
    ) -> None:
        raise KeyError("seq")

    monkeypatch.setattr(Outbox, "record", broken)
    meeting = entry_titled(window, "팀 회의").event
    window.editing.write_change(meeting, meeting.with_changes(title="옮긴 회의"))
    qtbot.waitUntil(lambda: "KeyError: 'seq'" in reports.shown())
    qtbot.waitUntil(lambda: window.banner.kind == "error")
    assert "unexpected problem" in window.banner.label.text()
    assert not any(word in window.banner.label.text() for word in BLAMED)


def test_a_full_disk_while_recording_still_says_to_free_disk_space(
    window: MainWindow, reports: Reports, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(
        self: Outbox, original: Event | None, changed: Event | None, moment: object = None
    ) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Outbox, "record", full)
    dialog = edit_title(window, qtbot, "팀 회의 (변경)")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: bool(dialog.general_error.message()))
    assert "Free some disk space" in dialog.general_error.message()
    assert dialog.title_edit.text() == "팀 회의 (변경)"
    assert reports.bugs == [] and reports.dialogs.current is None


def test_a_bug_in_a_worker_task_opens_the_report_and_the_banner_blames_nobody(
    window: MainWindow,
    store: DynamoStore,
    reports: Reports,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("Items")

    monkeypatch.setattr(store, "events_between", broken)
    window.refresh()
    qtbot.waitUntil(lambda: "KeyError: 'Items'" in reports.shown())
    qtbot.waitUntil(lambda: window.banner.kind == "error")
    text = window.banner.label.text()
    assert "unexpected problem" in text
    assert not any(word in text for word in BLAMED)
    assert not window.month_view._busy_label.isVisible()  # the grid's "Loading…" is gone


def test_a_known_error_in_a_worker_task_is_still_its_message(
    window: MainWindow,
    store: DynamoStore,
    reports: Reports,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise StoreError("The table refused the request.", code="Refused")

    monkeypatch.setattr(store, "events_between", refused)
    window.refresh()
    qtbot.waitUntil(lambda: window.banner.kind == "error")
    assert window.banner.label.text() == "The table refused the request."
    assert reports.bugs == [] and reports.dialogs.current is None
