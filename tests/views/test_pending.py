"""Changes not sent: marks in the grid, the list with retry and discard, quitting, restarting."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.data.cache import Cache, CacheError
from desktop.data.errors import OfflineError, ThrottledError
from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id
from desktop.views.conflict_dialog import ConflictChoice, ConflictDialog
from desktop.views.main_window import MainWindow
from desktop.views.month_model import DayEntry
from desktop.views.pending_dialog import PendingDialog
from desktop.workers.send_retry import Backoff
from tests.views.conftest import ENGLISH, TODAY, Seeded, ServiceFactory, WindowFactory
from tests.views.test_offline import dead_endpoint

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def table_titles(store: DynamoStore, department_id: str) -> list[str]:
    return sorted(e.title for e in store.events_between(department_id, *NOV).events)


def entry(window: MainWindow, title: str) -> DayEntry | None:
    return next((e for e in window.model.all_entries() if e.event.title == title), None)


def offline_store(store: DynamoStore) -> DynamoStore:
    return DynamoStore(
        replace(store.settings, endpoint_url=dead_endpoint(), connect_timeout=0.3, max_attempts=1)
    )


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object, **_kw: object) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr("desktop.views.widgets.ask", answer)
    return questions


def test_offline_changes_survive_a_restart_and_are_sent_after_it(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    say_yes: list[str],
) -> None:
    make_window().close()  # the cache holds November
    cut = offline_store(store)
    window = make_window(store_factory=lambda _s: cut, wait=False)
    qtbot.waitUntil(lambda: entry(window, "팀 회의") is not None)
    meeting = entry(window, "팀 회의")
    assert meeting is not None
    window.editing.write_change(meeting.event, meeting.event.with_changes(title="팀 회의 (3층)"))
    window.month_view.select_entry(entry(window, "코드 리뷰"))
    window.editing.delete_selected()
    new = Event(new_id(), seeded.development.id, date(2026, 11, 20), "송년회")
    window.editing.record(None, new)
    qtbot.waitUntil(window.pending_button.isVisible)
    qtbot.waitUntil(lambda: window.pending_button.text() == "3 changes not sent")
    marked = entry(window, "팀 회의 (3층)")
    assert marked is not None and marked.state == "pending"
    assert entry(window, "코드 리뷰") is None

    # Quitting says how many changes wait; "keep open" keeps the window.
    asked: list[int] = []
    window.confirm_quit = lambda count: asked.append(count) or False  # type: ignore[method-assign]
    assert not window.close()
    assert asked == [3] and window.isVisible()
    window.confirm_quit = lambda _count: True  # type: ignore[method-assign]
    assert window.close()
    window.service.close()  # the app has quit: nothing of it keeps trying to send

    again = make_window()  # the network is back
    qtbot.waitUntil(
        lambda: table_titles(store, seeded.development.id) == ["송년회", "팀 회의 (3층)"],
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not again.pending_button.isVisible())
    shown = entry(again, "팀 회의 (3층)")
    assert shown is not None and shown.state == ""


def test_the_quit_question_names_the_count(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot, say_yes: list[str]
) -> None:
    window = make_window(locale=ENGLISH)
    window.service.store = offline_store(store)  # the table cannot be reached from now on
    window.service.pending = []
    meeting = entry(window, "팀 회의")
    assert meeting is not None
    window.editing.write_change(meeting.event, meeting.event.with_changes(title="바뀐 회의"))
    qtbot.waitUntil(lambda: len(window.service.pending) == 1)
    assert MainWindow.confirm_quit(window, 1)
    assert "1 change has not reached the shared calendar yet" in say_yes[-1]


def test_a_refresh_never_overwrites_a_change_waiting_to_be_sent(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    real = store.update_event

    def offline(*_args: object, **_kwargs: object) -> Event:
        raise OfflineError.build(store.settings.endpoint_label(), "test")

    store.update_event = offline  # type: ignore[method-assign]
    meeting = entry(window, "팀 회의")
    assert meeting is not None
    window.editing.write_change(meeting.event, meeting.event.with_changes(title="내 수정"))
    qtbot.waitUntil(lambda: window.banner.kind == "offline")
    store.update_event = real  # type: ignore[method-assign]
    window.service.store = store
    # The refresh reads the table (which still has the old title) before the outbox is sent.
    window.service.send_pending = lambda: None  # type: ignore[method-assign]
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        window.show_month(window.month, force=True)
    assert entry(window, "팀 회의") is None
    shown = entry(window, "내 수정")
    assert shown is not None and shown.state == "pending"


def test_the_list_shows_each_change_with_retry_and_discard(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    say_yes: list[str],
) -> None:
    window = make_window(locale=ENGLISH)
    # A title the table refuses (too long for the item size limit is caught before; this one
    # is refused by the server's own rules, as a stricter web app might).
    real = store.create_event

    def refused(*_args: object, **_kwargs: object) -> Event:
        from desktop.data.errors import ValidationFailed

        raise ValidationFailed.server("One or more parameter values were invalid")

    store.create_event = refused  # type: ignore[method-assign]
    window.editing.record(
        None, Event(new_id(), seeded.development.id, date(2026, 11, 9), "거부될 일정")
    )
    qtbot.waitUntil(lambda: window.banner.kind == "error")
    refused_entry = entry(window, "거부될 일정")
    assert refused_entry is not None and refused_entry.state == "failed"

    window.show_pending()
    dialog = window.outbox.pending_dialog
    assert isinstance(dialog, PendingDialog)
    qtbot.waitUntil(dialog.isVisible)
    item = dialog.tree.topLevelItem(0)
    assert item is not None
    assert item.text(dialog.WHAT).startswith("New “\u2068거부될 일정\u2069” on")
    assert item.text(dialog.STATE).startswith("Refused: ")

    store.create_event = real  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "거부될 일정" in table_titles(store, seeded.development.id))
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 0)
    assert dialog.empty_label.isVisible()

    # Discard asks first, then puts the table's version back.
    store.update_event = refused  # type: ignore[method-assign]
    meeting = entry(window, "팀 회의")
    assert meeting is not None
    window.editing.write_change(meeting.event, meeting.event.with_changes(title="버릴 수정"))
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1)
    qtbot.waitUntil(
        lambda: dialog.selected() is not None and dialog.selected().state.value == "failed"
    )  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert "Discard your change to “\u2068버릴 수정\u2069”?" in say_yes[-1]
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 0)
    qtbot.waitUntil(lambda: entry(window, "팀 회의") is not None)
    assert entry(window, "버릴 수정") is None
    assert table_titles(store, seeded.development.id) == ["거부될 일정", "코드 리뷰", "팀 회의"]


@pytest.mark.parametrize("choice", [ConflictChoice.KEEP_THEIRS, ConflictChoice.OVERWRITE])
def test_a_delete_that_meets_an_edit_asks_from_the_list(
    choice: ConflictChoice,
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    say_yes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[ConflictDialog] = []

    def choose(self: ConflictDialog) -> int:
        seen.append(self)
        self.choice = choice
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    window = make_window(locale=ENGLISH)
    meeting = entry(window, "팀 회의")
    assert meeting is not None
    store.update_event(meeting.event, meeting.event.with_changes(title="그들의 회의"))
    window.month_view.select_entry(meeting)
    window.editing.delete_selected()
    qtbot.waitUntil(lambda: any(c.state.value == "conflict" for c in window.service.pending))

    window.show_pending()
    dialog = window.outbox.pending_dialog
    assert dialog is not None
    assert dialog.state_text(window.service.pending[0]) == (
        "Conflict: someone else changed the event"
    )
    assert dialog.resolve_button.isEnabled()
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert seen[0].deleting and not seen[0].new_button.isVisibleTo(seen[0])
    expected = (
        ["그들의 회의", "코드 리뷰"] if choice is ConflictChoice.KEEP_THEIRS else ["코드 리뷰"]
    )
    qtbot.waitUntil(lambda: table_titles(store, seeded.development.id) == expected)
    qtbot.waitUntil(lambda: not window.service.pending)
    qtbot.waitUntil(
        lambda: (
            sorted(
                e.event.title
                for e in window.model.all_entries()
                if e.event.department_id == seeded.development.id
            )
            == expected
        )
    )


def test_without_a_usable_cache_file_the_window_says_changes_are_kept_only_while_open(
    seeded: Seeded,
    store: DynamoStore,
    app_settings: object,
    make_service: ServiceFactory,
    qtbot: QtBot,
) -> None:
    from desktop.settings import AppSettings

    def broken(_settings: object) -> Cache:
        raise OSError("disk full")

    service = make_service(cache_factory=broken)
    assert isinstance(app_settings, AppSettings)
    window = MainWindow(service, app_settings, locale=ENGLISH, today=TODAY, watch_network=False)
    window.confirm_quit = lambda _count: True  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.banner.kind == "warning")
    assert "kept only while the app is open" in window.banner.label.text()
    qtbot.waitUntil(lambda: entry(window, "팀 회의") is not None, timeout=10_000)
    meeting = entry(window, "팀 회의")
    assert meeting is not None
    window.editing.write_change(meeting.event, meeting.event.with_changes(title="메모리의 수정"))
    qtbot.waitUntil(lambda: "메모리의 수정" in table_titles(store, seeded.development.id))


def test_discarding_a_new_event_in_a_month_never_fetched_removes_it(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    say_yes: list[str],
) -> None:
    from desktop.data.errors import ValidationFailed

    window = make_window(locale=ENGLISH)

    def refused(*_args: object, **_kwargs: object) -> Event:
        raise ValidationFailed.server("One or more parameter values were invalid")

    store.create_event = refused  # type: ignore[method-assign]
    far = Event(new_id(), seeded.development.id, date(2027, 3, 10), "먼 일정")
    window.editing.record(None, far)
    qtbot.waitUntil(lambda: any(c.state.value == "failed" for c in window.service.pending))
    key = (seeded.development.id, date(2027, 3, 1))
    assert [e.title for e in window.months.memory.events(*key)] == ["먼 일정"]

    window.discard_change(window.service.pending[0].seq)
    qtbot.waitUntil(lambda: not window.service.pending)
    qtbot.waitUntil(lambda: window.months.memory.events(*key) == [])


def test_changes_left_from_last_time_are_sent_even_if_the_store_opens_first(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.data.outbox import Outbox

    with Cache.open(tmp_path / "cache.sqlite3", store.settings.source_key()) as cache:
        left = Event(new_id(), seeded.development.id, date(2026, 11, 21), "지난번 일정")
        Outbox(cache).record(None, left)
    real = Outbox.entries
    gate = threading.Event()

    def late(self: Outbox) -> list:  # type: ignore[type-arg]
        gate.wait(10)  # the list arrives only after the store has opened
        return real(self)

    monkeypatch.setattr(Outbox, "entries", late)
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: window.service.store is not None, timeout=10_000)
    gate.set()
    qtbot.waitUntil(
        lambda: "지난번 일정" in table_titles(store, seeded.development.id), timeout=10_000
    )


def test_a_change_made_before_the_outbox_has_opened_waits_for_it(
    seeded: Seeded, store: DynamoStore, make_service: ServiceFactory, qtbot: QtBot
) -> None:
    from desktop.data.outbox import Recorded

    service = make_service()
    with qtbot.waitSignal(service.cacheReady, timeout=10_000):
        service.start()
    assert service.outbox is None  # start-up has not painted yet: the outbox waits
    recorded: list[Recorded] = []
    errors: list[BaseException] = []
    early = Event(new_id(), seeded.development.id, date(2026, 11, 20), "시작하자마자")
    service.record(None, early, recorded.append, errors.append)
    qtbot.waitUntil(lambda: bool(recorded or errors), timeout=10_000)
    assert not errors
    qtbot.waitUntil(
        lambda: "시작하자마자" in table_titles(store, seeded.development.id), timeout=10_000
    )


def test_a_change_behind_one_another_copy_of_the_app_is_sending_goes_once_that_one_has(
    seeded: Seeded,
    store: DynamoStore,
    make_service: ServiceFactory,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    from desktop.data.outbox import Outbox, State

    path = tmp_path / "cache.sqlite3"
    service = make_service()
    other_cache = Cache.open(path, store.settings.source_key())
    release = threading.Event()
    try:
        service.start()
        qtbot.waitUntil(lambda: service.store is not None and service.outbox is not None)
        # The other copy: its edit of the meeting is on its way when this copy edits it again.
        other = Outbox(other_cache)
        meeting = seeded.meeting
        first = other.record(meeting, meeting.with_changes(title="다른 창에서")).shown
        assert first is not None
        slow = DynamoStore(store.settings)
        real_update = slow.update_event

        def held(*args: object, **kwargs: object) -> Event:
            release.wait(10)
            return real_update(*args, **kwargs)  # type: ignore[arg-type]

        slow.update_event = held  # type: ignore[method-assign]
        sending = threading.Thread(target=other.send_next, args=(slow,))
        sending.start()
        qtbot.waitUntil(lambda: other.entries()[0].state is State.SENDING)

        done: list[object] = []
        service.record(first, first.with_changes(title="이 창에서"), done.append, done.append)
        qtbot.waitUntil(lambda: bool(done))
        assert not isinstance(done[0], BaseException)
        qtbot.waitUntil(lambda: not service._sending)  # it found the other copy's send first
        assert [c.state for c in service.pending] == [State.SENDING, State.WAITING]
        release.set()
        sending.join(10)
        qtbot.waitUntil(
            lambda: "이 창에서" in table_titles(store, seeded.development.id), timeout=15_000
        )
    finally:
        release.set()
        other_cache.close()


def test_a_change_waiting_for_the_outbox_is_handed_back_if_the_source_changes_meanwhile(
    seeded: Seeded, make_service: ServiceFactory, qtbot: QtBot
) -> None:
    from desktop.data.errors import NotConnectedError

    service = make_service()
    with qtbot.waitSignal(service.cacheReady, timeout=10_000):
        service.start()
    errors: list[BaseException] = []
    early = Event(new_id(), seeded.development.id, date(2026, 11, 20), "설정 바꾸기 전")
    service.record(None, early, lambda _r: None, errors.append)
    assert service.outbox is None  # it waits (the outbox opens on a worker)
    service.start()  # new settings arrive meanwhile (OK in the settings dialog)
    assert len(errors) == 1 and isinstance(errors[0], NotConnectedError)


# --- sends that fail for a reason outside the change: retried, and the status says why ---------


def throttle(store: DynamoStore, method: str) -> threading.Event:
    """``store.<method>`` is throttled until the returned event is set."""
    real = getattr(store, method)
    healed = threading.Event()

    def throttled(*args: object, **kwargs: object) -> object:
        if not healed.is_set():
            raise ThrottledError.build("ProvisionedThroughputExceededException", "test")
        return real(*args, **kwargs)

    setattr(store, method, throttled)
    return healed


def quick_retries(window: MainWindow, seconds: float = 0.2) -> None:
    window.service.send_backoff = Backoff(first=seconds, most=seconds)


def test_a_throttled_send_is_retried_and_arrives_while_reads_succeed(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    quick_retries(window)
    healed = throttle(store, "update_event")
    meeting = entry(window, "팀 회의")
    assert meeting is not None
    window.editing.write_change(meeting.event, meeting.event.with_changes(title="팀 회의 (3층)"))
    qtbot.waitUntil(lambda: "The calendar server is busy" in window.send_wait_label.text())
    assert "Trying again at" in window.send_wait_label.text()
    # Reads succeed meanwhile; the change keeps being tried, by itself.
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        window.show_month(window.month, force=True)
    attempts = window.service.pending[0].attempts
    qtbot.waitUntil(lambda: window.service.pending[0].attempts > attempts + 1, timeout=5_000)
    healed.set()
    qtbot.waitUntil(
        lambda: "팀 회의 (3층)" in table_titles(store, seeded.development.id), timeout=5_000
    )
    qtbot.waitUntil(lambda: not window.pending_button.isVisible())
    assert window.send_wait_label.isHidden()
    assert window.banner.kind != "sending"


def test_the_status_keeps_why_changes_wait_through_a_successful_month_load(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    throttle(store, "update_event")  # for the whole test (the next try is 5 s away)
    meeting = entry(window, "팀 회의")
    assert meeting is not None
    window.editing.write_change(meeting.event, meeting.event.with_changes(title="팀 회의 (3층)"))
    qtbot.waitUntil(lambda: window.banner.isVisible() and window.service.send_wait is not None)
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        window.show_month(window.month, force=True)
    assert window.banner.isVisible()
    assert window.banner.label.text().startswith("1 change not sent: The calendar server is busy")
    assert "The calendar server is busy" in window.send_wait_label.text()
    assert window.send_wait_label.isVisibleTo(window)


def test_a_disk_failure_while_sending_is_explained_and_retried(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(locale=ENGLISH)
    quick_retries(window)
    outbox = window.service.outbox
    assert outbox is not None
    real = outbox._settle
    disk_full = threading.Event()
    disk_full.set()

    def settle(*args: object, **kwargs: object) -> object:
        if disk_full.is_set():
            raise CacheError("offline cache: database or disk is full")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    outbox._settle = settle  # type: ignore[assignment, method-assign]
    meeting = entry(window, "팀 회의")
    assert meeting is not None
    window.editing.write_change(meeting.event, meeting.event.with_changes(title="팀 회의 (3층)"))
    qtbot.waitUntil(lambda: "disk is full" in window.send_wait_label.text())
    assert "Free some disk space" in window.send_wait_label.text()
    assert window.banner.kind == "sending" and "disk is full" in window.banner.label.text()
    # The write reached the table; what came of it could not be recorded here.
    assert "팀 회의 (3층)" in table_titles(store, seeded.development.id)
    disk_full.clear()  # space is freed
    qtbot.waitUntil(lambda: not window.pending_button.isVisible(), timeout=5_000)
    assert window.send_wait_label.isHidden()
    assert window.banner.kind != "sending"
    shown = entry(window, "팀 회의 (3층)")
    assert shown is not None and shown.state == ""
    assert table_titles(store, seeded.development.id) == ["코드 리뷰", "팀 회의 (3층)"]


def test_an_offline_edit_marks_only_its_own_department_when_an_id_is_in_two(
    seeded: Seeded,
    store: DynamoStore,
    make_window: WindowFactory,
    qtbot: QtBot,
) -> None:
    # The key is (id, department_id): migrate imports one id in two departments.
    twin = store.create_event(
        seeded.meeting.with_changes(department_id=seeded.sales.id, title="영업 회의")
    )
    first = make_window()
    panel = first.departments_panel
    with qtbot.waitSignal(first.monthShown, timeout=10_000):
        panel.model.setData(
            panel.model.index(panel.model.row_of(seeded.sales.id)),
            Qt.CheckState.Checked.value,
            Qt.ItemDataRole.CheckStateRole,
        )
    first.close()  # the cache holds November of both; the overlay is kept
    cut = offline_store(store)
    window = make_window(store_factory=lambda _s: cut, wait=False)
    qtbot.waitUntil(lambda: None not in (entry(window, "영업 회의"), entry(window, "팀 회의")))
    meeting = entry(window, "팀 회의")
    assert meeting is not None

    window.editing.write_change(meeting.event, meeting.event.with_changes(title="팀 회의 (3층)"))

    qtbot.waitUntil(lambda: window.pending_button.text() == "1 change not sent")
    marked, other = entry(window, "팀 회의 (3층)"), entry(window, "영업 회의")
    assert marked is not None and marked.state == "pending"
    assert other is not None and other.event.id == twin.id and other.state == ""
