"""The month on paper: print it, or save it as a PDF (one landscape page).

Everything is painted from the :class:`MonthModel`'s data, never from widgets, so it works
offscreen and on any paint device. The page shows the title, a legend of the departments with
their colour chips, the weekday header and the weeks of the month. Unlike the screen there is
no "+N more": every event of every day is printed. Rows take the height their busiest day
needs (the rest of the page is shared out evenly); when the month does not fit, the font of
the busiest weeks shrinks step by step down to a minimum size, and only then do long titles
lose their wrapping and get elided.

With several departments on the page, every event starts with its department's marker (a
shape: ● ■ ▲ …, so a black-and-white copy tells them apart too) and short tag, and the legend
says which department each stands for.

Sizes are in *units*: one unit is about one typographic point on an A4 or Letter page, and
scales with the page, so the same layout fills a 1200 dpi PDF or a small preview image.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.calendar import DAYS
from desktop.domain.display import elided
from desktop.views.colors import SATURDAY_BLUE, SUNDAY_RED
from desktop.views.formats import shown_time
from desktop.views.month_model import DayEntry, MonthModel, Roles
from desktop.views.week_days import BLUE, RED, day_kind

# Paper colours: the same on every screen palette.
PAPER = QColor("#ffffff")
INK = QColor("#000000")
TIME_INK = QColor("#505050")
DIM_INK = QColor("#8a8a8a")
GRID = QColor("#9a9a9a")
OUTSIDE_MONTH = QColor("#f2f2f2")
HEADER_FILL = QColor("#ececec")

# Sizes in units (≈ points on A4).
TITLE_SIZE = 16.0
LEGEND_SIZE = 9.0
WEEKDAY_SIZE = 9.0
EVENT_SIZE = 7.5  # the event font when everything fits
MIN_EVENT_SIZE = 5.0  # below this, long titles are elided instead of wrapped
FLOOR_EVENT_SIZE = 3.5  # the very last resort for an absurdly crowded month
SIZE_STEP = 0.25
CELL_PAD_X = 2.5
CELL_PAD_Y = 1.8
ENTRY_GAP = 1.0  # between two events of a day
BAR_WIDTH = 1.8  # the department colour bar at the left of an event
PDF_MARGIN_MM = 10.0

# One shape per department on the page, in legend order: told apart without colour.
MARKERS = "●■▲◆▼★○□△◇▽☆"

# A legend item: a department's name and colour, and its tag when several are on the page.
LegendItem = tuple[str, QColor] | tuple[str, QColor, str]

# The content area of A4 landscape with 10 mm margins, in points: the reference for one unit.
_REFERENCE = QSizeF(785.0, 538.0)


def paint_month(
    painter: QPainter,
    page: QRectF,
    model: MonthModel,
    title: str,
    legend: Sequence[LegendItem],
) -> None:
    """Paint the month of ``model`` into ``page`` (device coordinates of ``painter``)."""
    device = painter.device()
    if device is None:
        raise ValueError("the painter is not active")
    page = QRectF(page)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(page, PAPER)
        paper = _Paper(painter, device, _unit(page), markers(legend))
        top = _paint_title(paper, page, title, legend)
        top += paper.px(4.0)
        _paint_grid(paper, QRectF(page.left(), top, page.width(), page.bottom() - top), model)
    finally:
        painter.restore()


def setup_printer(printer: QPrinter) -> None:
    """Landscape with 10 mm margins: call before showing a print dialog for the month."""
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setPageMargins(
        QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def print_month(
    printer: QPrinter,
    model: MonthModel,
    title: str,
    legend: Sequence[LegendItem],
) -> None:
    """Print the month on one landscape page of ``printer``.

    The orientation is set to landscape; paper size and margins are the printer's (set them
    with :func:`setup_printer` or a print dialog beforehand).
    """
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setDocName(title)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"cannot print to {printer.outputFileName() or printer.printerName()}")
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        # Without full-page mode the painter's origin is the top left of the printable area.
        paint_month(painter, QRectF(QPointF(0, 0), area.size()), model, title, legend)
    finally:
        painter.end()


def save_pdf(
    path: str,
    model: MonthModel,
    title: str,
    legend: Sequence[LegendItem],
) -> None:
    """Save the month as a one-page A4 landscape PDF at ``path``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setCreator("Department Calendar")
    setup_printer(printer)
    print_month(printer, model, title, legend)


