"""Start-up and the departments list: the cached start, the store's answer, the list shown.

:class:`DepartmentsLoader` paints the last department and month from the cache before the
network answers, then reads the departments from the table, keeps the list and chooses the
department shown (saved, so the next start-up reads its month with the list, in one trip).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop.data.errors import OfflineError, StoreError
from desktop.domain.models import Department
from desktop.i18n import tr
from desktop.settings import Setting
from desktop.views.window.departments import no_departments_ask_admin

if TYPE_CHECKING:
    from desktop.data.cache import Cache, CachedMonth
    from desktop.data.store import DepartmentList, DynamoStore
    from desktop.views.main_window import MainWindow

# What start-up reads from the cache in one trip: departments, when saved, the month shown last.
CachedStart = tuple[list[Department], "datetime | None", dict[str, "CachedMonth"]]

CURRENT_DEPARTMENT = Setting("view/department", str, "", "The department shown last")
OVERLAYS = Setting("view/overlays", list, [], "Departments overlaid on the calendar")


class DepartmentsLoader:
    """Starts the data layer behind ``window`` and keeps the departments it shows."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.departments: list[Department] = []
        service = window.service
        service.cacheReady.connect(self.cache_ready)
        service.ready.connect(self._service_ready)
        service.failed.connect(self._service_failed)

    def shown_ids(self) -> list[str]:
        """The departments shown: the current one, then the overlays; every department while
        the shown view asks for all (the team week's "All departments")."""
        views = getattr(self._window, "views", None)
        if views is not None and getattr(views.views.get(views.kind), "all_departments", False):
            return [d.id for d in self.departments]
        return self._window.departments_panel.shown_ids()

    def name(self, department_id: str) -> str:
        department = next((d for d in self.departments if d.id == department_id), None)
        return department.name if department else tr("MainWindow", "Unknown department")

    # --- start-up -----------------------------------------------------------------------------

    def start(self, *, service_started: bool = False) -> None:
        """Open the data layer behind the painted window (again, after a failure)."""
        window = self._window
        window.presenter.set_loading(True)
        window.months.begin_start()
        if not service_started:
            window.service.start()

    def cache_ready(self) -> None:
        """Paint the last department and month from the cache before the network answers."""
        from desktop.data.cache import NEWER_FILE

        window = self._window
        cache = window.service.cache
        if cache is not None and cache.problem == NEWER_FILE:
            window.banner.show_message(
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
            window.banner.show_message(
                "warning",
                tr(
                    "MainWindow",
                    "The calendar cannot be saved on this computer (the offline copy's file "
                    "could not be opened; the log says why). Changes not sent yet are kept only "
                    "while the app is open: check the disk space and the folder's permissions.",
                ),
            )

        # The month of the departments shown last is read with the list: one trip, not two.
        month = window.month
        wanted = [str(window.settings.get(CURRENT_DEPARTMENT))]
        wanted += [str(i) for i in window.settings.get(OVERLAYS) if str(i) not in wanted]

        def read(cache: Cache) -> CachedStart:
            found = {}
            for department_id in wanted:
                cached = cache.month(department_id, month)
                if cached is not None:
                    found[department_id] = cached
            return cache.departments(), cache.last_fetched(), found

        window.service.run_local(
            read, lambda cached: self._cached_departments(month, cached), key="cached-departments"
        )
        self.tell_rescue()

    def tell_rescue(self) -> None:
        """Changes not sent carried out of a damaged cache file: say how many, and the lost."""
        window = self._window
        cache = window.service.cache
        rescue = cache.take_rescue() if cache is not None else None
        if rescue is None:
            return
        text = tr(
            "MainWindow",
            "The calendar saved on this computer was damaged and has been replaced. "
            "%n changes not sent yet were saved from it and will be sent.",
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
        window.banner.show_message("warning", text)

    def _cached_departments(self, month: date, cached: CachedStart) -> None:
        months = self._window.months
        departments, saved_at, found = cached
        months.memory.saved_at = saved_at
        if departments and not self.departments:
            months.keep_cached(month, found)
            self.apply(departments)  # paints the month kept, or reads it
            if month == months.month and months.knows(month):
                months.cached_month_shown(month, found)
        else:
            months.started()
            self._window.service.open_store()

    def _service_ready(self) -> None:
        if self._window.banner.kind == "error":
            self._window.banner.dismiss()
        self.load()

    def _service_failed(self, error: StoreError) -> None:
        presenter = self._window.presenter
        presenter.set_loading(False)
        presenter.show_error(error, retry=self._window.start)

    # --- the departments ----------------------------------------------------------------------

    def load(self) -> None:
        window = self._window
        window.presenter.set_loading(True)
        service = window.service

        def fetch(store: DynamoStore) -> tuple[DepartmentList, bool]:
            result = store.list_departments()
            return result, service.remember_departments(result)

        service.run(fetch, self._loaded, self._failed, key="departments")

    def _failed(self, error: StoreError) -> None:
        if isinstance(error, OfflineError):
            self._window.presenter.went_offline()
        else:
            self._window.presenter.show_error(error, retry=self.load)

    def _loaded(self, loaded: tuple[DepartmentList, bool]) -> None:
        window = self._window
        presenter = window.presenter
        result, kept = loaded
        window.connectivity.went_online()
        if not kept:
            # An empty table where this computer had departments: usually a wrong region or
            # table name. The saved calendar stays; nothing is wiped.
            presenter.set_loading(False)
            window.banner.show_message(
                "warning",
                tr(
                    "MainWindow",
                    "The shared calendar has no departments, but this computer has departments "
                    "saved from it. The connection may point elsewhere: ask your administrator "
                    "to check Settings. "
                    "Showing the saved calendar.",
                ),
                tr("MainWindow", "Retry"),
                self.load,
            )
            return
        if result.skipped:
            window.status_area.say(
                tr(
                    "MainWindow",
                    "%n department records could not be read and were skipped.",
                    n=len(result.skipped),
                )
            )
        self.apply(result.departments)
        if not self.departments:
            presenter.set_loading(False)
            if window.departments_admin.allowed():
                window.banner.show_message(
                    "info",
                    tr("MainWindow", "There are no departments yet. Create one to start."),
                    tr("MainWindow", "Departments…"),
                    window.departments_admin.manage_departments,
                )
            else:
                window.banner.show_message("info", no_departments_ask_admin())

    def apply(self, departments: list[Department]) -> None:
        window = self._window
        panel, settings = window.departments_panel, window.settings
        unchanged = departments == self.departments
        self.departments = departments
        saved = str(settings.get(CURRENT_DEPARTMENT))
        current = panel.current_id() or saved
        ids = {d.id for d in self.departments}
        if current not in ids:
            current = self.departments[0].id if self.departments else ""
        if current and current != saved:
            # Saved when first chosen too, not only on a click: the next start-up reads the
            # cache's copy of this department's month with the list, in one trip.
            settings.set(CURRENT_DEPARTMENT, current)
        if not unchanged:
            overlays = set(panel.model.overlays) or {str(i) for i in settings.get(OVERLAYS)}
            panel.set_departments(self.departments, current or None)
            panel.set_overlays(overlays)
        window.departmentsShown.emit()
        if self.departments:
            window.presenter.show_month(window.month)

    def department_changed(self, department_id: str) -> None:
        window = self._window
        window.settings.set(CURRENT_DEPARTMENT, department_id)
        window.active_view.select_entry(None)
        window.presenter.show_month(window.month)

    def overlays_changed(self) -> None:
        window = self._window
        window.settings.set(OVERLAYS, sorted(window.departments_panel.model.overlays))
        window.presenter.show_month(window.month)
