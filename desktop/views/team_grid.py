"""The team week's table: departments down, days across, each cell its events, one a line.

:class:`TeamGrid` is a table view of :class:`~desktop.views.team_model.TeamModel` painted by
:class:`TeamDelegate`; the same cell layout answers "which event is under the mouse" for the
selection, double-click, tooltips and drag and drop. A row is as tall as its busiest day needs
(up to :data:`MOST_LINES` lines, then ``+N more``), the rows fill the height when they fit and
scroll when they do not.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from desktop.domain.calendar import DAYS
from desktop.domain.display import elided
from desktop.domain.timetext import is_all_day
from desktop.i18n import tr
from desktop.views.calendar_view import Editable
from desktop.views.day_delegate import DayLayout, chip_mark, compact_time, entry_tooltip
from desktop.views.formats import TimeStyle, shown_time
from desktop.views.grid_colors import GridColors
from desktop.views.month_keys import selected_text
from desktop.views.month_model import DayEntry
from desktop.views.month_view import EVENT_MIME
from desktop.views.team_model import TeamModel

_Index = QModelIndex | QPersistentModelIndex

PAD = 3
FEWEST_LINES = 2  # a row's least height, in event lines
MOST_LINES = 10  # a row grows up to this many lines (the last one "+N more" when crowded)
_CACHE_SIZE = 4096
COMPACT_BELOW = 24  # a cell narrower than this many digits writes its times short


def line_height(metrics: QFontMetrics) -> int:
    return metrics.height() + 4


def cell_layout(rect: QRect, count: int, height: int) -> DayLayout:
    """Where a cell's events go: as many lines as fit, then ``+N more``."""
    top = rect.top() + PAD
    room = max(0, (rect.bottom() - PAD - top + 1) // height)
    if count <= room:
        visible, more_count = count, 0
    else:
        visible = max(0, room - 1)
        more_count = count - visible
    width = rect.width() - 2 * PAD
    lines = [QRect(rect.left() + PAD, top + i * height, width, height - 1) for i in range(visible)]
    more = QRect(rect.left() + PAD, top + visible * height, width, height) if more_count else None
    return DayLayout(QRect(), lines, more, more_count)


def entry_line(entry: DayEntry, *, compact: bool = False) -> str:
    """One line of a cell: the outbox mark, the time (the user's way; shorter in a narrow
    cell: ``2:30p``, ``오후 2:30``) and the title."""
    parts = []
    if mark := chip_mark(entry):  # the outbox's mark and a series' (↺)
        parts.append(mark)
    time = compact_time(entry.event.time, TimeStyle.hour24, TimeStyle.language) if compact else ""
    if time := time or shown_time(entry.event.time):
        parts.append(elided(time, 40))
    parts.append(elided(entry.event.title))
    # One line, whatever the table holds: line breaks and tabs are spaces here.
    return " ".join(parts).replace("\n", " ").replace("\r", " ").replace("\t", " ")


class TeamDelegate(QStyledItemDelegate):
    """Paints a cell: its events in their department's colour, one a line, and ``+N more``.

    Kept small per paint: the colours per palette, each line's text and its elided form per
    width are made once.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected_event_id: str | None = None
        self._colors: GridColors | None = None
        self._palette_key = -1
        self._lines: dict[tuple[str, str | None, str, bool, bool, str], str] = {}
        self._elided: dict[tuple[str, int, str], str] = {}

    def _colors_for(self, palette: QPalette) -> GridColors:
        key = palette.cacheKey()
        if self._colors is None or key != self._palette_key:
            self._colors = GridColors(palette)
            self._palette_key = key
        return self._colors

    @staticmethod
    def _today_fill(colors: GridColors) -> QColor:
        fill = QColor(colors.selected_fill)
        fill.setAlpha(18)
        return fill

    def line_text(self, entry: DayEntry, *, compact: bool = False) -> str:
        event = entry.event
        key = (event.title, event.time, entry.state, compact, TimeStyle.hour24, TimeStyle.language)
        text = self._lines.get(key)
        if text is None:
            if len(self._lines) > _CACHE_SIZE:
                self._lines.clear()
            text = self._lines[key] = entry_line(entry, compact=compact)
        return text

    def _elide(self, text: str, width: int, metrics: QFontMetrics, font: str) -> str:
        key = (text, width, font)
        shown = self._elided.get(key)
        if shown is None:
            if len(self._elided) > _CACHE_SIZE:
                self._elided.clear()
            shown = self._elided[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return shown

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        model = index.model()
        row, column = index.row(), index.column()
        if isinstance(model, TeamModel):
            entries, today = model.entries_at(row, column), model.is_today(column)
        else:
            entries, today = [], False
        rect: QRect = option.rect
        colors = self._colors_for(option.palette)
        metrics = option.fontMetrics
        painter.save()
        painter.fillRect(rect, colors.base)
        if today:
            painter.fillRect(rect, self._today_fill(colors))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, colors.selected_fill)
        painter.setPen(colors.grid)
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        layout = cell_layout(rect, len(entries), line_height(metrics))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected_id = self.selected_event_id
        # A narrow cell writes times short, so that the titles keep some room.
        compact = rect.width() < metrics.horizontalAdvance("0") * COMPACT_BELOW
        font = option.font.key()
        for entry, line in zip(entries, layout.lines, strict=False):
            color: QColor = entry.color
            solid = entry.event.id == selected_id or is_all_day(entry.event.time)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.chip(color, solid))
            painter.drawRoundedRect(line, 3, 3)
            if not solid:
                painter.setBrush(color)
                painter.drawRoundedRect(QRect(line.left(), line.top(), 3, line.height()), 1.5, 1.5)
            painter.setPen(colors.chip_text(color, solid, True))
            text_rect = line.adjusted(6, 0, -3, 0)
            line_text = self.line_text(entry, compact=compact)
            shown = self._elide(line_text, text_rect.width(), metrics, font)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)
        if layout.more is not None:
            painter.setPen(colors.placeholder)
            more = tr("MonthView", "+%n more", n=layout.more_count)
            painter.drawText(layout.more.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, more)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(colors.focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def helpEvent(  # noqa: N802
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(view, TeamGrid):
            entry = view.entry_at(event.pos())
            if entry is not None:
                QToolTip.showText(event.globalPos(), entry_tooltip(entry), view)
                return True
        return super().helpEvent(event, view, option, index)


class RowHeader(QHeaderView):
    """The departments' column: each one's colour and name, at the top of its row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:  # noqa: N802
        model = self.model()
        if not isinstance(model, TeamModel) or not 0 <= logical_index < len(model.rows):
            return
        row = model.rows[logical_index]
        palette = self.palette()
        painter.save()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        metrics = self.fontMetrics()
        height = line_height(metrics)
        swatch = QRect(rect.left() + 6, rect.top() + PAD + (height - 10) // 2, 10, 10)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(row.color)
        painter.drawRoundedRect(swatch, 2, 2)
        text = QRect(
            swatch.right() + 6, rect.top() + PAD, rect.right() - swatch.right() - 10, height
        )
        name = str(model.headerData(logical_index, Qt.Orientation.Vertical) or "")
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(
            text,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, text.width()),
        )
        painter.restore()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        model = self.model()
        names = [r.name for r in model.rows] if isinstance(model, TeamModel) else []
        widest = max((metrics.horizontalAdvance(elided(n, 24)) for n in names), default=0)
        width = min(widest + 28, metrics.horizontalAdvance("0") * 18)
        return QSize(max(width, metrics.horizontalAdvance("0") * 8), hint.height())


class TeamGrid(QTableView, Editable):
    """The team week's table: selection of cells and events, keys, double-click, drag and drop."""

    eventSelected = Signal(object)  # noqa: N815  DayEntry | None
    eventActivated = Signal(object)  # noqa: N815  DayEntry: edit it
    newEventRequested = Signal(object, str)  # noqa: N815  (date, department id)
    dayExpanded = Signal(object)  # noqa: N815  date: "+N more"
    eventDropped = Signal(object, object)  # noqa: N815  (DayEntry, date): another day
    eventMoved = Signal(object, str, object)  # noqa: N815  (DayEntry, department id, date)
    monthStep = Signal(int)  # noqa: N815  -1 / +1: a week
    todayRequested = Signal()  # noqa: N815
    deleteRequested = Signal(object)  # noqa: N815  DayEntry
    menuRequested = Signal(object, object, QPoint)  # noqa: N815  (date, DayEntry | None, global)

    def __init__(self, model: TeamModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.delegate = TeamDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns.setHighlightSections(False)
        columns.setSectionsClickable(False)
        self.setVerticalHeader(RowHeader(self))
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(line_height(self.fontMetrics()) + 2 * PAD)
        rows.setHighlightSections(False)
        rows.setSectionsClickable(False)
        self.setMouseTracking(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleName(tr("TeamView", "Team week"))
        self._press_pos: QPoint | None = None
        self._press_entry: DayEntry | None = None
        self._selected_entry: DayEntry | None = None
        self._dragged: DayEntry | None = None
        self.selectionModel().currentChanged.connect(self._current_changed)

    # --- what is where ------------------------------------------------------------------------

    def layout_for(self, index: QModelIndex) -> DayLayout:
        count = len(self._model.entries_at(index.row(), index.column()))
        return cell_layout(self.visualRect(index), count, line_height(self.fontMetrics()))

    def visible_entries(self, index: QModelIndex) -> list[DayEntry]:
        entries = self._model.entries_at(index.row(), index.column())
        return entries[: len(self.layout_for(index).lines)]

    def entry_at(self, pos: QPoint) -> DayEntry | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        entries = self._model.entries_at(index.row(), index.column())
        for entry, line in zip(entries, self.layout_for(index).lines, strict=False):
            if line.contains(pos):
                return entry
        return None

    def is_more_at(self, pos: QPoint) -> bool:
        index = self.indexAt(pos)
        if not index.isValid():
            return False
        more = self.layout_for(index).more
        return more is not None and more.contains(pos)

    def fit_rows(self) -> None:
        """Each row as tall as its busiest day (within limits); together at least the height."""
        rows = self._model.rowCount()
        if not rows:
            return
        height = line_height(self.fontMetrics())
        wanted = []
        for row in range(rows):
            most = max(len(self._model.entries_at(row, column)) for column in range(DAYS))
            lines = min(max(most, FEWEST_LINES), MOST_LINES)
            wanted.append(lines * height + 2 * PAD + 1)
        room = self.viewport().height()
        total = sum(wanted)
        if total < room:
            extra = (room - total) // rows
            wanted = [w + extra for w in wanted]
        header = self.verticalHeader()
        for row, size in enumerate(wanted):
            if header.sectionSize(row) != size:
                header.resizeSection(row, size)

    # --- the selection ------------------------------------------------------------------------

    @property
    def selected_entry(self) -> DayEntry | None:
        return self._selected_entry

    def current_date(self) -> date | None:
        return self._model.date_at(self.currentIndex())

    def select_cell(self, row: int, column: int) -> None:
        index = self._model.index(row, column)
        if index.isValid() and index != self.currentIndex():
            self.setCurrentIndex(index)

    def select_date(self, day: date) -> None:
        column = self._model.column_of(day)
        current = self.currentIndex()
        self.select_cell(current.row() if current.isValid() else 0, column)

    def select_entry(self, entry: DayEntry | None) -> None:
        self._selected_entry = entry
        if entry is not None:
            row = self._model.row_of(entry.event.department_id)
            column = self._model.column_of(entry.event.event_date)
            self.select_cell(row, column)
            self.scrollTo(self._model.index(row, column))
        self.delegate.selected_event_id = entry.event.id if entry else None
        self.setAccessibleDescription(selected_text(entry) if entry else "")
        self.viewport().update()
        self.eventSelected.emit(entry)

    def refresh_selection(self) -> None:
        """Keep the selected event across new entries (it may have changed, moved or gone)."""
        if self._selected_entry is None:
            return
        wanted = self._selected_entry.event.id
        found = next((e for e in self._model.all_entries() if e.event.id == wanted), None)
        if found is None:
            self.select_entry(None)
        elif found != self._selected_entry:
            self.select_entry(found)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        entry = self._selected_entry
        if entry is None:
            return
        row = self._model.department_at(current)
        if (
            self._model.date_at(current) != entry.event.event_date
            or row is None
            or row.id != entry.event.department_id
        ):
            self.select_entry(None)

    def _cycle(self, step: int) -> bool:
        """The cell's next (or previous) shown event; False past the last (or first)."""
        entries = self.visible_entries(self.currentIndex())
        if not entries:
            return False
        ids = [e.event.id for e in entries]
        current = self._selected_entry.event.id if self._selected_entry else None
        position = ids.index(current) + step if current in ids else (0 if step > 0 else -1)
        if not -len(entries) <= position < len(entries):
            self.select_entry(None)
            return False
        self.select_entry(entries[position])
        return True

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
        self._press_pos, self._press_entry = pos, entry
        self.select_entry(entry)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if (
            self._press_entry is not None
            and self._press_pos is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (pos - self._press_pos).manhattanLength() >= 8
        ):
            self._start_drag(self._press_entry)
            self._press_entry = None
            return
        if not event.buttons():
            pointer = self.entry_at(pos) is not None or self.is_more_at(pos)
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
        index = self.indexAt(pos)
        day, row = self._model.date_at(index), self._model.department_at(index)
        if day is not None and row is not None:
            self.newEventRequested.emit(day, row.id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            pos = event.pos()
            index = self.indexAt(pos)
            entry = self.entry_at(pos)
            if index.isValid():
                self.setCurrentIndex(index)
            self.select_entry(entry)
        else:
            index = self.currentIndex()
            entry = self._selected_entry
            pos = self.visualRect(index).center()
        day = self._model.date_at(index)
        if day is None:
            return
        event.accept()
        self.menuRequested.emit(day, entry, self.viewport().mapToGlobal(pos))

    # --- drag and drop ------------------------------------------------------------------------

    def _start_drag(self, entry: DayEntry) -> None:
        if not self.editable:
            return
        mime = QMimeData()
        payload = f"{entry.event.id}\n{entry.event.department_id}".encode()
        mime.setData(EVENT_MIME, QByteArray(payload))
        mime.setText(elided(entry.event.title))
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
        index = self.indexAt(event.position().toPoint())
        if event.mimeData().hasFormat(EVENT_MIME) and index.isValid():
            self.setCurrentIndex(index)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        if not self.drop_on(event.mimeData(), index):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def drop_on(self, mime: QMimeData, index: QModelIndex) -> bool:
        """An event dropped on a cell: to that row's department and that column's day (both
        at once on a diagonal). False when it is not an event of this view, or not a cell."""
        entry = self.dragged_entry(mime)
        day, row = self._model.date_at(index), self._model.department_at(index)
        if entry is None or day is None or row is None:
            return False
        if row.id != entry.event.department_id:
            self.eventMoved.emit(entry, row.id, day)
        elif day != entry.event.event_date:
            self.eventDropped.emit(entry, day)
        return True

    # --- keys ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_PageUp:
            self.monthStep.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.monthStep.emit(1)
        elif key == Qt.Key.Key_T and not event.modifiers():
            self.todayRequested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._past_the_week(key):
            pass
        elif key == Qt.Key.Key_Delete:
            if self._selected_entry is not None:
                self.deleteRequested.emit(self._selected_entry)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # The cell's shown events, then out of the table (Qt's would move a cell).
            if not self._cycle(1 if key == Qt.Key.Key_Tab else -1):
                event.ignore()
        else:
            super().keyPressEvent(event)

    def _past_the_week(self, key: int) -> bool:
        """← on the week's first day goes to the previous week's last, → on its last day to
        the next week's first (the same department)."""
        index = self.currentIndex()
        step = -1 if key == Qt.Key.Key_Left else 1
        edge = 0 if step < 0 else DAYS - 1
        if not index.isValid() or index.column() != edge:
            return False
        row = index.row()
        self.monthStep.emit(step)
        self.select_cell(row, DAYS - 1 - edge)
        return True

    def _enter(self) -> None:
        """Enter: edit the selected event, list a busy cell's day, or a new event in an empty
        cell (for its department)."""
        if self._selected_entry is not None:
            self.eventActivated.emit(self._selected_entry)
            return
        index = self.currentIndex()
        day, row = self._model.date_at(index), self._model.department_at(index)
        if day is None or row is None:
            return
        if self._model.entries_at(index.row(), index.column()):
            self.dayExpanded.emit(day)
        else:
            self.newEventRequested.emit(day, row.id)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_rows()
