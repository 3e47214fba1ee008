"""The tray icon's menu, and closing the window to the tray.

The menu lists today's and tomorrow's events (time, title, department) from what the window
already holds: :attr:`MainWindow.upcoming` when it exists (the next 14 days, kept fresh in the
background), else the months in memory. It never reads the table itself. Then New event,
Quick add, Open and Quit.

Closing the window: the first close, where the system has a tray, asks whether the app keeps
running in the tray (so reminders still come) or quits; the answer is a setting, changed in
Edit ▸ Preferences. Quit (the tray's, File ▸ Quit, Ctrl+Q) always quits, through the
window's own close: the question about changes not sent yet still comes first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from desktop.domain.display import elided, isolated
from desktop.domain.morning import day_events
from desktop.i18n import tr
from desktop.settings import Setting
from desktop.views.formats import shown_time
from desktop.views.widgets import qdate

if TYPE_CHECKING:
    from desktop.domain.models import Event
    from desktop.views.main_window import MainWindow

CLOSE_TO_TRAY = Setting(
    "tray/on_close",
    str,
    "",
    "What closing the window does: empty to ask once, 'tray' to keep running in the tray, "
    "'quit' to quit",
)

PER_DAY = 8  # events listed per day; the rest are "+N more"
TITLE_CHARS = 40
NAME_CHARS = 20


def menu_text(text: str, limit: int) -> str:
    """Table text as a menu item shows it: one line, short, never a mnemonic or shortcut."""
    line = " ".join(text.split())  # newlines and tabs (a tab starts the shortcut column)
    return isolated(elided(line, limit)).replace("&", "&&")


class TrayMenu:
    """The tray icon's menu for ``window`` and what closing the window does."""

    def __init__(self, window: MainWindow, today: Callable[[], date] = date.today) -> None:
        self._window = window
        self.today = today  # the clock's day (the menu moves on at midnight)
        self.menu = QMenu(window)
        self.menu.aboutToShow.connect(self._about_to_show)
        self._shown_day: date | None = None
        self._dirty = True
        self.installed = False
        # Set by a real quit (and by the session ending): the close that follows quits.
        self.quitting = False
        self.quit_app: Callable[[], None] = QApplication.quit
        self.ask_close: Callable[[], str] = self._ask_close
        self._rebuild = QTimer(window)
        self._rebuild.setSingleShot(True)
        self._rebuild.timeout.connect(self.rebuild)
        # Once start-up has painted the cached month (start() comes after this constructor).
        QTimer.singleShot(0, window, lambda: window.after_start(self.install))

    # --- the icon -------------------------------------------------------------------------------

    def install(self) -> None:
        """Show the tray icon with this menu where the system has a tray (after start-up)."""
        window = self._window
        notifier = window.notifier
        if self.installed or not notifier.available():
            return
        self.installed = True
        notifier.tray.setContextMenu(self.menu)
        notifier.activated.connect(window.bring_to_front)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # The window hides to the tray: the app ends on Quit, not with its last window.
            app.setQuitOnLastWindowClosed(False)
            app.commitDataRequest.connect(self._session_ends)
        self.watch()
        self.rebuild()

    def watch(self) -> None:
        """Rebuild the menu when the events it lists may have changed."""
        window = self._window
        upcoming = getattr(window, "upcoming", None)
        if upcoming is not None:
            upcoming.changed.connect(self.refresh)
        window.months.entriesChanged.connect(self.refresh)
        window.departmentsShown.connect(self.refresh)

    def refresh(self, *_args: object) -> None:
        """Rebuild once the current turn of the event loop is done (changes come in bursts)."""
        self._dirty = True
        if not self._rebuild.isActive():
            self._rebuild.start(0)

    def _about_to_show(self) -> None:
        if self._dirty or self._shown_day != self.today():
            self.rebuild()

    # --- the menu -------------------------------------------------------------------------------

    def events(self, first: date, last: date) -> list[Event]:
        """The shown departments' known events from ``first`` to ``last`` (no table read)."""
        window = self._window
        upcoming = getattr(window, "upcoming", None)
        if upcoming is not None:
            return [e for e in upcoming.events if first <= e.event_date <= last]
        return window.months.memory.events_between(window.shown_department_ids(), first, last)

    def rebuild(self) -> None:
        window = self._window
        menu = self.menu
        menu.clear()
        today = self.today()
        tomorrow = today + timedelta(days=1)
        known = self.events(today, tomorrow)
        today_count = 0
        for day, heading in (
            (today, tr("TrayMenu", "Today")),
            (tomorrow, tr("TrayMenu", "Tomorrow")),
        ):
            events = day_events(known, day)
            today_count = today_count or (len(events) if day == today else 0)
            date_text = window.locale_.toString(qdate(day), "M/d (ddd)")
            header = menu.addAction(f"{heading} · {date_text}")
            header.setEnabled(False)
            if not events:
                empty = menu.addAction(tr("TrayMenu", "No events"))
                empty.setEnabled(False)
            for event in events[:PER_DAY]:
                action = menu.addAction(self._event_text(event))
                action.triggered.connect(lambda _c=False, e=event: self.open_event(e))
            if len(events) > PER_DAY:
                more = menu.addAction(tr("TrayMenu", "+%n more…", n=len(events) - PER_DAY))
                more.triggered.connect(lambda _c=False, d=day: self.open_day(d))
            menu.addSeparator()
        new = menu.addAction(tr("TrayMenu", "New event…"))
        new.triggered.connect(lambda _c=False: self.new_event())
        quick = menu.addAction(tr("TrayMenu", "Quick add…"))
        quick.setEnabled(getattr(window, "quick_add", None) is not None)
        quick.triggered.connect(lambda _c=False: self.quick_add())
        for editing in (new, quick):  # a read-only window adds nothing
            editing.setVisible(not window.read_only.active)
        menu.addSeparator()
        opened = menu.addAction(tr("TrayMenu", "Open Department Calendar"))
        opened.triggered.connect(lambda _c=False: window.bring_to_front())
        quit_action = menu.addAction(tr("TrayMenu", "Quit"))
        quit_action.setMenuRole(QAction.MenuRole.NoRole)
        quit_action.triggered.connect(lambda _c=False: self.quit())
        self._shown_day = today
        self._dirty = False
        if self.installed:
            window.notifier.show_icon(self.tooltip(today_count))

    def _event_text(self, event: Event) -> str:
        time = shown_time(event.time)
        title = menu_text(event.title, TITLE_CHARS)
        name = menu_text(self._window.department_name(event.department_id), NAME_CHARS)
        parts = [menu_text(time, 20)] if time else []
        parts.append(title)
        return " ".join(parts) + (f" · {name}" if name else "")

    @staticmethod
    def tooltip(today_count: int) -> str:
        name = tr("MainWindow", "Department Calendar")
        if not today_count:
            return name
        return f"{name} · {tr('TrayMenu', '%n events today', n=today_count)}"

    # --- what the items do ----------------------------------------------------------------------

    def open_event(self, event: Event) -> None:
        self._window.bring_to_front()
        self._window.finder.show_found(event)

    def open_day(self, day: date) -> None:
        self._window.bring_to_front()
        self._window.presenter.go_to(day)

    def new_event(self) -> None:
        window = self._window
        window.bring_to_front()
        window.editing.new_event(self.today())

    def quick_add(self) -> None:
        quick = getattr(self._window, "quick_add", None)
        if quick is not None:
            self._window.bring_to_front()
            quick.open()

    def quit(self) -> None:
        """Really quit (the window may still ask about changes not sent, and stay)."""
        self.quitting = True
        if not self._window.close():
            self.quitting = False

    def _session_ends(self) -> None:
        self.quitting = True  # logging out: the window closes, it does not hide

    # --- closing the window ---------------------------------------------------------------------

    def may_close(self, event: QCloseEvent) -> bool:
        """Whether the window's close goes on (quitting). Keeping the app in the tray hides the
        window instead; cancelling the question keeps it. Both ignore ``event``."""
        window = self._window
        if self.quitting or not window.notifier.available():
            return True
        settings = window.settings
        choice = str(settings.get(CLOSE_TO_TRAY))
        if choice not in ("tray", "quit"):
            choice = self.ask_close()
            if choice in ("tray", "quit"):
                settings.set(CLOSE_TO_TRAY, choice)
                settings.sync()
        if choice == "quit":
            return True
        event.ignore()
        if choice == "tray":
            self.install()
            window.settings.sync()
            window.hide()
        return False

    def closed(self) -> None:
        """The window closed for good: the icon goes, and the app ends with it."""
        self._window.notifier.hide_icon()
        if self.installed and not QApplication.quitOnLastWindowClosed():
            self.quit_app()

    def _ask_close(self) -> str:
        """'tray', 'quit', or '' (the close was cancelled)."""
        box = close_question(self._window)
        box.exec()
        clicked = box.clickedButton()
        return clicked.objectName() if clicked is not None else ""


def close_question(parent: MainWindow) -> QMessageBox:
    """The question of the first close: keep running in the tray, or quit."""
    from PySide6.QtCore import Qt

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("MainWindow", "Department Calendar"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        tr(
            "TrayMenu",
            "Keep Department Calendar running in the tray when the window is closed, so that "
            "reminders still come?",
        )
    )
    box.setInformativeText(tr("TrayMenu", "You can change this in Edit ▸ Preferences."))
    keep = box.addButton(tr("TrayMenu", "Keep running in the tray"), QMessageBox.ButtonRole.YesRole)
    keep.setObjectName("tray")
    leave = box.addButton(tr("TrayMenu", "Quit"), QMessageBox.ButtonRole.NoRole)
    leave.setObjectName("quit")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.setEscapeButton(cancel)  # Esc: the window stays open, nothing is decided
    return box