def markers(legend: Sequence[LegendItem]) -> dict[str, str]:
    """Each tag of the legend's departments → its marker (in legend order)."""
    tags = [item[2] for item in legend if len(item) > 2 and item[2]]
    return {tag: MARKERS[i % len(MARKERS)] for i, tag in enumerate(tags)}


# --- drawing helpers -------------------------------------------------------------------------


def _unit(page: QRectF) -> float:
    """Device pixels per unit for this page."""
    return max(
        1e-3,
        min(page.width() / _REFERENCE.width(), page.height() / _REFERENCE.height()),
    )


@dataclass
class _Paper:
    painter: QPainter
    device: QPaintDevice
    unit: float  # device pixels per unit
    markers: dict[str, str] = field(default_factory=dict)  # a department's tag → its shape
    _fonts: dict[tuple[float, bool], QFont] = field(default_factory=dict)

    def px(self, units: float) -> float:
        return units * self.unit

    def font(self, size: float, *, bold: bool = False) -> QFont:
        """A font of ``size`` units on this device."""
        key = (round(size, 3), bold)
        if key not in self._fonts:
            font = QFont(QGuiApplication.font())
            font.setStyleHint(QFont.StyleHint.SansSerif)
            dpi = self.device.logicalDpiY() or 72
            font.setPointSizeF(max(0.5, size * self.unit * 72.0 / dpi))
            font.setBold(bold)
            font.setKerning(True)
            self._fonts[key] = font
        return self._fonts[key]

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)


