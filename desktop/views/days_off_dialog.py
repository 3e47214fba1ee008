"""Edit ▸ Company days off…: the administrator's days (locked) and the user's own.

The list shows every day off in effect by date. The administrator's are greyed and say so;
they cannot be removed here. The user adds a day (date and name, checked next to the fields)
and removes their own; OK keeps the list, Cancel changes nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.domain.days_off import NAME_LIMIT, DayOff, combined, name_problem
from desktop.domain.display import tooltip
from desktop.i18n import tr
from desktop.views.widgets import (
    ErrorLabel,
    buddy_label,
    dialog_footer,
    dialog_layout,
    edit_date_format,
    plain_label,
    pydate,
    qdate,
)

_CONTEXT = "DaysOffDialog"


class DaysOffDialog(QDialog):
    """Shows ``managed`` (locked) and ``own`` days off; :meth:`own_days` is the user's list."""

    def __init__(
        self,
        managed: list[DayOff],
        own: list[DayOff],
        today: date,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(_CONTEXT, "Company days off"))
        self._locale = locale
        self._managed = list(managed)
        self._own = list(own)
        layout = dialog_layout(self)
        layout.addWidget(
            plain_label(
                tr(
                    _CONTEXT,
                    "These days are shown as holidays in every view and on paper, after any "
                    "public holiday of the day. Add your own; the days set by your "
                    "administrator cannot be removed here.",
                ),
                self,
            )
        )
        self.list = QTreeWidget(self)
        self.list.setObjectName("daysOff")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [tr(_CONTEXT, "Date"), tr(_CONTEXT, "Name"), tr(_CONTEXT, "Set by")]
        )
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list.setAccessibleName(tr(_CONTEXT, "Company days off"))
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        self.remove_button = QPushButton(tr(_CONTEXT, "&Remove"), self)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._remove)

        self.error = ErrorLabel(self)
        self.error.setObjectName("daysOffError")
        fields = QGridLayout()
        fields.setHorizontalSpacing(8)
        self.date_edit = QDateEdit(qdate(today), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(edit_date_format(locale))
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_LIMIT + 1)  # one more: the message says the limit
        self.name_edit.setPlaceholderText(tr(_CONTEXT, "for example 창립기념일"))
        self.name_edit.returnPressed.connect(self._add)
        self.name_edit.textEdited.connect(lambda _text: self.error.set_message(""))
        self.date_edit.dateChanged.connect(lambda _day: self.error.set_message(""))
        self.add_button = QPushButton(tr(_CONTEXT, "&Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        fields.addWidget(buddy_label(tr(_CONTEXT, "Da&te:"), self.date_edit, self), 0, 0)
        fields.addWidget(self.date_edit, 0, 1)
        fields.addWidget(buddy_label(tr(_CONTEXT, "&Name:"), self.name_edit, self), 0, 2)
        fields.addWidget(self.name_edit, 0, 3)
        fields.addWidget(self.add_button, 0, 4)
        fields.setColumnStretch(3, 1)
        fields.addWidget(self.error, 1, 1, 1, 4)
        layout.addLayout(fields)

        footer = dialog_footer(
            self,
            QDialogButtonBox.StandardButton.Ok,
            tr(_CONTEXT, "OK"),
            tr(_CONTEXT, "Cancel"),
            "",
            leading=[self.remove_button],
        )
        footer.buttons.accepted.connect(self.accept)
        footer.buttons.rejected.connect(self.reject)
        self.ok_button = footer.accept_button
        self.ok_button.setAutoDefault(False)
        layout.addLayout(footer.layout)
        self.resize(560, 420)
        self._fill()

    def own_days(self) -> list[DayOff]:
        """The user's own days off as the dialog has them now."""
        return sorted(self._own)

    # --- internals ----------------------------------------------------------------------------

    def _fill(self, select: date | None = None) -> None:
        self.list.clear()
        greyed = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        locked_tip = tooltip(tr(_CONTEXT, "Set by your administrator: it cannot be removed here."))
        for day_off in combined(self._managed, self._own):
            text = self._locale.toString(qdate(day_off.day), edit_date_format(self._locale))
            who = tr(_CONTEXT, "Your administrator") if day_off.managed else tr(_CONTEXT, "You")
            item = QTreeWidgetItem([text, day_off.name, who])
            item.setData(0, Qt.ItemDataRole.UserRole, day_off)
            if day_off.managed:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, never selected or removed
                for column in range(3):
                    item.setForeground(column, greyed)
                    item.setToolTip(column, locked_tip)
            self.list.addTopLevelItem(item)
            if select == day_off.day and not day_off.managed:
                self.list.setCurrentItem(item)

    def _selected(self) -> DayOff | None:
        items = self.list.selectedItems()
        if not items:
            return None
        day_off = items[0].data(0, Qt.ItemDataRole.UserRole)
        return day_off if isinstance(day_off, DayOff) and not day_off.managed else None

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self._selected() is not None)

    def _add(self) -> None:
        day = pydate(self.date_edit.date())
        name = self.name_edit.text().strip()
        problem = name_problem(name)
        taken = {d.day: d for d in [*self._managed, *self._own]}
        if not problem and day in taken:
            existing = taken[day]
            problem = (
                tr(_CONTEXT, "Your administrator already made this day a day off.")
                if existing.managed
                else tr(_CONTEXT, "This day is already in your list: remove it first.")
            )
        if problem:
            self.error.set_message(problem)
            self.name_edit.setFocus()
            return
        self.error.set_message("")
        self._own.append(DayOff(day, name))
        self.name_edit.clear()
        self._fill(select=day)

    def _remove(self) -> None:
        day_off = self._selected()
        if day_off is None:
            return
        self._own = [d for d in self._own if d != day_off]
        self._fill()
        self.remove_button.setEnabled(False)
