"""The plain data a printed document is made from, read from the register in one go.

Renderers (``exchangedesk.reports``) never touch the database: they take the frozen dataclasses
built here. An itinerary carries times as aware datetimes in the zone where each item happens;
a letter carries raw values and gives its template only a whitelist of plain strings
(:meth:`LetterData.fields`). Passport numbers are read in exactly one place,
:func:`visa_letter_data`, for exactly the people that letter names; no other data object even
has a field for them. Medical and dietary needs never leave the register through documents.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from exchangedesk.db.models import (
    Accommodation,
    City,
    Delegation,
    DelegationMember,
    ItineraryAttendee,
    ItineraryItem,
    Organisation,
    Partnership,
    Person,
    Room,
    RoomOccupant,
    Setting,
    TransportLeg,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import (
    Direction,
    MemberRole,
    OrganisationKind,
)
from exchangedesk.domain.errors import ValidationError
from exchangedesk.reports.data.itinerary import (
    DUTY_HEAD,
    DUTY_HOST,
    DUTY_INTERPRETER,
    DUTY_SECRETARY,  # noqa: F401 - built here, printed there
    CityName,
    Contact,
    ItineraryData,
    Letterhead,
    MemberLine,
    ProgrammeItem,
    Stay,
    StayRoom,
    TravelLeg,
)

# Letter data lives beside the itinerary's; both share the loaders below.
__all__ = [
    "CityName",
    "Contact",
    "ItineraryData",
    "Letterhead",
    "MemberLine",
    "ProgrammeItem",
    "Stay",
    "StayRoom",
    "TravelLeg",
    "itinerary_data",
]


# ---------------------------------------------------------------------------- shared loaders


def person_names(person: Person) -> tuple[str, str | None]:
    """(Latin name, own-script name or None). Chinese, Japanese and Korean names are written
    family name first and without a space, as their owners write them."""
    latin = f"{person.given_name} {person.family_name}".strip()
    given, family = person.given_name_native, person.family_name_native
    if not given and not family:
        return latin, None
    if _is_east_asian(f"{given or ''}{family or ''}"):
        native = f"{family or ''}{given or ''}"
    else:
        native = f"{given or person.given_name} {family or person.family_name}".strip()
    return latin, (native if native != latin else None)


def _name_with_native(person: Person) -> str:
    name, native = person_names(person)
    return f"{name} ({native})" if native else name


def _is_east_asian(text: str) -> bool:
    return any(
        0x3040 <= ord(c) <= 0x30FF or 0x3400 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF
        for c in text
    )


def city_name(city: City) -> CityName:
    native = city.native_name if city.native_name and city.native_name != city.name else None
    return CityName(city.name, native, city.country_code, city.timezone)


def _setting(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def home_city(session: Session) -> City | None:
    value = _setting(session, "home_city_id")
    return session.get(City, int(value)) if value and value.isdigit() else None


def committee_organisation(session: Session, home: City | None) -> Organisation | None:
    statement = select(Organisation).where(Organisation.kind == OrganisationKind.COMMITTEE)
    if home is not None:
        statement = statement.where(Organisation.city_id == home.id)
    return session.scalars(statement.order_by(Organisation.id).limit(1)).first()


def committee_secretary(session: Session, committee: Organisation | None) -> Person | None:
    """The person who signs letters by default: the setting ``signatory_person_id``, else the
    committee's secretary."""
    chosen = _setting(session, "signatory_person_id")
    if chosen and chosen.isdigit() and (person := session.get(Person, int(chosen))):
        return person
    if committee is None:
        return None
    people = session.scalars(
        select(Person).where(Person.organisation_id == committee.id).order_by(Person.id)
    ).all()
    return next((p for p in people if (p.role or "").lower() == "secretary"), None)


def letterhead(session: Session) -> Letterhead:
    """Committee name from the setting ``committee_name``, else the home city's committee
    organisation, else "<home city> Twinning Committee"; contact lines from that
    organisation, completed by the secretary's e-mail and phone."""
    home = home_city(session)
    committee = committee_organisation(session, home)
    name = _setting(session, "committee_name") or (committee.name if committee else None)
    city = home.name if home else ""
    if not name:
        name = f"{city} Twinning Committee".strip()
    secretary = committee_secretary(session, committee)
    lines: list[str] = []
    if committee is not None and committee.address:
        lines.extend(line.strip() for line in committee.address.splitlines() if line.strip())
    email = (committee.email if committee else None) or (secretary.email if secretary else None)
    phone = (committee.phone if committee else None) or (secretary.phone if secretary else None)
    lines += [value for value in (email, phone) if value]
    if committee is not None and committee.website:
        lines.append(committee.website)
    native = home.native_name if home and home.native_name != home.name else None
    return Letterhead(name, city, native, tuple(lines))


