"""How the month grid paints a day: :class:`DayDelegate`, the day's layout and its chips.

The delegate lays out each day (header with the day number and holiday, then one line per
event, then ``+N more``); the same layout answers "which event is under the mouse" for
selection, double-click, tooltips and drag and drop (:class:`desktop.views.month_view.MonthView`).

An event's chip reads title first: a short department tag when several departments are shown,
the outbox mark, the title, then the time in a dimmer colour when it fits (shortened, or left
out, in a narrow cell: the tooltip has it in full). An all-day event is a solid bar in its
department's colour, without a time.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPalette,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from desktop.domain.display import ELLIPSIS, elided, tooltip
from desktop.domain.models import Event
from desktop.domain.series import SERIES_RULE, link_of
from desktop.domain.timetext import is_all_day, start_time
from desktop.i18n import tr
from desktop.views.contrast import luminance, over, readable
from desktop.views.day_bars import RowCells, bar_slots, paint_bar
from desktop.views.formats import TimeStyle, shown_time
from desktop.views.grid_colors import GridColors
from desktop.views.month_model import DayEntry, MonthModel, Roles
from desktop.views.week_days import day_kind

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DayLayout:
    header: QRect
    lines: list[QRect]  # one per visible event
    more: QRect | None  # the "+N more" line
    more_count: int


def day_layout(
    rect: QRect, count: int, metrics: QFontMetrics, slots: list[int] | None = None
) -> DayLayout:
    """Where each part of a day cell goes; as many events as fit, then ``+N more``.

    ``slots``: the line of each event (:func:`bar_slots`: a multi-day event keeps its lane,
    the lanes above it empty on this day stay empty); by default one after the other."""
    pad = 3
    line_height = metrics.height() + 3
    header = QRect(rect.left() + pad, rect.top() + 2, rect.width() - 2 * pad, line_height)
    top = header.bottom() + 2
    room = max(0, (rect.bottom() - pad - top + 1) // line_height)
    if slots is None:  # the common day: one line after the other
        visible = count if count <= room else max(0, room - 1)
        positions: list[int] | range = range(visible)
    else:
        visible = count if slots[-1] < room else sum(1 for slot in slots if slot < room - 1)
        positions = slots[:visible]
    more_count = count - visible
    width = rect.width() - 2 * pad
    lines = [
        QRect(rect.left() + pad, top + i * line_height, width, line_height - 1) for i in positions
    ]
    more = None
    if more_count:
        more = QRect(rect.left() + pad, top + max(0, room - 1) * line_height, width, line_height)
    return DayLayout(header, lines, more, more_count)


# --- an event's time, short --------------------------------------------------------------------


def compact_time(text: str | None, hour24: bool, language: str) -> str:
    """The time in fewer characters for a narrow chip: ``14시`` / ``오후 2시`` / ``2p`` /
    ``2:30p``, a range by its start; ``""`` when ``text`` is not a time (text as typed is shown
    whole or not at all).
    """
    parsed = start_time(text)
    if parsed is None:
        return ""
    hour, minute = parsed.hour, parsed.minute
    korean = language.startswith("ko")
    if hour24:
        if korean:
            return f"{hour}시" if minute == 0 else f"{hour}:{minute:02d}"
        return f"{hour:02d}:{minute:02d}"
    hour12 = hour % 12 or 12
    if korean:
        meridiem = "오후" if hour >= 12 else "오전"
        return f"{meridiem} {hour12}시" if minute == 0 else f"{meridiem} {hour12}:{minute:02d}"
    suffix = "p" if hour >= 12 else "a"
    return f"{hour12}{suffix}" if minute == 0 else f"{hour12}:{minute:02d}{suffix}"


def short_tag(tag: str) -> str:
    """A department's tag as a chip shows it: two characters (three in Latin letters)."""
    tag = tag.strip()
    return tag[:3] if tag.isascii() else tag[:2]


# --- what the delegate keeps between repaints ---------------------------------------------

