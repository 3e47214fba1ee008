"""The week and the team week on paper: one landscape page per week of the range.

The week has seven columns (the locale's first day first): the day and its holiday on top,
then the day's events as the views order them (all-day first, then by time), each with its
time, title and (when asked) description. The team week has a row per department and the same
seven columns. When a page cannot hold everything, the font shrinks step by step; what still
does not fit is cut at the cell's edge, never drawn over the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen, QTextLayout

from desktop.domain.calendar import DAYS, week_start
from desktop.i18n import tr
from desktop.views.month_model import DayEntry
from desktop.views.print_document import (
    PagePainter,
    Part,
    nothing_text,
    one_line,
    paint_note,
    range_text,
)
from desktop.views.printing import (
    BAR_WIDTH,
    GRID,
    HEADER_FILL,
    INK,
    TIME_INK,
    WEEKDAY_SIZE,
    _distribute,
    _on_paper,
    _owner,
    _paint_title,
    _Paper,
    _text_layout,
    _weekday_color,
)

EVENT_SIZE = 8.0
MIN_SIZE = 4.0
STEP = 0.5
PAD = 2.5
GAP = 1.2
DESCRIPTION_LIMIT = 600  # characters of a description on paper
NAME_COLUMN = 0.14  # the team week's department column, as a share of the width
CONTINUED_ROOM = 0.78  # a week page's share of the height for its events (title, headers)


@dataclass
class Laid:
    """An event laid out in a width: its text and (optionally) its description."""

    entry: DayEntry
    text: QTextLayout
    text_height: float
    note: QTextLayout | None  # the description
    note_height: float

    @property
    def height(self) -> float:
        return self.text_height + self.note_height


def weeks(part: Part) -> list[date]:
    """The first days of the weeks of the part's range."""
    data = part.data
    first = week_start(data.first, data.first_weekday)
    found = []
    while first <= data.last:
        found.append(first)
        first += timedelta(days=DAYS)
    return found


def lay_out(
    paper: _Paper,
    entries: list[DayEntry],
    width: float,
    size: float,
    notes: bool,
    *,
    owner: bool = True,
) -> list[Laid]:
    """Each of ``entries`` laid out in ``width`` at ``size`` units; ``owner``: each starts
    with its department's marker and tag (several on the page, not in a row of its own)."""
    font = paper.font(size)
    note_font = paper.font(size * 0.85)
    text_width = max(1.0, width - paper.px(BAR_WIDTH + 1.5))
    laid = []
    for entry in entries:
        time = one_line(entry.time_text(), 40)
        title = one_line(entry.event.title)
        whose, formats = _owner(paper, entry, True) if owner else ("", [])
        text = whose + (f"{time} {title}" if time else title)
        if time:
            formats.append((len(whose), len(time), TIME_INK, True))
        layout, height = _text_layout(paper, text, font, text_width, formats, elide=False)
        note: QTextLayout | None = None
        note_height = 0.0
        description = one_line(entry.event.description, DESCRIPTION_LIMIT) if notes else ""
        if description:
            note, note_height = _text_layout(
                paper,
                description,
                note_font,
                text_width,
                [(0, len(description), TIME_INK, False)],
                elide=False,
            )
        laid.append(Laid(entry, layout, height, note, note_height))
    return laid


def stack_height(paper: _Paper, laid: list[Laid], size: float) -> float:
    gap = paper.px(GAP * size / EVENT_SIZE)
    return sum(item.height + gap for item in laid)


