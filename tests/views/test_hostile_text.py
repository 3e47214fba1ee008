"""Hostile text from the tables, in every view, tooltip, dialog and list the app has.

A department and an event whose every text field holds markup (an ``<img src>`` naming a
watched file, an ``<a href>``, ``<b>``), a U+202E RIGHT-TO-LEFT OVERRIDE and 10,000
characters. Each *opener* below shows one place of the app; after it, the test checks that

- no file was read (Qt loads the files a rich-text ``<img src>`` names: ``/dev/zero`` there
  kills the client; the watched file's access time says whether it was opened),
- no markup was rendered: every label that is not plain text, every tooltip string a view
  shows (``QHelpEvent`` on every visible item, ``QToolTip.text()``), every widget tooltip is
  parsed as Qt would and must hold no image, link or bold text,
- table text is elided for display and, inside the app's own sentences (banners, status
  messages, dialog texts, window titles), isolated so that U+202E cannot mirror the sentence,
- no GUI stall exceeded 100 ms (a 5 ms timer on the GUI thread measures the most CPU time
  spent between two of its ticks; the checks go back to the event loop between any two
  steps, so each step is measured alone).

A new view is added by writing one more opener and listing it in ``OPENERS``.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QFont, QHelpEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.data.outbox import Change, Kind, Sent, State
from desktop.data.store import DynamoStore
from desktop.domain.display import FSI, LINE_LIMIT, PDI, TEXT_LIMIT
from desktop.domain.models import Department, Event, new_id
from desktop.domain.series import Link, link_attributes
from desktop.settings import ADMIN_DEPARTMENTS
from desktop.views.calendar_view import CalendarView
from desktop.views.conflict_dialog import ConflictDialog
from desktop.views.departments_panel import DepartmentsPanel
from desktop.views.detail_panel import DetailPanel
from desktop.views.main_window import MainWindow
from desktop.views.month_model import DayEntry
from desktop.views.pending_dialog import PendingDialog
from tests.views.conftest import WindowFactory

# The window imports each dialog's module when it is first opened; that is not table text's cost.
for _module in (
    "day_dialog",
    "departments_dialog",
    "event_dialog",
    "printing",
    "week_view",
    "team_view",
):
    importlib.import_module(f"desktop.views.{_module}")

DAY = date(2026, 11, 10)  # in the month the window opens on (conftest.TODAY)
LENGTH = 10_000
STALL_LIMIT = 0.100  # seconds
# No label, item or tooltip shows more characters than this: the longest elided text
# (display.TEXT_LIMIT) and the app's own sentence around it.
SHOWN_LIMIT = TEXT_LIMIT + 100
OVERRIDES = "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides: must stay isolated
ISOLATE_OPENERS = "\u2066\u2067\u2068"

# The offscreen platform's notes on tooltips and standalone widgets.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support propagateSizeHints",
    "This plugin does not support grabbing the keyboard",
)


# --- the hostile content ---------------------------------------------------------------------


def hostile_text(watched: Path, field_name: str, max_bytes: int = 0, filler: str = "") -> str:
    """Markup first (Qt decides on the first line whether a text is rich), then 10,000 chars.

    ``max_bytes``: as long as fits in that many UTF-8 bytes (an index key holds 2,048);
    ``filler``: what repeats after the head (Korean by default).
    """
    head = (
        f'<img src="{watched}"><a href="https://example.invalid/{field_name}">link</a>'
        f"<b>bold {field_name}</b> \u202e위험한 {field_name} "
    )
    text = (head + (filler or "위험한 제목 <b>x</b> ") * LENGTH)[:LENGTH]
    while max_bytes and len(text.encode()) > max_bytes:
        text = text[:-1]
    return text


@dataclass
class Hostile:
    watched: Path
    department: Department
    event: Event
    window: MainWindow
    qtbot: QtBot
    tmp_path: Path
    problems: list[str] = field(default_factory=list)

    def entry(self) -> DayEntry:
        found = [e for e in self.window.model.entries_on(DAY) if e.event.id == self.event.id]
        assert found, "the hostile event is in the month"
        return found[0]

    def entry_in(self, view: CalendarView) -> DayEntry:
        return next(e for e in view.entries_on(DAY) if e.event.id == self.event.id)

    # --- checks --------------------------------------------------------------------------

    def problem(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")

    def check_rich(self, text: str, where: str, *, rich: bool | None = None) -> str:
        """``text`` as Qt would show it (``rich`` None: as Qt guesses) renders no markup.

        Returns the text as shown (the plain text of the rich text).
        """
        if rich is None:
            rich = QtGui.Qt.mightBeRichText(text)
        if not rich:
            return text
        document = _Document()
        document.setHtml(text)
        document.setTextWidth(400)
        document.size()  # lays it out: images are loaded here
        for found in sorted(set(document.markup())):
            self.problem(where, f"renders {found} from the table")
        return document.toPlainText()

    def check_length(self, text: str, where: str) -> None:
        if len(text) > SHOWN_LIMIT:
            self.problem(where, f"shows {len(text)} characters (not elided)")

    def check_message(self, text: str, where: str) -> None:
        """One of the app's own sentences with table text in it: isolated and elided."""
        self.check_length(text, where)
        depth = 0
        for char in text:
            if char in ISOLATE_OPENERS:
                depth += 1
            elif char == PDI and depth:
                depth -= 1
            elif char in OVERRIDES and depth == 0:
                self.problem(where, "a direction override of the table escapes its isolate")
                return
        if FSI not in text:
            self.problem(where, "the table text is not isolated")

    def check_tooltip_at(self, widget: QWidget, pos: QPoint, where: str) -> None:
        """Hover: the tooltip Qt shows there (if any) renders no markup and is elided."""
        QToolTip.hideText()
        event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
        QApplication.sendEvent(widget, event)
        breathe()
        if QToolTip.isVisible():
            shown = self.check_rich(QToolTip.text(), f"{where} tooltip")
            self.check_length(shown, f"{where} tooltip")
        QToolTip.hideText()
        breathe()

    def sweep(self, root: QWidget, where: str) -> None:
        """Every label, item, tooltip and title of ``root`` and its children."""
        self.check_length(root.windowTitle(), f"{where} window title")
        for widget in [root, *root.findChildren(QWidget)]:
            breathe()
            if not widget.isVisible():
                continue
            name = f"{where} {type(widget).__name__} {widget.objectName()}".rstrip()
            if widget.toolTip():
                shown = self.check_rich(widget.toolTip(), f"{name} tooltip")
                self.check_length(shown, f"{name} tooltip")
            if isinstance(widget, QLabel):
                fmt = widget.textFormat()
                shown = widget.text()
                if fmt != Qt.TextFormat.PlainText:
                    rich = True if fmt == Qt.TextFormat.RichText else None
                    shown = self.check_rich(shown, name, rich=rich)
                self.check_length(shown, name)
            if isinstance(widget, QComboBox):  # its list is a hidden popup: the texts it holds
                for row in range(widget.count()):
                    self.check_length(widget.itemText(row), f"{name} item {row}")
            if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
                self._sweep_items(widget, name)

    def _sweep_items(self, view: QAbstractItemView, where: str) -> None:
        model = view.model()
        if model is None:
            return
        viewport = view.viewport()
        for row in range(model.rowCount(QModelIndex())):
            column = 0
            while (index := model.index(row, column)).isValid():
                item = f"{where} item {row},{column}"
                column += 1
                display = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(display, str):
                    self.check_length(display, item)
                rect = view.visualRect(index)
                if rect.isValid() and viewport.rect().intersects(rect):
                    self.check_tooltip_at(viewport, rect.center(), item)

    def file_was_read(self) -> bool:
        stat = self.watched.stat()
        return stat.st_atime > stat.st_mtime


