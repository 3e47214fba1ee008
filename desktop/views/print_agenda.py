"""The agenda, the year and the month on paper.

- **Agenda** (portrait): the days that have events, each under its heading (date, weekday and
  holiday), one line per event: time, title, department, and the description below it when
  asked. The list flows over as many pages as it needs; a day's heading never ends a page.
- **Year**: one page per year of the range, twelve small months with the holidays in red (named
  under each month) and each day shaded by how many events it has.
- **Month**: one page per month of the range, the month grid of :func:`paint_month`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen, QTextLayout

from desktop.domain.calendar import DAYS, grid_days, month_start, months_between
from desktop.i18n import tr
from desktop.views.formats import month_title
from desktop.views.month_model import DayEntry, MonthModel
from desktop.views.print_document import (
    PagePainter,
    Part,
    day_text,
    nothing_text,
    one_line,
    paint_note,
)
from desktop.views.print_week import DESCRIPTION_LIMIT
from desktop.views.printing import (
    DIM_INK,
    GRID,
    INK,
    TIME_INK,
    _on_paper,
    _owner,
    _paint_title,
    _Paper,
    _text_layout,
    _weekday_color,
    paint_month,
)

AGENDA_SIZE = 9.0
DAY_SIZE = 10.5
YEAR_SIZE = 6.5
# Events on a day → how dark its shade is in the year (1–2, 3–5, 6 or more).
BUSY_LEVELS = ((6, 0.7), (3, 0.42), (1, 0.18))


@dataclass
class _Line:
    layout: QTextLayout
    height: float
    indent: float
    heading: bool = False
    time: QTextLayout | None = None  # in its column, left of ``layout``
    time_indent: float = 0.0


def agenda_pages(paper: _Paper, body: QRectF, part: Part) -> list[PagePainter]:
    data = part.data
    locale = data.locale
    width = body.width()
    day_font = paper.font(DAY_SIZE, bold=True)
    font = paper.font(AGENDA_SIZE)
    note_font = paper.font(AGENDA_SIZE * 0.88)
    time_width = paper.metrics(font).horizontalAdvance("오후 12:00 ") + paper.px(4)
    indent = paper.px(6)
    lines: list[_Line] = []
    for day in sorted(part.days):
        if not data.first <= day <= data.last:
            continue
        heading = day_text(locale, day, weekday=True)
        holiday = data.holidays.get(day, "")
        text = f"{heading}  {one_line(holiday, 80)}" if holiday else heading
        formats = [(0, len(heading), _weekday_color(day.isoweekday(), bool(holiday)), True)]
        if holiday:
            formats.append(
                (len(heading) + 2, len(text) - len(heading) - 2, _weekday_color(7, True), False)
            )
        layout, height = _text_layout(paper, text, day_font, width, formats, elide=True)
        lines.append(_Line(layout, height + paper.px(5), 0.0, heading=True))
        for entry in part.days[day]:
            lines += _event_lines(
                paper,
                entry,
                width - indent,
                time_width,
                indent,
                (font, note_font),
                data.descriptions,
            )
    title_height = paper.metrics(paper.font(16.0, bold=True)).height() + paper.px(6)

    pages: list[list[_Line]] = [[]]
    room = body.height() - title_height
    used = 0.0
    for index, line in enumerate(lines):
        need = line.height
        if line.heading and index + 1 < len(lines):
            need += lines[index + 1].height  # never a heading alone at the bottom
        if pages[-1] and used + need > room:
            pages.append([])
            used, room = 0.0, body.height()
        pages[-1].append(line)
        used += line.height

    def page(number: int, content: list[_Line]) -> PagePainter:
        def paint(rect: QRectF) -> None:
            painter = paper.painter
            top = rect.top()
            if number == 0:
                title = f"{day_text(locale, data.first)} – {day_text(locale, data.last)}"
                top = _paint_title(paper, rect, title, part.legend) + paper.px(6)
                if part.empty:
                    paint_note(
                        paper,
                        QRectF(rect.left(), top, rect.width(), 0),
                        nothing_text(locale, data.first, data.last),
                    )
            painter.save()
            painter.setClipRect(rect)
            for line in content:
                if line.heading:
                    painter.setPen(QPen(GRID, paper.px(0.5)))
                    y = top + line.height - paper.px(2)
                    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
                    top += paper.px(2)
                painter.setPen(INK)
                line.layout.draw(painter, QPointF(rect.left() + line.indent, top))
                if line.time is not None:
                    line.time.draw(painter, QPointF(rect.left() + line.time_indent, top))
                top += line.height - (paper.px(2) if line.heading else 0.0)
            painter.restore()

        return paint

    return [page(i, content) for i, content in enumerate(pages)]


def _event_lines(
    paper: _Paper,
    entry: DayEntry,
    width: float,
    time_width: float,
    indent: float,
    fonts: tuple[QFont, QFont],
    notes: bool,
) -> list[_Line]:
    """One event: time, marker/tag, title and department; its description below."""
    time = one_line(entry.time_text(), 40)
    title = one_line(entry.event.title)
    department = one_line(entry.department_name, 80)
    owner, formats = _owner(paper, entry, True)
    text = f"{owner}{title} — {department}"
    start = text.rfind(" — ")
    formats.append((start, len(text) - start, DIM_INK, False))
    font, note_font = fonts
    layout, height = _text_layout(paper, text, font, width - time_width, formats, elide=False)
    line = _Line(layout, height, indent + time_width, time_indent=indent)
    if time:
        gap = paper.px(3)
        time_formats = [(0, len(time), TIME_INK, True)]
        line.time, time_height = _text_layout(
            paper, time, font, time_width - gap, time_formats, elide=False
        )
        line.height = max(height, time_height)
    line.height += paper.px(1.5)
    found = [line]
    description = one_line(entry.event.description, DESCRIPTION_LIMIT) if notes else ""
    if description:
        note, note_height = _text_layout(
            paper,
            description,
            note_font,
            width - time_width,
            [(0, len(description), TIME_INK, False)],
            elide=False,
        )
        found.append(_Line(note, note_height + paper.px(2), indent + time_width))
    return found


def year_pages(paper: _Paper, body: QRectF, part: Part) -> list[PagePainter]:
    data = part.data
    years = list(range(data.first.year, data.last.year + 1))
    counts: dict[date, int] = {day: len(entries) for day, entries in part.days.items()}
    shade = part.departments[0].color if len(part.departments) == 1 else QColor("#555555")

    def page(year: int) -> PagePainter:
        def paint(rect: QRectF) -> None:
            top = _paint_title(paper, rect, str(year), part.legend) + paper.px(4)
            key_height = paper.metrics(paper.font(YEAR_SIZE)).height() * 1.6
            area = QRectF(rect.left(), top, rect.width(), rect.bottom() - top - key_height)
            width, height = area.width() / 4, area.height() / 3
            for index in range(12):
                box = QRectF(
                    area.left() + (index % 4) * width,
                    area.top() + (index // 4) * height,
                    width,
                    height,
                ).adjusted(paper.px(4), paper.px(2), -paper.px(4), -paper.px(2))
                _small_month(paper, box, part, date(year, index + 1, 1), counts, shade)
            _busy_key(
                paper,
                QRectF(rect.left(), rect.bottom() - key_height, rect.width(), key_height),
                shade,
            )

        return paint

    return [page(year) for year in years]


def _busy(count: int) -> float:
    for least, strength in BUSY_LEVELS:
        if count >= least:
            return strength
    return 0.0


def _small_month(
    paper: _Paper, box: QRectF, part: Part, month: date, counts: dict[date, int], shade: QColor
) -> None:
    painter = paper.painter
    data = part.data
    locale = data.locale
    title_font = paper.font(YEAR_SIZE + 2, bold=True)
    font = paper.font(YEAR_SIZE)
    line = paper.metrics(font).height()
    painter.setFont(title_font)
    painter.setPen(INK)
    title_height = paper.metrics(title_font).height() * 1.2
    painter.drawText(
        QRectF(box.left(), box.top(), box.width(), title_height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        month_title(locale, month),
    )
    days = grid_days(month, data.first_weekday)
    holidays = sorted(d for d in data.holidays if month_start(d) == month)
    names_height = min(len(holidays), 3) * line
    cell_w = box.width() / DAYS
    cell_h = max(1.0, (box.height() - title_height - names_height - line * 1.2) / 7)
    top = box.top() + title_height
    painter.setFont(font)
    for column in range(DAYS):
        weekday = days[column].isoweekday()
        painter.setPen(_weekday_color(weekday))
        painter.drawText(
            QRectF(box.left() + column * cell_w, top, cell_w, cell_h),
            Qt.AlignmentFlag.AlignCenter,
            locale.dayName(weekday, locale.FormatType.NarrowFormat),
        )
    for index, day in enumerate(days):
        if day.month != month.month:
            continue
        cell = QRectF(
            box.left() + (index % DAYS) * cell_w, top + (1 + index // DAYS) * cell_h, cell_w, cell_h
        )
        strength = _busy(counts.get(day, 0)) if data.first <= day <= data.last else 0.0
        if strength:
            painter.fillRect(
                cell.adjusted(paper.px(0.4), paper.px(0.4), -paper.px(0.4), -paper.px(0.4)),
                _on_paper(shade, strength),
            )
        holiday = day in data.holidays
        painter.setPen(
            INK if strength >= 0.6 and not holiday else _weekday_color(day.isoweekday(), holiday)
        )
        if strength >= 0.6:
            painter.setPen(QColor("#ffffff") if shade.lightnessF() < 0.6 else INK)
        painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(day.day))
    y = top + 7 * cell_h + line * 0.2
    painter.setPen(_weekday_color(7, True))
    shown = holidays[:3]
    for day in shown:
        text = f"{day.day} {one_line(data.holidays[day], 80)}"
        if day == shown[-1] and len(holidays) > 3:
            text += " " + tr("Printing", "and %n more", n=len(holidays) - 3)
        text = paper.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(QRectF(box.left(), y, box.width(), line), Qt.AlignmentFlag.AlignLeft, text)
        y += line
    painter.setPen(INK)


def _busy_key(paper: _Paper, rect: QRectF, shade: QColor) -> None:
    painter = paper.painter
    font = paper.font(YEAR_SIZE)
    painter.setFont(font)
    metrics = paper.metrics(font)
    x = rect.left()
    chip = metrics.height() * 0.8
    y = rect.top() + (rect.height() - chip) / 2
    labels = [
        tr("Printing", "Busy days:"),
        tr("Printing", "1–2 events"),
        tr("Printing", "3–5 events"),
        tr("Printing", "6 or more events"),
    ]
    painter.setPen(DIM_INK)
    painter.drawText(
        QRectF(x, rect.top(), rect.width(), rect.height()), Qt.AlignmentFlag.AlignVCenter, labels[0]
    )
    x += metrics.horizontalAdvance(labels[0]) + paper.px(6)
    for (_least, strength), label in zip(reversed(BUSY_LEVELS), labels[1:], strict=True):
        painter.fillRect(QRectF(x, y, chip, chip), _on_paper(shade, strength))
        x += chip + paper.px(2)
        painter.drawText(
            QRectF(x, rect.top(), rect.width(), rect.height()), Qt.AlignmentFlag.AlignVCenter, label
        )
        x += metrics.horizontalAdvance(label) + paper.px(8)
    painter.setPen(INK)


def month_pages(paper: _Paper, body: QRectF, part: Part) -> list[PagePainter]:
    data = part.data

    def page(month: date) -> PagePainter:
        def paint(rect: QRectF) -> None:
            model = MonthModel(data.locale)
            model.set_month(month)
            model.set_holidays(data.holidays)
            days = model.days
            model.set_entries(e for d in days for e in part.entries(d))
            paint_month(paper.painter, rect, model, month_title(data.locale, month), part.legend)

        return paint

    first = month_start(data.first)
    return [page(m) for m in months_between(first, data.last)] or [page(first)]
