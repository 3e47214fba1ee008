"""A non-modal message bar above the calendar: errors with Retry, offline and demo notices."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop.domain.display import TEXT_LIMIT, elided, tooltip
from desktop.i18n import tr

_STYLES = {
    "error": ("#fde7e9", "#8a1c1c", "#5c1e1e", "#ffb4ab"),
    "warning": ("#fff4ce", "#6b4f00", "#4d3b00", "#ffe08a"),
    "offline": ("#fff4ce", "#6b4f00", "#4d3b00", "#ffe08a"),
    "sending": ("#fff4ce", "#6b4f00", "#4d3b00", "#ffe08a"),  # changes wait to be sent
    "info": ("#e8f0fe", "#174ea6", "#1c2f4d", "#aecbfa"),
}


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.action_button = QPushButton(self)
        self.action_button.hide()
        self.action_button.clicked.connect(self._act)
        layout.addWidget(self.action_button)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(tr("Banner", "Dismiss"))
        self.close_button.setAccessibleName(tr("Banner", "Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button)
        self.kind = ""
        self.details = ""
        self._action: Callable[[], None] | None = None
        self.hide()

    def show_message(
        self,
        kind: str,
        text: str,
        action_text: str = "",
        action: Callable[[], None] | None = None,
        *,
        closable: bool = True,
        details: str = "",
    ) -> None:
        """``details``: the technical part (error code, server) for whoever fixes it, kept out
        of the sentence and shown on hover."""
        self.kind = kind
        self.details = details
        # Messages may carry table text (an error naming a department): never a wall of it.
        self.label.setText(elided(text, TEXT_LIMIT))
        self.label.setToolTip(
            tooltip(tr("Banner", "Details: {details}").format(details=details)) if details else ""
        )
        self._action = action
        self.action_button.setVisible(bool(action_text and action))
        self.action_button.setText(action_text)
        self.close_button.setVisible(closable)
        background, foreground, dark_background, dark_foreground = _STYLES[kind]
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(QPalette.ColorRole.Window, QColor(dark_background if dark else background))
        palette.setColor(
            QPalette.ColorRole.WindowText, QColor(dark_foreground if dark else foreground)
        )
        self.setPalette(palette)
        self.show()

    def dismiss(self) -> None:
        self.kind = ""
        self.details = ""
        self._action = None
        self.hide()

    def _act(self) -> None:
        if self._action is not None:
            self._action()
