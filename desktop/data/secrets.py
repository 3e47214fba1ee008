"""Access keys and the proxy's user name and password in the OS keyring, and nowhere else.

The key id and the secret are two entries (Windows Credential Manager holds at most 2,560
bytes per credential); the proxy's login is a third, ``user:password`` (a Basic user name
holds no colon), for the proxy of the user's settings. Keyring failures are reported as
:class:`KeyringError`, never swallowed into "no key stored", and nothing falls back to plain
text.

A temporary key's session token is often longer than one Windows credential holds (STS
tokens run to 1,000-2,000 characters, some federated ones more), so it is split over
numbered entries: ``aws-session-token-2``, ``-3``… first, then the head,
``aws-session-token``, which says how many parts there are and carries a short digest of the
key id and the whole token. A token half written (or half removed, or left from another key)
does not match its digest and is never used: :meth:`SecretStore.load_session_token` says so.
"""

from __future__ import annotations

import hashlib
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
SESSION_TOKEN_ENTRY = "aws-session-token"  # the head; the other parts are numbered from 2
# Windows Credential Manager: CRED_MAX_CREDENTIAL_BLOB_SIZE, stored as UTF-16.
MAX_CREDENTIAL_BYTES = 2560
# At most this many entries for one session token (about 10,000 characters): more is not a
# token but something else pasted into the field.
MAX_TOKEN_PARTS = 8


def session_token_part(number: int) -> str:
    """The keyring entry of the session token's part ``number`` (1 is the head)."""
    return SESSION_TOKEN_ENTRY if number == 1 else f"{SESSION_TOKEN_ENTRY}-{number}"


SESSION_TOKEN_ENTRIES = tuple(session_token_part(n) for n in range(1, MAX_TOKEN_PARTS + 1))
# Every entry the app writes under SERVICE.
ENTRIES = (KEY_ID_ENTRY, SECRET_ENTRY, PROXY_ENTRY, *SESSION_TOKEN_ENTRIES)


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

    def save(self, key_id: str, secret: str, session_token: str = "") -> None:
        """Store the access key, with its session token when it is a temporary one; checks
        sizes first so a Windows error code is never shown. A key saved without a token
        removes the token stored before (a permanent key replacing a temporary one)."""
        _check_size(key_id)
        _check_size(secret)
        if session_token:
            heads_and_parts = _split_token(key_id, session_token)  # checked before any write
            # The parts first, the head last: until the head is written, the old head's digest
            # does not match and no half-written token is used.
            self._set(dict(reversed(heads_and_parts.items())))
            # The key id last: the head's digest names it, so the token counts only from here.
            self._set({SECRET_ENTRY: secret, KEY_ID_ENTRY: key_id})
            self._delete(SESSION_TOKEN_ENTRIES[len(heads_and_parts) :])
        else:
            self.remove_session_token()
            self._set({KEY_ID_ENTRY: key_id, SECRET_ENTRY: secret})
        log.info(
            "Saved %s access key in the keyring (%s)",
            "a temporary" if session_token else "an",
            self.backend_name(),
        )

    def remove(self) -> None:
        """Delete the access key's entries and its session token; absent ones are fine."""
        self.remove_session_token()
        self._delete((KEY_ID_ENTRY, SECRET_ENTRY))

    # --- a temporary key's session token ------------------------------------------------------

    def load_session_token(self) -> str:
        """The stored session token of the stored key id, or ``""`` when none is stored.

        Raises :class:`KeyringError` (``SessionTokenIncomplete``) for a token that does not
        match its digest: half written, half removed, or left from another key.
        """
        head = self._get(SESSION_TOKEN_ENTRY)
        if not head:
            return ""
        count_text, _colon, rest = head.partition(":")
        digest, _colon, first = rest.partition(":")
        if not count_text.isdigit() or not 1 <= int(count_text) <= MAX_TOKEN_PARTS:
            raise KeyringError.incomplete_token("the head names no part count")
        parts = [first]
        for number in range(2, int(count_text) + 1):
            part = self._get(session_token_part(number))
            if not part:
                raise KeyringError.incomplete_token(f"part {number} of {count_text} is missing")
            parts.append(part)
        token = "".join(parts)
        if digest != _digest(self._get(KEY_ID_ENTRY) or "", token):
            raise KeyringError.incomplete_token(f"the {count_text} parts do not match the head")
        return token

    def has_session_token(self) -> bool:
        """A session token's head is stored (its parts are not read)."""
        return bool(self._get(SESSION_TOKEN_ENTRY))

    def remove_session_token(self) -> None:
        """Delete the session token, the head first (so no part is used alone), then every
        numbered part; absent ones are fine."""
        self._delete(SESSION_TOKEN_ENTRIES)

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
            _check_size(value)
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


def _utf16_size(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass"))


def _check_size(value: str) -> None:
    if _utf16_size(value) > MAX_CREDENTIAL_BYTES:
        raise KeyringError.too_large(MAX_CREDENTIAL_BYTES)


def _digest(key_id: str, token: str) -> str:
    """A short digest tying the token's head to the whole token and its key id (not secret:
    12 hex digits of SHA-256 tell nothing of a token)."""
    return hashlib.sha256(f"{key_id}\n{token}".encode()).hexdigest()[:12]


_HEAD_PREFIX_BYTES = _utf16_size(f"{MAX_TOKEN_PARTS}:{'0' * 12}:")


def _split_token(key_id: str, token: str) -> dict[str, str]:
    """The session token's entries, head first: each within :data:`MAX_CREDENTIAL_BYTES`."""
    pieces: list[str] = []
    rest = token
    while rest:
        # The head carries "count:digest:" before its piece.
        budget = MAX_CREDENTIAL_BYTES - (0 if pieces else _HEAD_PREFIX_BYTES)
        size = end = 0
        for char in rest:
            size += _utf16_size(char)
            if size > budget:
                break
            end += 1
        pieces.append(rest[:end])
        rest = rest[end:]
        if len(pieces) > MAX_TOKEN_PARTS:
            raise KeyringError.too_large(MAX_CREDENTIAL_BYTES * MAX_TOKEN_PARTS)
    entries = {session_token_part(n): piece for n, piece in enumerate(pieces, start=1)}
    head = session_token_part(1)
    entries[head] = f"{len(pieces)}:{_digest(key_id, token)}:{entries[head]}"
    return entries
