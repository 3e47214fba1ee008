"""The departments list's colour menu: a palette colour, any other colour, or back to its own."""

from __future__ import annotations

from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QColorDialog, QMenu, QWidget

from desktop.domain.display import elided
from desktop.i18n import tr
from desktop.views.colors import PALETTE, DepartmentColors
from desktop.views.departments_panel import color_icon


def palette_names() -> list[str]:
    """The palette's colours named for the menu (and screen readers), in palette order."""
    return [
        tr("ColorMenu", "Blue"),
        tr("ColorMenu", "Orange"),
        tr("ColorMenu", "Teal"),
        tr("ColorMenu", "Plum"),
        tr("ColorMenu", "Olive"),
        tr("ColorMenu", "Cyan"),
        tr("ColorMenu", "Green"),
        tr("ColorMenu", "Violet"),
        tr("ColorMenu", "Red"),
        tr("ColorMenu", "Sage"),
        tr("ColorMenu", "Raspberry"),
        tr("ColorMenu", "Pink"),
    ]


def add_color_actions(
    menu: QMenu, colors: DepartmentColors, department_id: str, department_name: str
) -> None:
    """ "Colour" (the palette and "Other colour…") and "Reset colour" for one department."""
    current = colors.color(department_id).name()
    submenu = menu.addMenu(tr("ColorMenu", "Colour"))
    submenu.setObjectName("colorMenu")
    for color, name in zip(PALETTE, palette_names(), strict=True):
        action = QAction(color_icon(QColor(color)), name, submenu)
        action.setCheckable(True)
        action.setChecked(color == current)
        action.triggered.connect(
            lambda _checked=False, c=color: colors.choose(department_id, QColor(c))
        )
        submenu.addAction(action)
    submenu.addSeparator()
    other = submenu.addAction(tr("ColorMenu", "Other colour…"))
    other.setObjectName("otherColor")
    parent = menu.parentWidget()

    def pick() -> None:
        title = tr("ColorMenu", "Colour of {department}").format(department=elided(department_name))
        color = QColorDialog.getColor(colors.color(department_id), parent, title)
        if color.isValid():
            colors.choose(department_id, color)

    other.triggered.connect(pick)
    reset = menu.addAction(tr("ColorMenu", "Reset colour"))
    reset.setObjectName("resetColor")
    reset.setEnabled(colors.is_chosen(department_id))
    reset.triggered.connect(lambda: colors.reset(department_id))


def color_menu(
    parent: QWidget, colors: DepartmentColors, department_id: str, department_name: str
) -> QMenu:
    menu = QMenu(parent)
    add_color_actions(menu, colors, department_id, department_name)
    return menu
