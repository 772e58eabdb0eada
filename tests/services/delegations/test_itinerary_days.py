"""Days of a visit, a day's items, duplicating a day and moving an item in local time."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from exchangedesk.db.models import ItineraryItem
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.delegations.itinerary import ItemFields, create_item, get_item
from exchangedesk.services.delegations.itinerary_days import (
    day_items,
    delete_items,
    duplicate_day,
    move_item,
    visit_days,
)
from itinerary_sample import build_visit

BERLIN = "Europe/Berlin"
D = dt.date


def item(database: Database, delegation_id: int, start: dt.datetime, hours: float, **more: object):  # noqa: ANN201
    end = start + dt.timedelta(hours=hours)
    return create_item(
        database,
        delegation_id,
        ItemFields(title=f"Item {start:%d %H:%M}", start=start, end=end, timezone=BERLIN, **more),  # type: ignore[arg-type]
    )


def test_days_of_the_visit_and_items_outside(database: Database) -> None:
    visit = build_visit(database)
    item(database, visit.delegation_id, dt.datetime(2026, 3, 27, 10), 1)
    item(database, visit.delegation_id, dt.datetime(2026, 3, 27, 23), 2)  # into the 28th
    item(database, visit.delegation_id, dt.datetime(2026, 4, 2, 9), 1)  # after departure
    days = visit_days(database, visit.delegation_id)
    assert [d.day for d in days] == [D(2026, 3, n) for n in range(27, 32)] + [D(2026, 4, 2)]
    assert [d.items for d in days] == [2, 1, 0, 0, 0, 1]
    assert [d.in_visit for d in days][-1] is False


def test_day_items_include_an_item_crossing_midnight(database: Database) -> None:
    visit = build_visit(database)
    late = item(database, visit.delegation_id, dt.datetime(2026, 3, 27, 23), 2)
    midnight = item(database, visit.delegation_id, dt.datetime(2026, 3, 28, 22), 2)  # ends 00:00
    assert [r.id for r in day_items(database, visit.delegation_id, D(2026, 3, 28))] == [
        late.id,
        midnight.id,
    ]
    assert day_items(database, visit.delegation_id, D(2026, 3, 29)) == ()


def test_duplicate_day_keeps_local_times_and_attendees_across_the_clock_change(
    database: Database,
) -> None:
    visit = build_visit(database)
    some = visit.members[:2]
    morning = item(database, visit.delegation_id, dt.datetime(2026, 3, 28, 9), 2)
    item(
        database,
        visit.delegation_id,
        dt.datetime(2026, 3, 28, 14),
        1,
        all_attend=False,
        attendees=some,
    )
    created = duplicate_day(database, visit.delegation_id, D(2026, 3, 28), D(2026, 3, 30))
    copies = day_items(database, visit.delegation_id, D(2026, 3, 30))
    assert [r.id for r in copies] == list(created)
    assert [r.starts_at.strftime("%H:%M") for r in copies] == ["09:00", "14:00"]
    assert copies[1].attendees == some and not copies[1].all_attend
    # 9:00 CET became 9:00 CEST: one hour earlier in UTC
    assert copies[0].starts_at.astimezone(dt.UTC).hour == 7
    assert morning.starts_at.astimezone(dt.UTC).hour == 8
    delete_items(database, visit.delegation_id, created)
    assert day_items(database, visit.delegation_id, D(2026, 3, 30)) == ()


def test_duplicate_onto_a_gap_refuses_everything(database: Database) -> None:
    visit = build_visit(database)
    item(database, visit.delegation_id, dt.datetime(2026, 3, 28, 1), 0.5)
    item(database, visit.delegation_id, dt.datetime(2026, 3, 28, 2, 30), 0.25)
    with pytest.raises(ValidationError) as caught:
        duplicate_day(database, visit.delegation_id, D(2026, 3, 28), D(2026, 3, 29))
    assert caught.value.field == "start" and "Item 28 02:30" in caught.value.message
    with database.reading() as s:
        assert s.scalar(select(func.count()).select_from(ItineraryItem)) == 2
    with pytest.raises(ValidationError):
        duplicate_day(database, visit.delegation_id, D(2026, 3, 27), D(2026, 3, 29))  # empty


def test_move_keeps_the_elapsed_duration(database: Database) -> None:
    visit = build_visit(database)
    row = item(database, visit.delegation_id, dt.datetime(2026, 3, 28, 10), 2)
    moved = move_item(
        database, row.id, dt.datetime(2026, 3, 29, 1, 30), expected_version=row.version
    )
    # 01:30 + 2 h across the spring change reads 04:30 on the clocks
    assert moved.ends_at.strftime("%H:%M") == "04:30"
    assert moved.duration == dt.timedelta(hours=2)
    with pytest.raises(ConcurrentEditError):
        move_item(database, row.id, dt.datetime(2026, 3, 30, 9), expected_version=row.version)
    with pytest.raises(ValidationError) as caught:
        move_item(database, row.id, dt.datetime(2026, 3, 29, 2, 15), expected_version=moved.version)
    assert caught.value.field == "start"
    assert get_item(database, row.id).starts_at.strftime("%H:%M") == "01:30"
