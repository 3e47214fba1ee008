"""Tiny views of the calendar for the bench's own tests (tests/test_bench_views.py).

They follow the :class:`~desktop.views.calendar_view.CalendarView` protocol and nothing more: a
list of one line per entry. :class:`StubWeek` shows a week (a span that can cross a month);
:class:`StubAgenda` shows four weeks from its anchor and, like the agenda, grows its range by
itself when its scroll bar reaches the bottom (``first_day``/``last_day``, then
``window.months.reread_span()``). A test registers them in ``VIEW_CLASSES`` with monkeypatch.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QMimeData, QPoint, Signal
from PySide6.QtWidgets import QAbstractSlider, QListWidget, QWidget

from desktop.views.calendar_view import Editable, Span, ViewKind
from desktop.workers.months import DayLists

if TYPE_CHECKING:
    from collections.abc import Mapping

    from desktop.views.month_model import DayEntry


class StubView(QListWidget, Editable):
    eventSelected = Signal(object)  # noqa: N815
    eventActivated = Signal(object)  # noqa: N815
    newEventRequested = Signal(object)  # noqa: N815
    dayExpanded = Signal(object)  # noqa: N815
    eventDropped = Signal(object, object)  # noqa: N815
    monthStep = Signal(int)  # noqa: N815
    todayRequested = Signal()  # noqa: N815
    deleteRequested = Signal(object)  # noqa: N815
    menuRequested = Signal(object, object, QPoint)  # noqa: N815

    kind = ViewKind.WEEK

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._entries: DayLists[DayEntry] = DayLists()
        self.first_day = self.last_day = window.today

    def span(self, anchor: date, first_weekday: int) -> Span:
        first = anchor - timedelta(days=(anchor.isoweekday() - first_weekday) % 7)
        return Span.of_days(first, first + timedelta(days=6))

    def step(self, anchor: date, steps: int) -> date:
        return anchor + timedelta(weeks=steps)

    def title(self, locale: QLocale, anchor: date) -> str:
        return anchor.isoformat()

    def show_anchor(self, anchor: date, today: date, first_weekday: int) -> None:
        span = self.span(anchor, first_weekday)
        self.first_day, self.last_day = span.first, span.last
        self.clear()

    def show_entries(self, entries: DayLists[DayEntry]) -> None:
        self._entries = entries
        self.clear()
        self.addItems([f"{e.event.event_date} {e.event.title}" for e in entries])

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        pass

    def set_busy(self, busy: bool, text: str = "") -> None:
        pass

    @property
    def selected_entry(self) -> DayEntry | None:
        return None

    def current_date(self) -> date | None:
        return None

    def select_date(self, day: date) -> None:
        pass

    def select_entry(self, entry: DayEntry | None) -> None:
        pass

    def refresh_selection(self) -> None:
        pass

    def dragged_entry(self, mime: QMimeData) -> DayEntry | None:
        return None

    def entries_on(self, day: date) -> list[DayEntry]:
        return list(self._entries.by_day.get(day, []))


class StubWeek(StubView):
    kind = ViewKind.WEEK


class StubAgenda(StubView):
    """Four weeks from the anchor; four more each time the scroll bar is at its end."""

    kind = ViewKind.AGENDA

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(window, parent)
        self.verticalScrollBar().actionTriggered.connect(self._scrolled)

    def span(self, anchor: date, first_weekday: int) -> Span:
        if self.first_day == anchor and self.last_day > anchor:
            return Span.of_days(self.first_day, self.last_day)
        return Span.of_days(anchor, anchor + timedelta(days=27))

    def _scrolled(self, action: int) -> None:
        bar = self.verticalScrollBar()
        if action == QAbstractSlider.SliderAction.SliderPageStepAdd.value and (
            bar.sliderPosition() >= bar.maximum()
        ):
            self.last_day += timedelta(days=28)
            self._window.months.reread_span()
