"""The window's door to the data: store calls on workers, results as queued signals.

The store is built on a worker (reading the keyring, importing boto3 and creating the client
take a third of a second), so the window paints first. Views call methods here with callbacks;
callbacks run on the GUI thread, and a result for a month or department the user has already
left is dropped by the runner's keys.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.data.config import ConnectionSettings
from desktop.data.errors import StoreError
from desktop.data.store import DynamoStore, EventBatch
from desktop.domain.calendar import month_end, month_start
from desktop.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")


class MonthResult:
    """Every shown department's events for one month (one Query per department, merged)."""

    def __init__(self, month: date, batches: dict[str, EventBatch]) -> None:
        self.month = month
        self.batches = batches

    @property
    def skipped(self) -> int:
        return sum(len(b.skipped) for b in self.batches.values())


class CalendarService(QObject):
    ready = Signal()
    failed = Signal(object)  # StoreError while opening the store

    def __init__(
        self,
        loader: Callable[[], ConnectionSettings],
        runner: TaskRunner | None = None,
        store_factory: Callable[[ConnectionSettings], DynamoStore] = DynamoStore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner or TaskRunner(parent=self)
        self._loader = loader
        self._store_factory = store_factory
        self.store: DynamoStore | None = None
        self.settings: ConnectionSettings | None = None

    def start(self, loader: Callable[[], ConnectionSettings] | None = None) -> None:
        """Open (or reopen, with new settings) the store on a worker."""
        if loader is not None:
            self._loader = loader
        self.store = None

        def open_store() -> DynamoStore:
            settings = self._loader()
            store = self._store_factory(settings)
            store.connect()
            return store

        self.runner.submit(open_store, self._opened, self._open_failed, key="connect")

    def _opened(self, store: DynamoStore) -> None:
        self.store = store
        self.settings = store.settings
        log.info("Connected to %s", store.settings.endpoint_label())
        self.ready.emit()

    def _open_failed(self, error: BaseException) -> None:
        self.failed.emit(_as_store_error(error))

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
                from desktop.data.errors import OfflineError

                on_error(OfflineError("Not connected yet.", code="NotConnected"))
            return 0

        def handle_error(error: BaseException) -> None:
            if on_error is not None:
                on_error(_as_store_error(error))

        return self.runner.submit(
            lambda: work(store),
            on_result,
            handle_error,
            key=key,
        )

    def load_month(
        self,
        department_ids: list[str],
        month: date,
        on_result: Callable[[MonthResult], None],
        on_error: Callable[[StoreError], None],
        *,
        key: str = "month",
    ) -> int:
        first, last = month_start(month), month_end(month)

        def fetch(store: DynamoStore) -> MonthResult:
            return MonthResult(
                first, {d: store.events_between(d, first, last) for d in department_ids}
            )

        return self.run(fetch, on_result, on_error, key=key)

    def close(self) -> None:
        self.runner.close()


def _as_store_error(error: BaseException) -> StoreError:
    if isinstance(error, StoreError):
        return error
    from desktop.data.errors import ServiceError

    log.error("Unexpected error in a background task", exc_info=error)
    return ServiceError.build(type(error).__name__, str(error))


def ignore(_: Any) -> None:
    """A result handler for work whose result is not needed."""
