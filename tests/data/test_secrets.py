"""Access keys and the proxy's login in the OS keyring: failures reported, secrets never shown."""

from __future__ import annotations

from collections.abc import Callable

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from desktop.data.errors import KeyringError
from desktop.data.secrets import (
    ENTRIES,
    KEY_ID_ENTRY,
    MAX_CREDENTIAL_BYTES,
    PROXY_ENTRY,
    SECRET_ENTRY,
    SERVICE,
    SESSION_TOKEN_ENTRY,
    SecretStore,
)
from tests.support import MemoryKeyring

KEY_ID = "AKIAIOSFODNN7EXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
PROXY_PASSWORD = "pr0xy:pass@word"
Operation = Callable[[SecretStore], object]


class LockedKeyring(KeyringBackend):
    """A backend that refuses everything, as a locked keychain does; its message leaks."""

    def _refuse(self, detail: str) -> None:
        raise keyring.errors.KeyringError(f"keychain is locked (value {detail!r})")

    def get_password(self, service: str, username: str) -> str | None:
        self._refuse(username)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._refuse(password)

    def delete_password(self, service: str, username: str) -> None:
        self._refuse(username)


def assert_no_secret(error: KeyringError) -> None:
    for text in (str(error), error.message, error.log_text(), error.detail, repr(error)):
        assert SECRET not in text
        assert KEY_ID not in text


# --- Round trip -----------------------------------------------------------------------------


def test_nothing_stored_at_first(secrets: SecretStore) -> None:
    assert secrets.load() is None
    assert secrets.stored_key_id() is None
    assert not secrets.has_secret()


def test_save_load_remove_round_trip(secrets: SecretStore) -> None:
    secrets.save(KEY_ID, SECRET)
    assert secrets.load() == (KEY_ID, SECRET)
    assert secrets.stored_key_id() == KEY_ID
    assert secrets.has_secret()
    secrets.remove()
    assert secrets.load() is None
    assert not secrets.has_secret()


