"""Small widgets and helpers shared by the dialogs: error labels, plain-text labels, questions."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.display import TEXT_LIMIT, elided
from desktop.views.colors import sunday_color


class ErrorLabel(QLabel):
    """A problem message in plain text, in a red readable on light and dark palettes.

    Hidden while empty, so a valid form takes no room for it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)
        self._apply_color()

    def set_message(self, text: str) -> None:
        text = elided(text, TEXT_LIMIT)  # an error may quote table text
        if text != self.text():
            self.setText(text)
            self.setAccessibleName(text)
        self.setVisible(bool(text))

    def message(self) -> str:
        return self.text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_color()

    def _apply_color(self) -> None:
        # Setting the palette sends another PaletteChange; it finds the colour right and stops.
        color = sunday_color(self.palette())
        if self.palette().color(QPalette.ColorRole.WindowText) != color:
            palette = QPalette(self.palette())
            palette.setColor(QPalette.ColorRole.WindowText, color)
            self.setPalette(palette)


class ErrorBanner(ErrorLabel):
    """The general problem at the top of a dialog: the same red, framed and lightly tinted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContentsMargins(10, 7, 10, 7)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        color = self.palette().color(QPalette.ColorRole.WindowText)
        fill = QColor(color)
        fill.setAlpha(28)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(color)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()
        super().paintEvent(event)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A form label with a mnemonic (``&Title:``) that focuses ``buddy``."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(buddy)
    return label


def field_with_error(field: QWidget, *below: QWidget) -> QLayout:
    """A field with its problem message (and any notes) right under it."""
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(3)
    box.addWidget(field)
    for widget in below:
        box.addWidget(widget)
    return box


def ask(
    parent: QWidget,
    title: str,
    text: str,
    confirm: str,
    cancel: str,
    *,
    detail: str = "",
    warning: bool = False,
) -> bool:
    """Ask a yes/no question with explicit button texts; True when ``confirm`` was clicked.

    The safe answer is the default and what Esc gives. ``text`` is shown as plain text.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)  # our own words only, never user text
    confirm_button = box.addButton(confirm, QMessageBox.ButtonRole.DestructiveRole)
    cancel_button = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel_button)
    box.setEscapeButton(cancel_button)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == box.buttonRole(confirm_button)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def edit_date_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year (``yy. M. d.`` → ``yyyy. M. d.``)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)
    return pattern


# --- the time field ---------------------------------------------------------------------------


def after_paint(widget: QWidget, action: Callable[[], None], fallback_ms: int = 250) -> None:
    """Run ``action`` once ``widget`` has painted (or after ``fallback_ms``), once."""
    from PySide6.QtCore import QObject, QTimer

    class _Watcher(QObject):
        done = False

        def run(self) -> None:
            if not self.done:
                self.done = True
                widget.removeEventFilter(self)
                self.deleteLater()
                action()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, self.run)
            return False

    watcher = _Watcher(widget)
    widget.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, watcher.run)


def dialog_layout(dialog: QWidget) -> QVBoxLayout:
    """A dialog's outer layout: the margins and spacing every dialog of the app uses."""
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(18, 16, 18, 14)
    layout.setSpacing(12)
    return layout


@dataclass
class DialogFooter:
    """The bottom row of an editing dialog: extra buttons, "Saving…", then accept and cancel."""

    layout: QHBoxLayout
    buttons: QDialogButtonBox
    accept_button: QPushButton
    cancel_button: QPushButton
    busy_label: QLabel


def dialog_footer(
    dialog: QWidget,
    accept: QDialogButtonBox.StandardButton,
    accept_text: str,
    cancel_text: str,
    busy_text: str,
    *,
    leading: Sequence[QWidget] = (),
) -> DialogFooter:
    """Build the footer; texts come translated in the dialog's own context."""
    cancel = QDialogButtonBox.StandardButton.Cancel
    buttons = QDialogButtonBox(accept | cancel, dialog)
    accept_button = buttons.button(accept)
    accept_button.setText(accept_text)
    cancel_button = buttons.button(cancel)
    cancel_button.setText(cancel_text)
    busy_label = plain_label(busy_text, dialog)
    busy_label.setWordWrap(False)
    busy_label.setVisible(False)
    layout = QHBoxLayout()
    for widget in leading:
        layout.addWidget(widget)
    layout.addWidget(busy_label)
    layout.addStretch(1)
    layout.addWidget(buttons)
    return DialogFooter(layout, buttons, accept_button, cancel_button, busy_label)
