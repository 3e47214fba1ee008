"""The window's reminders: the clock fed with the coming events, notifications, the panel.

Where the events come from: ``window.upcoming`` (the next 14 days of the user's departments,
kept fresh in the background) when the window has it; otherwise the saved calendar of the
departments shown, read again on a worker whenever a month is shown, a change is kept and
every two minutes. Either way the clock recomputes every reminder from what it gets, so an
event deleted or moved by someone else cancels or moves its reminder.

Reminders are kept on this computer (the cache's ``reminder_*`` tables, on workers; the
defaults in the settings).
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.data import reminder_store
from desktop.domain.calendar import month_start
from desktop.domain.models import Event
from desktop.domain.reminders import (
    USE_DEFAULT,
    Choice,
    Due,
    EventKey,
    ReminderState,
    Rule,
    anchor_of,
    counts_as_all_day,
    window_of,
)
from desktop.i18n import tr
from desktop.views.reminder_settings import default_text, rules_from_settings
from desktop.views.reminders_panel import RemindersPanel, reminder_line
from desktop.workers.reminder_clock import ReminderClock

if TYPE_CHECKING:
    from desktop.data.cache import Cache
    from desktop.data.reminder_store import SavedReminders
    from desktop.views.event_dialog import EventDialog
    from desktop.views.main_window import MainWindow

_CONTEXT = "Reminders"
RELOAD_MS = 120_000
ONE_WEEK = timedelta(days=7)
SHOWN_IN_SUMMARY = 3
STARTED_LATELY = 5  # minutes: an event begun this recently is "starting now"


def to_front(widget: QWidget) -> None:
    """Show ``widget`` in front (where the platform can raise windows: not offscreen)."""
    if widget.isMinimized():
        widget.showNormal()
    widget.show()
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
        widget.activateWindow()


class Reminders(QObject):
    """Builds the clock and answers it: notifications, clicks, the panel, the dialogs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.choices: dict[EventKey, Choice] = {}
        self.clock = ReminderClock(self._save_states, parent=self)
        self.clock.fired.connect(self._fired)
        self.clock.missed.connect(self._missed)
        self.clock.activeChanged.connect(self._active_changed)
        self.panel: RemindersPanel | None = None
        self.notified: dict[str, list[Due]] = {}  # notification key → the reminders it named
        self._numbers = itertools.count(1)
        self._upcoming: Any = None
        self.settings_action = QAction(tr(_CONTEXT, "&Reminders…"), window)
        self.settings_action.triggered.connect(self.open_settings)
        self.panel_action = QAction(tr(_CONTEXT, "Reminders &due…"), window)
        self.panel_action.triggered.connect(self.show_panel)
        window.notifier.clicked.connect(self._clicked)
        window.service.cacheReady.connect(self._cache_ready)
        window.service.outboxChanged.connect(self.reload_events)
        self._month_shown = self._load_waiting = False
        window.monthShown.connect(self._first_month_shown)
        window.monthShown.connect(self.reload_events)
        self._reload_timer = QTimer(self)
        self._reload_timer.timeout.connect(self.reload_events)
        self._reload_timer.start(RELOAD_MS)
        self._apply_rules()
        if window.service.cache is not None:  # opened before this window was built
            QTimer.singleShot(0, self, self._cache_ready)

    # --- what the clock knows -------------------------------------------------------------------

    def _apply_rules(self) -> None:
        rules = rules_from_settings(self._window.settings)
        self.clock.set_rules(
            type(rules)(rules.timed, rules.all_day, rules.departments, self.choices)
        )

    def _cache_ready(self) -> None:
        """Read what was saved (for this connection's tables) before anything reminds: once
        the window has shown its first month (start-up paints first; reminders wait)."""
        self.clock.states = None
        if self._month_shown:
            self._window.service.run_local(reminder_store.load, self._loaded, key="reminders-load")
        else:
            self._load_waiting = True

    def _first_month_shown(self, *_args: object) -> None:
        self._month_shown = True
        if self._load_waiting:
            self._load_waiting = False
            self._cache_ready()

    def _loaded(self, saved: SavedReminders) -> None:
        self.choices = dict(saved.choices)
        self._apply_rules()
        self.clock.set_states(saved.states)
        self.reload_events()

    def reload_events(self, *_args: object) -> None:
        """The coming events again: from ``window.upcoming`` when there is one, otherwise
        from the saved calendar of the departments shown (on a worker)."""
        window = self._window
        upcoming = getattr(window, "upcoming", None)
        if upcoming is not None:
            if upcoming is not self._upcoming:
                self._upcoming = upcoming
                upcoming.changed.connect(self.clock.set_events)
                if getattr(upcoming, "events", None) is not None:
                    self.clock.set_events(upcoming.events)
            return
        ids = window.shown_department_ids()
        if not ids:
            return
        first, last = window_of(self.clock.now().date())

        def read(cache: Cache) -> list[Event]:
            return cache.events_between(ids, first, last)

        def merged(cached: list[Event]) -> None:
            # The months the window holds are newer than their saved copy (saved after paint).
            memory = self._window.months.memory
            months = {month_start(first), month_start(last), month_start(first + ONE_WEEK)}
            known = {(d, m) for d in ids for m in months if (d, m) in memory}
            events = [
                e for e in cached if (e.department_id, month_start(e.event_date)) not in known
            ]
            for department_id, month in known:
                events += (
                    e for e in memory.events(department_id, month) if first <= e.event_date <= last
                )
            self.clock.set_events(events)

        window.service.run_local(read, merged, key="reminders-events")

    def _save_states(self, states: list[ReminderState]) -> None:
        now = self.clock.now()
        self._window.service.run_local(lambda cache: reminder_store.save_states(cache, states, now))

    # --- notifications --------------------------------------------------------------------------

    def _department(self, department_id: str) -> str:
        return self._window.department_name(department_id) or tr(_CONTEXT, "Unknown department")

    def _fired(self, dues: list[Due]) -> None:
        for due in dues:
            key = f"reminder-{next(self._numbers)}"
            self.notified[key] = [due]
            line = reminder_line(due, self._department(due.event.department_id))
            self._window.notifier.notify(key, line, self._when(due))
        self._show_without_tray()

    def _missed(self, dues: list[Due]) -> None:
        if len(dues) == 1:
            self._fired(dues)
            return
        key = f"missed-{next(self._numbers)}"
        self.notified[key] = list(dues)
        lines = [reminder_line(d, self._department(d.event.department_id)) for d in dues]
        body = "\n".join(lines[:SHOWN_IN_SUMMARY])
        if len(lines) > SHOWN_IN_SUMMARY:
            more = len(lines) - SHOWN_IN_SUMMARY
            body += "\n" + tr(_CONTEXT, "and %n more", n=more)
        title = tr(_CONTEXT, "%n missed reminders", n=len(dues))
        self._window.notifier.notify(key, title, body)
        self._show_without_tray()

    def _when(self, due: Due) -> str:
        """``10분 후 시작합니다``, ``지금 시작합니다``, ``오늘``, ``내일``, or the day."""
        now = self.clock.now()
        day = due.event.event_date
        if not counts_as_all_day(due.event.time):
            minutes = round((anchor_of(due.event) - now).total_seconds() / 60)
            if -STARTED_LATELY < minutes <= 0:
                return tr(_CONTEXT, "Starting now")
            if 0 < minutes < 120:
                return tr(_CONTEXT, "Starts in %n minutes", n=minutes)
        if day == now.date():
            return tr(_CONTEXT, "Today")
        if day == now.date() + timedelta(days=1):
            return tr(_CONTEXT, "Tomorrow")
        locale: QLocale = self._window.locale_
        return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)

    def _show_without_tray(self) -> None:
        """Where the system shows no notifications, the panel is the notification."""
        if not self._window.notifier.available():
            self.show_panel(activate=False)

    def _clicked(self, key: str) -> None:
        dues = self.notified.get(key)
        if dues is None:
            return  # not a reminder's (a summary of the day, say)
        to_front(self._window)
        if len(dues) == 1:
            self.open_event(dues[0])
        panel = self.show_panel()
        panel.select({due.state_key for due in dues})

    def open_event(self, due: Due) -> None:
        """The window on the reminder's day, the event selected."""
        to_front(self._window)
        self._window.finder.show_found(due.event)

    # --- the panel ------------------------------------------------------------------------------

    def show_panel(self, *, activate: bool = True) -> RemindersPanel:
        if self.panel is None:
            panel = RemindersPanel(self._window.locale_, self._window)
            panel.snoozeRequested.connect(self.clock.snooze)
            panel.dismissRequested.connect(self.clock.dismiss)
            panel.openRequested.connect(self.open_event)
            self.panel = panel
            self._active_changed(self.clock.active)
        panel = self.panel
        panel.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
        panel.show()
        if activate:
            to_front(panel)
        return panel

    def _active_changed(self, dues: list[Due]) -> None:
        if self.panel is not None:
            self.panel.set_reminders(dues, self._department)

    # --- the event dialog and the settings ------------------------------------------------------

    def attach(self, dialog: EventDialog) -> None:
        """The dialog's Reminder row: the event's own choice, and what "default" means."""
        original = dialog.original
        key = (original.id, original.department_id) if original is not None else None
        dialog.set_reminder(
            self.choices[key] if key is not None and key in self.choices else USE_DEFAULT
        )

        def relabel(*_args: object) -> None:
            all_day = counts_as_all_day(dialog.time_combo.text())
            rules = self.clock.rules
            dialog.reminder_combo.set_all_day(all_day)
            dialog.reminder_combo.set_default_text(
                default_text(rules, dialog.department_id(), all_day)
            )

        relabel()
        dialog.time_combo.editTextChanged.connect(relabel)
        dialog.department_combo.currentIndexChanged.connect(relabel)
        dialog.accepted.connect(lambda: self._keep_choice(dialog, key))

    def _keep_choice(self, dialog: EventDialog, before: EventKey | None) -> None:
        """The reminder chosen in a saved dialog, kept for the event as saved (a new event:
        the id the dialog made; moved to another department: the choice goes with it)."""
        draft = dialog.draft()
        key = (draft.id, draft.department_id)
        rule = dialog.reminder_combo.rule()
        changes: dict[EventKey, Rule] = {}
        if before is not None and before != key and before in self.choices:
            changes[before] = USE_DEFAULT
            if rule == USE_DEFAULT:
                rule = self.choices[before]
        # A new series or multi-day event: the choice is each of its items'.
        made = [(e.id, e.department_id) for e in dialog.made] or [key]
        for item_key in made:
            if rule != USE_DEFAULT or item_key in self.choices:
                changes[item_key] = rule
        if not changes:
            return
        for changed, value in changes.items():
            if isinstance(value, str):
                self.choices.pop(changed, None)
            else:
                self.choices[changed] = value
        self._apply_rules()

        def save(cache: Cache) -> None:
            for changed, value in changes.items():
                reminder_store.save_choice(cache, changed, value)

        self._window.service.run_local(save)

    def open_settings(self) -> None:
        from desktop.views.reminder_settings import ReminderSettingsDialog

        dialog = ReminderSettingsDialog(
            self._window.settings, self._window.departments, self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._apply_rules)
        dialog.open()

    def now(self) -> datetime:
        return self.clock.now()

    def close(self) -> None:
        self.clock.stop()
        self._reload_timer.stop()
        if self.panel is not None:
            self.panel.close()
