"""Any view on paper: the data a printout is made of, its pages, headers and footers.

A printout is painted from :class:`PrintData` (events, departments, holidays: never widgets),
so the preview, the printer and a PDF get the same pages. Each kind has its painter module
(:mod:`desktop.views.print_week` for the week and the team week, :mod:`desktop.views.print_agenda`
for the agenda and the year; the month is :func:`desktop.views.printing.paint_month`); each
lays out its pages first, so every page can say "page N / M". With one department per page,
the pages of each department follow one another, each with its name in the header.

Every page has a header (the printout's title at the left, its range at the right) and a
footer (when it was printed, the page number). Table text is drawn as plain text only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPen, QTextOption
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.display import elided
from desktop.domain.models import Event
from desktop.domain.rules import event_order
from desktop.i18n import tr
from desktop.views.calendar_view import ViewKind, view_name
from desktop.views.formats import short_time
from desktop.views.month_model import DayEntry
from desktop.views.printing import (
    DIM_INK,
    GRID,
    INK,
    PAPER,
    PDF_MARGIN_MM,
    LegendItem,
    _Paper,
    markers,
)

HEADER_SIZE = 7.5
NOTE_SIZE = 10.0
# The reference page (A4 landscape less 10 mm margins, in points): one unit ≈ one point.
_LONG, _SHORT = 785.0, 538.0

PagePainter = Callable[[QRectF], None]


@dataclass(frozen=True)
class PaperDepartment:
    """A department as the paper shows it: name, colour, and its tag when several share a page."""

    id: str
    name: str
    color: QColor
    tag: str = ""


@dataclass
class PrintData:
    """What to print: the events of ``departments`` from ``first`` to ``last``."""

    kind: ViewKind
    first: date
    last: date
    departments: list[PaperDepartment]
    events: list[Event]
    locale: QLocale
    printed_at: datetime
    holidays: Mapping[date, str] = field(default_factory=dict)
    first_weekday: int = 1
    descriptions: bool = True
    per_department: bool = False
    # Months (with their departments) that could not be fetched and are left out.
    left_out: list[tuple[str, date]] = field(default_factory=list)


@dataclass
class Part:
    """The pages of one department (one per page) or of all of them (overlaid)."""

    data: PrintData
    departments: list[PaperDepartment]
    days: dict[date, list[DayEntry]]
    heading: str  # the header's title

    @property
    def legend(self) -> list[LegendItem]:
        return [(elided(d.name), d.color, d.tag) for d in self.departments]

    @property
    def empty(self) -> bool:
        return not self.days

    def entries(self, day: date) -> list[DayEntry]:
        return self.days.get(day, [])


def day_text(locale: QLocale, day: date, *, weekday: bool = False) -> str:
    """A date as the locale writes it short (``2026. 9. 7.``, ``9/7/2026``), optionally with
    the weekday's short name."""
    qdate = QDate(day.year, day.month, day.day)
    text = locale.toString(qdate, QLocale.FormatType.ShortFormat)
    if "yyyy" not in locale.dateFormat(QLocale.FormatType.ShortFormat):
        from desktop.views.widgets import edit_date_format

        text = locale.toString(qdate, edit_date_format(locale))
    if weekday:
        text += f" ({locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)})"
    return text


def range_text(locale: QLocale, first: date, last: date) -> str:
    if first == last:
        return day_text(locale, first)
    return f"{day_text(locale, first)} – {day_text(locale, last)}"


def nothing_text(locale: QLocale, first: date, last: date) -> str:
    return tr("Printing", "No events from {first} to {last}.").format(
        first=day_text(locale, first), last=day_text(locale, last)
    )


def _kind_name(kind: ViewKind) -> str:
    return view_name(kind)


def parts(data: PrintData) -> list[Part]:
    """One part per department (``per_department``), or one with all of them overlaid."""
    names = ", ".join(elided(d.name, 60) for d in data.departments)
    kind = _kind_name(data.kind)
    if not data.per_department or len(data.departments) < 2:
        overlaid = data.departments if len(data.departments) > 1 else []
        single = overlaid or [replace(d, tag="") for d in data.departments]
        return [Part(data, single, _days(data.events, single), f"{kind} · {names}")]
    found = []
    for department in data.departments:
        alone = [replace(department, tag="")]
        events = [e for e in data.events if e.department_id == department.id]
        heading = f"{kind} · {elided(department.name, 60)}"
        found.append(Part(data, alone, _days(events, alone), heading))
    return found


def _days(
    events: Sequence[Event], departments: Sequence[PaperDepartment]
) -> dict[date, list[DayEntry]]:
    by_id = {d.id: d for d in departments}
    order = event_order()
    days: dict[date, list[DayEntry]] = {}
    for event in sorted((e for e in events if e.department_id in by_id), key=order):
        department = by_id[event.department_id]
        entry = DayEntry(event, department.name, department.color, tag=department.tag)
        days.setdefault(event.event_date, []).append(entry)
    return days


