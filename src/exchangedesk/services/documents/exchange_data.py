"""The plain data of an exchange programme's documents, for the renderers in
``exchangedesk.reports.exchange_documents``:

* placement letters — one to each host family and one to each guardian (listing all their
  children), saying who stays where, when, and whom to call — with the telephones recorded,
  and no promise of a number that is not;
* the participant list for the schools — names, ages, schools and families; no needs;
* the emergency contact sheet for the group leaders — the ONLY document that carries dietary
  and medical notes and allergies, so that the leaders have them when it matters.

Only accepted and confirmed placements are printed: a suggestion is nobody's arrangement yet.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from exchangedesk.db.models import (
    ExchangeProgramme,
    HostFamily,
    Organisation,
    Participant,
    Person,
    PersonSensitive,
    Placement,
    ProgrammeLeader,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import PlacementStatus
from exchangedesk.reports.data.exchanges import (  # noqa: F401 - built here, printed there
    EmergencyLine,
    ListedParticipant,
    PlacementLetter,
    ProgrammeDocument,
    ProgrammeHeader,
    Stay,
)
from exchangedesk.services.documents.itinerary_data import letterhead, person_names
from exchangedesk.services.exchanges.support import age_on, load, turns_adult_during
from exchangedesk.services.partnerships.support import pair_name

PRINTED = (PlacementStatus.ACCEPTED, PlacementStatus.CONFIRMED)


def _header(session, programme: ExchangeProgramme) -> ProgrammeHeader:  # noqa: ANN001
    leaders = list(
        session.scalars(
            select(Person)
            .join(ProgrammeLeader, ProgrammeLeader.person_id == Person.id)
            .where(ProgrammeLeader.programme_id == programme.id)
            .order_by(Person.family_name, Person.given_name)
        )
    )
    return ProgrammeHeader(
        programme.id,
        programme.title,
        pair_name(programme.partnership),
        programme.starts_on,
        programme.ends_on,
        programme.sending_organisation.name if programme.sending_organisation else None,
        programme.host_organisation.name if programme.host_organisation else None,
        tuple(p.display_name for p in leaders),
        tuple(f"{p.display_name}: {p.phone}" for p in leaders if p.phone),
    )


def _lines(session, programme: ExchangeProgramme) -> list[EmergencyLine]:  # noqa: ANN001
    lines = []
    for part, person in session.execute(
        select(Participant, Person)
        .join(Person, Participant.person_id == Person.id)
        .where(Participant.programme_id == programme.id)
        .order_by(Person.family_name, Person.given_name, Participant.id)
    ):
        sensitive = session.get(PersonSensitive, person.id)
        born = sensitive.date_of_birth if sensitive else None
        guardian = (
            session.get(Person, sensitive.guardian_id)
            if sensitive and sensitive.guardian_id
            else None
        )
        placement = session.scalars(
            select(Placement).where(
                Placement.participant_id == part.id, Placement.status.in_(PRINTED)
            )
        ).first()
        family = session.get(HostFamily, placement.host_family_id) if placement else None
        contact = (
            session.get(Person, family.contact_person_id)
            if family and family.contact_person_id
            else None
        )
        school = session.get(Organisation, part.school_id) if part.school_id else None
        _latin, native = person_names(person)
        lines.append(
            EmergencyLine(
                name=person.display_name,
                native_name=native,
                age_at_start=age_on(born, programme.starts_on) if born else None,
                turns_adult_on=turns_adult_during(born, programme.starts_on, programme.ends_on),
                gender=person.gender,
                school=school.name if school else None,
                family=family.name if family else None,
                family_address=family.address if family else None,
                family_phone=contact.phone if contact else None,
                date_of_birth=born,
                guardian=guardian.display_name if guardian else None,
                emergency_contact=sensitive.emergency_contact_name if sensitive else None,
                emergency_phone=sensitive.emergency_contact_phone if sensitive else None,
                allergies=sensitive.allergies if sensitive else None,
                dietary_notes=sensitive.dietary_notes if sensitive else None,
                medical_notes=sensitive.medical_notes if sensitive else None,
                guardian_id=guardian.id if guardian else None,
                guardian_address=guardian.address if guardian else None,
            )
        )
    return lines


def _listed(line: EmergencyLine) -> ListedParticipant:
    """The same participant with everything sensitive left out (a new object, not a view)."""
    return ListedParticipant(
        line.name,
        line.native_name,
        line.age_at_start,
        line.turns_adult_on,
        line.gender,
        line.school,
        line.family,
        line.family_address,
        line.family_phone,
    )


def participant_list_data(
    database: Database, programme_id: int, *, issued_on: dt.date
) -> ProgrammeDocument:
    with database.reading() as session:
        programme = load(session, ExchangeProgramme, programme_id, None, "programme")
        return ProgrammeDocument(
            letterhead(session),
            issued_on,
            _header(session, programme),
            participants=tuple(_listed(line) for line in _lines(session, programme)),
        )


def emergency_sheet_data(
    database: Database, programme_id: int, *, issued_on: dt.date
) -> ProgrammeDocument:
    with database.reading() as session:
        programme = load(session, ExchangeProgramme, programme_id, None, "programme")
        return ProgrammeDocument(
            letterhead(session),
            issued_on,
            _header(session, programme),
            emergency=tuple(_lines(session, programme)),
        )


def placement_letters_data(
    database: Database, programme_id: int, *, issued_on: dt.date
) -> ProgrammeDocument:
    """A letter to each family that hosts, and one to each placed participant's guardian
    naming all of that guardian's children (a participant with no guardian recorded gets a
    letter to their parents of their own)."""
    with database.reading() as session:
        programme = load(session, ExchangeProgramme, programme_id, None, "programme")
        lines = [line for line in _lines(session, programme) if line.family]
        letters: list[PlacementLetter] = []
        families: dict[str, list[EmergencyLine]] = {}
        for line in lines:
            families.setdefault(line.family or "", []).append(line)
        for name, guests in families.items():
            letters.append(
                PlacementLetter(True, name, guests[0].family_address, tuple(map(_stay, guests)))
            )
        guardians: dict[object, list[EmergencyLine]] = {}
        for line in lines:
            key = line.guardian_id if line.guardian_id is not None else ("alone", line.name)
            guardians.setdefault(key, []).append(line)
        for children in guardians.values():
            first = children[0]
            letters.append(
                PlacementLetter(
                    False,
                    first.guardian or f"The parents of {first.name}",
                    first.guardian_address,
                    tuple(map(_stay, children)),
                )
            )
        return ProgrammeDocument(
            letterhead(session), issued_on, _header(session, programme), letters=tuple(letters)
        )


def _stay(line: EmergencyLine) -> Stay:
    return Stay(line.name, line.family or "", line.family_address, line.family_phone or None)