def breathe() -> None:
    """Back to the event loop between two checks: the stall meter measures each on its own."""
    QApplication.processEvents()


class _Document(QTextDocument):
    """A rich-text document that records the resources it would load instead of loading them."""

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802
        self.requested.append(name.toString())
        return None

    def markup(self) -> list[str]:
        found = [f"a resource {url}" for url in self.requested]
        block = self.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                text_format = fragment.charFormat()
                if text_format.isImageFormat():
                    found.append("an image")
                if text_format.isAnchor():
                    found.append("a link")
                if text_format.fontWeight() > QFont.Weight.Normal.value:
                    found.append("bold text")
                iterator += 1
            block = block.next()
        return found


class _StallMeter:
    """The most CPU time the GUI thread spent between two returns to its event loop.

    CPU time of the GUI thread, not wall time: the suite shares a loaded machine, and a wall
    clock would count the time other processes had the cores.
    """

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.thread_time()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.thread_time()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.thread_time()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest


# --- the places the app shows table text ------------------------------------------------------


def month_grid(h: Hostile) -> None:
    """The month grid: the day's tooltip (the model's ToolTipRole) and the event chip's."""
    view = h.window.month_view
    index = h.window.model.index_of(DAY)
    shown = h.check_rich(str(index.data(Qt.ItemDataRole.ToolTipRole)), "grid day ToolTipRole")
    h.check_length(shown, "grid day ToolTipRole")
    if not any(e.bar is not None for e in h.window.model.entries_on(DAY)):
        h.problem("grid", "the hostile multi-day event is not drawn as a bar")
    rect = view.visualRect(index)
    for y in range(rect.top(), rect.bottom(), 4):
        pos = QPoint(rect.center().x(), y)
        if view.entry_at(pos) is not None:
            h.check_tooltip_at(view.viewport(), pos, "grid event")
            break
    else:
        h.problem("grid", "the hostile event is not drawn")
    h.sweep(view, "grid")


