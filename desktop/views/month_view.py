"""The month grid: a table view of :class:`MonthModel` painted by :class:`DayDelegate`.

The delegate lays out each day (header with the day number and holiday, then one line per
event, then ``+N more``); the same layout answers "which event is under the mouse" for
selection, double-click, tooltips and drag and drop.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from desktop.domain.display import elided, tooltip
from desktop.i18n import tr
from desktop.views.colors import saturday_color, sunday_color
from desktop.views.month_model import DayEntry, MonthModel, Roles

EVENT_MIME = "application/x-deptcal-event"

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DayLayout:
    header: QRect
    lines: list[QRect]  # one per visible event
    more: QRect | None  # the "+N more" line
    more_count: int


def day_layout(rect: QRect, count: int, metrics: QFontMetrics) -> DayLayout:
    """Where each part of a day cell goes; as many events as fit, then ``+N more``."""
    pad = 3
    line_height = metrics.height() + 3
    header = QRect(rect.left() + pad, rect.top() + 2, rect.width() - 2 * pad, line_height)
    top = header.bottom() + 2
    room = max(0, (rect.bottom() - pad - top + 1) // line_height)
    if count <= room:
        visible, more_count = count, 0
    else:
        visible = max(0, room - 1)
        more_count = count - visible
    lines = [
        QRect(rect.left() + pad, top + i * line_height, rect.width() - 2 * pad, line_height - 1)
        for i in range(visible)
    ]
    more = None
    if more_count:
        more = QRect(
            rect.left() + pad, top + visible * line_height, rect.width() - 2 * pad, line_height
        )
    return DayLayout(header, lines, more, more_count)


_ELIDE = Qt.TextElideMode.ElideRight
_TEXT_CACHE_SIZE = 4096  # laid-out texts kept (a month of titles, a few widths)
_WHITE = QColor("#ffffff")


class _Font:
    """A font as the delegate uses it: metrics, its bold variant, a key for the text cache."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.metrics = QFontMetrics(self.font)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.bold_metrics = QFontMetrics(self.bold)
        self.key = self.font.key()
        self.bold_key = self.bold.key()
        self.height = self.metrics.height()


class _Bold(_Font):
    """The bold variant of a :class:`_Font` (today's day number), without new metrics."""

    def __init__(self, regular: _Font) -> None:  # shares the regular one's parts
        self.font = regular.bold
        self.metrics = regular.bold_metrics
        self.bold = regular.bold
        self.bold_metrics = regular.bold_metrics
        self.key = regular.bold_key
        self.bold_key = regular.bold_key
        self.height = regular.bold_metrics.height()


class _Colors:
    """The palette's colours the delegate paints with, made once per palette."""

    def __init__(self, palette: QPalette) -> None:
        role = QPalette.ColorRole
        self.base = palette.color(role.Base)
        self.alternate = palette.color(role.AlternateBase)
        highlight = palette.color(role.Highlight)
        self.highlight = QColor(highlight)
        self.selected_fill = QColor(highlight)
        self.selected_fill.setAlpha(40)
        self.highlighted_text = palette.color(role.HighlightedText)
        self.grid = QPen(palette.color(role.Mid), 1)
        self.focus = QPen(highlight, 2)
        self.text = palette.color(role.Text)
        self.text_dim = QColor(self.text)
        self.text_dim.setAlpha(150)
        self.placeholder = palette.color(role.PlaceholderText)
        self.sunday = QColor(sunday_color(palette))
        self.saturday = QColor(saturday_color(palette))
        self.numbers: dict[tuple[int, bool], QColor] = {}
        for weekday_kind, color in ((0, self.text), (6, self.saturday), (7, self.sunday)):
            for in_month in (True, False):
                shown = QColor(color)
                if not in_month:
                    shown.setAlpha(110)
                self.numbers[(weekday_kind, in_month)] = shown
        self.holiday_dim = QColor(self.sunday)
        self.holiday_dim.setAlpha(110)
        # An event's chip: its department colour, faint, or solid when selected.
        self._chips: dict[tuple[int, bool], QColor] = {}

    def chip(self, color: QColor, selected: bool) -> QColor:
        key = (color.rgba(), selected)
        chip = self._chips.get(key)
        if chip is None:
            chip = QColor(color)
            chip.setAlpha(255 if selected else 45)
            self._chips[key] = chip
        return chip


