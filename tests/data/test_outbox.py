"""The outbox: changes recorded with the cache, sent in order, replays safe, conflicts kept.

Two clients share one moto server: "we" write through an outbox, "they" write straight to the
table (another person on the web app or another copy of this app).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.data.cache import Cache
from desktop.data.config import ConnectionSettings
from desktop.data.outbox import Change, Choice, Kind, Outbox, State
from desktop.data.store import DynamoStore
from desktop.domain.models import Department, Event, new_id
from desktop.domain.timestamps import now_utc
from tests.data.conftest import aws_error, inject, new_event, stop_injecting
from tests.fault_proxy import FaultProxy

pytestmark = pytest.mark.server

DAY = date(2026, 11, 3)
NOVEMBER = date(2026, 11, 1)


@pytest.fixture
def outbox(cache: Cache) -> Outbox:
    return Outbox(cache)


@pytest.fixture
def teams(store: DynamoStore) -> tuple[Department, Department]:
    return store.create_department("개발팀"), store.create_department("디자인팀")


def table(store: DynamoStore, *departments: Department) -> dict[tuple[str, str], Event]:
    """Everything in the events table of these departments, by key."""
    found: dict[tuple[str, str], Event] = {}
    for department in departments:
        batch = store.events_between(department.id, date(2026, 1, 1), date(2027, 12, 31))
        for event in batch.events:
            assert (event.id, department.id) not in found
            found[(event.id, department.id)] = event
    return found


def shown(cache: Cache, *departments: Department) -> list[Event]:
    return cache.events_between([d.id for d in departments], NOVEMBER, date(2026, 11, 30))


def titles(events: object) -> list[str]:
    return sorted(e.title for e in events)  # type: ignore[attr-defined]


# --- recording ----------------------------------------------------------------------------------


def test_a_change_shows_in_the_cache_at_once_and_waits(
    outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    recorded = outbox.record(None, new_event(dev.id, DAY, "회의"))

    assert recorded.shown is not None and recorded.shown.title == "회의"
    assert shown(cache, dev) == [recorded.shown]
    [entry] = outbox.entries()
    assert entry.state is State.WAITING and entry.kind is Kind.CREATE
    assert cache.pending_keys() == {(recorded.shown.id, dev.id)}


def test_a_change_made_at_a_moment_shows_as_the_window_guessed_it(
    outbox: Outbox, teams: tuple[Department, Department]
) -> None:
    """The window shows a change at once as written_version() makes it; the outbox records
    the same version when given the same moment (so the grid is not painted again)."""
    from desktop.data.changes import kind_of, written_version

    dev, _ = teams
    moment = now_utc()
    new = new_event(dev.id, DAY, "회의")
    recorded = outbox.record(None, new, moment)
    assert recorded.shown == written_version(kind_of(None, new), None, new, moment)
    assert recorded.shown is not None
    moved = recorded.shown.with_changes(event_date=date(2026, 11, 20))
    later = now_utc()
    again = outbox.record(recorded.shown, moved, later)
    # Merged with the unsent create: still one version, made at the later moment.
    assert again.shown is not None and again.shown.last_modified == later


def test_the_outbox_survives_reopening(
    tmp_path: Path, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    path = tmp_path / "cache.sqlite3"
    with Cache.open(path, "s") as first:
        Outbox(first).record(None, new_event(dev.id, DAY, "회의"))
    with Cache.open(path, "s") as again:
        [entry] = Outbox(again).entries()
        assert entry.changed is not None and entry.changed.title == "회의"
        assert titles(shown(again, dev)) == ["회의"]


def test_unsent_changes_of_one_event_merge(
    outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, design = teams
    created = outbox.record(None, new_event(dev.id, DAY, "초안")).shown
    assert created is not None
    edited = outbox.record(created, created.with_changes(title="최종")).shown
    assert edited is not None
    moved = outbox.record(edited, edited.with_changes(department_id=design.id)).shown
    assert moved is not None

    [entry] = outbox.entries()
    assert entry.kind is Kind.CREATE
    assert entry.changed is not None and entry.changed.title == "최종"
    assert entry.changed.department_id == design.id
    assert shown(cache, dev, design) == [moved]

    outbox.record(moved, None)
    assert outbox.entries() == []  # created and deleted before it was sent
    assert shown(cache, dev, design) == []


def test_an_edit_back_to_the_tables_version_cancels_out(
    store: DynamoStore, outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    original = store.create_event(new_event(dev.id, DAY, "회의"))
    cache.replace_month(dev.id, NOVEMBER, [original], now_utc())
    edited = outbox.record(original, original.with_changes(title="바뀜")).shown
    assert edited is not None

    back = outbox.record(edited, edited.with_changes(title="회의")).shown

    assert outbox.entries() == []
    assert back == original and back.revision == original.revision
    assert shown(cache, dev) == [original]


# --- sending ------------------------------------------------------------------------------------


def test_every_kind_of_change_reaches_the_table_as_shown(
    store: DynamoStore, outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, design = teams
    kept = store.create_event(new_event(dev.id, DAY, "유지"))
    gone = store.create_event(new_event(dev.id, DAY, "삭제"))
    moving = store.create_event(new_event(dev.id, DAY, "이동"))
    created = outbox.record(None, new_event(dev.id, DAY, "새 일정")).shown
    edited = outbox.record(kept, kept.with_changes(title="유지(수정)")).shown
    moved = outbox.record(
        moving, moving.with_changes(department_id=design.id, title="이동됨")
    ).shown
    outbox.record(gone, None)

    sent = outbox.send_all(store)

    assert [s.outcome for s in sent] == ["written"] * 4
    assert outbox.entries() == []
    now = table(store, dev, design)
    assert sorted(now.values(), key=lambda e: e.title) == sorted(
        [created, edited, moved], key=lambda e: e.title if e else ""
    )
    # What the cache showed is exactly what was written: revisions included.
    for event in (created, edited, moved):
        assert event is not None
        assert now[(event.id, event.department_id)].revision == event.revision
    assert titles(shown(cache, dev, design)) == titles(now.values())


def test_a_change_queued_behind_one_being_sent_follows_it(
    store: DynamoStore, outbox: Outbox, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    created = outbox.record(None, new_event(dev.id, DAY, "v1")).shown
    assert created is not None
    # The create is on its way (its answer not yet known) when the user edits again.
    [first] = outbox.entries()
    outbox.cache.transaction(
        lambda c: c.execute("UPDATE outbox SET state = 'sending' WHERE seq = ?", (first.seq,))
    )
    edited = outbox.record(created, created.with_changes(title="v2")).shown
    assert len(outbox.entries()) == 2
    outbox.recover()  # as after a crash: the create is sent again

    assert [s.outcome for s in outbox.send_all(store)] == ["written", "written"]
    assert list(table(store, dev).values()) == [edited]


def test_a_refresh_never_overwrites_a_waiting_change(
    store: DynamoStore, outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    edited_there = store.create_event(new_event(dev.id, DAY, "원래"))
    deleted_here = store.create_event(new_event(dev.id, DAY, "지울 것"))
    other = store.create_event(new_event(dev.id, DAY, "다른 일정"))
    cache.replace_month(dev.id, NOVEMBER, [edited_there, deleted_here, other], now_utc())
    mine = outbox.record(edited_there, edited_there.with_changes(title="내 수정"))
    outbox.record(deleted_here, None)
    other = store.update_event(other, other.with_changes(title="다른 일정(수정)"))

    fetched = store.events_between(dev.id, NOVEMBER, date(2026, 11, 30))
    cache.replace_month(dev.id, NOVEMBER, fetched.events, fetched.fetched_at)

    assert titles(shown(cache, dev)) == ["내 수정", "다른 일정(수정)"]
    assert mine.shown in shown(cache, dev)


# --- conflicts: two clients -------------------------------------------------------------------


def edit_conflict(
    store: DynamoStore, outbox: Outbox, dev: Department
) -> tuple[Event, Event, Change]:
    """An event edited here ("내 것") and there ("그들의 것"); ours sent and refused.

    Returns the original, their version, and our entry (in conflict)."""
    event = store.create_event(new_event(dev.id, DAY, "원래"))
    outbox.record(event, event.with_changes(title="내 것"))
    theirs = store.update_event(event, event.with_changes(title="그들의 것"))
    [sent] = outbox.send_all(store)
    assert sent.outcome == "conflict" and sent.change.current == theirs
    [entry] = outbox.entries()
    return event, theirs, entry


def test_edit_edit_keep_theirs(
    store: DynamoStore, outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    _, theirs, entry = edit_conflict(store, outbox, dev)
    assert entry.state is State.CONFLICT and entry.current == theirs
    assert titles(shown(cache, dev)) == ["내 것"]  # the user's version stays, marked

    outbox.resolve(entry.seq, Choice.KEEP_THEIRS)
    assert outbox.send_all(store) == []
    assert list(table(store, dev).values()) == [theirs]
    assert shown(cache, dev) == [theirs]


def test_edit_edit_overwrite(
    store: DynamoStore, outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    _, _, entry = edit_conflict(store, outbox, dev)

    resolved = outbox.resolve(entry.seq, Choice.OVERWRITE)
    assert [s.outcome for s in outbox.send_all(store)] == ["written"]

    [now] = table(store, dev).values()
    assert now.title == "내 것" and now == resolved.shown
    assert shown(cache, dev) == [now]


def test_edit_edit_save_as_new(
    store: DynamoStore, outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    event, theirs, entry = edit_conflict(store, outbox, dev)

    outbox.resolve(entry.seq, Choice.SAVE_AS_NEW)
    outbox.send_all(store)

    now = table(store, dev)
    assert titles(now.values()) == ["그들의 것", "내 것"]
    assert now[(event.id, dev.id)] == theirs
    assert titles(shown(cache, dev)) == ["그들의 것", "내 것"]


@pytest.mark.parametrize("choice", list(Choice))
def test_edit_delete(
    choice: Choice,
    store: DynamoStore,
    outbox: Outbox,
    cache: Cache,
    teams: tuple[Department, Department],
) -> None:
    dev, _ = teams
    event = store.create_event(new_event(dev.id, DAY, "원래"))
    outbox.record(event, event.with_changes(title="내 것"))
    store.delete_event(event)

    [sent] = outbox.send_all(store)
    assert sent.outcome == "conflict" and sent.change.current is None

    outbox.resolve(sent.change.seq, choice)
    outbox.send_all(store)

    assert outbox.entries() == []
    expected = {Choice.KEEP_THEIRS: [], Choice.OVERWRITE: ["내 것"], Choice.SAVE_AS_NEW: ["내 것"]}
    assert titles(table(store, dev).values()) == expected[choice]
    assert titles(shown(cache, dev)) == expected[choice]
    if choice is Choice.OVERWRITE:
        assert next(iter(table(store, dev))) == (event.id, dev.id)  # restored under its id


@pytest.mark.parametrize("choice", [Choice.KEEP_THEIRS, Choice.OVERWRITE])
def test_delete_edit(
    choice: Choice,
    store: DynamoStore,
    outbox: Outbox,
    cache: Cache,
    teams: tuple[Department, Department],
) -> None:
    dev, _ = teams
    event = store.create_event(new_event(dev.id, DAY, "원래"))
    outbox.record(event, None)
    theirs = store.update_event(event, event.with_changes(title="그들의 것"))

    [sent] = outbox.send_all(store)
    assert sent.outcome == "conflict" and sent.change.current == theirs
    assert shown(cache, dev) == []  # still deleted here, marked in the pending list

    outbox.resolve(sent.change.seq, choice)
    outbox.send_all(store)

    expected = [theirs] if choice is Choice.KEEP_THEIRS else []
    assert list(table(store, dev).values()) == expected
    assert shown(cache, dev) == expected


@pytest.mark.parametrize("choice", list(Choice))
def test_move_edit(
    choice: Choice,
    store: DynamoStore,
    outbox: Outbox,
    cache: Cache,
    teams: tuple[Department, Department],
) -> None:
    dev, design = teams
    event = store.create_event(new_event(dev.id, DAY, "원래"))
    outbox.record(event, event.with_changes(department_id=design.id, title="내 것"))
    theirs = store.update_event(event, event.with_changes(title="그들의 것"))

    [sent] = outbox.send_all(store)
    assert sent.outcome == "conflict" and sent.change.current == theirs
    assert table(store, dev, design) == {(event.id, dev.id): theirs}  # nothing was written

    outbox.resolve(sent.change.seq, choice)
    outbox.send_all(store)

    now = table(store, dev, design)
    assert outbox.entries() == []
    if choice is Choice.KEEP_THEIRS:
        assert now == {(event.id, dev.id): theirs}
    elif choice is Choice.OVERWRITE:
        [(key, mine)] = now.items()
        assert key == (event.id, design.id) and mine.title == "내 것"
    else:
        assert now[(event.id, dev.id)] == theirs
        assert titles(now.values()) == ["그들의 것", "내 것"]
        assert {e.department_id for e in now.values()} == {dev.id, design.id}
    assert sorted(shown(cache, dev, design), key=lambda e: e.title) == sorted(
        now.values(), key=lambda e: e.title
    )


def test_a_move_whose_original_changes_between_its_steps_is_a_conflict(
    store: DynamoStore, outbox: Outbox, teams: tuple[Department, Department]
) -> None:
    dev, design = teams
    event = store.create_event(new_event(dev.id, DAY, "원래"))
    outbox.record(event, event.with_changes(department_id=design.id))
    # They change it after the check and before the second step.
    real_move = store.move_event

    def racing_move(original: Event, changed: Event, **kwargs: object) -> Event:
        store.update_event(original, original.with_changes(title="그들의 것"))
        return real_move(original, changed, **kwargs)  # type: ignore[arg-type]

    store.move_event = racing_move  # type: ignore[method-assign]
    [sent] = outbox.send_all(store)
    store.move_event = real_move  # type: ignore[method-assign]
    assert sent.outcome == "conflict"
    [entry] = outbox.entries()
    assert entry.half_moved

    outbox.resolve(entry.seq, Choice.KEEP_THEIRS)
    outbox.send_all(store)
    [theirs] = table(store, dev, design).values()
    assert theirs.title == "그들의 것" and theirs.department_id == dev.id


def test_later_changes_of_a_conflicting_event_wait_but_others_go(
    store: DynamoStore, outbox: Outbox, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    event = store.create_event(new_event(dev.id, DAY, "원래"))
    outbox.record(event, event.with_changes(title="내 것"))
    store.update_event(event, event.with_changes(title="그들의 것"))
    other = outbox.record(None, new_event(dev.id, DAY, "다른 일정")).shown

    assert [s.outcome for s in outbox.send_all(store)] == ["conflict", "written"]
    assert other in table(store, dev).values()
    assert outbox.next_change() is None


# --- failures -----------------------------------------------------------------------------------


def test_a_refused_change_is_kept_as_failed_and_the_rest_go_on(
    store: DynamoStore, outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    bad = outbox.record(None, new_event(dev.id, DAY, "x" * 2000)).shown
    good = outbox.record(None, new_event(dev.id, DAY, "좋은 일정")).shown

    assert [s.outcome for s in outbox.send_all(store)] == ["failed", "written"]
    [entry] = outbox.entries()
    assert entry.state is State.FAILED and entry.reason
    assert list(table(store, dev).values()) == [good]
    assert bad in shown(cache, dev)  # nothing dropped without the user's say

    recorded = outbox.discard(entry.seq)
    assert recorded.shown is None
    assert shown(cache, dev) == [good]


def test_access_denied_is_kept_as_failed(
    store: DynamoStore, outbox: Outbox, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    outbox.record(None, new_event(dev.id, DAY, "회의"))
    denied = aws_error(
        "AccessDeniedException",
        "User: arn:aws:iam::123456789012:user/staff is not authorized to perform: "
        "dynamodb:PutItem on resource: arn:aws:dynamodb:ap-northeast-2:123456789012:table/events",
    )
    injector = inject(store, "PutItem", lambda _n, _r: denied)

    [sent] = outbox.send_all(store)
    stop_injecting(store, "PutItem", injector)

    assert sent.outcome == "failed"
    [entry] = outbox.entries()
    assert entry.state is State.FAILED and "PutItem" in entry.reason
    outbox.retry(entry.seq)
    assert [s.outcome for s in outbox.send_all(store)] == ["written"]


@pytest.fixture
def proxied(proxy: FaultProxy) -> DynamoStore:
    proxied = DynamoStore(
        ConnectionSettings(
            endpoint_url=proxy.url, connect_timeout=0.5, read_timeout=1, max_attempts=1
        )
    )
    proxied.connect()
    return proxied


def test_offline_changes_wait_and_go_in_order_when_the_network_is_back(
    store: DynamoStore,
    outbox: Outbox,
    proxy: FaultProxy,
    proxied: DynamoStore,
    teams: tuple[Department, Department],
) -> None:
    dev, design = teams
    event = store.create_event(new_event(dev.id, DAY, "원래"))
    proxy.refuse()
    outbox.record(event, event.with_changes(title="1"))
    created = outbox.record(None, new_event(dev.id, DAY, "새 일정")).shown

    [sent] = outbox.send_all(proxied)
    assert sent.outcome == "waiting" and sent.error is not None
    assert [e.state for e in outbox.entries()] == [State.WAITING, State.WAITING]

    proxy.heal()
    assert [s.outcome for s in outbox.send_all(proxied)] == ["written", "written"]
    assert titles(table(store, dev, design).values()) == ["1", "새 일정"]
    assert created in table(store, dev).values()


@pytest.mark.parametrize("kind", [Kind.CREATE, Kind.UPDATE, Kind.MOVE, Kind.DELETE])
def test_a_change_whose_answer_is_lost_is_written_once(
    kind: Kind,
    store: DynamoStore,
    outbox: Outbox,
    proxy: FaultProxy,
    proxied: DynamoStore,
    teams: tuple[Department, Department],
) -> None:
    """The request lands, its answer is lost; the replay finds its own write."""
    dev, design = teams
    event = store.create_event(new_event(dev.id, DAY, "원래"))
    if kind is Kind.CREATE:
        expected = outbox.record(None, new_event(dev.id, DAY, "새 일정")).shown
    elif kind is Kind.UPDATE:
        expected = outbox.record(event, event.with_changes(title="수정")).shown
    elif kind is Kind.MOVE:
        expected = outbox.record(event, event.with_changes(department_id=design.id)).shown
    else:
        expected = outbox.record(event, None).shown

    # Every answer is lost, for every step of the change, until the proxy heals.
    proxy.cut_after(0)
    for _ in range(3):
        [sent] = outbox.send_all(proxied)
        assert sent.outcome == "waiting"
    proxy.heal()
    outbox.send_all(proxied)

    assert outbox.entries() == []
    now = table(store, dev, design)
    if kind is Kind.CREATE:
        assert now == {(event.id, dev.id): event, (expected.id, dev.id): expected}  # type: ignore[union-attr]
    elif kind is Kind.DELETE:
        assert now == {}
    else:
        assert expected is not None
        assert now == {(expected.id, expected.department_id): expected}


def test_discarding_a_change_with_a_later_one_waiting_keeps_showing_the_later_one(
    outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    created = outbox.record(None, new_event(dev.id, DAY, "v1")).shown
    assert created is not None
    [first] = outbox.entries()
    outbox.cache.transaction(
        lambda c: c.execute("UPDATE outbox SET state = 'sending' WHERE seq = ?", (first.seq,))
    )
    outbox.recover()  # uncertain now: the edit queues behind it instead of merging
    edited = outbox.record(created, created.with_changes(title="v2")).shown

    result = outbox.discard(first.seq)

    assert result.replaced is None and result.shown is None
    assert shown(cache, dev) == [edited]
    assert [e.kind for e in outbox.entries()] == [Kind.UPDATE]


@pytest.mark.parametrize("choice", list(Choice))
def test_resolving_a_conflict_with_a_later_change_waiting_keeps_showing_the_later_one(
    store: DynamoStore,
    outbox: Outbox,
    cache: Cache,
    teams: tuple[Department, Department],
    choice: Choice,
) -> None:
    dev, _ = teams
    event = store.create_event(new_event(dev.id, DAY, "원래"))
    mine = outbox.record(event, event.with_changes(title="내 것")).shown
    assert mine is not None
    [first] = outbox.entries()
    outbox.cache.transaction(
        lambda c: c.execute("UPDATE outbox SET state = 'sending' WHERE seq = ?", (first.seq,))
    )
    outbox.recover()  # uncertain (cut off while sending): a later edit queues behind it
    later = outbox.record(mine, mine.with_changes(title="내 것, 다시")).shown
    assert later is not None
    theirs = store.update_event(event, event.with_changes(title="그들의 것"))
    outbox.send_all(store)
    conflict, waiting = outbox.entries()
    assert conflict.state is State.CONFLICT and waiting.state is State.WAITING

    result = outbox.resolve(conflict.seq, choice)

    assert result.shown == later  # what the window shows for the event: the later change
    on_screen = shown(cache, dev)
    assert later in on_screen and theirs not in on_screen
    if choice is Choice.SAVE_AS_NEW:
        assert result.added is not None and result.added in on_screen
    assert outbox.entries()[-1].changed == later

    # Then the later change goes: over the user's own version, or into a conflict of its own.
    outcomes = [s.outcome for s in outbox.send_all(store)]
    if choice is Choice.OVERWRITE:
        assert outcomes == ["written", "written"]
        assert table(store, dev)[(event.id, dev.id)].title == "내 것, 다시"
    else:
        assert outcomes[-1] == "conflict"
        assert table(store, dev)[(event.id, dev.id)] == theirs


# --- one id in two departments; attributes of other writers -------------------------------------


def test_edits_of_one_id_in_two_departments_stay_two_edits(
    store: DynamoStore, outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, design = teams
    # The key is (id, department_id): the same id may exist in two departments (migrate imports
    # such data).
    in_dev = store.create_event(new_event(dev.id, DAY, "개발 회의"))
    in_design = store.create_event(
        in_dev.with_changes(department_id=design.id, title="디자인 회의")
    )
    cache.replace_month(dev.id, NOVEMBER, [in_dev], now_utc())
    cache.replace_month(design.id, NOVEMBER, [in_design], now_utc())

    outbox.record(in_dev, in_dev.with_changes(title="개발 회의(수정)"))
    outbox.record(in_design, in_design.with_changes(title="디자인 회의(수정)"))

    assert [entry.kind for entry in outbox.entries()] == [Kind.UPDATE, Kind.UPDATE]
    assert cache.pending_keys() == {(in_dev.id, dev.id), (in_dev.id, design.id)}
    assert titles(shown(cache, dev, design)) == ["개발 회의(수정)", "디자인 회의(수정)"]
    # A refresh of either department keeps its own waiting edit.
    cache.replace_month(design.id, NOVEMBER, [in_design], now_utc())
    assert titles(shown(cache, design)) == ["디자인 회의(수정)"]

    sent = outbox.send_all(store)

    assert [s.outcome for s in sent] == ["written", "written"]
    now = table(store, dev, design)
    assert now[(in_dev.id, dev.id)].title == "개발 회의(수정)"
    assert now[(in_dev.id, design.id)].title == "디자인 회의(수정)"
    assert titles(shown(cache, dev, design)) == ["개발 회의(수정)", "디자인 회의(수정)"]


def test_an_offline_delete_of_one_id_leaves_the_other_departments_event_alone(
    store: DynamoStore, outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, design = teams
    in_dev = store.create_event(new_event(dev.id, DAY, "개발 회의"))
    in_design = store.create_event(
        in_dev.with_changes(department_id=design.id, title="디자인 회의")
    )
    cache.replace_month(dev.id, NOVEMBER, [in_dev], now_utc())
    cache.replace_month(design.id, NOVEMBER, [in_design], now_utc())
    outbox.record(in_design, in_design.with_changes(title="디자인 회의(수정)"))

    outbox.record(in_dev, None)

    assert [entry.kind for entry in outbox.entries()] == [Kind.UPDATE, Kind.DELETE]
    outbox.send_all(store)
    now = table(store, dev, design)
    assert list(now) == [(in_dev.id, design.id)]
    assert now[(in_dev.id, design.id)].title == "디자인 회의(수정)"


OTHER_WRITERS = {
    "attendees": {"L": [{"S": "김민수"}, {"S": "이지은"}]},
    "color": {"S": "#ff8800"},
    "reminder_minutes": {"N": "15"},
}


def _planted(store: DynamoStore, department: Department) -> Event:
    """An event written by the web app, with attributes this app does not know."""
    event_id = new_id()
    store.client.put_item(
        TableName=store.settings.events_table,
        Item={
            "id": {"S": event_id},
            "department_id": {"S": department.id},
            "event_date": {"S": DAY.isoformat()},
            "title": {"S": "워크숍"},
            "created_at": {"S": "2026-01-02T03:04:05.000Z"},
            "last_modified": {"S": "2026-01-02T03:04:05.000Z"},
            **OTHER_WRITERS,
        },
    )
    [event] = table(store, department).values()
    return event


def _raw(store: DynamoStore, event_id: str, department: Department) -> dict[str, object]:
    response = store.client.get_item(
        TableName=store.settings.events_table,
        Key={"id": {"S": event_id}, "department_id": {"S": department.id}},
    )
    return {k: v for k, v in response["Item"].items() if k in OTHER_WRITERS or k == "created_at"}


def test_an_offline_move_keeps_every_attribute_across_a_restart(
    tmp_path: Path, store: DynamoStore, teams: tuple[Department, Department]
) -> None:
    dev, design = teams
    original = _planted(store, dev)
    path = tmp_path / "cache.sqlite3"
    with Cache.open(path, "s") as first:
        first.replace_month(dev.id, NOVEMBER, [original], now_utc())
        [cached] = shown(first, dev)
        Outbox(first).record(cached, cached.with_changes(department_id=design.id))

    with Cache.open(path, "s") as again:
        [sent] = Outbox(again).send_all(store)

    assert sent.outcome == "written"
    assert _raw(store, original.id, design) == {
        **OTHER_WRITERS,
        "created_at": {"S": "2026-01-02T03:04:05.000Z"},
    }


def test_undoing_a_sent_delete_brings_back_every_attribute_and_created_at(
    store: DynamoStore, outbox: Outbox, cache: Cache, teams: tuple[Department, Department]
) -> None:
    dev, _ = teams
    original = _planted(store, dev)
    cache.replace_month(dev.id, NOVEMBER, [original], now_utc())
    [cached] = shown(cache, dev)
    outbox.record(cached, None)
    assert [s.outcome for s in outbox.send_all(store)] == ["written"]
    assert table(store, dev) == {}

    outbox.record(None, cached.with_changes(revision=None))  # what Undo records
    assert [s.outcome for s in outbox.send_all(store)] == ["written"]

    assert _raw(store, original.id, dev) == {
        **OTHER_WRITERS,
        "created_at": {"S": "2026-01-02T03:04:05.000Z"},
    }
