"""Where a delegation sleeps: hotels or host families with their dates, rooms with a number of
beds, and the members in each room.

A room may hold more people than it has beds: that is sometimes the plan (a folding bed, two
children) and the conflict service reports it as ``over_capacity`` for the secretary to resolve
or accept, as it does for one person in two rooms on the same night. Only members of the
delegation can be put in a room. Accommodations and rooms carry no version (the schema has
none), so the last save wins for them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import Accommodation, Person, Room, RoomOccupant
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import AccommodationKind
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.common.editing import editing, existing
from exchangedesk.services.delegations.local_time import check_members, text
from exchangedesk.services.delegations.status import ensure_editable

__all__ = [
    "AccommodationFields",
    "AccommodationRow",
    "RoomFields",
    "RoomRow",
    "accommodations",
    "add_room",
    "create_accommodation",
    "delete_accommodation",
    "delete_room",
    "restore_accommodation",
    "update_accommodation",
    "update_room",
]


@dataclass(frozen=True)
class AccommodationFields:
    name: str
    check_in_on: dt.date
    check_out_on: dt.date
    kind: AccommodationKind = AccommodationKind.HOTEL
    address: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class RoomFields:
    label: str
    capacity: int = 1
    occupants: tuple[int, ...] = ()  # person ids, members of the delegation


@dataclass(frozen=True)
class RoomRow:
    id: int
    accommodation_id: int
    label: str
    capacity: int
    occupants: tuple[int, ...]
    occupant_names: tuple[str, ...]

    @property
    def over_capacity(self) -> bool:
        return len(self.occupants) > self.capacity

    def fields(self) -> RoomFields:
        return RoomFields(self.label, self.capacity, self.occupants)


@dataclass(frozen=True)
class AccommodationRow:
    id: int
    delegation_id: int
    kind: AccommodationKind
    name: str
    address: str | None
    phone: str | None
    check_in_on: dt.date
    check_out_on: dt.date
    rooms: tuple[RoomRow, ...] = ()

    @property
    def nights(self) -> int:
        return (self.check_out_on - self.check_in_on).days

    def fields(self) -> AccommodationFields:
        return AccommodationFields(
            self.name, self.check_in_on, self.check_out_on, self.kind, self.address, self.phone
        )


def _values(fields: AccommodationFields) -> dict[str, object]:
    for name in ("check_in_on", "check_out_on"):
        value = getattr(fields, name)
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise ValidationError(name, "Give a date.")
    if fields.check_out_on < fields.check_in_on:
        raise ValidationError("check_out_on", "Check-out is before check-in.")
    if not isinstance(fields.kind, AccommodationKind):
        raise ValidationError("kind", f"{fields.kind!r} is not a kind of accommodation.")
    return {
        "name": text(fields.name, "name", required=True),
        "kind": fields.kind,
        "address": text(fields.address, "address", longest=2000),
        "phone": text(fields.phone, "phone", longest=60),
        "check_in_on": fields.check_in_on,
        "check_out_on": fields.check_out_on,
    }


def _room_values(fields: RoomFields) -> dict[str, object]:
    if isinstance(fields.capacity, bool) or not isinstance(fields.capacity, int):
        raise ValidationError("capacity", "Give the number of beds as a whole number.")
    if fields.capacity < 1:
        raise ValidationError("capacity", "A room has at least one bed.")
    return {
        "label": text(fields.label, "label", required=True, longest=60),
        "capacity": fields.capacity,
    }


def create_accommodation(
    database: Database, delegation_id: int, fields: AccommodationFields
) -> AccommodationRow:
    with editing(database) as session:
        ensure_editable(session, delegation_id)
        record = Accommodation(delegation_id=delegation_id, **_values(fields))
        session.add(record)
        session.flush()
        return _rows(session, [record])[0]


def update_accommodation(
    database: Database, accommodation_id: int, fields: AccommodationFields
) -> AccommodationRow:
    with editing(database) as session:
        record = existing(session, Accommodation, accommodation_id, "Accommodation")
        ensure_editable(session, record.delegation_id)
        for name, value in _values(fields).items():
            setattr(record, name, value)
        session.flush()
        return _rows(session, [record])[0]


def delete_accommodation(database: Database, accommodation_id: int) -> AccommodationRow:
    """Remove it with its rooms; returns it as it was, for :func:`restore_accommodation`."""
    with editing(database) as session:
        record = existing(session, Accommodation, accommodation_id, "Accommodation")
        ensure_editable(session, record.delegation_id)
        gone = _rows(session, [record])[0]
        session.delete(record)  # rooms and occupants go with it (ON DELETE CASCADE)
        return gone


def restore_accommodation(database: Database, row: AccommodationRow) -> AccommodationRow:
    """Put back a removed accommodation with its rooms and occupants (as new records)."""
    with editing(database) as session:
        ensure_editable(session, row.delegation_id)
        record = Accommodation(delegation_id=row.delegation_id, **_values(row.fields()))
        session.add(record)
        session.flush()
        for room in row.rooms:
            _add_room(session, record, room.fields())
        session.flush()
        return _rows(session, [record])[0]


def add_room(database: Database, accommodation_id: int, fields: RoomFields) -> RoomRow:
    with editing(database) as session:
        accommodation = existing(session, Accommodation, accommodation_id, "Accommodation")
        ensure_editable(session, accommodation.delegation_id)
        room = _add_room(session, accommodation, fields)
        return _room_rows(session, [room])[0]


def update_room(database: Database, room_id: int, fields: RoomFields) -> RoomRow:
    with editing(database) as session:
        room = existing(session, Room, room_id, "Room")
        accommodation = session.get(Accommodation, room.accommodation_id)
        assert accommodation is not None
        ensure_editable(session, accommodation.delegation_id)
        for name, value in _room_values(fields).items():
            setattr(room, name, value)
        _put_occupants(session, accommodation, room.id, fields.occupants)
        session.flush()
        return _room_rows(session, [room])[0]


def delete_room(database: Database, room_id: int) -> RoomRow:
    with editing(database) as session:
        room = existing(session, Room, room_id, "Room")
        accommodation = session.get(Accommodation, room.accommodation_id)
        assert accommodation is not None
        ensure_editable(session, accommodation.delegation_id)
        gone = _room_rows(session, [room])[0]
        session.execute(delete(RoomOccupant).where(RoomOccupant.room_id == room_id))
        session.delete(room)
        return gone


def accommodations(database: Database, delegation_id: int) -> tuple[AccommodationRow, ...]:
    """The delegation's places to stay in order of check-in, each with its rooms."""
    with database.reading() as session:
        records = session.scalars(
            select(Accommodation)
            .where(Accommodation.delegation_id == delegation_id)
            .order_by(Accommodation.check_in_on, Accommodation.id)
        ).all()
        return _rows(session, list(records))


