"""Repeating and multi-day events from the window: made, changed, deleted and extended whole.

A new event with a repeat (or a last day) becomes its items (:mod:`desktop.domain.series`),
recorded in the outbox in one transaction and shown at once; the service sends them paced,
with progress and Cancel in the status bar. Editing or deleting an item of a series asks which
items (:mod:`desktop.views.scope_dialog`); they are found by their derived ids on a worker
(:mod:`desktop.data.series_items`) and changed through the outbox like any edit (conditioned,
conflicts shown). Undo takes the whole change back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.data.changes import kind_of, written_version
from desktop.data.errors import ValidationFailed
from desktop.data.series_items import Scope, can_extend, extension_days, series_items
from desktop.domain.display import isolated
from desktop.domain.series import (
    link_of,
    new_series_id,
    occurrence_days,
    occurrences,
    rule_text,
    span_items,
)
from desktop.domain.timestamps import now_utc
from desktop.i18n import tr
from desktop.views.scope_dialog import ScopeDialog, ask_scope
from desktop.workers.bugs import is_expected

if TYPE_CHECKING:
    from desktop.data.outbox import Recorded
    from desktop.data.store import DynamoStore
    from desktop.domain.models import Event
    from desktop.views.event_dialog import EventDialog
    from desktop.views.main_window import MainWindow
    from desktop.views.month_model import DayEntry
    from desktop.views.window.editing import Editing
    from desktop.workers.send_progress import Progress

log = logging.getLogger(__name__)

Changes = list[tuple["Event | None", "Event | None"]]


def _fields_of(item: Event, draft: Event) -> Event:
    """``item`` with what an edit of "all" copies: title, time, description, link."""
    return item.with_changes(
        title=draft.title, time=draft.time, description=draft.description, url=draft.url
    )


class SeriesEditing:
    """Series of ``window``: new ones from the dialog, scoped edits and deletes, extend,
    and the progress (with Cancel) of sending many new events."""

    def __init__(self, window: MainWindow, editing: Editing) -> None:
        self._window = window
        self._editing = editing
        self.scope_dialog: ScopeDialog | None = None  # the question asked last
        window.service.progress.changed.connect(self._show_progress)
        window.status_area.cancel_button.clicked.connect(self.cancel_sending)

    # --- recording many changes, shown at once --------------------------------------------------

    def record_many(
        self,
        changes: Changes,
        on_done: Callable[[Recorded, list[Event | None]], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Keep ``changes`` in the outbox in one transaction and show them at once (one paint);
        ``on_done`` gets the result and the version shown of each (none on a read-only window)."""
        window = self._window
        if window.read_only.active:
            return
        months = window.months
        memory = months.memory
        moment = now_utc()
        shown: list[Event | None] = [
            written_version(kind_of(o, c), o, c, moment) if c is not None else None
            for o, c in changes
        ]
        marked = []
        for (original, _changed), version in zip(changes, shown, strict=True):
            if original is not None:
                memory.forget_event(original)
            if version is not None:
                key = (version.id, version.department_id)
                if key not in memory.states:
                    marked.append(key)
                memory.mark_pending(version)
                memory.put_event(version)
        months.paint()

        def recorded(result: Recorded) -> None:
            for version, now in zip(shown, result.many, strict=False):
                if version != now:
                    if version is not None:
                        memory.forget_event(version)
                    if now is not None:
                        memory.put_event(now)
            months.paint()
            on_done(result, list(result.many) or shown)

        def failed(error: BaseException) -> None:
            if is_expected(error):
                log.error("Changes could not be kept on this computer", exc_info=error)
            for key in marked:
                memory.states.pop(key, None)
            for (original, _changed), version in zip(changes, shown, strict=True):
                if version is not None:
                    memory.forget_event(version)
                if original is not None:
                    memory.put_event(original)
            months.paint()
            if on_error is not None:
                on_error(error)
            else:
                from desktop.views.window.editing import not_kept

                window.presenter.show_error(not_kept(error))

        window.service.record_many(changes, recorded, failed, moment)

    # --- new series from the event dialog -------------------------------------------------------

    def save_new(self, dialog: EventDialog, draft: Event) -> bool:
        """A new event with a repeat or a last day: its items, recorded whole. False: an
        ordinary event (the caller saves it)."""
        if dialog.original is not None:
            return False
        repeat = dialog.repeat()
        last_day = dialog.last_day()
        if repeat is not None:
            rule = rule_text(draft.event_date, repeat)
            items = occurrences(draft, rule, new_series_id(), occurrence_days(rule))
        elif last_day is not None and last_day > draft.event_date:
            items = span_items(draft, last_day, new_series_id())
        else:
            return False
        dialog.made = items  # the reminder chosen in the dialog is kept for each of them
        from desktop.domain.rules import validate_event

        try:
            validate_event(items[0] if items else draft)
        except ValidationFailed as error:
            dialog.show_error(error)
            return True
        if not items:
            from desktop.domain.validation import FieldError

            text = tr("MainWindow", "This repeat gives no day. Choose another end or repeat.")
            dialog.show_error(ValidationFailed([FieldError("", text)]))
            return True

        def saved(_result: Recorded, shown: list[Event | None]) -> None:
            dialog.set_busy(False)
            dialog.accept()
            made = [e for e in shown if e is not None]
            text = tr("MainWindow", "Saved “{title}”: %n events.", n=len(made)).format(
                title=isolated(draft.title)
            )
            self._window.status_area.offer_undo(text, lambda: self._take_back(made))

        def failed(error: BaseException) -> None:
            from desktop.views.window.editing import not_kept

            dialog.show_error(not_kept(error))

        self.record_many([(None, item) for item in items], saved, failed)
        return True

    def _take_back(self, made: list[Event]) -> None:
        """Undo of a new series: every item of it goes again."""
        title = made[0].title if made else ""

        def gone(_result: Recorded, _shown: list[Event | None]) -> None:
            text = tr("MainWindow", "Removed “{title}”.").format(title=isolated(title))
            self._window.status_area.say(text)

        self.record_many([(item, None) for item in made], gone)

    # --- which items: this one, this and following, all -----------------------------------------

    def _ask(
        self,
        event: Event,
        deleting: bool,
        on_chosen: Callable[[Scope], None],
        on_cancel: Callable[[], None] | None = None,
        parent: object = None,
    ) -> None:
        link = link_of(event)
        multi_day = link is not None and link.rule is None and link.multi_day
        self.scope_dialog = ask_scope(
            parent or self._window,  # type: ignore[arg-type]
            event.title,
            deleting=deleting,
            multi_day=multi_day,
            on_chosen=on_chosen,
            on_cancel=on_cancel,
        )

    def _find(self, event: Event, scope: Scope, then: Callable[[list[Event]], None]) -> None:
        """The items ``scope`` covers, found on a worker (by their derived ids, and the cache)."""
        window = self._window
        cache = window.service.cache

        def find(store: DynamoStore) -> list[Event]:
            return series_items(store, cache, event, scope)

        window.service.run(find, then, window.presenter.show_error)

    def save_edit(self, dialog: EventDialog, draft: Event) -> bool:
        """An edit of an item of a series: asks which items first. False: not a series item."""
        original = dialog.original
        if original is None or link_of(original) is None:
            return False

        def chosen(scope: Scope) -> None:
            if scope is Scope.ONE:
                self._editing.save_one(dialog, draft)  # an exception of the series
                return
            self._find(original, scope, lambda items: self._write_edit(dialog, draft, items))

        self._ask(original, False, chosen, lambda: dialog.set_busy(False), dialog)
        return True

    def _write_edit(self, dialog: EventDialog, draft: Event, items: list[Event]) -> None:
        original = dialog.original
        changes: Changes = []
        for item in items:
            changed = draft if original is not None and item.id == original.id else None
            changed = changed or _fields_of(item, draft)
            if changed != item:
                changes.append((item, changed))

        def saved(_result: Recorded, shown: list[Event | None]) -> None:
            dialog.set_busy(False)
            dialog.accept()
            back: Changes = [
                (now, before.with_changes(revision=now.revision))
                for (before, _c), now in zip(changes, shown, strict=False)
                if before is not None and now is not None
            ]
            text = tr("MainWindow", "Saved “{title}”: %n events.", n=len(back)).format(
                title=isolated(draft.title)
            )
            self._window.status_area.offer_undo(text, lambda: self._undo(back, draft.title))

        def failed(error: BaseException) -> None:
            from desktop.views.window.editing import not_kept

            dialog.show_error(not_kept(error))

        if not changes:
            dialog.set_busy(False)
            dialog.accept()
            return
        self.record_many(changes, saved, failed)

    def _undo(self, changes: Changes, title: str) -> None:
        def done(_result: Recorded, _shown: list[Event | None]) -> None:
            text = tr("MainWindow", "Changed “{title}” back.").format(title=isolated(title))
            self._window.status_area.say(text)

        self.record_many(changes, done)

    def delete(self, entry: DayEntry) -> bool:
        """Delete of an item of a series: asks which items first. False: not a series item."""
        event = entry.event
        if link_of(event) is None:
            return False

        def chosen(scope: Scope) -> None:
            if scope is Scope.ONE:
                self._editing.delete_one(entry)
            else:
                self._find(event, scope, self._delete_items)

        self._ask(event, True, chosen)
        return True

    def _delete_items(self, items: list[Event]) -> None:
        window = self._window
        title = items[0].title if items else ""

        def deleted(_result: Recorded, _shown: list[Event | None]) -> None:
            window.active_view.select_entry(None)
            text = tr("MainWindow", "Deleted “{title}”: %n events.", n=len(items)).format(
                title=isolated(title)
            )
            back: Changes = [(None, e.with_changes(revision=None)) for e in items]
            window.status_area.offer_undo(text, lambda: self._undo(back, title))

        self.record_many([(item, None) for item in items], deleted)

    # --- extend -------------------------------------------------------------------------------

    def can_extend(self, entry: DayEntry) -> bool:
        return can_extend(entry.event)

    def extend(self, entry: DayEntry) -> None:
        """Write the rule's next 12 months after the series' last stretch (never a day of a
        stretch already written: deleted occurrences stay deleted)."""
        event = entry.event
        link = link_of(event)
        if link is None or link.rule is None:
            return
        rule, series_id = link.rule, link.series_id

        def found(items: list[Event]) -> None:
            days = extension_days(rule, items)
            base = max(items, key=lambda e: e.event_date) if items else event
            base = base.with_changes(revision=None, created_at=None, last_modified=None)
            new = occurrences(base, rule, series_id, days)

            def made(_result: Recorded, shown: list[Event | None]) -> None:
                added = [e for e in shown if e is not None]
                text = tr("MainWindow", "Added %n events to “{title}”.", n=len(added)).format(
                    title=isolated(event.title)
                )
                self._window.status_area.offer_undo(text, lambda: self._take_back(added))

            if new:
                self.record_many([(None, item) for item in new], made)

        self._find(event, Scope.ALL, found)

    # --- progress and Cancel ------------------------------------------------------------------

    def _show_progress(self, progress: Progress | None) -> None:
        status = self._window.status_area
        if progress is None:
            status.show_progress(None)
            return
        text = (
            tr("MainWindow", "Saving repeating events… {done} of {total}")
            if progress.series
            else tr("MainWindow", "Saving events… {done} of {total}")
        )
        status.show_progress(text.format(done=progress.done, total=progress.total))

    def cancel_sending(self) -> None:
        """Cancel: the series' items still waiting are discarded; says what was written."""
        window = self._window

        def cancelled(saved: Progress, result: Recorded) -> None:
            memory = window.months.memory
            for event in result.many:
                if event is not None:
                    memory.forget_event(event)
            window.months.paint()
            rest = saved.total - saved.done
            if saved.title:
                text = tr(
                    "MainWindow",
                    "“{title}”: %n of {total} events were saved; the other {rest} were not.",
                    n=saved.done,
                )
            else:
                text = tr(
                    "MainWindow",
                    "%n of {total} events were saved; the other {rest} were not.",
                    n=saved.done,
                )
            text = text.format(title=isolated(saved.title), total=saved.total, rest=rest)
            window.status_area.show_progress(None)
            window.status_area.say(text)

        window.service.progress.cancel(cancelled)
