"""The list of departments on the left: colour, name, an overlay checkbox, a filter box.

The current department fills the calendar; checked departments are overlaid in their
colours. Dropping an event on a department moves it there.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
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
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.display import elided, isolated, tooltip
from desktop.domain.models import Department, Event
from desktop.i18n import tr
from desktop.views.colors import current_colors, department_color
from desktop.views.month_view import EVENT_MIME

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


class _DepartmentList(QListView):
    eventDropped = Signal(object, str)  # noqa: N815  (QMimeData, department id)

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.mimeData().hasFormat(EVENT_MIME):
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


class ResultsState(enum.Enum):
    """Where a search whose results are listed is."""

    SEARCHING = "searching"  # more pages are being read
    CUT = "cut"  # more were found than are listed
    COMPLETE = "complete"


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
        self.filter.setPlaceholderText(tr("DepartmentsPanel", "Find departments and events"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("DepartmentsPanel", "Filter departments"))
        layout.addWidget(self.filter)
        self.model = DepartmentListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._emit_search)
        self.filter.textChanged.connect(lambda _text: self._search_timer.start())
        self.list = _DepartmentList(self)
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(tr("DepartmentsPanel", "Departments"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.list, 1)
        self.results_label = QLabel(self)
        self.results_label.setTextFormat(Qt.TextFormat.PlainText)
        self.results_label.setWordWrap(True)
        self.results_label.hide()
        layout.addWidget(self.results_label)
        self.results = QListWidget(self)
        self.results.setAccessibleName(tr("DepartmentsPanel", "Events found"))
        self.results.setWordWrap(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.hide()
        self.results.itemActivated.connect(self._result_activated)
        self.results.itemClicked.connect(self._result_activated)
        layout.addWidget(self.results, 2)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.eventDropped.connect(self.eventDropped)
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
            self.results.hide()
            self.results_label.hide()
            self.searchChanged.emit("")
            return
        self.searchChanged.emit(text)

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
        if not append:
            self.results.clear()
        for event, department_name, color in found:
            day = locale.toString(
                QDate(event.event_date.year, event.event_date.month, event.event_date.day),
                QLocale.FormatType.ShortFormat,
            )
            item = QListWidgetItem(f"{day}  {isolated(event.title)}\n{elided(department_name)}")
            item.setIcon(color_icon(color))
            item.setData(Qt.ItemDataRole.UserRole, event)
            item.setToolTip(tooltip(event.title))
            self.results.addItem(item)
        count = self.results.count()
        if state is ResultsState.SEARCHING:
            label = tr("DepartmentsPanel", "%n events found so far, searching on…", n=count)
        elif state is ResultsState.CUT:
            label = tr(
                "DepartmentsPanel", "The first %n events found; type more to narrow", n=count
            )
        else:
            label = tr("DepartmentsPanel", "%n events found in the saved months", n=count)
        self.results_label.setText(label)
        self.results_label.show()
        self.results.setVisible(count > 0)

    def _result_activated(self, item: QListWidgetItem) -> None:
        event = item.data(Qt.ItemDataRole.UserRole)
        if event is not None:
            self.resultActivated.emit(event)

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
        if not current.isValid():
            return
        department_id = str(current.data(IdRole))
        if department_id != self.model.current_id:
            self.model.set_current(department_id)
            self.currentChanged.emit(department_id)
