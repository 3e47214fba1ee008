"""Help ▸ Licences and Help ▸ About Qt."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop import licenses, resources
from desktop.views.licenses_dialog import LicensesDialog
from desktop.workers.tasks import TaskRunner
from tests.views.conftest import ENGLISH, Seeded, WindowFactory

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner(threads=1)
    yield runner
    runner.close()


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The licence files as the frozen app has them: one licenses/ folder in its bundle."""
    folder = tmp_path / "bundle" / "licenses"
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "LICENSE", folder / "LICENSE")
    for text in (ROOT / "resources" / "licenses").glob("*.txt"):
        shutil.copy(text, folder / text.name)
    monkeypatch.setattr("sys._MEIPASS", str(folder.parent), raising=False)
    return folder


def opened(qtbot: QtBot, runner: TaskRunner) -> LicensesDialog:
    dialog = LicensesDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def test_the_dialog_lists_the_apps_licence_qts_and_every_third_party_notice(
    qtbot: QtBot, runner: TaskRunner, shipped: Path
) -> None:
    dialog = opened(qtbot, runner)
    assert not dialog.missing_note.isVisible()
    titles = dialog.titles()
    assert titles[:4] == [
        "Department Calendar (MIT)",
        "Qt and Qt for Python (LGPL v3)",
        "GNU LGPL v3 (full text)",
        "GNU GPL v3 (full text)",
    ]
    names = [title.split()[0] for title in titles[4:]]
    assert {"boto3", "botocore", "keyring", "PySide6_Essentials", "shiboken6"} <= set(names)
    # The app's own licence is shown first.
    assert dialog.text.toPlainText().startswith("MIT License")
    assert "Department Calendar contributors" in dialog.text.toPlainText()

    dialog.choose("Qt and Qt for Python (LGPL v3)")
    qt = dialog.text.toPlainText()
    assert "GNU Lesser General Public License version 3" in qt
    assert "download.qt.io" in qt
    boto3 = next(title for title in titles if title.startswith("boto3 "))
    dialog.choose(boto3)
    assert "Apache License" in dialog.text.toPlainText()
    assert dialog.text.isReadOnly()


def test_a_notice_is_shown_as_plain_text(qtbot: QtBot, runner: TaskRunner, shipped: Path) -> None:
    notice = shipped / "Qt-NOTICE.txt"
    notice.write_text("Qt is <b>not bold</b> & <a href='x'>no link</a>\n", encoding="utf-8")
    dialog = opened(qtbot, runner)
    dialog.choose("Qt and Qt for Python (LGPL v3)")
    assert isinstance(dialog.text, QPlainTextEdit)
    assert dialog.text.toPlainText() == "Qt is <b>not bold</b> & <a href='x'>no link</a>\n"


def test_missing_files_are_named(qtbot: QtBot, runner: TaskRunner, shipped: Path) -> None:
    (shipped / "THIRD-PARTY-NOTICES.txt").unlink()
    dialog = opened(qtbot, runner)
    assert len(dialog.titles()) == 4
    note = dialog.missing_note.text()
    assert dialog.missing_note.isVisible()
    assert "missing" in note and "THIRD-PARTY-NOTICES.txt" in note
    assert dialog.text.toPlainText().startswith("MIT License")  # what is there is shown


def test_from_source_the_repositorys_files_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr("sys._MEIPASS", raising=False)
    assert resources.license_path("LICENSE") == ROOT / "LICENSE"
    assert resources.license_path("GPL-3.0.txt") == ROOT / "resources" / "licenses" / "GPL-3.0.txt"
    texts = licenses.read_license_texts()
    assert texts.missing == []
    assert len(texts.third_party) > 20


def test_help_offers_the_licences_and_about_qt(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    actions = window.window_actions
    qtbot.waitUntil(lambda: actions.menus_built)
    help_menu = window.menuBar().actions()[3].menu()
    assert help_menu is not None
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts == ["Licences…", "About Qt", "About Department Calendar"]
    assert actions.about_qt_action.menuRole() == QAction.MenuRole.AboutQtRole
    assert actions.licenses_action.menuRole() == QAction.MenuRole.NoRole

    actions.licenses_action.trigger()
    dialog = window.dialogs.licenses_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.text.toPlainText().startswith("MIT License")
    dialog.close()
