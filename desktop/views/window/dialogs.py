"""The window's small dialogs: a day's events, go to a date, about, the licences, and the
question on quit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.i18n import tr
from desktop.views.month_model import Roles

if TYPE_CHECKING:
    from desktop.views.day_dialog import DayDialog
    from desktop.views.goto_dialog import GoToDateDialog
    from desktop.views.licenses_dialog import LicensesDialog
    from desktop.views.main_window import MainWindow


class WindowDialogs:
    """Opens the small dialogs of ``window`` and hands what they ask for back to it."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.day_dialog: DayDialog | None = None  # the day dialog open last
        self.goto_dialog: GoToDateDialog | None = None  # the go-to-date dialog open last
        self.about_box: QMessageBox | None = None  # Help ▸ About, open last
        self.licenses_dialog: LicensesDialog | None = None  # Help ▸ Licences, open last

    def open_day(self, day: date) -> None:
        """A day's events, with edit, new and delete."""
        from desktop.views.day_dialog import DayDialog

        window = self._window
        model = window.model
        holiday = str(model.data(model.index_of(day), Roles.HOLIDAY) or "")
        entries = window.active_view.entries_on(day)  # the shown view's (a week's, a team's)
        dialog = DayDialog(day, entries, window.locale_, window, holiday=holiday)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.read_only.tell(dialog)

        def then(action: Callable[[object], None]) -> Callable[[object], None]:
            def run(argument: object) -> None:
                dialog.accept()
                action(argument)

            return run

        dialog.editRequested.connect(then(window.editing.edit_event))  # type: ignore[arg-type]
        dialog.newRequested.connect(then(window.editing.new_event))  # type: ignore[arg-type]
        dialog.deleteRequested.connect(then(window.editing.delete_event))  # type: ignore[arg-type]
        dialog.menuRequested.connect(
            lambda entry, where: window.event_menus.show(day, entry, where, dialog, dialog.accept)
        )
        self.day_dialog = dialog
        dialog.open()

    def ask_date(self) -> None:
        """A typed date or a calendar click; the window goes to it."""
        from desktop.views.goto_dialog import GoToDateDialog

        window = self._window
        current = window.active_view.current_date() or window.month
        dialog = GoToDateDialog(current, window.today, window.locale_, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: window.presenter.go_to(dialog.chosen()))
        self.goto_dialog = dialog
        dialog.open()

    def about(self) -> None:
        from desktop import __version__
        from desktop.views.window.about_holidays import holiday_data_text

        text = tr(
            "MainWindow",
            "Department Calendar {version}\nThe department calendars, shared with the web "
            "calendar.",
        ).format(version=__version__)
        box = QMessageBox(self._window)
        box.setWindowTitle(tr("MainWindow", "About Department Calendar"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text + "\n\n" + holiday_data_text(self._window))
        icon = self._window.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_box = box
        box.open()

    def licenses(self) -> None:
        """The licence texts (read on a worker once the dialog is open)."""
        from desktop.views.licenses_dialog import LicensesDialog

        window = self._window
        dialog = LicensesDialog(window.service.runner, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.licenses_dialog = dialog
        dialog.open()

    def confirm_quit(self, count: int) -> bool:
        """Quitting with changes not sent: say how many, and that they are kept."""
        from desktop.views.widgets import ask

        return ask(
            self._window,
            tr("MainWindow", "Changes not sent"),
            tr(
                "MainWindow",
                "%n changes have not reached the shared calendar yet. They are kept on this "
                "computer "
                "and sent the next time Department Calendar is open and connected.",
                n=count,
            ),
            tr("MainWindow", "Quit"),
            tr("MainWindow", "Keep open"),
        )
