"""The morning summary: one notification with the day's events of the shown departments.

Off by default; on, it comes on working days at the chosen time (08:30 unless changed), once
a day, also when the app starts later than that (until noon: :mod:`desktop.domain.morning`).
The day it came is remembered in the settings of this computer. A click opens the window on
today. The events are what the window already holds (:attr:`MainWindow.upcoming` when it
exists, else the months in memory): no table read of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop.domain.display import elided, isolated
from desktop.domain.morning import (
    day_events,
    read_summary_time,
    seconds_until_due,
    summary_due,
)
from desktop.i18n import tr
from desktop.settings import Setting
from desktop.views.formats import shown_time

if TYPE_CHECKING:
    from desktop.domain.models import Event
    from desktop.views.main_window import MainWindow

SUMMARY_ON = Setting("summary/enabled", bool, False, "The morning summary of the day's events")
SUMMARY_TIME = Setting("summary/time", str, "08:30", "When the morning summary comes (HH:MM)")
SUMMARY_DAY = Setting(
    "summary/last_day", str, "", "The day the morning summary was last given (YYYY-MM-DD)"
)

SUMMARY_KEY = "morning-summary"
LOOK_EVERY_S = 60.0  # a sleep or a clock change is noticed within this
LINES = 6  # events named in the notification; the rest are counted


class MorningSummary(QObject):
    """Gives ``window``'s morning summary when it is due. ``now``: the clock (local time)."""

    def __init__(
        self,
        window: MainWindow,
        now: Callable[[], datetime] = lambda: datetime.now(),  # noqa: PLW0108
    ) -> None:
        super().__init__(window)
        self._window = window
        self.now = now
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        window.notifier.clicked.connect(self._clicked)
        # Once start-up has painted the cached month: it is in memory by then.
        QTimer.singleShot(0, self, lambda: window.after_start(self.check))

    def check(self) -> None:
        """Give the summary if it is due; look again when it may be."""
        settings = self._window.settings
        if not settings.get(SUMMARY_ON):
            self.timer.stop()
            return
        now = self.now()
        at = read_summary_time(str(settings.get(SUMMARY_TIME)))
        if summary_due(now, at, str(settings.get(SUMMARY_DAY))):
            self.give(now.date())
        self.timer.start(int(seconds_until_due(now, at, LOOK_EVERY_S) * 1000))

    def settings_changed(self) -> None:
        """The preferences changed: on or off, another time."""
        self.check()

    def give(self, day: date) -> None:
        events = self.events(day)
        self._window.notifier.notify(SUMMARY_KEY, *summary_text(events, self._name))
        settings = self._window.settings
        settings.set(SUMMARY_DAY, day.isoformat())
        settings.sync()

    def events(self, day: date) -> list[Event]:
        window = self._window
        upcoming = getattr(window, "upcoming", None)
        if upcoming is not None:
            return day_events(upcoming.events, day)
        return day_events(
            window.months.memory.events_between(window.shown_department_ids(), day, day), day
        )

    def _name(self, department_id: str) -> str:
        return self._window.department_name(department_id)

    def _clicked(self, key: str) -> None:
        if key == SUMMARY_KEY:
            window = self._window
            window.bring_to_front()
            window.presenter.go_to(self.now().date())


def summary_text(events: list[Event], name: Callable[[str], str]) -> tuple[str, str]:
    """The notification's title and body: the count, then one line per event."""
    if not events:
        return tr("MorningSummary", "No events today"), tr(
            "MorningSummary", "Nothing is planned today in your departments."
        )
    title = tr("MorningSummary", "%n events today", n=len(events))
    lines = []
    for event in events[:LINES]:
        time = shown_time(event.time) or tr("MorningSummary", "All day")
        line = f"{elided(time, 20)} {isolated(' '.join(event.title.split()), 60)}"
        department = name(event.department_id)
        lines.append(f"{line} · {isolated(department, 20)}" if department else line)
    if len(events) > LINES:
        lines.append(tr("MorningSummary", "+%n more", n=len(events) - LINES))
    return title, "\n".join(lines)
