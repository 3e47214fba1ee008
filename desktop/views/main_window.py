"""The main window: wires the departments list, the month grid, the detail pane and the data.

It holds no business rules: the store (through :class:`CalendarService`) does the data work on
workers, the dialogs collect input, and this class connects them and keeps the view current.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.data.errors import OfflineError, StoreError, ValidationFailed
from desktop.domain.calendar import add_months, month_start
from desktop.domain.display import TEXT_LIMIT, elided, isolated
from desktop.domain.models import Department, Event
from desktop.i18n import tr
from desktop.settings import AppSettings, Setting
from desktop.views.banner import Banner
from desktop.views.colors import department_color
from desktop.views.departments_panel import DepartmentsPanel
from desktop.views.detail_panel import DetailPanel
from desktop.views.formats import long_date, month_title, short_time
from desktop.views.month_controller import MonthController
from desktop.views.month_model import DayEntry, MonthModel, Roles
from desktop.views.month_view import MonthView
from desktop.views.source_switch import SourceSwitch, configured_source_key
from desktop.workers.calendar_service import CalendarService
from desktop.workers.connectivity import ConnectivityMonitor
from desktop.workers.send_retry import SendWait

if TYPE_CHECKING:
    from desktop.data.cache import Cache, CachedMonth
    from desktop.data.config import ConnectionSettings
    from desktop.data.outbox import Change, Recorded, Sent
    from desktop.data.store import DepartmentList, DynamoStore
    from desktop.gui import DataSources
    from desktop.views.pending_dialog import PendingDialog

log = logging.getLogger(__name__)

# What start-up reads from the cache in one trip: departments, when saved, the month shown last.
CachedStart = tuple[list[Department], "datetime | None", dict[str, "CachedMonth"]]


def _not_kept(error: BaseException) -> StoreError:
    """A change that could not even be saved on this computer (the disk is full…)."""
    if isinstance(error, StoreError):
        return error
    return StoreError(
        tr(
            "MainWindow",
            "The change could not be saved on this computer ({reason}). Free some disk "
            "space or check the folder's permissions, then save again.",
        ).format(reason=str(error) or type(error).__name__),
        code="LocalSaveFailed",
    )


CURRENT_DEPARTMENT = Setting("view/department", str, "", "The department shown last")
OVERLAYS = Setting("view/overlays", list, [], "Departments overlaid on the calendar")
HOLIDAY_COUNTRY = Setting(
    "view/holiday_country", str, "auto", "auto (from the locale), a country code, or off"
)
GEOMETRY = Setting("window/geometry", bytes, b"", "Main window geometry")
SPLITTER = Setting("window/splitter", bytes, b"", "Main window splitter sizes")

REFRESH_MINUTES = Setting(
    "refresh/minutes", int, 5, "Minutes between automatic refreshes of the visible month"
)

UNDO_SECONDS = 8


class MainWindow(QMainWindow):
    monthShown = Signal(object)  # noqa: N815  date: a month's data is painted
    departmentsShown = Signal()  # noqa: N815
    exported = Signal(int)

    def __init__(
        self,
        service: CalendarService,
        settings: AppSettings,
        *,
        locale: QLocale | None = None,
        today: date | None = None,
        demo: bool = False,
        watch_network: bool = True,
        sources: DataSources | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        self.settings = settings
        self.locale_ = locale or QLocale()
        self.today = today or date.today()
        self.demo = demo
        self.sources = sources
        self.departments: list[Department] = []
        self._holiday_names: dict[tuple[str, tuple[int, ...], str], dict[date, str]] = {}
        self._error: StoreError | None = None
        self._undo: Callable[[], None] | None = None
        self._holidays_country = ""
        self.pending_dialog: PendingDialog | None = None
        self._elsewhere: list[tuple[str, int]] = []  # changes kept for other connections
        self.source_switch = SourceSwitch(self, self._switch_source)

        self.setWindowTitle(tr("MainWindow", "Department Calendar"))
        self.setMinimumSize(900, 600)
        self.connectivity = ConnectivityMonitor(self, watch_system=watch_network)
        self.connectivity.retryDue.connect(self._retry)
        self.connectivity.onlineChanged.connect(self._online_changed)
        self.model = MonthModel(self.locale_, self)
        # The months (memory, cache, table, refresh policy): the window only shows what it says.
        self.months = MonthController(
            service,
            self.connectivity,
            shown=self.shown_department_ids,
            names=self.department_name,
            first_weekday=self.model.first_weekday,
            month=self.today,
            after_paint=self._after_grid_paint,
            parent=self,
        )
        self.model.set_month(self.month, self.today)
        self._build_widgets()
        self._build_actions()
        self._connect()
        self._restore_state()
        self._update_title()
        self._set_state_text()

        self.refresh_timer = QTimer(self)
        self.refresh_timer.timeout.connect(self._refresh_if_due)
        self.refresh_timer.start(int(self.settings.get(REFRESH_MINUTES)) * 60_000)
        self._connect_months()
        self.service.cacheReady.connect(self._cache_ready)
        self.service.ready.connect(self._service_ready)
        self.service.failed.connect(self._service_failed)
        self.service.runner.busyChanged.connect(self._busy_changed)
        self.service.outboxChanged.connect(self._outbox_changed)
        self.service.changeSent.connect(self._change_sent)
        self.service.sendWaiting.connect(self._send_waiting)
        if demo:
            self._show_demo_banner()

    def _show_demo_banner(self) -> None:
        self.banner.show_message(
            "info",
            tr(
                "MainWindow",
                "Demo mode: a local sample calendar. Nothing you change here is saved.",
            ),
            closable=True,
        )

    def _connect_months(self) -> None:
        months = self.months
        months.entriesChanged.connect(self._show_entries)
        months.monthShown.connect(self._month_shown)
        months.loadingChanged.connect(self._loading_changed)
        months.gridBusy.connect(self._grid_busy)
        months.neverLoaded.connect(self._show_never_loaded)
        months.failed.connect(self._show_error)
        months.offline.connect(self._went_offline)
        months.reached.connect(self._table_reached)
        months.skipped.connect(self._records_skipped)

    # --- construction ---------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        self.banner = Banner(central)
        layout.addWidget(self.banner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.departments_panel = DepartmentsPanel(self.splitter)
        self.month_view = MonthView(self.model, self.splitter)
        self.detail = DetailPanel(self.splitter)
        self.splitter.addWidget(self.departments_panel)
        self.splitter.addWidget(self.month_view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([210, 850, 230])
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.count_label = QLabel(self)
        self.fetched_label = QLabel(self)
        self.status_message = QLabel(self)
        self.status_message.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(tr("MainWindow", "Undo"), self)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._run_undo)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._clear_undo)
        self.pending_button = QPushButton(self)
        self.pending_button.setObjectName("pendingButton")
        self.pending_button.setFlat(True)
        self.pending_button.hide()
        self.pending_button.clicked.connect(self.show_pending)
        # Why the changes not sent wait, and when they are tried again (until they are sent).
        self.send_wait_label = QLabel(self)
        self.send_wait_label.setObjectName("sendWaitLabel")
        self.send_wait_label.setTextFormat(Qt.TextFormat.PlainText)
        self.send_wait_label.setMinimumWidth(1)  # a long reason is cut (the tooltip has it all)
        self.send_wait_label.hide()
        status.addWidget(self.status_message, 1)
        status.addWidget(self.undo_button)
        status.addPermanentWidget(self.pending_button)
        status.addPermanentWidget(self.send_wait_label)
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.fetched_label)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        style = self.style()

        sp = QStyle.StandardPixmap
        self.previous_action = self._action(
            tr("MainWindow", "Previous month"), lambda: self.step_month(-1), "Ctrl+PgUp"
        )
        self.previous_action.setIcon(style.standardIcon(sp.SP_ArrowBack))
        self.today_action = self._action(tr("MainWindow", "Today"), self.go_today, "Ctrl+T")
        self.next_action = self._action(
            tr("MainWindow", "Next month"), lambda: self.step_month(1), "Ctrl+PgDown"
        )
        self.next_action.setIcon(style.standardIcon(sp.SP_ArrowForward))
        self.goto_action = self._action(tr("MainWindow", "Go to date…"), self.ask_date, "Ctrl+G")
        self.refresh_action = self._action(
            tr("MainWindow", "Refresh"), self.refresh, QKeySequence.StandardKey.Refresh
        )
        self.refresh_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        self.refresh_action.setIcon(style.standardIcon(sp.SP_BrowserReload))
        self.new_action = self._action(
            tr("MainWindow", "New event"),
            lambda: self.new_event(self.month_view.current_date() or self.today),
            QKeySequence.StandardKey.New,
        )
        self.new_action.setIcon(style.standardIcon(sp.SP_FileIcon))
        self.edit_action = self._action(tr("MainWindow", "Edit event"), self._edit_selected)
        self.delete_action = self._action(
            tr("MainWindow", "Delete event"), self._delete_selected, QKeySequence.StandardKey.Delete
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.departments_action = self._action(
            tr("MainWindow", "Departments…"), self.manage_departments
        )
        self.print_action = self._action(
            tr("MainWindow", "Print…"), self.print_month, QKeySequence.StandardKey.Print
        )
        self.pdf_action = self._action(tr("MainWindow", "Save as PDF…"), self.save_pdf)
        self.pending_action = self._action(
            tr("MainWindow", "Changes not sent…"),
            self.show_pending,
            "Ctrl+Shift+U",
            tip=tr("MainWindow", "Changes kept on this computer that have not reached the table"),
        )
        self.ics_action = self._action(
            tr("MainWindow", "Export to iCalendar…"),
            self.export_ics,
            tip=tr("MainWindow", "Save the shown departments' events for Outlook or a phone"),
        )
        self.settings_action = self._action(
            tr("MainWindow", "Settings…"), self.open_settings, "Ctrl+,"
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(tr("MainWindow", "Quit"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.filter_action = self._action(
            tr("MainWindow", "Find"), self._focus_filter, QKeySequence.StandardKey.Find
        )
        self.about_action = self._action(tr("MainWindow", "About Department Calendar"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        menu = self.menuBar()
        file_menu = menu.addMenu(tr("MainWindow", "&File"))
        file_menu.addActions([self.print_action, self.pdf_action, self.ics_action])
        file_menu.addSeparator()
        file_menu.addAction(self.pending_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(tr("MainWindow", "&Edit"))
        edit_menu.addActions([self.new_action, self.edit_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.departments_action, self.filter_action])
        view_menu = menu.addMenu(tr("MainWindow", "&View"))
        view_menu.addActions(
            [self.previous_action, self.today_action, self.next_action, self.goto_action]
        )
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        self.holidays_menu = view_menu.addMenu(tr("MainWindow", "Holidays"))
        self._build_holiday_menu()
        self.language_menu = view_menu.addMenu(tr("MainWindow", "Language"))
        self._build_language_menu()
        help_menu = menu.addMenu(tr("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(tr("MainWindow", "Navigation"), self)
        toolbar.setObjectName("navigation")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.previous_action)
        toolbar.addAction(self.today_action)
        toolbar.addAction(self.next_action)
        self.month_title = QLabel(self)
        self.month_title.setObjectName("monthTitle")
        font = self.month_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.month_title.setFont(font)
        self.month_title.setContentsMargins(12, 0, 12, 0)
        toolbar.addWidget(self.month_title)
        toolbar.addAction(self.goto_action)
        spacer = QWidget(self)
        from PySide6.QtWidgets import QSizePolicy

        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("stateLabel")
        self.state_label.setContentsMargins(8, 0, 8, 0)
        toolbar.addWidget(self.state_label)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.new_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_holiday_menu(self) -> None:
        from PySide6.QtGui import QActionGroup

        group = QActionGroup(self)
        current = str(self.settings.get(HOLIDAY_COUNTRY))
        choices = [
            ("auto", tr("MainWindow", "From the language setting")),
            ("KR", tr("MainWindow", "South Korea")),
            ("US", tr("MainWindow", "United States")),
            ("off", tr("MainWindow", "Off")),
        ]
        for code, label in choices:
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, code=code: self._set_holiday_country(code))
            group.addAction(action)
            self.holidays_menu.addAction(action)

    def _build_language_menu(self) -> None:
        from PySide6.QtGui import QActionGroup

        from desktop.settings import LANGUAGE

        group = QActionGroup(self)
        current = str(self.settings.get(LANGUAGE))
        # Each language is named in itself, so anyone can find their own.
        for code, label in (
            ("", tr("MainWindow", "As the system")),
            ("ko", "한국어"),
            ("en", "English"),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, code=code: self._set_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)

    def _set_language(self, code: str) -> None:
        from desktop.settings import LANGUAGE

        self.settings.set(LANGUAGE, code)
        self._status(tr("MainWindow", "The new language is used from the next start."))

    def _connect(self) -> None:
        view = self.month_view
        view.eventSelected.connect(self._entry_selected)
        view.eventActivated.connect(self.edit_event)
        view.newEventRequested.connect(self.new_event)
        view.dayExpanded.connect(self.open_day)
        view.eventDropped.connect(self._dropped_on_day)
        view.monthStep.connect(self.step_month)
        view.todayRequested.connect(self.go_today)
        view.deleteRequested.connect(self.delete_event)
        view.addAction(self.delete_action)
        self.departments_panel.currentChanged.connect(self._department_changed)
        self.departments_panel.overlaysChanged.connect(self._overlays_changed)
        self.departments_panel.eventDropped.connect(self._dropped_on_department)
        self.departments_panel.searchChanged.connect(self.search)
        self.departments_panel.resultActivated.connect(self._show_found)

    def _restore_state(self) -> None:
        geometry = self.settings.user.value(GEOMETRY.key)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        sizes = self.settings.user.value(SPLITTER.key)
        if sizes:
            self.splitter.restoreState(sizes)

    # --- start-up -------------------------------------------------------------------------------

    def start(self, *, service_started: bool = False) -> None:
        """Open the data layer behind the painted window (again, after a failure).

        ``service_started``: the service was started before this window was built (its cache
        opens meanwhile); only the window's side of start-up remains.
        """
        self._set_loading(True)
        self.months.begin_start()
        if not service_started:
            self.service.start()

    def after_start(self, action: Callable[[], None]) -> None:
        """Run ``action`` now, or once start-up has painted the cached month."""
        self.months.after_start(action)

    def bring_to_front(self) -> None:
        """Another start of the app asked for this window (see desktop.single_instance)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _cache_ready(self) -> None:
        """Paint the last department and month from the cache before the network answers."""
        from desktop.data.cache import NEWER_FILE

        cache = self.service.cache
        if cache is not None and cache.problem == NEWER_FILE:
            self.banner.show_message(
                "warning",
                tr(
                    "MainWindow",
                    "The calendar saved on this computer was written by a newer version of "
                    "Department Calendar, so this version leaves it (and any changes not sent "
                    "in it) as it is and saves nothing this session. Install the newer version "
                    "again to use it.",
                ),
            )
        elif cache is not None and not cache.persistent:
            self.banner.show_message(
                "warning",
                tr(
                    "MainWindow",
                    "The calendar cannot be saved on this computer (the offline copy's file "
                    "could not be opened; the log says why). Changes not sent yet are kept only "
                    "while the app is open: check the disk space and the folder's permissions.",
                ),
            )

        # The month of the departments shown last is read with the list: one trip, not two.
        month = self.month
        wanted = [str(self.settings.get(CURRENT_DEPARTMENT))]
        wanted += [str(i) for i in self.settings.get(OVERLAYS) if str(i) not in wanted]

        def read(cache: Cache) -> CachedStart:
            found = {}
            for department_id in wanted:
                cached = cache.month(department_id, month)
                if cached is not None:
                    found[department_id] = cached
            return cache.departments(), cache.last_fetched(), found

        self.service.run_local(
            read, lambda cached: self._cached_departments(month, cached), key="cached-departments"
        )
        self._tell_rescue()

    def _tell_rescue(self) -> None:
        """Changes not sent carried out of a damaged cache file: say how many, and the lost."""
        cache = self.service.cache
        rescue = cache.take_rescue() if cache is not None else None
        if rescue is None:
            return
        text = tr(
            "MainWindow",
            "The calendar saved on this computer was damaged and has been replaced. "
            "%n change(s) not sent yet were saved from it and will be sent.",
            n=rescue.saved,
        )
        if rescue.lost is None:
            text += " " + tr(
                "MainWindow",
                "Some others may have been lost: check your recent changes in the calendar.",
            )
        elif rescue.lost:
            text += " " + tr(
                "MainWindow",
                "%n could not be read and are lost: check your recent changes in the calendar.",
                n=rescue.lost,
            )
        self.banner.show_message("warning", text)

    def _cached_departments(self, month: date, cached: CachedStart) -> None:
        departments, saved_at, found = cached
        self.months.memory.saved_at = saved_at
        if departments and not self.departments:
            self.months.keep_cached(month, found)
            self._apply_departments(departments)  # paints the month kept, or reads it
            if month == self.month and self.months.knows(month):
                self.months.cached_month_shown(month, found)
        else:
            self.months.started()
            self.service.open_store()

    def _service_ready(self) -> None:
        if self.banner.kind == "error":
            self.banner.dismiss()
        self.load_departments()

    def _service_failed(self, error: StoreError) -> None:
        self._set_loading(False)
        self._show_error(error, retry=self.start)

    def load_departments(self) -> None:
        self._set_loading(True)

        def fetch(store: DynamoStore) -> tuple[DepartmentList, bool]:
            result = store.list_departments()
            return result, self.service.remember_departments(result)

        self.service.run(
            fetch, self._departments_loaded, self._departments_failed, key="departments"
        )

    def _departments_failed(self, error: StoreError) -> None:
        if isinstance(error, OfflineError):
            self._went_offline()
        else:
            self._show_error(error, retry=self.load_departments)

    def _departments_loaded(self, loaded: tuple[DepartmentList, bool]) -> None:
        result, kept = loaded
        self.connectivity.went_online()
        if not kept:
            # An empty table where this computer had departments: usually a wrong region or
            # table name. The saved calendar stays; nothing is wiped.
            self._set_loading(False)
            self.banner.show_message(
                "warning",
                tr(
                    "MainWindow",
                    "The departments table is empty, but this computer has departments saved "
                    "from it. The region or table names may be wrong: check Settings. "
                    "Showing the saved calendar.",
                ),
                tr("MainWindow", "Retry"),
                self.load_departments,
            )
            return
        if result.skipped:
            self._status(
                tr(
                    "MainWindow",
                    "%n department record(s) could not be read and were skipped.",
                    n=len(result.skipped),
                )
            )
        self._apply_departments(result.departments)
        if not self.departments:
            self._set_loading(False)
            self.banner.show_message(
                "info",
                tr("MainWindow", "There are no departments yet. Create one to start."),
                tr("MainWindow", "Departments…"),
                self.manage_departments,
            )

    def _apply_departments(self, departments: list[Department]) -> None:
        unchanged = departments == self.departments
        self.departments = departments
        saved = str(self.settings.get(CURRENT_DEPARTMENT))
        current = self.departments_panel.current_id() or saved
        ids = {d.id for d in self.departments}
        if current not in ids:
            current = self.departments[0].id if self.departments else ""
        if current and current != saved:
            # Saved when first chosen too, not only on a click: the next start-up reads the
            # cache's copy of this department's month with the list, in one trip.
            self.settings.set(CURRENT_DEPARTMENT, current)
        if not unchanged:
            overlays = set(self.departments_panel.model.overlays) or {
                str(i) for i in self.settings.get(OVERLAYS)
            }
            self.departments_panel.set_departments(self.departments, current or None)
            self.departments_panel.set_overlays(overlays)
        self.departmentsShown.emit()
        if self.departments:
            self.show_month(self.month)

    # --- the month ------------------------------------------------------------------------------

    def shown_department_ids(self) -> list[str]:
        return self.departments_panel.shown_ids()

    def department_name(self, department_id: str) -> str:
        department = next((d for d in self.departments if d.id == department_id), None)
        return department.name if department else tr("MainWindow", "Unknown department")

    def show_month(self, month: date, *, force: bool = False) -> None:
        """Show ``month``: at once from memory or the cache, then fresh from the table."""
        self.model.set_month(month_start(month), self.today)
        self.months.show_month(month, force=force)
        self._update_title()
        self._update_holidays()
        self._update_counts()

    @property
    def month(self) -> date:
        """The first day of the month shown."""
        return self.months.month

    def _after_grid_paint(self, action: Callable[[], None]) -> None:
        from desktop.views.widgets import after_paint

        after_paint(self.month_view.viewport(), action)

    def _show_entries(self, entries: list[DayEntry]) -> None:
        self.model.set_entries(entries)
        self.month_view.refresh_selection()
        self._update_counts()

    def _month_shown(self, month: date) -> None:
        self._update_counts()
        self.monthShown.emit(month)

    def _loading_changed(self, loading: bool) -> None:
        if not loading:
            self.month_view.set_busy(False)
        self._set_state_text()

    def _grid_busy(self, busy: bool) -> None:
        self.month_view.set_busy(busy)
        if not busy:
            self._update_counts()

    def _table_reached(self) -> None:
        self._error = None
        if self.banner.kind in ("error", "offline"):
            self.banner.dismiss()

    def _records_skipped(self, count: int) -> None:
        self._status(
            tr(
                "MainWindow",
                "%n event record(s) in this month could not be read and were skipped; "
                "see the log for details.",
                n=count,
            )
        )

    def _show_never_loaded(self) -> None:
        """Offline, a month never fetched says so instead of looking empty."""
        self.month_view.set_busy(
            True,
            tr(
                "MainWindow",
                "This month was never loaded on this computer, and DynamoDB cannot be "
                "reached now. It loads by itself when the connection is back.",
            ),
        )

    # The names the editing and outbox code uses: delegations to the month controller.

    def _paint_from_memory(self) -> None:
        self.months.paint()

    def _put_event(self, event: Event) -> None:
        self.months.put_event(event)

    def _forget_event(self, event: Event) -> None:
        self.months.forget_event(event)

    @property
    def _states(self) -> dict[tuple[str, str], str]:
        return self.months.memory.states

    @_states.setter
    def _states(self, states: dict[tuple[str, str], str]) -> None:
        self.months.memory.states = states

    @property
    def _fetched_at(self) -> datetime | None:
        return self.months.fetched_at

    @property
    def _loading(self) -> bool:
        return self.months.loading

    def max_age(self, month: date) -> float:
        """Seconds a shown month stays fresh (the refresh policy: desktop.domain.freshness)."""
        return self.months.max_age(month)

    # --- offline --------------------------------------------------------------------------------

    def _went_offline(self) -> None:
        delay = self.connectivity.went_offline()
        self._set_loading(False)
        saved = self.months.memory.newest_saved()
        if saved is not None and saved.timestamp() > 0:
            local = saved.astimezone()
            when = f"{self._date_text(local.date())} {self._time_text(local)}"
            text = tr("MainWindow", "Offline: showing data saved at {time}.").format(time=when)
        else:
            text = tr("MainWindow", "Offline: no data has been saved on this computer yet.")
        text += " " + tr("MainWindow", "Trying again in %n second(s).", n=max(1, round(delay)))
        self.banner.show_message(
            "offline", text, tr("MainWindow", "Try now"), self.connectivity.retry_now
        )
        self._set_state_text()
        if self.months.memory.missing(self.shown_department_ids(), self.month):
            self._show_never_loaded()

    def _online_changed(self, online: bool) -> None:
        self._set_state_text()

    def _retry(self) -> None:
        """Back online (or trying): the visible month first, then the rest."""
        self.service.send_pending()
        if self.service.store is None:
            self.start()
        elif not self.departments:
            self.load_departments()
        else:
            self.show_month(self.month, force=True)
            self.load_departments()

    def step_month(self, step: int) -> None:
        self.show_month(add_months(self.month, step))
        self.month_view.select_date(self.month)

    def go_today(self) -> None:
        self.show_month(self.today)
        self.month_view.select_date(self.today)

    def go_to(self, day: date) -> None:
        self.show_month(day)
        self.month_view.select_date(day)

    def refresh(self) -> None:
        self._retry()

    def _refresh_if_due(self) -> None:
        """The refresh policy: a timer, and coming back to the window after a while away."""
        if self.isMinimized() or not self.isVisible():
            return
        self.months.refresh_if_due()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._refresh_if_due()

    def ask_date(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("MainWindow", "Go to date"))
        layout = QVBoxLayout(dialog)
        calendar = QCalendarWidget(dialog)
        calendar.setLocale(self.locale_)
        calendar.setGridVisible(True)
        current = self.month_view.current_date() or self.month
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        layout.addWidget(calendar)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        calendar.activated.connect(dialog.accept)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.go_to(calendar.selectedDate().toPython())  # type: ignore[arg-type]

    def _department_changed(self, department_id: str) -> None:
        self.settings.set(CURRENT_DEPARTMENT, department_id)
        self.month_view.select_entry(None)
        self.show_month(self.month)

    def _overlays_changed(self) -> None:
        self.settings.set(OVERLAYS, sorted(self.departments_panel.model.overlays))
        self.show_month(self.month)

    # --- holidays -------------------------------------------------------------------------------

    def _set_holiday_country(self, code: str) -> None:
        self.settings.set(HOLIDAY_COUNTRY, code)
        self._update_holidays()

    def _update_holidays(self) -> None:
        choice = str(self.settings.get(HOLIDAY_COUNTRY))
        if choice == "off":
            self.model.set_holidays({})
            return
        days = self.model.days
        years = sorted({days[0].year, days[-1].year})
        language = self.locale_.name()
        month = self.month
        key = (choice, tuple(years), language)
        known = self._holiday_names.get(key)
        if known is not None:  # no worker task on every navigation
            self.model.set_holidays(known)
            return

        def compute() -> dict[date, str]:
            # The holidays library takes about 45 ms to import: never on the GUI thread.
            from desktop.domain.holidays import country_for_locale, holiday_names

            country = country_for_locale(language) if choice == "auto" else choice
            return holiday_names(country, years, language)

        def apply(names: dict[date, str]) -> None:
            self._holiday_names[key] = names
            if month == self.month:
                self.model.set_holidays(names)

        def submit() -> None:
            self.service.runner.submit(compute, apply, key="holidays")

        self.after_start(submit)

    # --- selection and details ------------------------------------------------------------------

    def _entry_selected(self, entry: DayEntry | None) -> None:
        self.detail.show_entry(entry, self.locale_)
        has = entry is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    def _edit_selected(self) -> None:
        if self.month_view.selected_entry is not None:
            self.edit_event(self.month_view.selected_entry)

    def _delete_selected(self) -> None:
        if self.month_view.selected_entry is not None:
            self.delete_event(self.month_view.selected_entry)

    def _focus_filter(self) -> None:
        self.departments_panel.filter.setFocus()
        self.departments_panel.filter.selectAll()

    # --- settings -----------------------------------------------------------------------------

    def open_settings(self, first_start: bool = False) -> None:
        """The admin settings dialog; OK rebuilds the data layer and reloads, no restart."""
        from desktop.views.settings import SettingsDialog

        if self.sources is None:
            return
        dialog = SettingsDialog(
            self.settings,
            self.sources.secrets,
            self.service.runner,
            first_start=first_start,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._settings_applied)
        dialog.demoRequested.connect(self._demo_requested)
        if first_start:
            # Closing the first-start dialog without choosing still opens the calendar.
            dialog.rejected.connect(self.start)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_applied(self) -> None:
        from desktop.settings import CONFIGURED

        assert self.sources is not None
        self.settings.set(CONFIGURED, True)
        self.settings.sync()
        self.demo = False
        if self.banner.kind == "info":
            self.banner.dismiss()
        self.source_switch.change(self.sources.configured, configured_source_key(self.settings))

    def _demo_requested(self) -> None:
        assert self.sources is not None
        self.demo = True
        self._show_demo_banner()
        self._switch_source(self.sources.demo)

    def _switch_source(self, loader: Callable[[], ConnectionSettings]) -> None:
        """Forget what was shown (it may be other tables) and start again on ``loader``."""
        self.months.clear()
        self.departments = []
        self._error = None
        self.month_view.select_entry(None)
        self.departments_panel.set_departments([], None)
        self.connectivity.went_online()
        self._set_loading(True)
        self.service.start(loader)

    # --- search -------------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Events of the shown departments in every cached month, offline too."""
        if not text:
            return
        shown = self.shown_department_ids()

        def find(cache: Cache) -> list[Event]:
            return cache.search(shown, text)

        def found(events: list[Event]) -> None:
            rows = [
                (e, self.department_name(e.department_id), department_color(e.department_id))
                for e in events
            ]
            self.departments_panel.show_results(text, rows, self.locale_)

        self.service.run_local(find, found, key="search")

    def _show_found(self, event: Event) -> None:
        self.go_to(event.event_date)

        def select() -> None:
            for entry in self.model.entries_on(event.event_date):
                if entry.event.id == event.id:
                    self.month_view.select_entry(entry)
                    return

        select()
        if self.month_view.selected_entry is None:
            # The month is still being read: select once it is painted.
            self.monthShown.connect(select, Qt.ConnectionType.SingleShotConnection)

    # --- iCalendar export -----------------------------------------------------------------------

    def export_ics(self) -> None:
        from desktop.views.export_dialog import ExportDialog

        dialog = ExportDialog(self.month, self.locale_, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        start, end = dialog.range()
        from PySide6.QtWidgets import QFileDialog

        suggested = f"deptcal-{start.isoformat()}-{end.isoformat()}.ics"
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("MainWindow", "Export to iCalendar"),
            suggested,
            tr("MainWindow", "iCalendar (*.ics)"),
        )
        if path:
            self.export_ics_to(Path(path), start, end)

    def export_ics_to(self, path: Path, start: date, end: date) -> None:
        """Write the shown departments' saved events in the range (works offline)."""
        from desktop.data.ical import export_ics

        shown = self.shown_department_ids()
        names = {d.id: d.name for d in self.departments}
        calendar_name = ", ".join(names.get(d, "") for d in shown)

        def write(cache: Cache) -> int:
            return export_ics(
                path, cache.events_between(shown, start, end), names, calendar_name=calendar_name
            )

        def written(count: int) -> None:
            self._status(
                tr("MainWindow", "Exported %n event(s) to {path}.", n=count).format(path=path)
            )
            self.exported.emit(count)

        self.service.run_local(write, written)

    # --- editing --------------------------------------------------------------------------------

    def new_event(self, day: date) -> None:
        department_id = self.departments_panel.current_id()
        if not self.departments or department_id is None:
            self.manage_departments()
            return
        self._open_editor(None, day, department_id)

    def edit_event(self, entry: DayEntry) -> None:
        self._open_editor(entry.event, entry.event.event_date, entry.event.department_id)

    def _open_editor(self, event: Event | None, day: date, department_id: str) -> None:
        from desktop.views.event_dialog import EventDialog

        dialog = EventDialog(
            self.departments,
            event,
            default_date=day,
            default_department_id=department_id,
            locale=self.locale_,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saveRequested.connect(lambda draft: self._save_from_dialog(dialog, draft))
        self.editor = dialog
        dialog.open()

    def _save_from_dialog(self, dialog: QDialog, draft: Event) -> None:
        from desktop.data.store import DynamoStore
        from desktop.views.event_dialog import EventDialog

        assert isinstance(dialog, EventDialog)
        original = dialog.original
        try:
            DynamoStore.validate_event(draft)  # the size limit; the dialog checked the fields
        except ValidationFailed as error:
            dialog.show_error(error)
            return

        def saved(result: Recorded) -> None:
            dialog.set_busy(False)
            dialog.accept()
            title = result.shown.title if result.shown else draft.title
            self._status(self._saved_text(title))

        def failed(error: BaseException) -> None:
            # The change could not even be kept on this computer: the dialog keeps the typing.
            dialog.show_error(_not_kept(error))

        self._record(original, draft, saved, failed)

    def _saved_text(self, title: str) -> str:
        if self.connectivity.online and self.service.store is not None:
            return tr("MainWindow", "Saved “{title}”.").format(title=isolated(title))
        return tr(
            "MainWindow",
            "Saved “{title}” on this computer. It is sent when the connection is back.",
        ).format(title=isolated(title))

    def _record(
        self,
        original: Event | None,
        changed: Event | None,
        on_done: Callable[[Recorded], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Keep a change in the outbox and show it at once; the service sends it."""
        # Shown before the disk write returns; the recorded version replaces it.
        if original is not None:
            self._forget_event(original)
        if changed is not None:
            key = (changed.id, changed.department_id)
            self._states[key] = self._states.get(key, "pending")
            self._put_event(changed)

        def recorded(result: Recorded) -> None:
            if changed is not None:
                self._forget_event(changed)
            if result.shown is not None:
                self._put_event(result.shown)
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            log.error("A change could not be kept on this computer", exc_info=error)
            if changed is not None:
                self._forget_event(changed)
            if original is not None:
                self._put_event(original)
            if on_error is not None:
                on_error(error)
            else:
                self._show_error(_not_kept(error))

        self.service.record(original, changed, recorded, failed)

    def delete_event(self, entry: DayEntry) -> None:
        event = entry.event
        from desktop.views.widgets import ask

        confirmed = ask(
            self,
            tr("MainWindow", "Delete event"),
            tr("MainWindow", "Delete “{title}” on {date}?").format(
                title=isolated(event.title), date=self._date_text(event.event_date)
            ),
            tr("MainWindow", "Delete"),
            tr("MainWindow", "Cancel"),
        )
        if not confirmed:
            return

        def deleted(_: Recorded) -> None:
            self.month_view.select_entry(None)
            self._offer_undo(
                tr("MainWindow", "Deleted “{title}”.").format(title=isolated(event.title)),
                lambda: self._restore_deleted(event),
            )

        self._record(event, None, deleted)

    def _restore_deleted(self, event: Event) -> None:
        def restored(_: Recorded) -> None:
            text = tr("MainWindow", "Restored “{title}”.").format(title=isolated(event.title))
            self._status(text)

        self._record(None, event.with_changes(revision=None), restored)

    def _dropped_on_day(self, entry: DayEntry, day: date) -> None:
        original = entry.event
        changed = original.with_changes(event_date=day)
        self._write_change(original, changed)

    def _dropped_on_department(self, mime: QMimeData, department_id: str) -> None:
        entry = self.month_view.dragged_entry(mime)
        if entry is None or entry.event.department_id == department_id:
            return
        self._write_change(entry.event, entry.event.with_changes(department_id=department_id))

    def _write_change(self, original: Event, changed: Event) -> None:
        """A drag-and-drop change: shown at once, sent behind, with Undo."""
        moved = changed.department_id != original.department_id

        def recorded(result: Recorded) -> None:
            shown = result.shown
            if shown is None:
                return
            if moved:
                text = tr("MainWindow", "Moved “{title}” to {department}.").format(
                    title=isolated(shown.title),
                    department=isolated(self.department_name(shown.department_id)),
                )
            else:
                text = tr("MainWindow", "Moved “{title}” to {date}.").format(
                    title=isolated(shown.title), date=self._date_text(shown.event_date)
                )
            self._offer_undo(
                text,
                lambda: self._write_change(shown, original.with_changes(revision=shown.revision)),
            )

        self._record(original, changed, recorded)

    # --- the outbox -----------------------------------------------------------------------------

    def _outbox_changed(self, entries: list[Change]) -> None:
        from desktop.data.outbox import State

        states: dict[tuple[str, str], str] = {}
        for change in entries:
            state = {
                State.CONFLICT: "conflict",
                State.FAILED: "failed",
            }.get(change.state, "pending")
            if states.get(change.key) not in ("conflict", "failed"):
                states[change.key] = state
        changed = states != self._states
        self._states = states
        self._show_pending_count()
        self._send_waiting(self.service.send_wait)
        if changed:
            self._paint_from_memory()
        if self.pending_dialog is not None:
            self.pending_dialog.set_entries(entries)
        self._tell_rescue()

        def elsewhere(cache: Cache) -> list[tuple[str, int]]:
            from desktop.data.outbox import waiting_elsewhere

            return waiting_elsewhere(cache)

        self.service.run_local(elsewhere, self._elsewhere_read, key="outbox-elsewhere")

    def _elsewhere_read(self, elsewhere: list[tuple[str, int]]) -> None:
        self._elsewhere = elsewhere
        self._show_pending_count()
        if self.pending_dialog is not None:
            self.pending_dialog.set_elsewhere(elsewhere)

    def _show_pending_count(self) -> None:
        entries = self.service.pending
        count = len(entries)
        unresolved = sum(c.unresolved for c in entries)
        text = tr("MainWindow", "%n change(s) not sent", n=count) if count else ""
        if unresolved:
            text += " · " + tr("MainWindow", "%n need(s) your decision", n=unresolved)
        other = sum(n for _key, n in self._elsewhere)
        if other:
            text += (" · " if text else "") + tr(
                "MainWindow", "%n change(s) for another connection", n=other
            )
        self.pending_button.setText(text)
        self.pending_button.setToolTip(self.pending_action.toolTip())
        self.pending_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if unresolved
            else QIcon()
        )
        self.pending_button.setVisible(count > 0 or other > 0)

    def _change_sent(self, sent: Sent) -> None:
        change = sent.change
        if sent.outcome == "written":
            if not any(c.key == change.key for c in sent.entries or []):
                if sent.removed is not None:
                    self._forget_event(sent.removed)
                if sent.written is not None:
                    self._put_event(sent.written)
            if not self.connectivity.online:
                self.connectivity.went_online()
                if self.banner.kind == "offline":
                    self.banner.dismiss()
                self._set_state_text()
        elif sent.outcome == "conflict":
            self.banner.show_message(
                "warning",
                tr(
                    "MainWindow",
                    "Someone else changed “{title}” before your change reached the table. "
                    "Nothing was overwritten: choose which version to keep.",
                ).format(title=isolated(change.event.title)),
                tr("MainWindow", "Compare…"),
                lambda: self.resolve_change(change.seq),
            )
        elif sent.outcome == "failed":
            self.banner.show_message(
                "error",
                tr("MainWindow", "Your change to “{title}” was refused: {reason}").format(
                    title=isolated(change.event.title),
                    reason=isolated(sent.error.message, TEXT_LIMIT) if sent.error else "",
                ),
                tr("MainWindow", "Changes not sent…"),
                self.show_pending,
            )
        elif isinstance(sent.error, OfflineError):
            self._went_offline()
        # Other reasons to wait: _send_waiting says them until the changes are sent.
        self.source_switch.change_sent(sent)

    def _send_waiting(self, wait: SendWait | None) -> None:
        """Say why changes wait to be sent, and when they are tried again; a month loaded
        meanwhile does not take it away (only sending does)."""
        count = len(self.service.pending)
        if wait is None or count == 0:
            self.send_wait_label.hide()
            if self.banner.kind == "sending":
                self.banner.dismiss()
            return
        starting = self.send_wait_label.isHidden()
        local = wait.retry_at.astimezone()
        text = tr("MainWindow", "{reason} Trying again at {time}.").format(
            reason=wait.reason, time=self._time_text(local)
        )
        self.send_wait_label.setText(text)
        self.send_wait_label.setToolTip(f"<p>{html.escape(text)}</p>")  # never rich text
        self.send_wait_label.show()
        if isinstance(wait.error, OfflineError):
            return  # the offline banner says it, and retries
        if self.banner.kind == "sending" or (starting and self.banner.kind in ("", "error")):
            self.banner.show_message(
                "sending",
                tr("MainWindow", "%n change(s) not sent:", n=count) + " " + text,
                tr("MainWindow", "Send now"),
                self.service.send_pending,
            )

    def show_pending(self) -> None:
        """The list of changes not sent yet, with retry and discard."""
        from desktop.views.pending_dialog import PendingDialog

        if self.pending_dialog is None:
            dialog = PendingDialog(self.locale_, self.department_name, self)
            dialog.retryRequested.connect(self.service.retry)
            dialog.discardRequested.connect(self.discard_change)
            dialog.resolveRequested.connect(self.resolve_change)
            dialog.finished.connect(lambda _result: setattr(self, "pending_dialog", None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.pending_dialog = dialog
        self.pending_dialog.set_entries(self.service.pending)
        self.pending_dialog.set_elsewhere(self._elsewhere)
        if self.pending_dialog.isVisible():
            self.pending_dialog.activateWindow()
        self.pending_dialog.show()

    def _change(self, seq: int) -> Change | None:
        return next((c for c in self.service.pending if c.seq == seq), None)

    def discard_change(self, seq: int) -> None:
        from desktop.views.widgets import ask

        change = self._change(seq)
        if change is None:
            return
        parent = self.pending_dialog or self
        confirmed = ask(
            parent,
            tr("MainWindow", "Discard change"),
            tr(
                "MainWindow",
                "Discard your change to “{title}”? It has not reached the table, and it "
                "cannot be brought back.",
            ).format(title=isolated(change.event.title)),
            tr("MainWindow", "Discard"),
            tr("MainWindow", "Cancel"),
        )
        if confirmed:
            self.service.discard(seq, self._apply_decision)

    def resolve_change(self, seq: int) -> None:
        from desktop.data.outbox import Choice, Kind, State
        from desktop.views.conflict_dialog import ConflictDialog

        change = self._change(seq)
        if change is None or change.state is not State.CONFLICT:
            return
        names = {d.id: d.name for d in self.departments}
        chooser = ConflictDialog(
            change.event,
            change.current,
            names,
            self.locale_,
            self.pending_dialog or self,
            deleting=change.kind is Kind.DELETE,
        )
        chooser.exec()
        if chooser.choice is None:
            return
        if self.banner.kind == "warning":
            self.banner.dismiss()
        choice = Choice(chooser.choice.value)
        self.service.resolve(seq, choice, self._apply_decision)

    def _apply_decision(self, result: Recorded) -> None:
        """What a discard or a conflict choice left, also in months that were never fetched."""
        if result.replaced is not None:
            self._forget_event(result.replaced)
        for event in (result.shown, result.added):
            if event is not None:
                self._put_event(event)

    # --- departments ----------------------------------------------------------------------------

    def manage_departments(self) -> None:
        from desktop.views.departments_dialog import DepartmentsDialog

        dialog = DepartmentsDialog(self.departments, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def changed(_: object = None) -> None:
            dialog.done_saving()
            self.load_departments()

        def after_list(result: DepartmentList) -> None:
            dialog.set_departments(result.departments)

        def refresh_dialog(_: object = None) -> None:
            dialog.done_saving()
            self.service.run(lambda s: s.list_departments(), after_list, dialog.show_error)
            self.load_departments()

        def create(name: str, description: str) -> None:
            dialog.set_busy(True)
            self.service.run(
                lambda s: s.create_department(name, description), refresh_dialog, dialog.show_error
            )

        def update(department: Department, name: str, description: str) -> None:
            dialog.set_busy(True)
            self.service.run(
                lambda s: s.update_department(department, name, description),
                refresh_dialog,
                dialog.show_error,
            )

        def count(department: Department) -> None:
            self.service.run(
                lambda s: s.count_events(department.id),
                lambda n: dialog.show_event_count(department.id, n),
                dialog.show_error,
            )

        def delete(department: Department, with_events: bool) -> None:
            dialog.set_busy(True)
            self.service.run(
                lambda s: s.delete_department(department, with_events=with_events),
                refresh_dialog,
                dialog.show_error,
            )

        dialog.createRequested.connect(create)
        dialog.updateRequested.connect(update)
        dialog.countRequested.connect(count)
        dialog.deleteRequested.connect(delete)
        dialog.finished.connect(lambda _r: changed())
        self.departments_dialog = dialog
        dialog.open()

    def open_day(self, day: date) -> None:
        from desktop.views.day_dialog import DayDialog

        holiday = str(self.model.data(self.model.index_of(day), Roles.HOLIDAY) or "")
        dialog = DayDialog(day, self.model.entries_on(day), self.locale_, self, holiday=holiday)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def then(action: Callable[[object], None]) -> Callable[[object], None]:
            def run(argument: object) -> None:
                dialog.accept()
                action(argument)

            return run

        dialog.editRequested.connect(then(self.edit_event))  # type: ignore[arg-type]
        dialog.newRequested.connect(then(self.new_event))  # type: ignore[arg-type]
        dialog.deleteRequested.connect(then(self.delete_event))  # type: ignore[arg-type]
        self.day_dialog = dialog
        dialog.open()

    # --- printing -------------------------------------------------------------------------------

    def _legend(self) -> list[tuple[str, QColor]]:
        return [
            (elided(self.department_name(d)), department_color(d))
            for d in self.shown_department_ids()
        ]

    def print_month(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.views.printing import print_month

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        from PySide6.QtGui import QPageLayout

        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_month(printer, self.model, self.month_title.text(), self._legend())

    def save_pdf(self, path: str | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop.views.printing import save_pdf

        if path is None:
            suggested = f"{self.month.year}-{self.month.month:02d}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                self, tr("MainWindow", "Save as PDF"), suggested, tr("MainWindow", "PDF (*.pdf)")
            )
            if not path:
                return
        save_pdf(path, self.model, self.month_title.text(), self._legend())
        self._status(tr("MainWindow", "Saved {path}.").format(path=path))

    # --- status, errors, busy -------------------------------------------------------------------

    def _date_text(self, day: date) -> str:
        return long_date(self.locale_, day)

    def _time_text(self, moment: datetime) -> str:
        return short_time(self.locale_, moment)

    def _update_title(self) -> None:
        self.month_title.setText(month_title(self.locale_, self.month))
        self.month_title.setAccessibleName(self.month_title.text())

    def _update_counts(self) -> None:
        count = self.model.event_count_in_month()
        self.count_label.setText(tr("MainWindow", "%n event(s) this month", n=count))
        if self._fetched_at is not None:
            local = self._fetched_at.astimezone()
            self.fetched_label.setText(
                tr("MainWindow", "Fetched at {time}").format(time=self._time_text(local))
            )
        store = self.service.store
        if store is not None:
            self.fetched_label.setToolTip(
                tr("MainWindow", "Read capacity used this session: {units:.1f} units").format(
                    units=store.consumed_read_units
                )
            )

    def _set_loading(self, loading: bool) -> None:
        self.months.set_loading(loading)

    def _busy_changed(self, busy: bool) -> None:
        self._set_state_text()

    def _set_state_text(self) -> None:
        if self._loading:
            text = tr("MainWindow", "Loading…")
            self.month_view.setCursor(Qt.CursorShape.BusyCursor)
        elif not self.connectivity.online:
            text = tr("MainWindow", "Offline")
            self.month_view.unsetCursor()
        elif self._error is not None:
            text = tr("MainWindow", "Error")
            self.month_view.unsetCursor()
        elif self._fetched_at is not None:
            local = self._fetched_at.astimezone()
            text = tr("MainWindow", "Up to date at {time}").format(time=self._time_text(local))
            self.month_view.unsetCursor()
        else:
            text = ""
            self.month_view.unsetCursor()
        self.state_label.setText(text)

    def _show_error(self, error: StoreError, retry: Callable[[], None] | None = None) -> None:
        log.info("Shown to the user: %s", error.log_text())
        self._error = error
        self._set_loading(False)
        self.banner.show_message(
            "error", error.message, tr("MainWindow", "Retry") if retry else "", retry
        )

    def _status(self, text: str) -> None:
        self.status_message.setText(text)

    def _offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        self._status(text)
        self._undo = undo
        self.undo_button.show()
        self._undo_timer.start(UNDO_SECONDS * 1000)

    def _run_undo(self) -> None:
        undo = self._undo
        self._clear_undo()
        if undo is not None:
            undo()

    def _clear_undo(self) -> None:
        self._undo = None
        self.undo_button.hide()

    def about(self) -> None:
        from desktop import __version__

        QMessageBox.about(
            self,
            tr("MainWindow", "About Department Calendar"),
            tr(
                "MainWindow",
                "Department Calendar {version}\nThe department calendars kept in DynamoDB.",
            ).format(version=__version__),
        )

    # --- closing --------------------------------------------------------------------------------

    def confirm_quit(self, count: int) -> bool:
        """Quitting with changes not sent: say how many, and that they are kept."""
        from desktop.views.widgets import ask

        return ask(
            self,
            tr("MainWindow", "Changes not sent"),
            tr(
                "MainWindow",
                "%n change(s) have not reached the table yet. They are kept on this computer "
                "and sent the next time Department Calendar is open and connected.",
                n=count,
            ),
            tr("MainWindow", "Quit"),
            tr("MainWindow", "Keep open"),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        count = len(self.service.pending)
        if count and not self.confirm_quit(count):
            event.ignore()
            return
        self.service.save_unsaved()
        self.settings.user.setValue(GEOMETRY.key, self.saveGeometry())
        self.settings.user.setValue(SPLITTER.key, self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
