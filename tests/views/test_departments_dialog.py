"""Managing departments: the form, live validation, and the counted delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.data.errors import NameTakenError, OfflineError
from desktop.data.store import DynamoStore
from desktop.domain.models import Department
from desktop.settings import ADMIN_DEPARTMENTS
from desktop.views.department_delete import ConfirmDeleteDialog
from desktop.views.departments_dialog import DepartmentsDialog
from tests.views.conftest import ENGLISH, Seeded, WindowFactory

# The delete question and the backup notice are dialogs shown on the offscreen platform.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DEPARTMENTS = [
    Department("dev", "개발팀", "소프트웨어 개발"),
    Department("sales", "영업팀", "영업\n및 고객 관리"),
    Department("hr", "Human Resources"),
]


class Answers:
    """Stands in for the user in front of a QMessageBox: records the question, clicks a role."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.buttons: list[list[str]] = []
        self.role = QMessageBox.ButtonRole.DestructiveRole

    def exec(self, box: QMessageBox) -> int:
        self.asked.append(box.text())
        self.buttons.append([b.text() for b in box.buttons()])
        assert box.textFormat() == Qt.TextFormat.PlainText
        for button in box.buttons():
            if box.buttonRole(button) == self.role:
                button.click()
                break
        return 0


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    answers = Answers()

    def fake_exec(box: QMessageBox) -> int:  # replaces the method, so ``box`` is self
        return answers.exec(box)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return answers


def make(qtbot: QtBot, departments: list[Department] = DEPARTMENTS) -> DepartmentsDialog:
    dialog = DepartmentsDialog(departments)
    qtbot.addWidget(dialog)
    return dialog