class _Texts:
    """Text laid out once (``QStaticText``), elided to a width: a bounded LRU cache.

    Laying out Korean text (shaping, font fallback) and eliding it were most of the grid's
    paint time; a month shows the same few hundred texts at the same widths on every repaint.
    """

    def __init__(self, limit: int = _TEXT_CACHE_SIZE) -> None:
        self._limit = limit
        self._items: OrderedDict[tuple[str, int, str], tuple[QStaticText, int]] = OrderedDict()

    def get(
        self, text: str, width: int, font: QFont, key: str, metrics: QFontMetrics
    ) -> tuple[QStaticText, int]:
        """``text`` elided to ``width`` (no elision when ``width`` < 0), and its advance."""
        cache_key = (text, width, key)
        found = self._items.get(cache_key)
        if found is not None:
            self._items.move_to_end(cache_key)
            return found
        shown = text if width < 0 else metrics.elidedText(text, _ELIDE, width)
        static = QStaticText(shown)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), font)
        found = (static, metrics.horizontalAdvance(shown))
        self._items[cache_key] = found
        if len(self._items) > self._limit:
            self._items.popitem(last=False)
        return found


class DayDelegate(QStyledItemDelegate):
    """Paints one day: number, holiday, events with their department colour, ``+N more``.

    Painting is the grid's hot path (42 cells, a few hundred texts, on every repaint), so the
    delegate keeps what does not change between repaints: the font's metrics and bold variant,
    the palette's colours, and each text laid out and elided for its width.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected_event_id: str | None = None
        self.print_mode = False
        self._font: _Font | None = None
        self._colors: _Colors | None = None
        self._palette_key = -1
        self._texts = _Texts()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        metrics = option.fontMetrics
        return QSize(metrics.horizontalAdvance("0") * 14, (metrics.height() + 3) * 5)

    def _font_for(self, font: QFont) -> _Font:
        current = self._font
        if current is None or current.font != font:
            current = self._font = _Font(font)
        return current

    def _colors_for(self, palette: QPalette) -> _Colors:
        key = palette.cacheKey()
        if self._colors is None or key != self._palette_key:
            self._colors = _Colors(palette)
            self._palette_key = key
        return self._colors

    def _text(
        self, painter: QPainter, text: str, x: float, line: QRect, width: int, fonts: _Font
    ) -> int:
        """Draw ``text`` (elided to ``width``) at ``x``, centred on ``line``; its advance."""
        static, advance = self._texts.get(text, width, fonts.font, fonts.key, fonts.metrics)
        painter.drawStaticText(QPointF(x, line.top() + (line.height() - fonts.height) / 2), static)
        return advance

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        model = index.model()
        # The month model is Python: asking it directly skips a round trip through C++.
        data = model.data if isinstance(model, MonthModel) else None
        if data is not None:
            in_month = bool(data(index, Roles.IN_MONTH))
            today = bool(data(index, Roles.TODAY))
            holiday = str(data(index, Roles.HOLIDAY) or "")
            weekday = int(data(index, Roles.WEEKDAY) or 1)
            entries: list[DayEntry] = data(index, Roles.ENTRIES) or []
            number = str(data(index, Qt.ItemDataRole.DisplayRole))
        else:
            in_month = bool(index.data(Roles.IN_MONTH))
            today = bool(index.data(Roles.TODAY))
            holiday = str(index.data(Roles.HOLIDAY) or "")
            weekday = int(index.data(Roles.WEEKDAY) or 1)
            entries = index.data(Roles.ENTRIES) or []
            number = str(index.data(Qt.ItemDataRole.DisplayRole))
        rect: QRect = option.rect
        state = option.state
        fonts = self._font_for(option.font)
        colors = self._colors_for(option.palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

        painter.fillRect(rect, colors.base if in_month else colors.alternate)
        selected = bool(state & QStyle.StateFlag.State_Selected) and not self.print_mode
        if selected:
            painter.fillRect(rect, colors.selected_fill)
        painter.setPen(colors.grid)
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        layout = day_layout(rect, len(entries), fonts.metrics)

        # Day number: red on Sundays and holidays, blue on Saturdays; dimmed outside the month.
        kind = 7 if holiday or weekday == 7 else (6 if weekday == 6 else 0)
        header = layout.header
        number_fonts = fonts
        if today:
            number_fonts = _Bold(fonts)
        static, number_width = self._texts.get(
            number, -1, number_fonts.font, number_fonts.key, number_fonts.metrics
        )
        painter.setFont(number_fonts.font)
        if today:
            badge = QRect(header.left() - 1, header.top(), number_width + 10, header.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.highlight)
            painter.drawRoundedRect(badge, header.height() / 2, header.height() / 2)
            painter.setPen(colors.highlighted_text)
            painter.drawStaticText(
                QPointF(
                    badge.left() + (badge.width() - number_width) / 2,
                    badge.top() + (badge.height() - number_fonts.height) / 2,
                ),
                static,
            )
            holiday_left = badge.right() + 6
        else:
            painter.setPen(colors.numbers[(kind, in_month)])
            painter.drawStaticText(
                QPointF(header.left(), header.top() + (header.height() - fonts.height) / 2),
                static,
            )
            holiday_left = header.left() + number_width + 6
        painter.setFont(fonts.font)
        if holiday:
            width = header.right() - holiday_left
            if width > 0:
                elided, advance = self._texts.get(
                    holiday, width, fonts.font, fonts.key, fonts.metrics
                )
                painter.setPen(colors.sunday if in_month else colors.holiday_dim)
                painter.drawStaticText(
                    QPointF(
                        holiday_left + width - advance,
                        header.top() + (header.height() - fonts.height) / 2,
                    ),
                    elided,
                )

        for entry, line in zip(entries, layout.lines, strict=False):
            self._paint_entry(painter, entry, line, fonts, colors, in_month)
        if layout.more is not None:
            painter.setPen(colors.placeholder)
            more = tr("MonthView", "+%n more", n=layout.more_count)
            self._text(painter, more, layout.more.left(), layout.more, -1, fonts)
        if state & QStyle.StateFlag.State_HasFocus and not self.print_mode:
            painter.setPen(colors.focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def _paint_entry(
        self,
        painter: QPainter,
        entry: DayEntry,
        line: QRect,
        fonts: _Font,
        colors: _Colors,
        in_month: bool,
    ) -> None:
        color = entry.color
        selected = entry.event.id == self.selected_event_id and not self.print_mode
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.chip(color, selected))
        painter.drawRoundedRect(line, 3, 3)
        painter.setBrush(color)
        painter.drawRoundedRect(QRect(line.left(), line.top(), 3, line.height()), 1.5, 1.5)
        label = entry.label()
        if entry.state:
            # First, so that a long title's elision never hides it (the tooltip says it in words).
            label = f"{_STATE_MARKS.get(entry.state, '•')} {label}"
        if selected:
            painter.setPen(_WHITE)
        else:
            painter.setPen(colors.text if in_month else colors.text_dim)
        # The text area: the chip less 6 px on the left and 3 on the right.
        self._text(painter, label, line.left() + 6, line, line.width() - 9, fonts)

    def helpEvent(  # noqa: N802
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(view, MonthView):
            entry = view.entry_at(event.pos())
            if entry is not None:
                QToolTip.showText(event.globalPos(), entry_tooltip(entry), view)
                return True
        return super().helpEvent(event, view, option, index)


def entry_tooltip(entry: DayEntry) -> str:
    """The full text of an event (titles elide in the grid); plain text, never HTML."""
    lines = [entry.event.title]
    if time := entry.time_text():
        lines.append(time)
    lines.append(entry.department_name)
    if entry.state:
        lines.append(_state_text(entry.state))
    return tooltip("\n".join(elided(line) for line in lines))


_STATE_MARKS = {"pending": "↻", "conflict": "⚠", "failed": "⚠"}


def _state_text(state: str) -> str:
    if state == "pending":
        return tr("MonthView", "pending")
    if state == "conflict":
        return tr("MonthView", "conflict")
    if state == "failed":
        return tr("MonthView", "not sent")
    return state


class MonthView(QTableView):
    """The grid: selection of days and events, keyboard, double-click, drag and drop."""

    eventSelected = Signal(object)  # noqa: N815  DayEntry | None
    eventActivated = Signal(object)  # noqa: N815  DayEntry: edit it
    newEventRequested = Signal(object)  # noqa: N815  date
    dayExpanded = Signal(object)  # noqa: N815  date: "+N more"
    eventDropped = Signal(object, object)  # noqa: N815  (DayEntry, date)
    monthStep = Signal(int)  # noqa: N815  -1 / +1
    todayRequested = Signal()  # noqa: N815
    deleteRequested = Signal(object)  # noqa: N815  DayEntry

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

    # --- what is where ------------------------------------------------------------------------

    def _layout_for(self, index: QModelIndex) -> DayLayout:
        entries = index.data(Roles.ENTRIES) or []
        return day_layout(self.visualRect(index), len(entries), self.fontMetrics())

    def entry_at(self, pos: QPoint) -> DayEntry | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        entries: list[DayEntry] = index.data(Roles.ENTRIES) or []
        layout = self._layout_for(index)
        for entry, line in zip(entries, layout.lines, strict=False):
            if line.contains(pos):
                return entry
        return None

    def is_more_at(self, pos: QPoint) -> bool:
        index = self.indexAt(pos)
        if not index.isValid():
            return False
        layout = self._layout_for(index)
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

    # --- drag and drop ------------------------------------------------------------------------

    def _start_drag(self, entry: DayEntry) -> None:
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
        if event.mimeData().hasFormat(EVENT_MIME):
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
            if not self._cycle_entry(1 if key == Qt.Key.Key_Tab else -1):
                super().keyPressEvent(event)
        else:
            super().keyPressEvent(event)

    def _cycle_entry(self, step: int) -> bool:
        """Tab moves through the selected day's events, so keyboard users can pick one."""
        day = self.current_date()
        if day is None:
            return False
        entries = self._model.entries_on(day)
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
