"""Every text colour the app paints reads on its background: WCAG AA, 4.5:1, light and dark.

The colours are asked of the objects that paint them (the grid delegate's colours made from
the palette, the banner, the day dialog's hints, the toolbar arrows), not copied here; the
contrast formula is written out here, apart from the app's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.models import Event
from desktop.gui import dark_palette, follow_color_scheme, light_palette
from desktop.views.banner import _STYLES, Banner
from desktop.views.colors import department_color, is_dark
from desktop.views.day_delegate import _Colors
from desktop.views.day_dialog import DayDialog
from desktop.views.icons import arrow_icon
from desktop.views.month_model import DayEntry

AA = 4.5
# Twelve departments in view: every chip colour the grid may paint.
DEPARTMENTS = [f"dept-{n}" for n in range(12)] + ["영업팀", "인사팀", "개발팀", "행정실"]


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def _luminance(color: QColor) -> float:
    r, g, b = (_linear(v) for v in (color.red(), color.green(), color.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _on(color: QColor, background: QColor) -> QColor:
    """What the eye sees: ``color`` composited over an opaque ``background``."""
    a = color.alphaF()
    return QColor(
        round(color.red() * a + background.red() * (1 - a)),
        round(color.green() * a + background.green() * (1 - a)),
        round(color.blue() * a + background.blue() * (1 - a)),
    )


def ratio(foreground: QColor, background: QColor) -> float:
    lighter, darker = sorted(
        (_luminance(_on(foreground, background)), _luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


PALETTES = {"light": light_palette, "dark": dark_palette}


@pytest.fixture(params=sorted(PALETTES))
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The light or the dark palette, the application's while the test runs."""
    before = qapp.palette()
    chosen: QPalette = PALETTES[request.param]()
    qapp.setPalette(chosen)
    yield chosen
    qapp.setPalette(before)


def test_the_grid_text_reads_on_every_day(palette: QPalette) -> None:
    colors = _Colors(palette)
    selected_fill = colors.selected_fill
    failures = []
    for in_month, day in ((True, colors.base), (False, colors.alternate)):
        # A day as it is, and with the selection painted over it.
        for background in (day, _on(selected_fill, day)):
            painted = {
                "day number": colors.numbers[(0, in_month)],
                "Saturday": colors.numbers[(6, in_month)],
                "Sunday / holiday": colors.numbers[(7, in_month)],
                "holiday name": colors.sunday if in_month else colors.holiday_dim,
                "+N more": colors.placeholder,
            }
            for what, color in painted.items():
                if ratio(color, background) < AA:
                    failures.append((what, in_month, round(ratio(color, background), 2)))
    today = ratio(colors.highlighted_text, colors.highlight)
    assert failures == [] and today >= AA, (failures, today)


def test_chip_text_reads_on_every_department_colour(palette: QPalette) -> None:
    colors = _Colors(palette)
    failures = []
    for department in DEPARTMENTS:
        color = department_color(department)
        for in_month, day in ((True, colors.base), (False, colors.alternate)):
            for selected in (False, True):
                fill = _on(colors.chip(color, selected), day)
                text = colors.chip_text(color, selected, in_month)
                if ratio(text, fill) < AA:
                    failures.append((color.name(), in_month, selected, round(ratio(text, fill), 2)))
    assert failures == []


def test_day_dialog_hints_read(qtbot: QtBot, palette: QPalette) -> None:
    day = date(2026, 3, 1)
    entry = DayEntry(Event("a", "dept-a", day, "회의"), "개발팀", department_color("dept-a"))
    dialog = DayDialog(day, [entry], QLocale(QLocale.Language.Korean), holiday="삼일절")
    qtbot.addWidget(dialog)
    window = dialog.palette().color(QPalette.ColorRole.Window)
    for label in (dialog.hint, dialog.empty_label, dialog.holiday_label, dialog.heading):
        shown = label.palette().color(label.foregroundRole())
        assert label.isEnabled()
        assert ratio(shown, window) >= AA, (label.text(), shown.name(), window.name())


def test_banner_text_reads(qtbot: QtBot, palette: QPalette) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    banner = Banner(window)
    for kind in _STYLES:
        banner.show_message(kind, "공유 캘린더에 연결할 수 없습니다.")
        shown = banner.palette()
        text = shown.color(QPalette.ColorRole.WindowText)
        background = shown.color(QPalette.ColorRole.Window)
        assert ratio(text, background) >= AA, (kind, text.name(), background.name())


def test_toolbar_arrows_read(palette: QPalette) -> None:
    for forward in (False, True):
        image = arrow_icon(forward).pixmap(24, 24).toImage()
        inked = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        ]
        assert inked, "the arrow is drawn"
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
            background = palette.color(role)
            assert min(ratio(color, background) for color in inked) >= AA, role


def test_the_app_follows_the_system_colour_scheme(qapp: QApplication, qtbot: QtBot) -> None:
    before, style = qapp.palette(), qapp.style().name()
    hints = QGuiApplication.styleHints()
    grid = QWidget()
    qtbot.addWidget(grid)
    connection = follow_color_scheme(qapp)
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: is_dark(grid.palette()))
        assert _Colors(grid.palette()).base == dark_palette().color(QPalette.ColorRole.Base)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        qtbot.waitUntil(lambda: not is_dark(grid.palette()))
    finally:
        QObject.disconnect(connection)
        qapp.setPalette(before)
        qapp.setStyle(style)
