"""The start-up probe: ``python -m bench.probe bare|app|paths [APP ARGS…]``.

Run by the harness as a fresh process; prints one line ``BENCH {json}`` with
``time.monotonic()`` marks (CLOCK_MONOTONIC is shared by every process of the machine, so the
harness subtracts the moment it spawned the process) and exits at once.

- ``bare``: a bare PySide6 window (QApplication, a 1280×800 QMainWindow): the baseline.
- ``floor NAMES…``: the bare window, the Qt types NAMES (``QtWidgets.QLabel``…) and a grid of
  text: what any PySide6 window showing a month costs before its own code runs.
- ``app``: the real app (``desktop.app.main``, the ``deptcal`` command), watched from outside
  through Qt events and the service's public signals: when the month grid has been painted
  with the cached month's events, it reports.
  "Painted" = the grid viewport's Paint event was delivered and the event loop came back
  (a zero-timer queued from the Paint event has fired).
- ``paths``: where this environment's app keeps its cache and settings (for preparing them).

This module imports nothing beyond what each mode needs: its own imports are counted.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

STARTED = time.monotonic()


def _report(marks: dict[str, object]) -> None:
    """Print the marks (floats are ``time.monotonic()`` moments, the rest facts) and leave."""
    import json

    times = {k: v for k, v in marks.items() if isinstance(v, float)}
    facts = {k: v for k, v in marks.items() if not isinstance(v, float)}
    sys.stdout.write("BENCH " + json.dumps({"t": times, "info": facts}) + "\n")
    sys.stdout.flush()
    os._exit(0)


def _peak_rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return float(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def bare() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    marks: dict[str, object] = {"started": STARTED}
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "painted" not in marks:
                marks["paint_event"] = time.monotonic()
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        marks["painted"] = time.monotonic()
        marks["peak_rss_kb"] = int(_peak_rss_mb() * 1024)
        _report(marks)

    watcher = Watcher()
    window.installEventFilter(watcher)
    window.show()
    marks["shown"] = time.monotonic()
    app.exec()


def floor(names: list[str]) -> None:
    """The bare window, plus what no PySide6 app that shows a month can skip: the Qt types its
    start-up modules import (PySide6 builds each type's Python enums at its first use: the
    ``Qt`` namespace alone takes about 10 ms) and a first paint of 42 cells of Korean text."""
    import importlib

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QPainter, QPaintEvent
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    marks: dict[str, object] = {"started": STARTED}
    for full in names:
        module, _, name = full.rpartition(".")
        getattr(importlib.import_module(f"PySide6.{module}"), name)
    marks["types"] = time.monotonic()
    app = QApplication(sys.argv[:1])

    class Grid(QWidget):
        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
            painter = QPainter(self)
            width, height = self.width() // 7, self.height() // 6
            for cell in range(42):
                x, y = (cell % 7) * width, (cell // 7) * height
                painter.drawText(x + 6, y + 16, str(cell % 30 + 1))
                painter.drawText(x + 6, y + 34, "오후 2:00 주간 회의")
            painter.end()

    window = QMainWindow()
    window.resize(1280, 800)
    grid = Grid()
    window.setCentralWidget(grid)

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "paint_event" not in marks:
                marks["paint_event"] = time.monotonic()
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        marks["painted"] = time.monotonic()
        _report(marks)

    watcher = Watcher()
    grid.installEventFilter(watcher)
    window.show()
    app.exec()


_AFTER_IMPORT: dict[str, list[Callable[[Any], None]]] = {}


def _after_import(name: str, patch: Callable[[Any], None]) -> None:
    """Call ``patch(module)`` right after ``name`` is first imported (by the app, when it
    wants it: the probe must not import the app's modules earlier than the app does). Several
    patches of one module run in the order they were asked for."""
    if name in sys.modules:
        patch(sys.modules[name])
        return
    if name in _AFTER_IMPORT:
        _AFTER_IMPORT[name].append(patch)
        return
    _AFTER_IMPORT[name] = [patch]
    import importlib.abc
    import importlib.machinery
    from collections.abc import Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(
            self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
        ) -> ModuleSpec | None:
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(fullname, path)
            assert spec is not None and spec.loader is not None
            loader: Any = spec.loader
            original = loader.exec_module

            def exec_module(module: ModuleType) -> None:
                original(module)
                for each in _AFTER_IMPORT.pop(name):
                    each(module)

            loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Finder())


def _time_app_imports() -> dict[str, float]:
    """Seconds the GUI thread spends importing each of the app's modules that no other module
    of the app imported (what it imported included, Qt's and the standard library's too):
    ``-X importtime``'s cumulative figures, but for this thread alone (its report mixes the
    imports of threads running at once). Filled until the probe reports."""
    import threading

    bootstrap: Any = sys.modules["_frozen_importlib"]
    original = bootstrap._find_and_load
    gui_thread = threading.get_ident()
    seconds: dict[str, float] = {}
    inside: list[str] = []

    def find_and_load(name: str, import_: Any) -> Any:
        own = name.split(".", maxsplit=1)[0] == "desktop"
        if not own or inside or threading.get_ident() != gui_thread:
            return original(name, import_)
        inside.append(name)
        began, began_cpu = time.perf_counter(), time.thread_time()
        try:
            return original(name, import_)
        finally:
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - began
            # The thread's CPU time too: what other processes on the machine do not lengthen.
            seconds[" cpu"] = seconds.get(" cpu", 0.0) + time.thread_time() - began_cpu
            inside.pop()

    bootstrap._find_and_load = find_and_load

    # PySide6 makes a Qt class's Python enum types (``enum.Enum``'s functional API, every
    # member) when the class is first touched: ``Qt`` alone is 94 types. Noted apart (" enums"),
    # inside the figures above: what any PySide6 window touching those classes pays.
    import enum

    create = enum.EnumType._create_

    def timed_create(cls: Any, *args: Any, **kwargs: Any) -> Any:
        if not inside or threading.get_ident() != gui_thread:
            return create(cls, *args, **kwargs)
        began = time.perf_counter()
        try:
            return create(cls, *args, **kwargs)
        finally:
            seconds[" enums"] = seconds.get(" enums", 0.0) + time.perf_counter() - began

    enum.EnumType._create_ = timed_create  # type: ignore[method-assign]
    return seconds


def app(args: list[str]) -> None:
    """The app as ``deptcal`` runs it, watched through public seams only: Qt events (an
    application-wide event filter until the main window shows, then filters on the window and
    its grid) and the service's public ``cacheReady`` and ``ready`` signals. Nothing of the
    app is patched (a what-if does patch, on purpose)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    marks: dict[str, object] = {"started": STARTED}
    what_if = os.environ.get("BENCH_WHAT_IF", "")
    if what_if:
        from bench import whatif

        marks["what_if"] = ",".join(whatif.apply(what_if.split(",")))

    class ImportWatch:
        """Notes when the data layer's import of boto3 begins (on a worker)."""

        def find_spec(self, name: str, *_: object) -> None:
            if name == "boto3" and "boto3_import" not in marks:
                marks["boto3_import"] = time.monotonic()

    sys.meta_path.insert(0, ImportWatch())
    app_imports = _time_app_imports() if os.environ.get("BENCH_IMPORT_TIMES") else None

    class Watcher(QObject):
        """The window's first paint, and the grid's first paint with the cached month."""

        def __init__(self, window: Any) -> None:
            super().__init__(window)
            self.window = window

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() != QEvent.Type.Paint:
                return False
            if watched is self.window and "window_paint" not in marks:
                marks["window_paint"] = time.monotonic()
            elif (
                watched is self.window.month_view.viewport()
                and "month_paint" not in marks
                and self.window.model.event_count_in_month() > 0
            ):
                marks["month_paint"] = time.monotonic()
                marks["events"] = self.window.model.event_count_in_month()
                marks["store_ready_at_paint"] = self.window.service.store is not None
                QTimer.singleShot(0, done)
            return False

    class WindowWatch(QObject):
        """Finds the main window by its first event (its title, set as it is built) and
        follows it until it shows; then only the window and its grid are watched."""

        def __init__(self, window_class: type) -> None:
            super().__init__()
            self.window_class = window_class
            self.window: Any = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if self.window is None and isinstance(watched, self.window_class):
                self.window = watched
                marks["window_init"] = time.monotonic()
                # The event loop has not run yet: the service's signals are all still to come.
                service = self.window.service
                service.cacheReady.connect(
                    lambda: marks.setdefault("cache_ready", time.monotonic())
                )
                service.ready.connect(lambda: marks.setdefault("store_ready", time.monotonic()))
            elif watched is self.window and event.type() == QEvent.Type.Show:
                marks["window_built"] = time.monotonic()  # built, started and being shown
                watcher = Watcher(self.window)
                self.window.installEventFilter(watcher)
                self.window.month_view.viewport().installEventFilter(watcher)
                application = QApplication.instance()
                if application is not None:
                    application.removeEventFilter(self)
            return False

    watches: list[WindowWatch] = []

    def watch(main_window: Any) -> None:
        # deptcal imports the window's module once its QApplication exists.
        marks["imported"] = time.monotonic()
        application = QApplication.instance()
        assert application is not None
        watches.append(WindowWatch(main_window.MainWindow))
        application.installEventFilter(watches[0])

    def done() -> None:
        marks["painted"] = time.monotonic()
        marks["peak_rss_kb"] = int(_peak_rss_mb() * 1024)
        marks["modules"] = sorted(m for m in sys.modules if m.split(".")[0] == "desktop")
        if app_imports is not None:
            cpu = app_imports.pop(" cpu", 0.0)
            marks["app_imports_enums_us"] = round(app_imports.pop(" enums", 0.0) * 1e6)
            marks["app_imports_us"] = round(sum(app_imports.values()) * 1e6)  # an int: a fact
            marks["app_imports_cpu_us"] = round(cpu * 1e6)
            marks["app_imports"] = {k: round(v * 1000, 2) for k, v in app_imports.items()}
        _report(marks)

    _after_import("desktop.views.main_window", watch)
    from desktop.app import main

    main(args)
    marks["exited_without_month"] = True
    _report(marks)


def paths() -> None:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from desktop.settings import APPLICATION, ORGANIZATION

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    from PySide6.QtCore import QSettings

    from desktop.gui import cache_path

    settings = QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )
    location = QStandardPaths.StandardLocation.AppLocalDataLocation
    _report(
        {
            "cache": str(cache_path()),
            "settings": settings.fileName(),
            "data": QStandardPaths.writableLocation(location),
        }
    )


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "bare":
        bare()
    elif mode == "floor":
        floor(sys.argv[2:])
    elif mode == "app":
        app(sys.argv[2:])
    elif mode == "paths":
        paths()
    else:
        sys.stderr.write(__doc__ or "")
        sys.exit(2)


if __name__ == "__main__":
    main()
