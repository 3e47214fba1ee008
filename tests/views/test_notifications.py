"""Notifications: shown through the tray where there is one, never lost where there is none."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from desktop.views.notifications import Notifier


def test_a_notification_is_kept_even_without_a_system_tray(qtbot: QtBot) -> None:
    notifier = Notifier(QIcon())
    with qtbot.waitSignal(notifier.shownChanged):
        notifier.notify("r1", "오후 2:00 팀 회의", "개발팀")
    assert [(n.key, n.title, n.body) for n in notifier.shown] == [
        ("r1", "오후 2:00 팀 회의", "개발팀")
    ]


def test_a_hostile_title_is_shortened_and_a_click_names_the_last_notification(
    qtbot: QtBot,
) -> None:
    notifier = Notifier(QIcon())
    notifier.notify("r2", "<img src=x>" * 1000, "개발팀")
    assert len(notifier.shown[-1].title) <= 120
    with qtbot.waitSignal(notifier.clicked) as clicked:
        notifier.tray.messageClicked.emit()
    assert clicked.args == ["r2"]
