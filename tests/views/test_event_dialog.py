"""The event editor: live validation, the time picker, drafts, busy state and errors."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.data.errors import OfflineError, ValidationFailed
from desktop.domain.models import Department, Event
from desktop.domain.validation import FieldError
from desktop.views.event_dialog import EventDialog
from desktop.views.formats import TimeStyle
from desktop.views.widgets import edit_date_format

KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DEPARTMENTS = [
    Department("dev", "개발팀", "소프트웨어 개발"),
    Department("sales", "영업팀"),
    Department("hr", "Human Resources"),
]
DAY = date(2026, 11, 26)


def make(
    qtbot: QtBot,
    event: Event | None = None,
    *,
    locale: QLocale = KOREAN,
    departments: list[Department] | None = None,
) -> EventDialog:
    dialog = EventDialog(
        DEPARTMENTS if departments is None else departments,
        event,
        default_date=DAY,
        default_department_id="sales",
        locale=locale,
    )
    qtbot.addWidget(dialog)
    return dialog


def existing() -> Event:
    return Event(
        "evt-1",
        "dev",
        date(2026, 11, 3),
        "팀 회의",
        description="3층 회의실",
        time="오후 2:00",
        url="https://example.com/agenda",
        created_at=datetime(2026, 11, 1, 9, 0),
        revision='{"S": "2026-11-01T09:00:00Z"}',
    )


class Answers:
    """Stands in for the user in front of a QMessageBox: records the text, clicks a role."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        # Discard by default, so closing a dirty dialog at teardown never waits for a person.
        self.role = QMessageBox.ButtonRole.DestructiveRole

    def exec(self, box: QMessageBox) -> int:
        self.asked.append(box.text())
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


# --- the form -----------------------------------------------------------------------------------


