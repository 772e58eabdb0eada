"""Exports of the aid area: campaigns, contributions, shipments and their lines."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import AidCampaign, Contribution, Shipment, ShipmentLine
from exchangedesk.interchange.spreadsheets import (
    AMOUNT,
    DATE,
    INTEGER,
    QUANTITY,
    SheetColumn,
)
from exchangedesk.services.exports._support import (
    Table,
    city_names,
    first_of,
    organisation_names,
    person_names,
    text,
)


def _campaign_titles(session: Session) -> dict[int, str]:
    return dict(session.execute(select(AidCampaign.id, AidCampaign.title)).all())


def campaigns(session: Session, sensitive: bool) -> Table:
    cities = city_names(session)
    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("Title"),
        SheetColumn("Beneficiary city"),
        SheetColumn("Purpose"),
        SheetColumn("Starts", DATE),
        SheetColumn("Ends", DATE),
        SheetColumn("Target", AMOUNT),
        SheetColumn("Currency"),
    ]
    rows = [
        (
            c.id,
            c.title,
            cities.get(c.beneficiary_city_id),
            c.purpose,
            c.starts_on,
            c.ends_on,
            c.target_amount,
            c.target_currency,
        )
        for c in session.scalars(
            select(AidCampaign).order_by(AidCampaign.starts_on, AidCampaign.id)
        )
    ]
    return Table(columns, rows)


def contributions(session: Session, sensitive: bool) -> Table:
    titles = _campaign_titles(session)
    people, organisations = person_names(session), organisation_names(session)
    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("Campaign"),
        SheetColumn("Donor"),
        SheetColumn("Received", DATE),
        SheetColumn("Amount", AMOUNT),
        SheetColumn("Currency"),
        SheetColumn("Receipt number"),
        SheetColumn("Receipt issued", DATE),
        SheetColumn("Notes"),
    ]
    statement = select(Contribution).order_by(Contribution.received_on, Contribution.id)
    rows = [
        (
            c.id,
            titles.get(c.campaign_id),
            "Anonymous"
            if c.anonymous
            else first_of(
                people.get(c.donor_person_id) if c.donor_person_id else None,
                organisations.get(c.donor_organisation_id) if c.donor_organisation_id else None,
                c.donor_text,
            ),
            c.received_on,
            c.amount,
            c.currency,
            c.receipt_number,
            c.receipt_issued_on,
            c.notes,
        )
        for c in session.scalars(statement)
    ]
    return Table(columns, rows)


def shipments(session: Session, sensitive: bool) -> Table:
    titles = _campaign_titles(session)
    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("Reference"),
        SheetColumn("Campaign"),
        SheetColumn("Status"),
        SheetColumn("Carrier"),
        SheetColumn("Tracking reference"),
        SheetColumn("Notes"),
    ]
    rows = [
        (
            s.id,
            s.reference,
            titles.get(s.campaign_id),
            text(s.status),
            s.carrier,
            s.tracking_reference,
            s.notes,
        )
        for s in session.scalars(select(Shipment).order_by(Shipment.id))
    ]
    return Table(columns, rows)


def shipment_lines(session: Session, sensitive: bool) -> Table:
    references = dict(session.execute(select(Shipment.id, Shipment.reference)).all())
    columns = [
        SheetColumn("Line ID", INTEGER),
        SheetColumn("Shipment ID", INTEGER),
        SheetColumn("Shipment"),
        SheetColumn("Item"),
        SheetColumn("Quantity", QUANTITY),
        SheetColumn("Unit"),
        SheetColumn("Unit value", AMOUNT),
        SheetColumn("Line value", AMOUNT),
        SheetColumn("Currency"),
        SheetColumn("Box or pallet"),
        SheetColumn("Weight (kg)", QUANTITY),
        SheetColumn("Expires", DATE),
    ]
    statement = select(ShipmentLine).order_by(ShipmentLine.shipment_id, ShipmentLine.id)
    rows = [
        (
            line.id,
            line.shipment_id,
            references.get(line.shipment_id),
            line.item,
            line.quantity,
            line.unit,
            line.unit_value,
            line.quantity * line.unit_value,
            line.currency,
            line.box_code,
            line.weight_kg,
            line.expires_on,
        )
        for line in session.scalars(statement)
    ]
    return Table(columns, rows)


__all__ = ["campaigns", "contributions", "shipment_lines", "shipments"]
