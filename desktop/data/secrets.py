"""Access keys and the proxy's user name and password in the OS keyring, and nowhere else.

The key id and the secret are two entries (Windows Credential Manager holds at most 2,560
bytes per credential); the proxy's login is a third, ``user:password`` (a Basic user name
holds no colon), for the proxy of the user's settings. Keyring failures are reported as
:class:`KeyringError`, never swallowed into "no key stored", and nothing falls back to plain
text.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from desktop.data.errors import KeyringError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "deptcal"
KEY_ID_ENTRY = "aws-access-key-id"
SECRET_ENTRY = "aws-secret-access-key"
PROXY_ENTRY = "proxy-credentials"
ENTRIES = (KEY_ID_ENTRY, SECRET_ENTRY, PROXY_ENTRY)  # every entry the app writes under SERVICE
# Windows Credential Manager: CRED_MAX_CREDENTIAL_BLOB_SIZE, stored as UTF-16.
MAX_CREDENTIAL_BYTES = 2560


class SecretStore:
    """The app's keyring entries. Pass a backend in tests; the default is the OS's."""

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service

    def _keyring(self) -> KeyringBackend:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    def backend_name(self) -> str:
        backend = self._keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def _get(self, entry: str) -> str | None:
        from keyring.errors import KeyringError as BackendError
        from keyring.errors import NoKeyringError

        try:
            return self._keyring().get_password(self._service, entry)
        except NoKeyringError as exc:
            raise KeyringError.unavailable(type(exc).__name__) from None
        except BackendError as exc:
            raise KeyringError.failed(type(exc).__name__) from None

    def load(self) -> tuple[str, str] | None:
        """The stored access key id and secret, or ``None`` when none is stored."""
        key_id = self._get(KEY_ID_ENTRY)
        secret = self._get(SECRET_ENTRY)
        if key_id and secret:
            return key_id, secret
        return None

    def stored_key_id(self) -> str | None:
        return self._get(KEY_ID_ENTRY)

    def has_secret(self) -> bool:
        return bool(self._get(SECRET_ENTRY))

    def save(self, key_id: str, secret: str) -> None:
        """Store both entries; checks sizes first so a Windows error code is never shown."""
        self._set({KEY_ID_ENTRY: key_id, SECRET_ENTRY: secret})
        log.info("Saved an access key in the keyring (%s)", self.backend_name())

    def remove(self) -> None:
        """Delete the access key's two entries; entries already absent are fine."""
        self._delete((KEY_ID_ENTRY, SECRET_ENTRY))

    # --- the proxy's login ---------------------------------------------------------------------

    def load_proxy(self) -> tuple[str, str] | None:
        """The stored proxy user name and password, or ``None`` when none is stored."""
        stored = self._get(PROXY_ENTRY)
        if not stored:
            return None
        user, _colon, password = stored.partition(":")
        return user, password

    def has_proxy_login(self) -> bool:
        return bool(self._get(PROXY_ENTRY))

    def save_proxy(self, user: str, password: str) -> None:
        """Store the proxy's user name and password (one entry, checked for size first)."""
        self._set({PROXY_ENTRY: f"{user}:{password}"})
        log.info("Saved the proxy's password in the keyring (%s)", self.backend_name())

    def remove_proxy(self) -> None:
        """Delete the proxy's login; absent is fine."""
        self._delete((PROXY_ENTRY,))

    # --- all of them ---------------------------------------------------------------------------

    def forget(self) -> list[str]:
        """Delete every entry the app writes under its service (``deptcal
        --forget-credentials``); absent ones are fine. Returns the names of those deleted."""
        return self._delete(ENTRIES)

    def _set(self, values: dict[str, str]) -> None:
        from keyring.errors import KeyringError as BackendError
        from keyring.errors import NoKeyringError

        for value in values.values():
            if len(value.encode("utf-16-le")) > MAX_CREDENTIAL_BYTES:
                raise KeyringError.too_large(MAX_CREDENTIAL_BYTES)
        backend = self._keyring()
        try:
            for entry, value in values.items():
                backend.set_password(self._service, entry, value)
        except NoKeyringError as exc:
            raise KeyringError.unavailable(type(exc).__name__) from None
        except BackendError as exc:
            raise KeyringError.failed(type(exc).__name__) from None

    def _delete(self, entries: tuple[str, ...]) -> list[str]:
        from keyring.errors import KeyringError as BackendError
        from keyring.errors import NoKeyringError, PasswordDeleteError

        removed = []
        for entry in entries:
            try:
                self._keyring().delete_password(self._service, entry)
            except PasswordDeleteError:
                continue
            except NoKeyringError as exc:
                raise KeyringError.unavailable(type(exc).__name__) from None
            except BackendError as exc:
                raise KeyringError.failed(type(exc).__name__) from None
            removed.append(entry)
        return removed
