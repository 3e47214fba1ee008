from datetime import date

from desktop.data.store import DynamoStore
from desktop.domain.models import Event, new_id


def test_event_round_trip(store: DynamoStore) -> None:
    department = store.create_department("개발팀", "소프트웨어 개발")
    event = store.create_event(Event(new_id(), department.id, date(2026, 11, 3), "팀 회의"))
    batch = store.events_between(department.id, date(2026, 11, 1), date(2026, 11, 30))
    assert batch.events == [event]
