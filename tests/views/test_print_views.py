"""Every view on paper: the PDF of each kind read back, ranges across months, fonts embedded."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.data.errors import OfflineError
from desktop.data.store import DynamoStore, EventBatch
from desktop.domain.display import isolated
from desktop.domain.models import Event, new_id
from desktop.views.calendar_view import ViewKind, view_name
from desktop.views.main_window import MainWindow
from desktop.views.print_dialog import PrintDialog, PrintOptions
from tests.views.conftest import ENGLISH, KOREAN, Seeded, WindowFactory

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="pdftotext and pdffonts (poppler-utils) are not installed",
)

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
# The range of each kind that holds the seeded events (3 and 5 November 2026).
RANGES = {
    ViewKind.MONTH: NOVEMBER,
    ViewKind.WEEK: (date(2026, 11, 1), date(2026, 11, 7)),  # weeks start on Sunday (ko, en)
    ViewKind.AGENDA: NOVEMBER,
    ViewKind.TEAM: (date(2026, 11, 1), date(2026, 11, 7)),
    ViewKind.YEAR: (date(2026, 1, 1), date(2026, 12, 31)),
}
# What each kind writes of an event: the grids write titles, the year only marks busy days.
SHOWS_TITLES = {ViewKind.MONTH, ViewKind.WEEK, ViewKind.AGENDA, ViewKind.TEAM}


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def flat(text: str) -> str:
    """Without whitespace: wrapping does not matter."""
    return re.sub(r"\s+", "", text)


def pages(path: Path) -> int:
    return pdf_text(path).count("\f")


def save(
    window: MainWindow,
    qtbot: QtBot,
    path: Path,
    kind: ViewKind,
    first: date,
    last: date,
    ids: list[str],
    *,
    descriptions: bool = True,
    per_department: bool = False,
) -> int:
    options = PrintOptions(kind, first, last, ids, descriptions, per_department)
    with qtbot.waitSignal(window.exports.printing.saved, timeout=60_000) as saved:
        window.exports.printing.save_pdf(str(path), options)
    assert saved.args[0] == str(path)
    return int(saved.args[1])


@pytest.fixture
def described(seeded: Seeded, store: DynamoStore) -> Event:
    """An event of 영업팀 with a description, on 4 November."""
    return store.create_event(
        Event(
            new_id(),
            seeded.sales.id,
            date(2026, 11, 4),
            "예산 검토",
            description="회의실 3에서 분기 예산 확인",
            time="오전 9:00",
        )
    )


@pytest.fixture
def korean_ui(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(Path(__file__).parents[2] / "resources/i18n/deptcal_ko.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@needs_poppler
@pytest.mark.parametrize("kind", list(ViewKind))
def test_each_kind_in_korean_reads_back_with_its_events_and_embedded_fonts(
    kind: ViewKind,
    seeded: Seeded,
    described: Event,
    korean_ui: None,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = make_window(locale=KOREAN)
    path = tmp_path / f"{kind}.pdf"
    ids = [seeded.development.id, seeded.sales.id]
    first, last = RANGES[kind]

    save(window, qtbot, path, kind, first, last, ids)

    text = flat(pdf_text(path))
    assert flat(f"{view_name(kind)} · 개발팀, 영업팀") in text  # the header, in Korean
    assert "개발팀" in text and "영업팀" in text
    assert f"{first.year}.{first.month}.{first.day}." in text  # the range, the Korean way
    assert "인쇄:" in text and "쪽" in text  # printed at, page N / M
    if kind in SHOWS_TITLES:
        for title in ("팀 회의", "코드 리뷰", "고객사 미팅", "예산 검토"):
            assert flat(title) in text
    if kind in (ViewKind.WEEK, ViewKind.AGENDA, ViewKind.TEAM):
        assert flat(described.description) in text
        assert "오전9:00" in text and "오후2:00" in text
    if kind == ViewKind.YEAR:
        assert "추석" in text and "설날" in text  # holidays named
    fonts = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert fonts, "the PDF names no font"
    for line in fonts:
        assert line.split()[-5] == "yes", f"a font is not embedded: {line}"


@needs_poppler
@pytest.mark.parametrize("kind", list(ViewKind))
def test_each_kind_in_english_reads_back(
    kind: ViewKind,
    seeded: Seeded,
    described: Event,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = make_window(locale=ENGLISH)
    path = tmp_path / f"{kind}.pdf"
    first, last = RANGES[kind]

    save(window, qtbot, path, kind, first, last, [seeded.development.id, seeded.sales.id])

    text = pdf_text(path)
    name = {
        ViewKind.MONTH: "Month",
        ViewKind.WEEK: "Week",
        ViewKind.AGENDA: "Agenda",
        ViewKind.TEAM: "Team week",
        ViewKind.YEAR: "Year",
    }[kind]
    assert f"{name} · 개발팀, 영업팀" in text
    assert f"{first.month}/{first.day}/{first.year}" in text
    assert "Printed " in text and "Page 1 / 1" in text
    if kind in SHOWS_TITLES:
        assert "2:00 PM" in flat(text) or "2:00PM" in flat(text)
        assert flat("고객사 미팅") in flat(text)
    if kind == ViewKind.MONTH:
        assert "November 2026" in text


@needs_poppler
@pytest.mark.parametrize("kind", [ViewKind.WEEK, ViewKind.AGENDA, ViewKind.TEAM])
def test_descriptions_are_printed_only_when_asked(
    kind: ViewKind,
    seeded: Seeded,
    described: Event,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = make_window()
    ids = [seeded.development.id, seeded.sales.id]
    first, last = RANGES[kind]
    with_them, without = tmp_path / "with.pdf", tmp_path / "without.pdf"

    save(window, qtbot, with_them, kind, first, last, ids, descriptions=True)
    save(window, qtbot, without, kind, first, last, ids, descriptions=False)

    assert flat(described.description) in flat(pdf_text(with_them))
    assert flat(described.description) not in flat(pdf_text(without))
    assert flat(described.title) in flat(pdf_text(without))


@needs_poppler
@pytest.mark.parametrize("kind", list(ViewKind))
def test_one_department_per_page(
    kind: ViewKind,
    seeded: Seeded,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = make_window()
    ids = [seeded.development.id, seeded.sales.id]
    first, last = RANGES[kind]
    overlaid, apart = tmp_path / "overlaid.pdf", tmp_path / "apart.pdf"

    assert save(window, qtbot, overlaid, kind, first, last, ids) == 1
    assert save(window, qtbot, apart, kind, first, last, ids, per_department=True) == 2

    assert pages(overlaid) == 1
    assert pages(apart) == 2
    first_page, second_page = pdf_text(apart).split("\f")[:2]
    assert "· 개발팀" in first_page and "· 영업팀" in second_page
    if kind in SHOWS_TITLES:
        assert flat("팀 회의") in flat(first_page) and flat("고객사 미팅") not in flat(first_page)
        assert flat("고객사 미팅") in flat(second_page)


@pytest.fixture
def far(seeded: Seeded, store: DynamoStore) -> list[Event]:
    """개발팀's events in months the window never opened."""
    return [
        store.create_event(Event(new_id(), seeded.development.id, day, f"먼 행사 {day}"))
        for day in (date(2026, 8, 20), date(2027, 2, 3))
    ]


