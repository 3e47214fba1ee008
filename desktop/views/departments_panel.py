"""The list of departments on the left: colour, name, an overlay checkbox, a filter box.

The current department fills the calendar; checked departments are overlaid in their
colours. Dropping an event on a department moves it there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.display import elided, tooltip
from desktop.domain.models import Department, Event
from desktop.i18n import tr
from desktop.views.calendar_view import Editable
from desktop.views.colors import current_colors, department_color
from desktop.views.month_view import EVENT_MIME
from desktop.views.search_results import ResultsState, SearchResults

_Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1


def color_icon(color: QColor, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # A darker edge: the swatch stays visible on a selected row's highlight of the same hue.
    painter.setPen(QPen(color.darker(170), 1))
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
    painter.end()
    return QIcon(pixmap)


class DepartmentListModel(QAbstractListModel):
    overlaysChanged = Signal()  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.departments: list[Department] = []
        self.overlays: set[str] = set()
        self.current_id: str | None = None
        self._icons: dict[str, QIcon] = {}

    def set_departments(self, departments: list[Department]) -> None:
        self.beginResetModel()
        self.departments = list(departments)
        known = {d.id for d in departments}
        self.overlays &= known
        self.endResetModel()

    def department(self, department_id: str | None) -> Department | None:
        return next((d for d in self.departments if d.id == department_id), None)

    def row_of(self, department_id: str) -> int:
        return next((i for i, d in enumerate(self.departments) if d.id == department_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.departments)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.departments):
            return None
        department = self.departments[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return elided(department.name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(department.description or department.name)
        if role == Qt.ItemDataRole.DecorationRole:
            if department.id not in self._icons:
                self._icons[department.id] = color_icon(department_color(department.id))
            return self._icons[department.id]
        if role == Qt.ItemDataRole.CheckStateRole:
            if department.id == self.current_id:
                return Qt.CheckState.Checked
            checked = department.id in self.overlays
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return (
                tr("DepartmentsPanel", "Shown in the calendar")
                if (department.id in self.overlays or department.id == self.current_id)
                else ""
            )
        if role == IdRole:
            return department.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )
        if self.departments[index.row()].id != self.current_id:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        department = self.departments[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self.overlays.add(department.id)
        else:
            self.overlays.discard(department.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.overlaysChanged.emit()
        return True

    def colors_changed(self) -> None:
        """A department's colour changed: the swatches are drawn again."""
        self._icons.clear()
        if self.departments:
            last = self.index(len(self.departments) - 1)
            self.dataChanged.emit(self.index(0), last, [Qt.ItemDataRole.DecorationRole])

    def set_current(self, department_id: str | None) -> None:
        self.current_id = department_id
        if self.departments:
            self.dataChanged.emit(self.index(0), self.index(len(self.departments) - 1))

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [EVENT_MIME]


