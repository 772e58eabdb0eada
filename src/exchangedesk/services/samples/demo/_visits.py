"""Helpers that add a delegation with its members, itinerary, rooms, travel, budget and approvals.

Every time is written as the wall clock where it happens (``at(zone, day, "09:30")``); the
models store the UTC instant and the item keeps the zone's name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from exchangedesk.db.models import (
    Accommodation,
    BudgetLine,
    Delegation,
    DelegationApproval,
    DelegationMember,
    ItineraryAttendee,
    ItineraryItem,
    Room,
    RoomOccupant,
    TransportLeg,
)
from exchangedesk.domain.enums import (
    AccommodationKind,
    ApprovalDecision,
    DelegationStatus,
    Direction,
    ItineraryKind,
    MemberRole,
)
from exchangedesk.services.samples.demo._support import Demo, at

Member = tuple[str, MemberRole] | tuple[str, MemberRole, str]  # person key, role, needs


def delegation(
    demo: Demo,
    key: str,
    partnership: str,
    direction: Direction,
    title: str,
    arrival_on: dt.date,
    departure_on: dt.date,
    status: DelegationStatus,
    *,
    members: Iterable[Member] = (),
    purpose: str | None = None,
    notes: str | None = None,
) -> Delegation:
    record = Delegation(
        partnership=demo.partnerships[partnership],
        direction=direction,
        title=title,
        purpose=purpose,
        arrival_on=arrival_on,
        departure_on=departure_on,
        status=status,
        notes=notes,
    )
    for member in members:
        person_key, role = member[0], member[1]
        needs = member[2] if len(member) > 2 else None
        record.members.append(
            DelegationMember(person=demo.people[person_key], role=role, needs=needs)
        )
        if role is MemberRole.HEAD:
            record.head = demo.people[person_key]
    demo.add(record)
    demo.delegations[key] = record
    demo.flush()
    return record


def item(
    demo: Demo,
    owner: dict[str, int],
    zone: str,
    day: dt.date,
    start: str,
    end: str,
    title: str,
    kind: ItineraryKind,
    *,
    attendees: Iterable[str] | None = None,
    host: str | None = None,
    **fields: Any,
) -> ItineraryItem:
    """One programme item; ``owner`` is ``{"delegation_id": ...}`` or ``{"programme_id": ...}``.
    ``attendees`` (person keys) limits it to some members; without it everyone attends."""
    record = ItineraryItem(
        **owner,
        starts_at=at(zone, day, start),
        ends_at=at(zone, day, end),
        timezone=zone,
        title=title,
        kind=kind,
        all_attend=attendees is None,
        host_person_id=demo.pid(host) if host else None,
        **fields,
    )
    demo.add(record)
    if attendees is not None:
        demo.flush()
        demo.add(
            *(ItineraryAttendee(item_id=record.id, person_id=demo.pid(key)) for key in attendees)
        )
    return record


def lodging(
    demo: Demo,
    visit: Delegation,
    name: str,
    check_in_on: dt.date,
    check_out_on: dt.date,
    rooms: Iterable[tuple[str, int, tuple[str, ...]]],
    *,
    kind: AccommodationKind = AccommodationKind.HOTEL,
    address: str | None = None,
    phone: str | None = None,
) -> None:
    """A place to stay and its rooms: (label, capacity, person keys of the occupants)."""
    place = Accommodation(
        delegation_id=visit.id,
        kind=kind,
        name=name,
        address=address,
        phone=phone,
        check_in_on=check_in_on,
        check_out_on=check_out_on,
    )
    demo.add(place)
    demo.flush()
    for label, capacity, occupants in rooms:
        if len(occupants) > capacity:  # pragma: no cover - guards the data
            raise ValueError(f"room {label} of {name} is over capacity")
        room = Room(accommodation_id=place.id, label=label, capacity=capacity)
        demo.add(room)
        demo.flush()
        demo.add(*(RoomOccupant(room_id=room.id, person_id=demo.pid(key)) for key in occupants))


def leg(
    demo: Demo,
    visit: Delegation,
    carrier: str | None,
    number: str | None,
    route: tuple[str, str],
    departs: tuple[str, dt.date, str],
    minutes: int,
    arrival_zone: str,
    *,
    seats: int | None = None,
    booking_reference: str | None = None,
) -> TransportLeg:
    """A leg leaving at a local time and taking ``minutes``; the arrival is shown in the
    arrival's zone, so the leg is right whatever the season's clock changes."""
    zone, day, clock = departs
    departs_at = at(zone, day, clock)
    arrives_at = (departs_at + dt.timedelta(minutes=minutes)).astimezone(ZoneInfo(arrival_zone))
    record = TransportLeg(
        delegation_id=visit.id,
        carrier=carrier,
        number=number,
        from_place=route[0],
        to_place=route[1],
        departs_at=departs_at,
        departure_timezone=zone,
        arrives_at=arrives_at,
        arrival_timezone=arrival_zone,
        seats=seats,
        booking_reference=booking_reference,
    )
    demo.add(record)
    return record


def budget(demo: Demo, visit: Delegation, *lines: tuple[str, str, str]) -> None:
    """Budget lines as (description, amount as written, currency)."""
    demo.add(
        *(
            BudgetLine(
                delegation_id=visit.id,
                description=text,
                amount=Decimal(amount),
                currency=currency,
            )
            for text, amount, currency in lines
        )
    )


def approvals(
    demo: Demo, visit: Delegation, *steps: tuple[str, dt.date, ApprovalDecision, str | None]
) -> None:
    demo.add(
        *(
            DelegationApproval(
                delegation_id=visit.id, decided_by=who, decided_on=day, decision=decision, note=note
            )
            for who, day, decision, note in steps
        )
    )
