"""How the agenda paints a row: a day's heading, an event's line, a note.

An event's line: its time in a column of its own (``All day`` without one), the department's
colour swatch, the outbox mark (before the title, so a long title never hides it), the title,
and the department's name on the right, dimmer. A heading: the date (red on Sundays and
holidays, blue on Saturdays), a "Today" badge and the holiday's name in red.

Only the rows on the screen are painted (about thirty), each text laid out once per width
(:class:`_Texts`), so scrolling through a twelve-month agenda costs the same as one screen.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QStaticText,
    QTextLayout,
    QTransform,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.display import elided
from desktop.i18n import tr
from desktop.views.agenda_model import AgendaModel, Kind, Marker, heading_date, time_column
from desktop.views.day_delegate import chip_mark
from desktop.views.grid_colors import GridColors
from desktop.views.month_model import DayEntry
from desktop.views.week_days import day_kind

_Index = QModelIndex | QPersistentModelIndex
_ELIDE = Qt.TextElideMode.ElideRight
_CACHE_SIZE = 2048
_PAD = 12  # the row's left and right margin
_GAP = 10  # between the columns
_SWATCH = 10


class _Texts:
    """Texts laid out once (``QStaticText``), elided to a width, with their advance and
    ascent: a bounded LRU cache. Laying out Korean text (shaping, font fallback) and eliding
    it is most of a row's cost; a scroll shows mostly rows painted a moment ago. The ascent
    puts texts of one row on a common baseline (a text with Korean in it takes the fallback
    font's taller ascent)."""

    def __init__(self) -> None:
        self._items: OrderedDict[tuple[str, int, str], _Text] = OrderedDict()

    def get(self, text: str, width: int, font: QFont, key: str, metrics: QFontMetrics) -> _Text:
        """``text`` elided to ``width`` (whole when ``width`` < 0)."""
        cache_key = (text, width, key)
        found = self._items.get(cache_key)
        if found is not None:
            self._items.move_to_end(cache_key)
            return found
        shown = text if width < 0 else metrics.elidedText(text, _ELIDE, width)
        static = QStaticText(shown)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), font)
        layout = QTextLayout(shown, font)
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        ascent = line.ascent() if line.isValid() else metrics.ascent()
        found = _Text(static, metrics.horizontalAdvance(shown), ascent)
        self._items[cache_key] = found
        if len(self._items) > _CACHE_SIZE:
            self._items.popitem(last=False)
        return found


@dataclass(frozen=True, slots=True)
class _Text:
    static: QStaticText
    advance: int
    ascent: float

    def draw(self, painter: QPainter, x: float, baseline: float) -> None:
        painter.drawStaticText(QPointF(x, baseline - self.ascent), self.static)


class _Fonts:
    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.metrics = QFontMetrics(self.font)
        self.key = self.font.key()
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.bold_metrics = QFontMetrics(self.bold)
        self.bold_key = self.bold.key()
        self.height = self.metrics.height()
        self.ascent = self.metrics.ascent()
        # The time column: as wide as the widest time or time range written either way, or
        # "All day".
        samples = (
            "오전 10:00–오후 12:00",
            "10:00 AM–12:00 PM",
            "00:00–00:00",
            tr("AgendaView", "All day"),
        )
        self.name_width = self.metrics.horizontalAdvance("0") * 24  # a department's name
        self.time_width = max(self.metrics.horizontalAdvance(s) for s in samples) + 4

    def baseline(self, rect: QRect) -> float:
        return rect.top() + (rect.height() - self.height) / 2 + self.ascent


class _Colors(GridColors):
    def __init__(self, palette: QPalette) -> None:
        super().__init__(palette)
        self.heading_fill = self.alternate
        self.link = palette.color(QPalette.ColorRole.Link)