@needs_poppler
def test_a_range_across_months_fetches_each_month_never_saved_once(
    seeded: Seeded,
    far: list[Event],
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    cache = window.service.cache
    assert cache is not None
    shown = {(seeded.development.id, date(2026, m, 1)) for m in (10, 11, 12)}
    # The months the grid shows (late October to early December) are saved first.
    qtbot.waitUntil(lambda: shown <= cache.saved_months([seeded.development.id]), timeout=10_000)
    reads: list[date] = []
    original = DynamoStore.events_between

    def counted(self: DynamoStore, department_id: str, start: date, end: date) -> EventBatch:
        reads.append(start)
        return original(self, department_id, start, end)

    monkeypatch.setattr(DynamoStore, "events_between", counted)
    first, last = date(2026, 8, 1), date(2027, 2, 28)
    ids = [seeded.development.id]

    count = save(window, qtbot, tmp_path / "month.pdf", ViewKind.MONTH, first, last, ids)

    assert count == 7  # one page per month, August to February
    # Each month never saved, once; October to December were saved already.
    assert sorted(reads) == [
        date(2026, 8, 1),
        date(2026, 9, 1),
        date(2027, 1, 1),
        date(2027, 2, 1),
    ]
    text = flat(pdf_text(tmp_path / "month.pdf"))
    assert all(flat(e.title) in text for e in far)
    assert flat("팀 회의") in text

    reads.clear()  # printed again: everything is saved now
    save(window, qtbot, tmp_path / "again.pdf", ViewKind.AGENDA, first, last, ids)
    assert reads == []
    assert all(flat(e.title) in flat(pdf_text(tmp_path / "again.pdf")) for e in far)


def test_offline_the_months_never_saved_are_named_before_printing(
    seeded: Seeded,
    far: list[Event],
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()

    def unreachable(self: DynamoStore, department_id: str, start: date, end: date) -> EventBatch:
        raise OfflineError.build("http://127.0.0.1:1", "timed out")

    monkeypatch.setattr(DynamoStore, "events_between", unreachable)
    asked: list[str] = []
    printing = window.exports.printing
    monkeypatch.setattr(printing, "confirm_partial", lambda text: asked.append(text) or False)
    options = PrintOptions(
        ViewKind.AGENDA, date(2026, 8, 1), date(2026, 8, 31), [seeded.development.id], True, False
    )

    printing.save_pdf(str(tmp_path / "offline.pdf"), options)
    qtbot.waitUntil(lambda: bool(asked), timeout=60_000)

    assert asked == [
        "These months are not saved on this computer, and it is offline:\n"
        f"2026년 8월: {isolated('개발팀')}\n\nPrint without their events?"
    ]
    assert window.status_message.text() == "Nothing was printed."
    assert not (tmp_path / "offline.pdf").exists()

    # Printed without them, the page says what is missing.
    monkeypatch.setattr(printing, "confirm_partial", lambda text: True)
    with qtbot.waitSignal(printing.saved, timeout=60_000):
        printing.save_pdf(str(tmp_path / "offline.pdf"), options)
    if shutil.which("pdftotext"):
        text = pdf_text(tmp_path / "offline.pdf")
        assert "1 month could not be fetched and is not in it" in text
        assert "No events from 2026. 8. 1. to 2026. 8. 31." in text


@needs_poppler
@pytest.mark.parametrize("kind", list(ViewKind))
def test_a_range_with_nothing_says_so_on_the_page(
    kind: ViewKind,
    seeded: Seeded,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = make_window(locale=ENGLISH)
    path = tmp_path / "empty.pdf"
    first, last = (date(2026, 12, 6), date(2026, 12, 12))
    if kind == ViewKind.MONTH:
        first, last = date(2026, 12, 1), date(2026, 12, 31)

    save(window, qtbot, path, kind, first, last, [seeded.development.id])

    assert "No events from 12/6/2026 to 12/12/2026." in pdf_text(path) or (
        kind == ViewKind.MONTH and "No events from 12/1/2026 to 12/31/2026." in pdf_text(path)
    )


@needs_poppler
@pytest.mark.parametrize("kind", list(ViewKind))
def test_hostile_titles_print_as_text(
    kind: ViewKind,
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    hostile = "<img src=/dev/zero>" + "\u202e뒤집힌\n줄 바꿈 " + "긴" * 10_000
    # Longer than the app lets anyone save: written to the table as another client could.
    event = store.create_event(Event(new_id(), seeded.development.id, date(2026, 11, 4), "임시"))
    key = {"id": {"S": event.id}, "department_id": {"S": seeded.development.id}}
    table = store.settings.events_table
    item = store.client.get_item(TableName=table, Key=key)["Item"]
    item["title"] = item["description"] = {"S": hostile}
    store.client.put_item(TableName=table, Item=item)
    window = make_window()
    path = tmp_path / "hostile.pdf"
    first, last = RANGES[kind]

    save(window, qtbot, path, kind, first, last, [seeded.development.id])

    text = pdf_text(path)
    if kind in SHOWS_TITLES:
        assert "<img src=/dev/zero>" in text
        assert flat("팀 회의") in flat(text)  # the events after it still print


def test_the_dialog_reads_typed_dates_and_says_which_cannot_be_read(
    seeded: Seeded, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    dialog = PrintDialog(
        kind=ViewKind.WEEK,
        anchor=date(2026, 11, 26),
        today=date(2026, 11, 26),
        first_weekday=1,
        departments=[(seeded.development.id, "개발팀"), (seeded.sales.id, "영업팀")],
        shown=[seeded.development.id],
        locale=KOREAN,
        settings=window.settings,
        accept_text="Save…",
        parent=window,
    )
    qtbot.addWidget(dialog)
    assert dialog.options() == PrintOptions(
        ViewKind.WEEK, date(2026, 11, 23), date(2026, 11, 29), [seeded.development.id], True, False
    )
    assert dialog.descriptions_box.isEnabled()
    dialog.kind_box.setCurrentIndex(list(ViewKind).index(ViewKind.MONTH))
    assert not dialog.descriptions_box.isEnabled()  # a month's page has room for titles only
    assert "titles only" in dialog.descriptions_box.toolTip()
    dialog.kind_box.setCurrentIndex(list(ViewKind).index(ViewKind.WEEK))
    dialog.from_edit.setText("12월 1일")
    dialog.to_edit.setText("다음 주 금요일 아님")
    assert dialog.typed_button.isChecked()
    assert dialog.to_error.message().startswith("Not a date this app can read.")
    assert dialog.from_error.message() == ""
    assert not dialog.ok_button.isEnabled()
    dialog.to_edit.setText("dec 24")
    assert dialog.ok_button.isEnabled()
    dialog.kind_box.setCurrentIndex(list(ViewKind).index(ViewKind.AGENDA))
    dialog.per_page_button.setChecked(True)
    dialog.descriptions_box.setChecked(False)
    dialog.accept()
    assert dialog.options() == PrintOptions(
        ViewKind.AGENDA, date(2026, 12, 1), date(2026, 12, 24), [seeded.development.id], False, True
    )

    # Remembered: the next dialog starts from the typed range, one per page, no descriptions.
    again = PrintDialog(
        kind=ViewKind.MONTH,
        anchor=date(2026, 11, 26),
        today=date(2026, 11, 26),
        first_weekday=1,
        departments=[(seeded.development.id, "개발팀")],
        shown=[seeded.development.id],
        locale=KOREAN,
        settings=window.settings,
        accept_text="Save…",
        parent=window,
    )
    qtbot.addWidget(again)
    assert again.typed_button.isChecked()
    assert again.per_page_button.isChecked()
    assert not again.descriptions_box.isChecked()
    item = again.department_list.item(0)
    item.setCheckState(item.checkState().Unchecked)
    assert again.departments_error.message() == "Tick at least one department to print."
    assert not again.ok_button.isEnabled()


@needs_poppler
def test_save_as_pdf_prints_the_view_shown_about_its_day(
    seeded: Seeded,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window = make_window()
    window.views.show(ViewKind.TEAM)
    window.go_to(date(2026, 11, 4))
    path = tmp_path / "shown.pdf"

    with qtbot.waitSignal(window.exports.printing.saved, timeout=60_000):
        window.save_pdf(str(path))

    text = pdf_text(path)
    assert "Team week · 개발팀" in text
    assert "2026. 11. 1. – 2026. 11. 7." in text  # the anchor's week (Sunday first in Korean)
    assert flat("팀 회의") in flat(text)


@needs_poppler
def test_print_shows_a_preview_of_the_pages(
    seeded: Seeded,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    window = make_window()
    printing = window.exports.printing
    options = PrintOptions(
        ViewKind.WEEK, *RANGES[ViewKind.WEEK], [seeded.development.id], True, True
    )
    monkeypatch.setattr(printing, "ask_options", lambda _text: options)
    previewed = tmp_path / "preview.pdf"
    shown: list[str] = []

    def exec_preview(dialog: QPrintPreviewDialog) -> int:
        shown.append(dialog.windowTitle())
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(previewed))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_preview)

    window.exports.print_month()  # File ▸ Print…
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)

    assert shown == ["Print preview"]
    assert "Week · 개발팀" in pdf_text(previewed)
    assert flat("코드 리뷰") in flat(pdf_text(previewed))


@needs_poppler
def test_a_week_too_full_for_a_page_goes_on_over_more_pages_and_nothing_is_cut(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    day = date(2026, 11, 4)
    titles = [f"회의 {n:03d}" for n in range(150)]
    for n, title in enumerate(titles):
        store.create_event(
            Event(
                new_id(), seeded.development.id, day, title, time=f"{8 + n // 15}:{n % 15 * 4:02d}"
            )
        )
    window = make_window()
    week = tmp_path / "week.pdf"
    save(window, qtbot, week, ViewKind.WEEK, *RANGES[ViewKind.WEEK], [seeded.development.id])
    text = flat(pdf_text(week))
    assert pages(week) >= 2
    assert "(1/" in text and "(2/" in text
    assert all(flat(title) in text for title in titles)  # every one of them, on some page
    team = tmp_path / "team.pdf"
    save(window, qtbot, team, ViewKind.TEAM, *RANGES[ViewKind.TEAM], [seeded.development.id])
    assert re.search(r"\+\d+more", flat(pdf_text(team)))  # a full cell says how many more
