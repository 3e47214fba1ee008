"""Offline shows within 5 s when the network stalls: bounded timeouts and retries.

No timing is asserted (the machine may be slow): the configured timeouts and retries bound
the wait, and a local socket that accepts connections and never answers shows that the
window's read fails after the bounded attempts and the offline banner appears.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.data.config import OFFLINE_WITHIN_SECONDS, ConnectionSettings
from desktop.data.door import build_client
from desktop.data.errors import OfflineError
from desktop.data.store import DynamoStore
from tests.views.conftest import WindowFactory


class SilentServer:
    """Accepts every connection, reads what is sent, never answers."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return  # closed
            self.connections.append(connection)

    def close(self) -> None:
        self._listener.close()
        for connection in self.connections:
            connection.close()
        self._thread.join(timeout=5)


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


def test_the_default_timeouts_and_retries_bound_the_wait_to_five_seconds() -> None:
    settings = ConnectionSettings()
    assert settings.longest_stall() <= OFFLINE_WITHIN_SECONDS
    # What the app had: 3 attempts of a 5 s read timeout, and the backoff between them.
    assert (
        ConnectionSettings(connect_timeout=3, read_timeout=5, max_attempts=3).longest_stall() > 15
    )
    config = build_client(settings).meta.config
    assert (config.connect_timeout, config.read_timeout) == (1.5, 1.5)
    assert config.retries == {"mode": "standard", "total_max_attempts": 2}


def test_a_read_that_never_answers_is_offline_after_the_bounded_attempts(
    silent: SilentServer,
) -> None:
    store = DynamoStore(ConnectionSettings(endpoint_url=silent.url))
    with pytest.raises(OfflineError) as caught:
        store.list_departments()
    assert "read timeout" in caught.value.detail.lower()
    assert len(silent.connections) == ConnectionSettings().max_attempts


def test_the_offline_banner_appears_when_the_read_stalls(
    silent: SilentServer, make_window: WindowFactory, qtbot: QtBot
) -> None:
    stalled = DynamoStore(ConnectionSettings(endpoint_url=silent.url))
    window = make_window(store_factory=lambda _settings: stalled, wait=False)
    # Generous for a busy machine; the bound above is what the user waits.
    qtbot.waitUntil(lambda: window.banner.kind == "offline", timeout=30_000)
    assert window.banner.isVisible()
    assert len(silent.connections) >= ConnectionSettings().max_attempts
