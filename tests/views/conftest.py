"""A main window on a moto-backed store, with two departments and a few events."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.data.cache import Cache
from desktop.data.store import DynamoStore
from desktop.domain.models import Department, Event, new_id
from desktop.settings import AppSettings
from desktop.views.main_window import MainWindow
from desktop.workers.calendar_service import CalendarService

TODAY = date(2026, 11, 26)
KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@dataclass
class Seeded:
    development: Department
    sales: Department
    meeting: Event
    review: Event


@pytest.fixture
def seeded(store: DynamoStore) -> Seeded:
    development = store.create_department("개발팀", "소프트웨어 개발")
    sales = store.create_department("영업팀", "영업")
    meeting = store.create_event(
        Event(new_id(), development.id, date(2026, 11, 3), "팀 회의", time="오후 2:00")
    )
    review = store.create_event(
        Event(new_id(), development.id, date(2026, 11, 3), "코드 리뷰", time="오전 10:00")
    )
    store.create_event(Event(new_id(), sales.id, date(2026, 11, 5), "고객사 미팅"))
    return Seeded(development, sales, meeting, review)


WindowFactory = Callable[..., MainWindow]


ServiceFactory = Callable[..., CalendarService]


@pytest.fixture
def make_service(store: DynamoStore, tmp_path: Path) -> Iterator[ServiceFactory]:
    """A service on the test store and the test's cache file; closed at the end."""
    services: list[CalendarService] = []
    cache_file = tmp_path / "cache.sqlite3"

    def build(
        *,
        store_factory: Callable[..., DynamoStore] | None = None,
        cache_factory: Callable[..., Cache] | None = None,
    ) -> CalendarService:
        service = CalendarService(
            lambda: store.settings,
            store_factory=store_factory or (lambda _s: store),
            cache_factory=cache_factory or (lambda s: Cache.open(cache_file, s.source_key())),
        )
        services.append(service)
        return service

    yield build
    for service in services:
        service.close()


@pytest.fixture
def make_window(
    qtbot: QtBot, make_service: ServiceFactory, app_settings: AppSettings
) -> WindowFactory:
    """Build (and start) a window on the test store; waits until its month is shown."""

    def build(
        *,
        locale: QLocale = KOREAN,
        store_factory: Callable[..., DynamoStore] | None = None,
        wait: bool = True,
    ) -> MainWindow:
        service = make_service(store_factory=store_factory)
        window = MainWindow(service, app_settings, locale=locale, today=TODAY, watch_network=False)
        # Closing at the end of a test never waits on the "changes not sent" question
        # (test_pending.py asks it on purpose).
        window.confirm_quit = lambda _count: True  # type: ignore[method-assign]
        qtbot.addWidget(window)
        window.show()
        if wait:
            with qtbot.waitSignal(window.monthShown, timeout=10_000):
                window.start()
        else:
            window.start()
        return window

    return build
