"""The departments dialog: create, rename and delete departments on a worker, then reload."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from desktop.data.store import DepartmentList
    from desktop.domain.models import Department
    from desktop.views.departments_dialog import DepartmentsDialog
    from desktop.views.main_window import MainWindow


class DepartmentsAdmin:
    """Opens the departments dialog of ``window`` and runs what it asks for."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.dialog: DepartmentsDialog | None = None  # the dialog open last

    def manage_departments(self) -> None:
        from desktop.views.departments_dialog import DepartmentsDialog

        window = self._window
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

        def delete(department: Department, with_events: bool) -> None:
            dialog.set_busy(True)
            service.run(
                lambda s: s.delete_department(department, with_events=with_events),
                refresh_dialog,
                dialog.show_error,
            )

        dialog.createRequested.connect(create)
        dialog.updateRequested.connect(update)
        dialog.countRequested.connect(count)
        dialog.deleteRequested.connect(delete)
        dialog.finished.connect(lambda _r: changed())
        self.dialog = dialog
        dialog.open()
