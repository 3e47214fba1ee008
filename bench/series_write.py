"""A 260-occurrence weekly series written through the app's path, on a 10-unit table.

``python -m bench.series_write [--count 260]`` starts moto's server on 127.0.0.1, creates the
guide's tables (events provisioned with 10 write units) with the app's ``create_tables``,
records the series in the outbox in one transaction (``CalendarService.record_many``) and lets
the service send it, paced to the capacity it reads with DescribeTable, as the window does.
Then it finds the series again by its derived ids (what an edit or delete of "all" reads).
It prints one JSON line: the wall time to write everything, the writes a second, the read and
write units the store counted for the writing, and the read units of finding the series.

moto never throttles, so the time measured is the pacing's: about ``count / 10`` seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

MONDAY = date(2026, 11, 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=260)
    options = parser.parse_args(argv)
    import logging
    import os

    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    # moto takes any key; never the user's (the bench touches no real account).
    os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench")
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN"):
        os.environ.pop(name, None)

    from moto.server import ThreadedMotoServer
    from PySide6.QtCore import QCoreApplication, QTimer

    from desktop.data.cache import Cache
    from desktop.data.config import ConnectionSettings
    from desktop.data.series_items import Scope, series_items
    from desktop.data.store import DynamoStore
    from desktop.domain.models import Event, new_id
    from desktop.domain.series import (
        Frequency,
        Repeat,
        new_series_id,
        occurrence_days,
        occurrences,
        rule_text,
    )
    from desktop.workers.calendar_service import CalendarService

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    settings = ConnectionSettings(endpoint_url=f"http://{host}:{port}", read_timeout=5)
    store = DynamoStore(settings)
    store.create_tables(poll_seconds=0.01)
    team = store.create_department("개발팀")
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    service = CalendarService(
        lambda: settings,
        store_factory=lambda _s: store,
        cache_factory=lambda s: Cache.open(folder / "cache.sqlite3", s.source_key()),
    )
    service.defer_store = False
    service.start()
    deadline = time.monotonic() + 30
    while (service.store is None or service.outbox is None) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)

    rule = rule_text(MONDAY, Repeat(Frequency.WEEKLY, weekdays=(0,), count=options.count))
    base = Event(new_id(), team.id, MONDAY, "주간 보고", time="오전 9:00")
    days = occurrence_days(rule, through=date(2099, 12, 31), limit=options.count)
    items = occurrences(base, rule, new_series_id(), days)
    reads_before, writes_before = store.consumed_read_units, store.consumed_write_units
    started = time.monotonic()
    service.record_many([(None, item) for item in items], lambda _r: None, print)
    sent = 0

    def count(_sent: object) -> None:
        nonlocal sent
        sent += 1

    service.changeSent.connect(count)
    done = False

    def check() -> None:
        nonlocal done
        if sent >= len(items) and not service.pending:
            done = True
            app.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(50)
    app.exec()
    seconds = time.monotonic() - started
    write_reads = store.consumed_read_units - reads_before
    writes = store.consumed_write_units - writes_before
    before_find = store.consumed_read_units
    asked: list[int] = []
    batch_get = store.batch_get

    def counted(table: str, keys: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        asked.append(len(keys))
        return batch_get(table, keys)

    store.batch_get = counted  # type: ignore[assignment,method-assign]
    found = series_items(store, service.cache, items[0], Scope.ALL)
    service.close()
    server.stop()
    print(
        json.dumps(
            {
                "occurrences": len(items),
                "written": done,
                "rate_read": service.pace.rate,
                "seconds": round(seconds, 1),
                "writes_per_second": round(len(items) / seconds, 2),
                "read_units_while_writing": round(write_reads, 1),
                "write_units": round(writes, 1),
                "found_again": len(found),
                "keys_asked_to_find_all": sum(asked),
                # DynamoDB bills an eventually consistent read of a key (found or not, up to
                # 4 KB) half a unit; moto reports a unit a key.
                "read_units_to_find_all": sum(asked) * 0.5,
                "read_units_moto_reported": round(store.consumed_read_units - before_find, 1),
            }
        )
    )
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
