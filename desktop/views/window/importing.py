"""File ▸ Import iCalendar…: choose a file, preview it (:class:`ImportDialog`), import it.

The file is read and planned on a worker against the department's saved events of the range
(months never saved are fetched first, as an export does); a newer plan (another department
chosen) drops an older one's answer. Import records the writes through the outbox in one
transaction (:meth:`CalendarService.record_many`): offline-safe, kill-safe, conflicts as
everywhere else. The dialog and the import code load at the first use, not at start.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.data.cache import Cache
    from desktop.data.changes import Recorded
    from desktop.data.ical_import import ImportPlan
    from desktop.domain.models import Event
    from desktop.views.import_dialog import ImportDialog
    from desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)
_CONTEXT = "ImportDialog"


class Importer:
    """Runs File ▸ Import iCalendar… for ``window``."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.dialog: ImportDialog | None = None
        self._asked = 0  # the last plan asked for; older answers are dropped

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self._window.read_only.active:  # File ▸ Import is hidden there
            return
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            tr(_CONTEXT, "Import iCalendar"),
            "",
            tr(_CONTEXT, "iCalendar (*.ics *.ical *.ifb);;All files (*)"),
        )
        if path:
            self.preview(Path(path))

    def preview(self, path: Path) -> ImportDialog:
        """Open the preview of ``path`` (planned on a worker) for the first shown department."""
        from desktop.data.ical_import import default_range
        from desktop.views.import_dialog import ImportDialog

        window = self._window
        shown = window.shown_department_ids()
        start, end = default_range(window.today)
        dialog = ImportDialog(
            path.name, list(window.departments), shown[0] if shown else "", window.locale_, window
        )
        self.dialog = dialog
        dialog.department_changed.connect(lambda d: self._plan(path, d, start, end))
        dialog.accepted.connect(lambda: self._record(dialog.plan))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.show()
        self._plan(path, dialog.department_id(), start, end)
        return dialog

    def _plan(self, path: Path, department_id: str, start: date, end: date) -> None:
        from desktop.views.import_dialog import IMPORT_LIMIT
        from desktop.views.window.exports import Partial
        from desktop.views.window.time_format import HOUR24, locale_uses_24_hour

        window = self._window
        dialog = self.dialog
        if dialog is None or not department_id:
            return
        dialog.waiting()
        self._asked += 1
        asked = self._asked
        chosen = str(window.settings.get(HOUR24))
        hour24 = chosen == "24" if chosen in ("24", "12") else locale_uses_24_hour(window.locale_)
        language = window.locale_.name()
        limit = int(window.settings.get(IMPORT_LIMIT) or 2000)

        def plan(cache: Cache) -> ImportPlan:
            from desktop.data.ical_import import plan_import

            existing = {e.id: e for e in cache.events_between([department_id], start, end)}
            return plan_import(
                path, department_id, existing, start, end, limit, hour24=hour24, language=language
            )

        def planned(result: ImportPlan) -> None:
            if asked == self._asked and self.dialog is dialog:
                dialog.show_plan(result)

        def failed(error: BaseException) -> None:
            if asked != self._asked or self.dialog is not dialog:
                return
            from desktop.data.ical_import import ImportFileError

            if not isinstance(error, ImportFileError):
                log.error("Planning an import failed", exc_info=error)
            dialog.show_problem(str(error))

        def proceed(_left_out: list[tuple[str, date]]) -> None:
            cache = window.service.cache
            if cache is not None:
                window.service.runner.submit(lambda: plan(cache), planned, failed)

        window.exports.fetch_range(
            [department_id],
            start,
            end,
            Partial(
                tr(_CONTEXT, "Import iCalendar"),
                tr(_CONTEXT, "Compare with the saved events only?"),
                window.exports.confirm_partial,
                lambda: dialog.show_problem(tr(_CONTEXT, "Import stopped: nothing was written.")),
                key="import-missing",
            ),
            proceed,
        )

    def _record(self, plan: ImportPlan | None) -> None:
        window = self._window
        self.dialog = None
        if plan is None:
            return
        changes: list[tuple[Event | None, Event | None]] = plan.changes()
        from desktop.domain.display import isolated

        name = isolated(window.department_name(plan.department_id))

        def recorded(_result: Recorded) -> None:
            window.status_area.say(
                tr(_CONTEXT, "Imported into {department}: {summary}").format(
                    department=name, summary=plan.summary()
                )
            )

        def failed(error: BaseException) -> None:
            log.error("Recording an import failed", exc_info=error)
            window.status_area.say(
                tr(
                    _CONTEXT,
                    "The import could not be saved on this computer ({error}); nothing was "
                    "imported. Free some disk space and import again.",
                ).format(error=error)
            )

        window.service.record_many(changes, recorded, failed)
