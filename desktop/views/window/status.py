"""The status area: the status bar's labels and Undo, the state beside the toolbar, errors shown.

It shows what the window tells it and keeps only the Undo offer; the calendar's state (loading,
online, the last error, when the month was fetched) stays where the month flow keeps it.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QWidget

from desktop.i18n import tr
from desktop.views.formats import short_time

if TYPE_CHECKING:
    from desktop.data.errors import StoreError
    from desktop.data.outbox import Change
    from desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)

UNDO_SECONDS = 8
# Errors an SSO sign-in in the app puts right (desktop.views.sso_dialog).
SSO_SIGN_IN_CODES = frozenset({"SSOTokenExpired", "SsoCancelled", "SsoRefused", "SsoCodeExpired"})


class StatusArea:
    """Builds the status bar of ``window`` and the state label its toolbar shows."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._undo: Callable[[], None] | None = None
        # Edit ▸ Undo (Ctrl+Z): set by the window's actions; enabled while there is an undo.
        self.undo_action: QAction | None = None
        self.count_label = QLabel(window)
        self.fetched_label = QLabel(window)
        self.status_message = QLabel(window)
        self.status_message.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(tr("MainWindow", "Undo"), window)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.run_undo)
        self._undo_timer = QTimer(window)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.hide_undo)
        self.pending_button = QPushButton(window)
        self.pending_button.setObjectName("pendingButton")
        self.pending_button.setFlat(True)
        self.pending_button.hide()
        # Why the changes not sent wait, and when they are tried again (until they are sent).
        self.send_wait_label = QLabel(window)
        self.send_wait_label.setObjectName("sendWaitLabel")
        self.send_wait_label.setTextFormat(Qt.TextFormat.PlainText)
        self.send_wait_label.setMinimumWidth(1)  # a long reason is cut (the tooltip has it all)
        self.send_wait_label.hide()
        # Many new events being sent (a series): how far, and Cancel (series_editing.py).
        self.progress_label = QLabel(window)
        self.progress_label.setObjectName("sendProgressLabel")
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label.hide()
        self.cancel_button = QPushButton(tr("MainWindow", "Cancel"), window)
        self.cancel_button.setObjectName("cancelSendingButton")
        self.cancel_button.hide()
        # Shown in the toolbar (see WindowActions), kept here with the other state texts.
        self.state_label = QLabel(window)
        self.state_label.setObjectName("stateLabel")
        self.state_label.setContentsMargins(8, 0, 8, 0)

        status = window.statusBar()
        status.addWidget(self.status_message, 1)
        status.addWidget(self.undo_button)
        status.addPermanentWidget(self.progress_label)
        status.addPermanentWidget(self.cancel_button)
        status.addPermanentWidget(self.pending_button)
        status.addPermanentWidget(self.send_wait_label)
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.fetched_label)

    def _time_text(self, moment: datetime) -> str:
        return short_time(self._window.locale_, moment)

    # --- messages and Undo ----------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.status_message.setText(text)

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        """Offer to undo the change just made: the button for a few seconds, Edit ▸ Undo
        (Ctrl+Z) until the next change is made or undone."""
        self.say(text)
        self._set_undo(undo)
        self.undo_button.show()
        self._undo_timer.start(UNDO_SECONDS * 1000)

    @property
    def can_undo(self) -> bool:
        return self._undo is not None

    def run_undo(self) -> None:
        undo = self._undo
        self.clear_undo()
        if undo is not None:
            undo()

    def hide_undo(self) -> None:
        """The button's seconds are up; Ctrl+Z still undoes."""
        self.undo_button.hide()

    def clear_undo(self) -> None:
        self._set_undo(None)
        self.undo_button.hide()

    def _set_undo(self, undo: Callable[[], None] | None) -> None:
        self._undo = undo
        if self.undo_action is not None:
            self.undo_action.setEnabled(undo is not None)

    def show_error(self, error: StoreError, retry: Callable[[], None] | None = None) -> None:
        """A known error in the banner, with Retry when there is something to retry, or Sign
        in when an SSO sign-in has expired (or did not finish): it signs in, then retries."""
        log.info("Shown to the user: %s", error.log_text())
        window = self._window
        store = window.service.store  # its settings: the connection that failed
        settings = store.settings if store is not None else window.service.settings
        if error.code in SSO_SIGN_IN_CODES and settings is not None:

            def signed_in() -> None:
                window.banner.dismiss()
                if retry is not None:
                    retry()

            def sign_in() -> None:
                window.sso.start(settings, signed_in, lambda e: self.show_error(e, retry))

            window.banner.show_message(
                "error",
                error.message,
                tr("MainWindow", "Sign in"),
                sign_in,
                details=error.details(),
            )
            return
        window.banner.show_message(
            "error",
            error.message,
            tr("MainWindow", "Retry") if retry else "",
            retry,
            details=error.details(),
        )

    # --- the month's state ----------------------------------------------------------------------

    def show_state(
        self, *, loading: bool, online: bool, failed: bool, fetched_at: datetime | None
    ) -> None:
        """The state beside the toolbar (loading, offline, error, up to date), and the cursor."""
        view = cast(QWidget, self._window.active_view)
        if loading:
            text = tr("MainWindow", "Loading…")
            view.setCursor(Qt.CursorShape.BusyCursor)
        elif not online:
            text = tr("MainWindow", "Offline")
            view.unsetCursor()
        elif failed:
            text = tr("MainWindow", "Error")
            view.unsetCursor()
        elif fetched_at is not None:
            local = fetched_at.astimezone()
            text = tr("MainWindow", "Up to date at {time}").format(time=self._time_text(local))
            view.unsetCursor()
        else:
            text = ""
            view.unsetCursor()
        self.state_label.setText(text)

    def show_counts(
        self,
        count: int,
        fetched_at: datetime | None,
        units: float | None,
        *,
        never_fetched: bool = False,
        kind: str = "month",
    ) -> None:
        """The shown view's event count (``kind``: the view's name in desktop.views.
        calendar_view), when it was fetched and the read capacity used.

        A month never fetched on this computer says so: it is not a month without events.
        """
        if never_fetched:
            self.count_label.setText(
                tr(
                    "MainWindow",
                    "This month has not been fetched yet; it will be once connected",
                )
                if kind == "month"
                else tr(
                    "MainWindow",
                    "Some of these days have not been fetched yet; they will be once connected",
                )
            )
            self.fetched_label.setText("")
        elif kind in ("week", "team"):
            self.count_label.setText(tr("MainWindow", "%n events this week", n=count))
        elif kind == "year":
            self.count_label.setText(tr("MainWindow", "%n events this year", n=count))
        elif kind == "agenda":
            self.count_label.setText(tr("MainWindow", "%n events in the list", n=count))
        else:
            self.count_label.setText(tr("MainWindow", "%n events this month", n=count))
        if fetched_at is not None and not never_fetched:
            local = fetched_at.astimezone()
            self.fetched_label.setText(
                tr("MainWindow", "Fetched at {time}").format(time=self._time_text(local))
            )
        if units is not None:
            self.fetched_label.setToolTip(
                tr("MainWindow", "Read capacity used this session: {units:.1f} units").format(
                    units=units
                )
            )

    # --- changes not sent -----------------------------------------------------------------------

    def show_pending_count(self, entries: list[Change], elsewhere: int, tip: str) -> None:
        """The button that opens the changes not sent: how many, and how many need a decision."""
        count = len(entries)
        unresolved = sum(c.unresolved for c in entries)
        text = tr("MainWindow", "%n changes not sent", n=count) if count else ""
        if unresolved:
            text += " · " + tr("MainWindow", "%n need your decision", n=unresolved)
        if elsewhere:
            text += (" · " if text else "") + tr(
                "MainWindow", "%n changes for another connection", n=elsewhere
            )
        button = self.pending_button
        button.setText(text)
        button.setToolTip(tip)
        button.setIcon(
            self._window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if unresolved
            else QIcon()
        )
        button.setVisible(count > 0 or elsewhere > 0)

    def show_send_wait(self, reason: str, retry_at: datetime) -> str:
        """Say why changes wait and when they are tried again; returns the text shown."""
        text = tr("MainWindow", "{reason} Trying again at {time}.").format(
            reason=reason, time=self._time_text(retry_at.astimezone())
        )
        self.send_wait_label.setText(text)
        self.send_wait_label.setToolTip(f"<p>{html.escape(text)}</p>")  # never rich text
        self.send_wait_label.show()
        return text

    def show_progress(self, text: str | None) -> None:
        """Many new events being sent: ``text`` says how far (None: no longer), with Cancel."""
        self.progress_label.setText(text or "")
        self.progress_label.setVisible(text is not None)
        self.cancel_button.setVisible(text is not None)
