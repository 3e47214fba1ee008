"""Help ▸ Licences: the app's licence, Qt's notice and texts, and each third-party notice.

A list on the left, the chosen text on the right. The texts are other projects' files: they
are shown as plain text (a QPlainTextEdit, read-only), never interpreted as rich text. The
files (about 170 KB) are read on a worker (:func:`desktop.licenses.read_license_texts`, 3 ms);
the dialog says "Loading…" until they arrive.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from desktop.i18n import tr
from desktop.licenses import (
    APP_LICENSE,
    GPL,
    LGPL,
    QT_NOTICE,
    THIRD_PARTY,
    LicenseTexts,
    read_license_texts,
)
from desktop.views.widgets import ErrorLabel, dialog_layout, plain_label
from desktop.workers.tasks import TaskRunner

_CONTEXT = "LicensesDialog"
_TEXT_ROLE = Qt.ItemDataRole.UserRole


class LicensesDialog(QDialog):
    """The licence texts, chosen from a list."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(_CONTEXT, "Licences"))
        self.setSizeGripEnabled(True)
        self.setMinimumSize(560, 360)
        self.intro = plain_label(
            tr(
                _CONTEXT,
                "Department Calendar is free software under the MIT licence. It is built with "
                "Qt, used under the GNU LGPL v3, and the other software listed here, each "
                "under its own licence.",
            ),
            self,
        )
        self.missing_note = ErrorLabel(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr(_CONTEXT, "Software"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(tr(_CONTEXT, "Licence text"))
        self.text.setPlainText(tr(_CONTEXT, "Loading…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr(_CONTEXT, "Close"))
        buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(self.list, 1)
        columns.addWidget(self.text, 3)
        layout = dialog_layout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.missing_note)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)

        self.list.currentItemChanged.connect(self._show)
        self.loaded = False
        runner.submit(read_license_texts, self._fill, self._failed, key=f"licenses-{id(self)}")

    def titles(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def choose(self, title: str) -> None:
        """Show the text listed as ``title``."""
        found = self.list.findItems(title, Qt.MatchFlag.MatchExactly)
        if found:
            self.list.setCurrentItem(found[0])

    def _fill(self, texts: LicenseTexts) -> None:
        files = texts.files
        entries = [
            (tr(_CONTEXT, "Department Calendar (MIT)"), files.get(APP_LICENSE)),
            (tr(_CONTEXT, "Qt and Qt for Python (LGPL v3)"), files.get(QT_NOTICE)),
            (tr(_CONTEXT, "GNU LGPL v3 (full text)"), files.get(LGPL)),
            (tr(_CONTEXT, "GNU GPL v3 (full text)"), files.get(GPL)),
        ]
        entries += [(f"{p.name} {p.version}", p.text) for p in texts.third_party]
        if THIRD_PARTY in files and not texts.third_party:
            entries.append((tr(_CONTEXT, "Third-party notices"), files[THIRD_PARTY]))
        for title, text in entries:
            if text is not None:
                item = QListWidgetItem(title, self.list)
                item.setData(_TEXT_ROLE, text)
        self.loaded = True
        if texts.missing:
            self.missing_note.set_message(
                tr(
                    _CONTEXT,
                    "Some licence files are missing from this copy of Department Calendar: "
                    "{files}. They come with the app's source (LICENSE and resources/licenses/).",
                ).format(files=", ".join(texts.missing))
            )
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.text.clear()

    def _failed(self, error: BaseException) -> None:
        """A bug (reported by the runner): say so instead of "Loading…" for ever."""
        self.loaded = True
        self.text.clear()
        self.missing_note.set_message(
            tr(_CONTEXT, "The licence texts could not be read: {error}").format(error=error)
        )

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.text.setPlainText(str(item.data(_TEXT_ROLE)))
            self.text.moveCursor(self.text.textCursor().MoveOperation.Start)