def week_view(h: Hostile) -> None:
    """The week view (Ctrl+2): the event's cell, its tooltip, the headers."""
    from desktop.views.calendar_view import ViewKind
    from desktop.views.week_view import WeekView

    h.window.views.show(ViewKind.WEEK)
    h.window.go_to(DAY)
    view = h.window.active_view
    assert isinstance(view, WeekView)
    h.qtbot.waitUntil(lambda: bool(view.entries_on(DAY)), timeout=10_000)
    index = view.week_model.index_of_entry(h.entry())
    if not index.isValid():
        h.problem("week", "the hostile event is not in the week")
        return
    width = view.columnWidth(index.column())
    chip = view.delegate.chip(h.entry(), width)  # what its paint lays out
    for shown in (chip.first_shown, chip.second_shown):
        if "\n" in shown or len(shown) > LINE_LIMIT:
            h.problem("week chip", f"shows {len(shown)} characters or a line break")
    breathe()
    text = str(index.data(Qt.ItemDataRole.AccessibleTextRole))
    h.check_length(text, "week event accessible text")
    breathe()
    view.select_entry(h.entry())  # a click on it: the detail pane shows it
    h.check_length(view.accessibleDescription(), "week selected event")
    h.sweep(view, "week")  # each cell's tooltip too
    # Last: a tooltip's label is the viewport's child until it is deleted.
    h.check_tooltip_at(view.viewport(), view.visualRect(index).center(), "week event")


def department_list(h: Hostile) -> None:
    panel = h.window.departments_panel
    h.sweep(panel.list, "department list")


def search_results(h: Hostile) -> None:
    """Ctrl+F: the events found, their items and tooltips."""
    panel = h.window.departments_panel
    panel.filter.setText("위험한")
    h.qtbot.waitUntil(lambda: panel.results.count() > 0, timeout=10_000)
    h.sweep(panel.results, "search results")
    h.sweep(panel, "search")
    panel.filter.clear()


def detail_pane(h: Hostile) -> None:
    """Selecting the event fills the detail pane."""
    h.window.month_view.select_entry(h.entry())
    h.qtbot.waitUntil(lambda: h.window.detail.entry is not None)
    h.sweep(h.window.detail, "detail pane")


def day_dialog(h: Hostile) -> None:
    h.window.open_day(DAY)
    dialog = h.window.dialogs.day_dialog
    h.qtbot.waitExposed(dialog)
    h.sweep(dialog, "day dialog")
    dialog.reject()


def event_dialog(h: Hostile) -> None:
    """The full text stays editable here; everything around it is elided."""
    h.window.edit_event(h.entry())
    dialog = h.window.editing.editor
    h.qtbot.waitExposed(dialog)
    if dialog.title_edit.text() != h.event.title:
        h.problem("event dialog", "the title to edit is not the full title")
    h.sweep(dialog, "event dialog")
    dialog.reject()


