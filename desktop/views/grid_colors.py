"""The colours the month grid paints with, made from the palette, every text readable.

Kept apart from the delegate: each text colour is chosen against the background it lands on
(a day, a selected day, a chip) so that it keeps a contrast of at least 4.5:1 in any palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QPen

from desktop.views.colors import saturday_color, sunday_color
from desktop.views.contrast import over, readable, text_on

_WHITE = QColor("#ffffff")
# How far a day of the neighbouring months fades (as long as its text still reads).
_DIM = 0.55


class GridColors:
    """The palette's colours the delegate paints with, made once per palette.

    Every text colour is chosen against the background it is painted on (a day, a selected
    day, a chip) so that it keeps a contrast of at least 4.5:1; dimmed ones as dim as that
    allows.
    """

    def __init__(self, palette: QPalette) -> None:
        role = QPalette.ColorRole
        self.base = palette.color(role.Base)
        self.alternate = palette.color(role.AlternateBase)
        highlight = palette.color(role.Highlight)
        self.selected_fill = QColor(highlight)
        self.selected_fill.setAlpha(40)
        self.highlighted_text = palette.color(role.HighlightedText)
        # Today's badge: the highlight, deepened until its number reads on it.
        self.highlight = readable(highlight, self.highlighted_text)
        self.grid = QPen(palette.color(role.Mid), 1)
        self.focus = QPen(highlight, 2)
        # Where a day's text lands: the day, or the day with the selection over it.
        self.backgrounds = {
            in_month: (fill, over(self.selected_fill, fill))
            for in_month, fill in ((True, self.base), (False, self.alternate))
        }
        self.text = readable(palette.color(role.Text), *self.backgrounds[True])
        self.text_dim = readable(self.text, *self.backgrounds[False], alpha=_DIM)
        self.placeholder = readable(
            palette.color(role.PlaceholderText), *self.backgrounds[True], *self.backgrounds[False]
        )
        self.sunday = readable(sunday_color(palette), *self.backgrounds[True])
        self.saturday = readable(saturday_color(palette), *self.backgrounds[True])
        self.numbers: dict[tuple[int, bool], QColor] = {}
        for weekday_kind, color in ((0, self.text), (6, self.saturday), (7, self.sunday)):
            for in_month in (True, False):
                self.numbers[(weekday_kind, in_month)] = readable(
                    color, *self.backgrounds[in_month], alpha=1.0 if in_month else _DIM
                )
        self.holiday_dim = readable(self.sunday, *self.backgrounds[False], alpha=_DIM)
        # An event's chip: its department colour, faint, or solid when selected.
        self._chips: dict[tuple[int, bool], QColor] = {}
        self._chip_texts: dict[tuple[int, bool, bool], QColor] = {}

    def chip(self, color: QColor, selected: bool) -> QColor:
        key = (color.rgba(), selected)
        chip = self._chips.get(key)
        if chip is None:
            chip = QColor(color)
            chip.setAlpha(255 if selected else 45)
            self._chips[key] = chip
        return chip

    def chip_text(self, color: QColor, selected: bool, in_month: bool) -> QColor:
        """The text colour on a chip of ``color``: readable on its fill."""
        key = (color.rgba(), selected, in_month)
        text = self._chip_texts.get(key)
        if text is None:
            if selected:
                text = text_on(self.chip(color, True), _WHITE)
            else:
                fill = over(self.chip(color, False), self.backgrounds[in_month][0])
                text = readable(self.text if in_month else self.text_dim, fill)
            self._chip_texts[key] = text
        return text