def test_lists_departments_with_their_descriptions(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert dialog.windowTitle() == "Departments"
    assert dialog.list.topLevelItemCount() == 3
    item = dialog.list.topLevelItem(1)
    assert item is not None
    assert item.text(0) == "영업팀"
    assert item.text(1) == "영업 및 고객 관리"  # one line in the list
    assert dialog.editing is None
    assert dialog.form_box.title() == "New department"
    assert not dialog.delete_button.isEnabled()


def test_create_is_validated_live_and_emits(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert not dialog.save_button.isEnabled()
    assert dialog.problems()["name"] == ""  # nothing said before anything was typed
    qtbot.keyClicks(dialog.name_edit, "  ")
    assert not dialog.save_button.isEnabled()
    assert dialog.problems()["name"] == "Enter a department name."
    dialog.name_edit.setText("  기획팀 ")
    dialog.description_edit.setPlainText("전략 기획")
    assert dialog.problems()["name"] == ""
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.createRequested) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["기획팀", "전략 기획"]
    assert dialog.is_busy()
    assert not dialog.save_button.isEnabled()
    assert dialog.name_edit.isReadOnly()
    dialog.done_saving()
    assert not dialog.is_busy()
    assert dialog.name_edit.text() == ""
    assert dialog.description_edit.toPlainText() == ""


def test_a_too_long_name_and_a_taken_name_are_refused(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.name_edit.setText("x" * 101)
    assert "too long" in dialog.problems()["name"]
    assert not dialog.save_button.isEnabled()
    dialog.name_edit.setText("영업팀")
    assert dialog.problems()["name"] == "A department named “\u2068영업팀\u2069” already exists."
    assert not dialog.save_button.isEnabled()


def test_selecting_a_department_edits_it(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.select("sales")
    assert dialog.editing == DEPARTMENTS[1]
    assert dialog.form_box.title() == "Edit department"
    assert dialog.name_edit.text() == "영업팀"
    assert dialog.description_edit.toPlainText() == "영업\n및 고객 관리"
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    assert dialog.delete_button.isEnabled()
    dialog.name_edit.setText("영업본부")
    # Its own name is not "taken".
    dialog.name_edit.setText("영업팀 ")
    assert dialog.problems()["name"] == ""
    dialog.name_edit.setText("영업본부")
    with qtbot.waitSignal(dialog.updateRequested) as blocker:
        dialog.save_button.click()
    assert blocker.args == [DEPARTMENTS[1], "영업본부", "영업\n및 고객 관리"]


def test_leaving_a_changed_form_asks_first(qtbot: QtBot, answers: Answers) -> None:
    dialog = make(qtbot)
    dialog.select("dev")
    dialog.description_edit.setPlainText("바뀜")
    answers.role = QMessageBox.ButtonRole.RejectRole  # keep editing
    dialog.select("hr")
    assert answers.asked == ["Discard your changes?"]
    assert dialog.editing == DEPARTMENTS[0]
    assert dialog.description_edit.toPlainText() == "바뀜"
    assert dialog.selected() == DEPARTMENTS[0]
    answers.role = QMessageBox.ButtonRole.DestructiveRole
    dialog.select("hr")
    assert dialog.editing == DEPARTMENTS[2]
    assert dialog.name_edit.text() == "Human Resources"


def confirm_of(dialog: DepartmentsDialog) -> ConfirmDeleteDialog:
    assert dialog.confirm is not None
    return dialog.confirm


def test_delete_asks_to_type_the_name(qtbot: QtBot, answers: Answers) -> None:
    dialog = make(qtbot)
    dialog.select("hr")
    with qtbot.waitSignal(dialog.countRequested) as counting:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert counting.args == [DEPARTMENTS[2]]
    assert dialog.is_busy()
    with qtbot.assertNotEmitted(dialog.deleteRequested):
        dialog.show_event_count("hr", 0)
    confirm = confirm_of(dialog)
    assert confirm.question.text() == "Delete “\u2068Human Resources\u2069”? It has no events."
    assert not confirm.delete_button.isEnabled()
    confirm.name_edit.setText("Human")
    assert not confirm.delete_button.isEnabled()
    confirm.name_edit.setText("human resources")  # the name exactly, not another spelling
    assert not confirm.delete_button.isEnabled()
    confirm.name_edit.setText(" Human Resources ")
    assert confirm.delete_button.isEnabled()
    with qtbot.waitSignal(dialog.deleteRequested) as deleting:
        confirm.delete_button.click()
    assert deleting.args == [DEPARTMENTS[2], False]
    assert dialog.is_busy()
    assert answers.asked == []  # no second question


def test_delete_a_department_with_events_names_the_count(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.select("dev")
    with qtbot.waitSignal(dialog.countRequested):
        dialog.delete_button.click()
    dialog.show_event_count("dev", 3)
    confirm = confirm_of(dialog)
    assert confirm.question.text().startswith("Delete “\u2068개발팀\u2069” and its 3 events?")
    confirm.name_edit.setText("개발팀")
    with qtbot.waitSignal(dialog.deleteRequested) as deleting:
        confirm.delete_button.click()
    assert deleting.args == [DEPARTMENTS[0], True]


def test_a_cancelled_delete_requests_nothing(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.select("dev")
    dialog.delete_button.click()
    dialog.show_event_count("dev", 1)
    confirm = confirm_of(dialog)
    assert "its 1 event" in confirm.question.text()
    confirm.name_edit.setText("개발팀")
    with qtbot.assertNotEmitted(dialog.deleteRequested):
        confirm.cancel_button.click()
    assert not dialog.is_busy()
    assert dialog.editing == DEPARTMENTS[0]


def test_a_count_for_another_department_is_ignored(qtbot: QtBot, answers: Answers) -> None:
    dialog = make(qtbot)
    dialog.select("dev")
    dialog.delete_button.click()
    with qtbot.assertNotEmitted(dialog.deleteRequested):
        dialog.show_event_count("sales", 0)
    assert answers.asked == []


def test_errors_go_next_to_the_name_or_on_top(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.name_edit.setText("기획팀")
    dialog.save_button.click()
    dialog.show_error(NameTakenError.build("기획팀"))
    assert not dialog.is_busy()
    assert dialog.problems()["name"] == "A department named “\u2068기획팀\u2069” already exists."
    assert dialog.general_error.text() == ""
    assert dialog.name_edit.text() == "기획팀"
    dialog.name_edit.setText("기획팀2")
    assert dialog.problems()["name"] == ""
    dialog.save_button.click()
    error = OfflineError.build("http://localhost:8000", "refused")
    dialog.show_error(error)
    assert dialog.general_error.text() == error.message
    assert dialog.general_error.textFormat() == Qt.TextFormat.PlainText
    assert dialog.name_edit.text() == "기획팀2"


def test_an_error_while_counting_ends_the_delete(qtbot: QtBot, answers: Answers) -> None:
    dialog = make(qtbot)
    dialog.select("dev")
    dialog.delete_button.click()
    dialog.show_error(OfflineError.build("http://localhost:8000", "refused"))
    assert not dialog.is_busy()
    with qtbot.assertNotEmitted(dialog.deleteRequested):
        dialog.show_event_count("dev", 0)
    assert answers.asked == []


def test_set_departments_keeps_the_selection_and_typed_text(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.select("sales")
    dialog.description_edit.setPlainText("입력 중")
    renamed = Department("sales", "영업본부", "영업")
    dialog.set_departments([DEPARTMENTS[0], renamed])
    assert dialog.editing == renamed
    assert dialog.selected() == renamed
    assert dialog.description_edit.toPlainText() == "입력 중"
    dialog.set_departments([DEPARTMENTS[0]])  # deleted elsewhere
    assert dialog.editing is None
    assert dialog.name_edit.text() == ""


def test_close_is_refused_while_busy(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.show()
    dialog.name_edit.setText("기획팀")
    dialog.save_button.click()
    dialog.reject()
    assert dialog.isVisible()
    dialog.done_saving()
    with qtbot.waitSignal(dialog.rejected):
        dialog.reject()


def test_inputs_have_accessible_names(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert dialog.name_edit.accessibleName() == "Name"
    assert dialog.description_edit.accessibleName() == "Description"
    assert dialog.list.accessibleName() == "Departments"


def test_a_rename_from_a_stale_copy_is_a_conflict_that_keeps_both_changes(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    window.settings.set(ADMIN_DEPARTMENTS, True)
    window.manage_departments()
    dialog = window.departments_admin.dialog
    assert isinstance(dialog, DepartmentsDialog)
    dialog.select(seeded.development.id)
    dialog.name_edit.setText("개발 1팀")
    # Meanwhile someone changes the description on the web.
    store.update_department(seeded.development, seeded.development.name, "웹에서 고친 설명")

    dialog.save_button.click()

    qtbot.waitUntil(lambda: "Someone else changed" in dialog.general_error.text())
    assert not dialog.is_busy()
    current = store.get_department(seeded.development.id)
    assert current is not None
    assert (current.name, current.description) == ("개발팀", "웹에서 고친 설명")
    # What the user typed stays; the field they did not touch shows theirs.
    assert dialog.name_edit.text() == "개발 1팀"
    assert dialog.description_edit.toPlainText() == "웹에서 고친 설명"

    dialog.save_button.click()

    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.general_error.text() == "")
    saved = store.get_department(seeded.development.id)
    assert saved is not None
    assert (saved.name, saved.description) == ("개발 1팀", "웹에서 고친 설명")
