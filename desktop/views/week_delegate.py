"""How the week view paints: an event's two-line chip (:class:`WeekDelegate`) and the days'
headers (:class:`WeekHeader`).

A chip is the month grid's, taller: a timed event (or one whose time is text, as typed) shows
its time on the first line, after the department's tag and the outbox mark, and its title on
the second; an all-day event is a solid bar in its department's colour with its title over
both lines. What does not fit is elided (the tooltip has it whole). The colours, the fonts and
the text cache are the month grid's (``desktop.views.day_delegate``), so both read alike in
every palette.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPolygon, QStaticText
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.domain.display import elided
from desktop.domain.series import SERIES_RULE
from desktop.domain.timetext import is_all_day
from desktop.views.day_bars import RowCells
from desktop.views.day_delegate import _Colors, _Font, _static, chip_mark, short_tag
from desktop.views.formats import TimeStyle, shown_time
from desktop.views.month_model import DayEntry
from desktop.views.week_days import BLUE, RED, day_kind
from desktop.views.week_model import WeekModel, WeekRoles

_Index = QModelIndex | QPersistentModelIndex
_ELIDE = Qt.TextElideMode.ElideRight
_CACHE_SIZE = 4096  # chips laid out (a busy week of titles, a few widths)
PAD = 3  # around a chip in its cell
TODAY_TINT = 22  # the alpha of the highlight over today's column


def row_height(metrics: QFontMetrics) -> int:
    """A chip's two lines and the room around it."""
    return 2 * (metrics.height() + 2) + 2 * PAD + 4


def one_line(text: str) -> str:
    """Table text on a chip: line breaks and tabs as spaces, bounded (display.elided)."""
    return " ".join(elided(text).split())


def split_in_two(
    text: str, width: int, second_width: int, metrics: QFontMetrics
) -> tuple[str, str]:
    """``text`` over two lines: the first (``width`` pixels) as much as fits, at a space when
    one is near; the second (``second_width``) the rest, elided."""
    if metrics.horizontalAdvance(text) <= width:
        return text, ""
    low, high = 0, len(text)  # the longest prefix that fits
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    cut = low
    space = text.rfind(" ", 0, cut + 1)
    if space > cut // 2:
        cut = space
    first, rest = text[:cut].rstrip(), text[cut:].lstrip()
    return first, metrics.elidedText(rest, _ELIDE, max(0, second_width))


@dataclass(frozen=True)
class WeekChip:
    """An event's chip laid out for one width (x from the chip's left)."""

    all_day: bool
    tag: QStaticText | None
    tag_width: int
    mark: QStaticText | None
    mark_x: int
    first: QStaticText  # the time, or an all-day event's title (its start)
    first_x: int
    first_shown: str
    second: QStaticText  # the title, or the rest of an all-day event's title
    second_shown: str


def lay_out_week_chip(entry: DayEntry, width: int, fonts: _Font) -> WeekChip:
    metrics = fonts.metrics
    title = one_line(entry.event.title)
    time_text = entry.event.time or ""
    all_day = is_all_day(time_text)
    x = 5
    tag_static, tag_width = None, 0
    if tag := short_tag(entry.tag):
        tag_static = _static(tag, fonts.tag)
        tag_width = fonts.tag_metrics.horizontalAdvance(tag) + (4 if all_day else 6)
        x = tag_width + 4
    mark_static = None
    mark_x = x
    if mark := chip_mark(entry):
        mark_static = _static(mark, fonts.font)
        x += metrics.horizontalAdvance(mark) + 3
    if all_day:
        # The second line starts at the chip's left: the tag and the mark are on the first.
        first, second = split_in_two(title, max(0, width - x - 4), max(0, width - 9), metrics)
    else:
        first = metrics.elidedText(one_line(shown_time(time_text)), _ELIDE, max(0, width - x - 4))
        second = metrics.elidedText(title, _ELIDE, max(0, width - 9))
    return WeekChip(
        all_day,
        tag_static,
        tag_width,
        mark_static,
        mark_x,
        _static(first, fonts.font),
        x,
        first,
        _static(second, fonts.font),
        second,
    )


_ChipKey = tuple[str, str, str, str, bool, int, str, bool, str]


class _Chips:
    """Week chips laid out once per text, width, font and time style: a bounded LRU cache."""

    def __init__(self) -> None:
        self._items: OrderedDict[_ChipKey, WeekChip] = OrderedDict()

    def get(self, entry: DayEntry, width: int, fonts: _Font) -> WeekChip:
        event = entry.event
        key = (
            event.title,
            event.time or "",
            entry.state,
            entry.tag,
            SERIES_RULE in event.extra,
            width,
            fonts.key,
            TimeStyle.hour24,
            TimeStyle.language,
        )
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
            return found
        found = self._items[key] = lay_out_week_chip(entry, width, fonts)
        if len(self._items) > _CACHE_SIZE:
            self._items.popitem(last=False)
        return found


