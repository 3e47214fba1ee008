"""Department colours: distinct by construction, kept across starts, changeable by the user."""

from __future__ import annotations

import itertools
import math
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QColor
from pytestqt.qtbot import QtBot

from desktop.domain.models import Department
from desktop.settings import AppSettings
from desktop.views.colors import (
    PALETTE,
    DepartmentColors,
    current_colors,
    install_colors,
)
from desktop.views.contrast import contrast
from desktop.views.day_delegate import contrasting
from desktop.views.departments_panel import DepartmentsPanel
from desktop.views.formats import shown_time
from tests.views.conftest import Seeded, WindowFactory

# --- how far apart two colours look ---------------------------------------------------------

# Machado, Oliveira & Fernandes (2009), full severity, on linear RGB: how people with
# protanopia and deuteranopia (together about 2% of men) see a colour.
_PROTANOPIA = ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
               (-0.003882, -0.048116, 1.051998))  # fmt: skip
_DEUTERANOPIA = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                 (-0.011820, 0.042940, 0.968881))  # fmt: skip
Matrix = tuple[tuple[float, float, float], ...]


def _linear(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def lab(color: str, vision: Matrix | None = None) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour, as seen with ``vision``."""
    rgb = QColor(color)
    linear = [_linear(c) for c in (rgb.redF(), rgb.greenF(), rgb.blueF())]
    if vision is not None:
        linear = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear, strict=True))))
                  for row in vision]  # fmt: skip
    r, g, b = linear
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(first: tuple[float, float, float], second: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference (Sharma, Wu & Dalal 2005)."""
    l1, a1, b1 = first
    l2, a2, b2 = second
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1 = math.degrees(math.atan2(b1, a1)) % 360
    h2 = math.degrees(math.atan2(b2, a2)) % 360
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    d_l, d_c = l2 - l1, c2 - c1
    d_h = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    l_mean, c_mean = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        h_mean = h1 + h2
    elif abs(h1 - h2) <= 180:
        h_mean = (h1 + h2) / 2
    else:
        h_mean = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6))
         - 0.20 * math.cos(math.radians(4 * h_mean - 63)))  # fmt: skip
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * c_mean
    s_h = 1 + 0.015 * c_mean * t
    r_c = 2 * math.sqrt(c_mean**7 / (c_mean**7 + 25**7))
    r_t = -math.sin(math.radians(60 * math.exp(-(((h_mean - 275) / 25) ** 2)))) * r_c
    return math.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2
                     + r_t * (d_c / s_c) * (d_h / s_h))  # fmt: skip


def closest(colors: tuple[str, ...], vision: Matrix | None = None) -> float:
    return min(
        delta_e(lab(a, vision), lab(b, vision)) for a, b in itertools.combinations(colors, 2)
    )


def test_delta_e_matches_the_published_test_data() -> None:
    # Sharma, Wu & Dalal (2005), table 1, pairs 1 and 17.
    assert delta_e((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485)) == pytest.approx(
        2.0425, abs=1e-4
    )
    assert delta_e((50.0, 2.5, 0.0), (73.0, 25.0, -18.0)) == pytest.approx(27.1492, abs=1e-4)


# --- the palette ----------------------------------------------------------------------------


def test_the_palette_has_twelve_colours_far_apart_also_for_colour_blind_people() -> None:
    # ΔE00 ≈ 1 is a just-noticeable difference for large patches side by side; a thin bar or a
    # faint chip read at a glance needs about ten times that. Twelve colours that also keep a
    # band of lightness (the next test) cannot all be very far apart: a search of sRGB for the
    # largest smallest difference reached 14.0 for normal vision and 8.5 as protanopes and
    # deuteranopes see them (this palette: 14.0, 9.0 and 8.5), hence 12 and 8. The first five
    # (the demo's five departments; most people overlay a few) are much farther apart:
    # 26.1, 14.0 and 16.7.
    assert len(PALETTE) >= 12 and len(set(PALETTE)) == len(PALETTE)
    assert closest(PALETTE) >= 12
    assert closest(PALETTE, _PROTANOPIA) >= 8
    assert closest(PALETTE, _DEUTERANOPIA) >= 8
    first = PALETTE[:5]
    assert min(closest(first), closest(first, _PROTANOPIA), closest(first, _DEUTERANOPIA)) >= 13


