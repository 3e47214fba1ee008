"""The settings dialog on DynamoDB Local: the checklist's warning and the Create tables one."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from tests.views import test_settings_dialog as dialog_tests
from tests.views.test_settings_dialog import Answers, Make, run_test, use_endpoint

# The settings dialog's own fixtures: a task runner, the dialog maker, the message-box answers.
runner = dialog_tests.runner
make = dialog_tests.make
answers = dialog_tests.answers


def shown(dialog: QWidget) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_the_checklist_warns_about_shared_db_on_a_local_server(
    qtbot: QtBot, make: Make, store: DynamoStore, endpoint: str
) -> None:
    dialog = make()
    dialog.show()
    use_endpoint(dialog, endpoint)  # moto, on 127.0.0.1

    texts = run_test(qtbot, dialog)

    assert len(texts) == 4 and all(text.startswith("✓ ") for text in texts), texts
    notice = dialog.checklist.notice
    assert notice.startswith("This is DynamoDB Local (or a local test server).")
    assert "Without -sharedDb it keeps one database per access key and region" in notice
    qtbot.waitUntil(lambda: notice in shown(dialog))  # on screen once the layout has run


def test_missing_tables_hint_at_shared_db_and_the_creation_warns(
    qtbot: QtBot, make: Make, endpoint: str, answers: Answers
) -> None:
    dialog = make()
    use_endpoint(dialog, endpoint)
    answers.role = QMessageBox.ButtonRole.RejectRole

    texts = run_test(qtbot, dialog)
    dialog.create_button.click()

    assert "If another PC created them, DynamoDB Local may run without -sharedDb" in texts[0]
    [question] = answers.asked
    assert question.startswith("Create the calendar's tables “departments” and “events”")
    assert "each computer's key would get its own, empty tables" in question
    assert "-sharedDb" not in answers.details[0]  # said in the question, not under it
    assert DynamoStore(dialog.connection_settings()).client.list_tables()["TableNames"] == []


def test_creating_tables_in_aws_asks_without_the_warning(make: Make, answers: Answers) -> None:
    dialog = make()  # no endpoint: DynamoDB in AWS; the question is declined, nothing is sent
    answers.role = QMessageBox.ButtonRole.RejectRole

    dialog.create_button.click()

    [question] = answers.asked
    assert question.endswith("in region ap-northeast-2?")
    assert "-sharedDb" not in question + answers.details[0]
    assert dialog.checklist.notice == ""
