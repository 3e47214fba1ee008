"""Fetch the months of a range that were never saved: for search and export, with Cancel.

A :class:`RangeFetch` reads the (department, month) pairs it is given one Query at a time, on
the service's workers (:meth:`CalendarService.load_month`, which keeps each month in the cache
with the changes waiting in the outbox winning). One at a time is the capacity policy: a year
of five departments is sixty small reads made one after the other, never a burst against the
index's provisioned reads, and each read's units are handed to ``spent`` (the window's ledger,
:class:`~desktop.domain.freshness.FreshDays`), so the background refreshes of the hour leave
room for them. A network that cannot be reached stops the run at once: the months left are
named as not fetched, never waited for one by one.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.data.errors import OfflineError, StoreError

if TYPE_CHECKING:
    from desktop.workers.calendar_service import CalendarService, MonthResult

_numbers = itertools.count(1)


@dataclass
class FetchOutcome:
    """How a run ended: the pairs fetched, those that could not be (and why), and whether the
    user cancelled it (the pairs not reached are then in ``not_fetched`` too)."""

    fetched: list[tuple[str, date]] = field(default_factory=list)
    not_fetched: list[tuple[str, date]] = field(default_factory=list)
    cancelled: bool = False
    offline: bool = False
    error: StoreError | None = None

    @property
    def complete(self) -> bool:
        return not self.not_fetched and not self.cancelled


class RangeFetch(QObject):
    """Reads ``pairs`` one after the other; :meth:`cancel` stops it between two reads (the read
    under way is dropped)."""

    progress = Signal(int, int)  # pairs done, pairs in all
    arrived = Signal(str, object)  # department id, month: saved in the cache now
    finished = Signal(object)  # FetchOutcome

    def __init__(
        self,
        service: CalendarService,
        pairs: list[tuple[str, date]],
        *,
        spent: Callable[[float], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._pairs = list(pairs)
        self._spent = spent
        self._next = 0
        self._key = f"range-fetch-{next(_numbers)}"
        self.outcome = FetchOutcome()
        self.running = False

    @property
    def total(self) -> int:
        return len(self._pairs)

    def start(self) -> None:
        self.running = True
        self.progress.emit(0, self.total)
        self._read_next()

    def cancel(self) -> None:
        if not self.running:
            return
        self._service.runner.forget(self._key)
        self.outcome.cancelled = True
        self._finish(self._pairs[self._next :])

    def _read_next(self) -> None:
        if not self.running:
            return
        if self._next >= len(self._pairs):
            self._finish([])
            return
        department_id, month = self._pairs[self._next]
        self._service.load_month(
            [department_id],
            month,
            lambda result: self._read(department_id, month, result),
            lambda error: self._failed(department_id, month, error),
            key=self._key,
        )

    def _read(self, department_id: str, month: date, result: MonthResult) -> None:
        if not self.running:
            return
        if self._spent is not None:
            self._spent(sum(b.read_units for b in result.batches.values()))
        self.outcome.fetched.append((department_id, month))
        self.arrived.emit(department_id, month)
        self._step()

    def _failed(self, department_id: str, month: date, error: StoreError) -> None:
        if not self.running:
            return
        self.outcome.error = error
        if isinstance(error, OfflineError):
            # No network: the months left would fail the same way, each after its timeout.
            self.outcome.offline = True
            self._finish(self._pairs[self._next :])
            return
        self.outcome.not_fetched.append((department_id, month))
        self._step()

    def _step(self) -> None:
        self._next += 1
        self.progress.emit(self._next, self.total)
        self._read_next()

    def _finish(self, left: list[tuple[str, date]]) -> None:
        self.running = False
        self.outcome.not_fetched += left
        self.finished.emit(self.outcome)
