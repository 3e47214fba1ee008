"""The public holidays painted on the shown view, named on a worker and kept for the session."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desktop.settings import Setting

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

HOLIDAY_COUNTRY = Setting(
    "view/holiday_country", str, "auto", "auto (from the locale), a country code, or off"
)


class Holidays:
    """Gives ``window``'s shown view the holidays of the country chosen in the View menu."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        # (choice, years, language) → the holidays' names by date
        self._names: dict[tuple[str, tuple[int, ...], str], dict[date, str]] = {}

    def set_country(self, code: str) -> None:
        self._window.settings.set(HOLIDAY_COUNTRY, code)
        self.update()

    def update(self) -> None:
        """The holidays of the days the grid shows: at once when known, else from a worker."""
        window = self._window
        view = window.active_view
        choice = str(window.settings.get(HOLIDAY_COUNTRY))
        if choice == "off":
            view.set_holidays({})
            return
        days = window.months.days()
        years = list(range(days[0].year, days[-1].year + 1))
        language = window.locale_.name()
        month = window.month
        key = (choice, tuple(years), language)
        known = self._names.get(key)
        if known is not None:  # no worker task on every navigation
            view.set_holidays(known)
            return

        def compute() -> dict[date, str]:
            # The holidays library takes about 45 ms to import: never on the GUI thread.
            from desktop.domain.holidays import country_for_locale, holiday_names

            country = country_for_locale(language) if choice == "auto" else choice
            return holiday_names(country, years, language)

        def apply(names: dict[date, str]) -> None:
            self._names[key] = names
            if month == window.month and view is window.active_view:
                view.set_holidays(names)

        def submit() -> None:
            window.service.runner.submit(compute, apply, key="holidays")

        window.after_start(submit)
