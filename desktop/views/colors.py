"""Department colours, distinct by construction, and the Korean calendar's weekend colours.

A department takes a colour of :data:`PALETTE` the first time it is shown: the first one no
other department holds yet (the one held by fewest once all are taken, never one already in
view), and keeps it, saved in the user's settings, across starts and whatever else is ticked.
Departments in view never share a palette colour while the palette has one left for each. The
user can choose another colour (from the palette or any other) and go back to the palette's.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette

from desktop.settings import Setting
from desktop.views.contrast import readable

if TYPE_CHECKING:
    from desktop.settings import AppSettings

# Korean calendars print Sundays and holidays in red, Saturdays in blue.
SUNDAY_RED = QColor("#c5221f")
SATURDAY_BLUE = QColor("#1967d2")
DARK_SUNDAY_RED = QColor("#ff8a80")
DARK_SATURDAY_BLUE = QColor("#8ab4f8")

# Twelve colours chosen for distance (CIEDE2000, also as people with protanopia or
# deuteranopia see them) within a band of lightness: each stands out at least 3:1 from a white
# background (as a bar: WCAG's contrast for graphics) and 2.5:1 from the dark palette's, and
# near-black or white text on it (the grid's badges and bars) reaches 4.5:1. The first
# colours are the farthest apart: a few departments get the most distinct ones.
# tests/views/test_department_colors.py measures all this.
PALETTE: tuple[str, ...] = (
    "#2490f0",  # blue
    "#cc8400",  # orange
    "#0c9c84",  # teal
    "#905490",  # plum
    "#6c6c00",  # olive
    "#009cb4",  # cyan
    "#247848",  # green
    "#9c18f0",  # violet
    "#e40c24",  # red
    "#6c9054",  # sage
    "#b4486c",  # raspberry
    "#e460b4",  # pink
)

SLOTS = Setting(
    "view/department_color_slots",
    str,
    "",
    "The palette colour each department took when first shown (JSON: id → index)",
)
CHOSEN = Setting(
    "view/department_colors",
    str,
    "",
    "Colours the user chose for departments (JSON: id → #rrggbb)",
)


def _load(settings: AppSettings | None, setting: Setting) -> dict[str, object]:
    if settings is None:
        return {}
    try:
        value = json.loads(str(settings.get(setting)) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class DepartmentColors(QObject):
    """Which colour each department has; ``changed`` when one changed (repaint them)."""

    changed = Signal()

    def __init__(self, settings: AppSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        count = len(PALETTE)
        self._slots: dict[str, int] = {
            str(d): s
            for d, s in _load(settings, SLOTS).items()
            if isinstance(s, int) and 0 <= s < count
        }
        self._chosen: dict[str, str] = {
            str(d): str(c)
            for d, c in _load(settings, CHOSEN).items()
            if isinstance(c, str) and QColor.isValidColorName(c)
        }

    def color(self, department_id: str) -> QColor:
        chosen = self._chosen.get(department_id)
        if chosen is not None:
            return QColor(chosen)
        return QColor(PALETTE[self._slot(department_id, set())])

    def is_chosen(self, department_id: str) -> bool:
        """The user chose this department's colour (Reset colour goes back to the palette's)."""
        return department_id in self._chosen

    def take(self, department_ids: Sequence[str]) -> None:
        """Departments without a colour take one, in this order (the first, the first free)."""
        for department_id in department_ids:
            if department_id not in self._chosen:
                self._slot(department_id, set())

    def show(self, department_ids: Sequence[str]) -> None:
        """``department_ids`` are in view together: none shares a palette colour with an
        earlier one while the palette has colours left (a later one moves, and keeps its new
        colour)."""
        in_view: set[int] = set()
        for department_id in department_ids:
            chosen = self._chosen.get(department_id)
            if chosen is not None and chosen in PALETTE:
                in_view.add(PALETTE.index(chosen))
        moved = False
        for department_id in department_ids:
            if department_id in self._chosen:
                continue
            slot = self._slot(department_id, in_view)
            if slot in in_view and len(in_view) < len(PALETTE):
                slot = self._free_slot(in_view)
                self._slots[department_id] = slot
                moved = True
            in_view.add(slot)
        if moved:
            self._save(SLOTS, self._slots)
            self.changed.emit()

    def choose(self, department_id: str, color: QColor) -> None:
        """The user's colour for a department (kept until reset)."""
        self._chosen[department_id] = QColor(color).name()
        self._save(CHOSEN, self._chosen)
        self.changed.emit()

    def reset(self, department_id: str) -> None:
        """Back to the department's palette colour."""
        if self._chosen.pop(department_id, None) is not None:
            self._save(CHOSEN, self._chosen)
            self.changed.emit()

    def _slot(self, department_id: str, in_view: set[int]) -> int:
        slot = self._slots.get(department_id)
        if slot is None:
            slot = self._free_slot(in_view)
            self._slots[department_id] = slot
            self._save(SLOTS, self._slots)
        return slot

    def _free_slot(self, in_view: set[int]) -> int:
        """Not in view; then held by fewest departments; then the first."""
        held = Counter(self._slots.values())
        held.update(PALETTE.index(c) for c in self._chosen.values() if c in PALETTE)
        return min(range(len(PALETTE)), key=lambda s: (s in in_view, held[s], s))

    def _save(self, setting: Setting, value: dict[str, int] | dict[str, str]) -> None:
        if self._settings is not None:
            self._settings.set(setting, json.dumps(value, separators=(",", ":")) if value else "")


_current: list[DepartmentColors] = []


def install_colors(colors: DepartmentColors | None) -> None:
    """The colours every view shows from now on (the window installs the user's; None: new
    ones in memory)."""
    _current[:] = [] if colors is None else [colors]


def current_colors() -> DepartmentColors:
    if not _current:
        _current.append(DepartmentColors())  # in memory, until a window installs the user's
    return _current[0]


def department_color(department_id: str) -> QColor:
    """The department's colour, the same in the grid, the list, the dialogs and on paper."""
    return current_colors().color(department_id)


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
