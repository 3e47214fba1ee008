"""The settings dialog's network group: the CA bundle file and the proxy, locked when managed,
noted when the environment sets them, checked next to the field, tested as typed, saved on OK;
the proxy's user name and password in the keyring only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from keyring.errors import KeyringError as BackendKeyringError
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.data.config import ConnectionSettings
from desktop.data.connection import load_connection
from desktop.data.secrets import PROXY_ENTRY, SERVICE, SecretStore
from desktop.data.store import DynamoStore
from desktop.settings import CA_BUNDLE, PROXY, AppSettings
from desktop.views.settings import SettingsDialog
from tests.network_support import Authority, ForwardProxy
from tests.support import MemoryKeyring
from tests.views import test_settings_dialog as dialog_tests
from tests.views.test_settings_dialog import Make, closed_port, press_ok, run_test, use_endpoint

# The settings dialog's own fixtures: a task runner, the dialog maker, the message-box answers.
runner = dialog_tests.runner
make = dialog_tests.make
answers = dialog_tests.answers

PASSWORD = "pr0xy-S3cret"


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    server = ForwardProxy()
    yield server
    server.stop()


def type_bundle(qtbot: QtBot, dialog: SettingsDialog, path: str) -> None:
    """Type a CA bundle path and leave the field, then wait for the file's check."""
    dialog.network.set_shown(True)
    dialog.ca_bundle_edit.setText(path)
    dialog.ca_bundle_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: not dialog.network.checking(), timeout=5_000)


def shown_texts(dialog: SettingsDialog) -> list[str]:
    """Every label's text and every tooltip and accessible text in the dialog."""
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    for widget in dialog.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return texts + dialog.checklist_texts()


# --- shown, locked, noted -------------------------------------------------------------------------


def test_the_network_fields_wait_behind_a_toggle_until_something_is_set(make: Make) -> None:
    dialog = make()

    assert dialog.network.title() == "Network"
    assert not dialog.network_box.isVisible()
    assert dialog.proxy_edit.placeholderText() == "http://proxy.example.com:8080"
    dialog.network_toggle.click()
    assert dialog.network_box.isVisible()
    assert dialog.ca_bundle_edit.isEnabled() and dialog.proxy_edit.isEnabled()
    settings = dialog.connection_settings()
    assert (settings.ca_bundle, settings.proxy) == ("", "")


def test_a_managed_ca_bundle_locks_the_field_and_is_not_written(
    qtbot: QtBot, make: Make, app_settings: AppSettings, authority: Authority
) -> None:
    app_settings.system.setValue(CA_BUNDLE.key, str(authority.ca_pem))
    dialog = make()

    assert dialog.network_box.isVisible()  # opened by itself: the organisation set something
    assert not dialog.ca_bundle_edit.isEnabled()
    assert not dialog.browse_button.isEnabled()
    assert dialog.ca_bundle_edit.text() == str(authority.ca_pem)
    assert dialog.ca_bundle_notes.lock.isVisible()
    assert dialog.ca_bundle_notes.lock.text() == "Set by your administrator"
    assert dialog.managed_note.isVisible()
    assert dialog.proxy_edit.isEnabled()
    assert not dialog.proxy_notes.lock.isVisible()
    assert dialog.connection_settings().ca_bundle == str(authority.ca_pem)

    press_ok(qtbot, dialog)

    assert not app_settings.user.contains(CA_BUNDLE.key)
    assert app_settings.get(CA_BUNDLE) == str(authority.ca_pem)


