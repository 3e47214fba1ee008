"""The agenda's time column holds a time range whole, in every time format."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop.domain.timetext import display_time
from desktop.views.agenda_delegate import _Fonts


@pytest.mark.parametrize(
    ("hour24", "language"), [(False, "ko_KR"), (False, "en_US"), (True, "ko_KR")]
)
@pytest.mark.parametrize("text", ["오전 11시 ~ 오후 12시 30분", "10:00-11:30", "12:30-1:30pm"])
def test_a_time_range_fits_the_time_column(
    qapp: QApplication, text: str, hour24: bool, language: str
) -> None:
    font = QFont(qapp.font())
    shown = display_time(text, hour24, language)
    assert "–" in shown
    assert QFontMetrics(font).horizontalAdvance(shown) <= _Fonts(font).time_width
