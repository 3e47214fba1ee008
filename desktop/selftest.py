"""``deptcal --self-test``: start the app without a screen and report whether every part works.

What CI and the release workflow run against the frozen (PyInstaller) app, and what support
can ask a user to run: a missing hidden import, a dropped botocore model, a missing Qt plugin
or resource shows up here instead of on a colleague's desk.

It builds the window exactly as :func:`desktop.gui.run_gui` does (``DataSources``,
``CalendarService``, ``MainWindow``, the real settings), on Qt's
``offscreen`` platform unless ``QT_QPA_PLATFORM`` says otherwise, and waits until the
departments and the current month are shown. It then prints one JSON object on stdout::

    {"ok": true, "version": "0.1.0", "window": true, "departments": 2, "month_events": 14,
     "offline": false, "translations": true, "keyring": "keyring.backends.….Keyring",
     "cache": true, "frozen": true, "python": "3.12.1", "qt": "6.12.0", "seconds": 1.9, …}

and exits 0 only when every part works (``failures`` lists what did not). The decisions:

- **The user's cache is never used**: the window gets a temporary copy of it without the
  outbox, made only while no window is open (the window lock is held while copying; with a
  window open the copy starts empty and ``cache_copy`` says so). A self-test never sends a
  change the user has not sent yet, nor reads the file while the window writes it.

- **Offline** (DynamoDB unreachable): a pass when the calendar could still be shown from the
  local cache (``departments`` > 0: the app is usable, as it is for a user on a train), a
  failure when nothing was ever saved on this computer (there is nothing to show). ``offline``
  says which case it was; CI, which needs the network path, checks it is ``false``.
- **Keyring**: the backend this OS should use must be packaged (``keyring``'s entry points are
  found and its module imports), on every OS. The backend actually chosen is reported by name;
  a ``fail`` or ``null`` backend is a failure on Windows and macOS (they always have one) but
  not on Linux, where a headless machine or a desktop without a Secret Service has none and the
  app then signs in with a profile or the standard chain.
- **Translations**: the Korean catalogue and Qt's ``qtbase_ko.qm`` load and translate a known
  string, whatever the language the window runs in.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import platform
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.data.config import ConnectionSettings
    from desktop.data.store import DepartmentList
    from desktop.views.main_window import MainWindow
    from desktop.workers.calendar_service import CalendarService

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 60.0
KEYRING_TIMEOUT_SECONDS = 15.0
# After going offline, how long the cache gets to paint the month before the report is made.
OFFLINE_SETTLE_MS = 800
# A string each catalogue must translate: (context, source).
APP_STRING = ("MainWindow", "Department Calendar")
QT_STRING = ("QPlatformTheme", "Cancel")
# The keyring backend module each OS must have packaged.
KEYRING_MODULES = {
    "win32": "keyring.backends.Windows",
    "darwin": "keyring.backends.macOS",
    "linux": "keyring.backends.SecretService",
}
NOT_STORING_BACKENDS = ("keyring.backends.fail.", "keyring.backends.null.")


def add_self_test_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=(
            "start without a screen, load the departments and this month, print a JSON report "
            "and exit (0 when every part works)"
        ),
    )
    parser.add_argument(
        "--self-test-report",
        type=Path,
        metavar="JSON",
        help="also write the self-test's report to this file (the Windows app has no console)",
    )
    parser.add_argument(
        "--self-test-timeout", type=float, default=TIMEOUT_SECONDS, help=argparse.SUPPRESS
    )


def process_age() -> float | None:
    """Seconds since this process started, where the OS tells cheaply (Linux), else ``None``."""
    try:
        stat = Path("/proc/self/stat").read_text()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        # The fields after the command name (which may hold spaces) in parentheses.
        fields = stat.rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return max(0.0, uptime - started)


# --- the parts checked beside the window ----------------------------------------------------------


def check_translations(app: QApplication) -> tuple[bool, dict[str, Any]]:
    """Load both Korean catalogues (without installing them) and translate a known string."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from desktop.resources import resource_path

    korean = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    detail: dict[str, Any] = {}
    ok = True
    for name, directory, (context, text) in (
        ("deptcal", str(resource_path("i18n")), APP_STRING),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), QT_STRING),
    ):
        translator = QTranslator(app)
        loaded = translator.load(korean, name, "_", directory)
        translated = translator.translate(context, text) if loaded else ""
        works = bool(translated) and translated != text
        detail[name] = translated if works else None
        ok = ok and works
        translator.deleteLater()
    return ok, detail


