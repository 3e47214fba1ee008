"""Sign in from the window: an expired SSO sign-in's banner offers Sign in, the code is shown
while a worker waits for the browser, and the month loads after."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.data.sso_login import sso_profile
from desktop.data.store import DynamoStore
from desktop.i18n import tr
from desktop.views.main_window import MainWindow
from desktop.views.sso_dialog import SsoDialog
from tests.sso_support import USER_CODE, FakeSso, sso_profiles, sso_settings, write_cli_token
from tests.views import test_settings_dialog as dialog_tests
from tests.views.conftest import Seeded, WindowFactory
from tests.views.test_settings_dialog import Make, run_test, use_endpoint

# The settings dialog's own fixtures: a task runner, the dialog maker, the message-box answers.
runner = dialog_tests.runner
make = dialog_tests.make
answers = dialog_tests.answers

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def expired_window(
    home: Path, endpoint: str, make_window: WindowFactory, qtbot: QtBot
) -> tuple[MainWindow, list[str]]:
    """A window on the SSO profile ``calendar`` whose sign-in expired overnight."""
    sso_profiles(home)
    write_cli_token(
        home, sso_profile("calendar").cache_key, "old", datetime(2000, 1, 1, tzinfo=UTC)
    )
    sso_store = DynamoStore(sso_settings(endpoint))
    window = make_window(store_factory=lambda _s: sso_store, wait=False)
    opened: list[str] = []
    window.sso.open_url = opened.append  # no real browser in tests
    qtbot.waitUntil(window.banner.action_button.isVisible, timeout=10_000)
    return window, opened


def shown_dialog(window: MainWindow, qtbot: QtBot) -> SsoDialog:
    qtbot.waitUntil(lambda: window.sso.dialog is not None, timeout=5_000)
    dialog = window.sso.dialog
    assert dialog is not None
    return dialog


def test_the_banner_signs_in_and_the_month_loads(
    seeded: Seeded,
    make_window: WindowFactory,
    qtbot: QtBot,
    isolated_environment: Path,
    endpoint: str,
    fake_sso: FakeSso,
) -> None:
    window, opened = expired_window(isolated_environment, endpoint, make_window, qtbot)
    assert "calendar" in window.banner.label.text()
    assert window.banner.action_button.text() == tr("MainWindow", "Sign in")
    fake_sso.answers = ["pending"]

    with qtbot.waitSignal(window.monthShown, timeout=15_000):
        window.banner.action_button.click()
        dialog = shown_dialog(window, qtbot)
        qtbot.waitUntil(lambda: dialog.code_label.text() == USER_CODE, timeout=5_000)
        assert opened == [f"{fake_sso.url}/device?user_code={USER_CODE}"]
        assert "calendar" in dialog.about.text()

    titles = [e.event.title for e in window.model.entries_on(date(2026, 11, 3))]
    assert titles == ["코드 리뷰", "팀 회의"]
    assert window.sso.dialog is None
    assert not window.banner.isVisible()
    assert fake_sso.role_requests[-1][0] == "sso-access-1"


def test_cancel_stops_the_sign_in_and_offers_it_again(
    seeded: Seeded,
    make_window: WindowFactory,
    qtbot: QtBot,
    isolated_environment: Path,
    endpoint: str,
    fake_sso: FakeSso,
) -> None:
    window, _opened = expired_window(isolated_environment, endpoint, make_window, qtbot)
    fake_sso.answers = ["pending"] * 100

    window.banner.action_button.click()
    dialog = shown_dialog(window, qtbot)
    qtbot.waitUntil(lambda: dialog.code_label.text() == USER_CODE, timeout=5_000)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

    qtbot.waitUntil(lambda: window.banner.details.startswith("SsoCancelled"), timeout=5_000)
    polls = fake_sso.polls
    assert window.sso.dialog is None
    assert window.banner.action_button.text() == tr("MainWindow", "Sign in")  # again
    qtbot.wait(1_500)  # longer than the poll interval: no poll after Cancel
    assert fake_sso.polls == polls
    assert "sso-access" not in sso_profile("calendar").cache_path().read_text()


def test_the_connection_test_signs_in_and_tests_again(
    qtbot: QtBot,
    make: Make,
    isolated_environment: Path,
    store: DynamoStore,
    fake_sso: FakeSso,
) -> None:
    sso_profiles(isolated_environment)
    dialog = make()
    use_endpoint(dialog, store.settings.endpoint_url)
    dialog.mode_profile.setChecked(True)
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("calendar"))

    texts = run_test(qtbot, dialog)

    assert texts[0].startswith("✗") and "calendar" in texts[0]  # never signed in here
    assert dialog.sso_box.isVisible()
    assert dialog.check.sso_button.isVisible()
    assert dialog.sso_command_edit.text() == "aws sso login --profile calendar"  # kept
    sign_in = dialog.check.sso
    opened: list[str] = []
    sign_in.open_url = opened.append
    dialog.check.sso_button.click()
    qtbot.waitUntil(lambda: sign_in.dialog is not None, timeout=5_000)
    assert sign_in.dialog is not None
    assert sign_in.dialog.parent() is dialog  # over Settings
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)

    # Signed in: the test runs again by itself, and everything is in place.
    qtbot.waitUntil(lambda: sign_in.dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.is_testing(), timeout=30_000)
    qtbot.waitUntil(lambda: dialog.report() is not None and dialog.report().ok, timeout=30_000)
    assert not dialog.sso_box.isVisible()
