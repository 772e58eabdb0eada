"""Hotels and host families, rooms and who sleeps in them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from exchangedesk.db.models import Delegation, Room, RoomOccupant
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import AccommodationKind, DelegationStatus
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.delegations.conflicts import delegation_conflicts
from exchangedesk.services.delegations.lodging import (
    AccommodationFields,
    RoomFields,
    accommodations,
    add_room,
    create_accommodation,
    delete_accommodation,
    delete_room,
    restore_accommodation,
    update_accommodation,
    update_room,
)
from itinerary_sample import build_visit

D = dt.date
HOTEL = AccommodationFields(
    "Hotel Adlon", D(2026, 3, 27), D(2026, 3, 31), address="Unter den Linden 77"
)


def counts(database: Database) -> tuple[int, int]:
    with database.reading() as s:
        rooms = s.scalar(select(func.count()).select_from(Room)) or 0
        occupants = s.scalar(select(func.count()).select_from(RoomOccupant)) or 0
    return rooms, occupants


def test_hotel_with_rooms_and_occupants(database: Database) -> None:
    visit = build_visit(database, members=4)
    hotel = create_accommodation(database, visit.delegation_id, HOTEL)
    assert hotel.nights == 4
    add_room(database, hotel.id, RoomFields("101", 2, visit.members[:2]))
    add_room(database, hotel.id, RoomFields("102", 2, (visit.members[2],)))
    family = create_accommodation(
        database,
        visit.delegation_id,
        AccommodationFields(
            "The Müller family", D(2026, 3, 27), D(2026, 3, 31), AccommodationKind.HOST_FAMILY
        ),
    )
    add_room(database, family.id, RoomFields("Guest room", 1, (visit.members[3],)))
    listed = accommodations(database, visit.delegation_id)
    assert [a.name for a in listed] == ["Hotel Adlon", "The Müller family"]
    assert [r.label for r in listed[0].rooms] == ["101", "102"]
    assert listed[0].rooms[0].occupants == visit.members[:2]
    assert listed[1].kind is AccommodationKind.HOST_FAMILY
    assert not delegation_conflicts(database, visit.delegation_id).conflicts or all(
        c.kind != "over_capacity"
        for c in delegation_conflicts(database, visit.delegation_id).conflicts
    )


def test_over_capacity_is_saved_and_reported(database: Database) -> None:
    visit = build_visit(database, members=3)
    hotel = create_accommodation(database, visit.delegation_id, HOTEL)
    room = add_room(database, hotel.id, RoomFields("101", 2, visit.members))
    assert room.over_capacity
    report = delegation_conflicts(database, visit.delegation_id)
    assert [c.rooms for c in report.conflicts if c.kind == "over_capacity"] == [(room.id,)]
    fixed = update_room(database, room.id, RoomFields("101", 3, visit.members))
    assert not fixed.over_capacity
    report = delegation_conflicts(database, visit.delegation_id)
    assert not [c for c in report.conflicts if c.kind == "over_capacity"]


def test_bad_input_is_refused_and_nothing_half_saved(database: Database) -> None:
    visit = build_visit(database, members=2)
    with pytest.raises(ValidationError) as caught:
        create_accommodation(
            database,
            visit.delegation_id,
            AccommodationFields("Adlon", D(2026, 3, 31), D(2026, 3, 27)),
        )
    assert caught.value.field == "check_out_on"
    with pytest.raises(ValidationError) as caught:
        create_accommodation(
            database, visit.delegation_id, AccommodationFields(" ", D(2026, 3, 27), D(2026, 3, 28))
        )
    assert caught.value.field == "name"
    hotel = create_accommodation(database, visit.delegation_id, HOTEL)
    with pytest.raises(ValidationError) as caught:
        add_room(database, hotel.id, RoomFields("101", 0))
    assert caught.value.field == "capacity"
    with pytest.raises(ValidationError) as caught:
        add_room(database, hotel.id, RoomFields("101", 2, (visit.members[0], visit.outsider)))
    assert caught.value.field == "occupants"
    assert counts(database) == (0, 0)  # the room was not left behind without its occupants
    room = add_room(database, hotel.id, RoomFields("101", 2, (visit.members[0],)))
    with pytest.raises(ValidationError):
        update_room(database, room.id, RoomFields("102", 2, (visit.outsider,)))
    assert accommodations(database, visit.delegation_id)[0].rooms[0].label == "101"


def test_delete_and_restore_with_rooms(database: Database) -> None:
    visit = build_visit(database, members=2)
    hotel = create_accommodation(database, visit.delegation_id, HOTEL)
    add_room(database, hotel.id, RoomFields("101", 2, visit.members))
    gone = delete_accommodation(database, hotel.id)
    assert counts(database) == (0, 0)
    back = restore_accommodation(database, gone)
    assert back.rooms[0].occupants == visit.members
    with pytest.raises(ConcurrentEditError):
        update_accommodation(database, back.id + 1, HOTEL)  # removed meanwhile
    room = back.rooms[0]
    assert delete_room(database, room.id).occupants == visit.members
    assert counts(database) == (0, 0)


def test_finished_visit_refuses_lodging_edits(database: Database) -> None:
    visit = build_visit(database, members=2)
    hotel = create_accommodation(database, visit.delegation_id, HOTEL)
    with database.unit_of_work() as s:
        s.get(Delegation, visit.delegation_id).status = DelegationStatus.COMPLETED  # type: ignore[union-attr]
    for attempt in (
        lambda: create_accommodation(database, visit.delegation_id, HOTEL),
        lambda: add_room(database, hotel.id, RoomFields("101")),
        lambda: delete_accommodation(database, hotel.id),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.field == "status"
    assert len(accommodations(database, visit.delegation_id)) == 1
