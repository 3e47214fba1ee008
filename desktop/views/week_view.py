"""The week: seven days side by side, each day's events down its column.

A table view of :class:`~desktop.views.week_model.WeekModel` (a cell per event, one empty
cell below the busiest day) painted by :class:`~desktop.views.week_delegate.WeekDelegate`:
the whole week scrolls, so no event hides behind "+N more". The current cell is the
selection: clicking or moving onto an event selects it (the detail pane follows), an empty
cell selects none. Editing works as in the month grid: double-click or Enter edits an event
or adds one on an empty day, Delete, drag to another day (or onto a department), the context
menu, PgUp/PgDn a week, T today; Tab leaves the view.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from desktop.domain.calendar import DAYS, week_start
from desktop.i18n import tr
from desktop.views.calendar_view import Editable, Span, ViewKind
from desktop.views.month_keys import selected_text
from desktop.views.month_view import EVENT_MIME
from desktop.views.week_days import first_weekday
from desktop.views.week_delegate import WeekDelegate, WeekHeader, row_height, today_tint
from desktop.views.week_model import WeekModel

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow
    from desktop.views.month_model import DayEntry
    from desktop.workers.months import DayLists

__all__ = ["WeekView", "week_title"]

_DRAG_DISTANCE = 8


def week_title(locale: QLocale, first: date) -> str:
    """``2026년 11월 30일 – 12월 6일`` in Korean, ``Nov 30 – Dec 6, 2026`` in English."""
    last = first + timedelta(days=DAYS - 1)
    start, end = QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
    korean = locale.language() == QLocale.Language.Korean
    if korean:
        if first.year != last.year:
            patterns = ("yyyy년 M월 d일", "yyyy년 M월 d일")
        elif first.month != last.month:
            patterns = ("yyyy년 M월 d일", "M월 d일")
        else:
            patterns = ("yyyy년 M월 d일", "d일")
    elif first.year != last.year:
        patterns = ("MMM d, yyyy", "MMM d, yyyy")
    elif first.month != last.month:
        patterns = ("MMM d", "MMM d, yyyy")
    else:
        patterns = ("MMM d", "d, yyyy")
    return f"{locale.toString(start, patterns[0])} – {locale.toString(end, patterns[1])}"


class WeekView(QTableView, Editable):
    """The week view of the calendar (:class:`~desktop.views.calendar_view.CalendarView`)."""

    eventSelected = Signal(object)  # noqa: N815  DayEntry | None
    eventActivated = Signal(object)  # noqa: N815  DayEntry: edit it
    newEventRequested = Signal(object)  # noqa: N815  date
    dayExpanded = Signal(object)  # noqa: N815  date (never: every event is in the week)
    eventDropped = Signal(object, object)  # noqa: N815  (DayEntry, date)
    monthStep = Signal(int)  # noqa: N815  -1 / +1: a week
    todayRequested = Signal()  # noqa: N815
    deleteRequested = Signal(object)  # noqa: N815  DayEntry
    menuRequested = Signal(object, object, QPoint)  # noqa: N815  (date, DayEntry | None, global)

    kind = ViewKind.WEEK

    def __init__(self, window: MainWindow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        locale = window.locale_ if window is not None else QLocale()
        self._model = WeekModel(locale, self)
        self.setModel(self._model)
        self.delegate = WeekDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setHorizontalHeader(WeekHeader(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the view
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(row_height(self.fontMetrics()))
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleName(tr("WeekView", "Week calendar"))
        self._busy_label = QLabel(tr("MonthView", "Loading…"), self.viewport())
        self._busy_label.setObjectName("gridBusy")
        self._busy_label.setTextFormat(Qt.TextFormat.PlainText)
        self._busy_label.setWordWrap(True)
        self._busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._busy_label.setAutoFillBackground(True)
        self._busy_label.setMargin(10)
        self._busy_label.hide()
        self._selected_entry: DayEntry | None = None
        self._quiet = False  # the current cell moves without choosing its event
        self._press_pos: QPoint | None = None
        self._press_entry: DayEntry | None = None
        self._dragged: DayEntry | None = None
        self.selectionModel().currentChanged.connect(self._current_changed)

    # --- a view of the calendar (desktop.views.calendar_view) ---------------------------------

    def span(self, anchor: date, first_weekday: int) -> Span:
        first = week_start(anchor, first_weekday)
        return Span.of_days(first, first + timedelta(days=DAYS - 1))

    def step(self, anchor: date, steps: int) -> date:
        return anchor + timedelta(days=7 * steps)

    def title(self, locale: QLocale, anchor: date) -> str:
        return week_title(locale, week_start(anchor, first_weekday(locale)))

    def show_anchor(self, anchor: date, today: date, first_weekday: int) -> None:
        self._model.set_week(week_start(anchor, first_weekday), today)

    def show_entries(self, entries: DayLists[DayEntry]) -> None:
        self._model.set_entries(entries)

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        self._model.set_holidays(holidays)
        self.horizontalHeader().viewport().update()

    def set_locale(self, locale: QLocale) -> None:
        self._model.set_locale(locale)

    def entries_on(self, day: date) -> list[DayEntry]:
        return self._model.entries_on(day)

    @property
    def week_model(self) -> WeekModel:
        return self._model

    # --- selection ----------------------------------------------------------------------------

    @property
    def selected_entry(self) -> DayEntry | None:
        return self._selected_entry

    def current_date(self) -> date | None:
        return self._model.date_at(self.currentIndex())

    def select_date(self, day: date) -> None:
        """Make ``day`` current (its first cell) without choosing an event."""
        column = self._model.column_of(day)
        if column < 0:
            return
        if self._selected_entry is not None and self._selected_entry.event.event_date != day:
            self.select_entry(None)
        self._set_current(self._model.index(0, column))

    def select_entry(self, entry: DayEntry | None) -> None:
        self._selected_entry = entry
        if entry is not None:
            index = self._model.index_of_entry(entry)
            if index.isValid() and index != self.currentIndex():
                self._set_current(index)
                self.scrollTo(index)
        self.delegate.selected_event_id = entry.event.id if entry else None
        # A screen reader hears the event chosen (plain text, elided).
        self.setAccessibleDescription(selected_text(entry) if entry else "")
        self.viewport().update()
        self.eventSelected.emit(entry)

    def refresh_selection(self) -> None:
        """Keep the selected event across a reload (it may have changed or gone)."""
        if self._selected_entry is None:
            return
        wanted = self._selected_entry.event.id
        found = next(
            (e for e in self._model.all_entries() if e.event.id == wanted),
            None,
        )
        if found is None:
            self.select_entry(None)
        elif found != self._selected_entry:
            self.select_entry(found)

    def _set_current(self, index: QModelIndex) -> None:
        self._quiet = True
        try:
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        entry = self._model.entry_at(current)
        if entry != self._selected_entry:
            self.select_entry(entry)

    def moveCursor(  # noqa: N802
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Left and right go to the next day's event on the same line, or its empty cell
        when it has fewer events (never into the blank below them)."""
        index = super().moveCursor(action, modifiers)
        moves = QAbstractItemView.CursorAction
        if action in (moves.MoveLeft, moves.MoveRight) and index.isValid():
            day = self._model.date_at(index)
            if day is not None and index.row() > self._model.free_row(day):
                return self._model.index(self._model.free_row(day), index.column())
        return index

    # --- where things are ---------------------------------------------------------------------

    def day_at(self, pos: QPoint) -> date | None:
        """The day of the column at ``pos`` (in the viewport), below the events too."""
        return self._model.day(self.columnAt(pos.x()))

    def entry_at(self, pos: QPoint) -> DayEntry | None:
        return self._model.entry_at(self.indexAt(pos))

    # --- mouse --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        super().mousePressEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        entry = self.entry_at(pos)
        if not self.indexAt(pos).isValid():  # the blank below the events: that day
            day = self.day_at(pos)
            if day is not None:
                self._set_current(
                    self._model.index(self._model.free_row(day), self.columnAt(pos.x()))
                )
        self._press_pos = pos
        self._press_entry = entry
        if entry != self._selected_entry:
            self.select_entry(entry)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if (
            self._press_entry is not None
            and self._press_pos is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (pos - self._press_pos).manhattanLength() >= _DRAG_DISTANCE
        ):
            self._start_drag(self._press_entry)
            self._press_entry = None
            return
        if not event.buttons():
            self.viewport().setCursor(
                Qt.CursorShape.PointingHandCursor
                if self.entry_at(pos) is not None
                else Qt.CursorShape.ArrowCursor
            )
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press_entry = None
        self._press_pos = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        entry = self.entry_at(pos)
        if entry is not None:
            self.eventActivated.emit(entry)
            return
        day = self.day_at(pos)
        if day is not None:
            self.newEventRequested.emit(day)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            pos = event.pos()
            day = self.day_at(pos)
            if day is None:
                return
            entry = self.entry_at(pos)
            if entry != self._selected_entry:
                self.select_entry(entry)
        else:  # the Menu key: the current cell
            index = self.currentIndex()
            day = self._model.date_at(index)
            if day is None:
                return
            entry = self._selected_entry
            pos = self.visualRect(index).bottomLeft()
        event.accept()
        self.menuRequested.emit(day, entry, self.viewport().mapToGlobal(pos))

    # --- drag and drop ------------------------------------------------------------------------

    def _start_drag(self, entry: DayEntry) -> None:
        if not self.editable:
            return
        mime = QMimeData()
        payload = f"{entry.event.id}\n{entry.event.department_id}".encode()
        mime.setData(EVENT_MIME, QByteArray(payload))
        mime.setText(entry.event.title)
        drag = QDrag(self)
        drag.setMimeData(mime)
        self._dragged = entry
        drag.exec(Qt.DropAction.MoveAction)

    def dragged_entry(self, mime: QMimeData) -> DayEntry | None:
        if not mime.hasFormat(EVENT_MIME):
            return None
        event_id, _, department_id = bytes(mime.data(EVENT_MIME).data()).decode().partition("\n")
        for entry in self._model.all_entries():
            if entry.event.id == event_id and entry.event.department_id == department_id:
                return entry
        dragged = self._dragged
        if dragged is not None and dragged.event.id == event_id:
            return dragged
        return None

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self.editable and event.mimeData().hasFormat(EVENT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        pos = event.position().toPoint()
        day = self.day_at(pos)
        if event.mimeData().hasFormat(EVENT_MIME) and day is not None:
            row = self.rowAt(pos.y())
            self._set_current(self._model.index(max(0, row), self.columnAt(pos.x())))
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        entry = self.dragged_entry(event.mimeData())
        day = self.day_at(event.position().toPoint())
        if entry is None or day is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        if day != entry.event.event_date:
            self.eventDropped.emit(entry, day)

    # --- keys -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_PageUp:
            self.monthStep.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.monthStep.emit(1)
        elif key == Qt.Key.Key_T and not event.modifiers():
            self.todayRequested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            entry = self._selected_entry or self._model.entry_at(self.currentIndex())
            if entry is not None:
                self.eventActivated.emit(entry)
            elif (day := self.current_date()) is not None:
                self.newEventRequested.emit(day)
        elif key == Qt.Key.Key_Delete:
            if self._selected_entry is not None:
                self.deleteRequested.emit(self._selected_entry)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()
        else:
            super().keyPressEvent(event)

    # --- the note over the view -----------------------------------------------------------------

    def set_busy(self, busy: bool, text: str = "") -> None:
        """A "Loading…" note over the week, or why a range is not shown (offline)."""
        self._busy_label.setText(text or tr("MonthView", "Loading…"))
        self._busy_label.setVisible(busy)
        self._place_busy_label()

    def _place_busy_label(self) -> None:
        """Centred; as wide as its text, wrapped when the view is narrower."""
        label = self._busy_label
        area = self.viewport().rect()
        natural = label.fontMetrics().horizontalAdvance(label.text()) + 2 * label.margin() + 8
        width = max(0, min(natural, area.width() - 20))
        label.setFixedWidth(width)
        height = max(label.heightForWidth(width), label.minimumSizeHint().height())
        label.setGeometry(
            area.center().x() - width // 2, area.center().y() - height // 2, width, height
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        # Below the busiest day's events: the columns' lines and today's tint go on down.
        rows = self._model.rowCount()
        top = self.rowViewportPosition(rows - 1) + self.rowHeight(rows - 1) if rows else 0
        area = self.viewport().rect()
        if top >= area.bottom():
            return
        painter = QPainter(self.viewport())
        colors = self.delegate.colors(self.palette())
        today = self._model.column_of(self._model.today)
        for column in range(DAYS):
            left = self.columnViewportPosition(column)
            width = self.columnWidth(column)
            if column == today:
                painter.fillRect(
                    QRect(left, top, width, area.bottom() - top + 1), today_tint(colors)
                )
            painter.setPen(colors.grid)
            painter.drawLine(left + width - 1, top, left + width - 1, area.bottom())
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.verticalHeader().setDefaultSectionSize(row_height(self.fontMetrics()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_busy_label()
