"""Settings from the window: OK reloads on the new tables at once, without a restart."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from desktop.data.config import ConnectionSettings
from desktop.data.secrets import SecretStore
from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.views.settings import SettingsDialog
from tests.views.conftest import Seeded, WindowFactory


@dataclass
class FakeSources:
    secrets: SecretStore
    other: ConnectionSettings

    def configured(self) -> ConnectionSettings:
        return self.other

    def demo(self) -> ConnectionSettings:
        raise AssertionError("not in this test")


def test_applied_settings_reload_the_calendar_from_other_tables(
    seeded: Seeded,
    store: DynamoStore,
    secrets: SecretStore,
    make_window: WindowFactory,
    qtbot: QtBot,
) -> None:
    other = replace(store.settings, departments_table="dept-b", events_table="events-b")
    other_store = DynamoStore(other)
    other_store.create_tables(poll_seconds=0.01)
    marketing = other_store.create_department("마케팅팀")
    other_store.create_event(Event(new_id(), marketing.id, date(2026, 11, 9), "캠페인 회의"))

    window = make_window(store_factory=DynamoStore)
    window.sources = FakeSources(secrets, other)  # type: ignore[assignment]
    assert window.window_actions.settings_action.menuRole() == QAction.MenuRole.PreferencesRole
    assert window.window_actions.settings_action.shortcut().toString() == "Ctrl+,"

    window.open_settings()
    dialog = window.connection.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        dialog.applied.emit()
    names = [d.name for d in window.departments]
    assert names == ["마케팅팀"]
    titles = [e.event.title for e in window.model.all_entries()]
    assert titles == ["캠페인 회의"]
    dialog.close()