def _conflict(h: Hostile, kind: Kind = Kind.UPDATE) -> Change:
    moment = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    mine = h.event.with_changes(title=h.event.title + " mine")
    return Change(
        seq=1,
        kind=kind,
        original=h.event,
        changed=None if kind is Kind.DELETE else mine,
        written_at=moment,
        queued_at=moment,
        state=State.CONFLICT,
        reason=h.event.title,
        current=h.event,
    )


def conflict_dialog(h: Hostile) -> None:
    change = _conflict(h)
    names = {h.department.id: h.department.name}
    dialog = ConflictDialog(change.event, change.current, names, h.window.locale_, h.window)
    h.qtbot.addWidget(dialog)
    dialog.show()
    h.qtbot.waitExposed(dialog)
    h.check_message(dialog.explanation.text(), "conflict dialog explanation")
    h.sweep(dialog, "conflict dialog")
    dialog.reject()


def conflict_banner(h: Hostile) -> None:
    h.window.outbox.change_sent(Sent(_conflict(h), "conflict"))
    h.check_message(h.window.banner.label.text(), "conflict banner")
    h.sweep(h.window.banner, "banner")


def pending_dialog(h: Hostile) -> None:
    """Changes not sent: the list, its tooltips, the state with a table-given reason."""
    dialog = PendingDialog(h.window.locale_, h.window.department_name, h.window)
    h.qtbot.addWidget(dialog)
    refused = _conflict(h)
    refused = Change(**{**refused.__dict__, "seq": 2, "state": State.FAILED})
    dialog.set_entries([_conflict(h), refused, _conflict(h, Kind.DELETE)])
    dialog.show()
    h.qtbot.waitExposed(dialog)
    for change in dialog._entries:
        h.check_message(dialog.what(change), "pending dialog change")
    h.sweep(dialog, "pending dialog")
    dialog.reject()


def departments_dialog(h: Hostile) -> None:
    h.window.settings.set(ADMIN_DEPARTMENTS, True)
    h.window.manage_departments()
    dialog = h.window.departments_admin.dialog
    h.qtbot.waitExposed(dialog)
    h.sweep(dialog, "departments dialog")
    dialog.reject()


def status_message(h: Hostile) -> None:
    """A drag to another day: "Moved “…” to …" in the status bar."""
    h.window.editing.dropped_on_day(h.entry(), date(2026, 11, 12))
    h.qtbot.waitUntil(lambda: bool(h.window.status_message.text()), timeout=10_000)
    h.check_message(h.window.status_message.text(), "status message")
    h.sweep(h.window.statusBar(), "status bar")


def print_pdf(h: Hostile) -> None:
    """Every kind of view on paper, with descriptions (the PDF is painted on a worker)."""
    from desktop.views.calendar_view import ViewKind
    from desktop.views.print_dialog import PrintOptions

    printing = h.window.exports.printing
    for kind in ViewKind:
        path = h.tmp_path / f"{kind}.pdf"
        options = PrintOptions(
            kind, date(2026, 11, 1), date(2026, 11, 30), [h.department.id], True, False
        )
        with h.qtbot.waitSignal(printing.saved, timeout=30_000):
            printing.save_pdf(str(path), options)
        if not path.exists() or path.stat().st_size == 0:
            h.problem("print", f"no PDF was written for the {kind} view")


def year_view(h: Hostile) -> None:
    """The year (Ctrl+5): the hostile event's day, its tooltip and menu; back to the month."""
    from desktop.views.calendar_view import ViewKind

    window = h.window
    window.views.show(ViewKind.YEAR)
    view = window.active_view
    h.qtbot.waitUntil(lambda: view.entries_on(DAY) != [], timeout=10_000)
    rect = view.day_rect(DAY)  # type: ignore[attr-defined]
    h.check_tooltip_at(view.viewport(), rect.center(), "year day")
    menu = view.show_menu(DAY, view.viewport().mapToGlobal(rect.center()))  # type: ignore[attr-defined]
    h.sweep(menu, "year menu")
    menu.close()
    h.sweep(view.viewport(), "year view")
    window.views.show(ViewKind.MONTH)