def check_keyring(system: str = sys.platform) -> tuple[bool, str, list[str]]:
    """(ok, backend name, problems): the OS's backend packaged, and a backend chosen."""
    from importlib import metadata

    from desktop.data.secrets import SecretStore

    problems: list[str] = []
    names = {entry.name for entry in metadata.entry_points(group="keyring.backends")}
    if not names:
        problems.append("keyring's backends are not registered (package metadata missing)")
    expected = KEYRING_MODULES.get(system)
    if expected is not None:
        try:
            importlib.import_module(expected)
        except Exception as exc:
            problems.append(f"{expected} cannot be imported: {type(exc).__name__}: {exc}")
    backend = SecretStore().backend_name()
    if backend.startswith(NOT_STORING_BACKENDS) and system in ("win32", "darwin"):
        problems.append(f"no usable keyring on this {system} machine ({backend})")
    return not problems, backend, problems


def check_holidays() -> bool:
    """The holiday rules and their translated names (package data) are there."""
    from datetime import date

    from desktop.domain.holidays import holiday_names

    korean = holiday_names("KR", [2025], "ko").get(date(2025, 1, 1), "")
    english = holiday_names("KR", [2025], "en_US").get(date(2025, 1, 1), "")
    return bool(korean) and bool(english) and korean != english