def setup_printer(printer: QPrinter, kind: ViewKind) -> None:
    """The page for ``kind``: portrait for the agenda, landscape for the grids; 10 mm margins."""
    portrait = kind == ViewKind.AGENDA
    printer.setPageOrientation(
        QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
    )
    printer.setPageMargins(
        QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def pdf_printer(path: str, kind: ViewKind) -> QPrinter:
    """An A4 PDF printer writing ``path``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setCreator("Department Calendar")
    setup_printer(printer, kind)
    return printer


def save_pdf(path: str, data: PrintData) -> int:
    """Write ``data`` as an A4 PDF at ``path``; returns the number of pages."""
    return render(pdf_printer(path, data.kind), data)


def render(printer: QPrinter, data: PrintData) -> int:
    """Paint ``data`` on ``printer`` (paper and orientation as it is set); returns the pages."""
    printer.setDocName(_document_title(data))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"cannot print to {printer.outputFileName() or printer.printerName()}")
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        page = QRectF(QPointF(0, 0), area.size())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        long_side, short_side = max(page.width(), page.height()), min(page.width(), page.height())
        unit = max(1e-3, min(long_side / _LONG, short_side / _SHORT))
        paper = _Paper(painter, printer, unit)
        header = _header_height(paper)
        body = page.adjusted(0, header, 0, -header)
        pages: list[tuple[Part, PagePainter]] = []
        for part in parts(data):
            paper.markers = markers(part.legend) if len(part.departments) > 1 else {}
            pages += [(part, page_painter) for page_painter in _pages(paper, body, part)]
        for number, (part, paint) in enumerate(pages, start=1):
            if number > 1:
                printer.newPage()
            painter.fillRect(page, PAPER)
            paper.markers = markers(part.legend) if len(part.departments) > 1 else {}
            _paint_frame(paper, page, part, number, len(pages))
            painter.save()
            paint(body)
            painter.restore()
        return len(pages)
    finally:
        painter.end()


def _document_title(data: PrintData) -> str:
    return f"{_kind_name(data.kind)} {range_text(data.locale, data.first, data.last)}"


def _pages(paper: _Paper, body: QRectF, part: Part) -> list[PagePainter]:
    from desktop.views import print_agenda, print_week

    kind = part.data.kind
    if kind == ViewKind.WEEK:
        return print_week.week_pages(paper, body, part)
    if kind == ViewKind.TEAM:
        return print_week.team_pages(paper, body, part)
    if kind == ViewKind.AGENDA:
        return print_agenda.agenda_pages(paper, body, part)
    if kind == ViewKind.YEAR:
        return print_agenda.year_pages(paper, body, part)
    return print_agenda.month_pages(paper, body, part)


def _header_height(paper: _Paper) -> float:
    return paper.metrics(paper.font(HEADER_SIZE)).height() + paper.px(6)


def _paint_frame(paper: _Paper, page: QRectF, part: Part, number: int, total: int) -> None:
    """The header (title, range) and the footer (printed at, page N / M)."""
    data = part.data
    painter = paper.painter
    font = paper.font(HEADER_SIZE)
    line = paper.metrics(font).height()
    painter.setFont(font)
    painter.setPen(DIM_INK)
    half = page.width() / 2 - paper.px(4)
    top = QRectF(page.left(), page.top(), page.width(), line)
    bottom = QRectF(page.left(), page.bottom() - line, page.width(), line)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    heading = paper.metrics(font).elidedText(part.heading, Qt.TextElideMode.ElideRight, half)
    painter.drawText(top, heading, _aligned(option, Qt.AlignmentFlag.AlignLeft))
    painter.drawText(
        top,
        range_text(data.locale, data.first, data.last),
        _aligned(option, Qt.AlignmentFlag.AlignRight),
    )
    printed_at = data.printed_at
    moment = f"{day_text(data.locale, printed_at.date())} {short_time(data.locale, printed_at)}"
    printed = tr("Printing", "Printed {moment}").format(moment=moment)
    if data.left_out:
        printed += " · " + tr(
            "Printing",
            "%n months could not be fetched and are not in it",
            n=len({m for _d, m in data.left_out}),
        )
    painter.drawText(bottom, printed, _aligned(option, Qt.AlignmentFlag.AlignLeft))
    if part.empty and data.kind in (ViewKind.MONTH, ViewKind.YEAR):
        # The grids say nothing of an empty range by themselves.
        painter.setPen(INK)
        note = nothing_text(data.locale, data.first, data.last)
        painter.drawText(top, note, _aligned(option, Qt.AlignmentFlag.AlignHCenter))
        painter.setPen(DIM_INK)
    page_text = tr("Printing", "Page {number} / {total}").format(number=number, total=total)
    painter.drawText(bottom, page_text, _aligned(option, Qt.AlignmentFlag.AlignRight))
    painter.setPen(QPen(GRID, paper.px(0.4)))
    y = top.bottom() + paper.px(2)
    painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y))
    y = bottom.top() - paper.px(2)
    painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y))
    painter.setPen(INK)


def _aligned(option: QTextOption, alignment: Qt.AlignmentFlag) -> QTextOption:
    aligned = QTextOption(option)
    aligned.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
    return aligned


def paint_note(paper: _Paper, rect: QRectF, text: str) -> float:
    """A line of the app's own words (``nothing from … to …``); returns its height."""
    font = paper.font(NOTE_SIZE)
    height = paper.metrics(font).height() * 1.4
    painter = paper.painter
    painter.setFont(font)
    painter.setPen(DIM_INK)
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        text,
    )
    painter.setPen(INK)
    return height


def one_line(text: str, limit: int = 300) -> str:
    """Table text on one line (newlines and runs of spaces as one space), cut to ``limit``."""
    return elided(" ".join(text.split()), limit)
