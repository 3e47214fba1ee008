"""What-ifs: changes the harness cannot make in the app, applied from outside to measure them.

``python -m bench --what-if NAME[,NAME…]`` runs the start-up, cold-switch and responsiveness
measurements a second time with these patches, as extra rows (no budget). Each patch is a
small re-implementation of one method as BENCHMARKS.md proposes it; nothing here changes the
app's files. The names:

- ``store-after-paint``: ``CalendarService`` opens the store (boto3 import, client) only once
  the window has painted the cached month (or found nothing to paint, or after 1 s), instead
  of at once after the cache opened, where the import competes for the GIL with the first
  paint. (The app now does this itself, ``CalendarService.open_store``: the patch then does
  nothing.)
- ``prefetch-after-paint``: ``MainWindow._prefetch_neighbours`` waits until the grid has been
  painted, instead of starting two fetches while the month's paint is pending.
- ``cache-after-paint``: ``CalendarService.load_month`` hands the fetched month to the window
  first, and writes it to the SQLite cache in a second task once the grid has painted it
  (instead of before handing it over).
- ``gc-freeze``: ``gc.freeze()`` once the window is up, so that the long-lived objects (Qt
  wrappers, botocore's models) are not traversed by every full collection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

NAMES = ("store-after-paint", "prefetch-after-paint", "cache-after-paint", "gc-freeze")


def apply(names: Iterable[str]) -> list[str]:
    """Install the named patches; returns the names applied (a patch whose change the app
    already has is skipped)."""
    applied = []
    for name in names:
        if name and _PATCHES[name]() is not False:
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


def _store_after_paint() -> bool:
    from PySide6.QtCore import QTimer

    from desktop.views import main_window
    from desktop.workers import calendar_service

    service_class = calendar_service.CalendarService
    window_class = main_window.MainWindow
    if hasattr(service_class, "open_store"):
        return False  # the app does it (CalendarService.open_store, called after the paint)

    def source_opened(self: Any, opened: Any) -> None:
        settings, cache = opened
        self.settings = settings
        self.cache = cache

        def open_store() -> Any:
            store = self._store_factory(settings)
            store.connect()
            return store

        def open_now() -> None:
            if getattr(self, "_bench_store_pending", None) is open_now:
                self._bench_store_pending = None
                self.runner.submit(open_store, self._opened, self._open_failed, key="connect")

        self._bench_store_pending = open_now
        self.cacheReady.emit()
        QTimer.singleShot(1000, open_now)  # nothing was painted from the cache: open anyway

    def open_deferred(service: Any) -> None:
        pending = getattr(service, "_bench_store_pending", None)
        if pending is not None:
            pending()

    original_cached_month = window_class._cached_month_loaded
    original_cached_departments = window_class._cached_departments

    def cached_month_loaded(self: Any, month: Any, found: Any) -> None:
        original_cached_month(self, month, found)
        after_paint(self.month_view.viewport(), lambda: open_deferred(self.service))

    def cached_departments(self: Any, cached: Any) -> None:
        original_cached_departments(self, cached)
        if not cached[0]:
            open_deferred(self.service)  # nothing cached: nothing to paint first

    service_class._source_opened = source_opened  # type: ignore[method-assign]
    window_class._cached_month_loaded = cached_month_loaded  # type: ignore[method-assign]
    window_class._cached_departments = cached_departments  # type: ignore[method-assign]
    return True


def _prefetch_after_paint() -> None:
    from desktop.views import main_window

    window_class = main_window.MainWindow
    original = window_class._prefetch_neighbours

    def prefetch(self: Any) -> None:
        after_paint(self.month_view.viewport(), lambda: original(self))

    window_class._prefetch_neighbours = prefetch  # type: ignore[method-assign]


def _cache_after_paint() -> None:
    import logging

    from desktop.domain.calendar import month_end, month_start
    from desktop.views import main_window
    from desktop.workers import calendar_service

    log = logging.getLogger(calendar_service.__name__)
    service_class = calendar_service.CalendarService
    window_class = main_window.MainWindow

    def load_month(
        self: Any,
        department_ids: list[str],
        month: Any,
        on_result: Callable[[Any], None],
        on_error: Callable[[Any], None],
        *,
        key: str = "month",
    ) -> int:
        first, last = month_start(month), month_end(month)

        def fetch(store: Any) -> Any:
            batches = {d: store.events_between(d, first, last) for d in department_ids}
            for batch in batches.values():
                self.overlay_recent(batch)
            return calendar_service.MonthResult(first, batches)

        def remember(cache: Any, result: Any) -> None:
            for department_id, batch in result.batches.items():
                try:
                    cache.replace_month(department_id, first, batch.events, batch.fetched_at)
                except Exception:
                    log.exception("Could not save a month in the cache")

        def delivered(result: Any) -> None:
            pending = self.__dict__.setdefault("_bench_cache_writes", [])
            pending.append(lambda: self.run_local(lambda cache: remember(cache, result)))
            on_result(result)
            flush = getattr(self, "_bench_flush", None)
            if flush is not None:
                flush()

        return int(self.run(fetch, delivered, on_error, key=key))

    def flush_later(self: Any) -> None:
        """The window: write the fetched months to the cache once the grid has painted."""
        service = self.service

        def flush() -> None:
            writes = service.__dict__.pop("_bench_cache_writes", [])
            for write in writes:
                write()

        after_paint(self.month_view.viewport(), flush)

    original_init = window_class.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self.service._bench_flush = lambda: flush_later(self)

    service_class.load_month = load_month  # type: ignore[method-assign]
    window_class.__init__ = init  # type: ignore[method-assign]


def _gc_freeze() -> None:
    import gc

    from desktop.views import main_window

    window_class = main_window.MainWindow
    original = window_class.start

    def start(self: Any) -> None:
        original(self)
        gc.collect()
        gc.freeze()

    window_class.start = start  # type: ignore[method-assign]


_PATCHES: dict[str, Callable[[], bool | None]] = {
    "store-after-paint": _store_after_paint,
    "prefetch-after-paint": _prefetch_after_paint,
    "cache-after-paint": _cache_after_paint,
    "gc-freeze": _gc_freeze,
}
