"""Choosing the data source from the window: the settings dialog, and the demo calendar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.i18n import tr
from desktop.views.source_switch import configured_source_key

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow
    from desktop.views.settings import SettingsDialog


class ConnectionActions:
    """Opens the settings dialog of ``window`` and switches to the source it chose."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.settings_dialog: SettingsDialog | None = None  # the dialog open last

    def show_demo_banner(self) -> None:
        self._window.banner.show_message(
            "info",
            tr(
                "MainWindow",
                "Demo mode: a local sample calendar. Nothing you change here is saved.",
            ),
            closable=True,
        )

    def open_settings(self, first_start: bool = False) -> None:
        """The admin settings dialog; OK rebuilds the data layer and reloads, no restart."""
        from desktop.views.settings import SettingsDialog

        window = self._window
        if window.sources is None:
            return
        dialog = SettingsDialog(
            window.settings,
            window.sources.secrets,
            window.service.runner,
            first_start=first_start,
            parent=window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.settings_applied)
        dialog.demoRequested.connect(self.demo_requested)
        if first_start:
            # Closing the first-start dialog without choosing still opens the calendar.
            dialog.rejected.connect(window.start)
        self.settings_dialog = dialog
        dialog.open()

    def settings_applied(self) -> None:
        from desktop.settings import CONFIGURED

        window = self._window
        assert window.sources is not None
        window.settings.set(CONFIGURED, True)
        window.settings.sync()
        window.demo = False
        if window.banner.kind == "info":
            window.banner.dismiss()
        window.source_switch.change(
            window.sources.configured, configured_source_key(window.settings)
        )

    def demo_requested(self) -> None:
        window = self._window
        assert window.sources is not None
        window.demo = True
        self.show_demo_banner()
        window.source_switch.start_again(window.sources.demo)