def agenda(h: Hostile) -> None:
    """The agenda: the event's line (its text and tooltip), the day's heading, the search
    box filtering it by the hostile text."""
    from desktop.views.agenda_view import AgendaView
    from desktop.views.calendar_view import ViewKind

    h.window.views.show(ViewKind.AGENDA)
    h.window.go_to(DAY)
    view = h.window.active_view
    assert isinstance(view, AgendaView)
    model = view.agenda_model
    h.qtbot.waitUntil(
        lambda: any(getattr(r, "event", None) == h.event for r in model.rows), timeout=10_000
    )
    number = next(i for i, r in enumerate(model.rows) if getattr(r, "event", None) == h.event)
    view.scrollTo(model.index(number))
    breathe()
    h.check_tooltip_at(view.viewport(), view.visualRect(model.index(number)).center(), "agenda")
    h.sweep(view, "agenda")
    view.select_entry(model.rows[number])  # type: ignore[arg-type]
    h.window.departments_panel.filter.setText("위험한")
    h.qtbot.waitUntil(lambda: view.search_text == "위험한", timeout=10_000)
    h.sweep(view, "agenda searched")
    h.window.departments_panel.filter.clear()


def team_week(h: Hostile) -> None:
    """Ctrl+4: the hostile department's row (its name in the header) and its event's line."""
    from desktop.views.calendar_view import ViewKind
    from desktop.views.team_view import TeamView

    h.window.views.show(ViewKind.TEAM)
    h.window.go_to(DAY)
    view = h.window.active_view
    assert isinstance(view, TeamView)
    h.qtbot.waitUntil(lambda: bool(view.model.all_entries()), timeout=10_000)
    model, grid = view.model, view.grid
    row = model.row_of(h.department.id)
    name = model.headerData(row, Qt.Orientation.Vertical)
    h.check_length(str(name), "team week department name")
    h.check_rich(
        str(model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)),
        "team week department tooltip",
    )
    index = model.index(row, model.column_of(DAY))
    h.check_length(str(index.data(Qt.ItemDataRole.AccessibleTextRole)), "team week cell")
    lines = grid.layout_for(index).lines
    if not lines:
        h.problem("team week", "the hostile event is not drawn")
    else:
        h.check_length(grid.delegate.line_text(h.entry_in(view)), "team week line")
        h.check_tooltip_at(grid.viewport(), lines[0].center(), "team week event")
    h.sweep(view, "team week")
    view.set_busy(True, h.event.title)  # a label over the view: plain text whatever it holds
    h.sweep(view, "team week busy")
    view.set_busy(False)


def main_window(h: Hostile) -> None:
    """The whole window as it stands, with the hostile department current."""
    h.sweep(h.window, "main window")


Opener = Callable[[Hostile], None]
OPENERS: list[Opener] = [
    month_grid,
    week_view,
    department_list,
    search_results,
    detail_pane,
    day_dialog,
    event_dialog,
    conflict_dialog,
    conflict_banner,
    pending_dialog,
    departments_dialog,
    status_message,
    print_pdf,
    year_view,
    agenda,
    team_week,
    main_window,
]


# --- the test ---------------------------------------------------------------------------------


@pytest.fixture
def watched(tmp_path: Path) -> Iterator[Path]:
    """A file whose reading shows in its access time (relatime: atime set before mtime)."""
    path = tmp_path / "watched.png"
    path.write_bytes(b"not an image, read by whoever follows an <img src>" * 20)
    _arm(path)
    yield path


def _arm(path: Path) -> None:
    modified = path.stat().st_mtime
    os.utime(path, (modified - 3600, modified))


