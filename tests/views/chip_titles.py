"""How much of each title the grid shows: a test helper, and a script over the demo calendar.

``uv run python -m tests.views.chip_titles`` opens the demo calendar (every department shown)
offscreen at 1024×600 and 1280×800 and prints, for each size and language, how many of the
chips on screen show fewer than six characters of their title.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics

from desktop.domain.display import ELLIPSIS, elided
from desktop.views.day_delegate import ChipText
from desktop.views.month_model import DayEntry, Roles
from desktop.views.month_view import MonthView

ENOUGH = 6  # title characters a chip shows at least (all of a shorter title)
# The demo month the counts are taken on (a fixed day: the same counts on any date).
REFERENCE_DAY = date(2026, 12, 3)


@dataclass(frozen=True)
class Chip:
    entry: DayEntry
    line: QRect
    text: ChipText

    @property
    def wanted(self) -> int:
        return min(ENOUGH, len(elided(self.entry.event.title)))


def chips_on_screen(view: MonthView, *, tag_all: bool = True) -> list[Chip]:
    """Every chip the grid paints, laid out as the delegate lays it out.

    ``tag_all``: give every entry a department tag (its name's first characters) when it has
    none, as an overlay of several departments does: the narrowest case.
    """
    chips = []
    model = view.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            entries: list[DayEntry] = index.data(Roles.ENTRIES) or []
            layout = view.layout_for(index)
            for shown, line in zip(entries, layout.lines, strict=False):
                tagged = shown
                if tag_all and not shown.tag:
                    tagged = replace(shown, tag=shown.department_name[:2])
                chips.append(Chip(tagged, line, view.delegate.chip(tagged, line, view.font())))
    return chips


def title_characters_seen(chip: Chip, metrics: QFontMetrics) -> int:
    """The title's characters the chip shows, checked against the font's metrics: what is
    drawn is the title's start (then "…"), and it fits in the chip beside what follows it."""
    title = elided(chip.entry.event.title)
    shown = chip.text.title_shown
    if shown != title:
        assert shown.endswith(ELLIPSIS) and title.startswith(shown[:-1]), (shown, title)
    end = chip.text.title_x + metrics.horizontalAdvance(shown)
    if chip.text.time is not None:
        assert end < chip.text.time_x
        end = chip.text.time_x + metrics.horizontalAdvance(chip.text.time_shown)
    assert end <= chip.line.width(), (shown, chip.text.time_shown, end, chip.line.width())
    return len(shown) - 1 if shown.endswith(ELLIPSIS) else len(shown)


def short_titles(view: MonthView) -> tuple[int, int]:
    """How many chips on screen show fewer than six title characters, of how many."""
    metrics = QFontMetrics(view.font())
    chips = chips_on_screen(view)
    short = sum(1 for c in chips if title_characters_seen(c, metrics) < c.wanted)
    return short, len(chips)


# --- the script ---------------------------------------------------------------------------------


def main(day: date | None = None) -> int:  # pragma: no cover - a tool, run by hand
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.data.cache import Cache
    from desktop.demo import DEPARTMENTS, plan_demo, start_demo
    from desktop.gui import choose_locale
    from desktop.settings import AppSettings
    from desktop.views.formats import TimeStyle
    from desktop.views.main_window import CURRENT_DEPARTMENT, OVERLAYS, MainWindow
    from desktop.workers.calendar_service import CalendarService

    day = day or REFERENCE_DAY
    folder = tempfile.mkdtemp(prefix="deptcal-chips-")
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("deptcal-chip-titles")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, os.path.join(folder, scope.name))
    server, connection = start_demo(day)
    try:
        for language in ("ko", "en"):
            settings = AppSettings()
            plan = plan_demo(day)
            ids = [d.id for d in plan.departments]
            assert len(ids) == len(DEPARTMENTS)
            settings.set(CURRENT_DEPARTMENT, ids[0])
            settings.set(OVERLAYS, ids)
            cache_file = os.path.join(folder, f"cache-{language}.sqlite3")
            service = CalendarService(
                lambda: connection,
                cache_factory=lambda s, f=cache_file: Cache.open(f, s.source_key()),
            )
            TimeStyle.set(False, language)
            window = MainWindow(
                service, settings, locale=choose_locale(language), today=day, watch_network=False
            )
            window.show()
            loop = QEventLoop()
            window.monthShown.connect(lambda _m, done=loop.quit: QTimer.singleShot(500, done))
            window.start()
            loop.exec()
            for width, height in ((1024, 600), (1280, 800)):
                window.resize(width, height)
                settle = QEventLoop()
                QTimer.singleShot(300, settle.quit)  # the layout, and the weeks still filling
                settle.exec()
                while window.model.filling:
                    app.processEvents()
                short, total = short_titles(window.month_view)
                print(
                    f"{language} {width}x{height}: {short} of {total} chips show fewer than "
                    f"{ENOUGH} title characters"
                )
            window.confirm_quit = lambda _count: True  # type: ignore[method-assign]
            window.close()
            service.close()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
