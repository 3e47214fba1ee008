"""The window's door to the data: store calls on workers, results as queued signals.

The store is built on a worker (reading the keyring, importing boto3 and creating the client
take a third of a second), so the window paints first. Views call methods here with callbacks;
callbacks run on the GUI thread, and a result for a month or department the user has already
left is dropped by the runner's keys.

Errors reach the views as :class:`StoreError`: expected failures keep their message; a bug is
reported once, through :attr:`CalendarService.bugs`, and reaches the view as an
:class:`~desktop.workers.bugs.UnexpectedError` that says so (never as a DynamoDB message).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.data.errors import NotConnectedError, StoreError
from desktop.domain.calendar import add_months, month_end, month_start
from desktop.domain.models import Event
from desktop.domain.timestamps import now_utc
from desktop.workers.bugs import BugReporter, UnexpectedError, is_expected
from desktop.workers.collector import collector_paused
from desktop.workers.idle_check import IdleCheck
from desktop.workers.send_progress import SendProgress, paced, read_rate
from desktop.workers.send_retry import Backoff, SendWait
from desktop.workers.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.data.cache import Cache, CachedMonth
    from desktop.data.config import ConnectionSettings
    from desktop.data.outbox import Change, Choice, Outbox, Recorded, Sent
    from desktop.data.store import DepartmentList, DynamoStore, EventBatch

log = logging.getLogger(__name__)

T = TypeVar("T")

RECENT_SECONDS = 60.0
STORE_FALLBACK_MS = 1500
# Between two slices of the search index's first build (a file from before the index): the
# month reads, saves and searches queued meanwhile go first.
SEARCH_INDEX_PAUSE_MS = 50
# Waiting behind a change another copy of the app is sending: the first look again, then doubling.
ELSEWHERE_FIRST_MS = 2000


def _log_error(error: BaseException) -> None:
    log.error("The outbox failed", exc_info=error)


class MonthResult:
    """Every shown department's events for one month (one Query per department, merged)."""

    def __init__(
        self, month: date, batches: dict[str, EventBatch], fetched_tick: float | None = None
    ) -> None:
        self.month = month
        self.batches = batches
        # time.monotonic() as the fetch began: how old it is, whatever the wall clock does.
        self.fetched_tick = fetched_tick
        self.unsaved = False  # not yet in the cache: the window asks save_month() after painting

    @property
    def skipped(self) -> int:
        return sum(len(b.skipped) for b in self.batches.values())


class DaysResult:
    """A department's days read again, merged into their months (first day → its events)."""

    def __init__(self, department_id: str, first: date, last: date, read_units: float) -> None:
        self.department_id = department_id
        self.first = first
        self.last = last
        self.read_units = read_units
        self.months: dict[date, list[Event]] = {}