def test_stored_as_two_entries_under_the_apps_service(
    secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    secrets.save(KEY_ID, SECRET)
    assert memory_keyring.entries == {
        (SERVICE, KEY_ID_ENTRY): KEY_ID,
        (SERVICE, SECRET_ENTRY): SECRET,
    }
    assert SERVICE == "deptcal"


def test_saving_again_replaces_the_key(secrets: SecretStore) -> None:
    secrets.save(KEY_ID, SECRET)
    secrets.save("AKIANEWKEY0000000000", "new-secret")
    assert secrets.load() == ("AKIANEWKEY0000000000", "new-secret")


def test_default_backend_is_the_keyring_in_use(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    store.save(KEY_ID, SECRET)
    assert memory_keyring.entries[(SERVICE, SECRET_ENTRY)] == SECRET
    assert store.backend_name() == "tests.support.MemoryKeyring"


def test_half_a_key_is_no_key(secrets: SecretStore, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(SERVICE, KEY_ID_ENTRY, KEY_ID)
    assert secrets.load() is None
    assert not secrets.has_secret()


def test_remove_when_nothing_is_stored_is_fine(secrets: SecretStore) -> None:
    secrets.remove()
    assert secrets.load() is None


def test_remove_when_only_one_entry_is_stored(
    secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(SERVICE, SECRET_ENTRY, SECRET)
    secrets.remove()
    assert memory_keyring.entries == {}


def test_other_services_are_left_alone(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("other-app", KEY_ID_ENTRY, "theirs")
    SecretStore(memory_keyring).save(KEY_ID, SECRET)
    SecretStore(memory_keyring).remove()
    assert memory_keyring.entries == {("other-app", KEY_ID_ENTRY): "theirs"}


# --- The proxy's login -----------------------------------------------------------------------


def test_the_proxys_login_is_one_entry_beside_the_access_key(
    secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    assert secrets.load_proxy() is None
    secrets.save(KEY_ID, SECRET)
    secrets.save_proxy("staff", PROXY_PASSWORD)

    assert memory_keyring.entries[(SERVICE, PROXY_ENTRY)] == f"staff:{PROXY_PASSWORD}"
    assert secrets.load_proxy() == ("staff", PROXY_PASSWORD)  # a colon in the password kept
    assert secrets.has_proxy_login()
    assert secrets.load() == (KEY_ID, SECRET)


def test_removing_one_login_keeps_the_other(secrets: SecretStore) -> None:
    secrets.save(KEY_ID, SECRET)
    secrets.save_proxy("staff", PROXY_PASSWORD)

    secrets.remove()  # the access key's Remove in the settings dialog
    assert secrets.load_proxy() == ("staff", PROXY_PASSWORD)
    secrets.save(KEY_ID, SECRET)
    secrets.remove_proxy()
    assert secrets.load() == (KEY_ID, SECRET)
    assert secrets.load_proxy() is None
    secrets.remove_proxy()  # absent is fine


def test_forget_deletes_the_proxys_login_too(
    secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    secrets.save(KEY_ID, SECRET)
    secrets.save_proxy("staff", PROXY_PASSWORD)

    assert secrets.forget() == [KEY_ID_ENTRY, SECRET_ENTRY, PROXY_ENTRY]
    assert memory_keyring.entries == {}


def test_a_proxy_login_too_large_is_refused_before_touching_the_backend() -> None:
    store = SecretStore(fail.Keyring())  # type: ignore[no-untyped-call]
    with pytest.raises(KeyringError) as caught:
        store.save_proxy("staff", "p" * (MAX_CREDENTIAL_BYTES // 2))  # with "staff:": too long
    assert caught.value.code == "CredentialTooLarge"


# --- Size limit -----------------------------------------------------------------------------


def test_largest_value_that_fits_is_saved(secrets: SecretStore) -> None:
    largest = "s" * (MAX_CREDENTIAL_BYTES // 2)  # two bytes a character in UTF-16
    secrets.save(KEY_ID, largest)
    assert secrets.load() == (KEY_ID, largest)


@pytest.mark.parametrize(
    ("key_id", "secret"),
    [
        (KEY_ID, "s" * (MAX_CREDENTIAL_BYTES // 2 + 1)),
        ("k" * (MAX_CREDENTIAL_BYTES // 2 + 1), SECRET),
        # A character outside the BMP is four bytes in UTF-16.
        (KEY_ID, "😀" * (MAX_CREDENTIAL_BYTES // 4 + 1)),
    ],
)
def test_too_large_is_refused_before_touching_the_backend(key_id: str, secret: str) -> None:
    # A failing backend would raise "unavailable" if it were used at all.
    backend = fail.Keyring()  # type: ignore[no-untyped-call]
    with pytest.raises(KeyringError) as caught:
        SecretStore(backend).save(key_id, secret)
    assert caught.value.code == "CredentialTooLarge"
    assert str(MAX_CREDENTIAL_BYTES) in str(caught.value)
    assert secret not in caught.value.log_text()


def test_too_large_leaves_the_stored_key_alone(secrets: SecretStore) -> None:
    secrets.save(KEY_ID, SECRET)
    with pytest.raises(KeyringError):
        secrets.save(KEY_ID, "s" * MAX_CREDENTIAL_BYTES)
    assert secrets.load() == (KEY_ID, SECRET)


# --- Backend failures -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "operation",
    [
        pytest.param(lambda s: s.load(), id="load"),
        pytest.param(lambda s: s.has_secret(), id="has_secret"),
        pytest.param(lambda s: s.stored_key_id(), id="stored_key_id"),
        pytest.param(lambda s: s.save(KEY_ID, SECRET), id="save"),
        pytest.param(lambda s: s.remove(), id="remove"),
        pytest.param(lambda s: s.load_proxy(), id="load_proxy"),
        pytest.param(lambda s: s.save_proxy("staff", SECRET), id="save_proxy"),
    ],
)
def test_no_keyring_is_unavailable_not_no_secret(operation: Operation) -> None:
    store = SecretStore(fail.Keyring())  # type: ignore[no-untyped-call]
    with pytest.raises(KeyringError) as caught:
        operation(store)
    error = caught.value
    assert error.code == "NoKeyring"
    assert error.detail == "NoKeyringError"
    # A plain sentence, not the keyring package's advice about installing backends.
    assert "password store" in error.message
    assert "keyrings.alt" not in error.message
    assert "pypi" not in error.log_text()
    assert_no_secret(error)
    assert error.__cause__ is None
    assert error.__suppress_context__


@pytest.mark.parametrize(
    "operation",
    [
        pytest.param(lambda s: s.load(), id="load"),
        pytest.param(lambda s: s.has_secret(), id="has_secret"),
        pytest.param(lambda s: s.save(KEY_ID, SECRET), id="save"),
        pytest.param(lambda s: s.remove(), id="remove"),
    ],
)
def test_locked_keyring_is_failed(operation: Operation) -> None:
    store = SecretStore(LockedKeyring())  # type: ignore[no-untyped-call]
    with pytest.raises(KeyringError) as caught:
        operation(store)
    error = caught.value
    assert error.code == "KeyringFailed"
    assert "Unlock" in error.message
    # The backend's own message included the secret; none of it reaches the error.
    assert_no_secret(error)
    assert "locked (value" not in error.log_text()
    assert error.__suppress_context__


# --- A temporary key's session token ---------------------------------------------------------

TEMPORARY_KEY_ID = "ASIAIOSFODNN7EXAMPLE"
# As long as the longest federated tokens seen: more than one Windows credential holds.
LONG_TOKEN = "".join(chr(ord("A") + i % 26) for i in range(3_990)) + "+/==token"


def token_entries(memory_keyring: MemoryKeyring) -> dict[str, str]:
    return {
        entry: value
        for (service, entry), value in memory_keyring.entries.items()
        if service == SERVICE and entry.startswith(SESSION_TOKEN_ENTRY)
    }


def test_a_long_session_token_is_split_within_the_limit_and_joined_again(
    secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    assert len(LONG_TOKEN) > 2 * (MAX_CREDENTIAL_BYTES // 2)
    secrets.save(TEMPORARY_KEY_ID, SECRET, LONG_TOKEN)

    parts = token_entries(memory_keyring)
    assert sorted(parts) == [
        SESSION_TOKEN_ENTRY,
        *(f"{SESSION_TOKEN_ENTRY}-{n}" for n in (2, 3, 4)),
    ]
    for value in memory_keyring.entries.values():
        assert len(value.encode("utf-16-le")) <= MAX_CREDENTIAL_BYTES
    assert set(parts) <= set(ENTRIES)
    assert secrets.load() == (TEMPORARY_KEY_ID, SECRET)
    assert secrets.load_session_token() == LONG_TOKEN
    assert secrets.has_session_token()


def test_a_short_token_is_one_entry_and_a_key_without_one_has_none(
    secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    secrets.save(KEY_ID, SECRET)
    assert secrets.load_session_token() == ""
    assert not secrets.has_session_token()

    secrets.save(TEMPORARY_KEY_ID, SECRET, "IQoJb3JpZ2luX2VjEshort")
    assert list(token_entries(memory_keyring)) == [SESSION_TOKEN_ENTRY]
    assert secrets.load_session_token() == "IQoJb3JpZ2luX2VjEshort"


def test_a_shorter_token_leaves_no_old_parts_behind(
    secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    secrets.save(TEMPORARY_KEY_ID, SECRET, LONG_TOKEN)
    secrets.save("ASIANEWKEY0000000000", "new-secret", "short-token")
    assert list(token_entries(memory_keyring)) == [SESSION_TOKEN_ENTRY]
    assert secrets.load_session_token() == "short-token"


def test_a_permanent_key_saved_without_a_token_removes_the_old_token(
    secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    secrets.save(TEMPORARY_KEY_ID, SECRET, LONG_TOKEN)
    secrets.save(KEY_ID, SECRET)
    assert token_entries(memory_keyring) == {}
    assert secrets.load() == (KEY_ID, SECRET)
    assert secrets.load_session_token() == ""


def test_remove_and_forget_delete_every_part(
    secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    secrets.save(TEMPORARY_KEY_ID, SECRET, LONG_TOKEN)
    secrets.remove()
    assert memory_keyring.entries == {}

    secrets.save(TEMPORARY_KEY_ID, SECRET, LONG_TOKEN)
    secrets.save_proxy("staff", PROXY_PASSWORD)
    removed = secrets.forget()
    assert memory_keyring.entries == {}
    assert len([entry for entry in removed if entry.startswith(SESSION_TOKEN_ENTRY)]) == 4


def test_forget_also_deletes_parts_whose_head_is_gone(
    secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    # An earlier removal stopped after the head: the parts left must not stay behind.
    secrets.save(TEMPORARY_KEY_ID, SECRET, LONG_TOKEN)
    memory_keyring.delete_password(SERVICE, SESSION_TOKEN_ENTRY)
    secrets.forget()
    assert memory_keyring.entries == {}


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda k: k.delete_password(SERVICE, f"{SESSION_TOKEN_ENTRY}-3"), id="part"),
        pytest.param(
            lambda k: k.set_password(SERVICE, f"{SESSION_TOKEN_ENTRY}-2", "B" * 1_280),
            id="other-part",
        ),
        pytest.param(lambda k: k.set_password(SERVICE, KEY_ID_ENTRY, KEY_ID), id="other-key"),
        pytest.param(lambda k: k.set_password(SERVICE, SESSION_TOKEN_ENTRY, "x"), id="head"),
    ],
)
def test_a_half_written_token_is_never_used(
    secrets: SecretStore, memory_keyring: MemoryKeyring, damage: Callable[[MemoryKeyring], None]
) -> None:
    secrets.save(TEMPORARY_KEY_ID, SECRET, LONG_TOKEN)
    damage(memory_keyring)
    with pytest.raises(KeyringError) as caught:
        secrets.load_session_token()
    assert caught.value.code == "SessionTokenIncomplete"
    assert "Settings" in caught.value.message
    assert LONG_TOKEN[:40] not in caught.value.log_text()


def test_the_new_token_counts_only_once_its_key_is_written(memory_keyring: MemoryKeyring) -> None:
    # Saving a new temporary key writes the token's parts, its head, then the key: a reader in
    # between gets "incomplete", never the old key with the new token or a mix of parts.
    seen: list[str | None] = []

    class Watching(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            super().set_password(service, username, password)
            try:
                seen.append(SecretStore(self).load_session_token())
            except KeyringError:
                seen.append(None)

    backend = Watching()
    SecretStore(backend).save(TEMPORARY_KEY_ID, SECRET, LONG_TOKEN)
    SecretStore(backend).save("ASIANEWKEY0000000000", "new-secret", LONG_TOKEN[::-1])
    assert seen[-1] == LONG_TOKEN[::-1]
    assert set(seen[:-1]) <= {None, "", LONG_TOKEN}  # "": nothing stored yet
    assert seen.index(LONG_TOKEN) == 5  # the old token only once its own key was written


def test_a_token_too_long_for_every_part_is_refused_before_writing(
    secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    secrets.save(KEY_ID, SECRET)
    with pytest.raises(KeyringError) as caught:
        secrets.save(TEMPORARY_KEY_ID, SECRET, "t" * 20_000)
    assert caught.value.code == "CredentialTooLarge"
    assert secrets.load() == (KEY_ID, SECRET)
    assert token_entries(memory_keyring) == {}