class _DepartmentList(QListView, Editable):
    """The departments. Arrows show a department; Ctrl+arrows move to a row without showing
    it, Space ticks or unticks that row (an overlay), Enter shows it."""

    eventDropped = Signal(object, str)  # noqa: N815  (QMimeData, department id)
    showRequested = Signal()  # noqa: N815  Enter on a row moved to with Ctrl+arrows

    browsing = False  # the current row moves without showing its department

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, control = event.key(), event.modifiers() == Qt.KeyboardModifier.ControlModifier
        index = self.currentIndex()
        moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if key == Qt.Key.Key_Space and not event.modifiers() and index.isValid():
            if index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
                self.model().setData(index, state.value, Qt.ItemDataRole.CheckStateRole)
            event.accept()
        elif control and key in moves and index.isValid():
            row = min(max(index.row() + moves[Qt.Key(key)], 0), self.model().rowCount() - 1)
            self.browsing = True
            try:
                self.selectionModel().setCurrentIndex(
                    self.model().index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            finally:
                self.browsing = False
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.showRequested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self.editable and event.mimeData().hasFormat(EVENT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        if event.mimeData().hasFormat(EVENT_MIME) and index.isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        if not index.isValid() or not event.mimeData().hasFormat(EVENT_MIME):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.eventDropped.emit(event.mimeData(), str(index.data(IdRole)))


class DepartmentsPanel(QWidget):
    currentChanged = Signal(str)  # noqa: N815
    overlaysChanged = Signal()  # noqa: N815
    eventDropped = Signal(object, str)  # noqa: N815
    searchChanged = Signal(str)  # noqa: N815  (debounced; "" clears)
    resultActivated = Signal(object)  # noqa: N815  (Event)

    SEARCH_MIN_CHARS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(self)
        # The search box finds events; it never hides departments. Esc clears it.
        self.filter.setPlaceholderText(tr("DepartmentsPanel", "Find events"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("DepartmentsPanel", "Find events"))
        layout.addWidget(self.filter)
        self.model = DepartmentListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._emit_search)
        self.filter.textChanged.connect(lambda _text: self._search_timer.start())
        self.list = _DepartmentList(self)
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(tr("DepartmentsPanel", "Departments"))
        self.list.setAccessibleDescription(
            tr(
                "DepartmentsPanel",
                "Arrow keys show a department. Ctrl+arrow keys move without showing it, Space "
                "ticks it to overlay its events, Enter shows it.",
            )
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.list, 1)
        self.found = SearchResults(self)
        self.found.activated.connect(self.resultActivated)
        self.results, self.results_label = self.found.list, self.found.label
        layout.addWidget(self.found, 2)
        for widget in (self.filter, self.results):
            escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), widget)
            escape.setContext(Qt.ShortcutContext.WidgetShortcut)
            escape.activated.connect(self.clear_search)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.eventDropped.connect(self.eventDropped)
        self.list.showRequested.connect(lambda: self._show_row(self.list.currentIndex()))
        self.model.overlaysChanged.connect(self.overlaysChanged)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        current_colors().changed.connect(self.model.colors_changed)

    def context_menu(self, department_id: str) -> QMenu:
        """The menu of a department in the list: its colour."""
        from desktop.views.color_menu import color_menu

        department = self.model.department(department_id)
        name = department.name if department else ""
        return color_menu(self, current_colors(), department_id, name)

    def _context_menu(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        if index.isValid():
            menu = self.context_menu(str(index.data(IdRole)))
            menu.exec(self.list.viewport().mapToGlobal(position))
            menu.deleteLater()

    def _emit_search(self) -> None:
        text = self.filter.text().strip()
        if len(text) < self.SEARCH_MIN_CHARS:
            self.found.clear()
            self.searchChanged.emit("")
            return
        self.searchChanged.emit(text)

    def clear_search(self) -> None:
        """Esc: empty the search box and put the results away at once."""
        self.filter.clear()
        self._search_timer.stop()
        self._emit_search()
        self.filter.setFocus()

    def show_results(
        self,
        text: str,
        found: list[tuple[Event, str, QColor]],
        locale: QLocale,
        *,
        append: bool = False,
        state: ResultsState = ResultsState.COMPLETE,
    ) -> None:
        """Events whose title or description matched, from every cached month (offline too):
        the first page, or the next one after those listed (``append``)."""
        if text != self.filter.text().strip():
            return  # the user typed on
        self.found.show_results(found, locale, append=append, state=state)

    def set_departments(self, departments: list[Department], current_id: str | None) -> None:
        # The department shown takes the first free colour (desktop.views.colors), before the
        # list draws any swatch.
        current_colors().take([current_id] if current_id else [])
        self.list.selectionModel().blockSignals(True)
        self.model.set_departments(departments)
        self.list.selectionModel().blockSignals(False)
        self.select(current_id)

    def select(self, department_id: str | None) -> None:
        row = self.model.row_of(department_id) if department_id else -1
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        self.model.set_current(department_id)
        if index.isValid():
            self.list.setCurrentIndex(index)

    def current_id(self) -> str | None:
        return self.model.current_id

    def shown_ids(self) -> list[str]:
        """The current department first, then overlays, in list order."""
        current = self.model.current_id
        ids = [current] if current else []
        ids += [
            d.id for d in self.model.departments if d.id in self.model.overlays and d.id != current
        ]
        return ids

    def set_overlays(self, ids: set[str]) -> None:
        self.model.overlays = set(ids) & {d.id for d in self.model.departments}
        self.model.set_current(self.model.current_id)
        # The departments shown take the first free colours, the others follow in list order.
        current_colors().take([*self.shown_ids(), *(d.id for d in self.model.departments)])

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self.list.browsing:
            self._show_row(current)

    def _show_row(self, current: QModelIndex) -> None:
        if not current.isValid():
            return
        self.list.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        department_id = str(current.data(IdRole))
        if department_id != self.model.current_id:
            self.model.set_current(department_id)
            self.currentChanged.emit(department_id)
