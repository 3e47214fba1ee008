"""The event dialog's "several days" and "repeat" choices.

:class:`SpanEditor` is the common one-day case with a box to tick for an event over several
days (and its last day); :class:`RepeatEditor` chooses how the event repeats and when it ends,
and says in one line what it makes ("매주 월요일, 53개 일정"). The two exclude each other
(:func:`exclusive`): a multi-day event does not repeat. Both only show and check the choice;
the window writes it. Editing an item of a series or of a multi-day event shows its link and
changes nothing of it.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.series import (
    HORIZON_MONTHS,
    MAX_OCCURRENCES,
    WEEKDAYS,
    Frequency,
    Link,
    Repeat,
    add_months,
    occurrence_days,
    parse_repeat,
    rule_start,
    rule_text,
)
from desktop.i18n import tr
from desktop.views.repeat_text import (
    day_name,
    describe,
    describe_span,
    full_date,
    in_last_week,
    lunar_yearly,
    monthly_by_date,
    monthly_by_weekday,
    nth_of_month,
    yearly,
)
from desktop.views.week_days import first_weekday, style_calendar
from desktop.views.widgets import edit_date_format, plain_label, pydate, qdate

_CONTEXT = "RepeatEditor"
DEFAULT_COUNT = 10

# The repeat choices (the combo box's item data).
NONE = "none"
DAILY = "daily"
WEEKDAY = "weekdays"
WEEKLY = "weekly"
MONTHLY_DATE = "monthly_date"
MONTHLY_NTH = "monthly_nth"
MONTHLY_LAST = "monthly_last"
YEARLY = "yearly"
LUNAR_YEARLY = "lunar_yearly"
# How it ends.
HORIZON = "horizon"
COUNT = "count"
UNTIL = "until"


def _date_edit(locale: QLocale, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDateRange(QDate(1, 1, 1), QDate(9999, 12, 31))
    edit.setDisplayFormat(edit_date_format(locale))
    edit.setLocale(locale)
    edit.calendarWidget().setLocale(locale)
    style_calendar(edit.calendarWidget(), locale)
    return edit


def _note(parent: QWidget) -> QLabel:
    label = plain_label("", parent)
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    label.setVisible(False)
    return label


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class SpanEditor(QWidget):
    """ "Several days" and the last day: one day unless ticked."""

    changed = Signal()

    def __init__(self, locale: QLocale, start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(locale)
        self._start = start
        self._link: Link | None = None
        self.several = QCheckBox(tr(_CONTEXT, "Several &days, until"), self)
        self.last_edit = _date_edit(locale, self)
        self.last_edit.setAccessibleName(tr(_CONTEXT, "Last day"))
        self.last_edit.setDate(qdate(start))
        self.last_edit.setEnabled(False)
        self.note = _note(self)
        self.note.setObjectName("spanNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(_row(self.several, self.last_edit))
        layout.addWidget(self.note)
        self.several.toggled.connect(self._toggled)
        self.last_edit.dateChanged.connect(lambda _d: self.changed.emit())

    def _toggled(self, on: bool) -> None:
        self.last_edit.setEnabled(on and self._link is None)
        if on and pydate(self.last_edit.date()) <= self._start:
            # The usual case: the day after the start, so one tick makes a two-day event.
            self.last_edit.setDate(qdate(_next_day(self._start)))
        self.changed.emit()

    def set_start(self, start: date) -> None:
        """Follow the event's first day: the span keeps its length."""
        if self._link is not None:
            self._start = start
            return
        length = pydate(self.last_edit.date()) - self._start
        self._start = start
        if self.several.isChecked() and length.days >= 0:
            with suppress(OverflowError):
                self.last_edit.setDate(qdate(start + length))
        self.changed.emit()

    def last_day(self) -> date | None:
        """The last day of a multi-day event; None for one day (or an item of a series)."""
        if self._link is not None or not self.several.isChecked():
            return None
        last = pydate(self.last_edit.date())
        return last if last > self._start else None

    def problem(self) -> str:
        if self._link is not None or not self.several.isChecked():
            return ""
        if pydate(self.last_edit.date()) < self._start:
            return tr(_CONTEXT, "The last day is before the first. Choose {date} or later.").format(
                date=full_date(self._start, self.locale())
            )
        return ""

    def show_link(self, link: Link) -> None:
        """An item of a multi-day event: its days, not to be changed here."""
        if link.days is None:
            return
        self._link = link
        self.several.setChecked(True)
        self.several.setEnabled(False)
        self.last_edit.setDate(qdate(link.days[1]))
        self.last_edit.setEnabled(False)
        self.note.setText(
            tr(
                _CONTEXT,
                "Part of {span}. To change its days, delete the event and make it again.",
            ).format(span=describe_span(link.days[0], link.days[1], self.locale()))
        )
        self.note.setVisible(True)

    def state(self) -> tuple[bool, date]:
        return (self.several.isChecked(), pydate(self.last_edit.date()))


