"""Humanitarian aid: appeals for a partner city, the money collected, and what was shipped.

This module lists campaigns, contributions and shipments. The use cases live beside it:
``aid_campaigns`` (campaigns and their totals), ``contributions`` (money given),
``traceability`` (allocations to shipments, where a donor's money went, what reached the
city), ``shipments`` (goods and their forward-only status history), ``exchange_rates`` (dated
rates and conversion) and ``aid_support`` (what their edits share).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import case, func, literal, or_, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    AidCampaign,
    Allocation,
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
from exchangedesk.domain.money import Money
from exchangedesk.services.common.paging import (
    FIRST_PAGE,
    ListQuery,
    Page,
    child_count,
    fetch_page,
    filter_terms,
    folded_match,
    lifecycle_order,
    text_match,
)

__all__ = [
    "CampaignRow",
    "ContributionRow",
    "Money",
    "ShipmentRow",
    "list_campaigns",
    "list_contributions",
    "list_shipments",
    "open_shipments",
]


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


CONTRIBUTION_COUNT = child_count(Contribution.campaign_id, AidCampaign)
SHIPMENT_COUNT = child_count(Shipment.campaign_id, AidCampaign)

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
                Money(record.target_amount, record.target_currency)
                if record.target_amount is not None and record.target_currency
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


LINE_COUNT = child_count(ShipmentLine.shipment_id, Shipment)

SHIPMENT_SORT_COLUMNS = {
    "reference": Shipment.reference,
    "campaign": AidCampaign.title,
    "carrier": Shipment.carrier,
    "status": lifecycle_order(Shipment.status, ShipmentStatus),
    "line_count": LINE_COUNT,
}


SHIPMENT_COLUMNS = (
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


def list_shipments(database: Database, query: ListQuery = FIRST_PAGE) -> Page[ShipmentRow]:
    """Shipments matching the filter in reference, carrier, campaign or beneficiary city."""
    statement = (
        select(*SHIPMENT_COLUMNS)
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


def open_shipments(database: Database, *, limit: int = 50) -> tuple[ShipmentRow, ...]:
    """Shipments still needing attention: neither confirmed nor lost (so delivered ones
    waiting for their signed confirmation too), the furthest along first: for the home page."""
    statement = (
        select(*SHIPMENT_COLUMNS)
        .join(AidCampaign, Shipment.campaign_id == AidCampaign.id)
        .join(City, AidCampaign.beneficiary_city_id == City.id)
        .where(Shipment.status.in_(sorted(workflow.OPEN)))
        .order_by(lifecycle_order(Shipment.status, ShipmentStatus).desc(), Shipment.id)
        .limit(limit)
    )
    with database.reading() as session:
        return tuple(ShipmentRow(*record) for record in session.execute(statement))


@dataclass(frozen=True)
class ContributionRow:
    id: int
    campaign_id: int
    campaign: str
    donor: str
    received_on: dt.date
    amount: Money
    allocated: Money  # so an allocation editor can offer what is left
    receipt_number: str | None
    receipt_issued_on: dt.date | None

    @property
    def unallocated(self) -> Money:
        return self.amount - self.allocated


ALLOCATED = (
    select(func.coalesce(func.sum(Allocation.amount), 0))
    .where(Allocation.contribution_id == Contribution.id)
    .correlate(Contribution)
    .scalar_subquery()
)
DONOR = case(
    (Contribution.anonymous, literal("Anonymous")),
    else_=func.coalesce(
        Organisation.name, Person.given_name + " " + Person.family_name, Contribution.donor_text
    ),
)
SORT_COLUMNS = {
    "received_on": Contribution.received_on,
    "donor": DONOR,
    "amount": Contribution.amount,
    "currency": Contribution.currency,
    "receipt_number": Contribution.receipt_number,
    "campaign": AidCampaign.title,
}


def list_contributions(
    database: Database, query: ListQuery = FIRST_PAGE, *, campaign_id: int | None = None
) -> Page[ContributionRow]:
    """Contributions (of one campaign when given) matching the filter in the donor's name (any
    script), the receipt number or the currency; the latest first."""
    statement = (
        select(
            Contribution.id,
            Contribution.campaign_id,
            AidCampaign.title,
            DONOR,
            Contribution.received_on,
            Contribution.amount,
            Contribution.currency,
            ALLOCATED,
            Contribution.receipt_number,
            Contribution.receipt_issued_on,
        )
        .join(AidCampaign, AidCampaign.id == Contribution.campaign_id)
        .outerjoin(Person, Person.id == Contribution.donor_person_id)
        .outerjoin(Organisation, Organisation.id == Contribution.donor_organisation_id)
    )
    if campaign_id is not None:
        statement = statement.where(Contribution.campaign_id == campaign_id)
    statement = filter_terms(
        statement,
        query,
        lambda term: or_(
            text_match(term, Contribution.donor_text, Contribution.receipt_number),
            Contribution.currency == term.typed.upper(),
            folded_match(term, Person.search_key, Organisation.search_key),
        ),
    )
    with database.reading() as session:
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=SORT_COLUMNS,
            default_sort=[Contribution.received_on.desc()],
            tiebreak=Contribution.id,
            make_row=lambda r: ContributionRow(
                r[0], r[1], r[2], r[3] or "", r[4], Money(r[5], r[6]), Money(r[7], r[6]), r[8], r[9]
            ),
        )
