"""File ▸ Print… and Save as PDF… for the view shown: options, data, preview or file.

The options dialog (:mod:`desktop.views.print_dialog`) chooses what to print. The range's
months never saved on this computer are fetched first, with progress and Cancel, and the ones
that cannot be (offline, an error) are named before anything is printed, as the iCalendar
export does (:meth:`Exports.fetch_range`). The events then come from the months in memory
(what the views show, changes not sent included) and, for the months memory does not hold,
from the cache on a worker, with the holidays of the range. Print shows a preview first; a PDF
is painted on a worker (QPainter may paint a QPrinter off the GUI thread) and said when saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.domain.calendar import months_between
from desktop.domain.days_off import names_by_day, with_days_off
from desktop.domain.display import elided
from desktop.domain.tags import department_tags
from desktop.i18n import tr
from desktop.views.colors import department_color
from desktop.views.widgets import ask
from desktop.views.window.exports import Partial
from desktop.views.window.holidays import HOLIDAY_COUNTRY

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.domain.models import Event
    from desktop.views.main_window import MainWindow
    from desktop.views.print_dialog import PrintOptions
    from desktop.views.print_document import PrintData
    from desktop.views.window.exports import Exports

log = logging.getLogger(__name__)

Pairs = list[tuple[str, date]]


class Printing(QObject):
    """Prints and saves as PDF what ``window`` shows."""

    saved = Signal(str, int)  # path, pages: a PDF was written
    failed = Signal(str)  # what the status bar said

    def __init__(self, window: MainWindow, exports: Exports) -> None:
        super().__init__(window)
        self._window = window
        self._exports = exports
        self.dialog: QObject | None = None  # the options dialog or preview while open

    # --- the actions --------------------------------------------------------------------------

    def print_view(self) -> None:
        options = self.ask_options(tr("Printing", "Preview…"))
        if options is not None:
            self.gather(options, self.preview)

    def save_pdf(self, path: str | None = None, options: PrintOptions | None = None) -> None:
        """Ask the options (unless given) and the file (unless given), then write the PDF."""
        from PySide6.QtWidgets import QFileDialog

        window = self._window
        if options is None and path is not None:
            options = self.default_options()
        elif options is None:
            options = self.ask_options(tr("Printing", "Save…"))
            if options is None:
                return
        if path is None:
            suggested = f"deptcal-{options.kind}-{options.first}-{options.last}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                window, tr("MainWindow", "Save as PDF"), suggested, tr("MainWindow", "PDF (*.pdf)")
            )
            if not path:
                return
        target = path
        self.gather(options, lambda data: self.write(target, data))

    def ask_options(self, accept_text: str) -> PrintOptions | None:
        from PySide6.QtWidgets import QDialog

        from desktop.views.print_dialog import PrintDialog

        window = self._window
        dialog = PrintDialog(
            kind=window.views.kind,
            anchor=window.presenter.anchor,
            today=window.today,
            first_weekday=window.model.first_weekday,
            departments=[(d.id, d.name) for d in window.departments],
            shown=window.shown_department_ids(),
            locale=window.locale_,
            settings=window.settings,
            accept_text=accept_text,
            parent=window,
        )
        self.dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.options()
        finally:
            self.dialog = None
            dialog.deleteLater()

    def default_options(self) -> PrintOptions:
        """The options the dialog starts with: the view shown, its range and departments."""
        from desktop.views.print_dialog import (
            PRINT_DESCRIPTIONS,
            PRINT_PER_DEPARTMENT,
            PrintOptions,
            shown_range,
        )

        window = self._window
        kind = window.views.kind
        first, last = shown_range(kind, window.presenter.anchor, window.model.first_weekday)
        return PrintOptions(
            kind,
            first,
            last,
            window.shown_department_ids(),
            bool(window.settings.get(PRINT_DESCRIPTIONS)),
            bool(window.settings.get(PRINT_PER_DEPARTMENT)),
        )

    def confirm_partial(self, text: str) -> bool:
        """Ask whether to print without the months that could not be fetched."""
        return ask(
            self._window,
            tr("Printing", "Print"),
            text,
            tr("Printing", "Print without them"),
            tr("Printing", "Do not print"),
            warning=True,
        )

    # --- the data -----------------------------------------------------------------------------

    def gather(self, options: PrintOptions, done: Callable[[PrintData], None]) -> None:
        """The events of ``options`` (the months never saved fetched first), then ``done``."""
        window = self._window
        if window.service.cache is None:  # nothing saved on this computer: what memory has
            self._read(options, [], done)
            return
        partial = Partial(
            tr("Printing", "Print"),
            tr("Printing", "Print without their events?"),
            self.confirm_partial,
            lambda: window.status_area.say(tr("Printing", "Nothing was printed.")),
            key="print-missing",
        )
        self._exports.fetch_range(
            options.department_ids,
            options.first,
            options.last,
            partial,
            lambda left_out: self._read(options, left_out, done),
        )

    def _read(
        self, options: PrintOptions, left_out: Pairs, done: Callable[[PrintData], None]
    ) -> None:
        """Memory's months on the GUI thread (list copies), the rest from the cache on a worker."""
        window = self._window
        memory = window.months.memory
        ids = options.department_ids
        first, last = options.first, options.last
        known: list[list[Event]] = []
        from_cache: set[tuple[str, date]] = set()
        for month in months_between(first, last):
            for department_id in ids:
                fetched = memory.fetched_at(department_id, month)
                if fetched is not None and fetched.timestamp() > 0:
                    known.append(memory.events(department_id, month))
                else:
                    from_cache.add((department_id, month))
        cache = window.service.cache
        choice = str(window.settings.get(HOLIDAY_COUNTRY))
        language = window.locale_.name()
        company = names_by_day(window.holidays.days_off(), first, last)

        def read() -> tuple[list[Event], dict[date, str]]:
            events = [e for month in known for e in month if first <= e.event_date <= last]
            if from_cache and cache is not None:
                cached = cache.events_between(sorted({d for d, _m in from_cache}), first, last)
                events += [
                    e
                    for e in cached
                    if (e.department_id, e.event_date.replace(day=1)) in from_cache
                ]
            return events, with_days_off(_holidays(choice, language, first, last), company)

        def arrived(result: tuple[list[Event], dict[date, str]]) -> None:
            events, holidays = result
            done(self._data(options, events, holidays, left_out))

        window.service.runner.submit(read, arrived, self._failed_reading, key="print-read")

    def _data(
        self, options: PrintOptions, events: list[Event], holidays: dict[date, str], left_out: Pairs
    ) -> PrintData:
        from desktop.views.print_document import PaperDepartment, PrintData

        window = self._window
        ids = options.department_ids
        names = {d: window.department_name(d) for d in ids}
        tags = department_tags(names) if len(ids) > 1 else {}
        departments = [
            PaperDepartment(d, elided(names[d]), department_color(d), tags.get(d, "")) for d in ids
        ]
        return PrintData(
            options.kind,
            options.first,
            options.last,
            departments,
            events,
            window.locale_,
            datetime.now(),
            holidays,
            window.model.first_weekday,
            options.descriptions,
            options.per_department,
            left_out,
        )

    def _failed_reading(self, error: BaseException) -> None:
        log.error("Reading the events to print failed", exc_info=error)
        self._say_failure(
            tr(
                "Printing",
                "Could not read the saved events to print. Try again; if this keeps happening, "
                "restart the app.",
            )
        )

    def _say_failure(self, message: str) -> None:
        self._window.status_area.say(message)
        self.failed.emit(message)

    # --- paper --------------------------------------------------------------------------------

    def preview(self, data: PrintData) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from desktop.views.print_document import render, setup_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(printer, data.kind)
        dialog = QPrintPreviewDialog(printer, self._window)
        dialog.setWindowTitle(tr("Printing", "Print preview"))

        def paint(target: QPrinter) -> None:
            try:
                render(target, data)
            except OSError as error:
                self._say_failure(
                    tr(
                        "Printing", "Could not print ({reason}). Check the printer and try again."
                    ).format(reason=error.strerror or str(error))
                )

        dialog.paintRequested.connect(paint)
        self.dialog = dialog
        try:
            dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()

    def write(self, path: str, data: PrintData) -> None:
        """Paint the PDF on a worker; the status bar says where it went, or why not."""
        from desktop.views.print_document import save_pdf

        window = self._window

        def written(pages: int) -> None:
            window.status_area.say(tr("MainWindow", "Saved {path}.").format(path=path))
            self.saved.emit(path, pages)

        def failed(error: BaseException) -> None:
            log.error("Saving the PDF failed", exc_info=error)
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self._say_failure(
                tr(
                    "Printing",
                    "Could not write {path} ({reason}). Choose another folder and save again.",
                ).format(path=path, reason=reason)
            )

        window.service.runner.submit(lambda: save_pdf(path, data), written, failed)


def _holidays(choice: str, language: str, first: date, last: date) -> dict[date, str]:
    """The holidays of the range, as the views show them (View ▸ Holidays); on a worker."""
    if choice == "off":
        return {}
    from desktop.domain.holidays import country_for_locale, holiday_names

    country = country_for_locale(language) if choice == "auto" else choice
    names = holiday_names(country, range(first.year, last.year + 1), language)
    return {day: name for day, name in names.items() if first <= day <= last}