def test_every_colour_reads_as_a_bar_and_under_text_on_light_and_dark() -> None:
    for color in map(QColor, PALETTE):
        # A bar on the light grid (WCAG's 3:1 for graphics) and on the dark palette's
        # (desktop.gui.dark_palette): 3:1 there too would leave a band of lightness too
        # narrow for twelve distinct colours; the bar is never the only sign (tags, names).
        assert contrast(color, QColor("#ffffff")) >= 3.0, color.name()
        assert contrast(color, QColor("#292a2d")) >= 2.5, color.name()
        # A solid chip with its text.
        assert contrast(contrasting(color), color) >= 4.5, color.name()


# --- which department has which colour ------------------------------------------------------


def ids(count: int, prefix: str = "d") -> list[str]:
    return [f"{prefix}{i:02d}" for i in range(count)]


def reopened(settings: AppSettings) -> AppSettings:
    """The same settings files read again, as at the next start."""
    settings.sync()
    return AppSettings(
        QSettings(settings.user.fileName(), QSettings.Format.IniFormat),
        QSettings(settings.system.fileName(), QSettings.Format.IniFormat),
    )


def test_twelve_departments_in_view_get_twelve_colours(app_settings: AppSettings) -> None:
    colors = DepartmentColors(app_settings)
    shown = ids(12)
    colors.show(shown)
    assert len({colors.color(d).name() for d in shown}) == 12


def test_departments_in_view_never_share_a_colour_when_more_were_seen(
    app_settings: AppSettings,
) -> None:
    colors = DepartmentColors(app_settings)
    for department in ids(30):  # 30 departments seen over time, one at a time
        colors.show([department])
    for shown in (ids(30)[:12], ids(30)[5:17], ids(30)[::3][:10], ids(30)[18:]):
        colors.show(shown)
        assert len({colors.color(d).name() for d in shown}) == len(shown)


def test_a_department_keeps_its_colour_when_another_is_ticked_and_after_a_restart(
    app_settings: AppSettings,
) -> None:
    colors = DepartmentColors(app_settings)
    colors.show(["dev"])
    dev = colors.color("dev").name()
    colors.show(["dev", "sales"])
    colors.show(["dev", "sales", "hr"])
    assert colors.color("dev").name() == dev
    before = {d: colors.color(d).name() for d in ("dev", "sales", "hr")}
    colors.show(["hr"])
    colors.show(["sales", "dev"])
    again = DepartmentColors(reopened(app_settings))
    again.show(["hr", "sales", "dev"])
    assert {d: again.color(d).name() for d in ("dev", "sales", "hr")} == before


def test_the_users_colour_is_kept_until_reset(app_settings: AppSettings) -> None:
    colors = DepartmentColors(app_settings)
    colors.show(["dev", "sales"])
    own = colors.color("dev").name()
    colors.choose("dev", QColor("#123456"))
    assert colors.color("dev").name() == "#123456"
    again = DepartmentColors(reopened(app_settings))
    assert again.color("dev").name() == "#123456"
    assert again.is_chosen("dev")
    again.reset("dev")
    assert again.color("dev").name() == own
    assert DepartmentColors(reopened(app_settings)).color("dev").name() == own


def test_a_new_department_does_not_take_a_palette_colour_chosen_for_one_in_view(
    app_settings: AppSettings,
) -> None:
    colors = DepartmentColors(app_settings)
    colors.show(["dev"])
    colors.choose("dev", QColor(PALETTE[1]))
    colors.show(["dev", "sales"])
    assert colors.color("sales").name() not in (PALETTE[1], colors.color("dev").name())


