"""Humanitarian aid: appeals for a partner city, the money collected, and what was shipped."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import AidCampaign, City, Contribution, Shipment, ShipmentLine
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.services.paging import (
    FIRST_PAGE,
    ListQuery,
    Page,
    fetch_page,
    filter_terms,
    folded_match,
    lifecycle_order,
    text_match,
)


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str  # ISO 4217


@dataclass(frozen=True)
class CampaignRow:
    id: int
    title: str
    beneficiary_city: str
    beneficiary_country: str
    starts_on: dt.date
    ends_on: dt.date | None
    target: Money | None
    # Exact sums per currency, largest first; converting them needs the user's dated rates.
    collected: tuple[Money, ...]
    contribution_count: int
    shipment_count: int
    purpose: str | None


@dataclass(frozen=True)
class ShipmentRow:
    id: int
    reference: str
    campaign_id: int
    campaign: str
    beneficiary_city: str
    carrier: str | None
    tracking_reference: str | None
    status: ShipmentStatus
    line_count: int
    notes: str | None


CONTRIBUTION_COUNT = (
    select(func.count(Contribution.id))
    .where(Contribution.campaign_id == AidCampaign.id)
    .correlate(AidCampaign)
    .scalar_subquery()
)
SHIPMENT_COUNT = (
    select(func.count(Shipment.id))
    .where(Shipment.campaign_id == AidCampaign.id)
    .correlate(AidCampaign)
    .scalar_subquery()
)

CAMPAIGN_SORT_COLUMNS = {
    "title": AidCampaign.title,
    "beneficiary": City.name,
    "starts_on": AidCampaign.starts_on,
    "ends_on": AidCampaign.ends_on,
    "contribution_count": CONTRIBUTION_COUNT,
    "shipment_count": SHIPMENT_COUNT,
}


def list_campaigns(database: Database, query: ListQuery = FIRST_PAGE) -> Page[CampaignRow]:
    """Aid campaigns matching the filter in title or beneficiary city, with what each collected."""
    statement = select(
        AidCampaign.id,
        AidCampaign.title,
        City.name,
        City.country_code,
        AidCampaign.starts_on,
        AidCampaign.ends_on,
        AidCampaign.target_amount,
        AidCampaign.target_currency,
        CONTRIBUTION_COUNT.label("contribution_count"),
        SHIPMENT_COUNT.label("shipment_count"),
        AidCampaign.purpose,
    ).join(City, AidCampaign.beneficiary_city_id == City.id)
    statement = filter_terms(
        statement,
        query,
        lambda term: or_(text_match(term, AidCampaign.title), folded_match(term, City.search_key)),
    )
    with database.reading() as session:
        page = fetch_page(
            session,
            statement,
            query,
            sort_columns=CAMPAIGN_SORT_COLUMNS,
            default_sort=[AidCampaign.starts_on.desc()],
            tiebreak=AidCampaign.id,
            make_row=lambda record: record,
        )
        totals = _collected(session, [record.id for record in page.rows])
    rows = tuple(
        CampaignRow(
            id=record.id,
            title=record.title,
            beneficiary_city=record.name,
            beneficiary_country=record.country_code,
            starts_on=record.starts_on,
            ends_on=record.ends_on,
            target=(
                Money(record.target_amount, record.target_currency or "")
                if record.target_amount is not None
                else None
            ),
            collected=totals.get(record.id, ()),
            contribution_count=record.contribution_count,
            shipment_count=record.shipment_count,
            purpose=record.purpose,
        )
        for record in page.rows
    )
    return Page(rows=rows, total=page.total, offset=page.offset)


def _collected(session: Session, campaign_ids: list[int]) -> dict[int, tuple[Money, ...]]:
    """Sum of contributions per campaign and currency, in SQL on the exact scaled integers."""
    if not campaign_ids:
        return {}
    sums = session.execute(
        select(Contribution.campaign_id, Contribution.currency, func.sum(Contribution.amount))
        .where(Contribution.campaign_id.in_(campaign_ids))
        .group_by(Contribution.campaign_id, Contribution.currency)
    )
    by_campaign: dict[int, list[Money]] = defaultdict(list)
    for campaign_id, currency, amount in sums:
        by_campaign[campaign_id].append(Money(amount, currency))
    return {
        campaign_id: tuple(sorted(amounts, key=lambda money: (-money.amount, money.currency)))
        for campaign_id, amounts in by_campaign.items()
    }


LINE_COUNT = (
    select(func.count(ShipmentLine.id))
    .where(ShipmentLine.shipment_id == Shipment.id)
    .correlate(Shipment)
    .scalar_subquery()
)

SHIPMENT_SORT_COLUMNS = {
    "reference": Shipment.reference,
    "campaign": AidCampaign.title,
    "carrier": Shipment.carrier,
    "status": lifecycle_order(Shipment.status, ShipmentStatus),
    "line_count": LINE_COUNT,
}


def list_shipments(database: Database, query: ListQuery = FIRST_PAGE) -> Page[ShipmentRow]:
    """Shipments matching the filter in reference, carrier, campaign or beneficiary city."""
    statement = (
        select(
            Shipment.id,
            Shipment.reference,
            Shipment.campaign_id,
            AidCampaign.title,
            City.name,
            Shipment.carrier,
            Shipment.tracking_reference,
            Shipment.status,
            LINE_COUNT,
            Shipment.notes,
        )
        .join(AidCampaign, Shipment.campaign_id == AidCampaign.id)
        .join(City, AidCampaign.beneficiary_city_id == City.id)
    )
    statement = filter_terms(
        statement,
        query,
        lambda term: or_(
            text_match(term, Shipment.reference, Shipment.carrier, AidCampaign.title),
            folded_match(term, City.search_key),
        ),
    )
    with database.reading() as session:
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=SHIPMENT_SORT_COLUMNS,
            default_sort=[Shipment.id.desc()],
            tiebreak=Shipment.id,
            make_row=lambda record: ShipmentRow(*record),
        )
