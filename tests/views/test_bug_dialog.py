"""Unexpected errors become a copyable report, never a vanished window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.views import bug_dialog


def test_report_has_versions_and_traceback() -> None:
    try:
        raise ValueError("boom")
    except ValueError as error:
        text = bug_dialog.report_text(type(error), error, error.__traceback__)
    assert text.startswith("Department Calendar ")
    assert "ValueError: boom" in text
    assert "test_report_has_versions_and_traceback" in text


def test_show_bug_opens_a_dialog_with_details(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        raise RuntimeError("unexpected")
    except RuntimeError as error:
        bug_dialog.show_bug(type(error), error, error.__traceback__)
    assert "RuntimeError: unexpected" in shown[0].detailedText()
    assert "unexpected problem" in shown[0].text()
