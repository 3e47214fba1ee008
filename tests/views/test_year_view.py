"""The year view (Ctrl+5): twelve small months, holidays, how busy each day is, and the way
from a day to its month (or week); each month read once, cached months never read again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore
from desktop.domain.calendar import month_end, month_start
from desktop.domain.models import Event, new_id
from desktop.settings import AppSettings
from desktop.views.calendar_view import ViewKind
from desktop.views.main_window import MainWindow
from desktop.views.window.view_switch import VIEW
from desktop.views.year_layout import YearColors
from desktop.views.year_view import YearView
from tests.views.conftest import ENGLISH, KOREAN, TODAY, Seeded, WindowFactory
from tests.views.test_contrast import AA, PALETTES, ratio
from tests.views.test_offline import dead_endpoint

# The offscreen platform's notes on tooltips and popup menus.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

BUSY = {date(2026, 3, 10): 2, date(2026, 3, 11): 4, date(2026, 3, 12): 7}


def show_year(window: MainWindow, qtbot: QtBot) -> YearView:
    """Ctrl+5, and wait until the year's months are read."""
    with qtbot.waitSignal(window.months.spanRead, timeout=20_000):
        qtbot.keyClick(window.month_view, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    view = window.active_view
    assert isinstance(view, YearView)
    qtbot.waitUntil(lambda: window.months.span_complete, timeout=20_000)
    return view


def seed_busy_days(store: DynamoStore, seeded: Seeded) -> None:
    for day, count in BUSY.items():
        for number in range(count):
            store.create_event(Event(new_id(), seeded.development.id, day, f"일정 {number}"))


def month_reads(store: DynamoStore) -> list[date]:
    """Records the whole months the table is asked for (not the fresh week's days)."""
    reads: list[date] = []
    real = store.events_between

    def counted(department_id: str, start: date, end: date):  # type: ignore[no-untyped-def]
        if start == month_start(start) and end == month_end(start):
            reads.append(start)
        return real(department_id, start, end)

    store.events_between = counted  # type: ignore[method-assign]
    return reads


def tooltip_at(view: YearView, day: date) -> str:
    pos = view.day_rect(day).center()
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))
    assert QToolTip.isVisible()
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def test_ctrl_5_shows_twelve_months_titled_with_the_year_in_korean(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=KOREAN)
    view = show_year(window, qtbot)

    assert window.views.kind == ViewKind.YEAR
    assert window.month_title.text() == "2026년"
    boxes = view._layout().boxes
    assert [box.month for box in boxes] == [date(2026, m, 1) for m in range(1, 13)]
    # Twelve months side by side without overlap, all inside the view.
    rects = [view.day_rect(date(2026, m, 28)) for m in range(1, 13)]
    assert all(view.rect().contains(r) for r in rects)
    assert len({(r.x(), r.y()) for r in rects}) == 12
    assert view.current_date() == TODAY
    assert "2026년 11월 26일" in view.accessibleDescription()
    assert "2 events" in view.day_text(date(2026, 11, 3))


