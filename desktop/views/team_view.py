"""The team week: who does what this week, one row per department, one column per day.

The rows are the departments shown (the current one and the ticked overlays, in the list's
order), or every department with "All departments" ticked (kept in the settings; the window
then reads every department's months: ``DepartmentsLoader.shown_ids``). A drag to another row
moves the event to that department, to another column to that day, on a diagonal both at once;
every change goes through the outbox with Undo, as in the month grid.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.calendar import DAYS, week_start
from desktop.domain.display import TEXT_LIMIT, elided
from desktop.i18n import tr
from desktop.settings import Setting
from desktop.views.calendar_view import Span, ViewKind
from desktop.views.colors import department_color
from desktop.views.team_grid import TeamGrid
from desktop.views.team_model import Row, TeamModel

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow
    from desktop.views.month_model import DayEntry
    from desktop.workers.months import DayLists

ALL_DEPARTMENTS = Setting(
    "view/team_all", bool, False, "The team week shows every department, not only those ticked"
)


def team_title(locale: QLocale, first: date) -> str:
    """``Team week: Nov 30 – Dec 6, 2026`` / ``팀 주간: 2026년 11월 30일 – 12월 6일``."""
    last = first + timedelta(days=DAYS - 1)
    # A date pattern for QLocale (its month names): "MMM d" reads "Nov 30", "11월 30일".
    pattern = tr("TeamView", "MMM d")

    def text(day: date) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), pattern)

    if first.year == last.year:
        return tr("TeamView", "Team week: {first} – {last}, {year}").format(
            first=text(first), last=text(last), year=first.year
        )
    return tr("TeamView", "Team week: {first}, {first_year} – {last}, {last_year}").format(
        first=text(first), first_year=first.year, last=text(last), last_year=last.year
    )


class TeamView(QWidget):
    """The team week (a :class:`~desktop.views.calendar_view.CalendarView`)."""

    kind = ViewKind.TEAM

    eventSelected = Signal(object)  # noqa: N815  DayEntry | None
    eventActivated = Signal(object)  # noqa: N815  DayEntry: edit it
    newEventRequested = Signal(object)  # noqa: N815  date (the window's, for the current one)
    dayExpanded = Signal(object)  # noqa: N815  date
    eventDropped = Signal(object, object)  # noqa: N815  (DayEntry, date)
    monthStep = Signal(int)  # noqa: N815  -1 / +1: a week
    todayRequested = Signal()  # noqa: N815
    deleteRequested = Signal(object)  # noqa: N815  DayEntry
    menuRequested = Signal(object, object, QPoint)  # noqa: N815  (date, DayEntry | None, global)
    # The team week's own: a drag to another row (and maybe day), a new event in a row.
    eventMoved = Signal(object, str, object)  # noqa: N815  (DayEntry, department id, date)
    newEventInDepartment = Signal(object, str)  # noqa: N815  (date, department id)

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self.setObjectName("teamView")
        self.model = TeamModel(window.locale_, self)
        self.grid = TeamGrid(self.model, self)
        self.all_check = QCheckBox(tr("TeamView", "All departments"), self)
        self.all_check.setToolTip(
            tr("TeamView", "Show every department, not only the ones ticked in the list")
        )
        # Kept in Python too: the window asks while it is being torn down.
        self._all = bool(window.settings.get(ALL_DEPARTMENTS))
        self.all_check.setChecked(self._all)
        self.all_check.toggled.connect(self._all_toggled)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addStretch(1)
        bar.addWidget(self.all_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        self.setFocusProxy(self.grid)

        self._busy_label = QLabel(tr("MonthView", "Loading…"), self.grid.viewport())
        self._busy_label.setObjectName("teamBusy")
        self._busy_label.setTextFormat(Qt.TextFormat.PlainText)
        self._busy_label.setWordWrap(True)
        self._busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._busy_label.setAutoFillBackground(True)
        self._busy_label.setMargin(10)
        self._busy_label.hide()
        self.grid.viewport().installEventFilter(self)

        grid = self.grid
        grid.eventSelected.connect(self.eventSelected)
        grid.eventActivated.connect(self.eventActivated)
        grid.dayExpanded.connect(self.dayExpanded)
        grid.eventDropped.connect(self.eventDropped)
        grid.monthStep.connect(self.monthStep)
        grid.todayRequested.connect(self.todayRequested)
        grid.deleteRequested.connect(self.deleteRequested)
        grid.menuRequested.connect(self.menuRequested)
        grid.eventMoved.connect(self.eventMoved)
        grid.newEventRequested.connect(self.newEventInDepartment)
        self.eventMoved.connect(self._move)
        self.newEventInDepartment.connect(self._new_event)

    # --- the rows -----------------------------------------------------------------------------

    @property
    def all_departments(self) -> bool:
        """Every department is shown (the window reads them all while this view is shown)."""
        return self._all

    def _all_toggled(self, checked: bool) -> None:
        window = self._window
        self._all = checked
        window.settings.set(ALL_DEPARTMENTS, checked)
        views = getattr(window, "views", None)
        if views is not None and views.current is self:
            window.presenter.show_day(window.presenter.anchor)

    def _update_rows(self) -> None:
        window = self._window
        if getattr(window, "loader", None) is None:
            return  # built with the window, before its departments are
        shown = set(window.shown_department_ids())
        self.model.set_rows(
            [Row(d.id, d.name, department_color(d.id)) for d in window.departments if d.id in shown]
        )

    # --- editing paths of its own -------------------------------------------------------------

    def _move(self, entry: DayEntry, department_id: str, day: date) -> None:
        original = entry.event
        self._window.editing.write_change(
            original, original.with_changes(department_id=department_id, event_date=day)
        )

    def _new_event(self, day: date, department_id: str) -> None:
        self._window.editing.new_event(day, department_id)

    # --- a view of the calendar (desktop.views.calendar_view) ---------------------------------

    def span(self, anchor: date, first_weekday: int) -> Span:
        first = week_start(anchor, first_weekday)
        return Span.of_days(first, first + timedelta(days=DAYS - 1))

    def step(self, anchor: date, steps: int) -> date:
        return anchor + timedelta(days=7 * steps)

    def title(self, locale: QLocale, anchor: date) -> str:
        return team_title(locale, week_start(anchor, self._window.model.first_weekday))

    def show_anchor(self, anchor: date, today: date, first_weekday: int) -> None:
        self._update_rows()
        self.model.set_week(week_start(anchor, first_weekday), today)
        if not self.grid.currentIndex().isValid() and self.model.rowCount():
            self.grid.select_cell(0, max(0, self.model.column_of(anchor)))
        self.grid.fit_rows()

    def show_entries(self, entries: DayLists[DayEntry]) -> None:
        self._update_rows()
        self.model.set_entries(entries)
        self.grid.fit_rows()

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        self.model.set_holidays(holidays)

    def set_busy(self, busy: bool, text: str = "") -> None:
        """A note over the table: loading, or days never fetched while offline."""
        self._busy_label.setText(elided(text, TEXT_LIMIT) or tr("MonthView", "Loading…"))
        self._busy_label.setVisible(busy)
        self._place_busy_label()

    def _place_busy_label(self) -> None:
        area = self.grid.viewport().rect()
        width = min(area.width() - 20, max(240, area.width() * 2 // 3))
        height = self._busy_label.heightForWidth(width)
        self._busy_label.setGeometry(
            area.center().x() - width // 2, area.center().y() - height // 2, width, height
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.grid.viewport() and event.type() == QEvent.Type.Resize:
            self._place_busy_label()
        return False

    @property
    def selected_entry(self) -> DayEntry | None:
        return self.grid.selected_entry

    def current_date(self) -> date | None:
        return self.grid.current_date()

    def select_date(self, day: date) -> None:
        self.grid.select_date(day)

    def select_entry(self, entry: DayEntry | None) -> None:
        self.grid.select_entry(entry)

    def refresh_selection(self) -> None:
        self.grid.refresh_selection()

    def dragged_entry(self, mime: QMimeData) -> DayEntry | None:
        return self.grid.dragged_entry(mime)

    @property
    def editable(self) -> bool:
        return self.grid.editable

    def set_editable(self, editable: bool) -> None:
        self.grid.set_editable(editable)

    def entries_on(self, day: date) -> list[DayEntry]:
        return self.model.entries_on(day)

    def viewport(self) -> QWidget:
        return self.grid.viewport()
