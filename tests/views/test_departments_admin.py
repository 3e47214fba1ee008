"""Departments are admin work: hidden unless ``admin/departments``; delete backs up first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.settings import ADMIN_DEPARTMENTS, AppSettings
from desktop.views.departments_dialog import DepartmentsDialog
from desktop.views.window.departments import BACKUP_FOLDER
from tests.views.conftest import ENGLISH, Seeded, WindowFactory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_staff_see_no_way_to_change_departments(seeded: Seeded, make_window: WindowFactory) -> None:
    window = make_window()
    assert not window.window_actions.departments_action.isVisible()
    window.manage_departments()
    assert window.departments_admin.dialog is None


def test_no_departments_tells_staff_to_ask_their_administrator(
    store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH, wait=False)
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    assert "administrator" in window.banner.label.text()
    assert not window.banner.action_button.isVisible()
    window.new_event(window.today)
    assert window.departments_admin.dialog is None
    assert "administrator" in window.status_message.text()


@pytest.mark.parametrize("scope", ["system", "user"])
def test_the_managed_or_the_user_setting_offers_them(
    seeded: Seeded, make_window: WindowFactory, app_settings: AppSettings, scope: str
) -> None:
    getattr(app_settings, scope).setValue(ADMIN_DEPARTMENTS.key, "true")
    window = make_window()
    assert window.window_actions.departments_action.isVisible()
    window.manage_departments()
    assert isinstance(window.departments_admin.dialog, DepartmentsDialog)


def test_the_managed_setting_wins_over_the_user(app_settings: AppSettings) -> None:
    app_settings.user.setValue(ADMIN_DEPARTMENTS.key, True)
    app_settings.system.setValue(ADMIN_DEPARTMENTS.key, False)
    assert app_settings.get(ADMIN_DEPARTMENTS) is False


def test_delete_writes_a_backup_beside_the_cache_then_says_where(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    app_settings: AppSettings,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    app_settings.set(ADMIN_DEPARTMENTS, True)
    window = make_window()
    window.manage_departments()
    dialog = window.departments_admin.dialog
    assert dialog is not None
    dialog.select(seeded.development.id)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.confirm is not None, timeout=10_000)
    assert dialog.confirm is not None
    dialog.confirm.name_edit.setText("개발팀")
    dialog.confirm.delete_button.click()
    qtbot.waitUntil(lambda: dialog.notice is not None, timeout=10_000)
    notice = dialog.notice
    assert notice is not None
    cache = window.service.cache
    assert cache is not None
    assert notice.backup.parent == cache.path.parent / BACKUP_FOLDER
    assert notice.path_label.text() == str(notice.backup)
    assert notice.open_button.isVisible()
    document = json.loads(notice.backup.read_text(encoding="utf-8"))
    assert [d["id"]["S"] for d in document["departments"]] == [seeded.development.id]
    assert sorted(e["title"]["S"] for e in document["events"]) == ["코드 리뷰", "팀 회의"]
    assert store.get_department(seeded.development.id) is None
