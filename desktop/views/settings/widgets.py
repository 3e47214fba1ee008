"""Small parts of the settings dialog: padlock, field notes, the connection test's checklist."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.views.colors import is_dark, sunday_color
from desktop.views.widgets import ErrorLabel, plain_label
from desktop.workers.connection_check import CheckLine

_CONTEXT = "SettingsDialog"

GREEN = QColor("#188038")
DARK_GREEN = QColor("#81c995")


def lock_pixmap(size: int, color: QColor, ratio: float = 1.0) -> QPixmap:
    """A padlock drawn with the painter (no emoji font needed)."""
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, max(1.4, size / 9))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QRectF(size * 0.3, size * 0.08, size * 0.4, size * 0.5)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(
        QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), size * 0.45)
    )
    painter.drawLine(
        QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), size * 0.45)
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(size * 0.18, size * 0.42, size * 0.64, size * 0.5), 2, 2)
    painter.end()
    return pixmap


def set_text_color(widget: QWidget, color: QColor) -> None:
    """Colour a label's text, on the window's background and on a list's (``Base``)."""
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.WindowText, color)
    palette.setColor(QPalette.ColorRole.Text, color)
    widget.setPalette(palette)


def muted(label: QLabel, *, italic: bool = False, smaller: bool = True) -> QLabel:
    """A secondary note: the palette's placeholder colour, a little smaller."""
    set_text_color(label, label.palette().color(QPalette.ColorRole.PlaceholderText))
    font = QFont(label.font())
    if smaller and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.92)
    font.setItalic(italic)
    label.setFont(font)
    return label


class LockNote(QWidget):
    """ "Set by your administrator", with a padlock; hidden unless the setting is managed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.icon = QLabel(self)
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        height = self.fontMetrics().height()
        self.icon.setPixmap(lock_pixmap(height, color, self.devicePixelRatioF()))
        self.label = muted(plain_label(tr(_CONTEXT, "Set by your administrator"), self))
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()


class IntroPanel(QFrame):
    """The first start's welcome: what the dialog is for, and (where the demo can run) that the
    demo needs nothing."""

    def __init__(self, parent: QWidget | None = None, *, demo: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("intro")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        title = plain_label(tr(_CONTEXT, "Welcome to Department Calendar"), self)
        title_font = QFont(title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9) * 1.15)
        title.setFont(title_font)
        text = tr(
            _CONTEXT,
            "Department Calendar needs to know where your department's calendar is "
            "stored: two tables in Amazon DynamoDB (an AWS database), the same ones the "
            "web calendar uses. Your administrator can tell you the region, the table "
            "names and how to sign in.",
        )
        if demo:
            text += " " + tr(
                _CONTEXT,
                "To look around first, try the demo: it needs no AWS account and saves nothing.",
            )
        self.label = plain_label(text, self)
        layout.addWidget(title)
        layout.addWidget(self.label)


class ManagedNote(QWidget):
    """A padlock and "Some settings are managed by your organisation…"."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(self)
        # The dialog's font and text colour, as the padlock stands at the dialog's top.
        icon.setPixmap(
            lock_pixmap(
                parent.fontMetrics().height(),
                parent.palette().color(QPalette.ColorRole.WindowText),
                parent.devicePixelRatioF(),
            )
        )
        self.label = plain_label(
            tr(
                _CONTEXT,
                "Some settings are managed by your organisation and cannot be changed here.",
            ),
            self,
        )
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)


