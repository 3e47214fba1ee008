"""Start the window: translations, locale, palette, the data layer behind the first paint."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QMetaObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from desktop.demo_support import demo_available, demo_unavailable_message
from desktop.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from desktop.data.cache import Cache
    from desktop.data.config import ConnectionSettings
    from desktop.data.secrets import SecretStore
    from desktop.demo import DemoServer
    from desktop.settings import AppSettings
    from desktop.views.bug_dialog import BugDialogs
    from desktop.workers.bugs import Bug, BugReporter

log = logging.getLogger(__name__)

LANGUAGES = ("ko", "en")


def add_gui_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a local sample calendar (nothing is saved)",
    )
    parser.add_argument(
        "--locale", choices=LANGUAGES, help="language of the window (default: the system's)"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="render the window to this PNG once the month is shown, then exit",
    )
    parser.add_argument(
        "--view",
        choices=("month", "week", "agenda", "team", "year"),
        help="the view to open (default: the one shown last)",
    )
    parser.add_argument(
        "--palette",
        choices=("system", "light", "dark"),
        default="system",
        help="colours: follow the system's light or dark mode (default), or always light or dark",
    )
    parser.add_argument(
        "--size",
        default="1280x800",
        metavar="WxH",
        help="with --screenshot: the window's size in pixels (default: 1280x800)",
    )


def choose_locale(language: str | None) -> QLocale:
    if language == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale.system()


def install_translations(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """The app's own catalogue and Qt's (standard buttons, dialogs) for ``locale``.

    English needs only the app's own: the source strings are English, and its catalogue
    holds the singular of each string with a count ("1 change not sent").
    """
    installed: list[QTranslator] = []
    candidates = [("deptcal", str(resource_path("i18n")))]
    if locale.language() != QLocale.Language.English:
        candidates.append(("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("No %s translation for %s in %s", name, locale.name(), directory)
    return installed


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#292a2d",
        QPalette.ColorRole.AlternateBase: "#232427",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Mid: "#3c4043",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    return palette


def light_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f6f7"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#dadce0"))
    return palette


def apply_palette(app: QApplication, dark: bool) -> None:
    """The dark or the light palette (Fusion draws every control in its colours)."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else light_palette())


def follow_color_scheme(app: QApplication) -> QMetaObject.Connection:
    """The system's light or dark mode, now and whenever it changes (the grid repaints)."""
    hints = QGuiApplication.styleHints()

    def apply(scheme: Qt.ColorScheme) -> None:
        dark = scheme == Qt.ColorScheme.Dark
        if dark or app.palette().color(QPalette.ColorRole.Window).lightness() < 128:
            apply_palette(app, dark)  # a light system keeps its own palette until it was dark

    apply(hints.colorScheme())
    return hints.colorSchemeChanged.connect(apply)


def cache_path() -> Path:
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "cache.sqlite3"


class DataSources:
    """Where the window's data comes from: the configured tables, or the built-in demo.

    Each loader runs on a worker (it reads the keyring, or starts the demo endpoint).

    ``scratch`` (``--self-test``, ``--screenshot``): the cache is a temporary copy of the
    user's without its outbox, made only while no window is open (else it starts empty), so
    these runs never read the file under the window's writes, nor send or change a change
    the user has not sent yet. :attr:`scratch_cache` says which it was.
    """

    def __init__(
        self, settings: AppSettings, secrets: SecretStore, *, scratch: bool = False
    ) -> None:
        self.settings = settings
        self.secrets = secrets
        self.scratch = scratch
        self.scratch_cache = ""  # "copy", "empty: a window is open", "empty: nothing saved"
        self._demo_server: DemoServer | None = None
        self._demo_connection: ConnectionSettings | None = None
        self._demo_dir: Path | None = None

    def configured(self) -> ConnectionSettings:
        from desktop.data.connection import load_connection

        return load_connection(self.settings, self.secrets)

    def demo(self) -> ConnectionSettings:
        if self._demo_connection is None:
            from desktop.demo import start_demo

            self._demo_server, self._demo_connection = start_demo()
        return self._demo_connection

    def open_cache(self, connection: ConnectionSettings) -> Cache:
        """The local cache for this source; the demo's lives in a temp folder (runs on a worker)."""
        from desktop.data.cache import Cache

        if connection is self._demo_connection or self.scratch:
            import tempfile

            self._demo_dir = self._demo_dir or Path(tempfile.mkdtemp(prefix="deptcal-demo-"))
            path = self._demo_dir / "cache.sqlite3"
            if connection is not self._demo_connection and not path.exists():
                self.scratch_cache = self._copy_user_cache(path)
            return Cache.open(path, connection.source_key())
        return Cache.open(cache_path(), connection.source_key())

    @staticmethod
    def _copy_user_cache(path: Path) -> str:
        from desktop.data.cache import copy_without_outbox
        from desktop.single_instance import window_closed

        user = cache_path()
        with window_closed(user.parent) as closed:
            if not closed:
                return "empty: a window is open"
            if not user.exists():
                return "empty: nothing saved"
            return "copy" if copy_without_outbox(user, path) else "empty: the file is unreadable"

    def close(self) -> None:
        if self._demo_server is not None:
            self._demo_server.stop()
        if self._demo_dir is not None:
            import shutil

            shutil.rmtree(self._demo_dir, ignore_errors=True)


