"""What-ifs: changes the harness cannot make in the app, applied from outside to measure them.

``python -m bench --what-if NAME[,NAME…]`` runs the start-up, cold-switch and responsiveness
measurements a second time with these patches, as extra rows (no budget). Each patch is a
small re-implementation of one method as BENCHMARKS.md proposes it; nothing here changes the
app's files. The names:

- ``store-after-paint``: ``CalendarService`` opens the store (boto3 import, client) only once
  the window has painted the cached month. The app does this now; the harness skips it.
- ``prefetch-after-paint``: ``MonthController.prefetch_neighbours`` waits until the grid has been
  painted, instead of starting two fetches while the month's paint is pending. The app does
  this now; the harness skips it.
- ``cache-after-paint``: ``CalendarService.load_month`` hands the fetched month to the window
  first and writes it to the SQLite cache once the grid has painted it. The app does this
  now; the harness skips it.
- ``gc-freeze``: ``gc.freeze()`` once the window is up, so that the long-lived objects (Qt
  wrappers, botocore's models) are not traversed by every full collection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

NAMES = ("store-after-paint", "prefetch-after-paint", "cache-after-paint", "gc-freeze")
# What-ifs the app has since adopted: nothing left to patch, the harness skips them.
ADOPTED = ("store-after-paint", "cache-after-paint", "prefetch-after-paint")


def apply(names: Iterable[str]) -> list[str]:
    """Install the named patches; returns the names applied."""
    applied = []
    for name in names:
        if name and name not in ADOPTED:
            _PATCHES[name]()
            applied.append(name)
    return applied


def after_paint(widget: Any, action: Callable[[], None], fallback_ms: int = 200) -> None:
    """Run ``action`` once ``widget`` has been painted (or after ``fallback_ms``)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    done = [False]

    def run() -> None:
        if not done[0]:
            done[0] = True
            widget.removeEventFilter(watcher)
            action()

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, run)
            return False

    watcher = Watcher(widget)
    widget.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, run)


def _prefetch_after_paint() -> None:
    from bench.probe import _after_import

    def patch(month_controller: Any) -> None:
        controller_class = month_controller.MonthController
        original = controller_class.prefetch_neighbours

        def prefetch(self: Any) -> None:
            window = self.parent()
            after_paint(window.month_view.viewport(), lambda: original(self))

        controller_class.prefetch_neighbours = prefetch

    _after_import("desktop.views.month_controller", patch)


def _gc_freeze() -> None:
    import gc

    from bench.probe import _after_import

    def patch(main_window: Any) -> None:
        window_class = main_window.MainWindow
        original = window_class.start

        def start(self: Any, *args: Any, **kwargs: Any) -> None:
            original(self, *args, **kwargs)
            gc.collect()
            gc.freeze()

        window_class.start = start

    # Patched when the app imports the window (after its QApplication), not before.
    _after_import("desktop.views.main_window", patch)


_PATCHES: dict[str, Callable[[], None]] = {
    "prefetch-after-paint": _prefetch_after_paint,
    "gc-freeze": _gc_freeze,
}
