"""Delegations with their members, programmes (itinerary items), approvals, budgets, rooms and
travel — the bulk of a federation's register.

Rules kept while drawing: departure never before arrival; nobody is a member of two
delegations whose dates touch (members are handed out in date order and a person is only taken
again once their last visit has ended); itinerary items lie inside the delegation's days as the
clock reads where they happen, and one delegation's items never overlap, so no attendee is
double-booked; rooms hold no more than their capacity.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from exchangedesk.db.models import (
    Accommodation,
    BudgetLine,
    City,
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
    ApprovalDecision,
    DelegationStatus,
    Direction,
    ItineraryKind,
    MemberRole,
)
from exchangedesk.services.samples.federation._support import (
    BASE_DATE,
    FIRST_YEAR,
    LAST_DATE,
    Build,
    insert_rows,
    random_day,
    stamped,
)

LARGE_EVERY = 100  # every hundredth delegation is a large one (an orchestra, a school choir)
LARGE_SIZE = 30
LENGTHS = (1, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 10)  # days
PURPOSES = (
    "Anniversary celebrations",
    "School partnership",
    "Trade fair",
    "Choir tour",
    "Youth sports tournament",
    "Council exchange",
    "Medical cooperation",
    "Tree planting",
    "Museum exhibition",
    "Veterans' memorial",
)
ITEMS = (
    ("Welcome at the town hall", ItineraryKind.CEREMONY),
    ("Meeting with the mayor", ItineraryKind.MEETING),
    ("Visit to the history museum", ItineraryKind.VISIT),
    ("Lunch with the host families", ItineraryKind.MEAL),
    ("Wreath laying at the memorial", ItineraryKind.CEREMONY),
    ("Tour of the partner school", ItineraryKind.VISIT),
    ("Working session on next year's programme", ItineraryKind.MEETING),
    ("Transfer to the station", ItineraryKind.TRANSPORT),
    ("Free afternoon in the old town", ItineraryKind.FREE_TIME),
    ("Reception dinner", ItineraryKind.MEAL),
)
DAY_START = 8 * 60  # minutes after midnight, local time
DAY_MINUTES = 13 * 60  # items run from 08:00 to 21:00
PLANNED = (
    DelegationStatus.IDEA,
    DelegationStatus.PLANNED,
    DelegationStatus.APPROVED,
    DelegationStatus.CONFIRMED,
)
APPROVED = {
    DelegationStatus.APPROVED,
    DelegationStatus.CONFIRMED,
    DelegationStatus.UNDER_WAY,
    DelegationStatus.COMPLETED,
}


@dataclass(frozen=True)
class Visit:
    id: int
    partnership_id: int
    city_a: int
    city_b: int
    direction: Direction
    arrival: dt.date
    departure: dt.date
    size: int

    @property
    def host_city(self) -> int:
        return self.city_a if self.direction is Direction.INCOMING else self.city_b

    @property
    def home_city(self) -> int:
        return self.city_b if self.direction is Direction.INCOMING else self.city_a


def build_visits(build: Build) -> None:
    visits = _plan(build)
    members = _hand_out_members(build, visits)
    with build.database.unit_of_work() as session:
        names = dict(session.execute(select(City.id, City.name)).all())
        insert_rows(session, Delegation, _delegations(build, visits, members, names))
        insert_rows(session, DelegationMember, _members(visits, members))
        attendees: list[dict[str, Any]] = []
        insert_rows(session, ItineraryItem, _items(build, visits, members, attendees))
        insert_rows(session, ItineraryAttendee, attendees)
        insert_rows(session, DelegationApproval, _approvals(build, visits))
        insert_rows(session, BudgetLine, _budget(build, visits))
        rooms: list[dict[str, Any]] = []
        occupants: list[dict[str, Any]] = []
        insert_rows(
            session, Accommodation, _hotels(build, visits, members, names, rooms, occupants)
        )
        insert_rows(session, Room, rooms)
        insert_rows(session, RoomOccupant, occupants)
        insert_rows(session, TransportLeg, _travel(build, visits, names))
    build.visits = visits
    build.members = members


def _plan(build: Build) -> list[Visit]:
    rng = build.rng("delegations")
    first = dt.date(FIRST_YEAR, 4, 28)
    visits = []
    for visit_id in range(1, build.sizes["delegations"] + 1):
        partnership_id, city_a, city_b = rng.choice(build.partnerships)
        arrival = random_day(rng, first, LAST_DATE)
        departure = arrival + dt.timedelta(days=rng.choice(LENGTHS) - 1)
        size = LARGE_SIZE if visit_id % LARGE_EVERY == 1 else rng.randint(2, 8)
        direction = rng.choice((Direction.INCOMING, Direction.OUTGOING))
        visits.append(
            Visit(visit_id, partnership_id, city_a, city_b, direction, arrival, departure, size)
        )
    return visits


def _hand_out_members(build: Build, visits: list[Visit]) -> dict[int, tuple[int, ...]]:
    """Members in date order from a shuffled ring of delegates; someone still away (their last
    visit not yet over) is passed over, so nobody is in two delegations at once."""
    rng = build.rng("members")
    ring = list(build.pools["delegates"])
    rng.shuffle(ring)
    back_on: dict[int, dt.date] = {}
    cursor = 0
    members: dict[int, tuple[int, ...]] = {}
    for visit in sorted(visits, key=lambda v: (v.arrival, v.id)):
        chosen: list[int] = []
        for _ in range(len(ring)):
            if len(chosen) == visit.size:
                break
            person = ring[cursor % len(ring)]
            cursor += 1
            if back_on.get(person, dt.date.min) < visit.arrival:
                chosen.append(person)
                back_on[person] = visit.departure
        members[visit.id] = tuple(chosen)
    return members


def _status(rng: Any, visit: Visit) -> DelegationStatus:
    if visit.departure < BASE_DATE:
        return DelegationStatus.CANCELLED if rng.random() < 0.07 else DelegationStatus.COMPLETED
    if visit.arrival <= BASE_DATE:
        return DelegationStatus.UNDER_WAY
    return rng.choice(PLANNED)


def _delegations(
    build: Build, visits: list[Visit], members: dict[int, tuple[int, ...]], names: dict[int, str]
) -> Any:
    rng = build.rng("delegation-rows")
    for visit in visits:
        status = _status(rng, visit)
        build.visit_status[visit.id] = status
        purpose = rng.choice(PURPOSES)
        home, host = names[visit.home_city], names[visit.host_city]
        yield stamped(
            {
                "id": visit.id,
                "partnership_id": visit.partnership_id,
                "direction": visit.direction,
                "title": f"{purpose}: {home} in {host}, {visit.arrival.year}"[:300],
                "purpose": purpose,
                "arrival_on": visit.arrival,
                "departure_on": visit.departure,
                "status": status,
                "head_person_id": members[visit.id][0] if members[visit.id] else None,
                "notes": "Generated for the federation benchmark.",
            }
        )


def _members(visits: list[Visit], members: dict[int, tuple[int, ...]]) -> Any:
    roles = (MemberRole.OFFICIAL, MemberRole.ARTIST, MemberRole.STUDENT, MemberRole.JOURNALIST)
    for visit in visits:
        for index, person in enumerate(members[visit.id]):
            role = MemberRole.HEAD if index == 0 else roles[(visit.id + index) % len(roles)]
            if index == 1 and visit.size > 3:
                role = MemberRole.INTERPRETER
            yield stamped(
                {
                    "delegation_id": visit.id,
                    "person_id": person,
                    "role": role,
                    "arrival_on": None,
                    "departure_on": None,
                    "needs": None,
                },
                versioned=False,
            )


def _items(
    build: Build,
    visits: list[Visit],
    members: dict[int, tuple[int, ...]],
    attendees: list[dict[str, Any]],
) -> Any:
    rng = build.rng("itinerary")
    total = build.sizes["itinerary_items"]
    each, extra = divmod(total, len(visits))
    staff = build.pools["staff"]
    item_id = 0
    for index, visit in enumerate(visits):
        count = each + (1 if index < extra else 0)
        if not count:
            continue
        zone_name = build.zone_of(visit.host_city)
        zone = ZoneInfo(zone_name)
        days = (visit.departure - visit.arrival).days + 1
        per_day = -(-count // days)
        slot = DAY_MINUTES // max(per_day, 1)
        who = members[visit.id]
        for n in range(count):
            day = visit.arrival + dt.timedelta(days=n % days)
            start_minute = DAY_START + (n // days) * slot
            length = max(slot - 15, 10)
            starts = dt.datetime(
                day.year, day.month, day.day, start_minute // 60, start_minute % 60, tzinfo=zone
            )
            title, kind = ITEMS[(visit.id + n) % len(ITEMS)]
            item_id += 1
            all_attend = len(who) < 3 or rng.random() >= 0.1
            if not all_attend:
                for person in rng.sample(who, rng.randint(1, min(3, len(who) - 1))):
                    attendees.append({"item_id": item_id, "person_id": person})
            yield stamped(
                {
                    "id": item_id,
                    "delegation_id": visit.id,
                    "programme_id": None,
                    "starts_at": starts,
                    "ends_at": starts + dt.timedelta(minutes=length),
                    "timezone": zone_name,
                    "title": title,
                    "kind": kind,
                    "venue": None,
                    "all_attend": all_attend,
                    "host_person_id": staff[(visit.id + n) % len(staff)],
                    "interpreter_needed": rng.random() < 0.3,
                    "dress_code": "Formal" if kind is ItineraryKind.CEREMONY else None,
                }
            )


def _approvals(build: Build, visits: list[Visit]) -> Any:
    rng = build.rng("approvals")
    for visit in visits:
        if build.visit_status[visit.id] in APPROVED and rng.random() < 0.6:
            yield stamped(
                {
                    "delegation_id": visit.id,
                    "decided_by": rng.choice(("Town council", "Mayor's office", "Committee")),
                    "decided_on": visit.arrival - dt.timedelta(days=rng.randint(20, 90)),
                    "decision": ApprovalDecision.APPROVED,
                    "note": None,
                },
                versioned=False,
            )


def _budget(build: Build, visits: list[Visit]) -> Any:
    rng = build.rng("budget")
    lines = ("Travel", "Hotel", "Interpreter", "Gifts", "Meals")
    for visit in visits:
        if rng.random() < 0.3:
            for description in rng.sample(lines, rng.randint(1, 3)):
                yield {
                    "delegation_id": visit.id,
                    "description": description,
                    "amount": Decimal(rng.randint(100, 500_000)) / 100,
                    "currency": "EUR",
                }


def _hotels(
    build: Build,
    visits: list[Visit],
    members: dict[int, tuple[int, ...]],
    names: dict[int, str],
    rooms: list[dict[str, Any]],
    occupants: list[dict[str, Any]],
) -> Any:
    """A fifth of the visits have a hotel booked: two to a room, never more than it sleeps."""
    rng = build.rng("hotels")
    accommodation_id = room_id = 0
    for visit in visits:
        if rng.random() >= 0.2 or not members[visit.id]:
            continue
        accommodation_id += 1
        yield stamped(
            {
                "id": accommodation_id,
                "delegation_id": visit.id,
                "name": f"Hotel {names[visit.host_city]}"[:300],
                "check_in_on": visit.arrival,
                "check_out_on": visit.departure,
            },
            versioned=False,
        )
        who = members[visit.id]
        for start in range(0, len(who), 2):
            room_id += 1
            rooms.append(
                {
                    "id": room_id,
                    "accommodation_id": accommodation_id,
                    "label": str(101 + start // 2),
                    "capacity": 2,
                }
            )
            occupants.extend({"room_id": room_id, "person_id": p} for p in who[start : start + 2])


def _travel(build: Build, visits: list[Visit], names: dict[int, str]) -> Any:
    """Outward and return legs for a fifth of the visits, each clock in its own zone."""
    rng = build.rng("travel")
    for visit in visits:
        if rng.random() >= 0.2:
            continue
        home, host = visit.home_city, visit.host_city
        legs = ((visit.arrival, home, host, 6), (visit.departure, host, home, 17))
        for day, origin, destination, hour in legs:
            origin_zone, destination_zone = build.zone_of(origin), build.zone_of(destination)
            departs = dt.datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo(origin_zone))
            arrives = (departs + dt.timedelta(hours=rng.randint(2, 9))).astimezone(
                ZoneInfo(destination_zone)
            )
            yield stamped(
                {
                    "delegation_id": visit.id,
                    "carrier": rng.choice(("Aeroflot", "Lufthansa", "Air China", "Coach")),
                    "number": f"{rng.choice('ABCDELSU')}{rng.randint(100, 9999)}",
                    "from_place": names[origin][:200],
                    "to_place": names[destination][:200],
                    "departs_at": departs,
                    "departure_timezone": origin_zone,
                    "arrives_at": arrives,
                    "arrival_timezone": destination_zone,
                    "seats": visit.size,
                },
                versioned=False,
            )
