"""The window's actions, its menus and its toolbar.

Each action only calls the window (or one of its helpers); what it does lives there. The
actions, their shortcuts and the toolbar exist from the first paint; the menus' contents are
added after it (:meth:`WindowActions.build_menus`): the menu bar's titles are there at once, so
nothing moves when they fill.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from desktop.i18n import tr
from desktop.settings import LANGUAGE
from desktop.views.calendar_view import ViewKind
from desktop.views.icons import arrow_icon
from desktop.views.window.holidays import HOLIDAY_COUNTRY

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class WindowActions:
    """Builds the actions, the toolbar and (after the first paint) the menus of ``window``;
    holds the actions by name."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        w = window
        style = window.style()
        sp = QStyle.StandardPixmap
        action = self._action
        self.previous_action = action(
            tr("MainWindow", "Previous month"), lambda: w.presenter.step_month(-1), "Ctrl+PgUp"
        )
        self.previous_action.setIcon(arrow_icon(forward=False))
        self.today_action = action(tr("MainWindow", "Today"), w.presenter.go_today, "Ctrl+T")
        self.next_action = action(
            tr("MainWindow", "Next month"), lambda: w.presenter.step_month(1), "Ctrl+PgDown"
        )
        self.next_action.setIcon(arrow_icon(forward=True))
        self.goto_action = action(tr("MainWindow", "Go to date…"), w.dialogs.ask_date, "Ctrl+G")
        self.refresh_action = action(
            tr("MainWindow", "Refresh"), w.presenter.retry, QKeySequence.StandardKey.Refresh
        )
        self.refresh_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        self.refresh_action.setIcon(style.standardIcon(sp.SP_BrowserReload))
        self.new_action = action(
            tr("MainWindow", "New event"),
            lambda: w.editing.new_event(w.active_view.current_date() or w.today),
            QKeySequence.StandardKey.New,
        )
        self.new_action.setIcon(style.standardIcon(sp.SP_FileIcon))
        self.quick_add_action = action(
            tr("MainWindow", "Quick add…"),
            w.quick_add.open,
            "Ctrl+Shift+N",
            tip=tr("MainWindow", "Add an event from one line, e.g. tomorrow 3pm review"),
        )
        self.quick_add_action.setIcon(style.standardIcon(sp.SP_FileDialogNewFolder))
        self.edit_action = action(tr("MainWindow", "Edit event"), w.editing.edit_selected)
        self.duplicate_action = action(
            tr("MainWindow", "Duplicate event"), w.editing.duplicate_selected, "Ctrl+D"
        )
        # The same undo as the status bar's button; it stays until the next change.
        self.undo_action = action(
            tr("MainWindow", "Undo"), w.status_area.run_undo, QKeySequence.StandardKey.Undo
        )
        self.undo_action.setEnabled(w.status_area.can_undo)
        w.status_area.undo_action = self.undo_action
        self.delete_action = action(
            tr("MainWindow", "Delete event"),
            w.editing.delete_selected,
            QKeySequence.StandardKey.Delete,
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.departments_action = action(
            tr("MainWindow", "Departments…"), w.departments_admin.manage_departments
        )
        self.departments_action.setVisible(w.departments_admin.allowed())
        self.days_off_action = action(
            tr("MainWindow", "Company days off…"),
            w.holidays.edit_days_off,
            tip=tr("MainWindow", "Days off shown as holidays: your administrator's and your own"),
        )
        self.print_action = action(
            tr("MainWindow", "Print…"), w.exports.print_month, QKeySequence.StandardKey.Print
        )
        self.pdf_action = action(tr("MainWindow", "Save as PDF…"), w.exports.save_pdf)
        self.pending_action = action(
            tr("MainWindow", "Changes not sent…"),
            w.outbox.show_pending,
            "Ctrl+Shift+U",
            tip=tr(
                "MainWindow",
                "Changes kept on this computer that have not reached the shared calendar",
            ),
        )
        self.ics_action = action(
            tr("MainWindow", "Export to iCalendar…"),
            w.exports.export_ics,
            tip=tr("MainWindow", "Save the shown departments' events for Outlook or a phone"),
        )
        self.import_action = action(
            tr("MainWindow", "Import iCalendar…"),
            w.importer.choose_file,
            tip=tr("MainWindow", "Add the events of an .ics file from Outlook, Google or a phone"),
        )
        self.settings_action = action(
            tr("MainWindow", "Settings…"), w.connection.open_settings, "Ctrl+,"
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action = action(tr("MainWindow", "Preferences…"), self._preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.NoRole)  # Settings… has that role
        self.quit_action = action(tr("MainWindow", "Quit"), w.tray.quit, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.filter_action = action(
            tr("MainWindow", "Find"), w.focus_filter, QKeySequence.StandardKey.Find
        )
        self.hour24_action = w.time_format.action
        self.about_action = action(tr("MainWindow", "About Department Calendar"), w.dialogs.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.licenses_action = action(tr("MainWindow", "Licences…"), w.dialogs.licenses)
        self.licenses_action.setMenuRole(QAction.MenuRole.NoRole)
        # Qt's own box: its version, and that the app uses it under the LGPL v3.
        self.about_qt_action = action(tr("MainWindow", "About Qt"), QApplication.aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        # The shortcuts work before the menus are filled: every action is the window's too
        # (but Delete, which belongs to the grid alone).
        window.addActions(
            [
                a
                for name, a in vars(self).items()
                if name.endswith("_action") and a is not self.delete_action
            ]
        )
        menu = window.menuBar()
        menu.setAccessibleName(tr("MainWindow", "Menu bar"))
        self.file_menu = menu.addMenu(tr("MainWindow", "&File"))
        self.edit_menu = menu.addMenu(tr("MainWindow", "&Edit"))
        self.view_menu = menu.addMenu(tr("MainWindow", "&View"))
        self.help_menu = menu.addMenu(tr("MainWindow", "&Help"))
        self.menus_built = False
        self.toolbar, self.month_title = self._build_toolbar()
        window.views.changed.connect(self._view_changed)
        self._view_changed(window.views.kind)

    def _view_changed(self, kind: ViewKind) -> None:
        """Previous and next say what they move by: a month, a week, a year."""
        texts = {
            ViewKind.WEEK: (tr("MainWindow", "Previous week"), tr("MainWindow", "Next week")),
            ViewKind.TEAM: (tr("MainWindow", "Previous week"), tr("MainWindow", "Next week")),
            ViewKind.YEAR: (tr("MainWindow", "Previous year"), tr("MainWindow", "Next year")),
        }
        previous, following = texts.get(
            kind, (tr("MainWindow", "Previous month"), tr("MainWindow", "Next month"))
        )
        self.previous_action.setText(previous)
        self.next_action.setText(following)

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: Shortcut = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def build_menus(self) -> None:
        """Fill the menus (after the first paint; once)."""
        if self.menus_built:
            return
        self.menus_built = True
        file_menu = self.file_menu
        file_menu.addActions([self.print_action, self.pdf_action, self.ics_action])
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.pending_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.edit_menu
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addActions(
            [
                self.new_action,
                self.quick_add_action,
                self.edit_action,
                self.duplicate_action,
                self.delete_action,
            ]
        )
        edit_menu.addSeparator()
        edit_menu.addActions([self.departments_action, self.days_off_action, self.filter_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = self.view_menu
        view_menu.addActions(list(self._window.views.actions.values()))
        view_menu.addSeparator()
        view_menu.addActions(
            [self.previous_action, self.today_action, self.next_action, self.goto_action]
        )
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        view_menu.addAction(self.hour24_action)
        self._window.week_start.build_menus(view_menu)
        view_menu.addAction(self._window.lunar_dates.action)
        self.holidays_menu = view_menu.addMenu(tr("MainWindow", "Holidays"))
        self._build_holiday_menu()
        self.language_menu = view_menu.addMenu(tr("MainWindow", "Language"))
        self._build_language_menu()
        view_menu.addSeparator()
        reminders = self._window.reminders
        view_menu.addActions([reminders.panel_action, reminders.settings_action])
        self.help_menu.addActions([self.licenses_action, self.about_qt_action])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        for named in self._window.menuBar().findChildren(QMenu):  # a screen reader says it
            named.setAccessibleName(named.title().replace("&", ""))

    def _build_toolbar(self) -> tuple[QToolBar, QLabel]:
        window = self._window
        toolbar = QToolBar(tr("MainWindow", "Navigation"), window)
        toolbar.setObjectName("navigation")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # New event first: on a narrow screen the toolbar's end goes behind its » button, and
        # the state (also in the status bar) and Refresh (F5) are the ones that can.
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.quick_add_action)
        toolbar.addSeparator()
        toolbar.addAction(self.previous_action)
        toolbar.addAction(self.today_action)
        toolbar.addAction(self.next_action)
        month_title = QLabel(window)
        month_title.setObjectName("monthTitle")
        font = month_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        month_title.setFont(font)
        month_title.setContentsMargins(12, 0, 12, 0)
        toolbar.addWidget(month_title)
        toolbar.addAction(self.goto_action)
        toolbar.addSeparator()
        for action in window.views.actions.values():
            toolbar.addAction(action)
        spacer = QWidget(window)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(window.status_area.state_label)
        toolbar.addAction(self.refresh_action)
        # The arrows and Refresh as icons (their names in the tooltip and for a screen
        # reader): the views' titles and buttons need the room on a 1024-pixel screen.
        for arrow in (self.previous_action, self.next_action, self.refresh_action):
            button = toolbar.widgetForAction(arrow)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        # The » button of a narrow window's toolbar: a screen reader names it too.
        more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:
            more.setAccessibleName(tr("MainWindow", "More toolbar buttons"))
        window.addToolBar(toolbar)
        return toolbar, month_title

    def _preferences(self) -> None:
        from desktop.views.preferences import open_preferences

        self.preferences_dialog = open_preferences(self._window)

    def _build_holiday_menu(self) -> None:
        window = self._window
        group = QActionGroup(window)
        current = str(window.settings.get(HOLIDAY_COUNTRY))
        choices = [
            ("auto", tr("MainWindow", "From the language setting")),
            ("KR", tr("MainWindow", "South Korea")),
            ("US", tr("MainWindow", "United States")),
            ("off", tr("MainWindow", "Off")),
        ]
        for code, label in choices:
            action = QAction(label, window, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, code=code: window.holidays.set_country(code))
            group.addAction(action)
            self.holidays_menu.addAction(action)

    def _build_language_menu(self) -> None:
        window = self._window
        group = QActionGroup(window)
        current = str(window.settings.get(LANGUAGE))
        # Each language is named in itself, so anyone can find their own.
        for code, label in (
            ("", tr("MainWindow", "As the system")),
            ("ko", "한국어"),
            ("en", "English"),
        ):
            action = QAction(label, window, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, code=code: self._set_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)

    def _set_language(self, code: str) -> None:
        self._window.settings.set(LANGUAGE, code)
        self._window.status_area.say(
            tr("MainWindow", "The new language is used from the next start.")
        )
