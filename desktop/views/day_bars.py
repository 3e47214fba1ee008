"""Multi-day events in the month grid: each day paints its piece of the event's bar.

The lanes are laid out on the worker (:func:`desktop.workers.months.lay_bars`); here a day
finds its bars' lines (:func:`bar_slots`) and paints its piece of each (:func:`paint_bar`):
a few rectangles and the bar's text, drawn over the whole bar and clipped to the piece, so
that the title is written once a week whatever the order the cells are painted in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QPainter, QPolygon
from PySide6.QtWidgets import QTableView, QWidget

from desktop.views.month_model import DayEntry

if TYPE_CHECKING:
    from desktop.views.day_delegate import ChipText, _Colors, _Font


def bar_slots(entries: list[DayEntry]) -> list[int] | None:
    """The line of each of a day's entries when it has bars (they come first, in lane order:
    each on its lane, the rest below the last); None when it has none."""
    lanes = 0
    for entry in entries:
        bar = entry.bar
        if bar is None:
            break
        lanes = bar.lane + 1
    if not lanes:
        return None
    slots = [entry.bar.lane for entry in entries[:lanes] if entry.bar is not None]
    slots.extend(range(lanes, lanes + len(entries) - len(slots)))
    return slots


class RowCells:
    """The cells of a week row around the one painted: where the other days of a bar are (the
    table's own column positions when painting in a table, else cells as wide as this one)."""

    __slots__ = ("cell", "column", "view")

    def __init__(self, widget: QWidget | None, column: int, cell: QRect) -> None:
        self.view = widget if isinstance(widget, QTableView) else None
        self.column = column
        self.cell = cell

    def left(self, days: int) -> int:
        """The left edge of the cell ``days`` after this one (before it when negative)."""
        if days == 0:
            return self.cell.left()
        if self.view is not None:
            return (
                self.cell.left()
                + self.view.columnViewportPosition(self.column + days)
                - self.view.columnViewportPosition(self.column)
            )
        return self.cell.left() + days * self.cell.width()

    def right(self, days: int) -> int:
        """The right edge of the cell ``days`` after this one."""
        if days == 0:
            return self.cell.right()
        if self.view is not None:
            return self.left(days) + self.view.columnWidth(self.column + days) - 1
        return self.cell.right() + days * self.cell.width()


def _pointed(rect: QRect, before: bool, after: bool) -> QPolygon:
    """A bar's piece with a pointed end on the sides it goes on into another week."""
    point = max(3, rect.height() // 3)
    top, bottom, middle = rect.top(), rect.bottom() + 1, rect.center().y()
    left, right = rect.left(), rect.right() + 1
    shape = [QPoint(left + point, top) if before else QPoint(left, top)]
    if after:
        shape += [QPoint(right - point, top), QPoint(right, middle), QPoint(right - point, bottom)]
    else:
        shape += [QPoint(right, top), QPoint(right, bottom)]
    if before:
        shape += [QPoint(left + point, bottom), QPoint(left, middle)]
    else:
        shape += [QPoint(left, bottom)]
    return QPolygon(shape)


def paint_bar(
    painter: QPainter,
    entry: DayEntry,
    line: QRect,
    row: RowCells,
    fonts: _Font,
    colors: _Colors,
    chip_for: Callable[[int], ChipText],
    selected_id: str | None,
) -> None:
    """One day's piece of a multi-day event's bar: edge to edge on the sides it goes on,
    pointed where it goes on into the previous or next week; its text is drawn once over
    the whole bar, each day showing its part (so the title is written once a week)."""
    bar = entry.bar
    assert bar is not None
    cell = row.cell
    pad = line.left() - cell.left()
    piece = QRect(line)
    if bar.joins_left:
        piece.setLeft(cell.left())
    if bar.joins_right:
        piece.setRight(cell.right())
    color = entry.color
    painter.save()
    painter.setClipRect(piece, Qt.ClipOperation.IntersectClip)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.chip(color, True))
    if bar.before or bar.after:  # (only on a bar's first and last day in the row)
        painter.drawPolygon(_pointed(piece, bar.before, bar.after))
    else:
        left = -4 if bar.joins_left else 0
        painter.drawRoundedRect(piece.adjusted(left, 0, 4 if bar.joins_right else 0, 0), 3, 3)
    if entry.event.id == selected_id:
        painter.setPen(colors.focus)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(piece.adjusted(0, 1, -1, -1))
    # The whole bar's text, from the bar's first day in this week.
    start = row.left(-bar.offset) + pad
    end = row.right(bar.span - 1 - bar.offset) - pad
    indent = 4 if bar.before else 0
    chip = chip_for(end - start - indent)
    start += indent
    top = line.top() + (line.height() - fonts.height) / 2
    text = colors.on(color)
    painter.setPen(text)
    if chip.tag is not None:
        painter.setFont(fonts.tag)
        tag_top = line.top() + (line.height() - fonts.tag_metrics.height()) / 2
        painter.drawStaticText(QPointF(start + 4, tag_top), chip.tag)
    painter.setFont(fonts.font)
    if chip.mark is not None:
        painter.drawStaticText(QPointF(start + chip.mark_x, top), chip.mark)
    painter.drawStaticText(QPointF(start + chip.title_x, top), chip.title)
    if chip.time is not None:
        painter.drawStaticText(QPointF(start + chip.time_x, top), chip.time)
    painter.restore()