class CalendarService(QObject):
    """Opens the cache and the store on workers, and runs store calls there.

    Start-up is two steps so the calendar paints from the cache before the network answers:
    first the connection settings and the cache (``cacheReady``), then the store, whose boto3
    import and client creation are slow (``ready``).
    """

    cacheReady = Signal()  # noqa: N815
    ready = Signal()
    failed = Signal(object)  # StoreError while opening the store
    outboxChanged = Signal(object)  # noqa: N815  list[Change]: the outbox as it is now
    changeSent = Signal(object)  # noqa: N815  Sent: one change was sent (whatever came of it)
    # SendWait: changes wait (why, and the next try), or None: nothing waits for a retry.
    sendWaiting = Signal(object)  # noqa: N815

    def __init__(
        self,
        loader: Callable[[], ConnectionSettings],
        runner: TaskRunner | None = None,
        store_factory: Callable[[ConnectionSettings], DynamoStore] | None = None,
        cache_factory: Callable[[ConnectionSettings], Cache | None] | None = None,
        parent: QObject | None = None,
        *,
        bugs: BugReporter | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner or TaskRunner(parent=self, bugs=bugs)
        # Where this service's bugs go (the runner's): the window's bug dialog listens here.
        self.bugs = self.runner.bugs
        self._loader = loader
        self._store_factory = store_factory
        self._cache_factory = cache_factory
        self.store: DynamoStore | None = None
        self.cache: Cache | None = None
        self.outbox: Outbox | None = None
        self.pending: list[Change] = []
        self._sending = False
        self._unsaved: list[MonthResult] = []  # fetched months whose cache write waits
        self.settings: ConnectionSettings | None = None
        # Open the store only once the window has painted from the cache (see _source_opened).
        self.defer_store = True
        self._store_requested = False
        self._outbox_waiting: list[Callable[[BaseException | None], None]] = []
        self._elsewhere_ms = ELSEWHERE_FIRST_MS
        # A send that failed for a reason outside the change is tried again with backoff.
        self.send_backoff = Backoff()
        self.send_wait: SendWait | None = None
        self._send_timer = QTimer(self)
        self._send_timer.setSingleShot(True)
        self._send_timer.timeout.connect(self.send_pending)
        # Sends paced to the table's write capacity (read once per connection), with progress.
        self.pace, self.progress = paced(), SendProgress(self)
        self._pace_timer = self.progress.pace_timer
        self._pace_timer.timeout.connect(self.send_pending)
        # The user's own recent writes, laid over fetched months: department-date-index is
        # eventually consistent, and a fetch that started before a write ends after it.
        self._recent: dict[str, tuple[float, Event | None, list[Event]]] = {}
        self._recent_lock = threading.Lock()
        # The cache's whole-file check, at idle: after the first network load, on its own.
        self.idle_check = IdleCheck(self)
        self.idle_check.finished.connect(self._checked)

    def start(self, loader: Callable[[], ConnectionSettings] | None = None) -> None:
        """Open (or reopen, with new settings) the cache, then the outbox and the store."""
        if loader is not None:
            self._loader = loader
        self.store = None
        self.outbox = None
        self._sending = False
        self.pace = paced()
        self._sent_again()
        self.runner.forget("open-outbox")  # an outbox of the previous source never arrives
        # Changes that waited for that outbox are handed back (their dialogs stay open).
        waiting, self._outbox_waiting = self._outbox_waiting, []
        for decide in waiting:
            decide(NotConnectedError.now())
        old_cache, self.cache = self.cache, None
        cache_factory = self._cache_factory

        def open_source() -> tuple[ConnectionSettings, Cache, bool]:
            if old_cache is not None:
                old_cache.close()
            settings = self._loader()
            self._hide_secrets(settings)
            cache = None
            if cache_factory is not None:
                with self.bugs.carrying_on(
                    "The local cache could not be opened; keeping it in memory"
                ):
                    cache = cache_factory(settings)
            saved = cache is not None
            if cache is None:
                # The outbox needs a database: changes still show, and go out this session.
                from desktop.data.cache import Cache

                cache = Cache.in_memory(settings.source_key())
            return settings, cache, saved

        self.runner.submit(open_source, self._source_opened, self._open_failed, key="connect")

    def _source_opened(self, opened: tuple[ConnectionSettings, Cache, bool]) -> None:
        settings, cache, saved = opened
        self.settings = settings
        self.cache = cache
        self._store_requested = False
        self.cacheReady.emit()
        from desktop.data.cache_check import IDLE_FALLBACK_MS  # imported by the cache already

        self.idle_check.schedule(cache, IDLE_FALLBACK_MS)
        if not saved or not self.defer_store:
            self.open_store()
        else:
            # The outbox's and boto3's imports hold the GIL (boto3's for a third of a second):
            # let the cached month be read and painted first. The window calls open_store()
            # once it is; this is the fallback if it never does.
            QTimer.singleShot(STORE_FALLBACK_MS, self.open_store)

    def open_store(self) -> None:
        """Open the outbox, then the store (boto3 import, client), on workers; once per start."""
        settings, cache = self.settings, self.cache
        if self._store_requested or settings is None or cache is None or self.store is not None:
            return
        self._store_requested = True

        def open_outbox() -> Outbox:
            from desktop.data.outbox import Outbox

            # The whole-file check comes at idle (_checked); a damaged file found then, or by
            # any query before, is moved aside with the changes not sent carried over.
            cache.adopt_spellings()
            outbox = Outbox(cache)
            with self.bugs.carrying_on("Could not look at the changes waiting to be sent"):
                outbox.recover()
            return outbox

        self.runner.submit(open_outbox, self._outbox_opened, self._outbox_failed, key="open-outbox")

        def open_store() -> DynamoStore:
            factory = self._store_factory
            if factory is None:
                from desktop.data.store import DynamoStore

                factory = DynamoStore
            store = factory(settings)
            store.connect()
            return store

        self.runner.submit(open_store, self._opened, self._open_failed, key="connect")

    def _outbox_opened(self, outbox: Outbox) -> None:
        self.outbox = outbox
        self.load_outbox()
        self.build_search_index()
        waiting, self._outbox_waiting = self._outbox_waiting, []
        for decide in waiting:
            decide(None)

    def _outbox_failed(self, error: BaseException) -> None:
        log.error("The outbox could not be opened", exc_info=error)
        waiting, self._outbox_waiting = self._outbox_waiting, []
        for decide in waiting:
            decide(error)

    def _opened(self, store: DynamoStore) -> None:
        self.store = store
        self.settings = store.settings
        self._hide_secrets(store.settings)
        log.info("Connected to %s", store.settings.endpoint_label())
        self.ready.emit()
        self.send_pending()

    def _open_failed(self, error: BaseException) -> None:
        self.failed.emit(_as_store_error(error))

    def _hide_secrets(self, settings: ConnectionSettings) -> None:
        """Keep the credentials in use out of bug reports."""
        credentials = settings.credentials
        self.bugs.hide(credentials.access_key_id, credentials.secret_access_key)

    def run(
        self,
        work: Callable[[DynamoStore], T],
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[StoreError], None] | None = None,
        *,
        key: str | None = None,
    ) -> int:
        """Run ``work(store)`` on a worker; errors arrive as :class:`StoreError`."""
        store = self.store
        if store is None:
            if on_error is not None:
                on_error(NotConnectedError.now())
            return 0

        def handle_result(result: T) -> None:
            if on_result is not None:
                on_result(result)
            self._answered()

        def handle_error(error: BaseException) -> None:
            if on_error is not None:
                on_error(_as_store_error(error))
            self._answered()

        return self.runner.submit(lambda: work(store), handle_result, handle_error, key=key)

    def _answered(self) -> None:
        """The network answered (or failed): the cache's check may start soon, once."""
        from desktop.data.cache_check import IDLE_DELAY_MS

        if self.cache is not None:
            self.idle_check.schedule(self.cache, IDLE_DELAY_MS)

    def _checked(self, cache: Cache, sound: bool | None) -> None:
        if sound is False and cache is self.cache:
            self.load_outbox()  # the changes carried out of the damaged file, and the banner

    def run_local(
        self,
        work: Callable[[Cache], T],
        on_result: Callable[[T], None] | None = None,
        *,
        key: str | None = None,
    ) -> int:
        """Run ``work(cache)`` on a worker; without a cache nothing runs."""
        cache = self.cache
        if cache is None:
            return 0

        def logged(error: BaseException) -> None:
            log.error("The local cache failed", exc_info=error)

        return self.runner.submit(lambda: work(cache), on_result, logged, key=key)

    def build_search_index(self) -> None:
        """Index the events cached before the search index existed: a short slice at a time
        on a worker, with a pause between slices (until then search scans)."""
        cache = self.cache
        if cache is None:
            return

        def next_slice(done: bool) -> None:
            if not done and self.cache is cache:
                QTimer.singleShot(SEARCH_INDEX_PAUSE_MS, self.build_search_index)

        self.run_local(lambda c: c.build_search_index(), next_slice, key="search-index")

    # --- the cache beside the store (these run on workers) -----------------------------------

    def remember_departments(self, result: DepartmentList) -> bool:
        """Keep the fetched departments; False when the no-wipe guard refused an empty list."""
        if self.cache is None:
            return True
        with self.bugs.carrying_on("Could not save the departments in the cache"):
            return self.cache.replace_departments(result.departments)
        return True

    def _note_write(self, result: Event | None, replaces: list[Event]) -> None:
        key = result.id if result is not None else (replaces[0].id if replaces else "")
        if key:
            with self._recent_lock:
                self._recent[key] = (time.monotonic(), result, list(replaces))

    def overlay_recent(self, batch: EventBatch) -> None:
        """Lay the user's writes of the last minute over a fetched month (read your writes)."""
        now = time.monotonic()
        with self._recent_lock:
            for key in [k for k, (at, _r, _o) in self._recent.items() if now - at > RECENT_SECONDS]:
                del self._recent[key]
            recent = list(self._recent.values())
        if not recent:
            return  # the batch is already sorted: no re-sort on the GUI thread
        for _at, result, replaced in recent:
            gone = {(e.id, e.department_id) for e in replaced}
            if result is not None:
                gone.add((result.id, result.department_id))
            batch.events = [e for e in batch.events if (e.id, e.department_id) not in gone]
            if (
                result is not None
                and result.department_id == batch.department_id
                and batch.start <= result.event_date <= batch.end
            ):
                batch.events.append(result)
        batch.events.sort(key=Event.sort_key)

    def load_month(
        self,
        department_ids: list[str],
        month: date,
        on_result: Callable[[MonthResult], None],
        on_error: Callable[[StoreError], None],
        *,
        key: str = "month",
        save_later: bool = False,
    ) -> int:
        """Fetch a month for each department (one Query each) and keep it in the cache.

        ``save_later``: hand the month over first and leave the cache write to
        :meth:`save_month` (the window calls it once the month is painted, so the two do not
        compete), unless changes wait in the outbox (then the cache's view is handed over).
        """
        first, last = month_start(month), month_end(month)

        def fetch(store: DynamoStore) -> MonthResult:
            began = time.monotonic()
            with collector_paused():  # desktop.workers.collector: no full pass mid-month
                batches = {d: store.events_between(d, first, last) for d in department_ids}
            for batch in batches.values():
                self.overlay_recent(batch)
            result = MonthResult(first, batches, began)
            cache = self.cache
            if cache is None:
                return result
            pending = self._has_pending(cache)
            if save_later and not pending:
                result.unsaved = True
                return result
            self._save(cache, result)
            if pending:
                # Changes waiting in the outbox win over what was fetched: the cache kept them.
                for department_id, batch in batches.items():
                    cached = cache.month(department_id, first)
                    if cached is not None:
                        batch.events = cached.events
            return result

        def handed_over(result: MonthResult) -> None:
            if result.unsaved:
                self._unsaved = [r for r in self._unsaved if r.unsaved] + [result]
            on_result(result)

        return self.run(fetch, handed_over, on_error, key=key)

    def load_days(
        self,
        department_id: str,
        first: date,
        last: date,
        on_result: Callable[[DaysResult], None],
        on_error: Callable[[StoreError], None],
        *,
        key: str = "fresh",
    ) -> int:
        """Read one department's days ``first``..``last`` (one Query narrowed to them) and merge
        them into its cached months: the other days stay, changes waiting in the outbox win
        (:meth:`Cache.replace_month`), the months keep their fetch time (only these days are
        fresh). A month the cache does not hold is left out (it is read whole when shown)."""

        def fetch(store: DynamoStore) -> DaysResult:
            with collector_paused():
                batch = store.events_between(department_id, first, last)
            self.overlay_recent(batch)
            result = DaysResult(department_id, first, last, batch.read_units)
            cache = self.cache
            if cache is None:
                return result
            month = month_start(first)
            while month <= last:
                cached = cache.month(department_id, month)
                if cached is not None:
                    start, end = max(first, month), min(last, month_end(month))
                    kept = [e for e in cached.events if not start <= e.event_date <= end]
                    fetched = [e for e in batch.events if start <= e.event_date <= end]
                    with self.bugs.carrying_on("Could not save the fresh days in the cache"):
                        cache.replace_month(department_id, month, kept + fetched, cached.fetched_at)
                    merged = cache.month(department_id, month)
                    result.months[month] = (merged or cached).events
                month = add_months(month, 1)
            return result

        return self.run(fetch, on_result, on_error, key=key)

    def _has_pending(self, cache: Cache) -> bool:
        with self.bugs.carrying_on("Could not read the waiting changes"):
            return bool(cache.pending_keys())
        return True

    def _save(self, cache: Cache, result: MonthResult) -> None:
        for department_id, batch in result.batches.items():
            with self.bugs.carrying_on("Could not save a month in the cache"):
                cache.replace_month(department_id, result.month, batch.events, batch.fetched_at)

    def save_month(self, result: MonthResult) -> None:
        """Write a month handed over unsaved (``load_month(save_later=True)``) to the cache."""
        if result.unsaved:
            result.unsaved = False
            self.run_local(lambda cache: self._save_late(cache, result))

    def save_unsaved(self) -> None:
        """At closing: write what is still unsaved now, on this thread (a few ms each)."""
        cache = self.cache
        unsaved, self._unsaved = self._unsaved, []
        for result in unsaved:
            if result.unsaved and cache is not None:
                result.unsaved = False
                self._save_late(cache, result)

    def _save_late(self, cache: Cache, result: MonthResult) -> None:
        # The user's writes since the fetch win over it (as they did when it was shown).
        for batch in result.batches.values():
            self.overlay_recent(batch)
        self._save(cache, result)

    # --- the outbox ---------------------------------------------------------------------------

    def load_outbox(self) -> None:
        outbox = self.outbox
        if outbox is None:
            return

        def loaded(entries: list[Change]) -> None:
            self._outbox_read(entries)
            self.send_pending()  # the store may have opened before the list was read

        self.runner.submit(outbox.entries, loaded, _log_error, key="outbox")

    def _outbox_read(self, entries: list[Change]) -> None:
        self.pending = entries
        self.outboxChanged.emit(entries)

    def record(
        self,
        original: Event | None,
        changed: Event | None,
        on_recorded: Callable[[Recorded], None],
        on_error: Callable[[BaseException], None],
        moment: datetime | None = None,
    ) -> None:
        """Keep a change made at ``moment`` in the outbox (and the cache) on a worker, then
        send it."""
        self._decide(lambda outbox: outbox.record(original, changed, moment), on_recorded, on_error)

    def record_many(
        self,
        changes: list[tuple[Event | None, Event | None]],
        on_recorded: Callable[[Recorded], None],
        on_error: Callable[[BaseException], None],
        moment: datetime | None = None,
    ) -> None:
        """Keep many changes (a series, an import) in the outbox in one transaction on a
        worker, then send them; ``Recorded.many`` has the version to show of each."""

        def work(outbox: Outbox) -> Recorded:
            from desktop.data.changes import Recorded

            shown = outbox.record_many(changes, moment)
            return Recorded(None, None, outbox.entries(), many=tuple(shown))

        self._decide(work, on_recorded, on_error)

    def send_pending(self) -> None:
        """Send waiting changes one at a time, in order, while the table can be reached."""
        outbox, store = self.outbox, self.store
        if outbox is None or store is None or self._sending:
            return
        from desktop.data.outbox import State

        if not any(c.state is State.WAITING for c in self.pending):
            return
        delay = self.pace.delay()
        if delay > 0:  # the table's write capacity: the next send waits (never a sleep here)
            if not self._pace_timer.isActive():
                self._pace_timer.start(max(1, round(delay * 1000)))
            return
        self._sending = True
        pace = self.pace

        def failed(error: BaseException) -> None:
            # The outbox itself failed (a full disk while recording the result…).
            self._sending = False
            log.error("Sending a change failed", exc_info=error)
            if self.outbox is outbox:  # not an outbox left behind by a change of source
                self._wait_to_send(error)

        def send() -> tuple[Sent | None, bool]:
            read_rate(store, pace)
            pace.spend()
            sent = outbox.send_next(store)
            return sent, sent is None and outbox.blocked_elsewhere()

        self.runner.submit(send, self._sent, failed)

    def _sent(self, result: tuple[Sent | None, bool]) -> None:
        self._sending = False
        sent, blocked_elsewhere = result
        if sent is None:
            if blocked_elsewhere:
                # Another copy of the app is sending a change this one follows: look again
                # once it has had time to finish (its answer lands in the same file).
                delay, self._elsewhere_ms = self._elsewhere_ms, min(self._elsewhere_ms * 2, 60_000)
                QTimer.singleShot(delay, self.send_pending)
            else:
                self._sent_again()  # nothing waits (what is left needs the user)
            return
        self._elsewhere_ms = ELSEWHERE_FIRST_MS
        if sent.outcome == "waiting":
            self._wait_to_send(sent.error or NotConnectedError.now())
        else:
            self._sent_again()  # the table answered
        if sent.outcome == "written":
            replaced = [e for e in (sent.removed, sent.change.original) if e is not None]
            self._note_write(sent.written, replaced)
        if sent.entries is not None:
            self._outbox_read(sent.entries)
        self.changeSent.emit(sent)
        if sent.outcome != "waiting":
            self.send_pending()

    def _wait_to_send(self, error: BaseException) -> None:
        """Try again after the next backoff delay, and say why the changes wait."""
        delay = self.send_backoff.next_delay()
        self._send_timer.start(round(delay * 1000))
        self.send_wait = SendWait(error, now_utc() + timedelta(seconds=delay))
        self.sendWaiting.emit(self.send_wait)

    def _sent_again(self) -> None:
        """Sending works (or nothing is left to send): no more waiting, backoff from the start."""
        self.send_backoff.reset()
        self._send_timer.stop()
        if self.send_wait is not None:
            self.send_wait = None
            self.sendWaiting.emit(None)

    def discard(self, seq: int, on_done: Callable[[Recorded], None]) -> None:
        self._decide(lambda outbox: outbox.discard(seq), on_done)

    def resolve(self, seq: int, choice: Choice, on_done: Callable[[Recorded], None]) -> None:
        self._decide(lambda outbox: outbox.resolve(seq, choice), on_done)

    def retry(self, seq: int) -> None:
        self._decide(lambda outbox: outbox.retry(seq), None)

    def _decide(
        self,
        work: Callable[[Outbox], Recorded],
        on_done: Callable[[Recorded], None] | None,
        on_error: Callable[[BaseException], None] = _log_error,
    ) -> None:
        """Change the outbox on a worker; then show its new state and send what waits."""
        outbox = self.outbox
        if outbox is None:
            if self.cache is None:
                on_error(NotConnectedError.now())
                return

            def when_open(error: BaseException | None) -> None:
                if error is not None:
                    on_error(error)
                else:
                    self._decide(work, on_done, on_error)

            # A change made while start-up is still painting: it waits for the outbox.
            self._outbox_waiting.append(when_open)
            self.open_store()
            return

        def done(result: Recorded) -> None:
            self._outbox_read(result.entries)
            if on_done is not None:
                on_done(result)
            self.send_pending()

        self.runner.submit(lambda: work(outbox), done, on_error)

    def cached_month(
        self,
        department_ids: list[str],
        month: date,
        on_result: Callable[[dict[str, CachedMonth]], None],
        *,
        key: str = "cached-month",
    ) -> int:
        """What the cache holds for a month; departments never fetched are absent."""
        first = month_start(month)

        def read(cache: Cache) -> dict[str, CachedMonth]:
            found = {}
            for department_id in department_ids:
                cached = cache.month(department_id, first)
                if cached is not None:
                    found[department_id] = cached
            return found

        return self.run_local(read, on_result, key=key)

    def close(self) -> None:
        self._send_timer.stop()
        self._pace_timer.stop()
        self.idle_check.close()
        self.runner.close()
        with self.bugs.carrying_on("Could not save the last months in the cache"):
            self.save_unsaved()
        if self.cache is not None:
            self.cache.close()


def _as_store_error(error: BaseException) -> StoreError:
    """Expected errors as messages; a bug (already reported by the runner) says it is one."""
    if isinstance(error, StoreError):
        return error
    if not is_expected(error):
        return UnexpectedError.of(error)
    from desktop.data.errors import ServiceError

    log.error("A background task failed", exc_info=error)
    return ServiceError.build(type(error).__name__, str(error))


def ignore(_: Any) -> None:
    """A result handler for work whose result is not needed."""
