"""The settings dialog: values round-trip, managed settings, the keyring, the connection test."""

from __future__ import annotations

import importlib.util
import json
import logging
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from keyring.backends import fail
from keyring.errors import KeyringError as BackendKeyringError
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.data.config import ConnectionSettings, CredentialMode
from desktop.data.connection import load_connection
from desktop.data.iam_policy import GUIDE_ACTIONS
from desktop.data.secrets import KEY_ID_ENTRY, SECRET_ENTRY, SERVICE, SecretStore
from desktop.data.store import DynamoStore
from desktop.settings import (
    CREDENTIAL_MODE,
    DEPARTMENTS_TABLE,
    ENDPOINT_URL,
    EVENTS_TABLE,
    PROFILE,
    READ_ONLY,
    REGION,
    AppSettings,
)
from desktop.views.settings import SettingsDialog
from desktop.workers.tasks import TaskRunner
from tests.data.test_iam_policy import GUIDE_POLICY, resources_checked  # noqa: F401
from tests.domain.test_connection_rules import BAD_VALUES, Bad, problems_with
from tests.support import MemoryKeyring, MotoServer
from tests.workers.test_connection_check import write_aws_config

KEY_ID = "AKIAIOSFODNN7EXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner(threads=2)
    yield runner
    runner.close()