class FieldNotes(QWidget):
    """Under a field: its problem (red), a lock note and an override note, each if any."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.error = ErrorLabel(self)
        self.lock = LockNote(self)
        self.lock.setVisible(False)
        self.override = muted(plain_label("", self))
        self.override.setVisible(False)
        layout.addWidget(self.error)
        layout.addWidget(self.lock)
        layout.addWidget(self.override)
        self._update()

    def set_error(self, text: str) -> None:
        self.error.set_message(text)
        self._update()

    def set_locked(self, locked: bool) -> None:
        self.lock.setVisible(locked)
        self._update()

    def set_override(self, text: str) -> None:
        self.override.setText(text)
        self.override.setVisible(bool(text))
        self._update()

    def _update(self) -> None:
        self.setVisible(
            bool(self.error.message()) or not self.lock.isHidden() or not self.override.isHidden()
        )


def field_block(field: QWidget | QLayout, notes: QWidget) -> QLayout:
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(3)
    if isinstance(field, QLayout):
        box.addLayout(field)
    else:
        box.addWidget(field)
    box.addWidget(notes)
    return box


class Checklist(QScrollArea):
    """The connection test's result: one line per check, a ✓ or ✗ and plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setMinimumHeight(160)
        self._body = QWidget(self)
        self._body.setBackgroundRole(QPalette.ColorRole.Base)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(10, 8, 10, 8)
        self._layout.setSpacing(10)
        self.setWidget(self._body)
        self.message = muted(plain_label("", self._body), smaller=False)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.message)
        self._layout.addStretch(1)
        self._rows: list[QWidget] = []
        self._texts: list[str] = []
        self.lines: list[CheckLine] = []
        self.notice = ""  # shown above the lines, not a check of its own

    def set_message(self, text: str) -> None:
        """A message instead of lines (before a test, while testing)."""
        self._clear()
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_lines(self, lines: list[CheckLine], note: str = "", notice: str = "") -> None:
        """The checks, a ``note`` above them, and a ``notice`` (a warning that is no check)."""
        self._clear()
        self.lines = list(lines)
        self.message.setText(note)
        self.message.setVisible(bool(note))
        if notice:
            self.notice = notice
            row = self._notice_row(notice)
            self._layout.insertWidget(self._layout.count() - 1, row)
            self._rows.append(row)
        for line in lines:
            row = self._row(line)
            self._layout.insertWidget(self._layout.count() - 1, row)
            self._rows.append(row)
            mark = "✓" if line.ok else "✗"
            self._texts.append(f"{mark} {line.text}" + (f"\n{line.advice}" if line.advice else ""))

    def texts(self) -> list[str]:
        """Each line as shown: the mark, the text and the advice (for tests and copying)."""
        return list(self._texts)

    def _clear(self) -> None:
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows.clear()
        self._texts.clear()
        self.lines = []
        self.notice = ""

    def _row(self, line: CheckLine) -> QWidget:
        row = QWidget(self._body)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        mark = QLabel("✓" if line.ok else "✗", row)
        mark.setAccessibleName(tr(_CONTEXT, "Passed") if line.ok else tr(_CONTEXT, "Failed"))
        font = QFont(mark.font())
        font.setBold(True)
        mark.setFont(font)
        dark = is_dark(self.palette())
        color = (DARK_GREEN if dark else GREEN) if line.ok else sunday_color(self.palette())
        set_text_color(mark, color)
        mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        mark.setFixedWidth(mark.fontMetrics().horizontalAdvance("✗") + 6)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(2)
        text = plain_label(line.text, row)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(text)
        if line.advice:
            advice = muted(plain_label(line.advice, row))
            advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            texts.addWidget(advice)
        layout.addWidget(mark)
        layout.addLayout(texts, 1)
        return row

    def _notice_row(self, notice: str) -> QWidget:
        row = QWidget(self._body)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        mark = QLabel("i", row)
        mark.setAccessibleName(tr(_CONTEXT, "Note"))
        font = QFont(mark.font())
        font.setBold(True)
        font.setItalic(True)
        mark.setFont(font)
        set_text_color(mark, self.palette().color(QPalette.ColorRole.Link))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        mark.setFixedWidth(mark.fontMetrics().horizontalAdvance("✗") + 6)
        text = plain_label(notice, row)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(mark)
        layout.addWidget(text, 1)
        return row


def credential_edit(name: str, parent: QWidget | None, *, hidden: bool = False) -> QLineEdit:
    """A field for a sign-in value: no predictions or learning by the input method; ``hidden``
    (a secret) shows dots and is never offered to the input method."""
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    hints = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
    if hidden:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        hints |= Qt.InputMethodHint.ImhHiddenText
    edit.setInputMethodHints(hints)
    return edit


def settings_form() -> QFormLayout:
    """A form as the dialog's: labels right-aligned, fields growing, rows never wrapped."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(8)
    return form


def form_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(buddy)
    return label