def test_new_dialog_defaults_and_title(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert dialog.windowTitle() == "New event"
    assert dialog.original is None
    assert dialog.date_edit.date().toPython() == DAY
    assert dialog.department_id() == "sales"
    assert dialog.time_combo.text() == ""
    assert dialog.minimumWidth() >= 480
    assert dialog.minimumHeight() >= 420


def test_save_is_disabled_with_an_empty_title_and_enabled_when_valid(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert not dialog.save_button.isEnabled()
    # Untouched: no shouting yet.
    assert dialog.problems()["title"] == ""
    qtbot.keyClicks(dialog.title_edit, "Lunch")  # QTest types ASCII only
    assert dialog.save_button.isEnabled()
    dialog.title_edit.selectAll()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Backspace)
    assert not dialog.save_button.isEnabled()
    assert dialog.problems()["title"] == "Enter a title."
    assert dialog.error_labels["title"].isVisibleTo(dialog)


def test_a_javascript_url_is_refused_next_to_the_link_field(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.title_edit.setText("회의")
    qtbot.keyClicks(dialog.url_edit, "javascript:x")
    assert dialog.problems()["url"] == "The link must start with http:// or https://."
    assert dialog.error_labels["url"].isVisibleTo(dialog)
    assert dialog.error_labels["url"].textFormat() == Qt.TextFormat.PlainText
    assert not dialog.save_button.isEnabled()
    dialog.url_edit.setText("https://example.com")
    assert dialog.problems()["url"] == ""
    assert dialog.save_button.isEnabled()


def test_a_too_long_time_is_reported_next_to_the_time(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.title_edit.setText("회의")
    dialog.time_combo.set_text("x" * 51)
    assert "time is too long" in dialog.problems()["time"]
    assert not dialog.save_button.isEnabled()


def test_the_date_edit_uses_the_locale_short_format_with_a_full_year(qtbot: QtBot) -> None:
    assert edit_date_format(KOREAN) == "yyyy. M. d."
    assert edit_date_format(ENGLISH) == "M/d/yyyy"
    dialog = make(qtbot)
    assert dialog.date_edit.displayFormat() == "yyyy. M. d."
    assert dialog.date_edit.calendarPopup()


# --- the time -----------------------------------------------------------------------------------


def pick(dialog: EventDialog, value: time | None) -> None:
    """Pick from the list as a click in its popup does (choose the row, then "activated")."""
    combo = dialog.time_combo
    row = 0 if value is None else combo.findData(value.strftime("%H:%M"))
    assert row >= 0
    combo.setCurrentIndex(row)
    combo.activated.emit(row)


def test_picking_a_time_writes_it_in_korean(qtbot: QtBot) -> None:
    dialog = make(qtbot, locale=KOREAN)
    pick(dialog, time(14, 0))
    assert dialog.time_combo.text() == "오후 2:00"
    dialog.title_edit.setText("회의")
    assert dialog.draft().time == "오후 2:00"


def test_picking_a_time_writes_it_in_english(qtbot: QtBot) -> None:
    dialog = make(qtbot, locale=ENGLISH)
    pick(dialog, time(14, 0))
    assert dialog.time_combo.text() == "2:00 PM"


def test_all_day_empties_the_time(qtbot: QtBot) -> None:
    dialog = make(qtbot, existing())
    assert dialog.time_combo.text() == "오후 2:00"
    pick(dialog, None)
    assert dialog.time_combo.text() == ""
    assert dialog.draft().time == ""


def test_free_text_time_is_kept_exactly(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.title_edit.setText("산책")
    dialog.time_combo.lineEdit().insert("점심 후")  # as an input method commits it
    assert dialog.time_combo.text() == "점심 후"
    # Enter must not replace typed text with a list entry that looks alike.
    dialog.time_combo.set_text("2:00 pm")
    qtbot.keyClick(dialog.time_combo.lineEdit(), Qt.Key.Key_Return)
    assert dialog.time_combo.text() == "2:00 pm"
    dialog.time_combo.set_text("  점심 후 ")
    assert dialog.draft().time == "  점심 후 "


@pytest.mark.parametrize("typed", ["25:00", "13:00 PM", "오후 13시", "9:5"])
def test_an_impossible_time_is_refused_next_to_the_time_and_kept(qtbot: QtBot, typed: str) -> None:
    dialog = make(qtbot)
    dialog.title_edit.setText("회의")
    dialog.time_combo.lineEdit().insert(typed)
    problem = dialog.problems()["time"]
    assert f"“{typed}” is not a time of day" in problem
    assert dialog.error_labels["time"].isVisibleTo(dialog)
    assert dialog.time_combo.accessibleDescription() == problem
    assert not dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert not dialog.is_busy()
    assert dialog.time_combo.text() == typed  # what was typed stays, to be corrected
    dialog.time_combo.set_text("15:00")
    assert dialog.problems()["time"] == ""
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize(
    ("typed", "slot"),
    [
        ("오후 3시 반", "15:30"),
        ("3시 30분", "03:30"),
        ("15시", "15:00"),
        ("정오", "12:00"),
        ("3pm", "15:00"),
        ("3 PM", "15:00"),
    ],
)
def test_the_new_forms_are_understood_and_saved_as_typed(
    qtbot: QtBot, typed: str, slot: str
) -> None:
    dialog = make(qtbot)
    dialog.title_edit.setText("회의")
    dialog.time_combo.lineEdit().insert(typed)
    assert dialog.problems()["time"] == ""
    combo = dialog.time_combo
    assert combo.itemData(combo.row_for(typed)) == slot  # the list opens at that time
    with qtbot.waitSignal(dialog.saveRequested) as saved:
        dialog.save_button.click()
    assert saved.args[0].time == typed  # the web app's free text, not rewritten


def test_the_refusal_is_korean_in_the_korean_ui(qtbot: QtBot, qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(Path(__file__).parents[2] / "resources/i18n/deptcal_ko.qm"))
    qapp.installTranslator(translator)
    try:
        dialog = make(qtbot)
        dialog.time_combo.lineEdit().insert("오후 13시")
        assert dialog.problems()["time"] == (
            "“오후 13시”: 없는 시각입니다. "
            "14:30이나 오후 2:30처럼 적거나, 종일 일정이면 비워 두세요."
        )
    finally:
        qapp.removeTranslator(translator)


def test_a_stored_impossible_time_is_not_refused_until_it_is_edited(qtbot: QtBot) -> None:
    dialog = make(qtbot, existing().with_changes(time="25:00"))
    assert dialog.problems()["time"] == ""
    dialog.title_edit.setText("팀 회의 (수정)")
    with qtbot.waitSignal(dialog.saveRequested) as saved:
        dialog.save_button.click()
    assert saved.args[0].time == "25:00"
    dialog.set_busy(False)
    dialog.time_combo.set_text("26:00")
    assert "is not a time of day" in dialog.problems()["time"]


def test_the_list_opens_at_the_time_shown(qtbot: QtBot) -> None:
    combo = make(qtbot).time_combo
    assert combo.itemData(combo.row_for("오후 2:10")) == "14:00"
    assert combo.itemData(combo.row_for("2:30 PM")) == "14:30"
    assert combo.itemData(combo.row_for("")) == "09:00"
    assert combo.itemData(combo.row_for("점심 후")) == "09:00"
    assert combo.itemText(0) == "All day / no time"


def test_arrow_keys_step_through_the_times(qtbot: QtBot) -> None:
    dialog = make(qtbot, locale=ENGLISH)
    dialog.time_combo.set_text("2:00 PM")
    qtbot.keyClick(dialog.time_combo, Qt.Key.Key_Down)
    assert dialog.time_combo.text() == "2:30 PM"
    qtbot.keyClick(dialog.time_combo, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.time_combo, Qt.Key.Key_Up)
    assert dialog.time_combo.text() == "1:30 PM"


# --- saving -------------------------------------------------------------------------------------


def fill(qtbot: QtBot, dialog: EventDialog) -> None:
    dialog.title_edit.insert("  주간 회의 ")
    dialog.date_edit.setDate(QDate(2026, 12, 1))
    dialog.time_combo.set_text("오전 10:00")
    dialog.description_edit.setPlainText("안건:\n- 예산")
    dialog.url_edit.setText("https://example.com/x")
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("hr"))


def test_save_emits_a_draft_with_the_typed_values(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.show()
    fill(qtbot, dialog)
    with qtbot.waitSignal(dialog.saveRequested) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    draft = blocker.args[0]
    assert isinstance(draft, Event)
    assert draft.title == "주간 회의"
    assert draft.event_date == date(2026, 12, 1)
    assert draft.time == "오전 10:00"
    assert draft.description == "안건:\n- 예산"
    assert draft.url == "https://example.com/x"
    assert draft.department_id == "hr"
    assert draft.revision is None
    assert dialog.isVisible()  # the window closes it once the save succeeded
    # Busy while the window saves.
    assert dialog.is_busy()
    assert not dialog.save_button.isEnabled()
    assert dialog.title_edit.isReadOnly()
    assert dialog.busy_label.isVisibleTo(dialog)
    # A retry after a failure is the same event (same id).
    dialog.show_error(OfflineError.build("http://localhost:8000", "refused"))
    assert not dialog.is_busy()
    with qtbot.waitSignal(dialog.saveRequested) as again:
        dialog.save_button.click()
    assert again.args[0].id == draft.id
    assert again.args[0] == draft


def test_ctrl_enter_saves(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.title_edit.setText("회의")
    dialog.description_edit.setFocus()
    with qtbot.waitSignal(dialog.saveRequested):
        qtbot.keyClick(
            dialog.description_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    assert dialog.description_edit.toPlainText() == ""


def test_save_does_nothing_while_invalid_or_busy(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    with qtbot.assertNotEmitted(dialog.saveRequested):
        dialog.buttons.accepted.emit()
    assert dialog.problems()["title"] == "Enter a title."  # now it may say so
    dialog.title_edit.setText("회의")
    dialog.set_busy(True)
    with qtbot.assertNotEmitted(dialog.saveRequested):
        dialog.buttons.accepted.emit()


def test_a_validation_error_is_shown_next_to_its_field(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    fill(qtbot, dialog)
    dialog.save_button.click()
    dialog.show_error(
        ValidationFailed(
            [
                FieldError("title", "서버: 제목이 이상합니다."),
                FieldError("description", "The event is too large to save."),
                FieldError("", "DynamoDB refused the data as invalid."),
            ]
        )
    )
    assert not dialog.is_busy()
    assert dialog.problems()["title"] == "서버: 제목이 이상합니다."
    assert dialog.problems()["description"] == "The event is too large to save."
    assert dialog.general_error.text() == "DynamoDB refused the data as invalid."
    assert dialog.general_error.isVisibleTo(dialog)
    # Everything typed stays.
    assert dialog.title_edit.text() == "  주간 회의 "
    assert dialog.time_combo.text() == "오전 10:00"
    assert dialog.description_edit.toPlainText() == "안건:\n- 예산"
    assert dialog.department_id() == "hr"
    # Editing the field clears the server's complaint about it.
    dialog.title_edit.setText("주간 회의 (수정)")
    assert dialog.problems()["title"] == ""
    assert dialog.problems()["description"] == "The event is too large to save."


def test_other_errors_are_shown_on_top_and_fields_stay(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    fill(qtbot, dialog)
    dialog.save_button.click()
    error = OfflineError.build("https://dynamodb.ap-northeast-2.amazonaws.com", "timeout")
    dialog.show_error(error)
    assert dialog.general_error.text() == error.message
    assert dialog.general_error.textFormat() == Qt.TextFormat.PlainText
    assert dialog.general_error.wordWrap()
    assert all(message == "" for message in dialog.problems().values())
    assert dialog.title_edit.text() == "  주간 회의 "
    assert dialog.url_edit.text() == "https://example.com/x"
    assert dialog.save_button.isEnabled()
    assert not dialog.title_edit.isReadOnly()
    # The next attempt clears the old message.
    dialog.save_button.click()
    assert dialog.general_error.text() == ""


# --- editing ------------------------------------------------------------------------------------


def test_editing_keeps_id_revision_and_created_at(qtbot: QtBot) -> None:
    original = existing()
    dialog = make(qtbot, original)
    assert dialog.windowTitle() == "Edit event"
    assert dialog.original is original
    assert dialog.title_edit.text() == "팀 회의"
    assert dialog.time_combo.text() == "오후 2:00"
    assert dialog.date_edit.date().toPython() == date(2026, 11, 3)
    assert dialog.department_id() == "dev"
    assert dialog.save_button.isEnabled()
    assert not dialog.move_note.isVisibleTo(dialog)
    dialog.title_edit.setText("팀 회의 (연기)")
    draft = dialog.draft()
    assert draft.id == original.id
    assert draft.revision == original.revision
    assert draft.created_at == original.created_at
    assert draft.title == "팀 회의 (연기)"
    assert draft.department_id == "dev"


def test_changing_the_department_shows_the_move_note(qtbot: QtBot) -> None:
    dialog = make(qtbot, existing())
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("sales"))
    assert dialog.move_note.isVisibleTo(dialog)
    assert dialog.move_note.text() == "Saving moves the event to \u2068영업팀\u2069."
    assert dialog.draft().department_id == "sales"
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("dev"))
    assert not dialog.move_note.isVisibleTo(dialog)


def test_set_original_replaces_the_version_saved_against(qtbot: QtBot) -> None:
    dialog = make(qtbot, existing())
    theirs = existing().with_changes(title="다른 제목", revision='{"S": "later"}')
    dialog.set_original(theirs)
    assert dialog.original is theirs
    draft = dialog.draft()
    assert draft.revision == '{"S": "later"}'
    assert draft.title == "팀 회의"  # what the user typed stays


def test_an_event_of_an_unknown_department_keeps_its_department(qtbot: QtBot) -> None:
    event = existing().with_changes(department_id="gone")
    dialog = make(qtbot, event)
    assert dialog.department_id() == "gone"
    assert dialog.draft().department_id == "gone"


def test_without_departments_nothing_can_be_saved(qtbot: QtBot) -> None:
    dialog = make(qtbot, departments=[])
    dialog.title_edit.setText("회의")
    assert not dialog.save_button.isEnabled()
    assert dialog.general_error.text()


def test_user_text_is_never_rich_text(qtbot: QtBot) -> None:
    departments = [*DEPARTMENTS, Department("odd", "<b>Odd</b>")]
    event = existing().with_changes(title="<img src=x>")
    dialog = make(qtbot, event, departments=departments)
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("odd"))
    assert dialog.title_edit.text() == "<img src=x>"
    assert dialog.move_note.textFormat() == Qt.TextFormat.PlainText
    assert dialog.move_note.text() == "Saving moves the event to \u2068<b>Odd</b>\u2069."


# --- closing ------------------------------------------------------------------------------------


def test_cancel_without_changes_closes_without_asking(qtbot: QtBot, answers: Answers) -> None:
    dialog = make(qtbot, existing())
    dialog.show()
    with qtbot.waitSignal(dialog.rejected):
        dialog.cancel_button.click()
    assert answers.asked == []


def test_cancel_with_changes_asks_first(qtbot: QtBot, answers: Answers) -> None:
    dialog = make(qtbot)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Lunch")
    answers.role = QMessageBox.ButtonRole.RejectRole  # keep editing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.asked == ["Discard your changes?"]
    assert dialog.isVisible()
    assert dialog.title_edit.text() == "Lunch"
    answers.role = QMessageBox.ButtonRole.DestructiveRole  # discard
    with qtbot.waitSignal(dialog.rejected):
        dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_closing_is_refused_while_saving(qtbot: QtBot, answers: Answers) -> None:
    dialog = make(qtbot)
    dialog.show()
    dialog.title_edit.setText("회의")
    dialog.save_button.click()
    dialog.reject()
    assert dialog.isVisible()
    assert not dialog.cancel_button.isEnabled()
    assert answers.asked == []


def test_tab_order_follows_the_form(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    fields = [
        dialog.title_edit,
        dialog.date_edit,
        dialog.time_combo,
        dialog.department_combo,
        dialog.url_edit,
        dialog.description_edit,
        dialog.save_button,
    ]
    chain: list[object] = []
    widget = dialog.title_edit.nextInFocusChain()
    while widget is not dialog.title_edit:
        if widget in fields:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == fields[1:]


def test_fields_have_accessible_names_and_buddies(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    for widget in (
        dialog.title_edit,
        dialog.date_edit,
        dialog.time_combo,
        dialog.department_combo,
        dialog.url_edit,
        dialog.description_edit,
    ):
        assert widget.accessibleName()
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert dialog.title_edit in buddies
    assert dialog.description_edit in buddies


def test_an_old_date_is_not_clamped(qtbot: QtBot) -> None:
    event = existing().with_changes(event_date=date(1700, 1, 1))
    dialog = make(qtbot, event)
    assert dialog.draft().event_date == date(1700, 1, 1)
    assert not dialog.is_dirty()


def test_a_very_long_description_is_all_there_to_edit_and_not_a_change(qtbot: QtBot) -> None:
    """It fills in after the first paint (its layout is slow), as if it had been there."""
    description = "아주 긴 설명 " * 2_000
    dialog = make(qtbot, existing().with_changes(description=description))
    dialog.show()

    assert not dialog.is_dirty()
    qtbot.waitUntil(lambda: dialog.description_edit.toPlainText() == description)
    assert not dialog.is_dirty()


@pytest.mark.parametrize(
    ("typed", "hour24", "language", "written"),
    [
        ("2-3pm", False, "ko_KR", "오후 2:00–3:00"),
        ("오후 2:00 ~ 3:30", False, "en_US", "2:00–3:30 PM"),
        ("11am-1pm", True, "ko_KR", "11:00–13:00"),
        ("오전 11시 ~ 오후 1시", False, "ko_KR", "오전 11:00–오후 1:00"),
    ],
)
def test_a_typed_time_range_is_saved_in_the_users_format(
    qtbot: QtBot, typed: str, hour24: bool, language: str, written: str
) -> None:
    TimeStyle.set(hour24, language)
    dialog = make(qtbot)
    dialog.title_edit.setText("회의")
    dialog.time_combo.lineEdit().insert(typed)
    assert dialog.problems()["time"] == ""
    combo = dialog.time_combo
    assert combo.itemData(combo.row_for(typed)) == combo.itemData(combo.row_for(written))
    with qtbot.waitSignal(dialog.saveRequested) as saved:
        dialog.save_button.click()
    assert saved.args[0].time == written
    assert dialog.time_combo.text() == typed  # the field itself is not rewritten under the user


def test_the_list_opens_at_the_start_of_a_range(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    combo = dialog.time_combo
    assert combo.itemData(combo.row_for("오후 2:00 ~ 3:30")) == "14:00"


def test_a_stored_range_is_kept_as_the_web_app_wrote_it(qtbot: QtBot) -> None:
    dialog = make(qtbot, existing().with_changes(time="2-3pm"))
    dialog.title_edit.setText("팀 회의 (수정)")
    with qtbot.waitSignal(dialog.saveRequested) as saved:
        dialog.save_button.click()
    assert saved.args[0].time == "2-3pm"


def test_a_range_ending_before_it_starts_is_refused_next_to_the_time(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.title_edit.setText("회의")
    dialog.time_combo.lineEdit().insert("15:00-14:00")
    assert "“15:00-14:00” does not end after it starts" in dialog.problems()["time"]
    assert not dialog.save_button.isEnabled()
    dialog.time_combo.set_text("14:00-15:00")
    assert dialog.problems()["time"] == ""
    assert dialog.save_button.isEnabled()