class Answers:
    """Stands in for the person in front of a QMessageBox (the "Create tables" question)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.details: list[str] = []
        self.role = QMessageBox.ButtonRole.AcceptRole
        self.on_demand = False

    def exec(self, box: QMessageBox) -> int:
        self.asked.append(box.text())
        box.checkBox().setChecked(self.on_demand)
        self.details.append(box.informativeText())
        for button in box.buttons():
            if box.buttonRole(button) == self.role:
                button.click()
                break
        return 0


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    answers = Answers()

    def fake_exec(box: QMessageBox) -> int:
        return answers.exec(box)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return answers


Make = Callable[..., SettingsDialog]


@pytest.fixture
def make(qtbot: QtBot, app_settings: AppSettings, secrets: SecretStore, runner: TaskRunner) -> Make:
    def build(**kwargs: Any) -> SettingsDialog:
        dialog = SettingsDialog(
            kwargs.pop("settings", app_settings),
            kwargs.pop("secrets", secrets),
            runner,
            **kwargs,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.is_ready, timeout=10_000)
        return dialog

    return build


def press_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    """OK, then wait until the dialog has saved and closed."""
    assert dialog.ok_button.isEnabled(), dialog.problems()
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.ok_button.click()
    assert not dialog.isVisible()


def run_test(qtbot: QtBot, dialog: SettingsDialog) -> list[str]:
    assert dialog.test_button.isEnabled(), dialog.problems()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.is_testing(), timeout=30_000)
    return dialog.checklist_texts()


def use_endpoint(dialog: SettingsDialog, endpoint: str) -> None:
    dialog.endpoint_edit.setText(endpoint)


def use_key(dialog: SettingsDialog, key_id: str, secret: str) -> None:
    dialog.mode_keyring.setChecked(True)
    dialog.key_id_edit.setText(key_id)
    dialog.secret_edit.setText(secret)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture
def iam(moto_server: MotoServer) -> Iterator[MotoServer]:
    """The moto server; IAM enforcement is switched off again after the test."""
    try:
        yield moto_server
    finally:
        moto_server.set_auth_after(float("inf"))


def iam_user_key(endpoint: str, policy: dict[str, Any]) -> tuple[str, str]:
    """An IAM user with only ``policy``: its access key id and secret (set up unenforced)."""
    client = boto3.client("iam", endpoint_url=endpoint, region_name="us-east-1")
    client.create_user(UserName="calendar")
    arn = client.create_policy(PolicyName="deptcal", PolicyDocument=json.dumps(policy))
    client.attach_user_policy(UserName="calendar", PolicyArn=arn["Policy"]["Arn"])
    key = client.create_access_key(UserName="calendar")["AccessKey"]
    return key["AccessKeyId"], key["SecretAccessKey"]


# --- values ---------------------------------------------------------------------------------------


def test_the_defaults_are_shown_when_nothing_is_saved(make: Make) -> None:
    dialog = make()

    settings = dialog.connection_settings()
    assert dialog.region_combo.currentText() == "ap-northeast-2 — Asia Pacific (Seoul)"
    assert dialog.region_combo.itemData(0) == "ap-northeast-2"  # Seoul first, as in the guide
    assert (settings.region, settings.departments_table, settings.events_table) == (
        "ap-northeast-2",
        "departments",
        "events",
    )
    assert settings.endpoint_url == ""
    assert dialog.mode_default.isChecked()
    assert dialog.checklist_texts() == []
    assert not dialog.managed_note.isVisible()
    assert not dialog.demo_button.isVisible()
    assert dialog.secret_edit.echoMode() == dialog.secret_edit.EchoMode.Password


def test_every_field_round_trips_through_the_settings(
    qtbot: QtBot, make: Make, app_settings: AppSettings, isolated_environment: Path
) -> None:
    write_aws_config(isolated_environment)
    dialog = make()
    dialog.region_combo.setEditText("eu-west-1")
    dialog.departments_edit.setText("team-departments")
    dialog.events_edit.setText("team-events")
    dialog.endpoint_edit.setText("http://localhost:8000")
    dialog.mode_profile.setChecked(True)
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("plain"))
    before = dialog.connection_settings()

    press_ok(qtbot, dialog)

    assert app_settings.get(REGION) == "eu-west-1"
    assert app_settings.get(DEPARTMENTS_TABLE) == "team-departments"
    assert app_settings.get(EVENTS_TABLE) == "team-events"
    assert app_settings.get(ENDPOINT_URL) == "http://localhost:8000"
    assert app_settings.get(CREDENTIAL_MODE) == "profile"
    assert app_settings.get(PROFILE) == "plain"
    again = make()
    assert again.connection_settings() == before
    assert again.region_combo.currentText() == "eu-west-1 — Europe (Ireland)"
    assert again.mode_profile.isChecked()
    assert again.profile_combo.currentText() == "plain"
    assert again.advanced_box.isVisible()  # a saved endpoint is shown, not hidden

    # And back to the defaults: the user settings are emptied again.
    again.region_combo.setCurrentIndex(0)
    again.departments_edit.setText("departments")
    again.events_edit.setText("events")
    again.endpoint_edit.clear()
    again.mode_default.setChecked(True)
    press_ok(qtbot, again)
    assert app_settings.get(REGION) == "ap-northeast-2"
    assert app_settings.get(CREDENTIAL_MODE) == "default"
    assert app_settings.get(ENDPOINT_URL) == ""
    third = make()
    assert third.connection_settings().region == "ap-northeast-2"
    assert third.mode_default.isChecked()


def test_a_typed_region_code_and_a_region_searched_by_name(make: Make) -> None:
    dialog = make()
    dialog.region_combo.setEditText("  us-east-2 ")
    assert dialog.connection_settings().region == "us-east-2"
    dialog.region_combo.setEditText("not a region!")
    assert "region" in dialog.problems()
    assert not dialog.ok_button.isEnabled()
    completer = dialog.region_combo.completer()
    assert completer is not None
    completer.setCompletionPrefix("Seoul")
    assert completer.currentCompletion().startswith("ap-northeast-2")


def test_an_endpoint_must_be_an_http_url(make: Make) -> None:
    dialog = make()
    assert not dialog.advanced_box.isVisible()

    dialog.endpoint_edit.setText("localhost:8000")

    assert not dialog.ok_button.isEnabled()
    assert not dialog.test_button.isEnabled()
    assert "http://" in dialog.endpoint_notes.error.text()
    assert dialog.endpoint_notes.error.isVisible()
    assert dialog.advanced_box.isVisible()
    dialog.endpoint_edit.setText("http://localhost:8000")
    assert dialog.ok_button.isEnabled()
    assert not dialog.endpoint_notes.error.isVisible()


def test_table_names_are_checked(make: Make) -> None:
    dialog = make()
    dialog.events_edit.setText("x")
    assert "events_table" in dialog.problems()
    dialog.events_edit.setText("departments")
    assert "different" in dialog.problems()["events_table"]
    dialog.events_edit.setText("events")
    assert dialog.problems() == {}


@pytest.mark.parametrize("bad", BAD_VALUES, ids=lambda bad: f"{bad.field}={bad.value[:20]}")
def test_the_dialog_refuses_what_the_commands_refuse(make: Make, bad: Bad) -> None:
    # The same values and messages as tests/test_cli_tables.py.
    dialog = make()
    fields = {
        "region": (dialog.region_combo.setEditText, dialog.region_notes),
        "departments_table": (dialog.departments_edit.setText, dialog.departments_notes),
        "events_table": (dialog.events_edit.setText, dialog.events_notes),
        "endpoint_url": (dialog.endpoint_edit.setText, dialog.endpoint_notes),
    }
    type_into, notes = fields[bad.field]

    type_into(bad.value)

    assert notes.error.isVisible()
    assert notes.error.text() == problems_with(bad.field, bad.value)[bad.field]
    assert notes.error.text().startswith(bad.message)
    assert list(dialog.problems()) == [bad.field]
    assert not dialog.ok_button.isEnabled()
    assert not dialog.test_button.isEnabled()


def test_the_dialog_and_the_app_assemble_the_same_connection(
    qtbot: QtBot,
    make: Make,
    app_settings: AppSettings,
    secrets: SecretStore,
    monkeypatch: pytest.MonkeyPatch,
    isolated_environment: Path,
) -> None:
    # The web app's .env keys serve the standard chain, in the dialog's test as in the app.
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_DEFAULT_REGION")  # would override the saved region in the app
    (isolated_environment / ".env").write_text(
        f"AWS_ACCESS_KEY_ID={KEY_ID}\nAWS_SECRET_ACCESS_KEY={SECRET}\n", encoding="utf-8"
    )
    dialog = make()
    dialog.region_combo.setEditText("eu-west-1")
    dialog.events_edit.setText("team-events")
    dialog.endpoint_edit.setText("http://localhost:8000")
    typed = dialog.connection_settings()

    press_ok(qtbot, dialog)

    assert typed.credentials.access_key_id == KEY_ID
    assert load_connection(app_settings, secrets) == typed


def test_managed_settings_are_shown_locked_and_not_written(
    qtbot: QtBot, make: Make, app_settings: AppSettings
) -> None:
    app_settings.system.setValue(REGION.key, "eu-central-1")
    app_settings.system.setValue(CREDENTIAL_MODE.key, "default")
    app_settings.user.setValue(REGION.key, "us-west-2")
    dialog = make()

    assert dialog.managed_note.isVisible()
    assert "managed by your organisation" in dialog.managed_label.text()
    assert not dialog.region_combo.isEnabled()
    assert dialog.region_combo.currentText().startswith("eu-central-1")
    assert dialog.region_notes.lock.isVisible()
    assert dialog.region_notes.lock.text() == "Set by your administrator"
    assert not dialog.mode_keyring.isEnabled()
    assert not dialog.mode_profile.isEnabled()
    assert dialog.mode_default.isChecked()
    assert dialog.mode_lock.isVisible()
    assert dialog.departments_edit.isEnabled()
    assert not dialog.departments_notes.lock.isVisible()
    dialog.departments_edit.setText("team-departments")

    press_ok(qtbot, dialog)

    assert app_settings.user.value(REGION.key) == "us-west-2"  # untouched
    assert not app_settings.user.contains(CREDENTIAL_MODE.key)
    assert app_settings.get(REGION) == "eu-central-1"
    assert app_settings.get(DEPARTMENTS_TABLE) == "team-departments"


def test_environment_and_dotenv_overrides_are_noted(
    make: Make, monkeypatch: pytest.MonkeyPatch, isolated_environment: Path
) -> None:
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    (isolated_environment / ".env").write_text("EVENTS_TABLE=web-events\n", encoding="utf-8")
    dialog = make()

    region_note = dialog.region_notes.override
    assert region_note.isVisible()
    assert "environment variable AWS_REGION" in region_note.text()
    assert "eu-west-1" in region_note.text()
    assert "EVENTS_TABLE in a .env file" in dialog.events_notes.override.text()
    assert not dialog.departments_notes.override.isVisible()
    # The field shows the saved value, not the override.
    assert dialog.connection_settings().region == "ap-northeast-2"
    assert dialog.connection_settings().events_table == "events"


def test_a_managed_value_is_locked_and_no_override_is_noted(
    make: Make,
    app_settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
    isolated_environment: Path,
) -> None:
    # The environment and a .env name other values: the managed ones win, shown locked.
    app_settings.system.setValue(REGION.key, "ap-northeast-2")
    app_settings.system.setValue(EVENTS_TABLE.key, "events-managed")
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    monkeypatch.setenv("DEPARTMENTS_TABLE", "departments-env")
    (isolated_environment / ".env").write_text("EVENTS_TABLE=web-events\n", encoding="utf-8")
    dialog = make()

    assert dialog.region_notes.lock.isVisible()
    assert not dialog.region_notes.override.isVisible()
    assert dialog.events_notes.lock.isVisible()
    assert not dialog.events_notes.override.isVisible()
    assert "DEPARTMENTS_TABLE" in dialog.departments_notes.override.text()
    connection = dialog.connection_settings()
    assert (connection.region, connection.events_table) == ("ap-northeast-2", "events-managed")


def test_an_endpoints_password_is_not_shown_in_its_override_note(
    make: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://dbuser:hunter2@localhost:8000")
    dialog = make()

    note = dialog.endpoint_notes.override.text()
    assert "http://***@localhost:8000" in note
    assert "hunter2" not in note


def test_first_start_explains_and_offers_the_demo(
    qtbot: QtBot, make: Make, app_settings: AppSettings
) -> None:
    dialog = make(first_start=True)
    assert dialog.intro.isVisible()
    assert "needs to know where your department's calendar is stored" in (dialog.intro_label.text())
    assert dialog.demo_button.isVisible()
    applied: list[bool] = []
    dialog.applied.connect(lambda: applied.append(True))

    with qtbot.waitSignal(dialog.demoRequested):
        dialog.demo_button.click()

    assert not dialog.isVisible()
    assert applied == []
    assert app_settings.user.allKeys() == []


def test_where_the_demo_cannot_run_the_first_start_does_not_offer_it(
    make: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, package=None: None if name == "moto" else real(name, package),
    )
    dialog = make(first_start=True)
    assert dialog.intro.isVisible()
    assert "needs to know where your department's calendar is stored" in dialog.intro_label.text()
    assert "demo" not in dialog.intro_label.text()
    assert not dialog.demo_button.isVisible()


# --- the keyring ----------------------------------------------------------------------------------


def test_an_access_key_is_saved_in_the_keyring_on_ok(
    qtbot: QtBot, make: Make, memory_keyring: MemoryKeyring, app_settings: AppSettings
) -> None:
    dialog = make()
    use_key(dialog, KEY_ID, SECRET)
    assert memory_keyring.entries == {}  # nothing before OK

    press_ok(qtbot, dialog)

    assert memory_keyring.entries == {
        (SERVICE, KEY_ID_ENTRY): KEY_ID,
        (SERVICE, SECRET_ENTRY): SECRET,
    }
    assert app_settings.get(CREDENTIAL_MODE) == "keyring"
    again = make()
    assert again.mode_keyring.isChecked()
    assert again.key_id_edit.text() == KEY_ID
    assert again.secret_edit.text() == ""  # a stored secret is never shown
    assert again.stored_label.text() == "A secret key is stored in MemoryKeyring."
    assert again.remove_secret_button.isVisible()
    assert again.connection_settings().credentials.secret_access_key == SECRET
    assert again.ok_button.isEnabled()


def test_a_typed_secret_replaces_the_stored_one(
    qtbot: QtBot, make: Make, secrets: SecretStore, memory_keyring: MemoryKeyring
) -> None:
    secrets.save(KEY_ID, SECRET)
    dialog = make()
    assert dialog.key_id_edit.text() == KEY_ID
    dialog.mode_keyring.setChecked(True)
    dialog.key_id_edit.setText("AKIANEWKEY0000000000")
    assert "credentials" in dialog.problems()  # a new key id needs its own secret
    dialog.secret_edit.setText("new-secret")
    assert "replaced" in dialog.stored_label.text()

    press_ok(qtbot, dialog)

    assert secrets.load() == ("AKIANEWKEY0000000000", "new-secret")


def test_remove_deletes_the_stored_key_on_ok_only(
    qtbot: QtBot, make: Make, secrets: SecretStore, app_settings: AppSettings
) -> None:
    secrets.save(KEY_ID, SECRET)
    app_settings.set(CREDENTIAL_MODE, "keyring")
    dialog = make()

    dialog.remove_secret_button.click()

    assert "removed when you click OK" in dialog.stored_label.text()
    assert secrets.load() == (KEY_ID, SECRET)  # not yet
    assert not dialog.ok_button.isEnabled()  # the keyring option now needs a key
    dialog.mode_default.setChecked(True)
    press_ok(qtbot, dialog)
    assert secrets.load() is None
    assert secrets.stored_key_id() is None
    assert app_settings.get(CREDENTIAL_MODE) == "default"


def test_remove_can_be_undone(make: Make, secrets: SecretStore) -> None:
    secrets.save(KEY_ID, SECRET)
    dialog = make()
    dialog.remove_secret_button.click()
    assert dialog.key_id_edit.text() == ""
    dialog.remove_secret_button.click()
    assert dialog.key_id_edit.text() == KEY_ID
    assert dialog.stored_label.text() == "A secret key is stored in MemoryKeyring."


def test_cancel_leaves_the_keyring_and_the_settings_untouched(
    make: Make, secrets: SecretStore, app_settings: AppSettings, memory_keyring: MemoryKeyring
) -> None:
    secrets.save(KEY_ID, SECRET)
    before = dict(memory_keyring.entries)
    dialog = make()
    dialog.remove_secret_button.click()
    use_key(dialog, "AKIATYPEDBUTCANCELLED", "typed-secret")
    dialog.region_combo.setEditText("eu-west-1")

    dialog.cancel_button.click()

    assert not dialog.isVisible()
    assert memory_keyring.entries == before
    assert app_settings.user.allKeys() == []


def test_a_failing_keyring_keeps_the_dialog_open_and_writes_nothing(
    qtbot: QtBot,
    make: Make,
    app_settings: AppSettings,
    isolated_environment: Path,
) -> None:
    class Refusing(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise BackendKeyringError("the keyring is locked")

    dialog = make(secrets=SecretStore(Refusing()))
    use_key(dialog, KEY_ID, SECRET)
    applied: list[bool] = []
    dialog.applied.connect(lambda: applied.append(True))

    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.credentials_error.message()), timeout=5_000)

    assert dialog.isVisible()
    assert applied == []
    assert "password store" in dialog.credentials_error.text()
    assert dialog.credentials_error.isVisible()
    assert dialog.ok_button.isEnabled()  # it can be tried again
    app_settings.sync()
    assert app_settings.user.allKeys() == []
    for path in isolated_environment.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    dialog.secret_edit.setText(SECRET + "x")  # editing clears the message
    assert not dialog.credentials_error.message()
    dialog.cancel_button.click()


def test_without_a_keyring_the_option_is_disabled_with_a_plain_note(
    qtbot: QtBot, make: Make, app_settings: AppSettings
) -> None:
    app_settings.set(CREDENTIAL_MODE, "keyring")
    dialog = make(secrets=SecretStore(fail.Keyring()))  # type: ignore[no-untyped-call]

    assert not dialog.mode_keyring.isEnabled()
    assert dialog.keyring_note.isVisible()
    assert "no password store" in dialog.keyring_note.text()
    assert not dialog.key_id_edit.isVisible()
    assert dialog.mode_profile.isEnabled()
    assert dialog.mode_default.isEnabled()
    assert not dialog.ok_button.isEnabled()  # the saved keyring mode cannot work here
    dialog.mode_default.setChecked(True)
    press_ok(qtbot, dialog)
    assert app_settings.get(CREDENTIAL_MODE) == "default"


def test_the_keyring_is_read_on_a_worker(
    qtbot: QtBot, app_settings: AppSettings, runner: TaskRunner
) -> None:
    import threading

    release = threading.Event()
    threads: list[threading.Thread] = []

    class Slow(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            threads.append(threading.current_thread())
            release.wait(5)
            return super().get_password(service, username)

    dialog = SettingsDialog(app_settings, SecretStore(Slow()), runner)
    qtbot.addWidget(dialog)
    assert dialog.keyring_note.text() == "Checking the keyring…"
    release.set()
    qtbot.waitUntil(dialog.is_ready, timeout=5_000)
    assert threads and threading.main_thread() not in threads
    assert not dialog.keyring_note.isVisible()


# --- profiles -------------------------------------------------------------------------------------


def test_profiles_are_listed_with_sso_marked(
    make: Make, isolated_environment: Path, app_settings: AppSettings
) -> None:
    write_aws_config(isolated_environment)
    app_settings.set(PROFILE, "gone")
    dialog = make()

    items = [dialog.profile_combo.itemText(i) for i in range(dialog.profile_combo.count())]

    assert items == ["dev-sso (SSO)", "team (SSO)", "plain", "gone (not on this computer)"]
    assert dialog.profile_combo.currentData() == "gone"


def test_no_profiles_says_how_to_make_one(make: Make) -> None:
    dialog = make()
    dialog.mode_profile.setChecked(True)

    assert "aws configure" in dialog.profile_note.text()
    assert not dialog.ok_button.isEnabled()


def test_an_expired_sso_sign_in_shows_the_command_to_copy(
    qtbot: QtBot, make: Make, isolated_environment: Path
) -> None:
    write_aws_config(isolated_environment)
    dialog = make()
    use_endpoint(dialog, f"http://127.0.0.1:{closed_port()}")
    dialog.mode_profile.setChecked(True)
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("dev-sso"))

    texts = run_test(qtbot, dialog)

    assert len(texts) == 1 and texts[0].startswith("✗")
    assert "dev-sso" in texts[0]
    assert dialog.sso_box.isVisible()
    assert dialog.sso_command_edit.text() == "aws sso login --profile dev-sso"
    assert dialog.sso_command_edit.isReadOnly()
    dialog.copy_command_button.click()
    assert QGuiApplication.clipboard().text() == "aws sso login --profile dev-sso"


# --- the connection test against moto -------------------------------------------------------------


def test_everything_passes_with_the_guides_tables(
    qtbot: QtBot, make: Make, store: DynamoStore, endpoint: str
) -> None:
    dialog = make()
    use_endpoint(dialog, endpoint)

    texts = run_test(qtbot, dialog)

    assert len(texts) == 4
    assert all(text.startswith("✓ ") for text in texts), texts
    assert "Everything is in place" in dialog.checklist.message.text()
    assert not dialog.policy_box.isVisible()
    assert not dialog.sso_box.isVisible()


def test_the_test_uses_the_unsaved_values_and_saves_nothing(
    qtbot: QtBot, make: Make, app_settings: AppSettings, memory_keyring: MemoryKeyring
) -> None:
    seen: list[ConnectionSettings] = []

    def factory(settings: ConnectionSettings) -> DynamoStore:
        seen.append(settings)
        return DynamoStore(settings)

    dialog = make(store_factory=factory)
    dialog.region_combo.setEditText("eu-west-3")
    dialog.events_edit.setText("other-events")
    use_endpoint(dialog, f"http://127.0.0.1:{closed_port()}")
    use_key(dialog, KEY_ID, SECRET)

    run_test(qtbot, dialog)

    assert len(seen) == 1
    assert seen[0].region == "eu-west-3"
    assert seen[0].events_table == "other-events"
    assert seen[0].credentials.mode is CredentialMode.KEYRING
    assert seen[0].credentials.secret_access_key == SECRET
    assert app_settings.user.allKeys() == []
    assert memory_keyring.entries == {}


def test_missing_tables_offer_create_and_then_pass(
    qtbot: QtBot, make: Make, endpoint: str, answers: Answers
) -> None:
    dialog = make()
    use_endpoint(dialog, endpoint)

    texts = run_test(qtbot, dialog)

    assert len(texts) == 2
    assert all(t.startswith("✗ ") for t in texts)
    assert "does not exist in region ap-northeast-2" in texts[0]
    assert "Check the region" in texts[0]
    assert "Create tables" in texts[0]
    assert dialog.report() is not None
    assert dialog.report().offers == ["create_tables"]  # type: ignore[union-attr]
    assert dialog.create_button.isEnabled()

    answers.on_demand = True
    dialog.create_button.click()
    qtbot.waitUntil(lambda: not dialog.is_creating() and not dialog.is_testing(), timeout=30_000)

    assert "“departments” and “events”" in answers.asked[0]
    assert "10 read and 10 write units" not in answers.details[0]  # on-demand was chosen
    texts = dialog.checklist_texts()
    assert len(texts) == 4 and all(t.startswith("✓ ") for t in texts), texts
    described = DynamoStore(dialog.connection_settings()).describe_table("departments")
    assert described["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"


def test_create_tables_describes_the_guides_capacities_and_can_be_declined(
    qtbot: QtBot, make: Make, endpoint: str, answers: Answers
) -> None:
    dialog = make()
    use_endpoint(dialog, endpoint)
    answers.role = QMessageBox.ButtonRole.RejectRole

    dialog.create_button.click()

    assert not dialog.is_creating()
    assert "10 read and 10 write units" in answers.details[0]
    assert "name-index" in answers.details[0] and "department-date-index" in answers.details[0]
    assert DynamoStore(dialog.connection_settings()).client.list_tables()["TableNames"] == []


def test_create_tables_shows_progress_from_the_worker(
    qtbot: QtBot, make: Make, endpoint: str
) -> None:
    dialog = make()
    use_endpoint(dialog, endpoint)
    messages: list[str] = []
    dialog._bridge.progressed.connect(lambda table, status: messages.append(status))

    dialog.create_button.click()
    qtbot.waitUntil(lambda: not dialog.is_creating() and not dialog.is_testing(), timeout=30_000)

    assert "ACTIVE" in messages
    provisioned = DynamoStore(dialog.connection_settings()).describe_table("events")
    assert provisioned["ProvisionedThroughput"]["ReadCapacityUnits"] == 10


def test_wrong_keys_give_credentials_advice(
    qtbot: QtBot, make: Make, store: DynamoStore, endpoint: str, iam: MotoServer
) -> None:
    dialog = make()
    use_endpoint(dialog, endpoint)
    use_key(dialog, "AKIANOSUCHKEY0000000", "not-the-secret")
    iam.set_auth_after(0)

    texts = run_test(qtbot, dialog)

    assert len(texts) == 1
    assert texts[0].startswith("✗ AWS did not accept the credentials.")
    assert "access key ID and the secret access key" in texts[0]


@pytest.mark.usefixtures("resources_checked")
def test_access_denied_names_the_action_and_offers_the_policy(
    qtbot: QtBot, make: Make, store: DynamoStore, endpoint: str, iam: MotoServer
) -> None:
    limited = json.loads(json.dumps(GUIDE_POLICY))
    for statement in limited["Statement"]:
        statement["Action"].remove("dynamodb:Query")
    key_id, secret = iam_user_key(endpoint, limited)
    dialog = make()
    use_endpoint(dialog, endpoint)
    use_key(dialog, key_id, secret)
    iam.set_auth_after(0)

    texts = run_test(qtbot, dialog)

    failed = [t for t in texts if t.startswith("✗")]
    assert len(failed) == 1
    assert "dynamodb:Query" in failed[0]
    assert dialog.policy_box.isVisible()
    assert "dynamodb:Query" in dialog.policy_note.text()
    QGuiApplication.clipboard().clear()

    dialog.copy_policy_button.click()

    policy = json.loads(QGuiApplication.clipboard().text())
    assert policy == GUIDE_POLICY
    assert all("dynamodb:Query" in s["Action"] for s in policy["Statement"])
    assert set(policy["Statement"][0]["Action"]) == set(GUIDE_ACTIONS)


def test_the_copied_policy_names_the_fields_region_and_tables(make: Make) -> None:
    dialog = make()
    dialog.region_combo.setEditText("eu-west-1")
    dialog.departments_edit.setText("team-departments")

    dialog.copy_policy()

    policy = json.loads(QGuiApplication.clipboard().text())
    assert [s["Resource"] for s in policy["Statement"]] == [
        "arn:aws:dynamodb:eu-west-1:*:table/team-departments*",
        "arn:aws:dynamodb:eu-west-1:*:table/events*",
    ]


def test_a_read_only_pc_is_offered_the_read_only_policy_at_once(
    make: Make, app_settings: AppSettings
) -> None:
    plain = make()
    assert not plain.policy_box.isVisibleTo(plain)  # elsewhere: only after a failed test
    app_settings.set(READ_ONLY, True)
    dialog = make()
    assert dialog.policy_box.isVisibleTo(dialog)
    dialog.region_combo.setEditText("eu-west-1")

    dialog.copy_read_only_button.click()

    policy = json.loads(QGuiApplication.clipboard().text())
    actions = {a for s in policy["Statement"] for a in s["Action"]}
    assert actions == {
        "dynamodb:DescribeTable",
        "dynamodb:GetItem",
        "dynamodb:Query",
        "dynamodb:Scan",
    }
    assert [s["Resource"] for s in policy["Statement"]] == [
        "arn:aws:dynamodb:eu-west-1:*:table/departments*",
        "arn:aws:dynamodb:eu-west-1:*:table/events*",
    ]
    assert "dynamodb:Scan" not in policy["Statement"][1]["Action"]  # events: never scanned
    assert dialog.copy_policy_button.isVisibleTo(dialog)  # the full one is still offered


def test_no_network_gives_offline_advice(qtbot: QtBot, make: Make) -> None:
    dialog = make()
    address = f"http://127.0.0.1:{closed_port()}"
    use_endpoint(dialog, address)

    texts = run_test(qtbot, dialog)

    assert len(texts) == 1
    assert texts[0].startswith(f"✗ Cannot reach DynamoDB at {address}.")
    assert "network connection" in texts[0]


def test_a_changed_field_marks_the_result_stale(
    qtbot: QtBot, make: Make, store: DynamoStore, endpoint: str
) -> None:
    dialog = make()
    use_endpoint(dialog, endpoint)
    run_test(qtbot, dialog)
    assert not dialog.stale_note.isVisible()

    dialog.events_edit.setText("other-events")

    assert dialog.stale_note.isVisible()


# --- secrets stay secret --------------------------------------------------------------------------


def test_a_saved_and_used_secret_is_in_no_file_and_no_log(
    qtbot: QtBot,
    make: Make,
    store: DynamoStore,
    endpoint: str,
    app_settings: AppSettings,
    secrets: SecretStore,
    isolated_environment: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = make()
    use_endpoint(dialog, endpoint)
    use_key(dialog, KEY_ID, SECRET)
    assert all(t.startswith("✓") for t in run_test(qtbot, dialog))
    press_ok(qtbot, dialog)

    connection = load_connection(app_settings, secrets)
    assert connection.credentials.secret_access_key == SECRET
    assert SECRET not in repr(connection)
    used = DynamoStore(connection)
    assert used.list_departments().departments == []
    app_settings.sync()

    files = [p for p in isolated_environment.rglob("*") if p.is_file()]
    assert any(p.name == "user.ini" for p in files)
    for path in files:
        assert SECRET.encode() not in path.read_bytes(), path
    assert "user.ini" in {p.name for p in files}
    assert SECRET not in caplog.text
    assert all(SECRET not in str(record.args) for record in caplog.records)
    assert any("Connection settings saved" in r.getMessage() for r in caplog.records)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert all(SECRET not in text for text in labels)
    assert all(SECRET not in text for text in dialog.checklist_texts())


def test_the_on_demand_choice_is_a_checkbox(make: Make, endpoint: str, answers: Answers) -> None:
    boxes: list[QCheckBox] = []

    def capture(box: QMessageBox) -> int:
        check = box.checkBox()
        assert isinstance(check, QCheckBox)
        boxes.append(check)
        return 0  # closed without an answer: nothing happens

    dialog = make()
    use_endpoint(dialog, endpoint)
    answers.exec = capture  # type: ignore[method-assign]
    dialog.create_button.click()

    assert len(boxes) == 1
    assert "On-demand" in boxes[0].text()
    assert not dialog.is_creating()
