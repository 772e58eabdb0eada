"""Loading one delegation's or exchange programme's plan for the conflict rules.

:func:`load_plan` reads, in about ten queries whatever the size of the group, what
:mod:`exchangedesk.domain.conflicts` needs: the group's items with their attendees, every other
item in the same days that one of its people attends (other delegations *and* exchange
programmes) or that uses one of its venues, rooms or host families with their occupants,
passport expiry dates (only those: the passport number is never read), and the public holidays
of both partner countries.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from exchangedesk.db.models import (
    Accommodation,
    City,
    Delegation,
    DelegationMember,
    ExchangeProgramme,
    HostFamily,
    ItineraryAttendee,
    ItineraryItem,
    Participant,
    Partnership,
    Person,
    PersonSensitive,
    Placement,
    ProgrammeLeader,
    Room,
    RoomOccupant,
)
from exchangedesk.domain.conflicts import (
    Lodging,
    LodgingKind,
    Occupancy,
    Owner,
    OwnerKind,
    Plan,
    Slot,
    Stay,
    local_days,
)
from exchangedesk.domain.enums import PlacementStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.holidays import holiday_region, public_holidays
from exchangedesk.domain.text import fold

# Local dates run from UTC−12 to UTC+14, so a day's margin either side of the group's dates
# catches every item on them; two leave room for items that start the evening before.
WINDOW_MARGIN = dt.timedelta(days=2)
HOUSED = (PlacementStatus.ACCEPTED, PlacementStatus.CONFIRMED)

CityA = aliased(City, name="city_a")
CityB = aliased(City, name="city_b")


def _delegation_plan(session: Session, delegation_id: int, today: dt.date) -> Plan:
    row = session.execute(
        _with_cities(
            select(Delegation.title, Delegation.arrival_on, Delegation.departure_on),
            Delegation.partnership_id,
        ).where(Delegation.id == delegation_id)
    ).one_or_none()
    if row is None:
        raise ValidationError("delegation", f"There is no delegation number {delegation_id}.")
    title, first, last, *cities = row
    stays = {
        person: Stay(person, arrives or first, departs or last, own=bool(arrives or departs))
        for person, arrives, departs in session.execute(
            select(
                DelegationMember.person_id,
                DelegationMember.arrival_on,
                DelegationMember.departure_on,
            ).where(DelegationMember.delegation_id == delegation_id)
        )
    }
    rooms = session.execute(
        select(
            Room.id,
            Room.label,
            Room.capacity,
            Accommodation.name,
            RoomOccupant.person_id,
            Accommodation.check_in_on,
            Accommodation.check_out_on,
        )
        .join(Accommodation, Room.accommodation_id == Accommodation.id)
        .outerjoin(RoomOccupant, RoomOccupant.room_id == Room.id)
        .where(Accommodation.delegation_id == delegation_id)
        .order_by(Room.id)
    ).all()
    lodgings = _lodgings(
        LodgingKind.ROOM, ((r[0], f"room {r[1]} at {r[3]}", *r[2:]) for r in rooms)
    )
    owner = Owner(OwnerKind.DELEGATION, delegation_id, title)
    return _plan(
        session, owner, ItineraryItem.delegation_id, (first, last), today, stays, lodgings, cities
    )


def _programme_plan(session: Session, programme_id: int, today: dt.date) -> Plan:
    row = session.execute(
        _with_cities(
            select(ExchangeProgramme.title, ExchangeProgramme.starts_on, ExchangeProgramme.ends_on),
            ExchangeProgramme.partnership_id,
        ).where(ExchangeProgramme.id == programme_id)
    ).one_or_none()
    if row is None:
        raise ValidationError("programme", f"There is no exchange programme number {programme_id}.")
    title, first, last, *cities = row
    people = union_all(
        select(Participant.person_id).where(Participant.programme_id == programme_id),
        select(ProgrammeLeader.person_id).where(ProgrammeLeader.programme_id == programme_id),
    )
    stays = {p: Stay(p, first, last) for p in session.scalars(select(people.subquery().c[0]))}
    # Every guest of the families that house this programme, whichever programme sent them.
    families = (
        select(Placement.host_family_id)
        .join(Participant, Placement.participant_id == Participant.id)
        .where(Participant.programme_id == programme_id, Placement.status.in_(HOUSED))
    )
    guests = session.execute(
        select(
            HostFamily.id,
            HostFamily.name,
            HostFamily.capacity,
            Participant.person_id,
            Placement.starts_on,
            Placement.ends_on,
            ExchangeProgramme.starts_on,
            ExchangeProgramme.ends_on,
        )
        .join(Placement, Placement.host_family_id == HostFamily.id)
        .join(Participant, Placement.participant_id == Participant.id)
        .join(ExchangeProgramme, Participant.programme_id == ExchangeProgramme.id)
        .where(HostFamily.id.in_(families), Placement.status.in_(HOUSED))
        .order_by(HostFamily.id)
    ).all()
    lodgings = _lodgings(
        LodgingKind.HOST_FAMILY,
        (
            (g[0], f"{g[1]} (host family)", g[2], None, g[3], g[4] or g[6], g[5] or g[7])
            for g in guests
        ),
    )
    owner = Owner(OwnerKind.PROGRAMME, programme_id, title)
    return _plan(
        session, owner, ItineraryItem.programme_id, (first, last), today, stays, lodgings, cities
    )


def _with_cities(statement: Any, partnership_id: InstrumentedAttribute[int]) -> Any:
    return (
        statement.add_columns(CityA.country_code, CityA.region, CityB.country_code, CityB.region)
        .join(Partnership, partnership_id == Partnership.id)
        .join(CityA, Partnership.city_a_id == CityA.id)
        .join(CityB, Partnership.city_b_id == CityB.id)
    )


def _lodgings(kind: LodgingKind, rows: Iterable[tuple[Any, ...]]) -> tuple[Lodging, ...]:
    """Rows of (id, label, capacity, unused, person or None, check-in, check-out)."""
    found: dict[int, Lodging] = {}
    for lodging_id, label, capacity, _, person, check_in, check_out in rows:
        lodging = found.setdefault(lodging_id, Lodging(kind, lodging_id, label, capacity))
        if person is not None:
            stay = Occupancy(person, check_in, check_out)
            found[lodging_id] = replace(lodging, occupancies=(*lodging.occupancies, stay))
    return tuple(found.values())


def _plan(
    session: Session,
    owner: Owner,
    owner_column: InstrumentedAttribute[int | None],
    dates: tuple[dt.date, dt.date],
    today: dt.date,
    stays: dict[int, Stay],
    lodgings: tuple[Lodging, ...],
    cities: list[Any],
) -> Plan:
    items = _own_items(session, owner, owner_column, frozenset(stays))
    people = set(stays).union(*(s.attendees for s in items))
    days = [d for s in items for d in local_days(s)]
    lo = dt.datetime.combine(min([dates[0], *days]), dt.time(), dt.UTC) - WINDOW_MARGIN
    hi = dt.datetime.combine(max([dates[1], *days]), dt.time(), dt.UTC) + WINDOW_MARGIN
    others, nearby = _around(session, owner, owner_column, people, (lo, hi), items)
    occupants = {o.person_id for lodging in lodgings for o in lodging.occupancies}
    countries = {cities[0], cities[2]}
    regions = tuple(
        dict.fromkeys(
            holiday_region(code, region)
            for code, region in ((cities[0], cities[1]), (cities[2], cities[3]))
        )
    )
    years = {y for s in items for y in range(local_days(s)[0].year, local_days(s)[1].year + 1)}
    return Plan(
        owner=owner,
        first_day=dates[0],
        last_day=dates[1],
        today=today,
        names=_names(session, people | occupants),
        members=stays,
        items=items,
        others=others,
        nearby=nearby,
        lodgings=lodgings,
        international=len(countries) > 1,
        passports=_passports(session, stays) if len(countries) > 1 else {},
        regions=regions,
        holidays={(r, y): public_holidays(r, y) for r in regions for y in years},
    )


def _own_items(
    session: Session,
    owner: Owner,
    owner_column: InstrumentedAttribute[int | None],
    members: frozenset[int],
) -> tuple[Slot, ...]:
    listed: dict[int, set[int]] = defaultdict(set)
    for item_id, person in session.execute(
        select(ItineraryAttendee.item_id, ItineraryAttendee.person_id)
        .join(ItineraryItem, ItineraryItem.id == ItineraryAttendee.item_id)
        .where(owner_column == owner.id)
    ):
        listed[item_id].add(person)
    rows = session.execute(
        select(*_ITEM_COLUMNS, ItineraryItem.all_attend)
        .where(owner_column == owner.id)
        .order_by(ItineraryItem.starts_at, ItineraryItem.id)
    )
    return tuple(
        Slot(
            i,
            owner,
            title,
            starts,
            ends,
            zone,
            venue,
            members if everyone else frozenset(listed[i]),
        )
        for i, starts, ends, zone, title, venue, everyone in rows
    )


_ITEM_COLUMNS = (
    ItineraryItem.id,
    ItineraryItem.starts_at,
    ItineraryItem.ends_at,
    ItineraryItem.timezone,
    ItineraryItem.title,
    ItineraryItem.venue,
)


def _around(
    session: Session,
    owner: Owner,
    owner_column: InstrumentedAttribute[int | None],
    people: set[int],
    window: tuple[dt.datetime, dt.datetime],
    items: tuple[Slot, ...],
) -> tuple[tuple[Slot, ...], tuple[Slot, ...]]:
    """Other groups' items in the window: those our people attend (two queries in all, however
    many people and groups), and those that use a venue one of our items uses."""
    lo, hi = window
    nearby: ColumnElement[bool] = and_(
        ItineraryItem.starts_at < hi,
        ItineraryItem.ends_at > lo,
        or_(owner_column.is_(None), owner_column != owner.id),
    )
    everyone = ItineraryItem.all_attend.is_(True)
    pairs = union_all(
        *(
            select(ItineraryItem.id, table.person_id)
            .join(table, link == group)
            .where(nearby, everyone, table.person_id.in_(people))
            for table, link, group in (
                (DelegationMember, DelegationMember.delegation_id, ItineraryItem.delegation_id),
                (Participant, Participant.programme_id, ItineraryItem.programme_id),
                (ProgrammeLeader, ProgrammeLeader.programme_id, ItineraryItem.programme_id),
            )
        ),
        select(ItineraryItem.id, ItineraryAttendee.person_id)
        .join(ItineraryAttendee, ItineraryAttendee.item_id == ItineraryItem.id)
        .where(nearby, ~everyone, ItineraryAttendee.person_id.in_(people)),
    )
    attending: dict[int, set[int]] = defaultdict(set)
    for item_id, person in session.execute(pairs) if people else ():
        attending[item_id].add(person)
    wanted = [ItineraryItem.id.in_(attending)]
    if any(s.venue for s in items):
        wanted.append(ItineraryItem.venue.is_not(None))
    rows = session.execute(
        select(
            *_ITEM_COLUMNS,
            ItineraryItem.delegation_id,
            ItineraryItem.programme_id,
            Delegation.title,
            ExchangeProgramme.title,
        )
        .outerjoin(Delegation, Delegation.id == ItineraryItem.delegation_id)
        .outerjoin(ExchangeProgramme, ExchangeProgramme.id == ItineraryItem.programme_id)
        .where(nearby, or_(*wanted))
    )
    venues = {fold(s.venue) for s in items if s.venue}
    others, by_venue = [], []
    for i, starts, ends, zone, title, venue, delegation, programme, d_title, p_title in rows:
        whose = (
            Owner(OwnerKind.DELEGATION, delegation, d_title)
            if delegation is not None
            else Owner(OwnerKind.PROGRAMME, programme, p_title)
        )
        slot = Slot(i, whose, title, starts, ends, zone, venue, frozenset(attending.get(i, ())))
        if slot.attendees:
            others.append(slot)
        if venue and fold(venue) in venues:
            by_venue.append(slot)
    return tuple(others), tuple(by_venue)


def _names(session: Session, people: set[int]) -> dict[int, str]:
    rows = session.execute(
        select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(people))
    )
    return {i: f"{given} {family}".strip() for i, given, family in rows}


def _passports(session: Session, stays: Mapping[int, Stay]) -> dict[int, dt.date | None]:
    # Only the expiry column: the number and the rest of the sensitive row stay unread.
    rows = session.execute(
        select(PersonSensitive.person_id, PersonSensitive.passport_expiry).where(
            PersonSensitive.person_id.in_(list(stays))
        )
    )
    return {person: expiry for person, expiry in rows}


def load_plan(session: Session, kind: OwnerKind, owner_id: int, today: dt.date) -> Plan:
    """The plan of delegation or programme ``owner_id``; a ValidationError names it when it
    does not exist."""
    load = _delegation_plan if kind is OwnerKind.DELEGATION else _programme_plan
    return load(session, owner_id, today)
