"""The settings dialog with temporary keys: one paste fills every field, the session token is
kept in the keyring (never shown again), its expiry shown, saved and cleared with it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.data.secrets import SERVICE, SESSION_TOKEN_ENTRY, SecretStore
from desktop.domain.temporary_keys import expiry_text
from desktop.settings import CREDENTIAL_MODE, SESSION_EXPIRES, AppSettings
from tests.support import MemoryKeyring
from tests.views import test_settings_dialog as dialog_tests
from tests.views.test_settings_dialog import Make, press_ok, run_test, use_endpoint

# The settings dialog's own fixtures: a task runner, the dialog maker, the message-box answers.
runner = dialog_tests.runner
make = dialog_tests.make
answers = dialog_tests.answers

KEY_ID = "ASIAIOSFODNN7EXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaDmFwLW5vcnRoZWFzdC0y" * 40  # 2,080 characters
FUTURE = datetime(2999, 12, 4, 8, 30, tzinfo=UTC)  # not yet expired whatever the date
PAST = datetime(2020, 12, 4, 8, 30, tzinfo=UTC)


def store_temporary_key(secrets: SecretStore, app_settings: AppSettings, expires: datetime) -> None:
    """A temporary key saved earlier: its three parts in the keyring, its expiry in settings."""
    secrets.save(KEY_ID, SECRET, TOKEN)
    app_settings.set(CREDENTIAL_MODE, "keyring")
    app_settings.set(SESSION_EXPIRES, expires.strftime("%Y-%m-%dT%H:%M:%S.000Z"))


ASSUME_ROLE_OUTPUT = json.dumps(
    {
        "Credentials": {
            "AccessKeyId": KEY_ID,
            "SecretAccessKey": SECRET,
            "SessionToken": TOKEN,
            "Expiration": "2999-12-04T08:30:00+00:00",
        }
    },
    indent=4,
)


def paste_into(edit: QLineEdit, text: str) -> None:
    """Paste as a person does (Ctrl+V): the clipboard's text into the field."""
    QGuiApplication.clipboard().setText(text)
    edit.paste()


def token_entries(memory_keyring: MemoryKeyring) -> list[str]:
    return [
        entry
        for service, entry in memory_keyring.entries
        if service == SERVICE and entry.startswith(SESSION_TOKEN_ENTRY)
    ]


def test_pasting_the_cli_output_fills_every_field_and_ok_keeps_the_token_and_expiry(
    qtbot: QtBot,
    make: Make,
    secrets: SecretStore,
    memory_keyring: MemoryKeyring,
    app_settings: AppSettings,
) -> None:
    dialog = make()
    dialog.mode_keyring.setChecked(True)
    paste_into(dialog.key_id_edit, ASSUME_ROLE_OUTPUT)

    assert dialog.key_id_edit.text() == KEY_ID  # the secret never stays in the visible field
    assert dialog.secret_edit.text() == SECRET
    assert dialog.token_edit.text() == TOKEN
    assert dialog.expiry_label.isVisible()
    assert dialog.expiry_label.text() == f"Temporary key, expires {expiry_text(FUTURE)}"
    credentials = dialog.connection_settings().credentials
    assert (credentials.session_token, credentials.session_expires) == (TOKEN, FUTURE)
    assert memory_keyring.entries == {}  # nothing before OK

    press_ok(qtbot, dialog)

    assert secrets.load() == (KEY_ID, SECRET)
    assert secrets.load_session_token() == TOKEN
    assert len(token_entries(memory_keyring)) == 2  # longer than one Windows credential
    assert app_settings.get(SESSION_EXPIRES) == "2999-12-04T08:30:00.000Z"
    saved = Path(app_settings.user.fileName()).read_text(encoding="utf-8")
    assert "2999-12-04T08:30:00.000Z" in saved
    assert TOKEN[:40] not in saved
    assert SECRET not in saved

    again = make()
    assert again.token_edit.text() == ""  # a stored token is never shown
    assert again.token_edit.placeholderText().startswith("A session token is stored")
    assert again.stored_label.text() == (
        "A secret key and a session token are stored in MemoryKeyring."
    )
    assert again.expiry_label.text() == f"Temporary key, expires {expiry_text(FUTURE)}"
    assert again.connection_settings().credentials.session_token == TOKEN
    assert again.ok_button.isEnabled()