def _paint_title(paper: _Paper, page: QRectF, title: str, legend: Sequence[LegendItem]) -> float:
    """The title at the left and the legend beside it (or below, wrapping); returns the bottom."""
    painter = paper.painter
    title_font = paper.font(TITLE_SIZE, bold=True)
    title_metrics = paper.metrics(title_font)
    title_width = title_metrics.horizontalAdvance(title)
    title_height = title_metrics.height()
    painter.setFont(title_font)
    painter.setPen(INK)
    painter.drawText(
        QRectF(page.left(), page.top(), title_width + paper.px(2), title_height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title,
    )
    bottom = page.top() + title_height
    if not legend:
        return bottom

    font = paper.font(LEGEND_SIZE)
    metrics = paper.metrics(font)
    chip = paper.px(LEGEND_SIZE * 0.9)
    chip_gap = paper.px(3)
    item_gap = paper.px(10)
    items = [
        (label, color, chip + chip_gap + metrics.horizontalAdvance(label))
        for label, color in _legend_labels(paper, legend)
    ]
    total = sum(width for *_, width in items) + item_gap * (len(items) - 1)
    line_height = max(metrics.height(), chip) + paper.px(2)
    beside = page.width() - title_width - paper.px(24)
    if total <= beside:
        # One line, right-aligned, vertically centred on the title.
        x = page.right() - total
        y = page.top() + (title_height - line_height) / 2
        rows = [(x, y, items)]
    else:
        rows = []
        y = bottom + paper.px(2)
        row: list[tuple[str, QColor, float]] = []
        used = 0.0
        for item in items:
            extra = item[2] + (item_gap if row else 0.0)
            if row and used + extra > page.width():
                rows.append((page.left(), y, row))
                y += line_height
                row, used, extra = [], 0.0, item[2]
            row.append(item)
            used += extra
        rows.append((page.left(), y, row))
        bottom = y + line_height
    painter.setFont(font)
    for row_left, y, row in rows:
        x = row_left
        for name, color, width in row:
            chip_rect = QRectF(x, y + (line_height - chip) / 2, chip, chip)
            painter.setPen(QPen(QColor(color).darker(130), paper.px(0.4)))
            painter.setBrush(QColor(color))
            painter.drawRoundedRect(chip_rect, chip * 0.2, chip * 0.2)
            painter.setPen(INK)
            painter.drawText(
                QRectF(x + chip + chip_gap, y, width - chip - chip_gap + paper.px(1), line_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            x += width + item_gap
    return bottom


def _legend_labels(paper: _Paper, legend: Sequence[LegendItem]) -> list[tuple[str, QColor]]:
    """The legend's texts: with several departments, each one's marker and tag first."""
    labels = []
    for item in legend:
        name, color = item[0], item[1]
        tag = item[2] if len(item) > 2 else ""
        marker = paper.markers.get(tag, "")
        labels.append((f"{marker} {tag} {name}" if marker else name, color))
    return labels


@dataclass
class _Block:
    """One laid-out piece of a day cell: a wrapped text (holiday or event) and its height."""

    layout: QTextLayout
    height: float
    entry: DayEntry | None = None


@dataclass
class _Cell:
    day: date
    in_month: bool
    weekday: int
    holiday: str
    entries: list[DayEntry]
    # Filled by _layout_cell:
    holiday_inline: bool = True  # beside the day number, or wrapped below it
    holiday_offset: float = 0.0
    blocks: list[_Block] = field(default_factory=list)
    header_height: float = 0.0
    height: float = 0.0


def _weekday_color(weekday: int, holiday: bool = False) -> QColor:
    kind = day_kind(weekday, holiday)
    if kind == RED:
        return QColor(SUNDAY_RED)
    if kind == BLUE:
        return QColor(SATURDAY_BLUE)
    return QColor(INK)


def _on_paper(color: QColor, strength: float) -> QColor:
    """``color`` at ``strength`` (0–1) over white paper, as an opaque colour.

    Opaque rather than translucent: some printers and PDF viewers handle transparency badly.
    """
    return QColor.fromRgbF(
        color.redF() * strength + (1 - strength),
        color.greenF() * strength + (1 - strength),
        color.blueF() * strength + (1 - strength),
    )


def _dimmed(color: QColor) -> QColor:
    """A colour as it is shown outside the month."""
    return _on_paper(color, 0.45)


def _paint_grid(paper: _Paper, area: QRectF, model: MonthModel) -> None:
    painter = paper.painter
    days = model.days
    month = model.month
    weeks = [days[i : i + DAYS] for i in range(0, len(days), DAYS)]
    weeks = [week for week in weeks if any(d.month == month.month for d in week)]
    if not weeks:
        return
    column_width = area.width() / DAYS
    inner_width = column_width - 2 * paper.px(CELL_PAD_X)

    # Weekday header.
    header_font = paper.font(WEEKDAY_SIZE, bold=True)
    header_height = paper.metrics(header_font).height() * 1.6
    painter.fillRect(QRectF(area.left(), area.top(), area.width(), header_height), HEADER_FILL)
    painter.setFont(header_font)
    for column in range(DAYS):
        weekday = int(model.headerData(column, Qt.Orientation.Horizontal, Roles.WEEKDAY))
        name = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        painter.setPen(_weekday_color(weekday))
        painter.drawText(
            QRectF(area.left() + column * column_width, area.top(), column_width, header_height),
            Qt.AlignmentFlag.AlignCenter,
            name,
        )
    grid = QRectF(area.left(), area.top() + header_height, area.width(), 0)
    grid.setBottom(area.bottom())

    cells = [
        [
            _Cell(
                day,
                day.month == month.month,
                day.isoweekday(),
                model.data(model.index_of(day), Roles.HOLIDAY) or "",
                model.entries_on(day),
            )
            for day in week
        ]
        for week in weeks
    ]
    sizes, elided = _plan(paper, cells, inner_width, grid.height())
    heights = _distribute([max(c.height for c in week) for week in cells], grid.height())

    y = grid.top()
    for week, size, elide, height in zip(cells, sizes, elided, heights, strict=True):
        for column, cell in enumerate(week):
            rect = QRectF(area.left() + column * column_width, y, column_width, height)
            _paint_cell(paper, rect, cell, size, elide)
        y += height

    # Grid lines over everything.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(GRID, paper.px(0.5)))
    y = grid.top()
    for height in heights[:-1]:
        y += height
        painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
    for column in range(1, DAYS):
        x = grid.left() + column * column_width
        painter.drawLine(QPointF(x, area.top()), QPointF(x, grid.bottom()))
    painter.setPen(QPen(GRID.darker(140), paper.px(0.8)))
    painter.drawLine(QPointF(grid.left(), grid.top()), QPointF(grid.right(), grid.top()))
    painter.drawRect(QRectF(area.left(), area.top(), area.width(), grid.bottom() - area.top()))


def _plan(
    paper: _Paper, cells: list[list[_Cell]], width: float, available: float
) -> tuple[list[float], list[bool]]:
    """The event font size of each week, and whether it elides, so the month fits."""
    count = len(cells)
    sizes = [EVENT_SIZE] * count
    elided = [False] * count

    def need(week: int) -> float:
        for cell in cells[week]:
            _layout_cell(paper, cell, width, sizes[week], elided[week])
        return max(cell.height for cell in cells[week])

    needs = [need(i) for i in range(count)]

    def shrink(floor: float) -> None:
        while sum(needs) > available:
            candidates = [i for i in range(count) if sizes[i] > floor + 1e-6]
            if not candidates:
                return
            week = max(candidates, key=lambda i: needs[i])
            sizes[week] = max(floor, sizes[week] - SIZE_STEP)
            needs[week] = need(week)

    shrink(MIN_EVENT_SIZE)
    # Last resort: one line per event (elided) in the busiest weeks, then a tiny font.
    while sum(needs) > available and not all(elided):
        week = max((i for i in range(count) if not elided[i]), key=lambda i: needs[i])
        elided[week] = True
        needs[week] = need(week)
    shrink(FLOOR_EVENT_SIZE)
    return sizes, elided


def _distribute(needs: list[float], total: float) -> list[float]:
    """Row heights: each row at least what it needs, the rest shared so rows look even.

    Finds the level ``t`` with ``sum(max(need, t)) == total``; if even the needs do not fit,
    shares ``total`` in proportion to them.
    """
    if not needs:
        return []
    need_sum = sum(needs)
    if need_sum >= total:
        return [total * n / need_sum for n in needs] if need_sum > 0 else [0.0] * len(needs)
    fixed: set[int] = set()
    while True:
        free = [i for i in range(len(needs)) if i not in fixed]
        level = (total - sum(needs[i] for i in fixed)) / len(free)
        over = {i for i in free if needs[i] > level}
        if not over:
            return [needs[i] if i in fixed else level for i in range(len(needs))]
        fixed |= over


def _text_layout(
    paper: _Paper,
    text: str,
    font: QFont,
    width: float,
    formats: list[tuple[int, int, QColor, bool]],
    *,
    elide: bool,
) -> tuple[QTextLayout, float]:
    """``text`` wrapped (or elided to one line) in ``width``; returns the layout and height."""
    metrics = paper.metrics(font)
    if elide and metrics.horizontalAdvance(text) > width:
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    layout = QTextLayout(text, font, paper.device)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.NoWrap if elide else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    )
    layout.setTextOption(option)
    ranges = []
    for start, length, color, bold in formats:
        if start >= len(text):
            continue
        fmt = QTextCharFormat()
        fmt.setForeground(color)
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        span = QTextLayout.FormatRange()
        span.start = start
        span.length = min(length, len(text) - start)
        span.format = fmt
        ranges.append(span)
    layout.setFormats(ranges)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout, y


def _entry_gap(event_size: float) -> float:
    return ENTRY_GAP * event_size / EVENT_SIZE


def _number_size(event_size: float) -> float:
    return max(event_size + 1.5, 6.0)


def _layout_cell(paper: _Paper, cell: _Cell, width: float, size: float, elide: bool) -> None:
    """Lay out one day at event font ``size``; sets its blocks and needed height."""
    font = paper.font(size)
    number_font = paper.font(_number_size(size), bold=True)
    number_metrics = paper.metrics(number_font)
    cell.header_height = number_metrics.height()
    cell.blocks = []
    height = paper.px(CELL_PAD_Y) + cell.header_height
    if cell.holiday:
        holiday_color = SUNDAY_RED if cell.in_month else _dimmed(SUNDAY_RED)
        cell.holiday_offset = number_metrics.horizontalAdvance(str(cell.day.day)) + paper.px(3)
        room = width - cell.holiday_offset
        cell.holiday_inline = paper.metrics(font).horizontalAdvance(cell.holiday) <= room
        formats = [(0, len(cell.holiday), holiday_color, False)]
        layout, block_height = _text_layout(
            paper,
            cell.holiday,
            font,
            room if cell.holiday_inline else width,
            formats,
            elide=elide,
        )
        cell.blocks.append(_Block(layout, block_height))
        if not cell.holiday_inline:
            height += block_height
    text_width = width - paper.px(BAR_WIDTH + 1.5)
    for entry in cell.entries:
        time = elided(shown_time(entry.event.time))
        title = elided(" ".join(entry.event.title.split()))
        text = f"{time} {title}" if time else title
        time_color = TIME_INK if cell.in_month else DIM_INK
        title_color = INK if cell.in_month else DIM_INK
        owner, owner_formats = _owner(paper, entry, cell.in_month)
        text = owner + text
        formats = owner_formats
        if time:
            formats.append((len(owner), len(time), time_color, False))
        start = len(owner) + (len(time) + 1 if time else 0)
        formats.append((start, len(title), title_color, False))
        layout, block_height = _text_layout(paper, text, font, text_width, formats, elide=elide)
        height += paper.px(_entry_gap(size)) + block_height
        cell.blocks.append(_Block(layout, block_height, entry))
    cell.height = height + paper.px(CELL_PAD_Y) + paper.px(1.0)


def _owner(
    paper: _Paper, entry: DayEntry, in_month: bool
) -> tuple[str, list[tuple[int, int, QColor, bool]]]:
    """Whose the event is, before its text: the department's marker (in its colour) and tag
    (bold), when several departments are on the page; its formats."""
    if not entry.tag:
        return "", []
    marker = paper.markers.get(entry.tag, "")
    color = QColor(entry.color) if in_month else _dimmed(entry.color)
    ink = INK if in_month else DIM_INK
    formats = [(0, len(marker), color, False)] if marker else []
    start = len(marker)
    formats.append((start, len(entry.tag), ink, True))
    return f"{marker}{entry.tag} ", formats


def _paint_cell(paper: _Paper, rect: QRectF, cell: _Cell, size: float, elide: bool) -> None:
    painter = paper.painter
    painter.save()
    painter.setClipRect(rect)
    if not cell.in_month:
        painter.fillRect(rect, OUTSIDE_MONTH)
    inner = rect.adjusted(paper.px(CELL_PAD_X), paper.px(CELL_PAD_Y), -paper.px(CELL_PAD_X), 0)

    # Day number: red on Sundays and holidays, blue on Saturdays.
    number = str(cell.day.day)
    color = _weekday_color(cell.weekday, bool(cell.holiday))
    if not cell.in_month:
        color = _dimmed(color)
    painter.setFont(paper.font(_number_size(size), bold=True))
    painter.setPen(color)
    painter.drawText(
        QRectF(inner.left(), inner.top(), inner.width(), cell.header_height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        number,
    )
    y = inner.top() + cell.header_height
    painter.setPen(INK)
    for block in cell.blocks:
        if block.entry is None:  # the holiday
            if cell.holiday_inline:
                top = inner.top() + (cell.header_height - block.height) / 2
                block.layout.draw(painter, QPointF(inner.left() + cell.holiday_offset, top))
            else:
                block.layout.draw(painter, QPointF(inner.left(), y))
                y += block.height
            continue
        y += paper.px(_entry_gap(size))
        _paint_entry(paper, QRectF(inner.left(), y, inner.width(), block.height), block, cell)
        y += block.height
    painter.restore()


def _paint_entry(paper: _Paper, rect: QRectF, block: _Block, cell: _Cell) -> None:
    painter = paper.painter
    assert block.entry is not None
    color = QColor(block.entry.color)
    if not cell.in_month:
        color = _dimmed(color)
    tint = _on_paper(color, 0.16)
    radius = paper.px(1.0)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tint)
    painter.drawRoundedRect(rect.adjusted(0, -paper.px(0.3), 0, paper.px(0.3)), radius, radius)
    painter.setBrush(color)
    bar = QRectF(rect.left(), rect.top() - paper.px(0.3), paper.px(BAR_WIDTH), rect.height())
    painter.drawRoundedRect(bar.adjusted(0, 0, 0, paper.px(0.6)), radius * 0.8, radius * 0.8)
    painter.setPen(INK)
    block.layout.draw(painter, QPointF(rect.left() + paper.px(BAR_WIDTH + 1.5), rect.top()))