class _Style:
    """The fonts and colours of a widget, made again only when they change."""

    def __init__(self) -> None:
        self._font: _Font | None = None
        self._colors: _Colors | None = None
        self._palette_key = -1

    def fonts(self, widget: QWidget) -> _Font:
        if self._font is None or self._font.font != widget.font():
            self._font = _Font(widget.font())
        return self._font

    def colors(self, palette: QPalette) -> _Colors:
        if self._colors is None or palette.cacheKey() != self._palette_key:
            self._colors = _Colors(palette)
            self._palette_key = palette.cacheKey()
        return self._colors


def today_tint(colors: _Colors) -> QColor:
    tint = QColor(colors.selected_fill)
    tint.setAlpha(TODAY_TINT)
    return tint


class WeekDelegate(QStyledItemDelegate):
    """Paints a cell: today's tint, the column's line, and the event's chip (if any)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.selected_event_id: str | None = None
        self._widget = parent
        self._style = _Style()
        self._chips = _Chips()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        metrics = option.fontMetrics
        return QSize(metrics.horizontalAdvance("0") * 14, row_height(metrics))

    def colors(self, palette: QPalette) -> _Colors:
        return self._style.colors(palette)

    def chip(self, entry: DayEntry, width: int) -> WeekChip:
        """The chip of ``entry`` in a cell ``width`` wide, as painted (for tests)."""
        return self._chips.get(entry, width - 2 * PAD, self._style.fonts(self._widget))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        model = index.model()
        if isinstance(model, WeekModel):  # Python to Python: no round trip through C++
            entry = model.entry_at(index)
            today = model.date_at(index) == model.today
        else:
            entry = index.data(WeekRoles.ENTRY)
            today = bool(index.data(WeekRoles.TODAY))
        rect: QRect = option.rect
        colors = self._style.colors(option.palette)
        fonts = self._style.fonts(self._widget)
        painter.save()
        painter.fillRect(rect, colors.base)
        if today:
            painter.fillRect(rect, today_tint(colors))
        painter.setPen(colors.grid)
        painter.drawLine(rect.topRight(), rect.bottomRight())
        chip_rect = rect.adjusted(PAD, PAD, -PAD - 1, -PAD)
        if entry is not None and entry.bar is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            row = RowCells(option.widget, index.column(), rect)
            self._paint_bar(painter, entry, row, chip_rect, fonts, colors, today)
        elif entry is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint_chip(painter, entry, chip_rect, fonts, colors)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(colors.focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(chip_rect.adjusted(0, 0, 0, 0), 3, 3)
        painter.restore()

    def _paint_bar(
        self,
        painter: QPainter,
        entry: DayEntry,
        row: RowCells,
        chip_rect: QRect,
        fonts: _Font,
        colors: _Colors,
        today: bool,
    ) -> None:
        """A day's piece of a multi-day event's bar: the whole bar's chip (from its first day
        in the week to its last) clipped to the piece, edge to edge on the sides it goes on,
        its corners cut where it goes on into the previous or next week."""
        bar = entry.bar
        assert bar is not None
        cell = row.cell
        piece = QRect(chip_rect)
        if bar.joins_left:
            piece.setLeft(cell.left())
        if bar.joins_right:
            piece.setRight(cell.right())
        start = row.left(-bar.offset) + PAD
        end = row.right(bar.span - 1 - bar.offset) - PAD - 1
        whole = QRect(start, chip_rect.top(), end - start + 1, chip_rect.height())
        painter.save()
        painter.setClipRect(piece, Qt.ClipOperation.IntersectClip)
        self._paint_chip(painter, entry, whole, fonts, colors)
        point = max(3, chip_rect.height() // 6)
        middle = chip_rect.center().y()
        cuts = []
        if bar.before:
            cuts.append((whole.left(), whole.left() + point))
        if bar.after:
            cuts.append((whole.right() + 1, whole.right() + 1 - point))
        painter.setPen(Qt.PenStyle.NoPen)
        for edge, inner in cuts:
            for corner in (whole.top(), whole.bottom() + 1):
                triangle = QPolygon(
                    [QPoint(edge, corner), QPoint(inner, corner), QPoint(edge, middle)]
                )
                painter.setBrush(colors.base)
                painter.drawPolygon(triangle)
                if today:
                    painter.setBrush(today_tint(colors))
                    painter.drawPolygon(triangle)
        painter.restore()

    def _paint_chip(
        self, painter: QPainter, entry: DayEntry, rect: QRect, fonts: _Font, colors: _Colors
    ) -> None:
        chip = self._chips.get(entry, rect.width(), fonts)
        color = entry.color
        solid = chip.all_day or entry.event.id == self.selected_event_id
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.chip(color, solid))
        painter.drawRoundedRect(rect, 3, 3)
        line_height = fonts.height + 2
        top = rect.top() + (rect.height() - 2 * line_height) / 2 + 1
        left = rect.left()
        if chip.tag is not None:
            painter.setFont(fonts.tag)
            tag_top = top + (fonts.height - fonts.tag_metrics.height()) / 2
            if solid:
                painter.setPen(colors.on(color))
                painter.drawStaticText(QPointF(left + 4, tag_top), chip.tag)
            else:
                painter.setBrush(color)
                badge = QRect(left, int(top) - 1, chip.tag_width, line_height)
                painter.drawRoundedRect(badge, 3, 3)
                painter.setPen(colors.on(color))
                painter.drawStaticText(QPointF(left + 3, tag_top), chip.tag)
        elif not solid:
            painter.setBrush(color)
            painter.drawRoundedRect(QRect(left, rect.top(), 3, rect.height()), 1.5, 1.5)
        painter.setFont(fonts.font)
        if solid:
            text = first = colors.on(color)
        else:
            text = colors.chip_text(color, False, True)
            first = colors.chip_time(color, True)
        if chip.mark is not None:
            painter.setPen(text)
            painter.drawStaticText(QPointF(left + chip.mark_x, top), chip.mark)
        painter.setPen(text if chip.all_day else first)
        painter.drawStaticText(QPointF(left + chip.first_x, top), chip.first)
        painter.setPen(text)
        painter.drawStaticText(QPointF(left + 6, top + line_height), chip.second)


class WeekHeader(QHeaderView):
    """A day's header: weekday and date (today in a badge), the lunar date small after it
    (View ▸ Lunar dates), a holiday's name below in red; Saturdays blue, Sundays and holidays
    red, as in the month grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSectionsClickable(False)
        self.setHighlightSections(False)
        self._style = _Style()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), 2 * (self.fontMetrics().height() + 2) + 10)

    def day_text(self, day: date, column: int) -> tuple[str, str]:
        """The weekday's short name and the date (with its month on the 1st and the first
        column)."""
        model = self.model()
        locale = model.locale if isinstance(model, WeekModel) else self.locale()
        name = locale.dayName(day.isoweekday(), locale.FormatType.ShortFormat)
        number = f"{day.month}/{day.day}" if column == 0 or day.day == 1 else str(day.day)
        return name, number

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802
        model = self.model()
        if not isinstance(model, WeekModel):
            return
        day = model.day(logical)
        if day is None:
            return
        colors = self._style.colors(self.palette())
        fonts = self._style.fonts(self)
        holiday = model.holiday(day)
        today = day == model.today
        painter.save()
        painter.fillRect(rect, colors.base)
        if today:
            painter.fillRect(rect, today_tint(colors))
        painter.setPen(colors.grid)
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        weekday = day.isoweekday()
        kind = day_kind(weekday, bool(holiday))
        color = colors.sunday if kind == RED else (colors.saturday if kind == BLUE else colors.text)
        name, number = self.day_text(day, logical)
        line_height = fonts.height + 2
        top = rect.top() + 4
        x = rect.left() + 6
        painter.setPen(color)
        painter.setFont(fonts.font)
        painter.drawText(QPointF(x, top + fonts.metrics.ascent() + 1), name)
        x += fonts.metrics.horizontalAdvance(name) + 6
        if today:
            width = fonts.bold_metrics.horizontalAdvance(number)
            badge = QRect(x - 5, top, width + 10, line_height)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.highlight)
            painter.drawRoundedRect(badge, line_height / 2, line_height / 2)
            painter.setPen(colors.highlighted_text)
            painter.setFont(fonts.bold)
            painter.drawText(QPointF(x, top + fonts.bold_metrics.ascent() + 1), number)
        else:
            painter.drawText(QPointF(x, top + fonts.metrics.ascent() + 1), number)
        if lunar := model.lunar(day):  # View ▸ Lunar dates: small, after the date, if it fits
            metrics = fonts.bold_metrics if today else fonts.metrics
            x += metrics.horizontalAdvance(number) + 8
            if x + fonts.small_metrics.horizontalAdvance(lunar) <= rect.right() - 4:
                painter.setFont(fonts.small)
                painter.setPen(colors.placeholder)
                painter.drawText(QPointF(x, top + fonts.metrics.ascent() + 1), lunar)
        if holiday:
            painter.setFont(fonts.font)
            painter.setPen(colors.sunday)
            shown = fonts.metrics.elidedText(one_line(holiday), _ELIDE, rect.width() - 12)
            painter.drawText(
                QPointF(rect.left() + 6, top + line_height + fonts.metrics.ascent() + 1), shown
            )
        painter.restore()
