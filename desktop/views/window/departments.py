"""The departments dialog: create, rename and delete departments on a worker, then reload."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.data.errors import StoreError
from desktop.i18n import tr
from desktop.settings import ADMIN_DEPARTMENTS

if TYPE_CHECKING:
    from desktop.data.department_backup import DepartmentDeleted
    from desktop.data.store import DepartmentList
    from desktop.domain.models import Department
    from desktop.views.departments_dialog import DepartmentsDialog
    from desktop.views.main_window import MainWindow


def no_departments_ask_admin() -> str:
    return tr(
        "MainWindow",
        "There are no departments yet. Departments are created by your administrator: "
        "ask them to add one.",
    )


# Backups of deleted departments, in a folder beside the cache file.
BACKUP_FOLDER = "department-backups"


def no_backup_place() -> StoreError:
    return StoreError(
        tr(
            "MainWindow",
            "The department was not deleted: the saved calendar on this computer is not "
            "open, so there is no place for its backup. Restart Department Calendar and "
            "delete again.",
        ),
        code="NoBackupPlace",
    )


class DepartmentsAdmin:
    """Opens the departments dialog of ``window`` and runs what it asks for."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.dialog: DepartmentsDialog | None = None  # the dialog open last

    def allowed(self) -> bool:
        """Departments are admin work: offered only where ``admin/departments`` is true."""
        return bool(self._window.settings.get(ADMIN_DEPARTMENTS))

    def manage_departments(self) -> None:
        from desktop.views.departments_dialog import DepartmentsDialog

        window = self._window
        if window.read_only.active:  # Edit ▸ Departments… is hidden there
            return
        if not self.allowed():
            # Reached only when there is no department to add an event to.
            window.status_area.say(no_departments_ask_admin())
            return
        service = window.service
        dialog = DepartmentsDialog(window.departments, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def changed(_: object = None) -> None:
            dialog.done_saving()
            window.loader.load()

        def after_list(result: DepartmentList) -> None:
            dialog.set_departments(result.departments)

        def refresh_dialog(_: object = None) -> None:
            dialog.done_saving()
            service.run(lambda s: s.list_departments(), after_list, dialog.show_error)
            window.loader.load()

        def create(name: str, description: str) -> None:
            dialog.set_busy(True)
            service.run(
                lambda s: s.create_department(name, description), refresh_dialog, dialog.show_error
            )

        def update(department: Department, name: str, description: str) -> None:
            dialog.set_busy(True)
            service.run(
                lambda s: s.update_department(department, name, description),
                refresh_dialog,
                dialog.show_error,
            )

        def count(department: Department) -> None:
            service.run(
                lambda s: s.count_events(department.id),
                lambda n: dialog.show_event_count(department.id, n),
                dialog.show_error,
            )

        def delete(department: Department, _with_events: bool) -> None:
            # The backup goes beside the saved calendar; without one, nothing is deleted.
            cache = service.cache
            if cache is None:
                dialog.show_error(no_backup_place())
                return
            folder = cache.path.parent / BACKUP_FOLDER

            # The backup's code (and the store's, which it uses) loads only when needed.
            from desktop.data.department_backup import backup_and_delete

            def deleted(result: DepartmentDeleted) -> None:
                refresh_dialog()
                dialog.show_deleted(department.name, result.backup, result.events_backed_up)

            service.run(
                lambda s: backup_and_delete(s, department, folder), deleted, dialog.show_error
            )

        dialog.createRequested.connect(create)
        dialog.updateRequested.connect(update)
        dialog.countRequested.connect(count)
        dialog.deleteRequested.connect(delete)
        dialog.finished.connect(lambda _r: changed())
        self.dialog = dialog
        dialog.open()
