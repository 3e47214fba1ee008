"""One window per user: a second start brings the open window to the front instead.

Two copies of the app on one computer would share one cache file and one outbox: each would
send the other's changes again after its own start, and both would write the same months. So
the first copy holds a lock file in the per-user data folder (``QLockFile``: a lock left by a
copy that crashed is noticed and taken over) and, once its window is up, listens on a local
socket. A second start finds the lock, asks the first copy to show its window, and leaves.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_MS = 1000
ATTEMPTS = 4  # the first copy may still be starting: its socket opens after its first paint


LOCK_NAME = "window.lock"


@contextmanager
def window_closed(folder: Path) -> Iterator[bool]:
    """Whether no window has the data in ``folder``; if none has, none opens until the body
    is done (the window lock is held meanwhile, and never asks the window to show itself).

    For runs that copy the user's cache (``--self-test``, ``--screenshot``): they must not read
    the file while the window writes it, nor ever use its outbox.
    """
    if not folder.is_dir():
        yield True  # nothing saved here: no window could be using it
        return
    lock = QLockFile(str(folder / LOCK_NAME))
    held = lock.tryLock(0)
    try:
        yield held
    finally:
        if held:
            lock.unlock()


class SingleInstance(QObject):
    """The lock of the copy that owns the window, and its door for later starts."""

    activated = Signal()  # another start asked for the window

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(folder / LOCK_NAME))
        # Per user and data folder: a socket name is machine-wide on Windows.
        digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
        self.server_name = f"deptcal-{digest}"
        self._server: QLocalServer | None = None  # QtNetwork loads only when it listens

    def claim(self) -> str:
        """``"owner"``: this copy opens the window. ``"shown"``: the copy that has it was asked
        to show it. ``"busy"``: a copy has it but does not answer (still starting, or stuck)."""
        from PySide6.QtCore import QThread

        for _ in range(ATTEMPTS):
            if self._lock.tryLock(0):
                return "owner"
            if self._ask_to_show():
                return "shown"
            QThread.msleep(250)  # its socket opens after its first paint
        return "owner" if self._lock.tryLock(0) else "busy"

    def listen(self) -> None:
        """Answer later starts (after the first paint: it loads ``QtNetwork``)."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        QLocalServer.removeServer(self.server_name)  # a socket file left by a crash
        if not server.listen(self.server_name):
            log.warning("Cannot listen for later starts: %s", server.errorString())
            return
        server.newConnection.connect(lambda: self._accept(server))
        self._server = server

    def _accept(self, server: QLocalServer) -> None:
        while (connection := server.nextPendingConnection()) is not None:
            received = bytearray()

            def read(socket: QLocalSocket = connection, received: bytearray = received) -> None:
                received.extend(bytes(socket.readAll().data()))
                if received.startswith(ACTIVATE):
                    received.clear()
                    self.activated.emit()

            connection.readyRead.connect(read)
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                read()

    def _ask_to_show(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(CONNECT_MS):
            socket.abort()
            return False
        socket.write(ACTIVATE)
        socket.flush()
        if socket.bytesToWrite():
            socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        self._lock.unlock()