def needs_setup(settings: AppSettings) -> bool:
    """Nothing configured anywhere: the first start shows the settings dialog."""
    from desktop.settings import ALL, CONFIGURED, CONNECTION_SETTINGS

    if settings.get(CONFIGURED):
        return False
    if os.environ.get("AWS_ACCESS_KEY_ID") or os.environ.get("AWS_PROFILE"):
        return False
    from desktop.data.connection import resolved_values

    if any(settings.user.contains(s.key) or settings.is_locked(s) for s in ALL):
        return False
    values, dotenv = resolved_values(settings)
    # The network values (a proxy in the environment) say nothing of where the calendar is.
    if any(values[name].source != "default" for name in CONNECTION_SETTINGS):
        return False
    return not dotenv


class LaterStart:
    """Start-up's work that waits until the window has painted the cached month: the log file
    (records logged meanwhile are held, then written first) and the bug report dialog (bugs
    reported meanwhile, caught by the hooks installed at once, are held, then shown).

    Each step runs on its own turn of the event loop, so none lengthens another's pass.
    """

    def __init__(self, bugs: BugReporter) -> None:
        from desktop.logs import hold_records
        from desktop.workers.bugs import install_hooks

        hold_records()
        # One place for bugs on every thread: slots, worker tasks and Python threads.
        self.bugs = bugs
        install_hooks(bugs)
        self.held: list[Bug] = []
        self._hold = self.held.append
        bugs.subscribe(self._hold)
        self.dialogs: BugDialogs | None = None
        self.logging_set_up = False

    def after_paint(self) -> None:
        QTimer.singleShot(0, self.set_up_logging)
        QTimer.singleShot(0, self.show_bugs)

    def set_up_logging(self) -> None:
        if not self.logging_set_up:
            from desktop.logs import setup_logging

            self.logging_set_up = True
            setup_logging()

    def show_bugs(self) -> None:
        app = QApplication.instance()
        if self.dialogs is not None or app is None:
            return
        from desktop.views.bug_dialog import BugDialogs

        self.dialogs = BugDialogs(self.bugs, app)
        self.bugs.unsubscribe(self._hold)
        held, self.held[:] = list(self.held), []
        for bug in held:
            self.dialogs.show(bug)

    def stop(self) -> None:
        """At exit: the log file gets what was held; no more report dialogs open."""
        self.set_up_logging()
        self.bugs.unsubscribe(self._hold)
        if self.dialogs is not None:
            self.dialogs.stop()


def run_gui(args: argparse.Namespace) -> int:
    from desktop.workers.bugs import BugReporter

    later = LaterStart(BugReporter())
    try:
        return _run_window(args, later)
    finally:
        later.stop()


