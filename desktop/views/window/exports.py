"""The shown month and departments, out of the window: printed, as PDF, as iCalendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog

from desktop.domain.display import elided
from desktop.domain.tags import department_tags
from desktop.i18n import tr
from desktop.views.colors import department_color

if TYPE_CHECKING:
    from desktop.data.cache import Cache
    from desktop.views.main_window import MainWindow


class Exports:
    """Print, PDF and iCalendar export of what ``window`` shows."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def _legend(self) -> list[tuple[str, QColor, str]]:
        """The departments shown, their colours and (several shown) the tags on their events."""
        window = self._window
        shown = window.shown_department_ids()
        names = {d: window.department_name(d) for d in shown}
        tags = department_tags(names) if len(shown) > 1 else {}
        return [(elided(names[d]), department_color(d), tags.get(d, "")) for d in shown]

    def print_month(self) -> None:
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.views.printing import print_month

        window = self._window
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_month(printer, window.model, window.month_title.text(), self._legend())

    def save_pdf(self, path: str | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop.views.printing import save_pdf

        window = self._window
        if path is None:
            suggested = f"{window.month.year}-{window.month.month:02d}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                window, tr("MainWindow", "Save as PDF"), suggested, tr("MainWindow", "PDF (*.pdf)")
            )
            if not path:
                return
        save_pdf(path, window.model, window.month_title.text(), self._legend())
        window.status_area.say(tr("MainWindow", "Saved {path}.").format(path=path))

    def export_ics(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop.views.export_dialog import ExportDialog

        window = self._window
        dialog = ExportDialog(window.month, window.locale_, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        start, end = dialog.range()
        suggested = f"deptcal-{start.isoformat()}-{end.isoformat()}.ics"
        path, _ = QFileDialog.getSaveFileName(
            window,
            tr("MainWindow", "Export to iCalendar"),
            suggested,
            tr("MainWindow", "iCalendar (*.ics)"),
        )
        if path:
            self.export_ics_to(Path(path), start, end)

    def export_ics_to(self, path: Path, start: date, end: date) -> None:
        """Write the shown departments' saved events in the range (works offline)."""
        from desktop.data.ical import export_ics

        window = self._window
        shown = window.shown_department_ids()
        names = {d.id: d.name for d in window.departments}
        calendar_name = ", ".join(names.get(d, "") for d in shown)

        def write(cache: Cache) -> int:
            return export_ics(
                path, cache.events_between(shown, start, end), names, calendar_name=calendar_name
            )

        def written(count: int) -> None:
            window.status_area.say(
                tr("MainWindow", "Exported %n events to {path}.", n=count).format(path=path)
            )
            window.exported.emit(count)

        window.service.run_local(write, written)