def _next_day(day: date) -> date:
    return date.fromordinal(min(day.toordinal() + 1, date.max.toordinal()))


class RepeatEditor(QWidget):
    """How the event repeats and when it ends, with the number of events it makes."""

    changed = Signal()

    def __init__(self, locale: QLocale, start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(locale)
        self._start = start
        self._link: Link | None = None
        self._days_touched = False
        self._count_cache: tuple[str, int] | None = None

        self.choice = QComboBox(self)
        self.choice.setAccessibleName(tr(_CONTEXT, "Repeat"))
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.days = QWidget(self)
        days_row = QHBoxLayout(self.days)
        days_row.setContentsMargins(0, 0, 0, 0)
        days_row.setSpacing(4)
        self.day_boxes: dict[int, QCheckBox] = {}
        first = first_weekday(locale) - 1  # 1 = Monday
        for offset in range(7):
            weekday = (first + offset) % 7
            box = QCheckBox(day_name(weekday, locale, short=True), self.days)
            box.setAccessibleName(day_name(weekday, locale))
            box.toggled.connect(self._day_toggled)
            self.day_boxes[weekday] = box
            days_row.addWidget(box)
        days_row.addStretch(1)

        self.ends = QWidget(self)
        self.end_choice = QComboBox(self.ends)
        self.end_choice.setAccessibleName(tr(_CONTEXT, "Ends"))
        self.end_choice.addItem(
            tr(_CONTEXT, "Keeps going (%n months for now)", None, n=HORIZON_MONTHS), HORIZON
        )
        self.end_choice.addItem(tr(_CONTEXT, "After a number of times"), COUNT)
        self.end_choice.addItem(tr(_CONTEXT, "On a date"), UNTIL)
        self.count_spin = QSpinBox(self.ends)
        self.count_spin.setAccessibleName(tr(_CONTEXT, "Number of times"))
        self.count_spin.setRange(0, 99_999)
        self.count_spin.setValue(DEFAULT_COUNT)
        self.count_spin.setSuffix(tr(_CONTEXT, " times", "after the number of a repeat's times"))
        self.until_edit = _date_edit(locale, self.ends)
        self.until_edit.setAccessibleName(tr(_CONTEXT, "Last date"))
        self.until_edit.setDate(qdate(add_months(start, 3)))
        ends_label = plain_label(tr(_CONTEXT, "Ends:"), self.ends)
        ends_label.setWordWrap(False)
        ends_layout = _row(ends_label, self.end_choice, self.count_spin, self.until_edit)
        self.ends.setLayout(ends_layout)

        self.summary = plain_label("", self)
        self.summary.setObjectName("repeatSummary")
        self.note = _note(self)
        self.note.setObjectName("repeatNote")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(_row(self.choice))
        layout.addWidget(self.days)
        layout.addWidget(self.ends)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)

        self._fill_choices()
        self.day_boxes[start.weekday()].setChecked(True)
        self._days_touched = False
        self.choice.currentIndexChanged.connect(self._update)
        self.end_choice.currentIndexChanged.connect(self._update)
        self.count_spin.valueChanged.connect(self._update)
        self.until_edit.dateChanged.connect(self._update)
        self._update()

    # --- the choices, following the start -----------------------------------------------------

    def _fill_choices(self) -> None:
        """The choices as the start reads: "매월 8일", "매월 둘째 화요일", "매년 12월 25일"."""
        start, locale = self._start, self.locale()
        kept = self.current()
        items = [
            (tr(_CONTEXT, "Does not repeat"), NONE),
            (tr(_CONTEXT, "Daily"), DAILY),
            (tr(_CONTEXT, "Every weekday (Mon–Fri)"), WEEKDAY),
            (tr(_CONTEXT, "Weekly on…"), WEEKLY),
            (monthly_by_date(start), MONTHLY_DATE),
        ]
        nth = nth_of_month(start)
        if nth <= 4:
            items.append((monthly_by_weekday(start, nth, locale), MONTHLY_NTH))
        if in_last_week(start):
            items.append((monthly_by_weekday(start, -1, locale), MONTHLY_LAST))
        items.append((yearly(start, locale), YEARLY))
        if lunar := lunar_yearly(start):  # "매년 음력 8월 15일": the start's lunar date
            items.append((lunar, LUNAR_YEARLY))
        keys = [key for _, key in items]
        if kept not in keys:
            kept = MONTHLY_LAST if kept == MONTHLY_NTH and MONTHLY_LAST in keys else kept
            kept = MONTHLY_NTH if kept == MONTHLY_LAST and MONTHLY_NTH in keys else kept
        blocked = self.choice.blockSignals(True)
        self.choice.clear()
        for text, key in items:
            self.choice.addItem(text, key)
        self.choice.setCurrentIndex(max(self.choice.findData(kept), 0))
        self.choice.blockSignals(blocked)

    def current(self) -> str:
        data = self.choice.currentData()
        return data if isinstance(data, str) else NONE

    def set_start(self, start: date) -> None:
        """Follow the event's first day: the choices' texts, and the ticked day while the
        user has not chosen days."""
        old = self._start
        self._start = start
        if self._link is not None:
            self._update()
            return
        self._fill_choices()
        if not self._days_touched and old.weekday() != start.weekday():
            for weekday, box in self.day_boxes.items():
                blocked = box.blockSignals(True)
                box.setChecked(weekday == start.weekday())
                box.blockSignals(blocked)
        self._update()

    def _day_toggled(self, _on: bool) -> None:
        self._days_touched = True
        self._update()

    # --- what it makes ----------------------------------------------------------------------------

    def repeat(self) -> Repeat | None:
        """The repeat chosen; None for "does not repeat" (and for an item of a series: its
        repeat is not changed here)."""
        if self._link is not None:
            return None
        return self._chosen()

    def _chosen(self) -> Repeat | None:
        key = self.current()
        if key == NONE:
            return None
        end = self.end_choice.currentData()
        count = self.count_spin.value() if end == COUNT else None
        until = pydate(self.until_edit.date()) if end == UNTIL else None
        if key == DAILY:
            return Repeat(Frequency.DAILY, count=count, until=until)
        if key == WEEKDAY:
            return Repeat(Frequency.DAILY, weekdays=WEEKDAYS, count=count, until=until)
        if key == WEEKLY:
            days = tuple(d for d in range(7) if self.day_boxes[d].isChecked())
            return Repeat(Frequency.WEEKLY, weekdays=days, count=count, until=until)
        if key == MONTHLY_NTH:
            nth = nth_of_month(self._start)
            return Repeat(Frequency.MONTHLY, nth=nth, count=count, until=until)
        if key == MONTHLY_LAST:
            return Repeat(Frequency.MONTHLY, nth=-1, count=count, until=until)
        if key == YEARLY:
            return Repeat(Frequency.YEARLY, count=count, until=until)
        if key == LUNAR_YEARLY:
            return Repeat(Frequency.YEARLY, count=count, until=until, lunar=True)
        return Repeat(Frequency.MONTHLY, count=count, until=until)

    def problem(self) -> str:
        """What is wrong with the choice, as the user reads it; "" when nothing."""
        repeat = self.repeat()
        if repeat is None:
            return ""
        if repeat.frequency is Frequency.WEEKLY and not repeat.weekdays:
            return tr(_CONTEXT, "Tick at least one day of the week.")
        if repeat.count is not None and not 1 <= repeat.count <= MAX_OCCURRENCES:
            return tr(_CONTEXT, "Choose between 1 and {most} times.").format(
                most=self.locale().toString(MAX_OCCURRENCES)
            )
        if repeat.until is not None and repeat.until < self._start:
            return tr(_CONTEXT, "The end date is before the start. Choose {date} or later.").format(
                date=full_date(self._start, self.locale())
            )
        made = self.event_count()
        if made > MAX_OCCURRENCES:
            return tr(
                _CONTEXT,
                "This makes more than {most} events. Choose an earlier end date or fewer times.",
            ).format(most=self.locale().toString(MAX_OCCURRENCES))
        if made == 0:
            return tr(_CONTEXT, "This makes no event. Choose another end or another start.")
        return ""

    def event_count(self) -> int:
        """How many events the choice makes (more than :data:`MAX_OCCURRENCES`: one more)."""
        repeat = self.repeat()
        if repeat is None:
            return 1
        rule = rule_text(self._start, repeat)
        if self._count_cache is not None and self._count_cache[0] == rule:
            return self._count_cache[1]
        through = repeat.until if repeat.until is not None else None
        if repeat.count is not None:
            through = date.max
        try:
            made = len(occurrence_days(rule, through=through, limit=MAX_OCCURRENCES + 1))
        except (ValueError, OverflowError):  # a rule running past the year 9999
            made = MAX_OCCURRENCES + 1
        self._count_cache = (rule, made)
        return made

    # --- showing it -------------------------------------------------------------------------------

    def _update(self, *_args: object) -> None:
        key = self.current()
        repeating = key != NONE
        self.days.setVisible(key == WEEKLY)
        self.ends.setVisible(repeating and self._link is None)
        end = self.end_choice.currentData()
        self.count_spin.setVisible(end == COUNT)
        self.until_edit.setVisible(end == UNTIL)
        if self._link is None:
            self._show_summary()
        self.changed.emit()

    def _show_summary(self) -> None:
        repeat = self._chosen()
        horizon = repeat is not None and repeat.count is None and repeat.until is None
        self.note.setText(
            tr(
                _CONTEXT,
                "Events are made for the next %n months; the series can be extended later.",
                None,
                n=HORIZON_MONTHS,
            )
        )
        self.note.setVisible(horizon)
        if repeat is None or self.problem():
            self.summary.setVisible(False)
            return
        described = describe(repeat, self._start, self.locale())
        if repeat.count is None:  # with a count, the line already says how many
            events = tr(_CONTEXT, "%n events", None, n=self.event_count())
            described = tr(_CONTEXT, "{repeat}: {events}").format(repeat=described, events=events)
        self.summary.setText(described)
        self.summary.setVisible(True)

    def show_link(self, link: Link) -> None:
        """An item of a series: how it repeats, shown and not to be changed here."""
        if link.rule is None:
            return
        self._link = link
        parsed = parse_repeat(link.rule)
        start = rule_start(link.rule) or link.day
        key = _choice_of(parsed, start)
        self._start = start
        self._fill_choices()
        self.choice.setCurrentIndex(max(self.choice.findData(key), 0))
        if parsed is not None and parsed.frequency is Frequency.WEEKLY:
            for weekday, box in self.day_boxes.items():
                box.setChecked(weekday in (parsed.weekdays or (start.weekday(),)))
        for widget in (self.choice, self.days, self.ends):
            widget.setEnabled(False)
        described = (
            describe(parsed, start, self.locale())
            if parsed is not None
            else tr(_CONTEXT, "Repeats by a rule this app does not show")
        )
        self.summary.setText(
            tr(_CONTEXT, "{repeat} (from {start})").format(
                repeat=described, start=full_date(start, self.locale())
            )
        )
        self.summary.setVisible(True)
        self.note.setText(
            tr(
                _CONTEXT,
                "To change how it repeats, delete the following events and make a new series.",
            )
        )
        self.note.setVisible(True)
        self._update()

    def state(self) -> tuple[object, ...]:
        return (
            self.current(),
            tuple(box.isChecked() for box in self.day_boxes.values()),
            self.end_choice.currentData(),
            self.count_spin.value(),
            self.until_edit.date().toJulianDay(),
        )