def load_delegation(session: Session, delegation_id: int) -> Delegation:
    delegation = session.scalars(
        select(Delegation)
        .where(Delegation.id == delegation_id)
        .options(
            selectinload(Delegation.partnership).selectinload(Partnership.city_a),
            selectinload(Delegation.partnership).selectinload(Partnership.city_b),
            selectinload(Delegation.members)
            .selectinload(DelegationMember.person)
            .selectinload(Person.organisation),
            selectinload(Delegation.head),
        )
    ).first()
    if delegation is None:
        raise ValidationError(
            "delegation", f"there is no delegation with the number {delegation_id}"
        )
    return delegation


def home_and_partner(session: Session, partnership: Partnership) -> tuple[City, City]:
    """City A is the committee's side when the home city takes part (see Partnership)."""
    home = home_city(session)
    if home is not None and partnership.city_b_id == home.id:
        return partnership.city_b, partnership.city_a
    return partnership.city_a, partnership.city_b


def member_line(member: DelegationMember) -> MemberLine:
    name, native = person_names(member.person)
    organisation = member.person.organisation.name if member.person.organisation else None
    return MemberLine(
        member.person_id,
        name,
        native,
        member.role,
        organisation,
        member.arrival_on,
        member.departure_on,
    )


def sorted_members(delegation: Delegation) -> list[DelegationMember]:
    """Head first, then by role as listed in MemberRole, then by family name."""
    order = {role: index for index, role in enumerate(MemberRole)}
    return sorted(
        delegation.members,
        key=lambda m: (order[m.role], m.person.family_name.casefold(), m.person_id),
    )


# ---------------------------------------------------------------------------- itinerary


def itinerary_data(
    database: Database,
    delegation_id: int,
    *,
    member_id: int | None = None,
    issued_on: dt.date | None = None,
) -> ItineraryData:
    """Everything an itinerary prints; with ``member_id``, the personal itinerary of that
    member: only the items they attend and the rooms they sleep in."""
    with database.reading() as session:
        delegation = load_delegation(session, delegation_id)
        members = sorted_members(delegation)
        lines = {m.person_id: member_line(m) for m in members}
        member = None
        if member_id is not None:
            member = lines.get(member_id)
            if member is None:
                raise ValidationError(
                    "member",
                    f"person {member_id} is not a member of the delegation '{delegation.title}'",
                )
        home, partner = home_and_partner(session, delegation.partnership)
        items = _programme(session, delegation.id)
        if member is not None:
            items = [item for item in items if item.attended_by(member.person_id)]
        stays = _stays(session, delegation.id, member_id)
        legs = _legs(session, delegation.id)
        contacts = _contacts(session, delegation, lines)
        head = lines.get(delegation.head_person_id) if delegation.head_person_id else None
        host_city = home if delegation.direction is Direction.INCOMING else partner
        zones = Counter(item.zone for item in items)
        main_zone = zones.most_common(1)[0][0] if zones else (host_city.timezone or "UTC")
        return ItineraryData(
            letterhead=letterhead(session),
            issued_on=issued_on or dt.date.today(),
            delegation_id=delegation.id,
            title=delegation.title,
            purpose=delegation.purpose,
            direction=delegation.direction,
            status=delegation.status,
            home=city_name(home),
            partner=city_name(partner),
            arrival_on=delegation.arrival_on,
            departure_on=delegation.departure_on,
            main_zone=main_zone,
            head=head,
            members=() if member is not None else tuple(lines.values()),
            items=tuple(items),
            stays=tuple(stays),
            legs=tuple(legs),
            contacts=tuple(contacts),
            member=member,
        )


