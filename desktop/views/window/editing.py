"""Editing events from the window: the event dialog, delete with Undo, drag and drop.

A change is kept in the outbox and shown at once (through the window's in-memory months); the
service sends it behind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt

from desktop.data.changes import kind_of, written_version
from desktop.data.errors import StoreError, ValidationFailed
from desktop.domain.display import isolated
from desktop.domain.timestamps import now_utc
from desktop.i18n import tr
from desktop.workers.bugs import UnexpectedError, is_expected

if TYPE_CHECKING:
    from desktop.data.outbox import Recorded
    from desktop.domain.models import Event
    from desktop.views.event_dialog import EventDialog
    from desktop.views.main_window import MainWindow
    from desktop.views.month_model import DayEntry

log = logging.getLogger(__name__)


def not_kept(error: BaseException) -> StoreError:
    """A change that could not even be saved on this computer (the disk is full…).

    Only an expected failure is one; a bug (reported by the service) says it is one.
    """
    if isinstance(error, StoreError):
        return error
    if not is_expected(error):
        return UnexpectedError.of(error)
    return StoreError(
        tr(
            "MainWindow",
            "The change could not be saved on this computer ({reason}). Free some disk "
            "space or check the folder's permissions, then save again.",
        ).format(reason=str(error) or type(error).__name__),
        code="LocalSaveFailed",
    )


class Editing:
    """New, edit, delete and move events of ``window``."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.editor: EventDialog | None = None  # the event dialog open last
        from desktop.views.window.series_editing import SeriesEditing

        self.series = SeriesEditing(window, self)  # repeating and multi-day events

    def new_event(self, day: date, department_id: str | None = None) -> None:
        """The event dialog for a new event on ``day``, in ``department_id`` (by default the
        current department: the team week passes the row's)."""
        window = self._window
        if window.read_only.active:
            return
        department_id = department_id or window.departments_panel.current_id()
        if not window.departments or department_id is None:
            window.departments_admin.manage_departments()
            return
        self._open_editor(None, day, department_id)

    def edit_event(self, entry: DayEntry) -> None:
        self._open_editor(entry.event, entry.event.event_date, entry.event.department_id)

    def edit_selected(self) -> None:
        entry = self._window.active_view.selected_entry
        if entry is not None:
            self.edit_event(entry)

    def delete_selected(self) -> None:
        entry = self._window.active_view.selected_entry
        if entry is not None:
            self.delete_event(entry)

    def _open_editor(self, event: Event | None, day: date, department_id: str) -> None:
        from desktop.views.event_dialog import EventDialog

        window = self._window
        if window.read_only.active:  # a read-only window opens no editor (double-click…)
            return
        dialog = EventDialog(
            window.departments,
            event,
            default_date=day,
            default_department_id=department_id,
            locale=window.locale_,
            parent=window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saveRequested.connect(lambda draft: self._save_from_dialog(dialog, draft))
        window.reminders.attach(dialog)  # the Reminder row (kept on this computer)
        self.editor = dialog
        dialog.open()

    def _save_from_dialog(self, dialog: EventDialog, draft: Event) -> None:
        if dialog.original is not None and dialog.only_reminder_changed():
            dialog.set_busy(False)
            dialog.accept()  # the reminder is kept on this computer; nothing to send
            return
        if not self.series.save_new(dialog, draft) and not self.series.save_edit(dialog, draft):
            self.save_one(dialog, draft)

    def save_one(self, dialog: EventDialog, draft: Event) -> None:
        """Save the dialog's one event (an item of a series: an exception of it)."""
        from desktop.domain.rules import validate_event

        original = dialog.original
        try:
            validate_event(draft)  # the size limit; the dialog checked the fields
        except ValidationFailed as error:
            dialog.show_error(error)
            return

        def saved(result: Recorded) -> None:
            dialog.set_busy(False)
            dialog.accept()
            shown = result.shown
            text = self._saved_text(shown.title if shown else draft.title)
            status = self._window.status_area
            if shown is None:
                status.say(text)
            elif original is None:
                status.offer_undo(text, lambda: self._take_back(shown))
            else:
                back = original.with_changes(revision=shown.revision)
                status.offer_undo(text, lambda: self._change_back(shown, back))

        def failed(error: BaseException) -> None:
            # The change could not even be kept on this computer: the dialog keeps the typing.
            dialog.show_error(not_kept(error))

        self.record(original, draft, saved, failed)

    def save_new(self, draft: Event, on_error: Callable[[BaseException], None]) -> None:
        """Keep a new event made outside the event dialog (quick add) as the dialog does:
        shown at once, sent behind, Undo offered in the status bar."""

        def saved(result: Recorded) -> None:
            shown = result.shown
            text = self._saved_text(shown.title if shown else draft.title)
            if shown is None:
                self._window.status_area.say(text)
            else:
                self._window.status_area.offer_undo(text, lambda: self._take_back(shown))

        self.record(None, draft, saved, on_error)

    def _saved_text(self, title: str) -> str:
        window = self._window
        if window.connectivity.online and window.service.store is not None:
            return tr("MainWindow", "Saved “{title}”.").format(title=isolated(title))
        return tr(
            "MainWindow",
            "Saved “{title}” on this computer. It is sent when the connection is back.",
        ).format(title=isolated(title))

    def record(
        self,
        original: Event | None,
        changed: Event | None,
        on_done: Callable[[Recorded], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Keep a change in the outbox and show it at once; the service sends it.

        Nothing is kept on a read-only window: every editing path ends here, so one missed
        by :mod:`desktop.views.window.read_only` still writes nothing."""
        window = self._window
        if window.read_only.active:
            return
        months = window.months
        # Shown at once, in one paint, as the outbox will record it (the same moment): the
        # recorded version paints again only when it differs (merged with an earlier change).
        moment = now_utc()
        shown = changed
        marked: tuple[str, str] | None = None  # the "not sent" mark this change added
        if changed is not None:
            shown = written_version(kind_of(original, changed), original, changed, moment)
            key = (changed.id, changed.department_id)
            marked = None if key in months.memory.states else key
        months.replace(original, shown, mark=True)

        def recorded(result: Recorded) -> None:
            if shown is not None or result.shown is not None:
                months.replace(shown, result.shown)
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if is_expected(error):  # a bug is logged (and reported) where it was caught
                log.error("A change could not be kept on this computer", exc_info=error)
            if marked is not None:
                months.memory.states.pop(marked, None)
            months.replace(shown, original)
            if on_error is not None:
                on_error(error)
            else:
                window.presenter.show_error(not_kept(error))

        window.service.record(original, changed, recorded, failed, moment)

    def delete_event(self, entry: DayEntry) -> None:
        """Delete at once (an item of a series asks which items first): Undo brings it back."""
        if self._window.read_only.active:  # the Delete key on a read-only window
            return
        if not self.series.delete(entry):
            self.delete_one(entry)

    def delete_one(self, entry: DayEntry) -> None:
        """Delete one event, without a question: Undo (the status bar, Ctrl+Z) brings it back."""
        window = self._window
        event = entry.event

        def deleted(_: Recorded) -> None:
            window.active_view.select_entry(None)
            window.status_area.offer_undo(
                tr("MainWindow", "Deleted “{title}”.").format(title=isolated(event.title)),
                lambda: self._restore_deleted(event),
            )

        self.record(event, None, deleted)

    def duplicate_selected(self) -> None:
        entry = self._window.active_view.selected_entry
        if entry is not None:
            self.duplicate_event(entry)

    def duplicate_event(self, entry: DayEntry) -> None:
        """A copy on the same day, made at once and selected (Enter edits it, a drag moves
        it); Undo takes it away."""
        from desktop.domain.models import new_id

        window = self._window
        copy = entry.event.with_changes(
            id=new_id(), revision=None, created_at=None, last_modified=None, legacy_time=False
        )

        def made(result: Recorded) -> None:
            shown = result.shown or copy
            from desktop.views.month_keys import shown_in_grid

            view = window.active_view
            on_day = view.entries_on(shown.event_date)
            found = next((e for e in on_day if e.event.id == shown.id), None)
            # Never a selection the grid does not show (behind "+N more").
            hidden = (
                view is window.month_view and found and not shown_in_grid(window.month_view, found)
            )
            view.select_entry(None if hidden else found)
            window.status_area.offer_undo(
                tr("MainWindow", "Duplicated “{title}”.").format(title=isolated(shown.title)),
                lambda: self._take_back(shown),
            )

        self.record(None, copy, made)

    def move_to_department(self, entry: DayEntry, department_id: str) -> None:
        if entry.event.department_id != department_id:
            self.write_change(entry.event, entry.event.with_changes(department_id=department_id))

    def _take_back(self, made: Event) -> None:
        """Undo of a new event or a copy: it goes again."""

        def gone(_: Recorded) -> None:
            text = tr("MainWindow", "Removed “{title}”.").format(title=isolated(made.title))
            self._window.status_area.say(text)

        self.record(made, None, gone)

    def _change_back(self, saved: Event, before: Event) -> None:
        """Undo of an edit made in the event dialog."""

        def done(_: Recorded) -> None:
            text = tr("MainWindow", "Changed “{title}” back.").format(title=isolated(before.title))
            self._window.status_area.say(text)

        self.record(saved, before, done)

    def _restore_deleted(self, event: Event) -> None:
        def restored(_: Recorded) -> None:
            text = tr("MainWindow", "Restored “{title}”.").format(title=isolated(event.title))
            self._window.status_area.say(text)

        self.record(None, event.with_changes(revision=None), restored)

    def dropped_on_day(self, entry: DayEntry, day: date) -> None:
        original = entry.event
        changed = original.with_changes(event_date=day)
        self.write_change(original, changed)

    def dropped_on_department(self, mime: QMimeData, department_id: str) -> None:
        entry = self._window.active_view.dragged_entry(mime)
        if entry is None or entry.event.department_id == department_id:
            return
        self.write_change(entry.event, entry.event.with_changes(department_id=department_id))

    def write_change(self, original: Event, changed: Event) -> None:
        """A drag-and-drop change: shown at once, sent behind, with Undo."""
        window = self._window
        moved = changed.department_id != original.department_id

        def recorded(result: Recorded) -> None:
            shown = result.shown
            if shown is None:
                return
            if moved:
                text = tr("MainWindow", "Moved “{title}” to {department}.").format(
                    title=isolated(shown.title),
                    department=isolated(window.department_name(shown.department_id)),
                )
            else:
                text = tr("MainWindow", "Moved “{title}” to {date}.").format(
                    title=isolated(shown.title), date=window.presenter.date_text(shown.event_date)
                )
            window.status_area.offer_undo(
                text,
                lambda: self.write_change(shown, original.with_changes(revision=shown.revision)),
            )

        self.record(original, changed, recorded)
