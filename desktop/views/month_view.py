"""The month grid: a table view of :class:`MonthModel` painted by :class:`DayDelegate`.

The delegate (``desktop.views.day_delegate``) lays out each day (header with the day number
and holiday, then one line per event, then ``+N more``); the same layout answers "which event
is under the mouse" for selection, double-click, tooltips and drag and drop.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from desktop.domain.calendar import add_months, grid_days, month_start
from desktop.i18n import tr
from desktop.views.calendar_view import Editable, Span, ViewKind
from desktop.views.day_bars import bar_slots
from desktop.views.day_delegate import (
    DayDelegate,
    DayLayout,
    day_layout,
    entry_tooltip,
)
from desktop.views.month_keys import cycle_entry, menu_target, selected_text
from desktop.views.month_model import DayEntry, MonthModel, Roles

__all__ = ["EVENT_MIME", "DayDelegate", "DayLayout", "MonthView", "day_layout", "entry_tooltip"]

EVENT_MIME = "application/x-deptcal-event"

_Index = QModelIndex | QPersistentModelIndex

if TYPE_CHECKING:
    from desktop.workers.months import DayLists


class MonthView(QTableView, Editable):
    """The grid: selection of days and events, keyboard, double-click, drag and drop."""

    eventSelected = Signal(object)  # noqa: N815  DayEntry | None
    eventActivated = Signal(object)  # noqa: N815  DayEntry: edit it
    newEventRequested = Signal(object)  # noqa: N815  date
    dayExpanded = Signal(object)  # noqa: N815  date: "+N more"
    eventDropped = Signal(object, object)  # noqa: N815  (DayEntry, date)
    monthStep = Signal(int)  # noqa: N815  -1 / +1
    todayRequested = Signal()  # noqa: N815
    deleteRequested = Signal(object)  # noqa: N815  DayEntry
    menuRequested = Signal(object, object, QPoint)  # noqa: N815  (date, DayEntry | None, global)

    def __init__(self, model: MonthModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.delegate = DayDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMouseTracking(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleName(tr("MonthView", "Month calendar"))
        self._busy_label = QLabel(tr("MonthView", "Loading…"), self.viewport())
        self._busy_label.setObjectName("gridBusy")
        self._busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._busy_label.setAutoFillBackground(True)
        self._busy_label.setMargin(10)
        self._busy_label.hide()
        self._press_pos: QPoint | None = None
        self._press_entry: DayEntry | None = None
        self._selected_entry: DayEntry | None = None
        self.selectionModel().currentChanged.connect(self._current_changed)

    # --- a view of the calendar (desktop.views.calendar_view) ---------------------------------

    kind = ViewKind.MONTH

    def span(self, anchor: date, first_weekday: int) -> Span:
        days = grid_days(month_start(anchor), first_weekday)
        return Span(days[0], days[-1], (month_start(anchor),))

    def step(self, anchor: date, steps: int) -> date:
        return add_months(anchor, steps)

    def title(self, locale: QLocale, anchor: date) -> str:
        from desktop.views.formats import month_title

        return month_title(locale, anchor)

    def show_anchor(self, anchor: date, today: date, first_weekday: int) -> None:
        self._model.set_month(month_start(anchor), today)

    def show_entries(self, entries: DayLists[DayEntry]) -> None:
        self._model.set_entries(entries)

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        self._model.set_holidays(holidays)

    def entries_on(self, day: date) -> list[DayEntry]:
        return self._model.entries_on(day)

    # --- what is where ------------------------------------------------------------------------

    @property
    def month_model(self) -> MonthModel:
        return self._model

    def layout_for(self, index: QModelIndex) -> DayLayout:
        entries = index.data(Roles.ENTRIES) or []
        return day_layout(
            self.visualRect(index), len(entries), self.fontMetrics(), bar_slots(entries)
        )

    def entry_at(self, pos: QPoint) -> DayEntry | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        entries: list[DayEntry] = index.data(Roles.ENTRIES) or []
        layout = self.layout_for(index)
        for entry, line in zip(entries, layout.lines, strict=False):
            if line.contains(pos):
                return entry
        return None

    def is_more_at(self, pos: QPoint) -> bool:
        index = self.indexAt(pos)
        if not index.isValid():
            return False
        layout = self.layout_for(index)
        return layout.more is not None and layout.more.contains(pos)

    @property
    def selected_entry(self) -> DayEntry | None:
        return self._selected_entry

    def current_date(self) -> date | None:
        return self._model.date_at(self.currentIndex())

    def select_date(self, day: date) -> None:
        index = self._model.index_of(day)
        if index.isValid():
            self.setCurrentIndex(index)

    def select_entry(self, entry: DayEntry | None) -> None:
        self._selected_entry = entry
        if entry is not None and self.current_date() != entry.event.event_date:
            self.select_date(entry.event.event_date)
        self.delegate.selected_event_id = entry.event.id if entry else None
        # A screen reader hears the event chosen within the day (the cell has not changed).
        self.setAccessibleDescription(selected_text(entry) if entry else "")
        self.viewport().update()
        self.eventSelected.emit(entry)

    def refresh_selection(self) -> None:
        """Keep the selected event across a reload (it may have changed or gone)."""
        if self._selected_entry is None:
            return
        wanted = self._selected_entry.event.id
        # Its own day first: a crowded month has tens of thousands of entries.
        on_its_day = self._model.entries_on(self._selected_entry.event.event_date)
        found = next((e for e in on_its_day if e.event.id == wanted), None)
        if found is None:
            found = next((e for e in self._model.all_entries() if e.event.id == wanted), None)
        if found is None:
            self.select_entry(None)
        elif found != self._selected_entry:
            self.select_entry(found)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selected_entry is not None:
            day = self._model.date_at(current)
            if day != self._selected_entry.event.event_date:
                self.select_entry(None)

    # --- mouse --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        super().mousePressEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.is_more_at(pos):
            day = self._model.date_at(self.indexAt(pos))
            if day is not None:
                self.dayExpanded.emit(day)
            return
        entry = self.entry_at(pos)
        self._press_pos = pos
        self._press_entry = entry
        self.select_entry(entry)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if (
            self._press_entry is not None
            and self._press_pos is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._press_pos).manhattanLength() >= 8
        ):
            self._start_drag(self._press_entry)
            self._press_entry = None
            return
        if not event.buttons():
            pointer = self.entry_at(event.position().toPoint()) or self.is_more_at(
                event.position().toPoint()
            )
            self.viewport().setCursor(
                Qt.CursorShape.PointingHandCursor if pointer else Qt.CursorShape.ArrowCursor
            )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press_entry = None
        self._press_pos = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        entry = self.entry_at(pos)
        if entry is not None:
            self.eventActivated.emit(entry)
            return
        if self.is_more_at(pos):
            return
        day = self._model.date_at(self.indexAt(pos))
        if day is not None:
            self.newEventRequested.emit(day)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        target = menu_target(self, event)
        if target is not None:
            day, entry, pos = target
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
        dragged: DayEntry | None = getattr(self, "_dragged", None)
        if dragged is not None and dragged.event.id == event_id:
            return dragged
        return None

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self.editable and event.mimeData().hasFormat(EVENT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        if event.mimeData().hasFormat(EVENT_MIME) and index.isValid():
            self.setCurrentIndex(index)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        entry = self.dragged_entry(event.mimeData())
        day = self._model.date_at(index)
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
            if self._selected_entry is not None:
                self.eventActivated.emit(self._selected_entry)
            else:
                day = self.current_date()
                if day is not None:
                    entries = self._model.entries_on(day)
                    if entries:
                        self.dayExpanded.emit(day)
                    else:
                        self.newEventRequested.emit(day)
        elif key == Qt.Key.Key_Delete:
            if self._selected_entry is not None:
                self.deleteRequested.emit(self._selected_entry)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # The day's shown events, then out of the grid (Qt's table would move a cell).
            if not cycle_entry(self, 1 if key == Qt.Key.Key_Tab else -1):
                event.ignore()
        else:
            super().keyPressEvent(event)

    def set_busy(self, busy: bool, text: str = "") -> None:
        """A "Loading…" note over the grid while a month without data is fetched."""
        if text:
            self._busy_label.setText(text)
        self._busy_label.setVisible(busy)
        self._place_busy_label()

    def _place_busy_label(self) -> None:
        self._busy_label.adjustSize()
        area = self.viewport().rect()
        size = self._busy_label.sizeHint()
        self._busy_label.setGeometry(
            area.center().x() - size.width() // 2,
            area.center().y() - size.height() // 2,
            size.width(),
            size.height(),
        )

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Paint and self._model.filling:
            self._model.painted()  # the week just changed is on the screen: the next one
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_busy_label()
        self.viewport().update()
