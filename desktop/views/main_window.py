"""The main window: builds the window and wires the departments list, the month grid, the detail
pane and the data.

It holds no business rules: the store (through :class:`CalendarService`) does the data work on
workers, the dialogs collect input, and the small helpers in :mod:`desktop.views.window` act on
the window (menus and actions, the status area, editing, the outbox, departments, dialogs,
exports, search, the connection); this class builds them and connects them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from desktop.data.errors import OfflineError, StoreError
from desktop.domain.calendar import add_months, month_start
from desktop.domain.models import Department, Event
from desktop.i18n import tr
from desktop.settings import AppSettings, Setting
from desktop.views.banner import Banner
from desktop.views.departments_panel import DepartmentsPanel
from desktop.views.detail_panel import DetailPanel
from desktop.views.formats import long_date, month_title, short_time
from desktop.views.month_controller import MonthController
from desktop.views.month_model import DayEntry, MonthModel
from desktop.views.month_view import MonthView
from desktop.views.source_switch import SourceSwitch
from desktop.views.window.actions import WindowActions
from desktop.views.window.connection import ConnectionActions
from desktop.views.window.departments import DepartmentsAdmin
from desktop.views.window.dialogs import WindowDialogs
from desktop.views.window.editing import Editing
from desktop.views.window.exports import Exports
from desktop.views.window.holidays import Holidays
from desktop.views.window.outbox import OutboxActions
from desktop.views.window.search import Search
from desktop.views.window.status import StatusArea
from desktop.workers.calendar_service import CalendarService
from desktop.workers.connectivity import ConnectivityMonitor

if TYPE_CHECKING:
    from desktop.data.cache import Cache, CachedMonth
    from desktop.data.config import ConnectionSettings
    from desktop.data.outbox import Recorded
    from desktop.data.store import DepartmentList, DynamoStore
    from desktop.gui import DataSources


# What start-up reads from the cache in one trip: departments, when saved, the month shown last.
CachedStart = tuple[list[Department], "datetime | None", dict[str, "CachedMonth"]]


CURRENT_DEPARTMENT = Setting("view/department", str, "", "The department shown last")
OVERLAYS = Setting("view/overlays", list, [], "Departments overlaid on the calendar")
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
        self.departments: list[Department] = []
        self._error: StoreError | None = None
        self._holidays_country = ""
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
        # The helpers that act on the window, each in desktop.views.window (the actions last:
        # they call the others).
        self.status_area = StatusArea(self)
        self.holidays = Holidays(self)
        self.editing = Editing(self)
        self.outbox = OutboxActions(self)
        self.departments_admin = DepartmentsAdmin(self)
        self.dialogs = WindowDialogs(self)
        self.exports = Exports(self)
        self.finder = Search(self)
        self.connection = ConnectionActions(self)
        self.window_actions = WindowActions(self)
        # What tests and the month flow read on the window itself.
        status = self.status_area
        self.count_label, self.state_label = status.count_label, status.state_label
        self.status_message, self.undo_button = status.status_message, status.undo_button
        self.pending_button, self.send_wait_label = status.pending_button, status.send_wait_label
        self.month_title = self.window_actions.month_title
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
        if demo:
            self.connection.show_demo_banner()

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

    def _connect(self) -> None:
        view = self.month_view
        view.eventSelected.connect(self._entry_selected)
        view.eventActivated.connect(self.edit_event)
        view.newEventRequested.connect(self.new_event)
        view.dayExpanded.connect(self.open_day)
        view.eventDropped.connect(self.editing.dropped_on_day)
        view.monthStep.connect(self.step_month)
        view.todayRequested.connect(self.go_today)
        view.deleteRequested.connect(self.delete_event)
        view.addAction(self.window_actions.delete_action)
        self.departments_panel.currentChanged.connect(self._department_changed)
        self.departments_panel.overlaysChanged.connect(self._overlays_changed)
        self.departments_panel.eventDropped.connect(self.editing.dropped_on_department)
        self.departments_panel.searchChanged.connect(self.search)
        self.departments_panel.resultActivated.connect(self.finder.show_found)

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

    def _department_changed(self, department_id: str) -> None:
        self.settings.set(CURRENT_DEPARTMENT, department_id)
        self.month_view.select_entry(None)
        self.show_month(self.month)

    def _overlays_changed(self) -> None:
        self.settings.set(OVERLAYS, sorted(self.departments_panel.model.overlays))
        self.show_month(self.month)

    # --- holidays -------------------------------------------------------------------------------

    def _set_holiday_country(self, code: str) -> None:
        self.holidays.set_country(code)

    def _update_holidays(self) -> None:
        self.holidays.update()

    # --- selection and details ------------------------------------------------------------------

    def _entry_selected(self, entry: DayEntry | None) -> None:
        self.detail.show_entry(entry, self.locale_)
        has = entry is not None
        self.window_actions.edit_action.setEnabled(has)
        self.window_actions.delete_action.setEnabled(has)

    def focus_filter(self) -> None:
        self.departments_panel.filter.setFocus()
        self.departments_panel.filter.selectAll()

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

    # --- status, errors, busy -------------------------------------------------------------------

    def _date_text(self, day: date) -> str:
        return long_date(self.locale_, day)

    def _time_text(self, moment: datetime) -> str:
        return short_time(self.locale_, moment)

    def _update_title(self) -> None:
        self.month_title.setText(month_title(self.locale_, self.month))
        self.month_title.setAccessibleName(self.month_title.text())

    def _update_counts(self) -> None:
        store = self.service.store
        self.status_area.show_counts(
            self.model.event_count_in_month(),
            self._fetched_at,
            store.consumed_read_units if store is not None else None,
        )

    def _set_loading(self, loading: bool) -> None:
        self.months.set_loading(loading)

    def _busy_changed(self, busy: bool) -> None:
        self._set_state_text()

    def _set_state_text(self) -> None:
        self.status_area.show_state(
            loading=self._loading,
            online=self.connectivity.online,
            failed=self._error is not None,
            fetched_at=self._fetched_at,
        )

    def _show_error(self, error: StoreError, retry: Callable[[], None] | None = None) -> None:
        self._error = error
        self._set_loading(False)
        self.status_area.show_error(error, retry)

    def _status(self, text: str) -> None:
        self.status_area.say(text)

    # --- what the helpers do, by the names the app and the tests call ---------------------------

    def new_event(self, day: date) -> None:
        self.editing.new_event(day)

    def edit_event(self, entry: DayEntry) -> None:
        self.editing.edit_event(entry)

    def delete_event(self, entry: DayEntry) -> None:
        self.editing.delete_event(entry)

    def _record(
        self,
        original: Event | None,
        changed: Event | None,
        on_done: Callable[[Recorded], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.editing.record(original, changed, on_done, on_error)

    def _write_change(self, original: Event, changed: Event) -> None:
        self.editing.write_change(original, changed)

    def show_pending(self) -> None:
        self.outbox.show_pending()

    def discard_change(self, seq: int) -> None:
        self.outbox.discard_change(seq)

    def resolve_change(self, seq: int) -> None:
        self.outbox.resolve_change(seq)

    def manage_departments(self) -> None:
        self.departments_admin.manage_departments()

    def open_day(self, day: date) -> None:
        self.dialogs.open_day(day)

    def save_pdf(self, path: str | None = None) -> None:
        self.exports.save_pdf(path)

    def export_ics_to(self, path: Path, start: date, end: date) -> None:
        self.exports.export_ics_to(path, start, end)

    def search(self, text: str) -> None:
        self.finder.search(text)

    def open_settings(self, first_start: bool = False) -> None:
        self.connection.open_settings(first_start)

    # --- closing --------------------------------------------------------------------------------

    def confirm_quit(self, count: int) -> bool:
        """Quitting with changes not sent: say how many, and that they are kept."""
        return self.dialogs.confirm_quit(count)

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