def _programme(session: Session, delegation_id: int) -> list[ProgrammeItem]:
    records = session.scalars(
        select(ItineraryItem)
        .where(ItineraryItem.delegation_id == delegation_id)
        .order_by(ItineraryItem.starts_at, ItineraryItem.id)
    ).all()
    attendance: dict[int, list[Person]] = {}
    rows = session.execute(
        select(ItineraryAttendee.item_id, Person)
        .join(Person, Person.id == ItineraryAttendee.person_id)
        .where(ItineraryAttendee.item_id.in_([r.id for r in records]))
        .order_by(Person.family_name, Person.id)
    ).all()
    for item_id, person in rows:
        attendance.setdefault(item_id, []).append(person)
    host_ids = {r.host_person_id for r in records if r.host_person_id}
    hosts = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(host_ids)))}
    items = []
    for record in records:
        zone = ZoneInfo(record.timezone)
        attendees = attendance.get(record.id, [])
        host = hosts.get(record.host_person_id) if record.host_person_id else None
        items.append(
            ProgrammeItem(
                id=record.id,
                starts=record.starts_at.astimezone(zone),
                ends=record.ends_at.astimezone(zone),
                zone=record.timezone,
                title=record.title,
                kind=record.kind,
                venue=record.venue,
                address=record.address,
                host=_name_with_native(host) if host else None,
                interpreter_needed=record.interpreter_needed,
                dress_code=record.dress_code,
                notes=record.notes,
                attendee_ids=None if record.all_attend else frozenset(p.id for p in attendees),
                attendees=() if record.all_attend else tuple(person_names(p)[0] for p in attendees),
            )
        )
    return items


def _stays(session: Session, delegation_id: int, member_id: int | None) -> list[Stay]:
    stays = []
    accommodations = session.scalars(
        select(Accommodation)
        .where(Accommodation.delegation_id == delegation_id)
        .order_by(Accommodation.check_in_on, Accommodation.id)
    ).all()
    for place in accommodations:
        rooms = []
        for room in session.scalars(
            select(Room).where(Room.accommodation_id == place.id).order_by(Room.id)
        ):
            people = session.scalars(
                select(Person)
                .join(RoomOccupant, RoomOccupant.person_id == Person.id)
                .where(RoomOccupant.room_id == room.id)
                .order_by(Person.family_name, Person.id)
            ).all()
            ids = frozenset(p.id for p in people)
            if member_id is None or member_id in ids:
                names = tuple(person_names(p)[0] for p in people)
                rooms.append(StayRoom(room.label, names, ids))
        if member_id is not None and not rooms and _has_rooms(session, place.id):
            continue  # the member sleeps elsewhere
        stays.append(
            Stay(
                place.name,
                place.kind,
                place.address,
                place.phone,
                place.check_in_on,
                place.check_out_on,
                tuple(rooms),
            )
        )
    return stays


def _has_rooms(session: Session, accommodation_id: int) -> bool:
    return (
        session.scalar(select(Room.id).where(Room.accommodation_id == accommodation_id)) is not None
    )


def _legs(session: Session, delegation_id: int) -> list[TravelLeg]:
    legs = session.scalars(
        select(TransportLeg)
        .where(TransportLeg.delegation_id == delegation_id)
        .order_by(TransportLeg.departs_at, TransportLeg.id)
    ).all()
    return [
        TravelLeg(
            leg.carrier,
            leg.number,
            leg.from_place,
            leg.to_place,
            leg.departs_at.astimezone(ZoneInfo(leg.departure_timezone)),
            leg.arrives_at.astimezone(ZoneInfo(leg.arrival_timezone)),
            leg.seats,
            leg.booking_reference,
        )
        for leg in legs
    ]


def _contacts(
    session: Session, delegation: Delegation, members: dict[int, MemberLine]
) -> list[Contact]:
    """Who to call: the committee's secretary, the hosts of the programme, the head of the
    delegation and its interpreters — each once, with the duty that brings them here."""
    duties: dict[int, list[str]] = {}
    committee = committee_organisation(session, home_city(session))
    secretary = committee_secretary(session, committee)
    if secretary is not None:
        duties.setdefault(secretary.id, []).append(DUTY_SECRETARY)
    host_ids = session.scalars(
        select(ItineraryItem.host_person_id)
        .where(ItineraryItem.delegation_id == delegation.id)
        .where(ItineraryItem.host_person_id.is_not(None))
        .order_by(ItineraryItem.starts_at)
    ).all()
    for host_id in dict.fromkeys(host_ids):
        duties.setdefault(host_id, []).append(DUTY_HOST)
    if delegation.head_person_id:
        duties.setdefault(delegation.head_person_id, []).append(DUTY_HEAD)
    for line in members.values():
        if line.role is MemberRole.INTERPRETER:
            duties.setdefault(line.person_id, []).append(DUTY_INTERPRETER)
    people = {
        p.id: p
        for p in session.scalars(
            select(Person).where(Person.id.in_(duties)).options(selectinload(Person.organisation))
        )
    }
    contacts = []
    for person_id, duty in duties.items():
        person = people[person_id]
        name, native = person_names(person)
        organisation = person.organisation.name if person.organisation else None
        contacts.append(
            Contact(
                person_id, name, native, ", ".join(duty), organisation, person.phone, person.email
            )
        )
    return contacts