def _choice_of(repeat: Repeat | None, start: date) -> str:
    """The dialog's choice that shows ``repeat`` (a read series); "weekly" for what it has none."""
    if repeat is None:
        return NONE
    if repeat.frequency is Frequency.DAILY:
        return WEEKDAY if repeat.weekdays == WEEKDAYS else DAILY
    if repeat.frequency is Frequency.MONTHLY:
        if repeat.nth == -1:
            return MONTHLY_LAST
        return MONTHLY_NTH if repeat.nth is not None else MONTHLY_DATE
    if repeat.frequency is Frequency.YEARLY:
        return LUNAR_YEARLY if repeat.lunar else YEARLY
    return WEEKLY


def exclusive(span: SpanEditor, repeat: RepeatEditor) -> None:
    """A multi-day event does not repeat: choosing one turns the other off, and says so."""

    def sync() -> None:
        if span._link is not None or repeat._link is not None:
            # An item of a series or of a multi-day event: neither is changed here.
            for widget in (span.several, span.last_edit, repeat.choice):
                widget.setEnabled(False)
            return
        several = span.several.isChecked()
        repeating = repeat.current() != NONE
        repeat.choice.setEnabled(not several)
        span.several.setEnabled(not repeating)
        span.note.setText(
            tr(
                _CONTEXT,
                "A repeating event lasts one day each time: choose “Does not repeat” "
                "for an event over several days.",
            )
            if repeating
            else ""
        )
        span.note.setVisible(repeating)
        if not several:
            repeat._show_summary()
        else:
            repeat.note.setText(
                tr(
                    _CONTEXT,
                    "An event over several days does not repeat: untick “Several days” "
                    "to make it repeat.",
                )
            )
            repeat.note.setVisible(True)

    span.changed.connect(sync)
    repeat.changed.connect(sync)
    sync()
