"""The reminders' clock: one timer, armed for the next reminder, recomputed from the events.

Whatever changes (the events, the rules, a snooze, the wall clock), the clock recomputes every
reminder from the events it has now (:func:`desktop.domain.reminders.look`): an event deleted
meanwhile never reminds, one moved reminds at its new time. The timer waits at most
:data:`CHECK_EVERY_MS`, so a computer waking from sleep or a clock set forward is noticed
within a minute; reminders that came due unseen then are reported together (``missed``),
never one by one.

Nothing is said before the saved states are read (a reminder dismissed before a restart must
not come back). The states are saved through the ``save`` callable, which runs the write on a
worker. Qt, no widgets.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.domain.models import Event
from desktop.domain.reminders import (
    Due,
    ReminderRules,
    ReminderState,
    StateKey,
    look,
    reminders_of,
)

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60_000
# A wake-up this much later than the timer was set for: the computer slept or the clock moved.
JUMP = timedelta(seconds=30)

SNOOZE_CHOICES = (5, 10, 30)


class ReminderClock(QObject):
    """``fired(list[Due])``: reminders due now (one notification each). ``missed(list[Due])``:
    reminders that came due unseen (one notification for all). ``activeChanged(list[Due])``:
    the reminders shown and not yet dismissed or snoozed, by moment."""

    fired = Signal(object)
    missed = Signal(object)
    activeChanged = Signal(object)  # noqa: N815

    def __init__(
        self,
        save: Callable[[list[ReminderState]], None],
        *,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.now = now
        self.rules = ReminderRules()
        self.events: list[Event] | None = None  # None: not known yet
        self.states: dict[StateKey, ReminderState] | None = None  # None: not read yet
        self.active: list[Due] = []
        self._expected: datetime | None = None
        self._looked: datetime | None = None  # the last look (None: since the start)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may be 5 % late
        self.timer.timeout.connect(self._woke)

    # --- what the clock knows -------------------------------------------------------------------

    def set_events(self, events: Iterable[Event]) -> None:
        self.events = list(events)
        self.check()

    def set_rules(self, rules: ReminderRules) -> None:
        self.rules = rules
        self.check()

    def set_states(self, states: Mapping[StateKey, ReminderState]) -> None:
        """The states read from the cache; those changed meanwhile here are kept."""
        merged = dict(states)
        merged.update(self.states or {})
        self.states = merged
        self.check()

    @property
    def ready(self) -> bool:
        return self.events is not None and self.states is not None

    # --- the clock ------------------------------------------------------------------------------

    def _woke(self) -> None:
        now = self.now()
        if self._expected is not None and abs(now - self._expected) > JUMP:
            log.info("The clock moved or the computer slept: reminders recomputed")
        self.check()

    def check(self) -> None:
        """Look at the reminders now: say what came due, and arm the timer for the next."""
        if self.events is None or self.states is None:
            return
        now = self.now()
        if self._looked is not None and self._looked > now:
            self._looked = now  # the clock was set back: what is due from now on still comes
        tick = look(reminders_of(self.events, self.rules), self.states, now, since=self._looked)
        self._looked = now
        shown = tick.on_time + tick.missed
        changed = [ReminderState(due.state_key, fired=True) for due in shown]
        for state in changed:
            self.states[state.key] = state
        if changed:
            self._save(changed)
        active = sorted(tick.active + shown, key=lambda due: (due.moment, due.event.title))
        if active != self.active:
            self.active = active
            self.activeChanged.emit(active)
        if tick.on_time:
            self.fired.emit(tick.on_time)
        if tick.missed:
            self.missed.emit(tick.missed)
        self._arm(tick.next_moment, now)

    def _arm(self, moment: datetime | None, now: datetime) -> None:
        wait = CHECK_EVERY_MS
        if moment is not None:
            wait = min(wait, max(0, math.ceil((moment - now).total_seconds() * 1000)))
        self._expected = now + timedelta(milliseconds=wait)
        self.timer.start(wait)

    # --- what the user does ---------------------------------------------------------------------

    def snooze(self, dues: Iterable[Due], minutes: int) -> None:
        until = self.now() + timedelta(minutes=minutes)
        self._set([ReminderState(d.state_key, fired=True, snoozed_until=until) for d in dues])

    def dismiss(self, dues: Iterable[Due]) -> None:
        self._set([ReminderState(d.state_key, fired=True, dismissed=True) for d in dues])

    def _set(self, changed: list[ReminderState]) -> None:
        if not changed or self.states is None:
            return
        for state in changed:
            self.states[state.key] = state
        self._save(changed)
        self.check()

    def stop(self) -> None:
        self.timer.stop()
