"""A real :class:`MainWindow` on a real store, and the instruments the scenarios read.

- :class:`PaintProbe` times the *end* of every paint of the month grid: ``MonthView.paintEvent``
  is wrapped (Qt's own ``QTableView.paintEvent`` runs, then the probe notes the time), so
  "painted" means the grid's paint event has completed, not merely been posted.
- :func:`run_until` spins a local event loop (never ``QApplication.exec``/``quit``, which in
  Qt 6 closes the windows) until a condition holds.
- :func:`build_window` makes the window the way ``tests/views/conftest.py`` does: a
  :class:`CalendarService` on one :class:`DynamoStore`, a SQLite cache file, temp settings.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QTableView

from bench.data import REGION, connection
from bench.meter import ReadMeter
from desktop.data.cache import Cache
from desktop.data.store import DynamoStore
from desktop.settings import AppSettings
from desktop.views.main_window import CURRENT_DEPARTMENT, OVERLAYS, MainWindow
from desktop.views.month_view import MonthView
from desktop.workers.calendar_service import CalendarService

KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
__all__ = ["REGION", "Harness", "app", "build_window", "connection", "run_until"]


class PaintProbe:
    """Notes when each paint of a :class:`MonthView` viewport has completed."""

    def __init__(self) -> None:
        self.count = 0
        self.started = 0.0  # when the last paint began
        self.last = 0.0  # when it completed
        self.watchers: list[Callable[[MonthView, float], None]] = []

    def install(self) -> None:
        probe = self

        def paint_event(view: MonthView, event: QPaintEvent) -> None:
            probe.started = time.perf_counter()
            QTableView.paintEvent(view, event)
            probe.count += 1
            probe.last = time.perf_counter()
            for watcher in list(probe.watchers):
                watcher(view, probe.last)

        MonthView.paintEvent = paint_event  # type: ignore[method-assign,assignment]

    def until_painted(
        self, view: MonthView, condition: Callable[[], bool], start: Callable[[], None]
    ) -> float:
        """Run ``start()``; return the time at which a paint of ``view`` completed with
        ``condition()`` true (``perf_counter`` seconds)."""
        loop = QEventLoop()
        found: list[float] = []

        def watcher(painted: MonthView, moment: float) -> None:
            if painted is view and not found and condition():
                found.append(moment)
                loop.quit()

        self.watchers.append(watcher)
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(60_000)
        try:
            start()
            if not found:
                loop.exec()
        finally:
            guard.stop()
            self.watchers.remove(watcher)
        if not found:
            raise TimeoutError("the grid was not painted as expected within a minute")
        return found[0]


PROBE = PaintProbe()


def app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    created = QApplication(["bench"])
    PROBE.install()
    return created


def run_until(condition: Callable[[], bool], timeout: float = 60.0, poll_ms: int = 2) -> None:
    """Process events until ``condition()`` holds (checked every ``poll_ms``)."""
    if condition():
        return
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    met = False

    def check() -> None:
        nonlocal met
        # What was seen decides: asking again after the loop ends can find new work started
        # meanwhile (a task the window defers to the next paint) and call it a timeout.
        met = met or condition()
        if met or time.perf_counter() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start(poll_ms)
    check()
    if not met:
        loop.exec()
    timer.stop()
    if not met:
        raise TimeoutError("condition not met in time")


def pause(seconds: float) -> None:
    """Process events for ``seconds``."""
    end = time.perf_counter() + seconds
    run_until(lambda: time.perf_counter() >= end, timeout=seconds + 5)


@dataclass
class Harness:
    window: MainWindow
    service: CalendarService
    store: DynamoStore
    meter: ReadMeter
    cache_file: Path
    activity: int = 0  # how many times the task runner went busy

    @property
    def view(self) -> MonthView:
        return self.window.month_view

    def idle(self, timeout: float = 120.0) -> None:
        """Until no task runs or waits (fetches, prefetches, holidays, cache reads)."""
        run_until(lambda: not self.service.runner.busy, timeout)

    def settle(self, quiet: float = 0.05, timeout: float = 120.0) -> None:
        """Until no task has run for ``quiet`` seconds (work the window defers, with timers
        or until the next paint, starts late: waiting for no task is not enough)."""
        deadline = time.perf_counter() + timeout
        while True:
            self.idle(timeout)
            before = self.activity
            pause(quiet)
            if self.activity == before and not self.service.runner.busy:
                return
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not settle")

    def grid_complete(self) -> bool:
        """The grid paints every entry the window knows (a big month is arranged on a worker,
        then shown a week per paint)."""
        # getattr: the same bench measures an app from before the grid filled by weeks.
        months, model = self.window.months, self.window.model
        return not getattr(months, "arranging", False) and not getattr(model, "filling", False)

    def has_month(self, department_id: str, month: date) -> bool:
        return (department_id, month) in self.window.months.memory

    def forget_memory(self) -> None:
        """Forget what the window holds in memory (the months it fetched or read)."""
        self.window.months.memory.clear()

    def first_paint_seconds(self) -> float:
        """A synchronous repaint of the grid with its laid-out texts forgotten: what painting
        a month's texts for the first time costs (the cold switch's part after the Query)."""
        delegate = self.view.itemDelegate()
        delegate._texts = type(delegate._texts)()  # type: ignore[attr-defined]
        started = time.perf_counter()
        self.view.viewport().repaint()
        return time.perf_counter() - started

    def forget_cached(self, months: list[date]) -> None:
        """Remove months from the SQLite cache, as if never fetched (another connection)."""
        import sqlite3

        from desktop.domain.calendar import month_end

        with sqlite3.connect(self.cache_file, timeout=5) as conn:
            for month in months:
                conn.execute("DELETE FROM fetched_months WHERE month = ?", (month.isoformat(),))
                conn.execute(
                    "DELETE FROM events WHERE event_date BETWEEN ? AND ?",
                    (month.isoformat(), month_end(month).isoformat()),
                )

    def close(self) -> None:
        self.window.close()
        self.service.close()


def build_window(
    url: str,
    workdir: Path,
    *,
    department: str,
    overlays: list[str] | None = None,
    today: date | None = None,
    cache_file: Path | None = None,
    start: bool = True,
    sizes: bool = False,
    read_timeout: float | None = None,
) -> Harness:
    """A started window on ``department`` (with ``overlays``), its month fetched and idle.

    ``sizes``: the read meter also adds up item sizes (read units), on the worker threads.
    """
    app()
    workdir.mkdir(parents=True, exist_ok=True)
    settings = AppSettings(
        QSettings(str(workdir / "user.ini"), QSettings.Format.IniFormat),
        QSettings(str(workdir / "system.ini"), QSettings.Format.IniFormat),
    )
    settings.set(CURRENT_DEPARTMENT, department)
    settings.set(OVERLAYS, list(overlays or []))
    settings.sync()
    settings_for_connection = connection(url)
    if read_timeout is not None:  # a 30,000-event month's pages on a busy 2-core machine
        settings_for_connection = replace(settings_for_connection, read_timeout=read_timeout)
    store = DynamoStore(settings_for_connection)
    store.connect()
    meter = ReadMeter(sizes=sizes)
    meter.attach(store.client)
    cache_path = cache_file or workdir / "cache.sqlite3"
    service = CalendarService(
        lambda: settings_for_connection,
        store_factory=lambda _s: store,
        cache_factory=lambda s: Cache.open(cache_path, s.source_key()),
    )
    window = MainWindow(
        service, settings, locale=KOREAN, today=today or date.today(), watch_network=False
    )
    window.show()
    harness = Harness(window, service, store, meter, cache_path)

    def busy_changed(busy: bool) -> None:
        if busy:
            harness.activity += 1

    service.runner.busyChanged.connect(busy_changed)
    if start:
        window.start()
        run_until(
            lambda: service.store is not None and harness.has_month(department, window.month),
            60.0 if read_timeout is None else 10 * read_timeout,  # a huge month takes long
        )
        harness.idle()
    return harness


def rss_peak_mb() -> float:
    """The process's peak resident set (VmHWM), in MB."""
    return _status_kb("VmHWM") / 1024


def rss_now_mb() -> float:
    return _status_kb("VmRSS") / 1024


def _status_kb(field: str) -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return float(line.split()[1])
    except OSError:
        pass
    import resource

    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
