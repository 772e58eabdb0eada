"""A large delegation for measuring: 30 members (Cyrillic and Latin names), 10 days of six
items each, some for half the group, a hotel with 15 rooms and four flights."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select

from exchangedesk.db.models import (
    Accommodation,
    Delegation,
    DelegationMember,
    ItineraryAttendee,
    ItineraryItem,
    Partnership,
    Person,
    Room,
    RoomOccupant,
    TransportLeg,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, Direction, ItineraryKind, MemberRole

GIVEN = ("Анна", "Борис", "Вера", "Глеб", "Дарья", "Егор", "Жанна", "Зоя", "Игорь", "Кира")
FAMILY = ("Иванова", "Петров", "Сидорова")
LONDON = ZoneInfo("Europe/London")


def add_big_delegation(database: Database, first_day: dt.date, days: int = 10) -> int:
    with database.unit_of_work() as session:
        partnership = session.scalars(select(Partnership).order_by(Partnership.id)).first()
        visit = Delegation(
            partnership_id=partnership.id,
            direction=Direction.INCOMING,
            title="Large delegation for measuring",
            arrival_on=first_day,
            departure_on=first_day + dt.timedelta(days=days - 1),
            status=DelegationStatus.PLANNED,
        )
        people = []
        for n in range(30):
            given, family = GIVEN[n % 10], FAMILY[n // 10]
            people.append(
                Person(
                    given_name=f"Member{n}",
                    family_name=f"Latin{n}",
                    given_name_native=given,
                    family_name_native=family,
                    search_key=f"member{n}",
                )
            )
        session.add_all([visit, *people])
        session.flush()
        for n, person in enumerate(people):
            role = MemberRole.HEAD if n == 0 else MemberRole.OFFICIAL
            session.add(DelegationMember(delegation_id=visit.id, person_id=person.id, role=role))
        visit.head_person_id = people[0].id
        for day in range(days):
            date = first_day + dt.timedelta(days=day)
            for slot, (hour, kind) in enumerate(
                (
                    (9, ItineraryKind.MEETING),
                    (11, ItineraryKind.VISIT),
                    (13, ItineraryKind.MEAL),
                    (14, ItineraryKind.MEETING),
                    (16, ItineraryKind.VISIT),
                    (19, ItineraryKind.MEAL),
                )
            ):
                start = dt.datetime.combine(date, dt.time(hour), LONDON)
                item = ItineraryItem(
                    delegation_id=visit.id,
                    starts_at=start,
                    ends_at=start + dt.timedelta(minutes=90),
                    timezone="Europe/London",
                    title=f"Day {day + 1} item {slot + 1}: programme with partners",
                    kind=kind,
                    venue="Council House",
                    address="Earl Street, Coventry",
                    all_attend=slot != 3,
                    interpreter_needed=slot % 2 == 0,
                    dress_code="Business" if slot == 5 else None,
                    notes="Notes for the hosts." if slot == 1 else None,
                )
                session.add(item)
                if slot == 3:
                    session.flush()
                    session.add_all(
                        ItineraryAttendee(item_id=item.id, person_id=p.id) for p in people[:15]
                    )
        hotel = Accommodation(
            delegation_id=visit.id,
            name="Hotel",
            check_in_on=first_day,
            check_out_on=visit.departure_on,
        )
        session.add(hotel)
        session.flush()
        for n in range(15):
            room = Room(accommodation_id=hotel.id, label=str(100 + n), capacity=2)
            session.add(room)
            session.flush()
            session.add_all(
                RoomOccupant(room_id=room.id, person_id=p.id) for p in people[2 * n : 2 * n + 2]
            )
        for n, (day, hour) in enumerate(((0, 6), (0, 11), (days - 1, 12), (days - 1, 17))):
            start = dt.datetime.combine(first_day + dt.timedelta(days=day), dt.time(hour), LONDON)
            session.add(
                TransportLeg(
                    delegation_id=visit.id,
                    carrier="Airline",
                    number=f"XX {n}",
                    from_place="A",
                    to_place="B",
                    departs_at=start,
                    departure_timezone="Europe/London",
                    arrives_at=start + dt.timedelta(hours=3),
                    arrival_timezone="Europe/Istanbul",
                    seats=30,
                )
            )
        return visit.id
