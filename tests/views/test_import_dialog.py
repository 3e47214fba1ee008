"""File ▸ Import iCalendar…: the preview's rows, and Import through the outbox (moto)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.views.import_dialog import ImportDialog
from tests.views.conftest import Seeded, WindowFactory

ICS = Path(__file__).parents[1] / "data" / "ics"
# The offscreen platform says so for every dialog shown (as in the other dialog tests).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def seoul(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.data import ical_import

    monkeypatch.setattr(ical_import, "_local_zone", lambda: ZoneInfo("Asia/Seoul"))


def rows(dialog: ImportDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def opened(window_factory: WindowFactory, qtbot: QtBot, path: Path) -> ImportDialog:
    window = window_factory()
    dialog = window.importer.preview(path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60_000)
    return dialog


def test_the_preview_lists_what_happens_to_each_event(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    dialog = opened(make_window, qtbot, ICS / "apple.ics")

    assert dialog.department.currentText() == "개발팀"
    assert [r[1:] for r in rows(dialog)] == [
        ["오후 2:00–오후 3:30", "점심 간담회", "New"],
        ["오전 9:00–오전 10:00", "아침 점검", "New"],
        ["오전 9:00–오전 10:00", "아침 점검", "Skipped: cancelled"],
        ["오전 9:00–오전 10:00", "아침 점검", "New"],
    ]
    assert dialog.counts.text() == "3 to create, 0 to update, 0 unchanged, 1 skipped: 1 cancelled."
    assert dialog.import_button.isEnabled()


def test_import_records_through_the_outbox_and_reaches_the_table(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, store: DynamoStore
) -> None:
    dialog = opened(make_window, qtbot, ICS / "apple.ics")
    window = dialog.parentWidget()

    dialog.import_button.click()

    qtbot.waitUntil(lambda: "Imported into" in window.status_message.text(), timeout=10_000)
    assert window.status_message.text().endswith("3 to create, 0 to update, 0 unchanged, "
                                                 "1 skipped: 1 cancelled.")  # fmt: skip

    def written() -> list[str]:
        batch = store.events_between(seeded.development.id, date(2026, 12, 1), date(2026, 12, 31))
        return [e.title for e in batch.events]

    qtbot.waitUntil(lambda: written() == ["점심 간담회", "아침 점검", "아침 점검"], timeout=20_000)
    # The same file again: nothing left to write.
    again = window.importer.preview(ICS / "apple.ics")
    qtbot.waitUntil(lambda: again.plan is not None, timeout=60_000)
    assert again.counts.text().startswith("0 to create, 0 to update, 3 unchanged")
    assert not again.import_button.isEnabled()


def test_a_bad_file_says_why_and_imports_nothing(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "notes.ics"
    path.write_text("hello", encoding="utf-8")
    window = make_window()

    dialog = window.importer.preview(path)

    qtbot.waitUntil(lambda: "is not an iCalendar file" in dialog.counts.text(), timeout=60_000)
    assert dialog.table.rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_hostile_titles_show_as_plain_text(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "hostile.ics"
    path.write_text(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:h\nDTSTART;VALUE=DATE:20261202\n"
        "SUMMARY:<img src=x> <b>굵게</b> \u202e거꾸로\nEND:VEVENT\nEND:VCALENDAR\n",
        encoding="utf-8",
    )

    dialog = opened(make_window, qtbot, path)

    assert rows(dialog)[0][2] == "<img src=x> <b>굵게</b> \u202e거꾸로"
    assert dialog.table.item(0, 2).toolTip() == ""
