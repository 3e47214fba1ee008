"""Stable department colours and the Korean calendar's weekend colours."""

from __future__ import annotations

import hashlib

from PySide6.QtGui import QColor, QPalette

from desktop.views.contrast import readable

# Korean calendars print Sundays and holidays in red, Saturdays in blue.
SUNDAY_RED = QColor("#c5221f")
SATURDAY_BLUE = QColor("#1967d2")
DARK_SUNDAY_RED = QColor("#ff8a80")
DARK_SATURDAY_BLUE = QColor("#8ab4f8")

# A palette of distinguishable hues, readable as a chip on light and dark backgrounds.
_HUES = [4, 28, 45, 88, 140, 170, 195, 215, 245, 275, 300, 330]


def department_color(department_id: str) -> QColor:
    """The same colour for a department on every PC and every start (derived from its id)."""
    digest = hashlib.sha256(department_id.encode()).digest()
    hue = _HUES[digest[0] % len(_HUES)]
    saturation = 150 + digest[1] % 60
    value = 185 + digest[2] % 40
    return QColor.fromHsv(hue, saturation, value)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def sunday_color(palette: QPalette) -> QColor:
    return DARK_SUNDAY_RED if is_dark(palette) else SUNDAY_RED


def saturday_color(palette: QPalette) -> QColor:
    return DARK_SATURDAY_BLUE if is_dark(palette) else SATURDAY_BLUE


def secondary_text(palette: QPalette) -> QColor:
    """A quieter text colour for hints that still reads (4.5:1) on the window."""
    role = QPalette.ColorRole
    return readable(palette.color(role.PlaceholderText), palette.color(role.Window))
