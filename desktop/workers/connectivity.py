"""Online or offline, and when to try again.

After a connectivity failure the app retries by itself with backoff (seconds growing to a few
minutes), at once when asked (Refresh), and when the system reports the network back
(``QNetworkInformation``, where the platform has a backend).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

BACKOFF_SECONDS: tuple[float, ...] = (5, 10, 20, 40, 80, 160, 300)


class ConnectivityMonitor(QObject):
    onlineChanged = Signal(bool)  # noqa: N815
    retryDue = Signal()  # noqa: N815

    def __init__(self, parent: QObject | None = None, *, watch_system: bool = True) -> None:
        super().__init__(parent)
        self.online = True
        self.backoff = BACKOFF_SECONDS
        self.offline_since: datetime | None = None
        self._attempt = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.retryDue)
        self._watch = watch_system

    def watch_system(self) -> None:
        """Listen to the system's network status (loads a Qt plugin: after start-up)."""
        if not self._watch:
            return
        self._watch = False
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:
            return
        if not QNetworkInformation.loadDefaultBackend():
            log.info("No network-status backend on this platform; retrying on a timer only")
            return
        information = QNetworkInformation.instance()
        if information is not None:
            information.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online and not self.online:
            log.info("The system reports the network back; retrying now")
            self.retry_now()

    def went_offline(self) -> float:
        """A connectivity failure: schedule the next try; returns its delay in seconds."""
        if self.online:
            self.online = False
            self.offline_since = datetime.now(UTC)
            self._attempt = 0
            self.onlineChanged.emit(False)
        delay = self.backoff[min(self._attempt, len(self.backoff) - 1)]
        self._attempt += 1
        self._timer.start(int(delay * 1000))
        return delay

    def went_online(self) -> None:
        self._timer.stop()
        self._attempt = 0
        if not self.online:
            self.online = True
            self.offline_since = None
            self.onlineChanged.emit(True)

    def retry_now(self) -> None:
        self._timer.stop()
        self.retryDue.emit()

    @property
    def next_retry_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1
