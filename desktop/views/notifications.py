"""System notifications and the tray icon they come from: one of each per app.

Qt shows notifications through the tray icon (``QSystemTrayIcon.showMessage``): Windows toasts,
macOS Notification Center, freedesktop notifications on Linux. A notification has no buttons
there, so what it offers beyond a click (Snooze, Dismiss) lives in the window the click opens.

:class:`Notifier` owns the tray icon (made when first needed, never in a constructor that the
first paint waits for) and says which notification was clicked by the key it was shown with.
Where the system has no tray (the offscreen platform of the tests, some Linux desktops), the
notification is still recorded in :attr:`Notifier.shown` and ``shownChanged`` is emitted, so a
reminder is never lost silently and tests can see it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.domain.display import elided

log = logging.getLogger(__name__)

# How long the system shows a notification (it may ignore this), in milliseconds.
SHOWN_FOR_MS = 15_000


@dataclass(frozen=True)
class Notification:
    key: str  # the caller's: which reminder (or summary) this is
    title: str
    body: str


class Notifier(QObject):
    """The app's tray icon and its notifications.

    ``clicked(key)``: the user clicked the notification shown with ``key`` (the last one shown:
    the system reports clicks without saying which). ``activated()``: the tray icon itself was
    clicked (open the window). ``shownChanged()``: a notification was shown.
    """

    clicked = Signal(str)
    activated = Signal()
    shownChanged = Signal()  # noqa: N815

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = icon
        self._tray: QSystemTrayIcon | None = None
        self._last_key = ""
        self.shown: list[Notification] = []

    @staticmethod
    def available() -> bool:
        """The system has a tray (and so shows notifications)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def tray(self) -> QSystemTrayIcon:
        """The tray icon (made on first use; shown only where the system has a tray)."""
        if self._tray is None:
            tray = QSystemTrayIcon(self._icon, self)
            tray.messageClicked.connect(lambda: self.clicked.emit(self._last_key))
            tray.activated.connect(self._tray_activated)
            self._tray = tray
        return self._tray

    def show_icon(self, tooltip: str) -> None:
        """Show the tray icon (where there is a tray) with ``tooltip`` as plain text."""
        tray = self.tray
        tray.setToolTip(elided(tooltip, 120))
        if self.available():
            tray.show()

    def hide_icon(self) -> None:
        if self._tray is not None:
            self._tray.hide()

    def notify(self, key: str, title: str, body: str) -> None:
        """Show a notification. Table text in ``title``/``body`` is shown as plain text by
        every platform's notifications; it is shortened here so a hostile title cannot fill
        the screen."""
        notification = Notification(key, elided(title, 120), elided(body, 400))
        self.shown.append(notification)
        del self.shown[:-50]  # the recent ones, for tests and the tray menu
        self._last_key = key
        if self.available():
            tray = self.tray
            if not tray.isVisible():
                tray.show()
            tray.showMessage(
                notification.title,
                notification.body,
                QSystemTrayIcon.MessageIcon.Information,
                SHOWN_FOR_MS,
            )
        else:
            log.info("No system tray: notification %r kept in the window only", key)
        self.shownChanged.emit()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.activated.emit()
