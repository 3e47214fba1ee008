"""The refresh policy spends a per-client allowance of read units: big months refresh rarely."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from desktop.data.store import DynamoStore, page_read_units
from desktop.domain.timestamps import now_utc
from desktop.views.main_window import READ_UNITS_PER_HOUR, STALE_SECONDS
from tests.views.conftest import Seeded, WindowFactory


def test_read_units_are_counted_as_dynamodb_bills_a_query() -> None:
    small = {"id": {"S": "a"}, "title": {"S": "회의"}}  # 2 + 1 + 5 + 6 bytes
    assert page_read_units([small]) == 0.5
    big = {"description": {"S": "가" * 1400}}  # 11 + 4,200 bytes: two 4 KB blocks
    assert page_read_units([big]) == 1.0
    assert page_read_units([]) == 0.5  # a page is never free


def test_a_costly_month_is_not_re_read_by_the_timer_but_a_cheap_one_is(
    seeded: Seeded, store: DynamoStore, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    month = window.month
    reads: list[str] = []
    real = store.events_between

    def counted(department_id: str, start: date, end: date):  # type: ignore[no-untyped-def]
        reads.append(department_id)
        return real(department_id, start, end)

    store.events_between = counted  # type: ignore[method-assign]
    cheap_age = window.max_age(month)
    assert cheap_age == STALE_SECONDS  # a typical month: the usual two minutes

    # Ten minutes later, a month that cost 100 units (a 3,000-event month) is still fresh...
    window._read_units[(seeded.development.id, month)] = 100.0
    assert window.max_age(month) == 100.0 * 3600 / READ_UNITS_PER_HOUR
    window._fetched_at = now_utc() - timedelta(minutes=10)
    window._refresh_if_due()
    assert reads == []

    # ... while a cheap one is read again.
    window._read_units[(seeded.development.id, month)] = 0.5
    with qtbot.waitSignal(window.monthShown, timeout=10_000):
        window._refresh_if_due()
    assert reads[0] == seeded.development.id
