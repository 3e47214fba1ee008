"""The changes not sent, as the window shows them: marks, banners, the list, discard, conflicts.

The service owns the outbox and sends it; this helper shows what it reports and passes the
user's decisions back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.data.errors import OfflineError
from desktop.domain.display import TEXT_LIMIT, isolated
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.data.cache import Cache
    from desktop.data.outbox import Change, Recorded, Sent
    from desktop.views.main_window import MainWindow
    from desktop.views.pending_dialog import PendingDialog
    from desktop.workers.send_retry import SendWait


class OutboxActions:
    """Follows the service's outbox for ``window``; holds the open list of changes not sent."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.pending_dialog: PendingDialog | None = None
        self._elsewhere: list[tuple[str, int]] = []  # changes kept for other connections
        service = window.service
        service.outboxChanged.connect(self.outbox_changed)
        service.changeSent.connect(self.change_sent)
        service.sendWaiting.connect(self.send_waiting)
        window.status_area.pending_button.clicked.connect(self.show_pending)

    def outbox_changed(self, entries: list[Change]) -> None:
        from desktop.data.outbox import State

        window = self._window
        states: dict[tuple[str, str], str] = {}
        for change in entries:
            state = {
                State.CONFLICT: "conflict",
                State.FAILED: "failed",
            }.get(change.state, "pending")
            if states.get(change.key) not in ("conflict", "failed"):
                states[change.key] = state
        window.months.set_states(states)  # painted again when the marks changed
        self._show_pending_count()
        self.send_waiting(window.service.send_wait)
        if self.pending_dialog is not None:
            self.pending_dialog.set_entries(entries)
        window.loader.tell_rescue()

        def elsewhere(cache: Cache) -> list[tuple[str, int]]:
            from desktop.data.outbox import waiting_elsewhere

            return waiting_elsewhere(cache)

        window.service.run_local(elsewhere, self._elsewhere_read, key="outbox-elsewhere")

    def _elsewhere_read(self, elsewhere: list[tuple[str, int]]) -> None:
        self._elsewhere = elsewhere
        self._show_pending_count()
        if self.pending_dialog is not None:
            self.pending_dialog.set_elsewhere(elsewhere)

    def _show_pending_count(self) -> None:
        window = self._window
        window.status_area.show_pending_count(
            window.service.pending,
            sum(n for _key, n in self._elsewhere),
            window.window_actions.pending_action.toolTip(),
        )

    def change_sent(self, sent: Sent) -> None:
        window = self._window
        banner = window.banner
        change = sent.change
        if sent.outcome == "written":
            if not any(c.key == change.key for c in sent.entries or []):
                window.months.replace(sent.removed, sent.written)
            if not window.connectivity.online:
                window.connectivity.went_online()
                if banner.kind == "offline":
                    banner.dismiss()
                window.presenter.set_state_text()
        elif sent.outcome == "conflict":
            banner.show_message(
                "warning",
                tr(
                    "MainWindow",
                    "Someone else changed “{title}” before your change reached the shared "
                    "calendar. "
                    "Nothing was overwritten: choose which version to keep.",
                ).format(title=isolated(change.event.title)),
                tr("MainWindow", "Compare…"),
                lambda: self.resolve_change(change.seq),
            )
        elif window.read_only.is_refusal(sent):
            window.read_only.write_refused(sent)  # the account can only read: said once
        elif sent.outcome == "failed":
            banner.show_message(
                "error",
                tr("MainWindow", "Your change to “{title}” was refused: {reason}").format(
                    title=isolated(change.event.title),
                    reason=isolated(sent.error.message, TEXT_LIMIT) if sent.error else "",
                ),
                tr("MainWindow", "Changes not sent…"),
                self.show_pending,
            )
        elif isinstance(sent.error, OfflineError):
            window.presenter.went_offline()
        # Other reasons to wait: send_waiting says them until the changes are sent.
        window.source_switch.change_sent(sent)

    def send_waiting(self, wait: SendWait | None) -> None:
        """Say why changes wait to be sent, and when they are tried again; a month loaded
        meanwhile does not take it away (only sending does)."""
        window = self._window
        banner = window.banner
        label = window.status_area.send_wait_label
        count = len(window.service.pending)
        if wait is None or count == 0:
            label.hide()
            if banner.kind == "sending":
                banner.dismiss()
            return
        starting = label.isHidden()
        text = window.status_area.show_send_wait(wait.reason, wait.retry_at)
        if isinstance(wait.error, OfflineError):
            return  # the offline banner says it, and retries
        if banner.kind == "sending" or (starting and banner.kind in ("", "error")):
            banner.show_message(
                "sending",
                tr("MainWindow", "%n changes not sent:", n=count) + " " + text,
                tr("MainWindow", "Send now"),
                window.service.send_pending,
            )

    def show_pending(self) -> None:
        """The list of changes not sent yet, with retry and discard."""
        from desktop.views.pending_dialog import PendingDialog

        window = self._window
        if self.pending_dialog is None:
            dialog = PendingDialog(window.locale_, window.department_name, window)
            dialog.retryRequested.connect(window.service.retry)
            dialog.discardRequested.connect(self.discard_change)
            dialog.resolveRequested.connect(self.resolve_change)
            dialog.finished.connect(lambda _result: setattr(self, "pending_dialog", None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.read_only.tell(dialog)
            self.pending_dialog = dialog
        self.pending_dialog.set_entries(window.service.pending)
        self.pending_dialog.set_elsewhere(self._elsewhere)
        if self.pending_dialog.isVisible():
            self.pending_dialog.activateWindow()
        self.pending_dialog.show()

    def _change(self, seq: int) -> Change | None:
        return next((c for c in self._window.service.pending if c.seq == seq), None)

    def discard_change(self, seq: int) -> None:
        from desktop.views.widgets import ask

        change = self._change(seq)
        if change is None:
            return
        confirmed = ask(
            self.pending_dialog or self._window,
            tr("MainWindow", "Discard change"),
            tr(
                "MainWindow",
                "Discard your change to “{title}”? It has not reached the shared calendar, and it "
                "cannot be brought back.",
            ).format(title=isolated(change.event.title)),
            tr("MainWindow", "Discard"),
            tr("MainWindow", "Cancel"),
        )
        if confirmed:
            self._window.service.discard(seq, self._apply_decision)

    def resolve_change(self, seq: int) -> None:
        from desktop.data.outbox import Choice, Kind, State
        from desktop.views.conflict_dialog import ConflictDialog

        window = self._window
        change = self._change(seq)
        if change is None or change.state is not State.CONFLICT:
            return
        names = {d.id: d.name for d in window.departments}
        chooser = ConflictDialog(
            change.event,
            change.current,
            names,
            window.locale_,
            self.pending_dialog or window,
            deleting=change.kind is Kind.DELETE,
        )
        chooser.exec()
        if chooser.choice is None:
            return
        if window.banner.kind == "warning":
            window.banner.dismiss()
        choice = Choice(chooser.choice.value)
        window.service.resolve(seq, choice, self._apply_decision)

    def _apply_decision(self, result: Recorded) -> None:
        """What a discard or a conflict choice left, also in months that were never fetched."""
        window = self._window
        window.months.replace(result.replaced, result.shown)
        if result.added is not None:
            window.months.put_event(result.added)
