"""When any view of the calendar (month, week, agenda, team week, year) has painted.

:class:`ViewPaints` times the *end* of a paint of the widget a view names as its
``viewport()`` (the :class:`~desktop.views.calendar_view.CalendarView` protocol), whatever the
view is made of: an event filter on that widget takes its Paint event, delivers it at once
(through the widget's other filters, so a scroll area's own viewport filter paints it, as
``QTableView`` paints its viewport) and notes the time when that delivery returns: Qt's paint
has completed, as :class:`bench.gui.PaintProbe` measures the month grid. (Wrapping a class's
``paintEvent`` works only for instances not yet painted: PySide6 remembers per instance that
a virtual method has no Python override.)

:func:`view_ready` says whether the shown view has all its entries: the window's controller
has no arrangement under way (a big span is arranged on a worker) and neither the month
grid's model nor the view is still filling.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.views.calendar_view import CalendarView
    from desktop.views.main_window import MainWindow

Watcher = Callable[[QWidget, float], None]
# How long a paint may follow the moment a view had all its entries and still count as the
# paint that shows them (an update posted then is painted within the event loop's next turns).
GRACE_MS = 20


class _PaintTimer(QObject):
    """The filter on one widget: its Paint event delivered here, then the time noted."""

    def __init__(self, widget: QWidget, probe: ViewPaints) -> None:
        super().__init__(widget)
        self._widget, self._probe = widget, probe
        self._delivering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Paint or self._delivering or watched is not self._widget:
            return False
        self._delivering = True
        try:
            QCoreApplication.sendEvent(watched, event)
        finally:
            self._delivering = False
        self._probe.painted(self._widget)
        return True  # painted already


class ViewPaints:
    """Notes when each paint of a watched view has completed (:meth:`until_painted`)."""

    def __init__(self) -> None:
        self._filters: dict[int, _PaintTimer] = {}
        self._watchers: list[Watcher] = []

    def watch(self, view: CalendarView) -> QWidget:
        """Time the paints of ``view``; the widget whose paints are timed."""
        widget = view.viewport()
        if id(widget) not in self._filters:
            timer = _PaintTimer(widget, self)
            widget.installEventFilter(timer)
            self._filters[id(widget)] = timer
        return widget

    def painted(self, widget: QWidget) -> None:
        moment = time.perf_counter()
        for watcher in list(self._watchers):
            watcher(widget, moment)

    def until_painted(
        self,
        view: CalendarView,
        condition: Callable[[], bool],
        start: Callable[[], None],
        timeout: float = 60.0,
    ) -> float:
        """Run ``start()``; the time (``perf_counter``) at which a paint of ``view`` completed
        with ``condition()`` true.

        A view may have painted before ``condition()`` held (its entries arranged on a worker)
        and then need no other paint (the entries it got were the ones it showed): when
        ``condition()`` turns true (looked at every millisecond) and no paint follows within
        :data:`GRACE_MS`, the view was complete when it did."""
        widget = self.watch(view)
        loop = QEventLoop()
        found: list[float] = []
        ready: list[float] = []

        def watcher(painted: QWidget, moment: float) -> None:
            if painted is widget and not found and condition():
                found.append(moment)
                loop.quit()

        def look() -> None:
            if found or ready or not condition():
                return
            ready.append(time.perf_counter())
            QTimer.singleShot(GRACE_MS, grace_over)

        def grace_over() -> None:
            if not found:
                found.append(ready[0])
                loop.quit()

        self._watchers.append(watcher)
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(int(timeout * 1000))
        poll = QTimer()
        poll.setTimerType(Qt.TimerType.PreciseTimer)
        poll.timeout.connect(look)
        try:
            start()
            poll.start(1)
            if not found:
                loop.exec()
        finally:
            guard.stop()
            poll.stop()
            self._watchers.remove(watcher)
        if not found:
            raise TimeoutError(
                f"the {getattr(view, 'kind', 'calendar')} view was not painted with its "
                f"entries within {timeout:.0f} s"
            )
        return found[0]

    def close(self) -> None:
        """Take the filters off."""
        for timer in self._filters.values():
            parent = timer.parent()
            if isinstance(parent, QWidget):
                parent.removeEventFilter(timer)
            timer.deleteLater()
        self._filters.clear()


def view_ready(window: MainWindow, view: CalendarView) -> bool:
    """``view`` is shown with every entry of its span (nothing arranged or filled later)."""
    if window.active_view is not view or window.months.arranging:
        return False
    if view is cast(Any, window.month_view) and getattr(window.model, "filling", False):
        return False
    return not getattr(view, "filling", False)