def _write_hostile(store: DynamoStore, watched: Path) -> tuple[Department, Event]:
    department = store.create_department("임시 부서")
    event = store.create_event(Event(new_id(), department.id, DAY, "임시 제목"))
    client = store.client
    settings = store.settings
    item = client.get_item(TableName=settings.departments_table, Key={"id": {"S": department.id}})[
        "Item"
    ]
    # An index key: 2,048 bytes at most, so mostly ASCII to be long all the same.
    name = hostile_text(watched, "name", max_bytes=2048, filler="<b>name</b> ")
    item["name"] = {"S": name}
    item["description"] = {"S": hostile_text(watched, "description")}
    client.put_item(TableName=settings.departments_table, Item=item)
    key = {"id": {"S": event.id}, "department_id": {"S": department.id}}
    item = client.get_item(TableName=settings.events_table, Key=key)["Item"]
    for name in ("title", "description", "time", "url"):
        item[name] = {"S": hostile_text(watched, name)}
    # The first day of a three-day event that also repeats: a bar across the days, with the
    # repeat mark, its title drawn over three cells.
    series = "1b4e28ba-2fa1-41d2-883f-0016d3cca427"
    days = (DAY, DAY + timedelta(days=1), DAY + timedelta(days=2))
    for day in days:
        link = Link(series, day, rule=f"DTSTART;VALUE=DATE:{DAY:%Y%m%d}\nRRULE:FREQ=YEARLY")
        linked = {**item, **link_attributes(replace(link, days=(days[0], days[-1])))}
        if day != DAY:
            linked["id"] = {"S": new_id()}
            linked["event_date"] = {"S": day.isoformat()}
        client.put_item(TableName=settings.events_table, Item=linked)
    hostile_department = store.get_department(department.id)
    hostile_event = store.get_event(event.id, department.id)
    assert hostile_department is not None and hostile_event is not None
    return hostile_department, hostile_event


def test_the_watched_file_shows_a_read(watched: Path) -> None:
    """The detection works on this file system: opening the file is seen."""
    assert not watched.stat().st_atime > watched.stat().st_mtime
    watched.read_bytes()
    assert watched.stat().st_atime > watched.stat().st_mtime


@pytest.mark.parametrize("opener", OPENERS, ids=lambda o: o.__name__)
def test_hostile_table_text_is_shown_as_plain_safe_text(
    opener: Opener,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    watched: Path,
    tmp_path: Path,
) -> None:
    department, event = _write_hostile(store, watched)
    window = make_window()
    window.departments_panel.select(department.id)
    qtbot.waitUntil(
        lambda: any(e.event.id == event.id for e in window.model.entries_on(DAY)),
        timeout=10_000,
    )
    # Outside the measured time: the first paint, and the work behind it (holidays, the
    # neighbouring months) whose imports hold the GIL.
    qtbot.waitUntil(lambda: not window.service.runner.busy, timeout=10_000)
    qtbot.wait(50)
    _arm(watched)
    hostile = Hostile(watched, department, event, window, qtbot, tmp_path)
    meter = _StallMeter()

    meter.start()
    opener(hostile)
    qtbot.wait(20)
    stall = meter.stop()

    if hostile.file_was_read():
        hostile.problem(opener.__name__, "Qt read the file an <img src> names")
    if stall >= STALL_LIMIT:
        hostile.problem(opener.__name__, f"the GUI stalled {stall * 1000:.0f} ms")
    assert not hostile.problems, "\n".join(hostile.problems)


# --- a very long title is shown bounded (search, selection) -------------------------------------


def test_a_very_long_title_is_found_and_selected_without_a_stall(
    qtbot: QtBot, watched: Path
) -> None:
    """Search results and the detail pane lay out what they show, never 10,000 characters
    (what that costs in time belongs to the bench: the lines shown are bounded here)."""
    long_title = hostile_text(watched, "title")
    assert len(long_title) > 10 * LINE_LIMIT
    panel = DepartmentsPanel()
    detail = DetailPanel()
    for widget, width in ((panel, 240), (detail, 320)):
        qtbot.addWidget(widget)
        widget.resize(width, 600)
        widget.show()
    panel.filter.setText("위험한")
    locale = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    event = Event(new_id(), "d", DAY, long_title, description="", time="오후 2:00")
    entry = DayEntry(event, "개발팀", QColor("#3366cc"))

    panel.show_results("위험한", [(event, "개발팀", entry.color)], locale)
    detail.show_entry(entry, locale)

    shown = [panel.results.item(row).text() for row in range(panel.results.count())]
    assert shown and all(len(text) <= 3 * LINE_LIMIT for text in shown)
    assert len(detail.title.text()) <= LINE_LIMIT
    assert not (watched.stat().st_atime > watched.stat().st_mtime)
