"""Read-only mode (``access/read_only``): the window shows the calendar and changes nothing.

One place decides. :class:`ReadOnly` reads the setting (an administrator's machine-wide value
wins and locks it), hides every editing action (New event, Quick add, Edit, Duplicate, Delete,
Undo, Import iCalendar…, Departments…), tells the views, the departments list, the detail pane
and the day's list that nothing is dragged, dropped or edited there, and says "Read-only" in
the status bar and the window's title. The editing helper asks :attr:`ReadOnly.active` before
it opens an editor or records a change, so a path missed here still writes nothing. Company
days off, reminders, exports and printing stay: they are this computer's own or only read.

A write the shared calendar refuses for lack of permission (AccessDenied: the account's policy
allows reading only) is the same situation seen from the server: said once, calmly, with the
change kept in Changes not sent (to copy or discard), and an offer to switch to read-only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QLabel

from desktop.data.errors import AccessDeniedError
from desktop.domain.display import isolated
from desktop.i18n import tr
from desktop.settings import READ_ONLY

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from desktop.data.outbox import Sent
    from desktop.views.main_window import MainWindow


class _Editable(Protocol):
    def set_editable(self, editable: bool) -> None: ...


def read_only_text() -> str:
    return tr("MainWindow", "Read-only")


class ReadOnly:
    """Whether ``window`` edits the calendar, and everything that follows from it."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.active = bool(window.settings.get(READ_ONLY))
        self.refusal_said = False  # the calm "can only read" message, once per run
        self.label = QLabel(read_only_text(), window)
        self.label.setObjectName("readOnlyLabel")
        self.label.setContentsMargins(6, 0, 6, 0)
        window.statusBar().addPermanentWidget(self.label)
        self._title = window.windowTitle()
        self.apply()

    @property
    def locked(self) -> bool:
        """Set by the administrator for the whole computer: Preferences cannot change it."""
        return self._window.settings.is_locked(READ_ONLY)

    def editing_actions(self) -> list[QAction]:
        """Every window action that changes the shared calendar."""
        actions = self._window.window_actions
        return [
            actions.new_action,
            actions.quick_add_action,
            actions.edit_action,
            actions.duplicate_action,
            actions.delete_action,
            actions.undo_action,
            actions.import_action,
            actions.departments_action,
        ]

    def set_active(self, active: bool) -> None:
        """The user's choice (Preferences, or the offer after a refused write)."""
        window = self._window
        if self.locked or active == self.active:
            return
        window.settings.set(READ_ONLY, active)
        window.settings.sync()
        self.active = active
        self.apply()
        window.tray.refresh()  # its New event and Quick add

    def apply(self) -> None:
        """Show or hide every editing path of the window as :attr:`active` says."""
        window = self._window
        editable = not self.active
        if self.active:
            window.status_area.clear_undo()  # an undo is a write too
        for action in self.editing_actions():
            action.setVisible(editable)
            action.setEnabled(editable)
        actions = window.window_actions
        actions.departments_action.setVisible(editable and window.departments_admin.allowed())
        actions.undo_action.setEnabled(editable and window.status_area.can_undo)
        window.views.each(self.tell)
        window.departments_panel.list.set_editable(editable)
        detail = window.built_detail()
        if detail is not None:
            detail.set_editable(editable)
        self.label.setVisible(self.active)
        self.label.setToolTip(
            tr(
                "MainWindow",
                "This computer only shows the calendar: events are not added, changed or "
                "deleted here.",
            )
            + (" " + tr("MainWindow", "Set by your administrator.") if self.locked else "")
        )
        suffix = f" — {read_only_text()}" if self.active else ""
        window.setWindowTitle(self._title + suffix)

    def tell(self, widget: _Editable) -> None:
        """A view or dialog made after :meth:`apply` edits only if the window does."""
        widget.set_editable(not self.active)

    # --- a write refused for lack of permission ----------------------------------------------

    @staticmethod
    def is_refusal(sent: Sent) -> bool:
        """A change the table refused because the account may only read it."""
        return sent.outcome == "failed" and isinstance(sent.error, AccessDeniedError)

    def write_refused(self, sent: Sent) -> None:
        """Said once, calmly; the change stays in Changes not sent (Copy as text, Discard)."""
        if self.refusal_said:
            return
        self.refusal_said = True
        window = self._window
        text = tr(
            "MainWindow",
            "Your account can only read this calendar: your change to “{title}” was not saved "
            "to the shared calendar. It is kept in Changes not sent, where you can copy it "
            "or discard it.",
        ).format(title=isolated(sent.change.event.title))
        if self.active or self.locked:
            window.banner.show_message(
                "info", text, tr("MainWindow", "Changes not sent…"), window.outbox.show_pending
            )
            return
        window.banner.show_message(
            "info",
            text + " " + tr("MainWindow", "Switch this computer to read-only?"),
            tr("MainWindow", "Switch to read-only"),
            lambda: self.set_active(True),
            details=sent.error.details() if sent.error is not None else "",
        )


__all__ = ["ReadOnly", "read_only_text"]
