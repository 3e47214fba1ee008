"""Changing the connection with changes not sent: ask, then send, keep or discard them.

The outbox is kept per connection (region, endpoint, tables). Switching to another connection
with changes waiting for the current one asks what to do with them:

- **send them first**: the window keeps the current connection until they are sent (or until
  sending stops: no network, a refusal, a conflict to decide), then switches; what could not be
  sent is kept;
- **keep them for later**: they stay on this computer, listed as changes for another
  connection, and are sent when that connection is used again;
- **discard them**, after a second question.

The window owns this helper and hands it what it needs; it holds no widgets of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.data.config import ConnectionSettings
    from desktop.data.outbox import Change, Sent
    from desktop.settings import AppSettings
    from desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)

SEND_FIRST = "send"
KEEP = "keep"
DISCARD = "discard"
# "Send them first" switches at the latest after this long (a change that never answers).
SEND_FIRST_LIMIT_MS = 20_000

Loader = Callable[[], "ConnectionSettings"]


def configured_source_key(settings: AppSettings) -> str:
    """The source key the saved settings point at (region, endpoint, tables; not the keys)."""
    from desktop.data.config import ConnectionSettings
    from desktop.data.connection import resolved_values

    values, _dotenv = resolved_values(settings)
    return ConnectionSettings(
        region=values["region"].value,
        departments_table=values["departments_table"].value,
        events_table=values["events_table"].value,
        endpoint_url=values["endpoint_url"].value,
    ).source_key()


def ask_before_switching(parent: MainWindow, count: int) -> str:
    """The first question: SEND_FIRST, KEEP or DISCARD (Esc keeps them: nothing is lost)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("SourceSwitch", "Changes not sent"))
    box.setText(
        tr(
            "SourceSwitch",
            "%n changes have not reached the current shared calendar yet. What should happen to "
            "them "
            "before switching to the new connection?",
            n=count,
        )
    )
    box.setInformativeText(
        tr(
            "SourceSwitch",
            "Kept changes stay on this computer and are sent when this connection is used again.",
        )
    )
    send = box.addButton(tr("SourceSwitch", "Send them first"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(
        tr("SourceSwitch", "Keep them for later"), QMessageBox.ButtonRole.RejectRole
    )
    discard = box.addButton(
        tr("SourceSwitch", "Discard them…"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(send)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is send:
        return SEND_FIRST
    if clicked is discard:
        return DISCARD
    return KEEP


class SourceSwitch(QObject):
    """Switches the window to another connection, asking about changes not sent first."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._after_sending: Loader | None = None

    def start_again(self, loader: Loader) -> None:
        """Forget what was shown (it may be other tables) and start again on ``loader``."""
        window = self._window
        window.months.clear()
        window.upcoming.clear()
        window.loader.departments = []
        window.presenter.error = None
        window.active_view.select_entry(None)
        window.departments_panel.set_departments([], None)
        window.connectivity.went_online()
        window.presenter.set_loading(True)
        window.service.start(loader)

    @property
    def sending_first(self) -> bool:
        return self._after_sending is not None

    def change(self, loader: Loader, new_key: str) -> None:
        """Switch to ``loader``'s connection (whose source key is ``new_key``)."""
        from desktop.views import widgets

        service = self._window.service
        current = service.settings
        waiting = list(service.pending)
        self._after_sending = None
        if not waiting or current is None or current.source_key() == new_key:
            self.start_again(loader)  # the same tables (another key or profile): nothing to ask
            return
        while True:
            choice = ask_before_switching(self._window, len(waiting))
            if choice != DISCARD:
                break
            if widgets.ask(
                self._window,
                tr("SourceSwitch", "Discard changes"),
                tr(
                    "SourceSwitch",
                    "Discard %n changes not sent? They never reach the shared calendar and cannot "
                    "be "
                    "brought back.",
                    n=len(waiting),
                ),
                tr("SourceSwitch", "Discard"),
                tr("SourceSwitch", "Back"),
                warning=True,
            ):
                self._discard_then_switch(loader, waiting)
                return
        if choice == SEND_FIRST:
            self._send_then_switch(loader)
        else:
            self.start_again(loader)

    # --- send first ---------------------------------------------------------------------------

    def _send_then_switch(self, loader: Loader) -> None:
        service = self._window.service
        self._after_sending = loader
        self._window.banner.show_message(
            "info",
            tr(
                "SourceSwitch",
                "Sending the changes not sent yet; the new connection opens once they are.",
            ),
            closable=False,
        )
        service.send_pending()
        # With this helper as context: a window closed meanwhile cancels the timer.
        QTimer.singleShot(SEND_FIRST_LIMIT_MS, self, lambda: self._switch_now(loader))
        # Sending is tried even if the window believes it is offline: the network may be back.
        self._maybe_switch(stopped=service.store is None)

    def change_sent(self, sent: Sent) -> None:
        """A change was sent (whatever came of it): switch once nothing is left to send."""
        if self._after_sending is not None:
            self._maybe_switch(stopped=sent.outcome != "written")

    def _maybe_switch(self, *, stopped: bool) -> None:
        from desktop.data.outbox import State

        loader = self._after_sending
        if loader is None:
            return
        pending = self._window.service.pending
        blocked = {c.event_id for c in pending if c.unresolved}  # they wait for the user
        sendable = [
            c
            for c in pending
            if c.state in (State.WAITING, State.SENDING) and c.event_id not in blocked
        ]
        if sendable and not stopped:
            return
        self._switch_now(loader)

    def _switch_now(self, loader: Loader) -> None:
        if self._after_sending is not loader:
            return  # switched already (or another switch was asked for since)
        self._after_sending = None
        if self._window.banner.kind == "info":
            self._window.banner.dismiss()
        self.start_again(loader)

    # --- discard ------------------------------------------------------------------------------

    def _discard_then_switch(self, loader: Loader, waiting: list[Change]) -> None:
        service = self._window.service
        outbox = service.outbox
        if outbox is None:
            self.start_again(loader)
            return
        seqs = [c.seq for c in reversed(waiting)]  # the latest first: nothing waits behind

        def discard() -> None:
            for seq in seqs:
                outbox.discard(seq)

        def failed(error: BaseException) -> None:
            log.error("Discarding the changes not sent failed", exc_info=error)
            self.start_again(loader)  # what was not discarded is kept (listed for its connection)

        service.runner.submit(discard, lambda _r: self.start_again(loader), failed)
