"""The agenda: a continuous list of the days with events, from the anchor day forward.

It holds its own range of days (:attr:`AgendaView.first_day` … :attr:`AgendaView.last_day`):
at first the anchor day through the end of the month after next (three months' worth, a
screen of a quiet department and a few thousand lines of a busy one). Scrolling near the
bottom adds a month and asks the controller to read it (``reread_span``: the cache first,
the table when missing or stale, each month once within its staleness); scrolling up past
the top, or the "show earlier" line, adds the month before, the rows on the screen kept in
place. The end line says how far it looked.

A list model painted by a delegate (:mod:`desktop.views.agenda_model`,
:mod:`desktop.views.agenda_delegate`), one height for every row: 36,000 lines cost the same
to scroll as thirty. Text typed in the departments panel's search box filters the list while
the agenda is shown (:meth:`AgendaView.filter_events`, called by the window's search).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from desktop.domain.calendar import add_months, month_end, month_start
from desktop.i18n import tr
from desktop.views.agenda_delegate import AgendaDelegate
from desktop.views.agenda_model import (
    AgendaModel,
    AgendaRows,
    Kind,
    Marker,
    Row,
    RowKey,
    agenda_title,
    build_rows,
    needle,
    row_date,
    row_key,
)
from desktop.views.calendar_view import Editable, Span, ViewKind
from desktop.views.month_model import DayEntry
from desktop.views.month_view import EVENT_MIME
from desktop.workers.months import DayLists

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

# The range first shown: the anchor's month and the two after it.
MONTHS_AHEAD = 2
# Scrolling within this many screens of the bottom looks a month further.
NEAR_BOTTOM_SCREENS = 2
# Up to this many events the search filters the list on the GUI thread (a few ms); more go to
# a worker.
SEARCH_HERE = 3000
_ROWS = "agenda rows"  # the runner's key: one search's rows at a time, the newest wins


def default_last(anchor: date) -> date:
    return month_end(add_months(anchor, MONTHS_AHEAD))


class AgendaView(QTableView, Editable):
    """The agenda (desktop.views.calendar_view.CalendarView) for ``window``."""

    eventSelected = Signal(object)  # noqa: N815  DayEntry | None
    eventActivated = Signal(object)  # noqa: N815  DayEntry: edit it
    newEventRequested = Signal(object)  # noqa: N815  date
    dayExpanded = Signal(object)  # noqa: N815  date
    eventDropped = Signal(object, object)  # noqa: N815  (DayEntry, date)
    monthStep = Signal(int)  # noqa: N815  -1 / +1
    todayRequested = Signal()  # noqa: N815
    deleteRequested = Signal(object)  # noqa: N815  DayEntry
    menuRequested = Signal(object, object, QPoint)  # noqa: N815  (date, DayEntry | None, global)

    kind = ViewKind.AGENDA

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._model = AgendaModel(window.locale_, self)
        self.setModel(self._model)
        self.delegate = AgendaDelegate(self)
        self.setItemDelegate(self.delegate)
        # A table of one column and rows of one height: its header keeps 36,000 rows in a few
        # spans (a list view lays out every row again on each change, ~0.4 s for 36,000).
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        self._set_row_height()
        columns = self.horizontalHeader()
        columns.hide()
        columns.setStretchLastSection(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in the other panes
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleName(tr("AgendaView", "Agenda"))
        self.setAccessibleDescription(
            tr(
                "AgendaView",
                "Events by day. Enter edits an event or adds one on a day; Page Up and Page "
                "Down move a month; T goes to today.",
            )
        )
        self._busy_label = QLabel(tr("MonthView", "Loading…"), self.viewport())
        self._busy_label.setObjectName("agendaBusy")
        self._busy_label.setTextFormat(Qt.TextFormat.PlainText)
        self._busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._busy_label.setWordWrap(True)
        self._busy_label.setAutoFillBackground(True)
        self._busy_label.setMargin(10)
        self._busy_label.hide()
        self._anchor: date | None = None
        self._first = self._last = window.today
        self._today = window.today
        self._entries: DayLists[DayEntry] = DayLists()
        self._search = ""
        self._selected: DayEntry | None = None
        self._extending = False  # a month added at the end is being read
        self._grew = False  # rows came in since the extension started
        self._prepending = False  # a month added at the top is being read: rows keep place
        self._restoring = False  # a rebuild moves the scroll bar and the current row
        self._generation = 0  # a newer rebuild makes a worker's rows stale
        self._last_value = 0  # the scroll bar's last value: scrolling down looks further
        self._press_pos: QPoint | None = None
        self._press_entry: DayEntry | None = None
        self._dragged: DayEntry | None = None
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        months = window.months
        months.spanRead.connect(self._span_read)
        months.neverLoaded.connect(self._rebuild)
        window.connectivity.onlineChanged.connect(self._online_changed)

    # --- the range ----------------------------------------------------------------------------

    @property
    def first_day(self) -> date:
        """The first day the agenda holds (earlier months added move it back)."""
        return self._first

    @property
    def last_day(self) -> date:
        """The last day the agenda looked at (scrolling down moves it on)."""
        return self._last

    @property
    def looking(self) -> bool:
        """A month added at either end is still being read."""
        return self._extending or self._prepending

    @property
    def agenda_model(self) -> AgendaModel:
        return self._model

    def _shown_here(self) -> bool:
        return self._window.active_view is self

    def extend(self) -> None:
        """Look a month further: the month after the last day, read behind."""
        if self._extending or not self._shown_here():
            return
        self._last = month_end(add_months(self._last, 1))
        self._reread(extending=True)

    def load_earlier(self) -> None:
        """Add the month before the first day, the rows on the screen kept where they are."""
        if self._prepending or not self._shown_here():
            return
        self._first = month_start(self._first - timedelta(days=1))
        self._reread(extending=False)

    def _reread(self, *, extending: bool) -> None:
        window = self._window
        reading = bool(window.shown_department_ids()) and window.service.store is not None
        if extending:
            self._extending = reading
            self._grew = False
        else:
            self._prepending = reading
        self._rebuild()
        window.months.reread_span()
        window.holidays.update()  # a new year's holidays

    def _span_read(self) -> None:
        """The controller read the span's months: the end line says how far it looked."""
        if not self._shown_here():
            return
        extended, grew = self._extending, self._grew
        self._extending = self._prepending = False
        self._rebuild()
        if extended and grew and self._near_bottom():
            self.extend()  # the rows that came are still above the bottom: on, as scrolled

    def _online_changed(self, _online: bool) -> None:
        if self._shown_here():
            self._rebuild()  # the months never fetched say so only offline

    def _near_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - NEAR_BOTTOM_SCREENS * self.viewport().height()

    def _scrolled(self, value: int) -> None:
        down, self._last_value = value > self._last_value, value
        if down and not self._restoring and self._near_bottom() and self._model.rowCount() > 1:
            self.extend()

    # --- a view of the calendar (desktop.views.calendar_view) ---------------------------------

    def span(self, anchor: date, first_weekday: int) -> Span:
        if anchor == self._anchor:
            return Span.of_days(self._first, self._last)
        return Span.of_days(anchor, default_last(anchor))

    def step(self, anchor: date, steps: int) -> date:
        """A month from the day at the top of the list (the anchor when none is shown)."""
        return add_months(self._top_day() or anchor, steps)

    def title(self, locale: QLocale, anchor: date) -> str:
        return agenda_title(locale, anchor)

    def show_anchor(self, anchor: date, today: date, first_weekday: int) -> None:
        """Start at ``anchor`` (the same anchor again, a refresh, keeps the range and place)."""
        self._today = self._model.today = today
        if anchor == self._anchor:
            return
        self._anchor = self._first = anchor
        self._last = default_last(anchor)
        self._extending = self._prepending = False
        self._rebuild(top=True)

    def show_entries(self, entries: DayLists[DayEntry]) -> None:
        self._entries = entries
        self._rebuild()

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        self._model.set_holidays(holidays)

    def set_busy(self, busy: bool, text: str = "") -> None:
        """A note over the list: "Loading…" in the middle of an empty list, a month never
        fetched at the bottom (the list's own line says where)."""
        self._busy_label.setText(text or tr("MonthView", "Loading…"))
        self._busy_label.setVisible(busy)
        self._place_busy_label()

    def filter_events(self, text: str) -> None:
        """Show only the events whose title, description or department holds ``text``
        (any case; ``""`` shows every event)."""
        wanted = needle(text)
        if wanted == self._search:
            return
        self._search = wanted
        self._model.search_text = text.strip()
        self._rebuild(top=True)

    @property
    def search_text(self) -> str:
        return self._model.search_text

    # --- the rows -----------------------------------------------------------------------------

    def _never_fetched(self) -> list[date]:
        window = self._window
        if window.connectivity.online or not self._shown_here():
            return []
        first, last = month_start(self._first), month_start(self._last)
        return [m for m in window.months.never_fetched() if first <= m <= last]

    def _rebuild(self, *, top: bool = False) -> None:
        """Rows from the entries held, the top row and the selected one kept in place.

        A search through many events (more than :data:`SEARCH_HERE`) runs on a worker: the
        first one normalises every text (a twelve-month agenda of a busy department holds
        36,000); a newer rebuild makes its result stale."""
        build = partial(
            build_rows,
            self._entries,
            self._first,
            self._last,
            today=self._today,
            search=self._search,
            never=self._never_fetched(),
            looking=self._extending,
        )
        self._generation += 1
        runner = self._window.service.runner
        runner.forget(_ROWS)
        if not self._search or len(self._entries) <= SEARCH_HERE:
            self._show_rows(build(), top=top)
            return
        generation = self._generation

        def built(rows: AgendaRows) -> None:
            if generation == self._generation:
                self._show_rows(rows, top=top)

        runner.submit(build, built, key=_ROWS)

    def _show_rows(self, rows: AgendaRows, *, top: bool) -> None:
        bar = self.verticalScrollBar()
        keep = None if top or (bar.value() == 0 and not self._prepending) else self._top_key()
        before = self._model.rowCount()
        current = self.currentIndex().row()
        current_row = self._model.row(current) if current >= 0 else None
        self._restoring = True
        try:
            self._model.set_rows(rows)
            if len(rows.rows) > before:
                self._grew = True
            self.doItemsLayout()
            self._restore_current(current_row)  # first: a current row is scrolled to
            if keep is not None:
                key, offset = keep
                number = self._model.find(key)
                if number >= 0:
                    bar.setValue(number * self._row_height() + offset)
            elif top:
                bar.setValue(0)
        finally:
            self._restoring = False
        self._place_busy_label()

    def _restore_current(self, previous: Row | None) -> None:
        number = -1
        if self._selected is not None:
            number = self._model.find(row_key(self._selected))
        elif previous is not None:
            number = self._model.find(row_key(previous))
        if number >= 0:
            self.selectionModel().setCurrentIndex(
                self._model.index(number), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _row_height(self) -> int:
        return max(1, self.verticalHeader().defaultSectionSize())

    def _set_row_height(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def _top_key(self) -> tuple[RowKey, int] | None:
        """The first row on the screen that keeps its identity, and its offset from the top."""
        height = self._row_height()
        value = self.verticalScrollBar().value()
        number = value // height
        while (row := self._model.row(number)) is not None:
            if not (isinstance(row, Marker) and row.kind in (Kind.EARLIER, Kind.END)):
                return row_key(row), value - number * height
            number += 1
        return None

    def _top_day(self) -> date | None:
        number = self.indexAt(QPoint(4, 4)).row()
        while (row := self._model.row(number)) is not None:
            day = row_date(row)
            if day is not None:
                return day
            number += 1
        return None

    # --- selection ----------------------------------------------------------------------------

    @property
    def selected_entry(self) -> DayEntry | None:
        return self._selected

    def current_date(self) -> date | None:
        row = self._model.row(self.currentIndex().row())
        day = row_date(row) if row is not None else None
        return day or self._top_day() or self._anchor

    def select_date(self, day: date) -> None:
        """Make ``day``'s heading (or the next shown day's) current, on the screen."""
        number = self._model.first_heading_from(day)
        if number < 0:
            return
        index = self._model.index(number)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def select_entry(self, entry: DayEntry | None) -> None:
        self._selected = entry
        self.delegate.selected_event_id = entry.event.id if entry else None
        if entry is not None:
            number = self._model.find(row_key(entry))
            if number >= 0 and self.currentIndex().row() != number:
                self._restoring = True
                try:
                    self.setCurrentIndex(self._model.index(number))
                finally:
                    self._restoring = False
                self.scrollTo(self._model.index(number))
        self.viewport().update()
        self.eventSelected.emit(entry)

    def refresh_selection(self) -> None:
        if self._selected is None:
            return
        wanted = self._selected.event.id
        found = next(
            (e for e in self.entries_on(self._selected.event.event_date) if e.event.id == wanted),
            None,
        )
        if found is None:
            found = next((e for e in self._entries if e.event.id == wanted), None)
        if found is None:
            self.select_entry(None)
        elif found != self._selected:
            self.select_entry(found)

    def entries_on(self, day: date) -> list[DayEntry]:
        return list(self._entries.by_day.get(day, []))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        row = self._model.row(current.row())
        entry = row if isinstance(row, DayEntry) else None
        if entry != self._selected:
            self.select_entry(entry)

    # --- activating a row ---------------------------------------------------------------------

    def _activate(self, number: int) -> None:
        """Enter or a double-click: edit an event, add one on a day, load more."""
        row = self._model.row(number)
        if row is None:
            return
        if isinstance(row, DayEntry):
            self.eventActivated.emit(row)
        elif row.kind in (Kind.DAY, Kind.EMPTY_TODAY):
            self.newEventRequested.emit(row.day)
        elif row.kind == Kind.EARLIER:
            self.load_earlier()
        elif row.kind == Kind.END:
            self.extend()

    # --- mouse --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        super().mousePressEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        row = self._model.row(self.indexAt(pos).row())
        self._press_pos = pos
        self._press_entry = row if isinstance(row, DayEntry) else None
        if isinstance(row, Marker) and row.kind in (Kind.EARLIER, Kind.END):
            self._activate(self.indexAt(pos).row())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if (
            self._press_entry is not None
            and self._press_pos is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._press_pos).manhattanLength() >= 8
        ):
            entry, self._press_entry = self._press_entry, None
            self._start_drag(entry)
            return
        if not event.buttons():
            row = self._model.row(self.indexAt(event.position().toPoint()).row())
            link = isinstance(row, Marker) and row.kind in (Kind.EARLIER, Kind.END)
            self.viewport().setCursor(
                Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.ArrowCursor
            )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press_entry = None
        self._press_pos = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        number = self.indexAt(event.position().toPoint()).row()
        row = self._model.row(number)
        if isinstance(row, Marker) and row.kind in (Kind.EARLIER, Kind.END):
            return  # the press did it
        self._activate(number)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        bar = self.verticalScrollBar()
        delta = event.angleDelta().y()
        if delta > 0 and bar.value() == bar.minimum():
            self.load_earlier()
        elif delta < 0 and bar.value() == bar.maximum():
            self.extend()
        super().wheelEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            pos = event.pos()
            index = self.indexAt(pos)
            row = self._model.row(index.row())
            day = row_date(row) if row is not None else None
            if day is None:
                return
            self.setCurrentIndex(index)
        else:
            index = self.currentIndex()
            row = self._model.row(index.row())
            day = row_date(row) if row is not None else None
            if day is None:
                return
            pos = self.visualRect(index).bottomLeft()
        entry = row if isinstance(row, DayEntry) else None
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
        dragged = self._dragged
        if (
            dragged is not None
            and dragged.event.id == event_id
            and dragged.event.department_id == department_id
        ):
            return dragged
        for entry in self._entries:
            if entry.event.id == event_id and entry.event.department_id == department_id:
                return entry
        return None

    def _drop_day(self, pos: QPoint) -> tuple[int, date | None]:
        number = self.indexAt(pos).row()
        row = self._model.row(number)
        return number, (row_date(row) if row is not None else None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.editable and event.mimeData().hasFormat(EVENT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        _number, day = self._drop_day(event.position().toPoint())
        if event.mimeData().hasFormat(EVENT_MIME) and day is not None:
            heading = self._model.heading_row(day)
            if heading != self.delegate.drop_row:
                self.delegate.drop_row = heading
                self.viewport().update()
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        self.delegate.drop_row = -1
        self.viewport().update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.delegate.drop_row = -1
        self.viewport().update()
        _number, day = self._drop_day(event.position().toPoint())
        entry = self.dragged_entry(event.mimeData())
        if entry is None or day is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        if day != entry.event.event_date:
            self.eventDropped.emit(entry, day)

    # --- keys ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        current = self.currentIndex().row()
        if key == Qt.Key.Key_PageUp:
            self.monthStep.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.monthStep.emit(1)
        elif key == Qt.Key.Key_T and not event.modifiers():
            self.todayRequested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(current)
        elif key == Qt.Key.Key_Delete:
            if self._selected is not None:
                self.deleteRequested.emit(self._selected)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self._model.rowCount():
            last = key == Qt.Key.Key_End
            self.setCurrentIndex(self._model.index(self._model.rowCount() - 1 if last else 0))
        elif key == Qt.Key.Key_Up and current <= 0:
            self.load_earlier()
        elif key == Qt.Key.Key_Down and current >= self._model.rowCount() - 1:
            self.extend()
        else:
            super().keyPressEvent(event)

    # --- showing --------------------------------------------------------------------------------

    def _place_busy_label(self) -> None:
        label = self._busy_label
        area = self.viewport().rect()
        if not self._model.has_events:  # nothing to hide: in the middle
            width = min(area.width() - 20, max(label.sizeHint().width(), 240))
            height = label.heightForWidth(width)
            label.setGeometry(
                area.center().x() - width // 2, area.center().y() - height // 2, width, height
            )
        else:  # along the bottom, over the last rows
            height = label.heightForWidth(area.width())
            label.setGeometry(0, area.bottom() - height + 1, area.width(), height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._set_row_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_busy_label()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._search_again()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        if not self._shown_here():  # another view took the place: its search is the usual one
            self._search_again()

    def _search_again(self) -> None:
        """The search box's text, searched the way the shown view searches it."""
        finder = getattr(self._window, "finder", None)
        panel = self._window.departments_panel
        text = panel.filter.text().strip()
        if finder is not None and len(text) >= panel.SEARCH_MIN_CHARS:
            finder.search(text)
        elif self._search:
            self.filter_events("")