class AgendaDelegate(QStyledItemDelegate):
    """Paints the agenda's rows; one height for all (the list's uniform item sizes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected_event_id: str | None = None
        self.drop_row = -1  # the row a drag is over (its day is highlighted)
        self._fonts: _Fonts | None = None
        self._colors: _Colors | None = None
        self._palette_key = -1
        self._texts = _Texts()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        return QSize(200, option.fontMetrics.height() + 10)

    def _fonts_for(self, font: QFont) -> _Fonts:
        if self._fonts is None or self._fonts.font != font:
            self._fonts = _Fonts(font)
        return self._fonts

    def _colors_for(self, palette: QPalette) -> _Colors:
        key = palette.cacheKey()
        if self._colors is None or key != self._palette_key:
            self._colors = _Colors(palette)
            self._palette_key = key
        return self._colors

    def time_changed(self) -> None:
        """The time format changed: the time column's width may too."""
        self._fonts = None

    def _draw(
        self,
        painter: QPainter,
        text: str,
        x: int,
        rect: QRect,
        width: int,
        *,
        bold: bool = False,
    ) -> int:
        fonts = self._fonts
        assert fonts is not None
        font, key, metrics = (
            (fonts.bold, fonts.bold_key, fonts.bold_metrics)
            if bold
            else (fonts.font, fonts.key, fonts.metrics)
        )
        laid = self._texts.get(text, width, font, key, metrics)
        laid.draw(painter, x, fonts.baseline(rect))
        return laid.advance

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        model = index.model()
        row = model.row(index.row()) if isinstance(model, AgendaModel) else None
        if row is None or not isinstance(model, AgendaModel):
            return
        fonts = self._fonts_for(option.font)
        colors = self._colors_for(option.palette)
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        current = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if isinstance(row, DayEntry):
            self._paint_event(painter, row, rect, fonts, colors)
        elif row.kind == Kind.DAY:
            self._paint_heading(painter, model, row, rect, fonts, colors, index.row())
        else:
            self._paint_note(painter, model, row, rect, colors)
        if current:
            painter.setPen(colors.focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def _paint_heading(
        self,
        painter: QPainter,
        model: AgendaModel,
        marker: Marker,
        rect: QRect,
        fonts: _Fonts,
        colors: _Colors,
        number: int,
    ) -> None:
        painter.fillRect(
            rect, colors.selected_fill if number == self.drop_row else colors.alternate
        )
        painter.setPen(colors.grid)
        painter.drawLine(rect.topLeft(), rect.topRight())
        day = marker.day
        holiday = model.holidays.get(day, "")
        weekday = day.isoweekday()
        kind = day_kind(weekday, bool(holiday))
        painter.setFont(fonts.bold)
        painter.setPen(colors.numbers[(kind, True)])
        x = rect.left() + _PAD
        room = rect.right() - _PAD - x
        x += self._draw(painter, heading_date(model.locale, day), x, rect, room, bold=True) + _GAP
        if day == model.today:
            label = tr("AgendaView", "Today")
            width = fonts.bold_metrics.horizontalAdvance(label)
            badge = QRect(x, rect.top() + 3, width + 14, rect.height() - 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.highlight)
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(colors.highlighted_text)
            painter.drawText(QPointF(badge.left() + 7, fonts.baseline(rect)), label)
            x = badge.right() + _GAP
        if holiday and rect.right() - _PAD - x > 0:
            painter.setFont(fonts.font)
            painter.setPen(colors.sunday)
            self._draw(painter, elided(holiday), x, rect, rect.right() - _PAD - x)

    def _paint_event(
        self,
        painter: QPainter,
        entry: DayEntry,
        rect: QRect,
        fonts: _Fonts,
        colors: _Colors,
    ) -> None:
        selected = entry.event.id == self.selected_event_id
        painter.fillRect(rect, colors.base)
        if selected:
            painter.fillRect(rect, colors.chip(entry.color, False))
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), entry.color)
        painter.setFont(fonts.font)
        x = rect.left() + _PAD
        right = rect.right() - _PAD
        painter.setPen(colors.placeholder)
        self._draw(painter, time_column(entry), x, rect, fonts.time_width)
        x += fonts.time_width + _GAP
        swatch = QRect(x, rect.top() + (rect.height() - _SWATCH) // 2, _SWATCH, _SWATCH)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(entry.color)
        painter.drawRoundedRect(swatch, 3, 3)
        x += _SWATCH + _GAP
        # The department's name: right-aligned, at most a quarter of the row.
        name_room = max(0, min((right - x) // 4, fonts.name_width))
        painter.setPen(colors.placeholder)
        name = elided(entry.department_name)
        laid = self._texts.get(name, name_room, fonts.font, fonts.key, fonts.metrics)
        laid.draw(painter, right - laid.advance, fonts.baseline(rect))
        advance = laid.advance
        title_right = right - advance - _GAP
        painter.setPen(colors.text)
        if mark := chip_mark(entry):  # the outbox's mark and a series' (↺)
            if entry.state not in ("", "pending"):
                painter.setPen(colors.sunday)
            x += self._draw(painter, mark, x, rect, -1) + 4
            painter.setPen(colors.text)
        self._draw(painter, elided(entry.event.title), x, rect, max(0, title_right - x))

    def _paint_note(
        self, painter: QPainter, model: AgendaModel, marker: Marker, rect: QRect, colors: _Colors
    ) -> None:
        painter.fillRect(rect, colors.base)
        kind = marker.kind
        if kind == Kind.EARLIER:
            painter.setPen(colors.link)
        elif kind == Kind.NEVER:
            painter.setPen(colors.sunday)
        else:
            painter.setPen(colors.placeholder)
        fonts = self._fonts
        assert fonts is not None
        painter.setFont(fonts.font)
        x = rect.left() + _PAD
        if kind == Kind.EMPTY_TODAY:
            x += fonts.time_width + _GAP + _SWATCH + _GAP
        self._draw(painter, model.note(marker), x, rect, rect.right() - _PAD - x)