def _run_window(args: argparse.Namespace, later: LaterStart) -> int:
    from desktop.data.secrets import SecretStore
    from desktop.settings import AppSettings
    from desktop.workers.calendar_service import CalendarService

    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        # A screenshot needs no screen: render offscreen (also on machines without a display).
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QGuiApplication.setDesktopFileName("deptcal")
    app.setWindowIcon(QIcon(str(resource_path("icons", "deptcal.png"))))
    from desktop.settings import LANGUAGE

    locale = choose_locale(args.locale or str(AppSettings().get(LANGUAGE)) or None)
    QLocale.setDefault(locale)
    install_translations(app, locale)
    if args.demo and not demo_available():
        return refuse_demo()
    if args.palette == "system":
        follow_color_scheme(app)
    else:
        apply_palette(app, args.palette == "dark")

    instance = None
    if not args.demo and not args.screenshot:
        from desktop.single_instance import SingleInstance

        instance = SingleInstance(cache_path().parent)
        claimed = instance.claim()
        if claimed == "shown":
            return 0  # the open window came to the front
        if claimed == "busy":
            already_open_box().exec()
            return 1
    settings = AppSettings()
    if args.view:
        from desktop.views.window.view_switch import VIEW

        settings.set(VIEW, args.view)
    sources = DataSources(settings, SecretStore(), scratch=bool(args.screenshot))
    service = CalendarService(
        sources.demo if args.demo else sources.configured,
        cache_factory=sources.open_cache,
        bugs=later.bugs,
    )
    setting_up = not args.demo and not args.screenshot and needs_setup(settings)
    if not setting_up:
        # The cache opens on a worker (mostly SQLite, off the GIL) while the window is built.
        service.start()
    from desktop.views.main_window import MainWindow

    window = MainWindow(service, settings, locale=locale, demo=args.demo, sources=sources)
    width, _, height = str(args.size).partition("x")
    if args.screenshot or args.palette != "system":
        window.resize(int(width), int(height))
    if setting_up:
        QTimer.singleShot(0, lambda: window.open_settings(first_start=True))
    else:
        # No event was handled since service.start(): the cache's answer comes after this.
        window.start(service_started=True)
    window.after_start(later.after_paint)
    if instance is not None:
        instance.activated.connect(window.bring_to_front)
        window.after_start(instance.listen)
    window.show()
    exit_code = 0
    if args.screenshot:
        exit_code = _screenshot_when_ready(app, window, args.screenshot)
    else:
        exit_code = app.exec()
    service.close()
    sources.close()
    if instance is not None:
        instance.release()
    return exit_code


def refuse_demo() -> int:
    """``--demo`` where the demo cannot run (the installed app): one line saying why and what
    to do instead, and exit code 2 (a usage problem, as the admin commands use it).

    The line goes to stderr; a windowed app started without a console (Windows, or macOS from
    the Finder) has none, and shows it in a message box instead.
    """
    message = demo_unavailable_message()
    if sys.stderr is not None:
        print(f"deptcal: {message}", file=sys.stderr)
    else:
        from PySide6.QtWidgets import QMessageBox

        from desktop.i18n import tr

        QMessageBox(QMessageBox.Icon.Information, tr("Gui", "Department Calendar"), message).exec()
    return 2


def already_open_box() -> QMessageBox:
    """Said when a copy of the app has the window but does not answer a second start."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.i18n import tr

    return QMessageBox(
        QMessageBox.Icon.Information,
        tr("Gui", "Department Calendar"),
        tr(
            "Gui",
            "Department Calendar is already open on this computer, but it is not answering. "
            "Wait a moment and open it again; if it stays like this, close it (or restart the "
            "computer) and open it again.",
        ),
    )


def _screenshot_when_ready(app: QApplication, window, path: Path) -> int:  # type: ignore[no-untyped-def]
    result = {"code": 1}

    def grab() -> None:
        window.grab().save(str(path))
        print(f"Saved {path}")
        result["code"] = 0
        app.exit(0)

    settle = QTimer(app)
    settle.setSingleShot(True)
    settle.timeout.connect(grab)

    def shown(_month: object = None) -> None:
        if not window.months.span_complete:  # a view's other months come next
            window.months.spanRead.connect(shown, Qt.ConnectionType.SingleShotConnection)
            return
        # Give the holidays (computed on a worker) and the last repaint a moment.
        settle.start(800)

    def failed(error: object) -> None:
        print(f"deptcal: {error}", file=sys.stderr)
        app.exit(0)

    window.monthShown.connect(shown)
    window.service.failed.connect(failed)
    # exit(), not quit(): quit() posts an event that a later event loop of this process would
    # handle (the tests run main() in-process); the timers are stopped once done for the same
    # reason.
    deadline = QTimer(app)
    deadline.setSingleShot(True)
    deadline.timeout.connect(lambda: app.exit(0))
    deadline.start(60_000)
    try:
        app.exec()
    finally:
        for timer in (deadline, settle):
            timer.stop()
            timer.deleteLater()
        window.monthShown.disconnect(shown)
    if result["code"]:
        print("deptcal: the calendar did not load within a minute", file=sys.stderr)
    return result["code"]
