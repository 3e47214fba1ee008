"""The main window: builds the window and wires the departments list, the month grid, the detail
pane and the data.

It holds no business rules and no calendar state: the store (through :class:`CalendarService`)
does the data work on workers, :class:`MonthController` keeps the months, and the small helpers
in :mod:`desktop.views.window` act on the window (start-up and the departments, the month shown,
menus and actions, the status area, editing, the outbox, departments, dialogs, exports, search,
the connection); this class builds them and connects them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.settings import AppSettings, Setting
from desktop.views.banner import Banner
from desktop.views.colors import DepartmentColors, install_colors
from desktop.views.departments_panel import DepartmentsPanel
from desktop.views.mfa_dialog import MfaPrompts
from desktop.views.month_controller import MonthController
from desktop.views.month_model import DayEntry, MonthModel
from desktop.views.month_view import MonthView
from desktop.views.notifications import Notifier
from desktop.views.quick_add import QuickAdd
from desktop.views.source_switch import SourceSwitch
from desktop.views.sso_dialog import SsoSignIn
from desktop.views.window.actions import WindowActions
from desktop.views.window.connection import ConnectionActions
from desktop.views.window.departments import DepartmentsAdmin
from desktop.views.window.dialogs import WindowDialogs
from desktop.views.window.editing import Editing
from desktop.views.window.event_menu import EventMenus
from desktop.views.window.exports import Exports
from desktop.views.window.holidays import Holidays
from desktop.views.window.importing import Importer
from desktop.views.window.loading import CURRENT_DEPARTMENT, OVERLAYS, DepartmentsLoader
from desktop.views.window.lunar_dates import LunarDates
from desktop.views.window.morning_summary import MorningSummary
from desktop.views.window.outbox import OutboxActions
from desktop.views.window.pane_focus import PaneFocus
from desktop.views.window.panes import Panes, fit_window
from desktop.views.window.presenter import MonthPresenter
from desktop.views.window.read_only import ReadOnly
from desktop.views.window.reminders import Reminders
from desktop.views.window.search import Search
from desktop.views.window.status import StatusArea
from desktop.views.window.time_format import TimeFormat
from desktop.views.window.tray_menu import TrayMenu
from desktop.views.window.upcoming import build_upcoming
from desktop.views.window.view_switch import ViewSwitch
from desktop.views.window.week_start import WeekStart
from desktop.workers.calendar_service import CalendarService
from desktop.workers.connectivity import ConnectivityMonitor

if TYPE_CHECKING:
    from desktop.domain.models import Department
    from desktop.gui import DataSources
    from desktop.views.calendar_view import CalendarView, Span
    from desktop.views.detail_panel import DetailPanel

__all__ = ["CURRENT_DEPARTMENT", "OVERLAYS", "MainWindow"]

GEOMETRY = Setting("window/geometry", bytes, b"", "Main window geometry")
SPLITTER = Setting("window/splitter", bytes, b"", "Main window splitter sizes")

REFRESH_MINUTES = Setting(
    "refresh/minutes", int, 5, "Minutes between automatic refreshes of the visible month"
)


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
        self.source_switch = SourceSwitch(self)

        self.setWindowTitle(tr("MainWindow", "Department Calendar"))
        self.setMinimumSize(760, 480)  # a 1024×600 netbook's screen, less the taskbar
        self.connectivity = ConnectivityMonitor(self, watch_system=watch_network)
        self.time_format = TimeFormat(self)  # how times are written: before the first paint
        self.week_start = WeekStart(self)  # the week's first and weekend days: before the grid
        self.lunar_dates = LunarDates(self)  # lunar dates shown or not: before the model
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
            today=self.today,
            active=self.on_screen,
            span=self._view_span,
            parent=self,
        )
        self.model.set_month(self.month, self.today)
        # The departments' colours, kept in the user's settings (desktop.views.colors).
        self.colors = DepartmentColors(settings)
        install_colors(self.colors)
        self.colors.changed.connect(self.months.paint)
        self._build_widgets()
        # The helpers that act on the window, each in desktop.views.window (the actions last:
        # they call the others).
        self.status_area = StatusArea(self)
        self.presenter = MonthPresenter(self)
        self.holidays = Holidays(self)
        self.editing = Editing(self)
        self.quick_add = QuickAdd(self)  # the toolbar's, Ctrl+Shift+N and the tray's
        self.outbox = OutboxActions(self)
        self.departments_admin = DepartmentsAdmin(self)
        self.dialogs = WindowDialogs(self)
        self.exports = Exports(self)
        self.importer = Importer(self)
        # System notifications and the tray icon (desktop.views.notifications): made on first use.
        self.notifier = Notifier(QApplication.windowIcon(), self)
        self.upcoming = build_upcoming(self)  # the next 14 days, for reminders and the tray
        self.reminders = Reminders(self)  # desktop.views.window.reminders: clock, panel, dialogs
        self.tray, self.morning = TrayMenu(self), MorningSummary(self)  # after start-up
        self.finder = Search(self)
        self.connection = ConnectionActions(self)
        self.mfa = MfaPrompts(self)  # a worker's MFA code asked in a dialog
        self.sso = SsoSignIn(self)  # an SSO profile's Sign in (the banner's button)
        self.event_menus = EventMenus(self)
        self.views = ViewSwitch(self, self.view_stack)  # the view shown (month, week, …)
        self.window_actions = WindowActions(self)
        self.pane_focus, self.read_only = PaneFocus(self), ReadOnly(self)  # read-only: last
        self.loader = DepartmentsLoader(self)
        # What the app, the bench and the tests call on the window itself.
        status, presenter = self.status_area, self.presenter
        self.count_label, self.state_label = status.count_label, status.state_label
        self.status_message, self.undo_button = status.status_message, status.undo_button
        self.pending_button, self.send_wait_label = status.pending_button, status.send_wait_label
        self.month_title = self.window_actions.month_title
        self.show_month = presenter.show_month
        self.step_month = presenter.step_month
        self.go_today = presenter.go_today
        self.go_to = presenter.go_to
        self.refresh = presenter.retry
        self.load_departments = self.loader.load
        self.new_event = self.editing.new_event
        self.edit_event = self.editing.edit_event
        self.delete_event = self.editing.delete_event
        self.show_pending = self.outbox.show_pending
        self.discard_change = self.outbox.discard_change
        self.resolve_change = self.outbox.resolve_change
        self.manage_departments = self.departments_admin.manage_departments
        self.open_day = self.dialogs.open_day
        self.search = self.finder.search
        self.save_pdf = self.exports.save_pdf
        self.export_ics_to = self.exports.export_ics_to
        self.open_settings = self.connection.open_settings
        self._connect()
        self._restore_state()
        presenter.update_title()
        presenter.set_state_text()

        self.refresh_timer = QTimer(self)
        self.refresh_timer.timeout.connect(self._refresh_if_due)
        self.refresh_timer.start(int(self.settings.get(REFRESH_MINUTES)) * 60_000)
        if demo:
            self.connection.show_demo_banner()
        # The menus' contents and the detail pane come after the first paint of the month.
        QTimer.singleShot(0, self, lambda: self.after_start(self._finish_later))

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
        # The views of the calendar, one shown at a time (desktop.views.window.view_switch).
        self.view_stack = QStackedWidget(self.splitter)
        self.month_view = MonthView(self.model, self.view_stack)
        self.view_stack.addWidget(self.month_view)
        # The detail pane's place, kept by an empty frame until it is built (:attr:`detail`).
        self._detail: DetailPanel | None = None
        self._detail_place = QFrame(self.splitter)
        self._detail_place.setFrameShape(QFrame.Shape.StyledPanel)
        self.splitter.addWidget(self.departments_panel)
        self.splitter.addWidget(self.view_stack)
        self.splitter.addWidget(self._detail_place)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([210, 850, 230])
        self.panes = Panes(self.splitter)  # the detail pane waits for a selected event
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    @property
    def detail(self) -> DetailPanel:
        """The selected event's details: built after the first paint, or when first needed."""
        if self._detail is None:
            from desktop.views.detail_panel import DetailPanel

            self._detail = DetailPanel()
            sizes = self.splitter.sizes()  # the grid keeps its width: no repaint of it
            self.splitter.replaceWidget(2, self._detail)
            self.pane_focus.attach_detail(self._detail)
            self.splitter.setSizes(sizes)
            self._detail_place.deleteLater()
        return self._detail

    def built_detail(self) -> DetailPanel | None:
        """The detail pane if it is built (without building it)."""
        return self._detail

    def _finish_later(self) -> None:
        QTimer.singleShot(0, self, self.finish_building)

    def finish_building(self) -> None:
        """What the first paint does without: the menus' contents and the detail pane."""
        self.window_actions.build_menus()
        _ = self.detail
        self.views.build_later()

    def connect_view(self, view: CalendarView) -> None:
        """The same editing paths in every view: selection, double-click, Enter, Delete, drag
        and drop, the context menu, PgUp/PgDn."""
        view.eventSelected.connect(self._entry_selected)
        view.eventActivated.connect(self.edit_event)
        view.newEventRequested.connect(self.new_event)
        view.dayExpanded.connect(self.open_day)
        view.eventDropped.connect(self.editing.dropped_on_day)
        view.monthStep.connect(self.step_month)
        view.todayRequested.connect(self.go_today)
        view.deleteRequested.connect(self.delete_event)
        view.menuRequested.connect(self.event_menus.show)
        cast(QWidget, view).addAction(self.window_actions.delete_action)

    @property
    def active_view(self) -> CalendarView:
        """The view shown (the month grid until the views are built)."""
        views = getattr(self, "views", None)
        return self.month_view if views is None else views.current

    def _view_span(self) -> Span | None:
        views = getattr(self, "views", None)
        return None if views is None else views.span()

    def _connect(self) -> None:
        self.connect_view(self.month_view)
        for view in self.views.views.values():
            if view is not self.month_view:
                self.connect_view(view)
        panel = self.departments_panel
        panel.currentChanged.connect(self.loader.department_changed)
        panel.overlaysChanged.connect(self.loader.overlays_changed)
        panel.eventDropped.connect(self.editing.dropped_on_department)
        panel.searchChanged.connect(self.search)
        panel.resultActivated.connect(self.finder.show_found)

    def _restore_state(self) -> None:
        fit_window(self, self.settings.user.value(GEOMETRY.key))
        self.panes.restore(self.settings.user.value(SPLITTER.key))

    # --- start-up and the departments (desktop.views.window.loading) ----------------------------

    def start(self, *, service_started: bool = False) -> None:
        """Open the data layer behind the painted window (again, after a failure).

        ``service_started``: the service was started before this window was built (its cache
        opens meanwhile); only the window's side of start-up remains.
        """
        self.loader.start(service_started=service_started)

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

    @property
    def departments(self) -> list[Department]:
        return self.loader.departments

    def shown_department_ids(self) -> list[str]:
        return self.loader.shown_ids()

    def department_name(self, department_id: str) -> str:
        return self.loader.name(department_id)

    # --- the month (desktop.views.month_controller, desktop.views.window.presenter) -------------

    @property
    def month(self) -> date:
        """The first day of the month shown."""
        return self.months.month

    def max_age(self, month: date) -> float:
        """Seconds a shown month stays fresh (the refresh policy: desktop.domain.freshness)."""
        return self.months.max_age(month)

    def _after_grid_paint(self, action: Callable[[], None]) -> None:
        from desktop.views.widgets import after_paint

        after_paint(self.active_view.viewport(), action)

    def on_screen(self) -> bool:
        return not self.isMinimized() and self.isVisible()

    def _refresh_if_due(self) -> None:
        """The refresh policy: a timer, and coming back to the window after a while away."""
        if not self.on_screen():
            return
        self.months.refresh_if_due()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._refresh_if_due()

    def _entry_selected(self, entry: DayEntry | None) -> None:
        if entry is not None or self._detail is not None:
            self.detail.show_entry(entry, self.locale_)
        has = entry is not None
        self.panes.show_detail(has)
        self.window_actions.edit_action.setEnabled(has)
        self.window_actions.duplicate_action.setEnabled(has)
        self.window_actions.delete_action.setEnabled(has)

    def focus_filter(self) -> None:
        self.departments_panel.filter.setFocus()
        self.departments_panel.filter.selectAll()

    # --- closing --------------------------------------------------------------------------------

    def confirm_quit(self, count: int) -> bool:
        """Quitting with changes not sent: say how many, and that they are kept."""
        return self.dialogs.confirm_quit(count)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.tray.may_close(event):  # kept running in the tray, or not closed
            return
        count = len(self.service.pending)
        if count and not self.confirm_quit(count):
            event.ignore()
            return
        self.service.save_unsaved()
        self.settings.user.setValue(GEOMETRY.key, self.saveGeometry())
        self.settings.user.setValue(SPLITTER.key, self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
        self.tray.closed()
