"""Where the year view puts its twelve months, and the colours it paints them with.

Kept apart from the widget (:mod:`desktop.views.year_view`): the geometry is plain arithmetic
on the widget's size (made once per resize, year or first weekday, never per paint), and the
colours are made once per palette, each text colour readable (4.5:1) on the shade it lands on.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPalette

from desktop.views.colors import is_dark, saturday_color, sunday_color
from desktop.views.contrast import over, readable

# How busy a day is, from its number of events: none, 1–2, 3–5, 6 or more.
LEVEL_FLOORS = (0, 1, 3, 6)
LEVELS = len(LEVEL_FLOORS)
# The shades of the highlight colour a day of each level is filled with (on a dark base a
# faint highlight hardly shows: the steps are wider there).
_LEVEL_ALPHAS = (0.0, 0.25, 0.5, 0.8)
_DARK_LEVEL_ALPHAS = (0.0, 0.35, 0.65, 1.0)
# The grids of months tried, the wide ones first (the first of equal fits wins).
_ARRANGEMENTS = ((4, 3), (6, 2), (3, 4), (2, 6))
WEEKS = 6  # the most weeks a month touches
MARGIN = 8


def busy_level(count: int) -> int:
    """0 for no event, 1 for 1–2, 2 for 3–5, 3 for 6 or more."""
    level = 0
    for index, floor in enumerate(LEVEL_FLOORS):
        if count >= floor:
            level = index
    return level


@dataclass(frozen=True)
class MonthBox:
    """One small month: its title line, weekday line, and the 6×7 cells of its days."""

    month: date
    title: QRect
    weekdays: QRect
    left: int  # the first cell's left edge
    top: int  # the first week's top edge
    cell_width: int
    cell_height: int
    offset: int  # empty cells before the 1st in its first week

    def cell(self, column: int, row: int) -> QRect:
        return QRect(
            self.left + column * self.cell_width,
            self.top + row * self.cell_height,
            self.cell_width,
            self.cell_height,
        )

    def day_rect(self, day: date) -> QRect:
        position = self.offset + day.day - 1
        return self.cell(position % 7, position // 7)

    def day_at(self, pos: QPoint) -> date | None:
        if pos.x() < self.left or pos.y() < self.top:
            return None
        column = (pos.x() - self.left) // self.cell_width
        row = (pos.y() - self.top) // self.cell_height
        if column >= 7 or row >= WEEKS:
            return None
        number = row * 7 + column - self.offset + 1
        length = calendar.monthrange(self.month.year, self.month.month)[1]
        if not 1 <= number <= length:
            return None
        return self.month.replace(day=number)


@dataclass(frozen=True)
class YearGeometry:
    """The twelve months' boxes, the legend line, and the grid chosen (columns × rows)."""

    boxes: tuple[MonthBox, ...]
    legend: QRect
    columns: int
    rows: int

    def box_of(self, day: date) -> MonthBox:
        return self.boxes[day.month - 1]

    def day_at(self, pos: QPoint) -> date | None:
        for box in self.boxes:
            found = box.day_at(pos)
            if found is not None:
                return found
        return None


def year_geometry(
    year: int, first_weekday: int, width: int, height: int, line_height: int
) -> YearGeometry:
    """Lay out the twelve months of ``year`` in ``width``×``height``: the arrangement whose day
    cells come out largest (4×3 on a wide window, 3×4 or 2×6 on a narrow one); a month's title
    and weekday lines take ``line_height`` each, the legend one line at the bottom."""
    legend = QRect(
        MARGIN, height - line_height - MARGIN // 2, max(0, width - 2 * MARGIN), line_height
    )
    area_height = max(1, legend.top() - MARGIN)
    area_width = max(1, width - 2 * MARGIN)
    best: tuple[float, int, int] | None = None
    for columns, rows in _ARRANGEMENTS:
        box_width = area_width / columns - MARGIN
        box_height = area_height / rows - MARGIN - line_height * 2
        # A cell a little wider than tall reads best; past that, width is wasted.
        size = min(box_width / 7, box_height / WEEKS * 1.4)
        if best is None or size > best[0] + 0.5:
            best = (size, columns, rows)
    assert best is not None
    _size, columns, rows = best
    box_width = area_width // columns
    box_height = area_height // rows
    cell_width = max(1, (box_width - MARGIN) // 7)
    cell_height = max(1, min((box_height - MARGIN - 2 * line_height) // WEEKS, cell_width))
    boxes = []
    for index in range(12):
        month = date(year, index + 1, 1)
        column, row = index % columns, index // columns
        inner_width = cell_width * 7
        left = MARGIN + column * box_width + (box_width - inner_width) // 2
        top = MARGIN + row * box_height
        title = QRect(left, top, inner_width, line_height)
        weekdays = QRect(left, top + line_height, inner_width, line_height)
        offset = (month.isoweekday() - first_weekday) % 7
        boxes.append(
            MonthBox(
                month,
                title,
                weekdays,
                left,
                top + 2 * line_height,
                cell_width,
                cell_height,
                offset,
            )
        )
    return YearGeometry(tuple(boxes), legend, columns, rows)


class YearColors:
    """The palette's colours for the year view, made once per palette."""

    def __init__(self, palette: QPalette) -> None:
        role = QPalette.ColorRole
        self.base = palette.color(role.Base)
        highlight = palette.color(role.Highlight)
        self.highlight = readable(highlight, self.base)
        alphas = _DARK_LEVEL_ALPHAS if is_dark(palette) else _LEVEL_ALPHAS
        self.shades = [over(_alpha(highlight, alpha), self.base) for alpha in alphas]
        text = palette.color(role.Text)
        self.text = readable(text, *self.shades)
        self.title = self.text
        placeholder = palette.color(role.PlaceholderText)
        self.quiet = readable(placeholder, self.base)
        # The day numbers: (weekday kind: 0 weekday, 6 Saturday, 7 Sunday or holiday, level).
        self.numbers: dict[tuple[int, int], QColor] = {}
        for kind, color in ((0, text), (6, saturday_color(palette)), (7, sunday_color(palette))):
            for level, shade in enumerate(self.shades):
                self.numbers[(kind, level)] = readable(color, shade)
        self.weekday_numbers = {
            kind: readable(color, self.base)
            for kind, color in ((0, text), (6, saturday_color(palette)), (7, sunday_color(palette)))
        }
        self.unknown = readable(placeholder, self.base, alpha=0.7)
        self.frame = palette.color(role.Mid)


def _alpha(color: QColor, alpha: float) -> QColor:
    faded = QColor(color)
    faded.setAlphaF(alpha)
    return faded
