"""Text colours that stay readable: WCAG 2 contrast, and colours nudged until they reach it.

Every colour the app paints text with is chosen against the background it lands on, so a
dimmed day number, a holiday name next month or "+3 more" keeps a contrast ratio of at
least 4.5:1 (WCAG AA for normal text) in the light and the dark palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

AA = 4.5
# A little above AA: translucent fills (a selected day) shift the background slightly.
_TARGET = 4.7


def _channel(value: int) -> float:
    v = value / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    return (
        0.2126 * _channel(color.red())
        + 0.7152 * _channel(color.green())
        + 0.0722 * _channel(color.blue())
    )


def over(color: QColor, background: QColor) -> QColor:
    """``color`` (perhaps translucent) painted on an opaque ``background``."""
    a = color.alphaF()
    return QColor(
        round(color.red() * a + background.red() * (1 - a)),
        round(color.green() * a + background.green() * (1 - a)),
        round(color.blue() * a + background.blue() * (1 - a)),
    )


def contrast(foreground: QColor, background: QColor) -> float:
    """The contrast ratio of ``foreground`` painted on ``background`` (1 to 21)."""
    high, low = sorted((luminance(over(foreground, background)), luminance(background)))[::-1]
    return (high + 0.05) / (low + 0.05)


def readable(color: QColor, *backgrounds: QColor, alpha: float = 1.0) -> QColor:
    """``color`` at ``alpha`` over the first background, as an opaque colour that reaches
    4.5:1 on every one of ``backgrounds``: less faded first, then darker (or lighter, on a
    dark background) just as far as needed."""
    first = backgrounds[0]

    def reads(candidate: QColor) -> bool:
        return min(contrast(candidate, b) for b in backgrounds) >= _TARGET

    shown = QColor(color)
    level = alpha
    while True:
        shown.setAlphaF(min(1.0, level) * color.alphaF())
        result = over(shown, first)
        if reads(result) or level >= 1:
            break
        level += 0.05
    toward = QColor("#000000") if luminance(first) > 0.18 else QColor("#ffffff")
    base = result
    step = 0.0
    while step < 1 and not reads(result):
        step += 0.02
        pull = QColor(toward)
        pull.setAlphaF(step)
        result = over(pull, base)
    return result


def text_on(fill: QColor, preferred: QColor) -> QColor:
    """``preferred`` if it reads on ``fill``, otherwise black or white, whichever reads best."""
    if contrast(preferred, fill) >= _TARGET:
        return QColor(preferred)
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, fill) >= contrast(white, fill) else white