_ELIDE = Qt.TextElideMode.ElideRight
_TEXT_CACHE_SIZE = 4096  # laid-out texts kept (a month of titles, a few widths)
_BLACK = QColor("#1a1a1a")
_WHITE = QColor("#ffffff")
# A time is shown beside a title that keeps at least this many of its characters (or all).
TITLE_BEFORE_TIME = 8
_GAP = 4  # between the title and its time


def contrasting(color: QColor) -> QColor:
    """Near-black or white, whichever reads better on ``color`` (WCAG contrast)."""
    light = luminance(color)
    on_white = (1.05) / (light + 0.05)
    on_black = (light + 0.05) / (luminance(_BLACK) + 0.05)
    return _WHITE if on_white >= on_black else _BLACK


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
        # A department's tag: bold and a little smaller, so that it costs the title little.
        self.tag = QFont(self.bold)
        size = self.font.pointSizeF()
        if size > 0:
            self.tag.setPointSizeF(max(6.0, size * 0.85))
        else:
            self.tag.setPixelSize(max(8, round(self.font.pixelSize() * 0.85)))
        self.tag_metrics = QFontMetrics(self.tag)
        # A lunar date beside the day number: regular, as small as the tag.
        self.small = QFont(self.font)
        if size > 0:
            self.small.setPointSizeF(max(6.0, size * 0.85))
        else:
            self.small.setPixelSize(max(8, round(self.font.pixelSize() * 0.85)))
        self.small_metrics = QFontMetrics(self.small)
        self.small_key = self.small.key()


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
        self.tag = regular.tag
        self.tag_metrics = regular.tag_metrics
        self.small = regular.small
        self.small_metrics = regular.small_metrics
        self.small_key = regular.small_key


class _Colors(GridColors):
    """The grid's colours (:class:`~desktop.views.grid_colors.GridColors`: every text readable
    on what it lands on) and the chips' own: the time after a title, text on a solid bar."""

    def __init__(self, palette: QPalette) -> None:
        super().__init__(palette)
        # An event's time, after its title: between the text and the background, as dim as a
        # readable contrast on the chip allows.
        self._time = _mix(self.text, self.base, 0.72)
        self._times: dict[tuple[int, bool], QColor] = {}

    def chip_time(self, color: QColor, in_month: bool) -> QColor:
        """The time's colour on a faint chip of ``color`` (dimmer than the title, readable)."""
        key = (color.rgba(), in_month)
        found = self._times.get(key)
        if found is None:
            fill = over(self.chip(color, False), self.backgrounds[in_month][0])
            found = self._times[key] = readable(self._time, fill)
        return found

    def on(self, color: QColor) -> QColor:
        """Text on a solid ``color`` (an all-day bar, a selected chip, a tag's badge)."""
        return self.chip_text(color, True, True)


def _mix(front: QColor, back: QColor, amount: float) -> QColor:
    keep = 1.0 - amount
    return QColor.fromRgbF(
        front.redF() * amount + back.redF() * keep,
        front.greenF() * amount + back.greenF() * keep,
        front.blueF() * amount + back.blueF() * keep,
    )


def _static(text: str, font: QFont) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(QTransform(), font)
    return static


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
        found = (_static(shown, font), metrics.horizontalAdvance(shown))
        self._items[cache_key] = found
        if len(self._items) > self._limit:
            self._items.popitem(last=False)
        return found


@dataclass(frozen=True)
class ChipText:
    """An event's chip laid out for one width: what it shows, where (x from the chip's left)."""

    all_day: bool
    tag: QStaticText | None
    tag_width: int  # the tag's badge (or, on a bar, its text) and the room after it
    mark: QStaticText | None
    mark_x: int
    title: QStaticText
    title_x: int
    title_shown: str  # the title as drawn, "…" included when cut
    time: QStaticText | None
    time_x: int
    time_shown: str

    @property
    def title_characters(self) -> int:
        """How many characters of the title a reader sees."""
        return _characters(self.title_shown)