# --- the departments list's menu ------------------------------------------------------------

DEPARTMENTS = [
    Department("dev", "개발팀"),
    Department("sales", "영업팀"),
]


def swatch(panel: DepartmentsPanel, row: int) -> QColor:
    icon = panel.model.data(panel.model.index(row), Qt.ItemDataRole.DecorationRole)
    return icon.pixmap(14, 14).toImage().pixelColor(7, 7)


def test_choosing_a_colour_in_the_menu_repaints_the_swatch_and_is_kept(
    qtbot: QtBot, app_settings: AppSettings
) -> None:
    install_colors(DepartmentColors(app_settings))
    panel = DepartmentsPanel()
    qtbot.addWidget(panel)
    panel.set_departments(DEPARTMENTS, "dev")
    assert swatch(panel, 0).name() == PALETTE[0]
    menu = panel.context_menu("dev")
    colour_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    reset = next(a for a in menu.actions() if a.objectName() == "resetColor")
    assert not reset.isEnabled()
    palette_actions = [a for a in colour_menu.actions() if a.isCheckable()]
    assert len(palette_actions) == len(PALETTE)
    assert palette_actions[0].isChecked()
    palette_actions[3].trigger()
    assert swatch(panel, 0).name() == PALETTE[3]
    assert DepartmentColors(reopened(app_settings)).color("dev").name() == PALETTE[3]
    menu = panel.context_menu("dev")
    reset = next(a for a in menu.actions() if a.objectName() == "resetColor")
    assert reset.isEnabled()
    reset.trigger()
    assert swatch(panel, 0).name() == PALETTE[0]
    assert not current_colors().is_chosen("dev")


def test_the_departments_shown_take_the_first_colours(
    qtbot: QtBot, app_settings: AppSettings
) -> None:
    install_colors(DepartmentColors(app_settings))
    panel = DepartmentsPanel()
    qtbot.addWidget(panel)
    departments = [
        Department(f"d{i}", name) for i, name in enumerate(("개발팀", "영업팀", "인사팀"))
    ]
    panel.set_departments(departments, "d2")  # as the departments are loaded at start
    panel.set_overlays({"d1"})
    assert [swatch(panel, row).name() for row in (2, 1, 0)] == list(PALETTE[:3])


# --- whose event it is ----------------------------------------------------------------------


def test_entries_say_whose_they_are_when_several_departments_are_shown(qtbot: QtBot) -> None:
    from desktop.domain.models import Event
    from desktop.views.month_controller import MonthController
    from desktop.workers.connectivity import ConnectivityMonitor

    from .test_month_controller import FakeService

    shown = ["dev"]
    connectivity = ConnectivityMonitor(watch_system=False)
    months = MonthController(
        FakeService(),  # type: ignore[arg-type]
        connectivity,
        shown=lambda: shown,
        names={"dev": "개발팀", "dev2": "개발지원팀", "sales": "Sales Korea"}.get,  # type: ignore[arg-type]
        first_weekday=7,
        month=date(2026, 11, 1),
    )
    months.setParent(connectivity)
    day = date(2026, 11, 3)
    for event_id, department in (("e1", "dev"), ("e2", "dev2"), ("e3", "sales")):
        months.memory.put_event(Event(event_id, department, day, "회의"))

    def tags() -> dict[str, str]:
        return {e.event.department_id: e.tag for e in months.entries()}

    assert tags() == {"dev": ""}  # one department: nothing to tell apart
    shown[:] = ["dev", "dev2", "sales"]
    assert tags() == {"dev": "개발팀", "dev2": "개발지", "sales": "SK"}
    colors = {e.color.name() for e in months.entries()}
    assert len(colors) == 3


# --- on paper -------------------------------------------------------------------------------


