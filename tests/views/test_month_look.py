"""The month as staff read it: titles first, all-day bars, room for the grid, a window that
fits the screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import main
from desktop.data.store import DynamoStore
from desktop.demo import fill_demo_data
from desktop.domain.models import Event
from desktop.settings import AppSettings
from desktop.views.day_delegate import _Font, compact_time, contrasting, lay_out_chip
from desktop.views.formats import TimeStyle
from desktop.views.main_window import CURRENT_DEPARTMENT, OVERLAYS
from desktop.views.month_model import DayEntry, MonthModel
from desktop.views.month_view import MonthView, entry_tooltip
from desktop.views.window.panes import first_geometry, fitted
from tests.views.chip_titles import chips_on_screen, short_titles
from tests.views.conftest import ENGLISH, KOREAN, TODAY, WindowFactory

DAY = date(2026, 11, 12)
BLUE = QColor("#2f6fd0")


@pytest.fixture
def time_style() -> Iterator[None]:
    saved = (TimeStyle.hour24, TimeStyle.language)
    yield
    TimeStyle.set(*saved)


def entry(title: str, time: str = "", *, tag: str = "", state: str = "") -> DayEntry:
    return DayEntry(Event("e1", "d1", DAY, title, time=time), "개발팀", BLUE, state, tag)


@pytest.fixture
def fonts(qapp: QApplication) -> _Font:
    return _Font(QApplication.font())


# --- a chip: title first ---------------------------------------------------------------------


def test_a_wide_chip_shows_the_title_then_the_time(fonts: _Font, time_style: None) -> None:
    TimeStyle.set(False, "ko")
    chip = lay_out_chip(entry("주간 업무 보고", "14:00"), 400, fonts)
    assert chip.title_shown == "주간 업무 보고"
    assert chip.time_shown == "오후 2:00"  # written the user's way, after the title
    assert chip.title_x < chip.time_x


def test_a_narrow_chip_shortens_the_time_then_leaves_it_out(fonts: _Font, time_style: None) -> None:
    TimeStyle.set(False, "ko")
    title = "신입사원 교육 프로그램 기획 회의"
    widths = {}
    for width in range(60, 400, 4):
        chip = lay_out_chip(entry(title, "오후 2:00"), width, fonts)
        widths.setdefault(chip.time_shown, width)
        # The title always comes first and keeps at least 8 characters beside a time.
        if chip.time_shown:
            assert chip.title_characters >= 8
    assert set(widths) == {"", "오후 2시", "오후 2:00"}
    assert widths[""] < widths["오후 2시"] < widths["오후 2:00"]


def test_a_tag_and_the_pending_mark_stay_before_the_title(fonts: _Font) -> None:
    pending = entry("고객사 미팅 준비 자료 검토", "오후 2:00", tag="영업팀", state="pending")
    chip = lay_out_chip(pending, 118, fonts)  # a chip at 1024×600
    assert chip.tag is not None and chip.tag.text() == "영업"  # two characters
    assert chip.mark is not None and chip.mark.text() == "↻"
    assert chip.tag_width < chip.mark_x < chip.title_x
    assert chip.title_characters >= 6
    assert lay_out_chip(entry("Sprint review", tag="DEV"), 110, fonts).tag.text() == "DEV"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("hour24", "language", "text", "short"),
    [
        (True, "ko", "오후 2:00", "14시"),
        (True, "ko", "2:30 PM", "14:30"),
        (False, "ko", "14:00", "오후 2시"),
        (False, "en", "오후 2:00", "2p"),
        (False, "en", "9:15", "9:15a"),
        (True, "en", "2 PM", "14:00"),
        (False, "ko", "오전 중", ""),  # not a time: shown whole or not at all
    ],
)
def test_compact_times(hour24: bool, language: str, text: str, short: str) -> None:
    assert compact_time(text, hour24, language) == short


def test_the_tooltip_keeps_the_whole_time(time_style: None) -> None:
    TimeStyle.set(True, "ko")
    text = entry_tooltip(entry("주간 업무 보고", "오후 2:30"))
    assert "14:30" in text and "주간 업무 보고" in text


# --- all-day events: bars --------------------------------------------------------------------


def test_an_all_day_event_is_a_solid_bar_without_a_time(qtbot: QtBot, fonts: _Font) -> None:
    model = MonthModel(KOREAN)
    model.set_month(DAY, today=date(2026, 11, 26))
    timed = DayEntry(Event("t", "d1", DAY, "팀 회의", time="오후 2:00"), "개발팀", BLUE)
    all_day = DayEntry(Event("a", "d1", DAY, "워크숍", time="종일"), "개발팀", BLUE)
    model.set_entries([all_day, timed])
    view = MonthView(model)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    chips = {c.entry.event.id: c for c in chips_on_screen(view, tag_all=False)}
    assert chips["a"].text.all_day and chips["a"].text.time is None
    assert not chips["t"].text.all_day and chips["t"].text.time_shown == "오후 2:00"
    image = view.viewport().grab().toImage()

    def fill(line: QRect) -> QColor:  # the chip's right end: background, no text
        return image.pixelColor(QPoint(line.right() - 3, line.center().y()))

    assert fill(chips["a"].line) == BLUE  # solid, in the department's colour
    assert fill(chips["t"].line) != BLUE  # faint
    assert contrasting(BLUE) == QColor("#ffffff")
    assert contrasting(QColor("#f5d547")) != QColor("#ffffff")  # dark text on yellow


# --- the window: five departments at 1024×600 -----------------------------------------------


@pytest.mark.parametrize("locale", [KOREAN, ENGLISH], ids=["ko", "en"])
def test_at_1024x600_with_five_departments_every_chip_shows_six_title_characters(
    store: DynamoStore,
    app_settings: AppSettings,
    make_window: WindowFactory,
    qtbot: QtBot,
    time_style: None,
    locale: QLocale,
) -> None:
    summary = fill_demo_data(store, TODAY)
    ids = sorted(summary.department_ids.values())
    app_settings.set(CURRENT_DEPARTMENT, ids[0])
    app_settings.set(OVERLAYS, ids)
    TimeStyle.set(False, "ko" if locale == KOREAN else "en")
    window = make_window(locale=locale)
    window.resize(1024, 600)
    view = window.month_view
    qtbot.waitUntil(lambda: view.width() > 0.75 * window.width())  # no detail pane: no event
    chips = chips_on_screen(view)  # every one with a department tag, as in an overlay
    assert len({c.entry.event.department_id for c in chips}) == 5
    assert len(chips) > 40
    assert any(c.text.time is not None for c in chips)  # times still shown where they fit
    assert short_titles(view) == (0, len(chips))


# --- room for the grid ---------------------------------------------------------------------


def test_the_detail_pane_takes_room_only_while_an_event_is_selected(
    seeded: object, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.resize(1280, 800)
    window.finish_building()  # the detail pane built
    view = window.month_view
    detail = window.detail
    qtbot.waitUntil(lambda: detail.isHidden() and view.width() > 0.8 * window.width())
    entry = window.model.all_entries()[0]
    view.select_entry(entry)
    qtbot.waitUntil(lambda: detail.isVisible() and detail.width() > 150)
    # The user's width for it comes back after it was away.
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sizes[1] - 60, sizes[2] + 60])
    wanted = window.splitter.sizes()[2]
    view.select_entry(None)
    qtbot.waitUntil(lambda: detail.isHidden() and window.splitter.sizes()[2] == 0)
    view.select_entry(entry)
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] == wanted)


def test_side_panes_shrink_in_a_small_window(
    seeded: object, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] <= 170)
    assert window.month_view.width() >= 800


# --- the window on the screen ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("screen", "first"),
    [
        (QRect(0, 0, 1366, 728), QRect(68, 36, 1229, 655)),  # 1366×768 less a taskbar
        (QRect(0, 0, 1920, 1040), QRect(320, 120, 1280, 800)),
        (QRect(0, 0, 1024, 560), QRect(51, 28, 921, 504)),
        (QRect(1920, 0, 1280, 984), QRect(1984, 92, 1152, 800)),  # a second monitor
    ],
)
def test_the_first_window_fits_the_available_screen(screen: QRect, first: QRect) -> None:
    geometry = first_geometry(screen, QSize(760, 480))
    assert geometry == first
    assert screen.contains(geometry)


def test_a_remembered_window_is_kept_on_the_current_screen() -> None:
    screen = QRect(0, 0, 1366, 728)
    # Last on a monitor to the right that is gone now, and taller than this screen.
    assert fitted(QRect(2200, 100, 1600, 1000), screen) == QRect(0, 0, 1366, 728)
    assert fitted(QRect(100, 50, 1000, 600), screen) == QRect(100, 50, 1000, 600)
    assert fitted(QRect(800, 400, 1000, 600), screen) == QRect(366, 128, 1000, 600)


def test_the_window_opens_within_the_screen_and_reopens_where_it_was(
    seeded: object, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    window.setGeometry(QRect(40, 30, 770, 500))
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    assert again.geometry().size() == QSize(770, 500)
    assert again.splitter.sizes()[0] == sizes[0]


def test_the_screenshot_size_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--size WxH" in out and "--screenshot" in out
