"""Changes not sent: the outbox as a list, with send again, compare, copy and discard.

Each row says what the change is, when it was made, and its state: waiting, sending, a
conflict to decide, or refused with the reason. The dialog only asks; the window acts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.data.outbox import Change, Kind, State
from desktop.domain.display import TEXT_LIMIT, isolated, tooltip
from desktop.i18n import tr
from desktop.views.formats import long_date, short_time, shown_time
from desktop.views.widgets import plain_label, qdate

_CONTEXT = "PendingDialog"
SEQ_ROLE = Qt.ItemDataRole.UserRole + 1


def elsewhere_text(source_key: str, count: int) -> str:
    """``N changes for another connection (region, endpoint, tables)``, with what happens."""
    from desktop.data.config import describe_source_key

    return tr(
        _CONTEXT,
        "%n changes for another connection ({where}): kept on this computer and sent when "
        "that connection is used again.",
        n=count,
    ).format(where=describe_source_key(source_key))


class PendingDialog(QDialog):
    """The outbox, oldest first. Emits the entry's number for each request."""

    retryRequested = Signal(int)  # noqa: N815
    discardRequested = Signal(int)  # noqa: N815
    resolveRequested = Signal(int)  # noqa: N815

    WHAT, WHEN, STATE = 0, 1, 2

    def __init__(
        self,
        locale: QLocale,
        department_name: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._locale = locale
        self._department_name = department_name
        self._entries: list[Change] = []
        self.setLocale(locale)
        self.setWindowTitle(tr(_CONTEXT, "Changes not sent"))
        self.setMinimumSize(620, 320)
        self.setSizeGripEnabled(True)

        self.explanation = plain_label(
            tr(
                _CONTEXT,
                "These changes are kept on this computer and sent in order when the shared "
                "calendar can be reached. A conflict waits for your choice; a refused change "
                "waits for you "
                "to send it again or discard it.",
            ),
            self,
        )
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr(_CONTEXT, "Changes not sent"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [tr(_CONTEXT, "Change"), tr(_CONTEXT, "Made at"), tr(_CONTEXT, "State")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(self.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STATE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemDoubleClicked.connect(lambda *_: self._resolve())
        self.empty_label = plain_label(
            tr(_CONTEXT, "Every change has reached the shared calendar."), self
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Changes of another connection (other region, endpoint or tables): kept, not hidden.
        self.elsewhere_label = plain_label("", self)
        self.elsewhere_label.hide()

        self.retry_button = QPushButton(tr(_CONTEXT, "Send again"), self)
        self.retry_button.setToolTip(tr(_CONTEXT, "Try to send the selected change now."))
        self.retry_button.clicked.connect(self._retry)
        self.resolve_button = QPushButton(tr(_CONTEXT, "Compare…"), self)
        self.resolve_button.setToolTip(
            tr(_CONTEXT, "See both versions of the event and choose which to keep.")
        )
        self.resolve_button.clicked.connect(self._resolve)
        # A refused change (an account that may only read): its text kept, to send another way.
        self.copy_button = QPushButton(tr(_CONTEXT, "Copy as text"), self)
        self.copy_button.setToolTip(
            tr(_CONTEXT, "Put the selected change's date, title and description on the clipboard.")
        )
        self.copy_button.clicked.connect(self._copy)
        self.discard_button = QPushButton(tr(_CONTEXT, "Discard…"), self)
        self.discard_button.setToolTip(
            tr(_CONTEXT, "Throw the selected change away (you are asked first).")
        )
        self.discard_button.clicked.connect(self._discard)
        self.close_button = QPushButton(tr(_CONTEXT, "Close"), self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (
            self.retry_button,
            self.resolve_button,
            self.copy_button,
            self.discard_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.explanation)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.elsewhere_label)
        layout.addLayout(buttons)
        self.resize(860, 380)
        self.set_entries([])

    # --- contents -----------------------------------------------------------------------------

    def set_entries(self, entries: list[Change]) -> None:
        current = self.selected()
        self._entries = list(entries)
        self.tree.clear()
        for change in entries:
            item = QTreeWidgetItem([self.what(change), self._when(change), self.state_text(change)])
            item.setData(self.WHAT, SEQ_ROLE, change.seq)
            item.setToolTip(self.WHAT, tooltip(item.text(self.WHAT)))
            item.setToolTip(self.STATE, tooltip(item.text(self.STATE)))
            if change.unresolved:
                font = item.font(self.STATE)
                font.setBold(True)
                item.setFont(self.STATE, font)
            self.tree.addTopLevelItem(item)
            if current is not None and change.seq == current.seq:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setVisible(bool(entries))
        self.empty_label.setVisible(not entries)
        self._update_buttons()

    def set_elsewhere(self, elsewhere: list[tuple[str, int]]) -> None:
        """Changes kept for other connections: (source key, count)."""
        self.elsewhere_label.setText("\n".join(elsewhere_text(k, n) for k, n in elsewhere))
        self.elsewhere_label.setVisible(bool(elsewhere))

    def what(self, change: Change) -> str:
        event = change.event
        day = long_date(self._locale, event.event_date)
        department = self._department_name(event.department_id)
        if change.kind is Kind.CREATE:
            text = tr(_CONTEXT, "New “{title}” on {date}, {department}")
        elif change.kind is Kind.DELETE:
            text = tr(_CONTEXT, "Delete “{title}” on {date}, {department}")
        elif change.kind is Kind.MOVE:
            text = tr(_CONTEXT, "Move “{title}” to {department}, {date}")
        else:
            text = tr(_CONTEXT, "Change “{title}” on {date}, {department}")
        return text.format(title=isolated(event.title), date=day, department=isolated(department))

    def _when(self, change: Change) -> str:
        local = change.queued_at.astimezone()
        day = self._locale.toString(qdate(local.date()), QLocale.FormatType.ShortFormat)
        return f"{day} {short_time(self._locale, local)}"

    @staticmethod
    def state_text(change: Change) -> str:
        if change.state is State.SENDING:
            return tr(_CONTEXT, "Sending…")
        if change.state is State.CONFLICT:
            if change.current is None:
                return tr(_CONTEXT, "Conflict: someone else deleted the event")
            return tr(_CONTEXT, "Conflict: someone else changed the event")
        if change.state is State.FAILED:
            reason = isolated(change.reason, TEXT_LIMIT)
            return tr(_CONTEXT, "Refused: {reason}").format(reason=reason)
        if change.reason:
            reason = isolated(change.reason, TEXT_LIMIT)
            return tr(_CONTEXT, "Waiting: {reason}").format(reason=reason)
        return tr(_CONTEXT, "Waiting to be sent")

    def selected(self) -> Change | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        seq = item.data(self.WHAT, SEQ_ROLE)
        return next((c for c in self._entries if c.seq == seq), None)

    def _update_buttons(self) -> None:
        change = self.selected()
        sending = change is None or change.state is State.SENDING
        self.retry_button.setEnabled(not sending and change is not None)
        self.discard_button.setEnabled(not sending)
        self.resolve_button.setEnabled(change is not None and change.state is State.CONFLICT)
        self.copy_button.setEnabled(change is not None)
        if change is not None and change.state is State.CONFLICT:
            self.resolve_button.setDefault(True)

    # --- requests -----------------------------------------------------------------------------

    def _retry(self) -> None:
        change = self.selected()
        if change is not None:
            self.retryRequested.emit(change.seq)

    def _resolve(self) -> None:
        change = self.selected()
        if change is not None and change.state is State.CONFLICT:
            self.resolveRequested.emit(change.seq)

    def set_editable(self, editable: bool) -> None:
        """A read-only window sends nothing again (copy and discard stay)."""
        self.retry_button.setVisible(editable)

    def copy_text(self, change: Change) -> str:
        """The change as plain text: what it is, the time, the description and the link."""
        event = change.event
        lines = [self.what(change)]
        if shown_time(event.time):
            lines.append(shown_time(event.time))
        if event.description:
            lines += ["", event.description]
        if event.url:
            lines.append(event.url)
        return "\n".join(lines)

    def _copy(self) -> None:
        change = self.selected()
        if change is not None:
            QGuiApplication.clipboard().setText(self.copy_text(change))

    def _discard(self) -> None:
        change = self.selected()
        if change is not None and change.state is not State.SENDING:
            self.discardRequested.emit(change.seq)
