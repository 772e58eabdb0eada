"""Exports of gifts, and of the correspondence register."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import Document, Gift, GiftCustody
from exchangedesk.interchange.spreadsheets import AMOUNT, DATE, INTEGER, SheetColumn
from exchangedesk.services.exports._support import (
    Table,
    city_names,
    first_of,
    organisation_names,
    partnership_names,
    person_names,
    text,
)


def gifts(session: Session, sensitive: bool) -> Table:
    cities, organisations = city_names(session), organisation_names(session)
    people, pairs = person_names(session), partnership_names(session)
    where: dict[int, str] = {}
    for custody in session.scalars(select(GiftCustody).order_by(GiftCustody.since_on)):
        where[custody.gift_id] = custody.location  # the latest entry is where it is now

    def party(city: int | None, organisation: int | None, person: int | None, words: str | None):
        return first_of(
            words,
            people.get(person) if person else None,
            organisations.get(organisation) if organisation else None,
            cities.get(city) if city else None,
        )

    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("Title"),
        SheetColumn("Direction"),
        SheetColumn("Given on", DATE),
        SheetColumn("Occasion"),
        SheetColumn("Partnership"),
        SheetColumn("Delegation ID", INTEGER),
        SheetColumn("From"),
        SheetColumn("To"),
        SheetColumn("Category"),
        SheetColumn("Estimated value", AMOUNT),
        SheetColumn("Currency"),
        SheetColumn("Kept at"),
        SheetColumn("Description"),
    ]
    rows = [
        (
            g.id,
            g.title,
            text(g.direction),
            g.given_on,
            g.occasion,
            pairs.get(g.partnership_id) if g.partnership_id else None,
            g.delegation_id,
            party(g.from_city_id, g.from_organisation_id, g.from_person_id, g.from_text),
            party(g.to_city_id, g.to_organisation_id, g.to_person_id, g.to_text),
            g.category,
            g.estimated_value,
            g.currency,
            where.get(g.id),
            g.description,
        )
        for g in session.scalars(select(Gift).order_by(Gift.given_on, Gift.id))
    ]
    return Table(columns, rows)


def documents(session: Session, sensitive: bool) -> Table:
    """The correspondence register: what was sent, to whom, when."""
    people, organisations = person_names(session), organisation_names(session)
    pairs = partnership_names(session)
    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("Issued", DATE),
        SheetColumn("Kind"),
        SheetColumn("Title"),
        SheetColumn("Template"),
        SheetColumn("Language"),
        SheetColumn("Recipient"),
        SheetColumn("Partnership"),
        SheetColumn("Delegation ID", INTEGER),
        SheetColumn("Programme ID", INTEGER),
        SheetColumn("Shipment ID", INTEGER),
        SheetColumn("Gift ID", INTEGER),
        SheetColumn("Notes"),
    ]
    rows = [
        (
            d.id,
            d.issued_on,
            text(d.kind),
            d.title,
            d.template,
            d.language,
            first_of(
                people.get(d.recipient_person_id) if d.recipient_person_id else None,
                organisations.get(d.recipient_organisation_id)
                if d.recipient_organisation_id
                else None,
                d.recipient_text,
            ),
            pairs.get(d.partnership_id) if d.partnership_id else None,
            d.delegation_id,
            d.programme_id,
            d.shipment_id,
            d.gift_id,
            d.notes,
        )
        for d in session.scalars(select(Document).order_by(Document.issued_on, Document.id))
    ]
    return Table(columns, rows)