class _Background:
    """Run a check on a Python thread, so a hanging keyring cannot hang the self-test."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(work,), daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[], Any]) -> None:
        try:
            self.result = work()
        except BaseException as exc:
            self.error = exc

    def wait(self, seconds: float) -> bool:
        self._thread.join(seconds)
        return not self._thread.is_alive()


# --- the window ---------------------------------------------------------------------------------


def _watched_store_class() -> type:
    from desktop.data.store import DynamoStore

    class WatchedStore(DynamoStore):
        """The real store, noting which answers came from DynamoDB (not from the cache)."""

        departments_answered = False

        def list_departments(self) -> DepartmentList:
            result = super().list_departments()
            self.departments_answered = True
            return result

    return WatchedStore


class _Watch:
    """Follows the window until the calendar is on screen, offline, failed or out of time."""

    def __init__(self, app: QApplication, window: MainWindow, service: CalendarService) -> None:
        self.app = app
        self.window = window
        self.service = service
        self.outcome = ""  # "online", "offline", "failed", "timeout"
        self.problem = ""
        self.cache_opened: bool | None = None
        self.first_month_shown: float | None = None
        service.cacheReady.connect(self._cache_ready)
        window.monthShown.connect(self._month_shown)
        window.departmentsShown.connect(self._departments_shown)
        window.connectivity.onlineChanged.connect(self._online_changed)

    def _store(self) -> Any:
        return self.service.store

    def _finish(self, outcome: str, problem: str = "") -> None:
        if not self.outcome:
            self.outcome = outcome
            self.problem = problem
            # exit(), not quit(): quit() closes the windows first, and the window's closeEvent
            # would save this offscreen run's geometry over the user's.
            self.app.exit(0)

    def _cache_ready(self) -> None:
        self.cache_opened = self.service.cache is not None

    def _month_shown(self, _month: object) -> None:
        if self.first_month_shown is None:
            self.first_month_shown = time.monotonic()
        store = self._store()
        if store is not None and store.departments_answered and self.window.connectivity.online:
            self._finish("online")

    def _departments_shown(self) -> None:
        store = self._store()
        if store is not None and store.departments_answered and not self.window.departments:
            self._finish("online")  # the table answered, and has no departments yet

    def _online_changed(self, online: bool) -> None:
        if not online:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(OFFLINE_SETTLE_MS, lambda: self._finish("offline"))

    def poll(self) -> None:
        banner = self.window.banner
        if banner.kind in ("error", "warning"):
            details = f" [{banner.details}]" if banner.details else ""  # for whoever fixes it
            self._finish("failed", banner.label.text() + details)

    def timed_out(self, seconds: float) -> None:
        self._finish("timeout", f"the calendar did not load within {seconds:g} s")


def run_self_test(args: argparse.Namespace) -> int:
    """Open the window offscreen, load the calendar, print the report; 0 when all works."""
    started = time.monotonic()
    age_at_start = process_age()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLocale, QTimer, qVersion
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.data.secrets import SecretStore
    from desktop.gui import DataSources, choose_locale, install_translations
    from desktop.logs import setup_logging
    from desktop.resources import resource_path
    from desktop.settings import AppSettings
    from desktop.views.main_window import MainWindow
    from desktop.workers.calendar_service import CalendarService

    # Problems go to stderr (a windowed Windows app has none; the report says what failed).
    setup_logging(to_file=False, console_level=logging.WARNING if sys.stderr else None)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QGuiApplication.setDesktopFileName("deptcal")
    icon = QIcon(str(resource_path("icons", "deptcal.png")))
    app.setWindowIcon(icon)
    previous_locale = QLocale()
    locale = choose_locale(args.locale)
    QLocale.setDefault(locale)
    translators = install_translations(app, locale)

    failures: list[str] = []
    background = _Background(lambda: (check_keyring(), check_holidays()))
    translations_ok, translations_detail = check_translations(app)
    if not translations_ok:
        failures.append(f"translations did not load: {translations_detail}")
    if icon.isNull():
        failures.append("the app icon is missing")

    settings = AppSettings()
    sources = DataSources(settings, SecretStore(), scratch=True)
    loader: Callable[[], ConnectionSettings] = sources.demo if args.demo else sources.configured
    service = CalendarService(
        loader, store_factory=_watched_store_class(), cache_factory=sources.open_cache
    )
    window = MainWindow(service, settings, locale=locale, demo=args.demo, sources=sources)
    watch = _Watch(app, window, service)
    window.show()
    QTimer.singleShot(0, window.start)
    poller = QTimer()
    poller.timeout.connect(watch.poll)
    poller.start(100)
    timeout = float(args.self_test_timeout)
    QTimer.singleShot(int(timeout * 1000), lambda: watch.timed_out(timeout))
    app.exec()
    poller.stop()

    window_ok = window.isVisible() and not window.grab().isNull()
    if not window_ok:
        failures.append("the window was not shown")
    departments = len(window.departments)
    month_events = window.model.event_count_in_month()
    offline = watch.outcome == "offline"
    if watch.outcome in ("failed", "timeout"):
        failures.append(watch.problem)
    elif offline and departments == 0:
        failures.append("DynamoDB cannot be reached and nothing is saved on this computer")
    if watch.cache_opened is not True:
        failures.append("the local cache could not be opened")

    keyring_name = ""
    holidays_ok = False
    if not background.wait(max(0.0, KEYRING_TIMEOUT_SECONDS - (time.monotonic() - started))):
        failures.append(f"the keyring did not answer within {KEYRING_TIMEOUT_SECONDS:g} s")
    elif background.error is not None:
        error = background.error
        failures.append(f"keyring or holidays check failed: {type(error).__name__}: {error}")
    else:
        (_keyring_ok, keyring_name, keyring_problems), holidays_ok = background.result
        failures.extend(keyring_problems)
        if not holidays_ok:
            failures.append("the holiday names could not be computed")

    connection = service.settings
    startup = None
    if watch.first_month_shown is not None and age_at_start is not None:
        startup = round(age_at_start + watch.first_month_shown - started, 3)
    report: dict[str, Any] = {
        "ok": not failures,
        "version": __version__,
        "window": window_ok,
        "departments": departments,
        "month_events": month_events,
        "month": window.month.isoformat(),
        "offline": offline,
        "endpoint": connection.endpoint_label() if connection is not None else None,
        "translations": translations_ok,
        "keyring": keyring_name,
        "cache": watch.cache_opened is True,
        "cache_persistent": bool(service.cache is not None and service.cache.persistent),
        "cache_copy": sources.scratch_cache,
        "holidays": holidays_ok,
        "icon": not icon.isNull(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "platform": f"{platform.system()} {platform.machine()}",
        "qpa": QGuiApplication.platformName(),
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside": pyside_version,
        "startup_seconds": startup,
        "seconds": round(time.monotonic() - started, 3),
        "failures": failures,
    }

    window.hide()  # not close(): an offscreen run must not save its geometry over the user's
    service.close()
    sources.close()
    window.deleteLater()
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(previous_locale)

    if sys.stdout is not None:  # a windowed Windows app has none
        # ASCII: a Windows pipe's code page cannot encode Korean text.
        print(json.dumps(report), flush=True)
    if args.self_test_report is not None:
        text = json.dumps(report, ensure_ascii=False)
        args.self_test_report.write_text(text + "\n", encoding="utf-8")
    return 0 if not failures else 1
