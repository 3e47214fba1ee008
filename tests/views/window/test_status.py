"""The status area: the Undo offer, the state beside the toolbar, the pending button's text."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.views.window.status import StatusArea
from tests.views.conftest import ENGLISH, Seeded, WindowFactory


def test_undo_is_offered_once_and_taken_away(make_window: WindowFactory, seeded: Seeded) -> None:
    status = make_window(locale=ENGLISH).status_area
    undone: list[str] = []
    status.offer_undo("Deleted “a”.", lambda: undone.append("a"))
    assert status.status_message.text() == "Deleted “a”."
    assert status.undo_button.isVisible()

    status.run_undo()
    status.run_undo()  # a second click finds nothing left to undo
    assert undone == ["a"]
    assert not status.undo_button.isVisible()


def test_an_undo_offer_expires(make_window: WindowFactory, seeded: Seeded) -> None:
    status = make_window(locale=ENGLISH).status_area
    undone: list[str] = []
    status.offer_undo("Moved “a”.", lambda: undone.append("a"))
    status._undo_timer.timeout.emit()  # the offer's seconds are up
    assert not status.undo_button.isVisible()
    status.run_undo()
    assert undone == []


def test_the_state_text_says_loading_offline_error_or_when_fetched(
    make_window: WindowFactory, seeded: Seeded
) -> None:
    status: StatusArea = make_window(locale=ENGLISH).status_area
    fetched = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)

    def shown(
        loading: bool = False,
        online: bool = True,
        failed: bool = False,
        fetched_at: datetime | None = fetched,
    ) -> str:
        status.show_state(loading=loading, online=online, failed=failed, fetched_at=fetched_at)
        return status.state_label.text()

    assert shown(loading=True) == "Loading…"
    assert shown(online=False) == "Offline"
    assert shown(failed=True) == "Error"
    assert shown().startswith("Up to date at ")
    assert shown(fetched_at=None) == ""


def test_the_pending_button_counts_changes_for_another_connection(
    make_window: WindowFactory, seeded: Seeded
) -> None:
    status = make_window(locale=ENGLISH).status_area
    status.show_pending_count([], 2, "tip")
    assert status.pending_button.isVisible()
    assert status.pending_button.text() == "2 changes for another connection"
    assert status.pending_button.toolTip() == "tip"

    status.show_pending_count([], 0, "tip")
    assert not status.pending_button.isVisible()
