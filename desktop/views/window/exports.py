"""The shown month and departments, out of the window: printed, as PDF, as iCalendar.

An iCalendar export covers its whole range, not only the months opened: the months of the
range not saved on this computer are fetched first, and if some cannot be (offline, an error,
Cancel) the user is told which and decides; the file is never silently partial.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QProgressDialog

from desktop.domain.coverage import missing_months
from desktop.domain.display import elided, isolated
from desktop.domain.tags import department_tags
from desktop.i18n import tr
from desktop.views.colors import department_color
from desktop.views.formats import month_title
from desktop.views.widgets import ask, edit_date_format
from desktop.workers.range_fetch import FetchOutcome, RangeFetch

if TYPE_CHECKING:
    from desktop.data.cache import Cache
    from desktop.views.main_window import MainWindow


log = logging.getLogger(__name__)

# Months named one by one when some could not be fetched; the rest are counted.
NAMED_MONTHS = 12


class Exports:
    """Print, PDF and iCalendar export of what ``window`` shows."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.fetching: RangeFetch | None = None  # the months an export fetches first

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
        """Write the shown departments' events in the range: the months of the range not saved
        on this computer are fetched first (progress, Cancel); if some cannot be, they are
        named and the user decides whether the file is written without them."""
        window = self._window
        shown = window.shown_department_ids()

        def missing(cache: Cache) -> list[tuple[str, date]]:
            return missing_months(cache.saved_months(shown), shown, start, end)

        def fetch_then_write(pairs: list[tuple[str, date]]) -> None:
            if not pairs:
                self._write(path, start, end, shown, [])
                return
            self._fetch(pairs, lambda outcome: self._fetched(path, start, end, shown, outcome))

        window.service.run_local(missing, fetch_then_write, key="export-missing")

    def _fetch(self, pairs: list[tuple[str, date]], done: Callable[[FetchOutcome], None]) -> None:
        window = self._window
        fetch = RangeFetch(window.service, pairs, spent=window.months.fresh.spent, parent=window)
        progress = QProgressDialog(
            tr("MainWindow", "Fetching the months not saved on this computer…"),
            tr("MainWindow", "Cancel"),
            0,
            len(pairs),
            window,
        )
        progress.setWindowTitle(tr("MainWindow", "Export to iCalendar"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(fetch.cancel)
        fetch.progress.connect(lambda value, _total: progress.setValue(value))

        def finished(outcome: FetchOutcome) -> None:
            progress.canceled.disconnect(fetch.cancel)
            progress.close()
            progress.deleteLater()
            fetch.deleteLater()
            self.fetching = None
            done(outcome)

        fetch.finished.connect(finished)
        self.fetching = fetch
        progress.show()
        fetch.start()

    def _fetched(
        self, path: Path, start: date, end: date, shown: list[str], outcome: FetchOutcome
    ) -> None:
        if outcome.complete:
            self._write(path, start, end, shown, [])
            return
        window = self._window
        question = self._not_fetched_text(outcome)
        if self.confirm_partial(question):
            self._write(path, start, end, shown, outcome.not_fetched)
        else:
            window.status_area.say(tr("MainWindow", "Export stopped: no file was written."))

    def _not_fetched_text(self, outcome: FetchOutcome) -> str:
        """Which months could not be fetched, month by month with their departments."""
        window = self._window
        by_month: dict[date, list[str]] = {}
        for department_id, month in outcome.not_fetched:
            by_month.setdefault(month, []).append(isolated(window.department_name(department_id)))
        lines = [
            f"{month_title(window.locale_, month)}: {', '.join(names)}"
            for month, names in sorted(by_month.items())[:NAMED_MONTHS]
        ]
        if len(by_month) > NAMED_MONTHS:
            lines.append(tr("MainWindow", "and %n more months", n=len(by_month) - NAMED_MONTHS))
        if outcome.cancelled:
            why = tr("MainWindow", "The fetch was cancelled before these months were saved:")
        elif outcome.offline:
            why = tr(
                "MainWindow", "These months are not saved on this computer, and it is offline:"
            )
        else:
            why = tr("MainWindow", "These months could not be fetched:")
        ask = tr("MainWindow", "Write the file without their events?")
        return "\n".join([why, *lines, "", ask])

    def confirm_partial(self, text: str) -> bool:
        """Ask whether to write the file without the months that could not be fetched."""
        return ask(
            self._window,
            tr("MainWindow", "Export to iCalendar"),
            text,
            tr("MainWindow", "Write without them"),
            tr("MainWindow", "Do not write"),
            warning=True,
        )

    def _write(
        self,
        path: Path,
        start: date,
        end: date,
        shown: list[str],
        left_out: list[tuple[str, date]],
    ) -> None:
        from desktop.data.ical import export_ics

        window = self._window
        names = {d.id: d.name for d in window.departments}
        calendar_name = ", ".join(names.get(d, "") for d in shown)

        def write(cache: Cache) -> int:
            return export_ics(
                path, cache.events_between(shown, start, end), names, calendar_name=calendar_name
            )

        def written(count: int) -> None:
            locale = window.locale_
            day_format = edit_date_format(locale)
            message = tr(
                "MainWindow",
                "%n events of {departments} from {start} to {end} written to {path}.",
                n=count,
            ).format(
                departments=", ".join(isolated(window.department_name(d)) for d in shown),
                start=locale.toString(QDate(start.year, start.month, start.day), day_format),
                end=locale.toString(QDate(end.year, end.month, end.day), day_format),
                path=path,
            )
            if left_out:
                months = len({month for _d, month in left_out})
                message += " " + tr(
                    "MainWindow", "%n months that could not be fetched are not in it.", n=months
                )
            window.status_area.say(message)
            window.exported.emit(count)

        def failed(error: BaseException) -> None:
            log.error("The iCalendar export failed", exc_info=error)
            if isinstance(error, OSError):
                reason = error.strerror or str(error)
                message = tr(
                    "MainWindow",
                    "Could not write {path} ({reason}). Choose another folder and export again.",
                ).format(path=path, reason=reason)
            else:
                message = tr(
                    "MainWindow",
                    "Could not read the saved events to export. Try again; if this keeps "
                    "happening, restart the app.",
                )
            window.status_area.say(message)

        cache = window.service.cache
        if cache is not None:
            window.service.runner.submit(lambda: write(cache), written, failed)
