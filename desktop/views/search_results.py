"""The events found by the search box, and what the search covered.

Above the list: how many were found, which saved months and how many departments the search
covered ("12건 · 2026년 10월–12월 · 부서 3곳에서"), whether it searched every department or
only those shown (a check box the user flips), and a button that fetches the months of the
year not saved on this computer, with progress and Cancel. The widget only shows; the search
and the fetch run in :mod:`desktop.views.window.search`.
"""

from __future__ import annotations

import enum
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.coverage import Coverage
from desktop.domain.display import elided, isolated, tooltip
from desktop.domain.models import Event
from desktop.i18n import tr
from desktop.views.formats import month_title

# The month alone, for the second half of a range in one year ("2026년 10월–12월").
_MONTH_ONLY = {
    QLocale.Language.Korean: "M월",
    QLocale.Language.Japanese: "M月",
    QLocale.Language.Chinese: "M月",
}


class ResultsState(enum.Enum):
    """Where a search whose results are listed is."""

    SEARCHING = "searching"  # more pages are being read
    CUT = "cut"  # more were found than are listed
    COMPLETE = "complete"


def month_span(locale: QLocale, first: date, last: date) -> str:
    """``2026년 10월–12월``, ``October–December 2026``, ``2025년 1월–2026년 4월``."""
    if (first.year, first.month) == (last.year, last.month):
        return month_title(locale, first)
    if first.year != last.year:
        return f"{month_title(locale, first)}–{month_title(locale, last)}"
    pattern = _MONTH_ONLY.get(locale.language())
    if pattern:
        second = locale.toString(QDate(last.year, last.month, 1), pattern)
        return f"{month_title(locale, first)}–{second}"
    return (
        f"{locale.standaloneMonthName(first.month)}–"
        f"{locale.standaloneMonthName(last.month)} {last.year}"
    )


def coverage_text(locale: QLocale, covered: Coverage) -> str:
    """The months and departments a search covered, as the results' heading says them."""
    departments = tr("SearchResults", "in %n departments", n=covered.departments)
    if covered.first is None or covered.last is None:
        return tr("SearchResults", "no month saved yet") + " · " + departments
    months = month_span(locale, covered.first, covered.last)
    if covered.gaps:
        months += " " + tr("SearchResults", "(%n months saved)", n=covered.months)
    return f"{months} · {departments}"


class SearchResults(QWidget):
    """The heading, the scope, the fetch of the rest, and the list of events found."""

    activated = Signal(object)  # Event
    scopeChanged = Signal(bool)  # noqa: N815  True: every department
    fetchRequested = Signal()  # noqa: N815
    cancelRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.all_departments = QCheckBox(tr("SearchResults", "All departments"), self)
        self.all_departments.setChecked(True)
        self.all_departments.setToolTip(
            tooltip(
                tr(
                    "SearchResults",
                    "Search the events of every department saved on this computer. "
                    "Untick to search only the departments shown in the calendar.",
                )
            )
        )
        self.all_departments.toggled.connect(self.scopeChanged)
        layout.addWidget(self.all_departments)
        self.fetch_button = QPushButton(self)
        self.fetch_button.clicked.connect(self.fetchRequested)
        self.fetch_button.hide()
        layout.addWidget(self.fetch_button)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(tr("SearchResults", "Months fetched"))
        self.progress.setFormat("%v / %m")
        self.cancel_button = QPushButton(tr("SearchResults", "Cancel"), self)
        self.cancel_button.clicked.connect(self.cancelRequested)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("DepartmentsPanel", "Events found"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.list, 1)
        self._count = tr("SearchResults", "%n events", n=0)
        self._covered = ""
        self.fetching = False
        self.show_progress(None)
        self.note.hide()
        self.hide()

    def search_all(self) -> bool:
        return self.all_departments.isChecked()

    def show_results(
        self,
        found: list[tuple[Event, str, QColor]],
        locale: QLocale,
        *,
        append: bool,
        state: ResultsState,
    ) -> None:
        """List ``found`` (after those listed when ``append``) and say how many there are."""
        from desktop.views.departments_panel import color_icon

        if not append:
            self.list.clear()
        for event, department_name, color in found:
            day = locale.toString(
                QDate(event.event_date.year, event.event_date.month, event.event_date.day),
                QLocale.FormatType.ShortFormat,
            )
            item = QListWidgetItem(f"{day}  {isolated(event.title)}\n{elided(department_name)}")
            item.setIcon(color_icon(color))
            item.setData(Qt.ItemDataRole.UserRole, event)
            item.setToolTip(tooltip(event.title))
            self.list.addItem(item)
        count = self.list.count()
        if state is ResultsState.SEARCHING:
            self._count = tr("SearchResults", "%n events found so far, searching on…", n=count)
        elif state is ResultsState.CUT:
            self._count = tr(
                "SearchResults", "The first %n events found; type more to narrow", n=count
            )
        else:
            self._count = tr("SearchResults", "%n events", n=count)
        self._update_label()
        self.list.setVisible(count > 0)
        self.show()

    def set_coverage(self, text: str, departments: list[str]) -> None:
        """What the search covered (:func:`coverage_text`); the heading's tooltip names the
        ``departments`` searched."""
        self._covered = text
        self.label.setToolTip(
            tooltip(
                tr("SearchResults", "Departments searched: {names}").format(
                    names=", ".join(elided(name) for name in departments)
                )
            )
        )
        self._update_label()

    def _update_label(self) -> None:
        self.label.setText(" · ".join(t for t in (self._count, self._covered) if t))

    def offer_fetch(self, year: int, missing: int) -> None:
        """Offer to fetch the ``missing`` department months of ``year`` not saved (0: none)."""
        self.fetch_button.setText(tr("SearchResults", "Fetch the rest of {year}").format(year=year))
        self.fetch_button.setToolTip(
            tooltip(
                tr(
                    "SearchResults",
                    "%n months of the departments searched in {year} are not saved on this "
                    "computer; fetch them and search them too.",
                    n=missing,
                ).format(year=year)
            )
        )
        self.fetch_button.setAccessibleDescription(self.fetch_button.toolTip())
        self.fetch_button.setVisible(missing > 0 and not self.fetching)

    def show_progress(self, done: tuple[int, int] | None) -> None:
        """Months fetched so far of all (``None``: no fetch under way)."""
        self.fetching = done is not None
        self.progress.setVisible(self.fetching)
        self.cancel_button.setVisible(self.fetching)
        if done is not None:
            self.fetch_button.hide()
            self.progress.setRange(0, max(1, done[1]))
            self.progress.setValue(done[0])

    def say(self, text: str) -> None:
        """How the last fetch ended ("" hides it)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def clear(self) -> None:
        self.list.clear()
        self._covered = ""
        self.say("")
        self.hide()

    def _activated(self, item: QListWidgetItem) -> None:
        event = item.data(Qt.ItemDataRole.UserRole)
        if event is not None:
            self.activated.emit(event)
