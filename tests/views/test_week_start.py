"""View ▸ Week starts on and View ▸ Weekend days: every view, dialog and page follows them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.settings import AppSettings
from desktop.views.calendar_view import ViewKind
from desktop.views.colors import SATURDAY_BLUE, SUNDAY_RED, saturday_color, sunday_color
from desktop.views.goto_dialog import GoToDateDialog
from desktop.views.main_window import MainWindow
from desktop.views.month_model import Roles
from desktop.views.printing import _weekday_color
from desktop.views.week_days import WeekDays
from desktop.views.week_view import WeekView
from desktop.views.window.week_start import FIRST_WEEKDAY, WEEKEND_DAYS
from desktop.views.year_view import YearView
from tests.views.conftest import KOREAN, Seeded, WindowFactory
from tests.views.test_print_views import flat, needs_poppler, pdf_text, save

MONDAY, FRIDAY, SATURDAY, SUNDAY = 1, 5, 6, 7
DECEMBER = date(2026, 12, 1)  # a Tuesday


@pytest.fixture(autouse=True)
def _fresh_week() -> Iterator[None]:
    yield
    WeekDays.reset()


def header_weekdays(window: MainWindow) -> list[int]:
    model = window.model
    return [int(model.headerData(c, Qt.Orientation.Horizontal, Roles.WEEKDAY)) for c in range(7)]


def test_korean_weeks_start_on_sunday_until_monday_is_chosen_then_the_grid_follows(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window()
    window.presenter.show_month(DECEMBER)
    assert header_weekdays(window)[0] == SUNDAY
    assert window.model.days[0] == date(2026, 11, 29)
    anchor = window.presenter.anchor

    window.week_start.set_first_day(MONDAY)

    assert header_weekdays(window) == [1, 2, 3, 4, 5, 6, 7]
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "월"
    assert window.model.days[0] == date(2026, 11, 30)  # December's grid from Monday 30 November
    assert window.presenter.anchor == anchor  # the same day shown, no restart
    assert window.month_view.current_date() == anchor


def test_the_week_view_columns_and_title_follow_the_first_day(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window()
    window.views.show(ViewKind.WEEK)
    window.presenter.go_to(date(2026, 11, 26))  # a Thursday
    week = window.active_view
    assert isinstance(week, WeekView)
    assert week.model().days[0] == date(2026, 11, 22)  # Sunday
    sunday_title = window.month_title.text()

    window.week_start.set_first_day(MONDAY)

    assert week.model().days[0] == date(2026, 11, 23)  # Monday, at once
    assert week.model().days[-1] == date(2026, 11, 29)
    assert window.month_title.text() != sunday_title
    assert window.month_title.text() == week.title(KOREAN, date(2026, 11, 26))
    assert "23" in window.month_title.text() and "29" in window.month_title.text()
    # The team week too, and the view's span (what is read and printed).
    window.views.show(ViewKind.TEAM)
    assert window.active_view.span(date(2026, 11, 26), window.model.first_weekday).first == date(
        2026, 11, 23
    )


def test_the_year_views_small_months_start_on_the_chosen_day(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window()
    window.views.show(ViewKind.YEAR)
    year = window.active_view
    assert isinstance(year, YearView)
    assert year._layout().boxes[11].offset == 2  # 1 December 2026 under Tuesday, Sunday first

    window.week_start.set_first_day(MONDAY)

    assert year._layout().boxes[11].offset == 1  # Monday first
    assert year._layout().boxes[10].offset == 6  # 1 November, a Sunday, in the last column


def test_friday_and_saturday_as_the_weekend_colour_those_days_everywhere(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window()
    palette = window.palette()

    window.week_start.set_weekend(frozenset({FRIDAY, SATURDAY}))

    # The team week's day headers: Friday red, Saturday blue, Sunday as any other day.
    window.views.show(ViewKind.TEAM)
    team = window.active_view.model  # type: ignore[attr-defined]
    by_day = {
        day.isoweekday(): team.headerData(
            c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole
        )
        for c, day in enumerate(team.days)
        if day != window.today  # today is drawn as today
    }
    assert by_day[FRIDAY] == sunday_color(palette)
    assert by_day[SATURDAY] == saturday_color(palette)
    assert by_day.get(SUNDAY) is None
    # The year's weekday initials (Sunday first: Friday is the sixth column).
    window.views.show(ViewKind.YEAR)
    year = window.active_view
    assert isinstance(year, YearView)
    year._layout()
    kinds = [kind for _pos, _static, kind in year._headers[0][2]]
    assert kinds == [0, 0, 0, 0, 0, 7, 6]
    # On paper.
    assert _weekday_color(FRIDAY) == QColor(SUNDAY_RED)
    assert _weekday_color(SATURDAY) == QColor(SATURDAY_BLUE)
    assert _weekday_color(SUNDAY) != QColor(SUNDAY_RED)
    # The go-to-date calendar colours them, and starts on the chosen day.
    window.week_start.set_first_day(MONDAY)
    dialog = GoToDateDialog(window.today, window.today, window.locale_, window)
    qtbot.addWidget(dialog)
    calendar = dialog.calendar
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    friday = calendar.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color()
    sunday = calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
    assert friday == sunday_color(calendar.palette())
    assert sunday != sunday_color(calendar.palette())


def test_the_choice_survives_a_restart(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot, app_settings: AppSettings
) -> None:
    window = make_window()
    window.week_start.set_first_day(MONDAY)
    window.week_start.set_weekend(frozenset({FRIDAY, SATURDAY}))
    window.close()
    WeekDays.reset()

    again = make_window()

    assert again.model.first_weekday == MONDAY
    assert again.model.days[0].isoweekday() == MONDAY
    assert again.week_start.weekend() == frozenset({FRIDAY, SATURDAY})
    again.window_actions.build_menus()
    assert again.week_start.first_actions[MONDAY].isChecked()
    assert again.week_start.weekend_actions[FRIDAY].isChecked()
    assert not again.week_start.weekend_actions[SUNDAY].isChecked()


def test_a_managed_value_wins_and_the_menu_shows_it_locked(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot, app_settings: AppSettings
) -> None:
    app_settings.user.setValue(FIRST_WEEKDAY.key, SUNDAY)
    app_settings.system.setValue(FIRST_WEEKDAY.key, MONDAY)
    app_settings.system.setValue(WEEKEND_DAYS.key, ["5", "6"])
    window = make_window()
    window.window_actions.build_menus()

    assert window.model.first_weekday == MONDAY
    assert window.week_start.weekend() == frozenset({FRIDAY, SATURDAY})
    first_menu = window.week_start.first_menu
    texts = [a.text() for a in first_menu.actions()]
    assert texts[0] == "Set by your administrator"
    for weekday, action in window.week_start.first_actions.items():
        assert not action.isEnabled()
        assert action.isChecked() == (weekday == MONDAY)
    assert not any(a.isEnabled() for a in window.week_start.weekend_actions.values())

    window.week_start.set_first_day(SUNDAY)  # e.g. a stale menu: nothing changes
    assert window.model.first_weekday == MONDAY


@needs_poppler
def test_the_printed_month_starts_its_weeks_on_the_chosen_day(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(locale=QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    window.week_start.set_first_day(MONDAY)
    path = tmp_path / "month.pdf"
    ids = [seeded.development.id]
    save(window, qtbot, path, ViewKind.MONTH, date(2026, 11, 1), date(2026, 11, 30), ids)

    text = flat(pdf_text(path)).replace("개발팀", "")  # the page's department, beside Mon
    # The header from Monday, and the first week from Monday 26 October.
    assert "MonTueWedThuFriSatSun2627282930311" in text


def red_pixels(window: MainWindow, day: date) -> int:
    """How many pixels of ``day``'s number line in the month grid are clearly red."""
    view = window.month_view
    rect = view.visualRect(window.model.index_of(day))
    image = view.viewport().grab(rect.adjusted(0, 0, 0, -(rect.height() - 24))).toImage()
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            color = image.pixelColor(x, y)
            count += color.red() > 150 and color.green() < 100 and color.blue() < 100
    return count


def test_the_month_grid_draws_a_friday_and_saturday_weekend_in_its_colours(
    make_window: WindowFactory, seeded: Seeded, qtbot: QtBot
) -> None:
    window = make_window()
    friday, sunday = date(2026, 11, 13), date(2026, 11, 15)  # no holiday, no event
    assert red_pixels(window, sunday) > 0
    assert red_pixels(window, friday) == 0

    window.week_start.set_weekend(frozenset({FRIDAY, SATURDAY}))

    assert red_pixels(window, friday) > 0
    assert red_pixels(window, sunday) == 0