def test_a_printout_of_several_departments_says_whose_each_event_is(
    qapp: object, tmp_path: Path
) -> None:
    from desktop.domain.models import Event
    from desktop.domain.tags import department_tags
    from desktop.views.month_model import DayEntry, MonthModel
    from desktop.views.printing import MARKERS, save_pdf

    from .test_printing import pdf_text, squeeze

    names = {"dev": "개발팀", "hr": "인사팀", "hr2": "인사기획팀"}
    tags = department_tags(names)
    colors = current_colors()
    colors.show(list(names))
    model = MonthModel(QLocale("ko_KR"))
    model.set_month(date(2026, 9, 1), today=date(2026, 9, 9))
    model.set_entries(
        [
            DayEntry(
                Event(f"e-{d}", d, date(2026, 9, 9), f"{names[d]} 회의", time="14:00"),
                names[d],
                colors.color(d),
                tag=tags[d],
            )
            for d in names
        ]
    )
    legend = [(names[d], colors.color(d), tags[d]) for d in names]
    path = tmp_path / "month.pdf"
    save_pdf(str(path), model, "2026년 9월", legend)
    text = pdf_text(path)
    # The legend: each department's marker, tag and name; each event: its marker and tag.
    for marker, d in zip(MARKERS, names, strict=False):
        assert squeeze(f"{marker}{tags[d]}{names[d]}") in text
        # The time as the user reads times (desktop.views.formats: 오후 2:00 by default).
        assert squeeze(f"{marker}{tags[d]} {shown_time('14:00')} {names[d]} 회의") in text
    assert {tags[d] for d in names} == {"개발", "인사팀", "인사기"}


# --- in the window --------------------------------------------------------------------------


def test_a_colour_chosen_in_the_list_shows_at_once_in_the_grid_and_on_paper(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    panel = window.departments_panel
    development = seeded.development.id
    row = panel.model.row_of(seeded.sales.id)
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        panel.model.setData(
            panel.model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    meeting_day = date(2026, 11, 3)
    before = window.model.entries_on(meeting_day)[0].color.name()
    assert before == PALETTE[0]  # the department shown first takes the first colour
    assert {e.tag for e in window.model.entries_on(meeting_day)} == {"개발"}
    menu = panel.context_menu(development)
    colour_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    palette_actions = [a for a in colour_menu.actions() if a.isCheckable()]
    choice = next(i for i, a in enumerate(palette_actions) if not a.isChecked())
    palette_actions[choice].trigger()
    after = PALETTE[choice]
    assert after != before
    assert {e.color.name() for e in window.model.entries_on(meeting_day)} == {after}
    assert swatch(panel, panel.model.row_of(development)).name() == after
    legend = {name: (color.name(), tag) for name, color, tag in window.exports._legend()}
    assert legend == {
        "개발팀": (after, "개발"),
        "영업팀": (window.colors.color(seeded.sales.id).name(), "영업"),
    }


def test_any_other_colour_can_be_chosen(
    qtbot: QtBot, app_settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.views import color_menu

    asked: list[str] = []

    def get_color(initial: QColor, _parent: object, title: str) -> QColor:
        asked.append(f"{initial.name()} {title}")
        return QColor("#123456")

    monkeypatch.setattr(color_menu.QColorDialog, "getColor", staticmethod(get_color))
    install_colors(DepartmentColors(app_settings))
    panel = DepartmentsPanel()
    qtbot.addWidget(panel)
    panel.set_departments(DEPARTMENTS, "dev")
    menu = panel.context_menu("dev")
    other = menu.findChild(QAction, "otherColor")
    assert other is not None
    other.trigger()
    assert asked == [f"{PALETTE[0]} Colour of 개발팀"]
    assert swatch(panel, 0).name() == "#123456"
    assert DepartmentColors(reopened(app_settings)).color("dev").name() == "#123456"
