"""What a partnership's annual report prints for a year or a range of years: the visits both
ways, the student exchanges, the gifts given and received, and the aid (money collected and
shipments sent), with the counts per year its chart draws.

A record belongs to the year it began: a visit to its arrival, an exchange to its first day, a
gift to the day it was given (gifts without a date are left out: they belong to no year), money
to the day it was received, a shipment to the day it was dispatched.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from exchangedesk.db.models import (
    AidCampaign,
    Contribution,
    Delegation,
    DelegationMember,
    ExchangeProgramme,
    Participant,
    Partnership,
    Shipment,
    ShipmentStatusChange,
)
from exchangedesk.db.models import Gift as GiftRecord
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import (
    ShipmentStatus,
)
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.money import Money, by_currency
from exchangedesk.reports.data.annual_report import (  # noqa: F401 - built here, printed there
    AidLine,
    AnnualReportData,
    ExchangeLine,
    GiftLine,
    VisitLine,
    YearCounts,
)
from exchangedesk.services.documents.itinerary_data import (
    CityName,
    city_name,
    home_and_partner,
    letterhead,
    person_names,
)
from exchangedesk.services.documents.report_data import dated
from exchangedesk.services.gifts.register import GIVER, RECEIVER, _joined

EARLIEST_YEAR, LATEST_YEAR = 1800, 2200


def annual_report_data(
    database: Database,
    partnership_id: int,
    years: tuple[int, int],
    *,
    issued_on: dt.date | None = None,
    language: str | None = None,
) -> AnnualReportData:
    from exchangedesk.reports.language import document_language

    first_year, last_year = years
    for year in years:
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            raise ValidationError("years", f"{year} is not a year a report can cover")
    if first_year > last_year:
        raise ValidationError("years", f"the years {first_year}–{last_year} run backwards")
    start, end = dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)
    with database.reading() as session:
        partnership = session.scalars(
            select(Partnership)
            .where(Partnership.id == partnership_id)
            .options(selectinload(Partnership.city_a), selectinload(Partnership.city_b))
        ).first()
        if partnership is None:
            raise ValidationError(
                "partnership", f"there is no partnership with the number {partnership_id}"
            )
        ours, theirs = home_and_partner(session, partnership)
        home, partner = city_name(ours), city_name(theirs)
        kind, status = partnership.kind, partnership.status
        signed = dated(
            partnership.signed_on, partnership.signed_precision, document_language(language)
        )
        visits = _visits(session, partnership_id, start, end)
        exchanges = _exchanges(session, partnership_id, start, end)
        gifts = _gifts(session, partnership_id, start, end)
        aid, dispatched = _aid(session, partnership_id, start, end)
        head = letterhead(session)
    counts = {
        "visits": Counter(v.arrival_on.year for v in visits),
        "exchanges": Counter(e.starts_on.year for e in exchanges),
        "gifts": Counter(g.given_on.year for g in gifts),
        "shipments": Counter(day.year for day in dispatched),
    }
    per_year = tuple(
        YearCounts(year, *(counts[name][year] for name in counts))
        for year in range(first_year, last_year + 1)
    )
    return AnnualReportData(
        letterhead=head,
        issued_on=issued_on or dt.date.today(),
        partnership_id=partnership_id,
        home=home,
        partner=partner,
        kind=kind,
        status=status,
        signed=signed,
        first_year=first_year,
        last_year=last_year,
        visits=tuple(visits),
        exchanges=tuple(exchanges),
        gifts=tuple(gifts),
        aid=tuple(aid),
        years=per_year,
    )


def _visits(session, partnership_id: int, start: dt.date, end: dt.date) -> list[VisitLine]:  # noqa: ANN001
    members = (
        select(func.count(DelegationMember.id))
        .where(DelegationMember.delegation_id == Delegation.id)
        .correlate(Delegation)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Delegation, members)
        .where(
            Delegation.partnership_id == partnership_id,
            Delegation.arrival_on.between(start, end),
        )
        .options(selectinload(Delegation.head))
        .order_by(Delegation.arrival_on, Delegation.id)
    ).all()
    lines = []
    for delegation, count in rows:
        head = None
        if delegation.head is not None:
            name, native = person_names(delegation.head)
            head = f"{name} ({native})" if native else name
        lines.append(
            VisitLine(
                delegation.id,
                delegation.title,
                delegation.direction,
                delegation.arrival_on,
                delegation.departure_on,
                delegation.status,
                head,
                count,
                delegation.purpose,
            )
        )
    return lines


def _exchanges(session, partnership_id: int, start: dt.date, end: dt.date) -> list[ExchangeLine]:  # noqa: ANN001
    participants = (
        select(func.count(Participant.id))
        .where(Participant.programme_id == ExchangeProgramme.id)
        .correlate(ExchangeProgramme)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            ExchangeProgramme.id,
            ExchangeProgramme.title,
            ExchangeProgramme.direction,
            ExchangeProgramme.starts_on,
            ExchangeProgramme.ends_on,
            ExchangeProgramme.status,
            participants,
        )
        .where(
            ExchangeProgramme.partnership_id == partnership_id,
            ExchangeProgramme.starts_on.between(start, end),
        )
        .order_by(ExchangeProgramme.starts_on, ExchangeProgramme.id)
    ).all()
    return [ExchangeLine(*row) for row in rows]


def _gifts(session, partnership_id: int, start: dt.date, end: dt.date) -> list[GiftLine]:  # noqa: ANN001
    rows = session.execute(
        _joined(
            GiftRecord.id,
            GiftRecord.title,
            GiftRecord.direction,
            GiftRecord.given_on,
            GIVER,
            RECEIVER,
            GiftRecord.occasion,
            GiftRecord.estimated_value,
            GiftRecord.currency,
        )
        .where(
            GiftRecord.partnership_id == partnership_id,
            GiftRecord.given_on.between(start, end),
        )
        .order_by(GiftRecord.given_on, GiftRecord.id)
    ).all()
    return [
        GiftLine(
            *row[:7], Money(row.estimated_value, row.currency) if row.currency is not None else None
        )
        for row in rows
    ]


def _aid(
    session,  # noqa: ANN001
    partnership_id: int,
    start: dt.date,
    end: dt.date,
) -> tuple[list[AidLine], list[dt.date]]:
    campaigns = session.scalars(
        select(AidCampaign)
        .where(AidCampaign.partnership_id == partnership_id)
        .order_by(AidCampaign.starts_on, AidCampaign.id)
    ).all()
    ids = [c.id for c in campaigns]
    given = session.execute(
        select(Contribution.campaign_id, Contribution.amount, Contribution.currency).where(
            Contribution.campaign_id.in_(ids), Contribution.received_on.between(start, end)
        )
    ).all()
    # A shipment dispatched, reversed and dispatched again counts once, on its first dispatch.
    sent = session.execute(
        select(
            Shipment.campaign_id,
            ShipmentStatusChange.shipment_id,
            func.min(ShipmentStatusChange.occurred_on),
        )
        .join(Shipment, Shipment.id == ShipmentStatusChange.shipment_id)
        .where(
            Shipment.campaign_id.in_(ids),
            ShipmentStatusChange.status == ShipmentStatus.DISPATCHED,
            ShipmentStatusChange.is_reversal.is_(False),
        )
        .group_by(Shipment.campaign_id, ShipmentStatusChange.shipment_id)
    ).all()
    sent = [row for row in sent if start <= row[2] <= end]
    lines = []
    for campaign in campaigns:
        money = [Money(a, c) for cid, a, c in given if cid == campaign.id]
        shipments = sum(1 for row in sent if row[0] == campaign.id)
        if not money and not shipments:
            continue
        lines.append(
            AidLine(
                campaign.id,
                campaign.title,
                _city(session, campaign.beneficiary_city_id),
                len(money),
                by_currency(money),
                shipments,
            )
        )
    return lines, [row[2] for row in sent]


def _city(session, city_id: int) -> CityName:  # noqa: ANN001
    from exchangedesk.db.models import City

    return city_name(session.get(City, city_id))
