"""The holidays painted on the shown view: the public ones, named on a worker and kept for the
session, with the company days off (:mod:`desktop.days_off_settings`) added to them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.days_off_settings import days_off, save_own_days_off
from desktop.domain.days_off import DayOff, names_by_day, with_days_off
from desktop.settings import Setting

if TYPE_CHECKING:
    from desktop.domain.holidays import HolidayData
    from desktop.views.days_off_dialog import DaysOffDialog
    from desktop.views.main_window import MainWindow

HOLIDAY_COUNTRY = Setting(
    "view/holiday_country", str, "auto", "auto (from the locale), a country code, or off"
)


class Holidays:
    """Gives ``window``'s shown view the holidays of the country chosen in the View menu, and
    the company days off (also when the public holidays are off: they are the company's)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        # (choice, years, language) → the public holidays' names by date
        self._names: dict[tuple[str, tuple[int, ...], str], dict[date, str]] = {}
        self._days_off: list[DayOff] | None = None  # read once, again after the dialog
        self.data: HolidayData | None = None  # the library's version, once it is loaded
        self.dialog: DaysOffDialog | None = None  # Edit ▸ Company days off…, open last

    def set_country(self, code: str) -> None:
        self._window.settings.set(HOLIDAY_COUNTRY, code)
        self.update()

    def days_off(self) -> list[DayOff]:
        """The company days off in effect (the administrator's and the user's own)."""
        if self._days_off is None:
            self._days_off = days_off(self._window.settings)
        return self._days_off

    def edit_days_off(self) -> None:
        """Edit ▸ Company days off…: the administrator's shown locked, the user's own edited."""
        from desktop.days_off_settings import managed_days_off, own_days_off
        from desktop.views.days_off_dialog import DaysOffDialog

        window = self._window
        settings = window.settings
        dialog = DaysOffDialog(
            managed_days_off(settings), own_days_off(settings), window.today, window.locale_, window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def keep() -> None:
            save_own_days_off(settings, dialog.own_days())
            self.days_off_changed()

        dialog.accepted.connect(keep)
        self.dialog = dialog
        dialog.open()

    def days_off_changed(self) -> None:
        """The user's own list changed (the dialog): read it again and repaint."""
        self._days_off = None
        self.update()

    def update(self) -> None:
        """The holidays of the days the grid shows: at once when known, else from a worker."""
        window = self._window
        view = window.active_view
        choice = str(window.settings.get(HOLIDAY_COUNTRY))
        days = window.months.days()
        company = names_by_day(self.days_off(), days[0], days[-1])
        if choice == "off":
            view.set_holidays(company)
            return
        years = list(range(days[0].year, days[-1].year + 1))
        language = window.locale_.name()
        month = window.month
        key = (choice, tuple(years), language)
        known = self._names.get(key)
        if known is not None:  # no worker task on every navigation
            view.set_holidays(with_days_off(known, company))
            return

        def compute() -> tuple[dict[date, str], HolidayData]:
            # The holidays library takes about 45 ms to import: never on the GUI thread.
            from desktop.domain.holidays import country_for_locale, holiday_data, holiday_names

            country = country_for_locale(language) if choice == "auto" else choice
            return holiday_names(country, years, language), holiday_data()

        def apply(result: tuple[dict[date, str], HolidayData]) -> None:
            names, self.data = result
            self._names[key] = names
            if month == window.month and view is window.active_view:
                company_now = names_by_day(self.days_off(), days[0], days[-1])
                view.set_holidays(with_days_off(names, company_now))

        def submit() -> None:
            window.service.runner.submit(compute, apply, key="holidays")

        window.after_start(submit)
