"""The year view: twelve small months, holidays, and how busy each day is.

One widget paints the whole year (no widget per month or day): the geometry is made once per
size, year and first weekday (:mod:`desktop.views.year_layout`), the events are counted per day
once when they arrive, and a paint only looks the counts up. A day's shade says how many events
the shown departments have that day (none, 1–2, 3–5, 6 or more: the legend line says so);
Sundays and public holidays are red, Saturdays blue, as in the month grid.

Clicking a day selects it; a double-click or Enter opens the month view on it, Shift with
either the week view; the context menu offers both and a new event. The year reads each of its
months once (``Span.refresh`` False): a month the cache holds is shown as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QLocale,
    QMimeData,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QLabel, QMenu, QToolTip, QWidget

from desktop.domain.display import tooltip
from desktop.i18n import tr
from desktop.views.calendar_view import Editable, Span, ViewKind
from desktop.views.formats import long_date
from desktop.views.week_days import WeekDays, day_kind
from desktop.views.year_layout import (
    LEVELS,
    YearColors,
    YearGeometry,
    busy_level,
    year_geometry,
)

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow
    from desktop.views.month_model import DayEntry
    from desktop.workers.months import DayLists

# Year patterns Qt's locale data has no format for (as desktop.views.formats.month_title).
_YEAR_PATTERNS = {
    QLocale.Language.Korean: "{year}년",
    QLocale.Language.Japanese: "{year}年",
    QLocale.Language.Chinese: "{year}年",
}


def year_title(locale: QLocale, year: int) -> str:
    """``2026년`` in Korean, ``2026`` in English."""
    return _YEAR_PATTERNS.get(locale.language(), "{year}").format(year=year)


def _weekday_kind(day: date, holiday: bool) -> int:
    """7 for a holiday or a red weekend day, 6 for a weekend Saturday (blue), 0 otherwise."""
    return day_kind(day.isoweekday(), holiday)


type _Cell = tuple[date, QRect, int, QPointF, QPointF]
type _Header = tuple[QRect, tuple[QPointF, QStaticText], list[tuple[QPointF, QStaticText, int]]]


class YearView(QWidget, Editable):
    """Twelve small months of the year the window is about (:class:`CalendarView`)."""

    eventSelected = Signal(object)  # noqa: N815  never: this view selects days only
    eventActivated = Signal(object)  # noqa: N815  never: no events to activate
    newEventRequested = Signal(object)  # noqa: N815  date (the context menu)
    dayExpanded = Signal(object)  # noqa: N815  never
    eventDropped = Signal(object, object)  # noqa: N815  never: nothing to drag here
    monthStep = Signal(int)  # noqa: N815  -1 / +1: a year (PgUp/PgDn)
    todayRequested = Signal()  # noqa: N815
    deleteRequested = Signal(object)  # noqa: N815  never
    menuRequested = Signal(object, object, QPoint)  # noqa: N815  never: the view has its own

    kind = ViewKind.YEAR

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._year = window.today.year
        self._today = window.today
        self._first_weekday = window.model.first_weekday
        self._weekend = WeekDays.weekend
        self._current = window.today
        self._by_day: dict[date, list[DayEntry]] = {}
        self._counts: dict[date, int] = {}
        self._holidays: dict[date, str] = {}
        self._unknown: set[int] = set()  # months (1–12) no shown department has read yet
        self._geometry: YearGeometry | None = None
        self._colors: tuple[int, YearColors] | None = None  # (palette key, colours)
        # (numbers, today's number, month titles, other text): made with the geometry
        self._fonts: tuple[QFont, QFont, QFont, QFont] | None = None
        # Each month's days as painted: (day, shade, weekday kind, number's and bold's place).
        self._cells: list[list[_Cell]] = []
        self._statics: dict[tuple[bool, int], QStaticText] = {}  # (bold, day number)
        # Each month's box, its name and weekday initials as painted.
        self._headers: list[_Header] = []
        self.menu: QMenu | None = None  # the context menu shown last
        self.setObjectName("yearView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(tr("YearView", "Year calendar"))
        self._busy_label = QLabel(self)
        self._busy_label.setObjectName("yearBusy")
        self._busy_label.setTextFormat(Qt.TextFormat.PlainText)
        self._busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._busy_label.setWordWrap(True)
        self._busy_label.setAutoFillBackground(True)
        self._busy_label.setMargin(10)
        self._busy_label.hide()
        window.months.spanRead.connect(self._span_read)

    # --- a view of the calendar (desktop.views.calendar_view) ---------------------------------

    def span(self, anchor: date, first_weekday: int) -> Span:
        # Months the cache holds are shown as they are: twelve months of a busy department
        # read again would spend hours of the table's read allowance.
        return Span.of_days(date(anchor.year, 1, 1), date(anchor.year, 12, 31), refresh=False)

    def step(self, anchor: date, steps: int) -> date:
        """The same day ``steps`` years on (the selected one, when it is in ``anchor``'s year);
        29 February becomes the 28th."""
        day = self._current if self._current.year == anchor.year else anchor
        year = day.year + steps
        try:
            return day.replace(year=year)
        except ValueError:
            return day.replace(year=year, day=28)

    def title(self, locale: QLocale, anchor: date) -> str:
        return year_title(locale, anchor.year)

    def show_anchor(self, anchor: date, today: date, first_weekday: int) -> None:
        # A new first day or weekend lays the months out again (their columns and colours).
        week = (first_weekday, WeekDays.weekend)
        changed = (anchor.year, week) != (self._year, (self._first_weekday, self._weekend))
        self._weekend = WeekDays.weekend
        self._year = anchor.year
        self._today = today
        self._first_weekday = first_weekday
        if self._current.year != anchor.year:
            self._current = anchor
            self._describe_current()
        if changed:
            self._geometry = None
        self._update_unknown()
        self.update()

    def show_entries(self, entries: DayLists[DayEntry]) -> None:
        # Counted once here, never in paint: a busy department has 36,000 events a year.
        self._by_day = entries.by_day
        self._counts = {day: len(found) for day, found in entries.by_day.items()}
        self._update_unknown()
        self._describe_current()
        self.update()

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        self._holidays = dict(holidays)
        self._describe_current()
        self.update()

    def set_busy(self, busy: bool, text: str = "") -> None:
        """A note over the year: loading, or months never fetched while offline."""
        self._busy_label.setText(text or tr("YearView", "Loading…"))
        self._busy_label.setVisible(busy)
        self._place_busy_label()

    @property
    def selected_entry(self) -> DayEntry | None:
        return None  # the year shows days, not events

    def current_date(self) -> date | None:
        return self._current

    def select_date(self, day: date) -> None:
        if day.year != self._year:
            return
        self._current = day
        self._describe_current()
        self.update()

    def select_entry(self, entry: DayEntry | None) -> None:
        """An event chosen elsewhere (the view switch keeps it): its day is selected."""
        if entry is not None:
            self.select_date(entry.event.event_date)

    def refresh_selection(self) -> None:
        """Nothing to keep: no event is ever selected here."""

    def dragged_entry(self, mime: QMimeData) -> DayEntry | None:
        return None

    def entries_on(self, day: date) -> list[DayEntry]:
        return list(self._by_day.get(day, []))

    def viewport(self) -> QWidget:
        return self

    # --- what a day says ----------------------------------------------------------------------

    def count_on(self, day: date) -> int:
        return self._counts.get(day, 0)

    def level_on(self, day: date) -> int:
        """How busy ``day`` looks: 0 (no event) to 3 (6 or more)."""
        return busy_level(self._counts.get(day, 0))

    def is_known(self, day: date) -> bool:
        """Whether ``day``'s month has been read (the cache or the table) for every shown
        department: an unread month is not "no events"."""
        return day.year != self._year or day.month not in self._unknown

    def day_text(self, day: date) -> str:
        """The day in words: its date, holiday and number of events (the tooltip and the
        screen reader's name)."""
        lines = [long_date(self._window.locale_, day)]
        if day == self._today:
            lines[0] += " · " + tr("YearView", "today")
        if holiday := self._holidays.get(day):
            lines.append(holiday)
        if self.is_known(day):
            lines.append(tr("YearView", "%n events", n=self.count_on(day)))
        else:
            lines.append(tr("YearView", "This month has not been loaded yet."))
        return "\n".join(lines)

    def day_at(self, pos: QPoint) -> date | None:
        return self._layout().day_at(pos)

    def day_rect(self, day: date) -> QRect:
        return self._layout().box_of(day).day_rect(day)

    def _describe_current(self) -> None:
        # A screen reader hears the day chosen (the view is one widget, not a cell per day).
        self.setAccessibleDescription(self.day_text(self._current).replace("\n", ", "))

    def _update_unknown(self) -> None:
        window = self._window
        if getattr(window, "loader", None) is None:
            return  # the window is still being built (the view restored at start)
        shown = window.shown_department_ids()
        memory = window.months.memory
        self._unknown = {
            month for month in range(1, 13) if memory.missing(shown, date(self._year, month, 1))
        }

    def _span_read(self) -> None:
        if not shiboken6.isValid(self):
            return
        self._update_unknown()
        self.update()

    # --- going elsewhere ----------------------------------------------------------------------

    def open_month(self, day: date) -> None:
        """The month view, on ``day``."""
        window = self._window
        window.views.show(ViewKind.MONTH)
        window.presenter.go_to(day)

    def open_week(self, day: date) -> None:
        """The week view, on ``day`` (when this build has one)."""
        window = self._window
        self._current = day
        window.views.show(ViewKind.WEEK)
        if window.views.kind == ViewKind.WEEK:
            window.presenter.go_to(day)

    def _move(self, days: int) -> None:
        day = self._current + timedelta(days=days)
        if day.year != self._year:
            self._window.presenter.go_to(day)  # the next (or last) year, on that day
        else:
            self.select_date(day)

    # --- mouse and keys -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() in (
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.RightButton,
        ):
            self.select_date(day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        day = self.day_at(event.position().toPoint())
        if day is None:
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.open_week(day)
        else:
            self.open_month(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        if key in moves and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            step = moves[Qt.Key(key)]
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.isRightToLeft():
                step = -step
            self._move(step)
        elif key == Qt.Key.Key_PageUp:
            self.monthStep.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.monthStep.emit(1)
        elif key == Qt.Key.Key_T and not event.modifiers():
            self.todayRequested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.open_week(self._current)
            else:
                self.open_month(self._current)
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            day = self.day_at(event.pos())
            if day is None:
                return
            self.select_date(day)
            where = event.pos()
        else:
            day = self._current
            where = self.day_rect(day).center()
        event.accept()
        self.show_menu(day, self.mapToGlobal(where))

    def show_menu(self, day: date, where: QPoint) -> QMenu:
        """Open the month or the week on ``day``, or a new event on it; never waits."""
        from desktop.views.window.view_switch import available_kinds

        if self.menu is not None and shiboken6.isValid(self.menu):
            self.menu.deleteLater()
        menu = QMenu(self)
        menu.setAccessibleName(tr("YearView", "Day actions"))
        month = menu.addAction(tr("YearView", "Open in the month view"))
        month.setObjectName("month")
        month.setShortcut(Qt.Key.Key_Return)  # shown as a hint; the view's keys act
        month.triggered.connect(lambda _c=False: self.open_month(day))
        if ViewKind.WEEK in available_kinds():
            week = menu.addAction(tr("YearView", "Open in the week view"))
            week.setObjectName("week")
            week.setShortcut(Qt.Modifier.SHIFT | Qt.Key.Key_Return)
            week.triggered.connect(lambda _c=False: self.open_week(day))
        menu.addSeparator()
        new = menu.addAction(tr("MainWindow", "New event…"))
        new.setObjectName("new")
        new.triggered.connect(lambda _c=False: self.newEventRequested.emit(day))
        new.setVisible(self.editable)
        self.menu = menu
        menu.popup(where)
        return menu

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(), tooltip(self.day_text(day)), self, self.day_rect(day)
                )
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LocaleChange,
        ):
            self._geometry = None
            self._fonts = None

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    # --- painting -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._geometry = None
        self._fonts = None
        self._place_busy_label()

    def _layout(self) -> YearGeometry:
        """The months' places and the fonts for them, made once per size (and year)."""
        if self._geometry is None:
            font = self.font()
            base = QFontMetrics(font).height()
            geometry = year_geometry(
                self._year, self._first_weekday, self.width(), self.height(), base + 4
            )
            # Larger cells (a big screen) get larger numbers, up to half again the UI's size,
            # and the titles a little larger with them.
            scale = min(1.5, geometry.boxes[0].cell_height / (base * 1.6))
            numbers, text = QFont(font), QFont(font)
            if scale > 1:
                _scale(numbers, scale)
                _scale(text, 1 + (scale - 1) / 2)
                line = QFontMetrics(text).height() + 4
                geometry = year_geometry(
                    self._year, self._first_weekday, self.width(), self.height(), line
                )
            today, titles = QFont(numbers), QFont(text)
            today.setBold(True)
            titles.setBold(True)
            self._fonts = (numbers, today, titles, text)
            self._geometry = geometry
            self._lay_out_days(geometry, numbers, today)
            self._lay_out_headers(geometry, titles, text)
        return self._geometry

    def _lay_out_headers(self, geometry: YearGeometry, titles: QFont, text: QFont) -> None:
        """Each month's name and weekday initials, placed once per geometry."""
        locale = self._window.locale_
        title_height = QFontMetricsF(titles).height()
        metrics = QFontMetricsF(text)
        initials = []
        for column in range(7):
            weekday = (self._first_weekday - 1 + column) % 7 + 1
            name = locale.standaloneDayName(weekday, QLocale.FormatType.NarrowFormat)
            kind = day_kind(weekday)
            initials.append((_static(name, text), metrics.horizontalAdvance(name), kind))
        self._headers = []
        for box in geometry.boxes:
            whole = QRect(box.title.topLeft(), box.cell(6, 5).bottomRight())
            name = locale.standaloneMonthName(box.month.month, QLocale.FormatType.LongFormat)
            top = box.title.top() + (box.title.height() - title_height) / 2
            title = (QPointF(box.title.left(), top), _static(name, titles))
            weekday_top = box.weekdays.top() + (box.weekdays.height() - metrics.height()) / 2
            weekdays = [
                (
                    QPointF(box.cell(column, 0).center().x() + 0.5 - width / 2, weekday_top),
                    static,
                    kind,
                )
                for column, (static, width, kind) in enumerate(initials)
            ]
            self._headers.append((whole, title, weekdays))

    def _lay_out_days(self, geometry: YearGeometry, numbers: QFont, bold: QFont) -> None:
        """Each day's shade and number positions, once per geometry: a paint only looks up."""
        sizes: dict[tuple[bool, int], tuple[float, float]] = {}
        self._statics = {}
        for is_bold, font in ((False, numbers), (True, bold)):
            metrics = QFontMetricsF(font)
            for number in range(1, 32):
                self._statics[(is_bold, number)] = _static(str(number), font)
                sizes[(is_bold, number)] = (
                    metrics.horizontalAdvance(str(number)),
                    metrics.height(),
                )
        self._cells = []
        for box in geometry.boxes:
            cells: list[_Cell] = []
            day = box.month
            while day.month == box.month.month:
                rect = box.day_rect(day)
                center = QRectF(rect).center()
                positions = []
                for is_bold in (False, True):
                    width, height = sizes[(is_bold, day.day)]
                    positions.append(QPointF(center.x() - width / 2, center.y() - height / 2))
                kind = _weekday_kind(day, False)
                cells.append((day, rect.adjusted(1, 1, -1, -1), kind, positions[0], positions[1]))
                day += timedelta(days=1)
            self._cells.append(cells)

    def _colors_for(self, palette: QPalette) -> YearColors:
        key = palette.cacheKey()
        if self._colors is None or self._colors[0] != key:
            self._colors = (key, YearColors(palette))
        return self._colors[1]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        geometry = self._layout()
        colors = self._colors_for(self.palette())
        painter = QPainter(self)
        painter.fillRect(event.rect(), colors.base)
        exposed = event.rect()
        assert self._fonts is not None  # made with the geometry
        numbers, bold, titles, text = self._fonts
        for box, (whole, title, weekdays) in zip(geometry.boxes, self._headers, strict=True):
            if not whole.intersects(exposed):
                continue
            unknown = box.month.month in self._unknown
            painter.setFont(titles)
            painter.setPen(colors.quiet if unknown else colors.title)
            painter.drawStaticText(*title)
            painter.setFont(text)
            for pos, static, kind in weekdays:
                painter.setPen(colors.weekday_numbers[kind])
                painter.drawStaticText(pos, static)
            painter.setFont(numbers)
            self._paint_days(painter, box.month.month, colors, unknown, bold)
        self._paint_legend(painter, geometry.legend, colors, text)
        painter.end()

    def _paint_days(
        self, painter: QPainter, month: int, colors: YearColors, unknown: bool, bold: QFont
    ) -> None:
        """One month's days: a shade for how busy, the number; today ringed, the selected
        day framed. Everything but the lookups was laid out with the geometry."""
        counts, holidays, today = self._counts, self._holidays, self._today
        shades, numbers, statics = colors.shades, colors.numbers, self._statics
        for day, shade, weekday_kind, pos, bold_pos in self._cells[month - 1]:
            count = 0 if unknown else counts.get(day, 0)
            level = 0 if not count else (1 if count < 3 else (2 if count < 6 else 3))
            if level:
                painter.fillRect(shade, shades[level])
            kind = 7 if day in holidays else weekday_kind
            painter.setPen(colors.unknown if unknown else numbers[(kind, level)])
            if day == today:
                normal = painter.font()
                painter.setFont(bold)
                painter.drawStaticText(bold_pos, statics[(True, day.day)])
                painter.setFont(normal)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(QPen(colors.highlight, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(shade, 3, 3)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            else:
                painter.drawStaticText(pos, statics[(False, day.day)])
        current = self._current
        if current.year == self._year and current.month == month:
            pen = QPen(colors.text, 1.5)
            if not self.hasFocus():
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.day_rect(current).adjusted(2, 2, -3, -3))

    def _paint_legend(
        self, painter: QPainter, legend: QRect, colors: YearColors, font: QFont
    ) -> None:
        painter.setFont(font)
        metrics = painter.fontMetrics()
        x = legend.left()
        labels = (
            tr("YearView", "none"),
            tr("YearView", "1–2"),
            tr("YearView", "3–5"),
            tr("YearView", "6 or more"),
        )
        parts: list[tuple[int | None, str]] = [(None, tr("YearView", "Events a day:"))]
        parts += list(zip(range(LEVELS), labels, strict=True))
        side = min(legend.height() - 4, metrics.height())
        painter.setPen(colors.quiet)
        for level, label in parts:
            if level is not None:
                swatch = QRect(x, legend.center().y() - side // 2, side, side)
                painter.setPen(QPen(colors.frame, 1))
                painter.setBrush(colors.shades[level])
                painter.drawRoundedRect(swatch, 3, 3)
                x += side + 4
                painter.setPen(colors.quiet)
            width = metrics.horizontalAdvance(label)
            painter.drawText(
                QRect(x, legend.top(), width + 2, legend.height()),
                Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x += width + 12

    def _place_busy_label(self) -> None:
        label = self._busy_label
        width = max(120, min(self.width() - 40, 520))
        label.setFixedWidth(width)
        label.adjustSize()
        height = label.heightForWidth(width) if label.wordWrap() else label.sizeHint().height()
        label.setGeometry(
            (self.width() - width) // 2, (self.height() - height) // 2, width, max(height, 1)
        )


def _scale(font: QFont, factor: float) -> None:
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))


def _static(text: str, font: QFont) -> QStaticText:
    """Text laid out once (the app's own words: month and weekday names, day numbers)."""
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(QTransform(), font)
    return static
