"""The window's room: its size on the screen, and the three panes side by side.

- The first window fits the screen's available area (taskbar and dock excluded): at most
  1280×800 and 90% of it, centred. A remembered geometry is restored, then kept on the
  current screen (a monitor may have been unplugged since).
- The departments list, the grid and the detail pane share the width: the side panes take a
  share of a small window rather than their full width, until the user drags a handle; the
  detail pane takes no room while no event is selected, and comes back at the width it had.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import QSplitter, QWidget

FIRST_SIZE = QSize(1280, 800)
SCREEN_SHARE = 0.9  # of the available area, at most, for a first window
DEPARTMENTS, GRID, DETAIL = 0, 1, 2


def first_geometry(available: QRect, minimum: QSize) -> QRect:
    """A first window: 1280×800 or 90% of ``available`` if smaller, centred on it; never
    larger than ``available`` (not even for the window's minimum size)."""
    width = min(FIRST_SIZE.width(), int(available.width() * SCREEN_SHARE))
    height = min(FIRST_SIZE.height(), int(available.height() * SCREEN_SHARE))
    width = min(max(width, minimum.width()), available.width())
    height = min(max(height, minimum.height()), available.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def fitted(geometry: QRect, available: QRect) -> QRect:
    """``geometry`` moved (and shrunk if need be) to lie within ``available``."""
    width = min(geometry.width(), available.width())
    height = min(geometry.height(), available.height())
    left = min(max(geometry.left(), available.left()), available.right() + 1 - width)
    top = min(max(geometry.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def pane_sizes(width: int, detail: int | None = None) -> list[int]:
    """The panes' widths for a splitter ``width`` wide: the side panes a share of it."""
    departments = max(150, min(210, width * 16 // 100))
    if detail is None:
        detail = max(190, min(230, width * 18 // 100))
    return [departments, max(0, width - departments - detail), detail]


class Panes(QObject):
    """Keeps the splitter's panes sensible: proportional until the user drags a handle, and
    the detail pane out of the way while no event is selected."""

    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._fit = True  # share the width out again on each resize: the user chose nothing
        splitter.setCollapsible(GRID, False)
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)

    def restore(self, state: object) -> None:
        """The user's sizes from an earlier session (``b""``: none yet)."""
        if state:
            self._fit = not self._splitter.restoreState(state)  # type: ignore[arg-type]
        self.show_detail(False)

    def show_detail(self, shown: bool) -> None:
        """The detail pane takes room only while an event is selected."""
        widget = self._splitter.widget(DETAIL)
        if widget is not None and widget.isHidden() == shown:
            widget.setVisible(shown)

    def _moved(self, _pos: int, _index: int) -> None:
        self._fit = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._fit and watched is self._splitter and event.type() == QEvent.Type.Resize:
            detail = self._splitter.widget(DETAIL)
            shown = detail is not None and not detail.isHidden()
            sizes = pane_sizes(self._splitter.width())
            if not shown:
                sizes = [sizes[DEPARTMENTS], sizes[GRID] + sizes[DETAIL], sizes[DETAIL]]
            self._splitter.setSizes(sizes)
        return False


def fit_window(window: QWidget, saved: object) -> None:
    """Place ``window`` on its screen: where it was (``saved`` geometry), or a first size."""
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
    if saved and window.restoreGeometry(saved):  # type: ignore[arg-type]
        if not window.isMaximized() and not window.isFullScreen():
            window.setGeometry(fitted(window.geometry(), available))
        return
    window.setGeometry(first_geometry(available, window.minimumSize()))
