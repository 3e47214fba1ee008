"""The other months of a view's span, read behind the shown month: a week across two months,
the agenda's months, the year's twelve.

:class:`SpanReads` reads them one after the other once the view has painted: from the cache
first, from the table when a month is missing there or stale (each department-month once
within its staleness window; a :class:`~desktop.views.calendar_view.Span` with
``refresh=False`` reads from the table only the months never read). They land in the same
memory and cache as the month grid's, so every view shares them. A new start (the user moved
on, or the agenda's span grew) makes the rest of the older run stale.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from desktop.data.cache import CachedMonth
    from desktop.data.errors import StoreError
    from desktop.views.month_controller import MonthController
    from desktop.workers.calendar_service import MonthResult


class SpanReads:
    """Reads ``controller``'s span months beyond its shown month."""

    def __init__(self, controller: MonthController) -> None:
        self._months = controller
        self._turn = 0
        self._done: set[date] = set()
        self._waiting = False  # the store was starting: its first month read starts us
        self._behind_prefetch: int | None = None  # the turn waiting for a prefetch to land
        self.complete = True  # every month of the span was looked at

    def start(self) -> None:
        """Read the span's months (again) once the view has painted."""
        self.complete = False
        self._turn += 1
        self._done = set()
        turn = self._turn
        months = self._months
        months.after_paint(lambda: QTimer.singleShot(0, lambda: self._next(turn)))

    def store_ready(self) -> None:
        """The shown month was read: what waited for the store starts now."""
        if self._waiting:
            self._waiting = False
            self.start()

    def prefetch_ended(self) -> None:
        """A neighbour month's prefetch landed (or failed): a run waiting for it goes on."""
        turn, self._behind_prefetch = self._behind_prefetch, None
        if turn is not None:
            self._next(turn)

    def _next(self, turn: int) -> None:
        if turn != self._turn:
            return
        months = self._months
        if months.service.store is None:
            self._waiting = True
            return
        if months.prefetching is not None and months.prefetching in months.span_months():
            self._behind_prefetch = turn  # that month is being read already: not twice
            return
        span, shown, memory = months.view_span(), months.shown(), months.memory
        if span is None or not shown:
            self._finish()
            return
        for month in months.span_months()[1:]:
            if month in self._done:
                continue
            self._done.add(month)
            missing = memory.missing(shown, month)
            if missing:
                months.service.cached_month(
                    missing,
                    month,
                    partial(self._cached, month, turn=turn),
                    key=f"span-cache-{month.isoformat()}",
                )
                return
            if span.refresh and not memory.is_fresh(shown, month):
                self._fetch(month, turn)
                return
        self._finish()

    def _finish(self) -> None:
        months = self._months
        months.tell_never_loaded()
        self.complete = True
        months.spanRead.emit()

    def _cached(self, month: date, found: dict[str, CachedMonth], *, turn: int) -> None:
        if turn != self._turn:
            return
        months = self._months
        months.keep_cached(month, found)
        if found:
            months.paint()
        span, shown, memory = months.view_span(), months.shown(), months.memory
        if memory.missing(shown, month) or (
            span is not None and span.refresh and not memory.is_fresh(shown, month)
        ):
            self._fetch(month, turn)
        else:
            self._next(turn)

    def _fetch(self, month: date, turn: int) -> None:
        months = self._months
        if not months.connectivity.online:
            self._next(turn)  # the cache's months only; the rest says "never fetched"
            return

        def loaded(result: MonthResult) -> None:
            months.remember(result)
            if result.unsaved:
                months.service.save_month(result)
            months.paint()
            self._next(turn)

        def failed(_error: StoreError) -> None:
            self._next(turn)

        stale = months.memory.stale(months.shown(), month)  # not those read a moment ago
        months.service.load_month(stale, month, loaded, failed, key=f"span-{month.isoformat()}")
