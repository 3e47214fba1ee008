"""The shown month and departments, out of the window: printed, as PDF, as iCalendar.

An iCalendar export covers its whole range, not only the months opened: the months of the
range not saved on this computer are fetched first, and if some cannot be (offline, an error,
Cancel) the user is told which and decides; the file is never silently partial.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
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
    from desktop.views.window.print_job import Printing


log = logging.getLogger(__name__)

# Months named one by one when some could not be fetched; the rest are counted.
NAMED_MONTHS = 12


@dataclass(frozen=True)
class Partial:
    """What to do when some months of a range cannot be fetched: the progress dialog's
    ``title``, the ``question`` under the months named, how to ask it, what a "no" does."""

    title: str
    question: str
    confirm: Callable[[str], bool]
    stopped: Callable[[], None]
    key: str = "export-missing"  # a new range of the same kind drops the last one's question


class Exports:
    """Print, PDF and iCalendar export of what ``window`` shows."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.fetching: RangeFetch | None = None  # the months an export fetches first
        self._printing: Printing | None = None

    def _legend(self) -> list[tuple[str, QColor, str]]:
        """The departments shown, their colours and (several shown) the tags on their events."""
        window = self._window
        shown = window.shown_department_ids()
        names = {d: window.department_name(d) for d in shown}
        tags = department_tags(names) if len(shown) > 1 else {}
        return [(elided(names[d]), department_color(d), tags.get(d, "")) for d in shown]

    @property
    def printing(self) -> Printing:
        """Print and Save as PDF of the view shown (built at the first use)."""
        if self._printing is None:
            from desktop.views.window.print_job import Printing

            self._printing = Printing(self._window, self)
        return self._printing

    def print_month(self) -> None:
        """File ▸ Print…: the shown view, with options and a preview."""
        self.printing.print_view()

    def save_pdf(self, path: str | None = None) -> None:
        """File ▸ Save as PDF…: the shown view (with ``path``: its default options, no dialog)."""
        self.printing.save_pdf(path)

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
        shown = self._window.shown_department_ids()
        self.fetch_range(
            shown,
            start,
            end,
            Partial(
                tr("MainWindow", "Export to iCalendar"),
                tr("MainWindow", "Write the file without their events?"),
                self.confirm_partial,
                lambda: self._window.status_area.say(
                    tr("MainWindow", "Export stopped: no file was written.")
                ),
            ),
            lambda left_out: self._write(path, start, end, shown, left_out),
        )

    def fetch_range(
        self,
        department_ids: list[str],
        start: date,
        end: date,
        partial: Partial,
        proceed: Callable[[list[tuple[str, date]]], None],
    ) -> None:
        """Fetch the months of the range never saved on this computer (progress, Cancel), then
        ``proceed`` with those that could not be, once the user agreed to go on without them
        (``partial`` asks; a refusal calls its ``stopped``)."""
        window = self._window

        def missing(cache: Cache) -> list[tuple[str, date]]:
            return missing_months(cache.saved_months(department_ids), department_ids, start, end)

        def fetched(outcome: FetchOutcome) -> None:
            if outcome.complete:
                proceed([])
            elif partial.confirm(self._not_fetched_text(outcome, partial.question)):
                proceed(outcome.not_fetched)
            else:
                partial.stopped()

        def fetch_then_proceed(pairs: list[tuple[str, date]]) -> None:
            if not pairs:
                proceed([])
                return
            self._fetch(pairs, partial.title, fetched)

        window.service.run_local(missing, fetch_then_proceed, key=partial.key)

    def _fetch(
        self, pairs: list[tuple[str, date]], title: str, done: Callable[[FetchOutcome], None]
    ) -> None:
        window = self._window
        fetch = RangeFetch(window.service, pairs, spent=window.months.fresh.spent, parent=window)
        progress = QProgressDialog(
            tr("MainWindow", "Fetching the months not saved on this computer…"),
            tr("MainWindow", "Cancel"),
            0,
            len(pairs),
            window,
        )
        progress.setWindowTitle(title)
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

    def _not_fetched_text(self, outcome: FetchOutcome, question: str) -> str:
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
        return "\n".join([why, *lines, "", question])

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
