"""What the aid documents print: a shipment's packing list and manifest, a donation receipt,
and a campaign report. Figures are exact (Money) until printed; totals are per currency —
different currencies are never added — and a campaign's converted totals name their rates.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    AidCampaign,
    City,
    Contribution,
    Organisation,
    Person,
    Shipment,
    ShipmentLine,
)
from exchangedesk.db.session import Database
from exchangedesk.domain import shipments as workflow
from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.money import Money, by_currency
from exchangedesk.reports.data.aid import (  # noqa: F401 - built here, printed there
    Box,
    CampaignGift,
    CampaignReportData,
    CampaignShipment,
    ReceiptData,
    ShipmentDocumentData,
    StatusStep,
)
from exchangedesk.services.aid.campaigns import campaign_totals
from exchangedesk.services.aid.contributions import allocations_of, donor_name
from exchangedesk.services.aid.shipments import ShipmentLineRow, history_of, line_row, steps
from exchangedesk.services.documents.itinerary_data import (
    city_name,
    committee_organisation,
    committee_secretary,
    home_city,
    letterhead,
    person_names,
)


def _found(session: Session, model: type, record_id: int | None, what: str, field: str):  # noqa: ANN202
    record = session.get(model, record_id) if record_id is not None else None
    if record is None:
        raise ValidationError(field, f"there is no {what} with the number {record_id}")
    return record


# ---------------------------------------------------------------------------- shipments


def _weight(lines: list[ShipmentLineRow]) -> tuple[Decimal | None, bool]:
    known = [line.weight_kg for line in lines if line.weight_kg is not None]
    return (sum(known, Decimal(0)) if known else None), len(known) == len(lines)


def shipment_document_data(
    database: Database, shipment_id: int, *, issued_on: dt.date | None = None
) -> ShipmentDocumentData:
    with database.reading() as session:
        shipment = _found(session, Shipment, shipment_id, "shipment", "shipment")
        campaign = session.get(AidCampaign, shipment.campaign_id)
        lines = [
            line_row(line)
            for line in session.scalars(
                select(ShipmentLine)
                .where(ShipmentLine.shipment_id == shipment.id)
                .order_by(ShipmentLine.id)
            )
        ]
        history = history_of(session, shipment.id)
        effective = steps(history)
        beneficiary = city_name(session.get(City, campaign.beneficiary_city_id))
        home = home_city(session)
        grouped: dict[str | None, list[ShipmentLineRow]] = defaultdict(list)
        for line in lines:
            grouped[(line.box_code or "").strip() or None].append(line)
        boxes = []
        for code in sorted(grouped, key=lambda c: (c is None, (c or "").casefold())):
            mine = grouped[code]
            weight, complete = _weight(mine)
            boxes.append(Box(code, tuple(mine), weight, complete, _values(mine)))
        weight, complete = _weight(lines)
        return ShipmentDocumentData(
            letterhead=letterhead(session),
            issued_on=issued_on or dt.date.today(),
            shipment_id=shipment.id,
            reference=shipment.reference,
            status=shipment.status,
            carrier=shipment.carrier,
            tracking_reference=shipment.tracking_reference,
            notes=shipment.notes,
            campaign_id=campaign.id,
            campaign=campaign.title,
            beneficiary=beneficiary,
            sender_city=home.name if home else None,
            boxes=tuple(boxes),
            value=_values(lines),
            weight_kg=weight,
            weight_complete=complete,
            history=tuple(
                StatusStep(c.status, c.occurred_on, c.is_reversal, c.note) for c in history
            ),
            dispatched_on=workflow.reached_on(effective, ShipmentStatus.DISPATCHED),
            delivered_on=workflow.reached_on(effective, ShipmentStatus.DELIVERED),
        )


def _values(lines: list[ShipmentLineRow]) -> tuple[Money, ...]:
    return by_currency(line.value for line in lines)


# ---------------------------------------------------------------------------- receipts


def receipt_data(
    database: Database, contribution_id: int, *, issued_on: dt.date | None = None
) -> ReceiptData:
    with database.reading() as session:
        gift = _found(session, Contribution, contribution_id, "contribution", "contribution")
        campaign = session.get(AidCampaign, gift.campaign_id)
        native = address = None
        if gift.donor_person_id is not None and not gift.anonymous:
            person = session.get(Person, gift.donor_person_id)
            native = person_names(person)[1]
            address = person.address
        elif gift.donor_organisation_id is not None and not gift.anonymous:
            organisation = session.get(Organisation, gift.donor_organisation_id)
            native = organisation.native_name
            address = organisation.address
        secretary = committee_secretary(
            session, committee_organisation(session, home_city(session))
        )
        return ReceiptData(
            letterhead=letterhead(session),
            issued_on=issued_on or dt.date.today(),
            contribution_id=gift.id,
            receipt_number=gift.receipt_number,
            receipt_issued_on=gift.receipt_issued_on,
            anonymous=gift.anonymous,
            donor=donor_name(session, gift),
            donor_native=native,
            donor_address=address,
            amount=Money(gift.amount, gift.currency),
            received_on=gift.received_on,
            campaign=campaign.title,
            purpose=campaign.purpose,
            beneficiary=city_name(session.get(City, campaign.beneficiary_city_id)),
            spent_on=tuple(
                (row.shipment_reference, row.amount) for row in allocations_of(session, gift.id)
            ),
            signatory=secretary.display_name if secretary else None,
            signatory_role=(secretary.role if secretary else None),
        )


# ---------------------------------------------------------------------------- campaigns


def campaign_report_data(
    database: Database, campaign_id: int, *, issued_on: dt.date | None = None
) -> CampaignReportData:
    with database.reading() as session:
        campaign = _found(session, AidCampaign, campaign_id, "aid campaign", "campaign")
        gifts = session.scalars(
            select(Contribution)
            .where(Contribution.campaign_id == campaign.id)
            .order_by(Contribution.received_on, Contribution.id)
        ).all()
        contributions = tuple(
            CampaignGift(
                g.received_on, donor_name(session, g), Money(g.amount, g.currency), g.receipt_number
            )
            for g in gifts
        )
        shipments = []
        for shipment in session.scalars(
            select(Shipment).where(Shipment.campaign_id == campaign.id).order_by(Shipment.id)
        ):
            effective = steps(history_of(session, shipment.id))
            lines = [
                line_row(line)
                for line in session.scalars(
                    select(ShipmentLine).where(ShipmentLine.shipment_id == shipment.id)
                )
            ]
            shipments.append(
                CampaignShipment(
                    shipment.reference,
                    shipment.status,
                    workflow.reached_on(effective, ShipmentStatus.DISPATCHED),
                    workflow.reached_on(effective, ShipmentStatus.DELIVERED),
                    _values(lines),
                )
            )
        fixed = dict(
            letterhead=letterhead(session),
            title=campaign.title,
            purpose=campaign.purpose,
            beneficiary=city_name(session.get(City, campaign.beneficiary_city_id)),
            starts_on=campaign.starts_on,
            ends_on=campaign.ends_on,
        )
    return CampaignReportData(
        issued_on=issued_on or dt.date.today(),
        campaign_id=campaign_id,
        totals=campaign_totals(database, campaign_id),
        contributions=contributions,
        shipments=tuple(shipments),
        **fixed,
    )