def test_export_lines_pasted_into_the_secret_field_work_too(make: Make) -> None:
    dialog = make()
    dialog.mode_keyring.setChecked(True)
    lines = (
        f"export AWS_ACCESS_KEY_ID={KEY_ID}\nexport AWS_SECRET_ACCESS_KEY={SECRET}\n"
        f"export AWS_SESSION_TOKEN={TOKEN}\n"
    )
    paste_into(dialog.secret_edit, lines)
    assert (dialog.key_id_edit.text(), dialog.secret_edit.text()) == (KEY_ID, SECRET)
    assert dialog.token_edit.text() == TOKEN
    assert dialog.expiry_label.text() == "Temporary key; when it expires is not known."


def test_a_temporary_key_without_its_token_is_refused(make: Make) -> None:
    dialog = make()
    dialog.mode_keyring.setChecked(True)
    dialog.key_id_edit.setText(KEY_ID)
    dialog.secret_edit.setText(SECRET)
    assert "session token" in dialog.problems()["credentials"]
    assert not dialog.ok_button.isEnabled()
    dialog.token_edit.setText(TOKEN)
    assert dialog.problems() == {}


def test_a_token_typed_by_hand_has_no_known_expiry(
    qtbot: QtBot, make: Make, app_settings: AppSettings, secrets: SecretStore
) -> None:
    dialog = make()
    dialog.mode_keyring.setChecked(True)
    paste_into(dialog.key_id_edit, ASSUME_ROLE_OUTPUT)
    dialog.token_edit.setText(TOKEN + "x")
    assert dialog.expiry_label.text() == "Temporary key; when it expires is not known."
    press_ok(qtbot, dialog)
    assert app_settings.get(SESSION_EXPIRES) == ""
    assert secrets.load_session_token() == TOKEN + "x"


def test_remove_deletes_the_token_and_its_expiry(
    qtbot: QtBot,
    make: Make,
    secrets: SecretStore,
    memory_keyring: MemoryKeyring,
    app_settings: AppSettings,
) -> None:
    store_temporary_key(secrets, app_settings, FUTURE)
    dialog = make()
    dialog.remove_secret_button.click()
    assert not dialog.expiry_label.isVisible()
    dialog.mode_default.setChecked(True)

    press_ok(qtbot, dialog)

    assert memory_keyring.entries == {}
    assert app_settings.get(SESSION_EXPIRES) == ""


def test_a_permanent_key_saved_over_a_temporary_one_clears_the_token(
    qtbot: QtBot,
    make: Make,
    secrets: SecretStore,
    memory_keyring: MemoryKeyring,
    app_settings: AppSettings,
) -> None:
    store_temporary_key(secrets, app_settings, FUTURE)
    dialog = make()
    dialog.key_id_edit.setText("AKIAIOSFODNN7EXAMPLE")
    dialog.secret_edit.setText("permanent-secret")
    assert not dialog.expiry_label.isVisible()

    press_ok(qtbot, dialog)

    assert secrets.load() == ("AKIAIOSFODNN7EXAMPLE", "permanent-secret")
    assert token_entries(memory_keyring) == []
    assert app_settings.get(SESSION_EXPIRES) == ""


def test_an_expired_key_says_so_in_the_dialog_and_the_test_without_asking_aws(
    qtbot: QtBot, make: Make, secrets: SecretStore, app_settings: AppSettings
) -> None:
    store_temporary_key(secrets, app_settings, PAST)
    dialog = make()
    assert dialog.expiry_label.text().startswith(f"Temporary key, expired {expiry_text(PAST)}")
    # No server listens here: a request would be an offline error, not this.
    use_endpoint(dialog, "http://127.0.0.1:9")

    texts = run_test(qtbot, dialog)

    assert texts[0].startswith(f"✗ The temporary access key expired at {expiry_text(PAST)}.")
    assert "IT department's sign-in page" in texts[0]
