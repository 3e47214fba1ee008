"""The printed month: one landscape page, every event, paper colours on any palette."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.holidays import holiday_names
from desktop.domain.models import Event
from desktop.views.colors import SUNDAY_RED, department_color
from desktop.views.formats import TimeStyle
from desktop.views.month_model import DayEntry, MonthModel
from desktop.views.printing import _distribute, paint_month, print_month, save_pdf

DEPARTMENTS = [("d-dev", "개발팀"), ("d-hr", "인사팀"), ("d-sales", "영업팀")]
CROWDED_DAY = date(2026, 9, 9)
CROWDED_TITLES = [
    "팀 회의",
    "주간 보고",
    "고객사 미팅",
    "코드 리뷰",
    "신입사원 교육",
    "분기 실적 발표",
    "워크숍 준비",
    "외부 세미나",
    "면접",
    "생일 파티",
    "보안 점검",
    "예산 검토",
]
TIMES = ["오전 9:00", "오전 10:30", "14:00", "오후 2:00", "2:00 PM", "", "점심 후"]
LONG_TITLE = "2026년 하반기 전사 소프트웨어 아키텍처 개편 및 클라우드 마이그레이션 검토 회의"

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def entry(event_id: str, day: date, title: str, time: str = "", department: int = 0) -> DayEntry:
    department_id, name = DEPARTMENTS[department]
    event = Event(event_id, department_id, day, title, time=time)
    return DayEntry(event, name, department_color(department_id))


def legend() -> list[tuple[str, QColor]]:
    return [(name, department_color(department_id)) for department_id, name in DEPARTMENTS]


def september(extra: list[DayEntry] | None = None) -> MonthModel:
    """September 2026 in Korean: Chuseok, a day with 12 events, a few ordinary days."""
    model = MonthModel(QLocale("ko_KR"))
    model.set_month(date(2026, 9, 1), today=date(2026, 9, 9))
    model.set_holidays(holiday_names("KR", [2026], "ko"))
    entries = [
        entry(f"c{i}", CROWDED_DAY, title, TIMES[i % len(TIMES)])
        for i, title in enumerate(CROWDED_TITLES)
    ]
    entries += [
        entry("a1", date(2026, 9, 1), "월간 계획 회의", "오전 10:30", 1),
        entry("a2", date(2026, 9, 15), LONG_TITLE, "오후 2:00", 2),
        entry("a3", date(2026, 9, 25), "당직 근무", "", 1),
        entry("a4", date(2026, 8, 31), "지난달 행사", "14:00", 0),
    ]
    model.set_entries(entries + (extra or []))
    return model


def pdf_text(path: Path) -> str:
    """The PDF's text with all whitespace removed (wrapping does not matter)."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    return re.sub(r"\s+", "", text)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def media_boxes(path: Path) -> list[tuple[float, float]]:
    data = path.read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    return [(float(w), float(h)) for w, h in boxes]


def test_save_pdf_writes_one_a4_landscape_page(qapp: QGuiApplication, tmp_path: Path) -> None:
    path = tmp_path / "month.pdf"
    save_pdf(str(path), september(), "2026년 9월", legend())
    assert path.read_bytes().startswith(b"%PDF")
    boxes = media_boxes(path)
    assert len(boxes) == 1
    width, height = boxes[0]
    assert width > height
    assert width == pytest.approx(842, abs=2)
    assert height == pytest.approx(595, abs=2)


@needs_pdftotext
def test_pdf_has_every_event_of_the_crowded_day(qapp: QGuiApplication, tmp_path: Path) -> None:
    path = tmp_path / "month.pdf"
    save_pdf(str(path), september(), "2026년 9월", legend())
    text = pdf_text(path)
    assert "2026년9월" in text
    for _, name in DEPARTMENTS:
        assert name in text
    for title in CROWDED_TITLES:
        assert squeeze(title) in text
    # No "+N more" on paper.
    assert "more" not in text
    # Times, holidays, long titles (wrapped, not elided), days outside the month.
    assert "오전10:30월간계획회의" in text
    assert "추석" in text
    assert squeeze(LONG_TITLE) in text
    assert "지난달행사" in text


@needs_pdftotext
def test_paper_writes_times_the_users_way_and_all_day_first(
    qapp: QGuiApplication, tmp_path: Path
) -> None:
    TimeStyle.set(True, "ko_KR")
    day = date(2026, 9, 22)
    extra = [
        entry("t1", day, "점검", "오후 3시 반"),
        entry("t2", day, "보고", "9:15 am"),
        entry("t3", day, "산책", "점심 후"),
        entry("t4", day, "워크숍", "종일"),
    ]
    path = tmp_path / "month.pdf"
    save_pdf(str(path), september(extra), "2026년 9월", legend())
    text = pdf_text(path)
    assert "09:15보고" in text
    assert "15:30점검" in text
    assert "점심후산책" in text  # not a time: as typed
    assert "오후3시반" not in text
    assert text.index("워크숍") < text.index("09:15보고") < text.index("15:30점검")
    assert text.index("15:30점검") < text.index("점심후산책")


