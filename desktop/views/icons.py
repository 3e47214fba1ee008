"""Toolbar arrows drawn in the palette's text colour, so they read in light and dark mode.

The style's standard arrows are fixed pictures (dark grey: 1.2:1 on the dark palette). These
are painted when shown, from the application's palette of that moment, so a change of the
system's colour scheme redraws them too.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from desktop.views.contrast import readable


def arrow_color(palette: QPalette, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The arrow's colour: the button text, readable on the window and the button."""
    group = (
        QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    )
    text = palette.color(group, QPalette.ColorRole.ButtonText)
    if mode == QIcon.Mode.Disabled:
        return text
    role = QPalette.ColorRole
    return readable(text, palette.color(role.Window), palette.color(role.Button))


class _ArrowEngine(QIconEngine):
    def __init__(self, forward: bool) -> None:
        super().__init__()
        self.forward = forward

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        box = QRectF(0, 0, side, side)
        box.moveCenter(QRectF(rect).center())
        w = side * 0.22
        cx, cy = box.center().x(), box.center().y()
        direction = 1 if self.forward else -1
        path = QPainterPath(QPointF(cx - direction * w, cy - 2 * w))
        path.lineTo(QPointF(cx + direction * w, cy))
        path.lineTo(QPointF(cx - direction * w, cy + 2 * w))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(arrow_color(QGuiApplication.palette(), mode), max(1.5, side / 10))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _ArrowEngine(self.forward)


def arrow_icon(forward: bool) -> QIcon:
    """A chevron pointing forward (next month) or back (previous month)."""
    return QIcon(_ArrowEngine(forward))
