"""Exports of the exchanges area: programmes, participants, host families and placements."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    ExchangeProgramme,
    HostFamily,
    Participant,
    Person,
    Placement,
)
from exchangedesk.interchange.spreadsheets import DATE, INTEGER, NUMBER, YES_NO, SheetColumn
from exchangedesk.services.exports._support import (
    Table,
    city_names,
    organisation_names,
    partnership_names,
    person_names,
    sensitive_rows,
    text,
)
from exchangedesk.services.exports.people import HEALTH_COLUMNS, health_cells


def programmes(session: Session, sensitive: bool) -> Table:
    pairs = partnership_names(session)
    organisations = organisation_names(session)
    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("Title"),
        SheetColumn("Partnership"),
        SheetColumn("Direction"),
        SheetColumn("Status"),
        SheetColumn("Starts", DATE),
        SheetColumn("Ends", DATE),
        SheetColumn("Sending institution"),
        SheetColumn("Host institution"),
        SheetColumn("Language"),
        SheetColumn("Return visit of", INTEGER),
        SheetColumn("Notes"),
    ]
    rows = [
        (
            p.id,
            p.title,
            pairs.get(p.partnership_id),
            text(p.direction),
            text(p.status),
            p.starts_on,
            p.ends_on,
            organisations.get(p.sending_organisation_id) if p.sending_organisation_id else None,
            organisations.get(p.host_organisation_id) if p.host_organisation_id else None,
            p.language,
            p.reciprocal_of_id,
            p.notes,
        )
        for p in session.scalars(
            select(ExchangeProgramme).order_by(ExchangeProgramme.starts_on, ExchangeProgramme.id)
        )
    ]
    return Table(columns, rows)


def participants(session: Session, sensitive: bool) -> Table:
    titles = dict(session.execute(select(ExchangeProgramme.id, ExchangeProgramme.title)).all())
    organisations = organisation_names(session)
    found = list(
        session.execute(
            select(Participant, Person)
            .join(Person, Person.id == Participant.person_id)
            .order_by(Participant.programme_id, Person.family_name, Participant.id)
        )
    )
    details = sensitive_rows(session, (p.id for _, p in found)) if sensitive else {}
    columns = [
        SheetColumn("Participant ID", INTEGER),
        SheetColumn("Programme ID", INTEGER),
        SheetColumn("Programme"),
        SheetColumn("Person ID", INTEGER),
        SheetColumn("Given name"),
        SheetColumn("Family name"),
        SheetColumn("School"),
        SheetColumn("Confirmed", YES_NO),
        SheetColumn("Sibling group"),
        SheetColumn("Notes"),
        *HEALTH_COLUMNS,
    ]
    rows = [
        (
            t.id,
            t.programme_id,
            titles.get(t.programme_id),
            p.id,
            p.given_name,
            p.family_name,
            organisations.get(t.school_id) if t.school_id else None,
            t.confirmed,
            t.sibling_group,
            t.notes,
            *health_cells(details.get(p.id)),
        )
        for t, p in found
    ]
    return Table(columns, rows)


def host_families(session: Session, sensitive: bool) -> Table:
    cities = city_names(session)
    names = person_names(session)
    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("Name"),
        SheetColumn("Contact"),
        SheetColumn("City"),
        SheetColumn("Address"),
        SheetColumn("Latitude", NUMBER),
        SheetColumn("Longitude", NUMBER),
        SheetColumn("Beds", INTEGER),
        SheetColumn("Languages"),
        SheetColumn("Pets"),
        SheetColumn("Smokers", YES_NO),
        SheetColumn("Allergies managed"),
        SheetColumn("Vetted by"),
        SheetColumn("Vetted on", DATE),
        SheetColumn("Vetting valid until", DATE),
        SheetColumn("Notes"),
    ]
    rows = [
        (
            h.id,
            h.name,
            names.get(h.contact_person_id) if h.contact_person_id else None,
            cities.get(h.city_id) if h.city_id else None,
            h.address,
            h.latitude,
            h.longitude,
            h.capacity,
            h.languages,
            h.pets,
            h.smokers,
            h.allergies_managed,
            h.vetted_by,
            h.vetted_on,
            h.vetting_valid_until,
            h.notes,
        )
        for h in session.scalars(select(HostFamily).order_by(HostFamily.name, HostFamily.id))
    ]
    return Table(columns, rows)


def placements(session: Session, sensitive: bool) -> Table:
    names = person_names(session)
    families = dict(session.execute(select(HostFamily.id, HostFamily.name)).all())
    participants_ = dict(session.execute(select(Participant.id, Participant.person_id)).all())
    programmes_ = dict(session.execute(select(Participant.id, Participant.programme_id)).all())
    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("Programme ID", INTEGER),
        SheetColumn("Participant"),
        SheetColumn("Host family"),
        SheetColumn("Status"),
        SheetColumn("Starts", DATE),
        SheetColumn("Ends", DATE),
        SheetColumn("Reason"),
    ]
    rows = [
        (
            p.id,
            programmes_.get(p.participant_id),
            names.get(participants_.get(p.participant_id, -1)),
            families.get(p.host_family_id),
            text(p.status),
            p.starts_on,
            p.ends_on,
            p.reason,
        )
        for p in session.scalars(select(Placement).order_by(Placement.id))
    ]
    return Table(columns, rows)