def test_the_environments_proxy_is_noted_with_its_password_masked(
    make: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://kim:{PASSWORD}@proxy.corp.example:3128")
    dialog = make()

    note = dialog.proxy_notes.override
    assert note.isVisible()
    assert "environment variable HTTPS_PROXY" in note.text()
    assert "http://***@proxy.corp.example:3128" in note.text()
    assert dialog.network_box.isVisible()
    assert all(PASSWORD not in text for text in shown_texts(dialog))
    # An empty field leaves the environment's proxy in place, as the app will use it.
    assert dialog.connection_settings().proxy.endswith("@proxy.corp.example:3128")
    dialog.proxy_edit.setText("http://proxy.example.com:8080")
    assert dialog.connection_settings().proxy == "http://proxy.example.com:8080"


def test_a_dotenv_ca_bundle_is_noted_by_its_path(
    make: Make, isolated_environment: Path, authority: Authority
) -> None:
    (isolated_environment / ".env").write_text(
        f"AWS_CA_BUNDLE={authority.ca_pem}\n", encoding="utf-8"
    )
    dialog = make()

    note = dialog.ca_bundle_notes.override.text()
    assert note == f"Overridden by AWS_CA_BUNDLE in a .env file (“{authority.ca_pem}”)."


# --- checked next to the field --------------------------------------------------------------------


def test_a_bundle_that_does_not_exist_is_refused_next_to_the_field(
    qtbot: QtBot, make: Make, tmp_path: Path, app_settings: AppSettings
) -> None:
    dialog = make()
    missing = tmp_path / "corporate-root.pem"

    type_bundle(qtbot, dialog, str(missing))

    assert dialog.ca_bundle_notes.error.isVisible()
    assert dialog.ca_bundle_notes.error.text() == f"The file {missing} does not exist."
    assert not dialog.ok_button.isEnabled()
    assert not dialog.test_button.isEnabled()
    dialog.ok_button.click()  # disabled: nothing happens
    assert dialog.isVisible()
    assert not app_settings.user.contains(CA_BUNDLE.key)


def test_a_file_without_a_pem_certificate_is_refused(
    qtbot: QtBot, make: Make, tmp_path: Path
) -> None:
    dialog = make()
    der = tmp_path / "root.cer"
    der.write_bytes(b"\x30\x82\x01\x0a not a PEM file")

    type_bundle(qtbot, dialog, str(der))

    assert "holds no certificate in PEM form" in dialog.ca_bundle_notes.error.text()
    assert "ca_bundle" in dialog.problems()
    # Typing again clears the message until the new path has been checked.
    dialog.ca_bundle_edit.setText(str(der) + ".pem")
    assert not dialog.ca_bundle_notes.error.isVisible()


def test_a_good_pem_file_saves_to_the_users_settings(
    qtbot: QtBot, make: Make, app_settings: AppSettings, authority: Authority
) -> None:
    dialog = make()
    type_bundle(qtbot, dialog, str(authority.ca_pem))
    assert not dialog.ca_bundle_notes.error.isVisible()
    assert dialog.problems() == {}

    press_ok(qtbot, dialog)

    assert app_settings.user.value(CA_BUNDLE.key) == str(authority.ca_pem)
    again = make()
    assert again.ca_bundle_edit.text() == str(authority.ca_pem)
    assert again.network_box.isVisible()
    assert again.connection_settings().ca_bundle == str(authority.ca_pem)


def test_ok_checks_the_file_again_and_stays_open_when_it_is_gone(
    qtbot: QtBot, make: Make, app_settings: AppSettings, tmp_path: Path, authority: Authority
) -> None:
    bundle = tmp_path / "root.pem"
    bundle.write_bytes(authority.ca_pem.read_bytes())
    dialog = make()
    type_bundle(qtbot, dialog, str(bundle))
    assert dialog.ok_button.isEnabled()
    bundle.unlink()

    dialog.ok_button.click()

    qtbot.waitUntil(dialog.ca_bundle_notes.error.isVisible, timeout=5_000)
    assert "does not exist" in dialog.ca_bundle_notes.error.text()
    assert dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    assert app_settings.user.allKeys() == []


def test_browse_offers_certificate_files_and_checks_the_one_chosen(
    qtbot: QtBot, make: Make, authority: Authority, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(parent: QWidget, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return str(authority.ca_pem), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    dialog = make()
    dialog.network_toggle.click()

    dialog.browse_button.click()

    assert "*.pem *.crt *.cer" in asked[0]
    assert dialog.ca_bundle_edit.text() == str(authority.ca_pem)
    qtbot.waitUntil(lambda: not dialog.network.checking(), timeout=5_000)
    assert dialog.problems() == {}


def test_a_proxy_must_be_an_http_url(make: Make) -> None:
    dialog = make()
    dialog.network_toggle.click()

    dialog.proxy_edit.setText(f"socks5://staff:{PASSWORD}@proxy:1080")

    assert dialog.proxy_notes.error.isVisible()
    assert dialog.proxy_notes.error.text().startswith("Enter the proxy as an address starting")
    assert not dialog.ok_button.isEnabled()
    assert all(PASSWORD not in text for text in shown_texts(dialog))
    dialog.proxy_edit.setText("http://proxy.example.com:8080")
    assert dialog.ok_button.isEnabled()
    assert not dialog.proxy_notes.error.isVisible()


# --- saved on OK, nothing on Cancel ---------------------------------------------------------------


def ini_bytes(app_settings: AppSettings) -> bytes:
    """The user's settings file as written on disk."""
    app_settings.sync()
    return Path(app_settings.user.fileName()).read_bytes()


def test_a_pasted_login_moves_to_its_fields_and_ok_keeps_the_password_in_the_keyring(
    qtbot: QtBot,
    make: Make,
    app_settings: AppSettings,
    secrets: SecretStore,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = make()
    dialog.network_toggle.click()
    dialog.proxy_edit.setText(f"http://staff:{PASSWORD}@proxy.example.com:8080")

    assert dialog.proxy_edit.text() == "http://proxy.example.com:8080"
    assert dialog.proxy_user_edit.text() == "staff"
    assert dialog.proxy_password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.proxy_stored_label.text() == (
        "Saved in MemoryKeyring when you click OK, never in a file."
    )
    assert all(PASSWORD not in text for text in shown_texts(dialog))
    press_ok(qtbot, dialog)

    assert app_settings.user.value(PROXY.key) == "http://proxy.example.com:8080"
    written = ini_bytes(app_settings)
    assert b"proxy.example.com:8080" in written
    assert PASSWORD.encode() not in written and b"staff" not in written
    assert memory_keyring.entries[(SERVICE, PROXY_ENTRY)] == f"staff:{PASSWORD}"
    used = load_connection(app_settings, secrets)
    assert used.proxy == f"http://staff:{PASSWORD}@proxy.example.com:8080"


def test_the_reopened_dialog_says_a_password_is_stored_and_never_shows_it(
    qtbot: QtBot,
    make: Make,
    app_settings: AppSettings,
    secrets: SecretStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app_settings.set(PROXY, "http://proxy.example.com:8080")
    secrets.save_proxy("staff", PASSWORD)
    # The environment names another proxy: its note is masked too.
    monkeypatch.setenv("HTTPS_PROXY", f"http://kim:{PASSWORD}@proxy.corp.example:3128")
    dialog = make()

    assert dialog.network_box.isVisible()
    assert dialog.proxy_edit.text() == "http://proxy.example.com:8080"
    assert dialog.proxy_user_edit.text() == "staff"
    assert dialog.proxy_password_edit.text() == ""
    assert dialog.proxy_stored_label.text() == "A password is stored in MemoryKeyring."
    assert dialog.proxy_password_edit.placeholderText() == "Type a new password to replace it"
    assert dialog.proxy_remove_button.isVisible()
    assert "***@proxy.corp.example:3128" in dialog.proxy_notes.override.text()
    assert all(PASSWORD not in text for text in shown_texts(dialog))
    # Tested with the stored password, as the app will use it.
    assert dialog.connection_settings().proxy == (f"http://staff:{PASSWORD}@proxy.example.com:8080")
    # Another user name needs its own password.
    dialog.proxy_user_edit.setText("other")
    assert dialog.proxy_login_notes.error.text() == (
        "Enter the password that belongs to this user name."
    )
    assert not dialog.ok_button.isEnabled()
    dialog.proxy_user_edit.setText("staff")
    assert dialog.ok_button.isEnabled()
    dialog.proxy_password_edit.setText("new-password")
    assert dialog.proxy_stored_label.text() == (
        "The stored password will be replaced when you click OK."
    )

    press_ok(qtbot, dialog)

    assert secrets.load_proxy() == ("staff", "new-password")


def test_remove_deletes_the_stored_login_on_ok_only(
    qtbot: QtBot, make: Make, app_settings: AppSettings, secrets: SecretStore
) -> None:
    app_settings.set(PROXY, "http://proxy.example.com:8080")
    secrets.save_proxy("staff", PASSWORD)
    dialog = make()

    dialog.proxy_remove_button.click()

    assert dialog.proxy_stored_label.text() == (
        "The stored password will be removed when you click OK."
    )
    assert dialog.proxy_remove_button.text() == "Undo"
    assert dialog.proxy_user_edit.text() == ""
    assert dialog.connection_settings().proxy == "http://proxy.example.com:8080"
    assert secrets.load_proxy() == ("staff", PASSWORD)  # not yet
    press_ok(qtbot, dialog)

    assert secrets.load_proxy() is None
    assert app_settings.user.value(PROXY.key) == "http://proxy.example.com:8080"


def test_an_emptied_proxy_takes_its_login_out_of_the_keyring(
    qtbot: QtBot, make: Make, app_settings: AppSettings, secrets: SecretStore
) -> None:
    app_settings.set(PROXY, "http://proxy.example.com:8080")
    secrets.save_proxy("staff", PASSWORD)
    dialog = make()

    dialog.proxy_edit.clear()

    assert not dialog.proxy_user_edit.isEnabled()
    assert not dialog.proxy_password_edit.isEnabled()
    press_ok(qtbot, dialog)
    assert secrets.load_proxy() is None
    assert not app_settings.user.contains(PROXY.key)


def test_a_login_saved_in_the_url_by_an_earlier_version_moves_to_the_keyring_on_ok(
    qtbot: QtBot,
    make: Make,
    app_settings: AppSettings,
    secrets: SecretStore,
) -> None:
    saved = f"http://staff:{PASSWORD}@proxy.example.com:8080"
    app_settings.set(PROXY, saved)
    app_settings.sync()
    assert load_connection(app_settings, secrets).proxy == saved  # still works until then
    dialog = make()

    assert dialog.proxy_edit.text() == "http://proxy.example.com:8080"
    assert dialog.proxy_user_edit.text() == "staff"
    assert dialog.proxy_password_edit.text() == ""
    assert dialog.proxy_stored_label.text() == (
        "A password is stored in this computer's settings file: it moves to MemoryKeyring "
        "when you click OK."
    )
    assert all(PASSWORD not in text for text in shown_texts(dialog))
    assert dialog.connection_settings().proxy == saved
    press_ok(qtbot, dialog)

    assert PASSWORD.encode() not in ini_bytes(app_settings)
    assert secrets.load_proxy() == ("staff", PASSWORD)
    assert load_connection(app_settings, secrets).proxy == saved


def test_a_managed_proxy_locks_the_login_and_masks_its_password(
    qtbot: QtBot, make: Make, app_settings: AppSettings, memory_keyring: MemoryKeyring
) -> None:
    managed = f"http://it:{PASSWORD}@proxy.corp.example:3128"
    app_settings.system.setValue(PROXY.key, managed)
    dialog = make()

    assert dialog.proxy_edit.text() == "http://***@proxy.corp.example:3128"
    assert not dialog.proxy_edit.isEnabled()
    assert not dialog.proxy_user_edit.isEnabled()
    assert not dialog.proxy_password_edit.isEnabled()
    assert not dialog.proxy_remove_button.isVisible()
    assert all(PASSWORD not in text for text in shown_texts(dialog))
    assert dialog.connection_settings().proxy == managed
    press_ok(qtbot, dialog)

    assert not app_settings.user.contains(PROXY.key)
    assert memory_keyring.entries == {}


def test_without_a_keyring_a_proxy_password_cannot_be_saved(
    qtbot: QtBot, make: Make, app_settings: AppSettings
) -> None:
    dialog = make(secrets=SecretStore(fail.Keyring()))  # type: ignore[no-untyped-call]
    dialog.network_toggle.click()
    dialog.proxy_edit.setText(f"http://staff:{PASSWORD}@proxy.example.com:8080")

    assert "no password store" in dialog.proxy_login_notes.error.text()
    assert not dialog.ok_button.isEnabled()
    dialog.proxy_user_edit.clear()
    dialog.proxy_password_edit.clear()
    press_ok(qtbot, dialog)
    assert PASSWORD.encode() not in ini_bytes(app_settings)


def test_a_keyring_that_refuses_the_proxys_login_keeps_the_dialog_open(
    qtbot: QtBot, make: Make, app_settings: AppSettings
) -> None:
    class Refusing(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise BackendKeyringError("the keyring is locked")

    dialog = make(secrets=SecretStore(Refusing()))
    dialog.network_toggle.click()
    dialog.proxy_edit.setText("http://proxy.example.com:8080")
    dialog.proxy_user_edit.setText("staff")
    dialog.proxy_password_edit.setText(PASSWORD)

    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.proxy_login_error.message()), timeout=5_000)

    assert dialog.isVisible()
    assert "password store" in dialog.proxy_login_error.text()
    assert dialog.ok_button.isEnabled()
    assert app_settings.user.allKeys() == []
    dialog.cancel_button.click()


def test_cancel_saves_neither_value(
    qtbot: QtBot,
    make: Make,
    app_settings: AppSettings,
    authority: Authority,
    secrets: SecretStore,
    memory_keyring: MemoryKeyring,
) -> None:
    secrets.save_proxy("staff", PASSWORD)
    before = dict(memory_keyring.entries)
    dialog = make()
    type_bundle(qtbot, dialog, str(authority.ca_pem))
    dialog.proxy_edit.setText(f"http://kim:new-{PASSWORD}@proxy.example.com:8080")
    dialog.proxy_remove_button.click()

    dialog.cancel_button.click()

    assert not dialog.isVisible()
    assert app_settings.user.allKeys() == []
    assert memory_keyring.entries == before


def test_emptied_fields_remove_the_saved_values(
    qtbot: QtBot, make: Make, app_settings: AppSettings, authority: Authority
) -> None:
    app_settings.user.setValue(CA_BUNDLE.key, str(authority.ca_pem))
    app_settings.user.setValue(PROXY.key, "http://proxy.example.com:8080")
    dialog = make()
    dialog.ca_bundle_edit.clear()
    dialog.proxy_edit.clear()

    press_ok(qtbot, dialog)

    assert not app_settings.user.contains(CA_BUNDLE.key)
    assert not app_settings.user.contains(PROXY.key)


# --- the connection test uses what is typed -------------------------------------------------------


def test_the_connection_test_goes_through_the_typed_proxy(
    qtbot: QtBot,
    make: Make,
    store: DynamoStore,
    endpoint: str,
    proxy: ForwardProxy,
    app_settings: AppSettings,
) -> None:
    app_settings.user.setValue(PROXY.key, f"http://127.0.0.1:{closed_port()}")  # saved, unused
    dialog = make()
    use_endpoint(dialog, endpoint)
    dialog.proxy_edit.setText(proxy.url)
    dialog.proxy_user_edit.setText("staff")
    dialog.proxy_password_edit.setText(PASSWORD)

    texts = run_test(qtbot, dialog)

    assert all(text.startswith("✓ ") for text in texts), texts
    assert proxy.requests and all(url.startswith(endpoint) for url in proxy.requests)
    assert set(proxy.credentials) == {f"staff:{PASSWORD}"}
    assert all(PASSWORD not in text for text in shown_texts(dialog))
    assert app_settings.user.value(PROXY.key) != dialog.proxy_edit.text()  # nothing saved


def test_the_connection_test_uses_the_stored_proxy_password(
    qtbot: QtBot,
    make: Make,
    store: DynamoStore,
    endpoint: str,
    proxy: ForwardProxy,
    app_settings: AppSettings,
    secrets: SecretStore,
) -> None:
    app_settings.set(PROXY, proxy.url)
    secrets.save_proxy("staff", PASSWORD)
    dialog = make()
    use_endpoint(dialog, endpoint)

    texts = run_test(qtbot, dialog)

    assert all(text.startswith("✓ ") for text in texts), texts
    assert set(proxy.credentials) == {f"staff:{PASSWORD}"}
    assert all(PASSWORD not in text for text in shown_texts(dialog))


def test_the_connection_test_uses_the_typed_ca_bundle(
    qtbot: QtBot, make: Make, authority: Authority, app_settings: AppSettings, tmp_path: Path
) -> None:
    seen: list[ConnectionSettings] = []

    def factory(settings: ConnectionSettings) -> DynamoStore:
        seen.append(settings)
        return DynamoStore(settings)

    app_settings.user.setValue(CA_BUNDLE.key, str(tmp_path / "old-root.pem"))
    dialog = make(store_factory=factory)
    use_endpoint(dialog, f"http://127.0.0.1:{closed_port()}")
    type_bundle(qtbot, dialog, str(authority.ca_pem))

    run_test(qtbot, dialog)

    assert [settings.ca_bundle for settings in seen] == [str(authority.ca_pem)]