def _add_room(session: Session, accommodation: Accommodation, fields: RoomFields) -> Room:
    room = Room(accommodation_id=accommodation.id, **_room_values(fields))
    session.add(room)
    session.flush()
    _put_occupants(session, accommodation, room.id, fields.occupants)
    return room


def _put_occupants(
    session: Session, accommodation: Accommodation, room_id: int, people: Iterable[int]
) -> None:
    chosen = check_members(session, accommodation.delegation_id, people, "occupants")
    session.execute(delete(RoomOccupant).where(RoomOccupant.room_id == room_id))
    session.add_all(RoomOccupant(room_id=room_id, person_id=p) for p in chosen)
    session.flush()


def _rows(session: Session, records: list[Accommodation]) -> tuple[AccommodationRow, ...]:
    ids = [r.id for r in records]
    rooms = (
        session.scalars(
            select(Room).where(Room.accommodation_id.in_(ids)).order_by(Room.label, Room.id)
        ).all()
        if ids
        else []
    )
    by_place: dict[int, list[RoomRow]] = {i: [] for i in ids}
    for room in _room_rows(session, list(rooms)):
        by_place[room.accommodation_id].append(room)
    return tuple(
        AccommodationRow(
            r.id,
            r.delegation_id,
            r.kind,
            r.name,
            r.address,
            r.phone,
            r.check_in_on,
            r.check_out_on,
            tuple(by_place[r.id]),
        )
        for r in records
    )


def _room_rows(session: Session, rooms: list[Room]) -> tuple[RoomRow, ...]:
    ids = [r.id for r in rooms]
    people: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
    if ids:
        for room_id, person_id, given, family in session.execute(
            select(RoomOccupant.room_id, Person.id, Person.given_name, Person.family_name)
            .join(Person, RoomOccupant.person_id == Person.id)
            .where(RoomOccupant.room_id.in_(ids))
            .order_by(Person.family_name, Person.given_name, Person.id)
        ):
            people[room_id].append((person_id, f"{given} {family}".strip()))
    return tuple(
        RoomRow(
            r.id,
            r.accommodation_id,
            r.label,
            r.capacity,
            tuple(p for p, _ in people[r.id]),
            tuple(n for _, n in people[r.id]),
        )
        for r in rooms
    )