def _characters(shown: str) -> int:
    return len(shown) - 1 if shown.endswith(ELLIPSIS) else len(shown)


_ChipKey = tuple[str, str, str, str, bool, int, str, bool, str]


def lay_out_chip(entry: DayEntry, width: int, fonts: _Font) -> ChipText:
    """Title first, then the time (full, short, or not at all) within ``width`` pixels."""
    metrics = fonts.metrics
    title = elided(entry.event.title)
    time_text = entry.event.time or ""
    all_day = is_all_day(time_text)
    x = 5 if all_day else 6
    tag_static = None
    tag_width = 0
    tag = short_tag(entry.tag)
    if tag:
        advance = fonts.tag_metrics.horizontalAdvance(tag)
        tag_static = _static(tag, fonts.tag)
        # On a faint chip the tag is a solid badge in the department's colour; on a bar, text.
        tag_width = advance + (4 if all_day else 6)
        x = tag_width + (4 if all_day else 3)
    mark_static = None
    mark_x = x
    mark = chip_mark(entry)
    if mark:
        # Before the title, so that a long title's elision never hides it (the tooltip says it).
        mark_static = _static(mark, fonts.font)
        x += metrics.horizontalAdvance(mark) + 3
    room = width - x - 3
    time_static = None
    time_x = 0
    time_shown = ""
    title_shown = ""
    if not all_day and time_text:
        enough = min(len(title), TITLE_BEFORE_TIME)
        for candidate in (
            shown_time(time_text),
            compact_time(time_text, TimeStyle.hour24, TimeStyle.language),
        ):
            if not candidate:
                continue
            left = room - _GAP - metrics.horizontalAdvance(candidate)
            shown = metrics.elidedText(title, _ELIDE, max(0, left))
            if _characters(shown) >= enough:
                time_shown, title_shown = candidate, shown
                break
    if not time_shown:
        title_shown = metrics.elidedText(title, _ELIDE, max(0, room))
    if time_shown:
        time_static = _static(time_shown, fonts.font)
        time_x = x + metrics.horizontalAdvance(title_shown) + _GAP
    return ChipText(
        all_day,
        tag_static,
        tag_width,
        mark_static,
        mark_x,
        _static(title_shown, fonts.font),
        x,
        title_shown,
        time_static,
        time_x,
        time_shown,
    )


class _Chips:
    """Chips laid out once per text, width, font and time style: a bounded LRU cache."""

    def __init__(self, limit: int = _TEXT_CACHE_SIZE) -> None:
        self._limit = limit
        self._items: OrderedDict[_ChipKey, ChipText] = OrderedDict()

    def get(self, entry: DayEntry, width: int, fonts: _Font) -> ChipText:
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
        found = self._items[key] = lay_out_chip(entry, width, fonts)
        if len(self._items) > self._limit:
            self._items.popitem(last=False)
        return found


