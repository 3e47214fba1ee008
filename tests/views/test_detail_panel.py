"""The detail pane shows user text as plain text and links only http(s)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.models import Event
from desktop.views.colors import department_color
from desktop.views.detail_panel import DetailPanel, link_html
from desktop.views.month_model import DayEntry
from tests.views.conftest import KOREAN, Seeded, WindowFactory


def show(qtbot: QtBot, **fields: str) -> DetailPanel:
    panel = DetailPanel()
    qtbot.addWidget(panel)
    event = Event("e1", "d1", date(2026, 11, 3), fields.pop("title", "회의"), **fields)
    panel.show_entry(DayEntry(event, "개발팀", department_color("d1")), KOREAN)
    return panel


def test_http_links_are_links(qtbot: QtBot) -> None:
    panel = show(qtbot, url="https://example.com/meeting?a=1&b=2")
    assert panel.url.textFormat() == Qt.TextFormat.RichText
    assert 'href="https://example.com/meeting?a=1&amp;b=2"' in panel.url.text()
    assert panel.url.openExternalLinks()


def test_other_schemes_stay_plain_text(qtbot: QtBot) -> None:
    for url in ("javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/x"):
        panel = show(qtbot, url=url)
        assert panel.url.textFormat() == Qt.TextFormat.PlainText
        assert panel.url.text() == url
        assert link_html(url) == url


def test_titles_and_descriptions_never_render_html(qtbot: QtBot) -> None:
    panel = show(qtbot, title="<img src=x onerror=alert(1)>", description="<b>굵게</b>")
    assert panel.title.textFormat() == Qt.TextFormat.PlainText
    assert panel.title.text() == "<img src=x onerror=alert(1)>"
    assert panel.description.toPlainText() == "<b>굵게</b>"
    assert panel.when.text().startswith("2026년 11월 3일")


def test_the_window_builds_its_detail_pane_after_the_first_paint_in_its_place(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window(wait=False)
    assert window._detail is None  # not before the month is painted
    grid_width = window.month_view.width()
    qtbot.waitUntil(lambda: window._detail is not None)
    assert window.splitter.widget(2) is window.detail
    assert window.month_view.width() == grid_width  # the grid was not laid out again