@needs_pdftotext
def test_a_very_crowded_month_still_prints_every_event(
    qapp: QGuiApplication, tmp_path: Path
) -> None:
    extra = [entry(f"x{i}", date(2026, 9, 17), f"추가 일정 {i:02d}", "14:00") for i in range(30)]
    day = date(2026, 8, 30)
    while day <= date(2026, 10, 3):
        extra += [entry(f"{day}-{i}", day, f"{day.day}일 업무 {i}", "", i % 3) for i in range(4)]
        day += timedelta(days=1)
    path = tmp_path / "crowded.pdf"
    save_pdf(str(path), september(extra), "2026년 9월", legend())
    text = pdf_text(path)
    for item in extra:
        assert squeeze(item.event.title) in text, item.event.title
    for title in CROWDED_TITLES:
        assert squeeze(title) in text


def test_print_month_to_a_pdf_printer_is_landscape(qapp: QGuiApplication, tmp_path: Path) -> None:
    path = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    print_month(printer, september(), "2026년 9월", legend())
    (width, height), *_ = media_boxes(path)
    assert width > height


def render(model: MonthModel, legend_items: list[tuple[str, QColor]]) -> QImage:
    image = QImage(1123, 794, QImage.Format.Format_RGB32)
    image.fill(QColor("#123456"))
    painter = QPainter(image)
    try:
        paint_month(painter, QRectF(20, 20, 1083, 754), model, "2026년 9월", legend_items)
    finally:
        painter.end()
    return image


def colors_in(image: QImage) -> set[int]:
    return {
        image.pixel(x, y) & 0xFFFFFF
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }


def white_share(image: QImage) -> float:
    """The share of the page (inside the 20 px border) that is white paper."""
    points = [
        image.pixel(x, y) & 0xFFFFFF
        for x in range(25, image.width() - 25, 4)
        for y in range(25, image.height() - 25, 4)
    ]
    return points.count(0xFFFFFF) / len(points)


def test_paper_is_white_with_dark_text_on_a_dark_palette(qapp: QGuiApplication) -> None:
    previous = QGuiApplication.palette()
    dark = QPalette(previous)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        dark.setColor(role, QColor("#202020"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        dark.setColor(role, QColor("#f0f0f0"))
    light = render(september(), legend())
    QGuiApplication.setPalette(dark)
    try:
        image = render(september(), legend())
    finally:
        QGuiApplication.setPalette(previous)
    assert image == light  # the screen palette changes nothing on paper
    # Outside the page rect nothing was painted; inside, the paper is white.
    assert image.pixelColor(5, 5) == QColor("#123456")
    assert white_share(image) > 0.5
    found = colors_in(image)
    assert 0x000000 in found or any(
        max((c >> 16) & 255, (c >> 8) & 255, c & 255) < 40 for c in found
    )  # black text
    assert SUNDAY_RED.rgb() & 0xFFFFFF in found  # Sundays and Chuseok in red


def test_empty_month_and_no_legend(qapp: QGuiApplication) -> None:
    model = MonthModel(QLocale("en_US"))
    model.set_month(date(2026, 2, 1))
    image = render(model, [])
    assert image.pixelColor(5, 5) == QColor("#123456")
    assert white_share(image) > 0.7


def test_painting_a_tiny_page_does_not_fail(qapp: QGuiApplication) -> None:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        paint_month(painter, QRectF(0, 0, 120, 80), september(), "2026년 9월", legend())
    finally:
        painter.end()


@pytest.mark.parametrize(
    ("needs", "total", "expected"),
    [
        ([10, 10, 10, 10], 100, [25, 25, 25, 25]),
        ([10, 60, 10, 10], 100, [40 / 3, 60, 40 / 3, 40 / 3]),
        ([50, 60, 10], 100, [50 * 100 / 120, 60 * 100 / 120, 10 * 100 / 120]),
        ([30, 40, 5, 5], 100, [30, 40, 15, 15]),
        ([], 100, []),
    ],
)
def test_rows_share_the_page_by_what_they_need(
    needs: list[float], total: float, expected: list[float]
) -> None:
    heights = _distribute(needs, total)
    assert heights == pytest.approx(expected)
    if needs:
        assert sum(heights) == pytest.approx(total)