class DayDelegate(QStyledItemDelegate):
    """Paints one day: number, holiday, events with their department colour, ``+N more``.

    Painting is the grid's hot path (42 cells, a few hundred texts, on every repaint), so the
    delegate keeps what does not change between repaints: the font's metrics and bold variant,
    the palette's colours, each text laid out and elided for its width, and each event's chip
    laid out for its width.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected_event_id: str | None = None
        self.print_mode = False
        self._font: _Font | None = None
        self._colors: _Colors | None = None
        self._palette_key = -1
        self._texts = _Texts()
        self._chips = _Chips()

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

    def chip(self, entry: DayEntry, line: QRect, font: QFont) -> ChipText:
        """What the chip of ``entry`` shows on ``line`` (as painted; for tests and tools)."""
        return self._chips.get(entry, line.width(), self._font_for(font))

    def _text(
        self, painter: QPainter, text: str, x: float, line: QRect, width: int, fonts: _Font
    ) -> int:
        """Draw ``text`` (elided to ``width``) at ``x``, centred on ``line``; its advance."""
        static, advance = self._texts.get(text, width, fonts.font, fonts.key, fonts.metrics)
        painter.drawStaticText(QPointF(x, line.top() + (line.height() - fonts.height) / 2), static)
        return advance

    def _paint_lunar(
        self,
        painter: QPainter,
        lunar: str,
        holiday: str,
        left: int,
        header: QRect,
        fonts: _Font,
        colors: _Colors,
    ) -> int:
        """The lunar date, small, right of the day number; where the holiday's name starts.
        A holiday's name goes first: without room for both, the lunar date is left to the
        tooltip."""
        static, advance = self._texts.get(
            lunar, -1, fonts.small, fonts.small_key, fonts.small_metrics
        )
        room = header.right() - left
        needed = advance
        if holiday:
            needed += 6 + self._texts.get(holiday, -1, fonts.font, fonts.key, fonts.metrics)[1]
        if advance > room or needed > room:
            return left
        painter.setFont(fonts.small)
        painter.setPen(colors.placeholder)
        painter.drawStaticText(
            QPointF(left, header.top() + (header.height() - fonts.small_metrics.height()) / 2 + 1),
            static,
        )
        return left + advance + 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        model = index.model()
        # The month model is Python: asking it directly skips a round trip through C++.
        data = model.data if isinstance(model, MonthModel) else None
        if data is not None:
            in_month = bool(data(index, Roles.IN_MONTH))
            today = bool(data(index, Roles.TODAY))
            holiday = str(data(index, Roles.HOLIDAY) or "")
            weekday = int(data(index, Roles.WEEKDAY) or 1)
            lunar = str(data(index, Roles.LUNAR) or "")
            entries: list[DayEntry] = data(index, Roles.ENTRIES) or []
            number = str(data(index, Qt.ItemDataRole.DisplayRole))
        else:
            in_month = bool(index.data(Roles.IN_MONTH))
            today = bool(index.data(Roles.TODAY))
            holiday = str(index.data(Roles.HOLIDAY) or "")
            weekday = int(index.data(Roles.WEEKDAY) or 1)
            lunar = str(index.data(Roles.LUNAR) or "")
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

        slots = bar_slots(entries) if entries and entries[0].bar is not None else None
        layout = day_layout(rect, len(entries), fonts.metrics, slots)

        # Day number: red on holidays and weekend days, blue on a weekend Saturday; dimmed
        # outside the month.
        kind = day_kind(weekday, bool(holiday))
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
        if lunar:
            holiday_left = self._paint_lunar(
                painter, lunar, holiday, holiday_left, header, fonts, colors
            )
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

        if layout.lines:
            lines = layout.lines
            if slots is not None:  # the bars first: a few, each a piece of a week's bar
                bars = sum(1 for entry in entries[: len(lines)] if entry.bar is not None)
                row = RowCells(option.widget, index.column(), rect)
                selected_id = None if self.print_mode else self.selected_event_id
                for entry, line in zip(entries[:bars], lines[:bars], strict=True):
                    bar_chip = partial(self._chips.get, entry, fonts=fonts)
                    paint_bar(painter, entry, line, row, fonts, colors, bar_chip, selected_id)
                entries, lines = entries[bars:], lines[bars:]
            self._paint_entries(painter, entries, lines, fonts, colors, in_month)
        if layout.more is not None:
            painter.setPen(colors.placeholder)
            more = tr("MonthView", "+%n more", n=layout.more_count)
            self._text(painter, more, layout.more.left(), layout.more, -1, fonts)
        if state & QStyle.StateFlag.State_HasFocus and not self.print_mode:
            painter.setPen(colors.focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def _paint_entries(
        self,
        painter: QPainter,
        entries: list[DayEntry],
        lines: list[QRect],
        fonts: _Font,
        colors: _Colors,
        in_month: bool,
    ) -> None:
        """The day's chips: their backgrounds and tags first, then their texts, so that the
        painter changes fonts twice per day, not twice per chip."""
        chips = [
            (entry, line, self._chips.get(entry, line.width(), fonts))
            for entry, line in zip(entries, lines, strict=False)
        ]
        selected_id = None if self.print_mode else self.selected_event_id
        painter.setFont(fonts.tag)
        for entry, line, chip in chips:
            color = entry.color
            solid = chip.all_day or entry.event.id == selected_id
            left = line.left()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.chip(color, solid))
            painter.drawRoundedRect(line, 3, 3)
            if chip.tag is not None:
                tag_top = line.top() + (line.height() - fonts.tag_metrics.height()) / 2
                if solid:  # on a bar (or a selected chip): bold text in the bar's text colour
                    painter.setPen(colors.on(color))
                    painter.drawStaticText(QPointF(left + 4, tag_top), chip.tag)
                else:  # a solid badge in the department's colour
                    painter.setBrush(color)
                    badge = QRect(left, line.top(), chip.tag_width, line.height())
                    painter.drawRoundedRect(badge, 3, 3)
                    painter.setPen(colors.on(color))
                    painter.drawStaticText(QPointF(left + 3, tag_top), chip.tag)
            elif not solid:
                painter.setBrush(color)
                painter.drawRoundedRect(QRect(left, line.top(), 3, line.height()), 1.5, 1.5)
            if chip.all_day and entry.event.id == selected_id:
                painter.setPen(colors.focus)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(line.adjusted(1, 1, -1, -1), 3, 3)
        painter.setFont(fonts.font)
        for entry, line, chip in chips:
            left = line.left()
            top = line.top() + (line.height() - fonts.height) / 2
            if chip.all_day or entry.event.id == selected_id:
                text = time = colors.on(entry.color)
            else:
                text = colors.chip_text(entry.color, False, in_month)
                time = colors.chip_time(entry.color, in_month)
            painter.setPen(text)
            if chip.mark is not None:
                painter.drawStaticText(QPointF(left + chip.mark_x, top), chip.mark)
            painter.drawStaticText(QPointF(left + chip.title_x, top), chip.title)
            if chip.time is not None:
                painter.setPen(time)
                painter.drawStaticText(QPointF(left + chip.time_x, top), chip.time)

    def helpEvent(  # noqa: N802
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        entry_at = getattr(view, "entry_at", None)  # the month view's (it imports this module)
        if event.type() == QEvent.Type.ToolTip and callable(entry_at):
            entry = entry_at(event.pos())
            if entry is not None:
                QToolTip.showText(event.globalPos(), entry_tooltip(entry), view)
                return True
        return super().helpEvent(event, view, option, index)


def entry_tooltip(entry: DayEntry) -> str:
    """The full text of an event (titles elide in the grid); plain text, never HTML."""
    lines = [entry.event.title]
    if entry.event.time:
        lines.append(shown_time(entry.event.time))
    lines.append(entry.department_name)
    if entry.state:
        lines.append(_state_text(entry.state))
    if repeating(entry.event):
        lines.append(tr("MonthView", "Repeating event"))
    return tooltip("\n".join(elided(line) for line in lines))


_STATE_MARKS = {"pending": "↻", "conflict": "⚠", "failed": "⚠"}
# A repeating event's mark (after the outbox's, whose pending mark turns the other way).
REPEAT_MARK = "↺"


def repeating(event: Event) -> bool:
    """Whether ``event`` is an occurrence of a repeating series (a rule that reads)."""
    if SERIES_RULE not in event.extra:
        return False
    link = link_of(event)
    return link is not None and link.repeating


def chip_mark(entry: DayEntry) -> str:
    """The marks before a chip's title: the outbox's (pending, conflict) and a series'."""
    mark = _STATE_MARKS.get(entry.state, "•") if entry.state else ""
    return mark + REPEAT_MARK if repeating(entry.event) else mark


def _state_text(state: str) -> str:
    if state == "pending":
        return tr("MonthView", "pending")
    if state == "conflict":
        return tr("MonthView", "conflict")
    if state == "failed":
        return tr("MonthView", "not sent")
    return state
