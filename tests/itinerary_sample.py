"""A visit built with the ORM for the itinerary, lodging and transport tests: Volgograd's
delegation to Berlin (host zone Europe/Berlin) with as many members as a test asks for."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exchangedesk.db.models import City, Delegation, DelegationMember, Partnership, Person
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, Direction, PartnershipKind
from exchangedesk.domain.text import search_key


@dataclass(frozen=True)
class Visit:
    delegation_id: int
    members: tuple[int, ...]
    outsider: int  # a person who is not a member


def build_visit(
    database: Database,
    *,
    members: int = 4,
    arrival: dt.date = dt.date(2026, 3, 27),
    departure: dt.date = dt.date(2026, 3, 31),
    direction: Direction = Direction.INCOMING,
    status: DelegationStatus = DelegationStatus.PLANNED,
) -> Visit:
    with database.unit_of_work() as s:
        berlin = City(
            name="Berlin",
            country_code="DE",
            timezone="Europe/Berlin",
            search_key=search_key("Berlin", None),
        )
        volgograd = City(
            name="Volgograd",
            country_code="RU",
            timezone="Europe/Volgograd",
            search_key=search_key("Volgograd", None),
        )
        partnership = Partnership(city_a=berlin, city_b=volgograd, kind=PartnershipKind.TWIN_TOWN)
        people = [
            Person(given_name=f"Member{n}", family_name="Ivanova", search_key=f"member{n}")
            for n in range(members)
        ]
        outsider = Person(given_name="Out", family_name="Sider", search_key="out sider")
        delegation = Delegation(
            partnership=partnership,
            direction=direction,
            title="Volgograd teachers in Berlin",
            arrival_on=arrival,
            departure_on=departure,
            status=status,
        )
        s.add_all([berlin, volgograd, partnership, *people, outsider, delegation])
        s.flush()
        s.add_all(DelegationMember(delegation_id=delegation.id, person_id=p.id) for p in people)
        s.flush()
        return Visit(delegation.id, tuple(p.id for p in people), outsider.id)