def paint_stack(paper: _Paper, rect: QRectF, laid: list[Laid], size: float) -> int:
    """The events one under the other from the top of ``rect``, clipped to it. What does not
    fit is never cut silently: the last line says how many more there are ("+3 more"), which
    the page's continuation (:func:`week_pages`) or the agenda prints in full. Returns how many
    were left out."""
    painter = paper.painter
    painter.save()
    painter.setClipRect(rect)
    gap = paper.px(GAP * size / EVENT_SIZE)
    more_font = paper.font(size * 0.9, bold=True)
    more_height = paper.metrics(more_font).height() + gap
    bottom = rect.bottom()
    if stack_height(paper, laid, size) > rect.height():
        bottom -= more_height  # the "+N more" line's room
    y = rect.top()
    drawn = 0
    for item in laid:
        if y + gap + item.height > bottom + 0.5:
            break
        y += gap / 2
        color = QColor(item.entry.color)
        box = QRectF(rect.left(), y, rect.width(), item.height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_on_paper(color, 0.14))
        painter.drawRect(box)
        painter.setBrush(color)
        painter.drawRect(QRectF(box.left(), box.top(), paper.px(BAR_WIDTH), box.height()))
        painter.setPen(INK)
        x = box.left() + paper.px(BAR_WIDTH + 1.5)
        item.text.draw(painter, QPointF(x, y))
        if item.note is not None:
            item.note.draw(painter, QPointF(x, y + item.text_height))
        y += item.height + gap / 2
        drawn += 1
    left_out = len(laid) - drawn
    if left_out:
        painter.setFont(more_font)
        painter.setPen(TIME_INK)
        painter.drawText(
            QRectF(rect.left(), bottom, rect.width(), more_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            tr("Printing", "+{count} more").format(count=left_out),
        )
    painter.restore()
    return left_out


def _day_header(paper: _Paper, part: Part, day: date) -> tuple[str, str, QColor]:
    locale = part.data.locale
    holiday = part.data.holidays.get(day, "")
    name = locale.dayName(day.isoweekday(), locale.FormatType.ShortFormat)
    return f"{name} {day.month}/{day.day}", holiday, _weekday_color(day.isoweekday(), bool(holiday))


def _paint_day_headers(paper: _Paper, area: QRectF, part: Part, days: list[date]) -> float:
    """The days' names, dates and holidays across ``area``; returns the header's height."""
    painter = paper.painter
    font = paper.font(WEEKDAY_SIZE, bold=True)
    holiday_font = paper.font(WEEKDAY_SIZE * 0.85)
    line = paper.metrics(font).height()
    small = paper.metrics(holiday_font).height()
    any_holiday = any(part.data.holidays.get(d) for d in days)
    height = line * 1.4 + (small if any_holiday else 0.0)
    width = area.width() / len(days)
    painter.fillRect(QRectF(area.left(), area.top(), area.width(), height), HEADER_FILL)
    for column, day in enumerate(days):
        text, holiday, color = _day_header(paper, part, day)
        cell = QRectF(area.left() + column * width, area.top(), width, height)
        painter.setPen(color)
        painter.setFont(font)
        painter.drawText(
            QRectF(cell.left(), cell.top() + line * 0.2, cell.width(), line),
            Qt.AlignmentFlag.AlignCenter,
            text,
        )
        if holiday:
            painter.setFont(holiday_font)
            shown = paper.metrics(holiday_font).elidedText(
                one_line(holiday, 80), Qt.TextElideMode.ElideRight, width - paper.px(2)
            )
            painter.drawText(
                QRectF(cell.left(), cell.top() + line * 1.2, cell.width(), small),
                Qt.AlignmentFlag.AlignCenter,
                shown,
            )
    painter.setPen(INK)
    return height


def _title(paper: _Paper, body: QRectF, part: Part, first: date, last: date, legend: bool) -> float:
    """The page's title (the week's days) and legend; returns the top of what follows."""
    locale = part.data.locale
    top = _paint_title(paper, body, range_text(locale, first, last), part.legend if legend else [])
    top += paper.px(3)
    if not any(part.entries(first + timedelta(days=i)) for i in range((last - first).days + 1)):
        top += paint_note(
            paper, QRectF(body.left(), top, body.width(), 0), nothing_text(locale, first, last)
        )
    return top


def _fit(need: Callable[[float], float], available: float) -> float:
    size = EVENT_SIZE
    while size > MIN_SIZE and need(size) > available:
        size -= STEP
    return size


def _chunks(paper: _Paper, laid: list[Laid], size: float, available: float) -> list[list[Laid]]:
    """``laid`` cut into runs that each fit ``available`` (a busy day over several pages)."""
    gap = paper.px(GAP * size / EVENT_SIZE)
    chunks: list[list[Laid]] = [[]]
    used = 0.0
    for item in laid:
        if chunks[-1] and used + item.height + gap > available:
            chunks.append([])
            used = 0.0
        chunks[-1].append(item)
        used += item.height + gap
    return chunks


def week_pages(paper: _Paper, body: QRectF, part: Part) -> list[PagePainter]:
    """A page per week; a week too full for one page even in the smallest print goes on over
    more pages (each day's events in order, "(2/3)" in the title), never cut."""
    notes = part.data.descriptions

    def page(first: date) -> PagePainter:
        days = [first + timedelta(days=i) for i in range(DAYS)]

        def paint(rect: QRectF) -> None:
            top = _title(paper, rect, part, days[0], days[-1], True)
            area = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
            header = _paint_day_headers(paper, area, part, days)
            width = area.width() / DAYS
            inner = width - 2 * paper.px(PAD)
            available = area.height() - header - 2 * paper.px(PAD)

            def need(size: float) -> float:
                return max(
                    stack_height(paper, lay_out(paper, part.entries(d), inner, size, notes), size)
                    for d in days
                )

            size = _fit(need, available)
            for column, day in enumerate(days):
                laid = lay_out(paper, part.entries(day), inner, size, notes)
                cell = QRectF(
                    area.left() + column * width + paper.px(PAD),
                    area.top() + header + paper.px(PAD),
                    inner,
                    available,
                )
                paint_stack(paper, cell, laid, size)
            _grid(paper, area, header, [area.left() + i * width for i in range(1, DAYS)], [])

        return paint

    def continued(first: date, chunks: dict[date, list[list[Laid]]], sheet: int) -> PagePainter:
        days = [first + timedelta(days=i) for i in range(DAYS)]
        sheets = max(len(c) for c in chunks.values())

        def paint(rect: QRectF) -> None:
            title = f"{range_text(part.data.locale, days[0], days[-1])} ({sheet + 1}/{sheets})"
            top = _paint_title(paper, rect, title, part.legend) + paper.px(3)
            area = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
            header = _paint_day_headers(paper, area, part, days)
            width = area.width() / DAYS
            available = area.height() - header - 2 * paper.px(PAD)
            for column, day in enumerate(days):
                day_chunks = chunks[day]
                laid = day_chunks[sheet] if sheet < len(day_chunks) else []
                cell = QRectF(
                    area.left() + column * width + paper.px(PAD),
                    area.top() + header + paper.px(PAD),
                    width - 2 * paper.px(PAD),
                    available,
                )
                paint_stack(paper, cell, laid, MIN_SIZE)
            _grid(paper, area, header, [area.left() + i * width for i in range(1, DAYS)], [])

        return paint

    def pages(first: date) -> list[PagePainter]:
        days = [first + timedelta(days=i) for i in range(DAYS)]
        inner = body.width() / DAYS - 2 * paper.px(PAD)
        # The cells' height less the title and the day headers, estimated on the safe side.
        room = body.height() * CONTINUED_ROOM
        laid = {d: lay_out(paper, part.entries(d), inner, MIN_SIZE, notes) for d in days}
        if all(stack_height(paper, items, MIN_SIZE) <= room for items in laid.values()):
            return [page(first)]
        chunks = {d: _chunks(paper, items, MIN_SIZE, room) for d, items in laid.items()}
        return [continued(first, chunks, n) for n in range(max(map(len, chunks.values())))]

    return [painter for first in weeks(part) for painter in pages(first)]


def team_pages(paper: _Paper, body: QRectF, part: Part) -> list[PagePainter]:
    def page(first: date) -> PagePainter:
        days = [first + timedelta(days=i) for i in range(DAYS)]

        def paint(rect: QRectF) -> None:
            top = _title(paper, rect, part, days[0], days[-1], False)
            area = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
            names = area.width() * NAME_COLUMN
            columns = QRectF(area.left() + names, area.top(), area.width() - names, area.height())
            header = _paint_day_headers(paper, columns, part, days)
            width = columns.width() / DAYS
            inner = width - 2 * paper.px(PAD)
            available = area.height() - header
            notes = part.data.descriptions
            rows = part.departments

            def row_entries(department_id: str, day: date) -> list[DayEntry]:
                return [e for e in part.entries(day) if e.event.department_id == department_id]

            def needs(size: float) -> list[float]:
                return [
                    max(
                        [paper.metrics(paper.font(size, bold=True)).height()]
                        + [
                            stack_height(
                                paper,
                                lay_out(
                                    paper, row_entries(d.id, day), inner, size, notes, owner=False
                                ),
                                size,
                            )
                            for day in days
                        ]
                    )
                    + 2 * paper.px(PAD)
                    for d in rows
                ]

            size = _fit(lambda s: sum(needs(s)), available)
            heights = _distribute(needs(size), available)
            y = area.top() + header
            painter = paper.painter
            lines = []
            for department, height in zip(rows, heights, strict=True):
                name_rect = QRectF(
                    area.left() + paper.px(PAD),
                    y + paper.px(PAD),
                    names - 2 * paper.px(PAD),
                    height,
                )
                chip = paper.px(size * 0.8)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(department.color)
                painter.drawRect(QRectF(name_rect.left(), name_rect.top() + chip * 0.3, chip, chip))
                layout, _h = _text_layout(
                    paper,
                    one_line(department.name, 120),
                    paper.font(size + 0.5, bold=True),
                    name_rect.width() - chip - paper.px(2),
                    [],
                    elide=False,
                )
                painter.save()
                painter.setClipRect(name_rect.adjusted(0, 0, 0, -2 * paper.px(PAD)))
                painter.setPen(INK)
                layout.draw(
                    painter, QPointF(name_rect.left() + chip + paper.px(2), name_rect.top())
                )
                painter.restore()
                for column, day in enumerate(days):
                    laid = lay_out(
                        paper, row_entries(department.id, day), inner, size, notes, owner=False
                    )
                    cell = QRectF(
                        columns.left() + column * width + paper.px(PAD),
                        y + paper.px(PAD),
                        inner,
                        height - 2 * paper.px(PAD),
                    )
                    paint_stack(paper, cell, laid, size)
                y += height
                lines.append(y)
            _grid(
                paper,
                area,
                header,
                [columns.left() + i * width for i in range(DAYS)],
                lines[:-1],
            )

        return paint

    return [page(first) for first in weeks(part)]


def _grid(paper: _Paper, area: QRectF, header: float, xs: list[float], ys: list[float]) -> None:
    painter = paper.painter
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(GRID, paper.px(0.5)))
    for x in xs:
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
    for y in ys:
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
    painter.setPen(QPen(GRID.darker(140), paper.px(0.8)))
    top = area.top() + header
    painter.drawLine(QPointF(area.left(), top), QPointF(area.right(), top))
    painter.drawRect(area)
    painter.setPen(INK)