def test_busy_marks_follow_the_number_of_events_a_day(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    seed_busy_days(store, seeded)
    window = make_window(locale=ENGLISH)
    view = show_year(window, qtbot)

    levels = {day: view.level_on(day) for day in (date(2026, 3, 9), *BUSY)}
    assert list(levels.values()) == [0, 1, 2, 3]
    assert [view.count_on(day) for day in BUSY] == [2, 4, 7]
    # Painted: each day's cell is filled with its level's shade.
    image = view.grab().toImage()
    shades = YearColors(view.palette()).shades
    for day, level in levels.items():
        corner = view.day_rect(day).topLeft() + QPoint(3, 3)
        assert image.pixelColor(corner) == shades[level], day
    assert "4 events" in tooltip_at(view, date(2026, 3, 11))
    assert "1 event\n" not in tooltip_at(view, date(2026, 3, 11))


def test_holidays_are_named_in_korean_and_in_english(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    korean = make_window(locale=KOREAN)
    view = show_year(korean, qtbot)
    qtbot.waitUntil(lambda: "삼일절" in view.day_text(date(2026, 3, 1)), timeout=10_000)
    assert "삼일절" in tooltip_at(view, date(2026, 3, 1))
    korean.close()

    english = make_window(locale=ENGLISH)
    qtbot.waitUntil(lambda: isinstance(english.active_view, YearView))  # remembered
    assert english.month_title.text() == "2026"
    view = english.active_view
    assert isinstance(view, YearView)
    qtbot.waitUntil(lambda: "Independence Day" in view.day_text(date(2026, 7, 4)), timeout=10_000)
    assert "Independence Day" in tooltip_at(view, date(2026, 7, 4))
    assert "삼일절" not in view.day_text(date(2026, 3, 1))


def test_double_click_opens_the_month_on_the_day(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    view = show_year(window, qtbot)
    day = date(2026, 3, 12)

    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.day_rect(day).center())
    assert view.current_date() == day
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.day_rect(day).center())

    assert window.views.kind == ViewKind.MONTH
    assert window.month == date(2026, 3, 1)
    assert window.month_view.current_date() == day


def test_enter_opens_the_month_and_shift_asks_for_the_week(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    view = show_year(window, qtbot)
    asked: list[ViewKind] = []
    show = window.views.show

    def recorded(kind: ViewKind) -> None:
        asked.append(kind)
        show(kind)

    monkeypatch.setattr(window.views, "show", recorded)
    day = date(2026, 5, 20)
    view.select_date(day)

    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.mouseDClick(
        view,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        pos=view.day_rect(day).center(),
    )
    assert asked == [ViewKind.WEEK, ViewKind.WEEK]

    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert asked[-1] == ViewKind.MONTH
    assert window.month == date(2026, 5, 1)
    assert window.month_view.current_date() == day


def test_the_menu_opens_the_month_or_a_new_event_on_the_day(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    view = show_year(window, qtbot)
    day = date(2026, 8, 14)

    pos = view.day_rect(day).center()
    QApplication.sendEvent(
        view, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.mapToGlobal(pos))
    )
    menu = view.menu
    assert menu is not None and menu.isVisible()
    assert view.current_date() == day
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names[0] == "month" and names[-1] == "new"
    new = next(a for a in menu.actions() if a.objectName() == "new")
    with qtbot.waitSignal(view.newEventRequested) as requested:
        new.trigger()
    assert requested.args == [day]
    editor = window.editing.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.reject()

    menu = view.show_menu(day, view.mapToGlobal(view.day_rect(day).center()))
    next(a for a in menu.actions() if a.objectName() == "month").trigger()
    assert window.views.kind == ViewKind.MONTH
    assert window.month_view.current_date() == day


def test_keys_move_between_days_and_years(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    view = show_year(window, qtbot)

    view.select_date(date(2026, 1, 31))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_date() == date(2026, 2, 1)  # across months
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_date() == date(2026, 2, 8)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_date() == date(2026, 1, 31)

    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert window.month_title.text() == "2027년"
    assert view.current_date() == date(2027, 1, 31)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert window.month_title.text() == "2025년"
    assert view.current_date() == date(2025, 1, 31)

    view.select_date(date(2025, 12, 31))
    qtbot.keyClick(view, Qt.Key.Key_Right)  # past the year's last day: the next year
    assert window.month_title.text() == "2026년"
    assert view.current_date() == date(2026, 1, 1)

    qtbot.keyClick(view, Qt.Key.Key_T)
    assert view.current_date() == TODAY


def test_months_never_read_are_fetched_once_and_cached_ones_not_again(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    reads = month_reads(store)
    window = make_window()
    assert reads == [date(2026, 11, 1)]  # the month shown at start
    reads.clear()

    view = show_year(window, qtbot)
    others = [date(2026, m, 1) for m in range(1, 13) if m != 11]
    assert sorted(reads) == others  # each other month of the year, once
    assert view.is_known(date(2026, 1, 15))
    reads.clear()

    # Away and back: nothing is read again.
    window.views.show(ViewKind.MONTH)
    with qtbot.waitSignal(window.months.spanRead, timeout=20_000):
        window.views.show(ViewKind.YEAR)
    assert reads == []

    # Ten minutes on, every month is stale: the next year is read (each month once) and,
    # back on this one, only the month the year is anchored on is read again, not the rest.
    clock = window.months.memory.fetch_times.clock
    window.months.memory.fetch_times.clock = lambda: clock() + 600
    with qtbot.waitSignal(window.months.spanRead, timeout=20_000):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert sorted(reads) == [date(2027, m, 1) for m in range(1, 13)]
    reads.clear()
    with qtbot.waitSignal(window.months.spanRead, timeout=20_000):
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: not window.months.loading, timeout=10_000)
    assert reads == [date(2026, 11, 1)]
    window.close()

    # A new start on the year: the months come from the cache; the table is asked at most for
    # the month the year is anchored on (when the cache's copy is stale).
    again = make_window()
    assert isinstance(again.active_view, YearView)
    qtbot.waitUntil(lambda: again.months.span_complete, timeout=20_000)
    assert again.active_view.is_known(date(2026, 1, 15))  # type: ignore[attr-defined]
    assert set(reads) <= {date(2026, 11, 1)}


def test_offline_the_months_never_fetched_say_so(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    app_settings: AppSettings,
) -> None:
    make_window(locale=ENGLISH).close()  # November is read and cached, nothing else
    app_settings.set(VIEW, "year")  # the next start opens on the year
    cut = DynamoStore(
        replace(store.settings, endpoint_url=dead_endpoint(), connect_timeout=0.5, max_attempts=1)
    )
    window = make_window(locale=ENGLISH, store_factory=lambda _s: cut, wait=False)
    view = window.active_view
    assert isinstance(view, YearView)
    qtbot.waitUntil(lambda: window.banner.kind == "offline", timeout=10_000)

    label = view._busy_label
    qtbot.waitUntil(lambda: label.isVisible() and "never loaded" in label.text(), timeout=10_000)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert view.is_known(date(2026, 11, 3))
    assert "2 events" in view.day_text(date(2026, 11, 3))
    # A month the cache lacks says so instead of "0 events".
    lacking = [m for m in range(1, 13) if not view.is_known(date(2026, m, 1))]
    assert lacking
    assert "not been loaded" in view.day_text(date(2026, lacking[0], 15))
    assert "0 events" not in view.day_text(date(2026, lacking[0], 15))


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_number_reads_on_its_shade_in_light_and_dark(name: str, qapp: QApplication) -> None:
    colors = YearColors(PALETTES[name]())
    failures = []
    for level, shade in enumerate(colors.shades):
        for kind, what in ((0, "weekday"), (6, "Saturday"), (7, "Sunday or holiday")):
            if ratio(colors.numbers[(kind, level)], shade) < AA:
                failures.append(
                    (what, level, round(ratio(colors.numbers[(kind, level)], shade), 2))
                )
    for what, color in (
        ("legend", colors.quiet),
        ("month never read", colors.unknown),
        *((f"weekday initial {k}", c) for k, c in colors.weekday_numbers.items()),
    ):
        if ratio(color, colors.base) < AA:
            failures.append((what, 0, round(ratio(color, colors.base), 2)))
    assert not failures
    # The levels are told apart: each shade differs from the one before.
    assert len({shade.rgb() for shade in colors.shades}) == len(colors.shades)
