"""Which items an edit or a delete of a repeating or multi-day event applies to.

A repeating event: this event, this and the following ones, or all; an event over several
days: this day or all days. Cancel changes nothing. The dialog is opened (never ``exec``):
the answer arrives through ``on_chosen``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.data.series_items import Scope
from desktop.domain.display import elided, isolated
from desktop.i18n import tr

_CONTEXT = "ScopeDialog"
TITLE_CHARS = 60


class ScopeDialog(QDialog):
    """Asks which items of a series (or multi-day event) a change applies to."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        *,
        deleting: bool,
        multi_day: bool,
        on_chosen: Callable[[Scope], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scopeDialog")
        self._on_chosen = on_chosen
        self._on_cancel = on_cancel
        self._chosen: Scope | None = None
        name = isolated(elided(title, TITLE_CHARS))
        if multi_day:
            question = (
                tr(_CONTEXT, "“{title}” lasts several days. Delete which days?")
                if deleting
                else tr(_CONTEXT, "“{title}” lasts several days. Change which days?")
            )
            choices = [
                (Scope.ONE, tr(_CONTEXT, "This day only")),
                (Scope.ALL, tr(_CONTEXT, "All days")),
            ]
        else:
            question = (
                tr(_CONTEXT, "“{title}” repeats. Delete which events?")
                if deleting
                else tr(_CONTEXT, "“{title}” repeats. Change which events?")
            )
            choices = [
                (Scope.ONE, tr(_CONTEXT, "This event only")),
                (Scope.FOLLOWING, tr(_CONTEXT, "This and following events")),
                (Scope.ALL, tr(_CONTEXT, "All events")),
            ]
        self.setWindowTitle(tr(_CONTEXT, "Delete events") if deleting else tr(_CONTEXT, "Edit"))
        label = QLabel(question.format(title=name), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        row = QHBoxLayout()
        self.buttons: dict[Scope, QPushButton] = {}
        for scope, text in choices:
            button = QPushButton(text, self)
            button.setObjectName(f"scope-{scope.value}")
            button.clicked.connect(lambda _c=False, s=scope: self._choose(s))
            row.addWidget(button)
            self.buttons[scope] = button
        row.addStretch(1)
        self.cancel_button = QPushButton(tr(_CONTEXT, "Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.buttons[Scope.ONE].setDefault(True)
        self.finished.connect(self._finished)

    def _choose(self, scope: Scope) -> None:
        self._chosen = scope
        self.accept()

    def _finished(self, _result: int) -> None:
        if self._chosen is not None:
            self._on_chosen(self._chosen)
        elif self._on_cancel is not None:
            self._on_cancel()


def ask_scope(
    parent: QWidget,
    title: str,
    *,
    deleting: bool,
    multi_day: bool,
    on_chosen: Callable[[Scope], None],
    on_cancel: Callable[[], None] | None = None,
) -> ScopeDialog:
    """Open the question (window-modal); the answer comes through ``on_chosen``."""
    dialog = ScopeDialog(
        parent,
        title,
        deleting=deleting,
        multi_day=multi_day,
        on_chosen=on_chosen,
        on_cancel=on_cancel,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
