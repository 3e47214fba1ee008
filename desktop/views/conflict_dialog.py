"""Someone else changed (or deleted) the event being saved: compare and choose.

Both versions are shown field by field in a table of plain-text cells; rows that differ are
bold and tinted. The dialog only records the choice; the window carries it out.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.display import LINE_LIMIT, TEXT_LIMIT, elided, isolated
from desktop.domain.models import Event
from desktop.i18n import tr
from desktop.views.colors import is_dark
from desktop.views.formats import shown_time
from desktop.views.widgets import plain_label, qdate

_CONTEXT = "ConflictDialog"
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 1  # bool, on every cell of a row that differs
_EMPTY = "—"


class ConflictChoice(Enum):
    KEEP_THEIRS = "keep_theirs"  # theirs stays; when deleted: discard mine
    OVERWRITE = "overwrite"  # mine replaces theirs; when deleted: restore mine
    SAVE_AS_NEW = "save_as_new"  # mine becomes a separate new event


class ConflictDialog(QDialog):
    """Their version against yours; after ``exec()`` :attr:`choice` says what to do."""

    FIELD_COLUMN, THEIRS_COLUMN, MINE_COLUMN = 0, 1, 2

    def __init__(
        self,
        mine: Event,
        theirs: Event | None,
        department_names: dict[str, str],
        locale: QLocale,
        parent: QWidget | None = None,
        *,
        deleting: bool = False,
    ) -> None:
        super().__init__(parent)
        self.mine = mine
        self.deleting = deleting
        self.theirs = theirs
        self.choice: ConflictChoice | None = None
        self._names = dict(department_names)
        self._locale = locale
        deleted = theirs is None
        self.setLocale(locale)
        self.setWindowTitle(
            tr(_CONTEXT, "Event deleted by someone else")
            if deleted
            else tr(_CONTEXT, "Someone else changed this event")
        )
        self.setMinimumSize(560, 380)
        self.setSizeGripEnabled(True)

        if deleting:
            text = tr(
                _CONTEXT,
                "You deleted “{title}”, but someone else changed it before your deletion "
                "reached the shared calendar. Keep their version, or delete it anyway.",
            ).format(title=isolated(mine.title))
        elif deleted:
            text = tr(
                _CONTEXT,
                "Someone else deleted “{title}” while you were editing it. You can restore "
                "your version, save it as a new event, or discard it.",
            ).format(title=isolated(mine.title))
        else:
            text = tr(
                _CONTEXT,
                "Someone else saved a change to “{title}” while you were editing it. Compare "
                "the two versions and choose which to keep.",
            ).format(title=isolated(theirs.title if theirs is not None else mine.title))
        self.explanation = plain_label(text, self)
        self.explanation.setObjectName("explanation")
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(self)
        self.table.setAccessibleName(tr(_CONTEXT, "Comparison of the two versions"))
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(
            [
                tr(_CONTEXT, "Field"),
                tr(_CONTEXT, "Their version (deleted)")
                if deleted
                else tr(_CONTEXT, "Their version"),
                tr(_CONTEXT, "Your version (deleted)")
                if deleting
                else tr(_CONTEXT, "Your version"),
            ]
        )
        rows_header = self.table.verticalHeader()
        rows_header.setVisible(False)
        # Rows follow their wrapped text whenever the columns change width.
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableWidget::item { padding: 4px 1px; }")
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.FIELD_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.THEIRS_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.MINE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._fill()

        self.keep_button = QPushButton(
            tr(_CONTEXT, "Discard mine") if deleted else tr(_CONTEXT, "Keep theirs"), self
        )
        self.keep_button.setToolTip(
            tr(_CONTEXT, "Throw away your changes; the event stays deleted.")
            if deleted
            else tr(_CONTEXT, "Throw away your changes and keep their version.")
        )
        self.overwrite_button = QPushButton(
            tr(_CONTEXT, "Restore mine") if deleted else tr(_CONTEXT, "Overwrite with mine"), self
        )
        self.overwrite_button.setToolTip(
            tr(_CONTEXT, "Save your version again under the same event.")
            if deleted
            else tr(_CONTEXT, "Replace their version with yours.")
        )
        self.new_button = QPushButton(tr(_CONTEXT, "Save mine as a new event"), self)
        self.new_button.setToolTip(
            tr(_CONTEXT, "Keep their version and add yours as a separate event.")
        )
        if deleting:
            self.keep_button.setToolTip(tr(_CONTEXT, "Do not delete it; keep their version."))
            self.overwrite_button.setText(tr(_CONTEXT, "Delete anyway"))
            self.overwrite_button.setToolTip(tr(_CONTEXT, "Delete their version too."))
            self.new_button.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        for button, choice in (
            (self.keep_button, ConflictChoice.KEEP_THEIRS),
            (self.overwrite_button, ConflictChoice.OVERWRITE),
            (self.new_button, ConflictChoice.SAVE_AS_NEW),
        ):
            # No default button: Enter must never pick a version by accident.
            button.setAutoDefault(False)
            button.setDefault(False)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(680, 400)

    # --- the comparison ---------------------------------------------------------------------------

    def rows(self) -> list[tuple[str, str, str]]:
        """(field label, their text, your text) for each compared field."""
        theirs = self.theirs
        return [
            (
                tr(_CONTEXT, "Title"),
                theirs.title if theirs else "",
                self.mine.title,
            ),
            (
                tr(_CONTEXT, "Date"),
                self._date_text(theirs.event_date) if theirs else "",
                self._date_text(self.mine.event_date),
            ),
            # Written the user's way: "14:00" and "오후 2:00" are the same time, not a conflict.
            (
                tr(_CONTEXT, "Time"),
                shown_time(theirs.time) if theirs else "",
                shown_time(self.mine.time),
            ),
            (
                tr(_CONTEXT, "Department"),
                self._department_text(theirs.department_id) if theirs else "",
                self._department_text(self.mine.department_id),
            ),
            (
                tr(_CONTEXT, "Description"),
                theirs.description if theirs else "",
                self.mine.description,
            ),
            (tr(_CONTEXT, "Link"), theirs.url if theirs else "", self.mine.url),
        ]

    def differing_rows(self) -> list[int]:
        differing = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.FIELD_COLUMN)
            if item is not None and item.data(DIFFERS_ROLE):
                differing.append(row)
        return differing

    def _fill(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        highlight = _highlight(self.palette())
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row, (label, their_text, my_text) in enumerate(rows):
            differs = self.theirs is not None and their_text != my_text
            texts = (label, their_text, my_text)
            # Compared in full, shown elided: the editor has the whole text.
            limit = TEXT_LIMIT if row == _DESCRIPTION_ROW else LINE_LIMIT
            for column, text in enumerate(texts):
                shown = elided(text, limit) if text or column == self.FIELD_COLUMN else _EMPTY
                item = QTableWidgetItem(shown)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                item.setData(DIFFERS_ROLE, differs)
                if self.theirs is None and column == self.THEIRS_COLUMN:
                    item.setText(tr(_CONTEXT, "(deleted)") if row == 0 else "")
                    item.setForeground(muted)
                elif not text and column != self.FIELD_COLUMN:
                    item.setForeground(muted)
                if differs:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(highlight)
                if column == self.FIELD_COLUMN and differs:
                    item.setData(
                        Qt.ItemDataRole.AccessibleDescriptionRole, tr(_CONTEXT, "Different")
                    )
                self.table.setItem(row, column, item)
        self.table.setCurrentCell(-1, -1)

    def _date_text(self, day: date) -> str:
        return self._locale.toString(qdate(day), QLocale.FormatType.LongFormat)

    def _department_text(self, department_id: str) -> str:
        return self._names.get(department_id) or department_id

    # --- the choice -------------------------------------------------------------------------------

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = None
        super().reject()


_DESCRIPTION_ROW = 4  # in :meth:`ConflictDialog.rows`


def _highlight(palette: QPalette) -> QColor:
    """A soft amber tint for rows that differ, readable in light and dark palettes."""
    return QColor("#5a4a12") if is_dark(palette) else QColor("#fff3c4")
