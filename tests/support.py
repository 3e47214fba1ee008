"""Test helpers: an in-memory keyring and a moto server on 127.0.0.1."""

from __future__ import annotations

import json
import urllib.request
from typing import Any

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from moto.server import ThreadedMotoServer


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict, for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class MotoServer:
    """moto's threaded server on 127.0.0.1 and a free port."""

    def __init__(self) -> None:
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        self._server.start()
        host, port = self._server.get_host_and_port()
        self.url = f"http://{host}:{port}"

    def _post(self, path: str, body: bytes = b"") -> Any:
        # Plain text: form-encoded, werkzeug would parse the body away and moto would get none.
        request = urllib.request.Request(
            self.url + path, data=body, method="POST", headers={"Content-Type": "text/plain"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read()
        return json.loads(text) if text else None

    def reset(self) -> None:
        """Forget every table and item (and IAM state)."""
        self._post("/moto-api/reset")

    def set_auth_after(self, requests: int | float) -> None:
        """Enforce IAM after this many more requests (``inf`` turns it off)."""
        self._post("/moto-api/reset-auth", str(requests).encode())

    def stop(self) -> None:
        self._server.stop()
