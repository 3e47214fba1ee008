"""Sending many new events: paced to the table, with progress and Cancel.

A series (or an import) is recorded in the outbox at once and sent one item at a time, paced
to the table's write capacity (:mod:`desktop.data.pacing`): 260 items take half a minute on
the guide's tables. While more than :data:`PROGRESS_MIN` new events wait, :class:`SendProgress`
follows them (how many of them have reached the table) for the status bar; Cancel discards
those still waiting, in one transaction, and says how many were saved.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.data.pacing import UNKNOWN_WRITES_PER_SECOND, Pace, write_rate
from desktop.domain.series import link_of

if TYPE_CHECKING:
    from desktop.data.changes import Change, Recorded
    from desktop.data.outbox import Outbox
    from desktop.data.store import DynamoStore
    from desktop.workers.calendar_service import CalendarService

log = logging.getLogger(__name__)

# Fewer new events than this go out without a progress (a few seconds at most).
PROGRESS_MIN = 20


def paced() -> Pace:
    """A pace for a (new) connection: its rate is read again on its first send."""
    return Pace()


def read_rate(store: DynamoStore, pace: Pace) -> None:
    """On a worker, once per connection: the events table's write capacity (DescribeTable);
    a table that cannot be described is taken as the guide's."""
    if pace.rate is not None:
        return
    from desktop.data.errors import StoreError

    try:
        rate = write_rate(store.describe_table(store.settings.events_table))
    except StoreError as error:
        log.info("Write capacity not read (%s); pacing as the guide's", error.log_text())
        rate = UNKNOWN_WRITES_PER_SECOND
    log.info("Sending at most %.0f writes a second", rate)
    pace.set_rate(rate)


@dataclass(frozen=True)
class Progress:
    """New events being sent: ``done`` of ``total`` reached the table."""

    done: int
    total: int
    title: str  # their common title ("" when they have several)
    series: bool  # items of a repeating event


class SendProgress(QObject):
    """Follows a batch of new events being sent (see the module's text)."""

    changed = Signal(object)  # Progress, or None: no batch is being sent

    def __init__(self, service: CalendarService) -> None:
        super().__init__(service)
        self._service = service
        self.pace_timer = QTimer(self)
        self.pace_timer.setSingleShot(True)
        self._tracked: set[int] = set()
        self._titles: Counter[str] = Counter()
        self._series = False
        self.current: Progress | None = None
        service.outboxChanged.connect(self._outbox_changed)

    def _outbox_changed(self, entries: list[Change]) -> None:
        from desktop.data.changes import Kind, State

        going = {State.WAITING, State.SENDING}
        creates = [c for c in entries if c.kind is Kind.CREATE and c.state in going]
        if not self._tracked and len(creates) <= PROGRESS_MIN:
            return
        for change in creates:
            if change.seq not in self._tracked and change.changed is not None:
                self._tracked.add(change.seq)
                self._titles[change.changed.title] += 1
                link = link_of(change.changed)
                self._series = self._series or (link is not None and link.repeating)
        present = {c.seq: c.state for c in entries if c.seq in self._tracked}
        if not any(state in going for state in present.values()):
            self._finish()
            return
        total = len(self._tracked)
        title = next(iter(self._titles)) if len(self._titles) == 1 else ""
        self.current = Progress(total - len(present), total, title, self._series)
        self.changed.emit(self.current)

    def _finish(self) -> None:
        self._tracked.clear()
        self._titles.clear()
        self._series = False
        if self.current is not None:
            self.current = None
            self.changed.emit(None)

    def cancel(self, on_done: Callable[[Progress, Recorded], None]) -> None:
        """Discard the batch's entries still waiting (one transaction); ``on_done`` gets what
        was saved by then and the result (``Recorded.many``: the events dropped)."""
        from desktop.data.changes import Recorded, State

        service, tracked = self._service, set(self._tracked)
        waiting = [c.seq for c in service.pending if c.seq in tracked and c.state is State.WAITING]
        before = self.current
        if before is None or not waiting:
            return

        def work(outbox: Outbox) -> Recorded:
            done, entries = outbox.discard_many(waiting)
            return Recorded(None, None, entries, many=tuple(removed for _, removed in done))

        def discarded(result: Recorded) -> None:
            left = sum(1 for c in result.entries if c.seq in tracked)  # a conflict, a refusal
            dropped = sum(1 for e in result.many if e is not None)
            done = before.total - dropped - left
            on_done(Progress(done, before.total, before.title, before.series), result)

        self._finish()
        service._decide(work, discarded)  # the service's own step: show, then send
