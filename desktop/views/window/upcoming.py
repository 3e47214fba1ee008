"""The window's :class:`~desktop.workers.upcoming.Upcoming`: the next 14 days of the
departments ticked in the list, for reminders, the tray and the morning summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from desktop.workers.upcoming import Upcoming

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


def build_upcoming(window: MainWindow) -> Upcoming:
    """Made once the months are: their reads count, their clock and allowance are shared."""
    months = window.months
    upcoming = Upcoming(
        window.service,
        departments=window.departments_panel.shown_ids,  # the departments ticked
        connectivity=window.connectivity,
        memory=months.memory,
        views=months,
        ledger=months.fresh,
        clock=months.fresh.clock,
        parent=window,
    )
    months.monthShown.connect(upcoming.check)  # after a paint: the cache's too
    # A read-ahead landed (its days count now): look again once it has ended.
    months.entriesChanged.connect(lambda _entries: QTimer.singleShot(0, upcoming, upcoming.check))
    return upcoming
