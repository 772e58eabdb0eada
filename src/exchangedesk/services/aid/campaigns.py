"""Aid campaigns (an appeal for a partner city) and their totals: collected, allocated to
shipments, and delivered, per currency and converted to the committee's base currency.

How the totals are counted, so that nothing is counted twice:
* collected — the campaign's contributions;
* allocated — the allocations of those contributions (each is part of one contribution, in
  its currency, and never more than it gave);
* delivered — the part of "allocated" whose shipment is delivered or confirmed; lost — the
  part whose shipment was lost. So delivered + lost ≤ allocated ≤ collected, per currency.
* converted — every contribution is converted at the rate of the day it was received, and its
  allocations at that same rate: money is valued when it was given, and allocating it later
  does not revalue it (so the converted figures keep the same order). Conversion is exact; each
  total is rounded once, half to even, to the base currency's minor unit (see
  :mod:`exchangedesk.services.aid.rates`). The rates used come with the totals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import AidCampaign, Allocation, City, Contribution, Partnership
from exchangedesk.db.models import Shipment as ShipmentRecord
from exchangedesk.db.session import Database
from exchangedesk.domain import shipments as workflow
from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.money import (
    MissingRateError,
    Money,
    check_amount,
    check_currency,
    sum_money,
)
from exchangedesk.reports.data.aid import (
    CampaignTotals,
    ConvertedTotals,
    CurrencyTotals,
    MissingRate,
)  # noqa: F401 - printed there, built here
from exchangedesk.services.aid.rates import Conversion, RateBook
from exchangedesk.services.common.editing import (
    audit,
    check_date,
    check_version,
    clean_text,
    editing,
    existing,
    referenced,
)


@dataclass(frozen=True)
class CampaignFields:
    title: str
    beneficiary_city_id: int
    starts_on: dt.date
    partnership_id: int | None = None
    purpose: str | None = None
    ends_on: dt.date | None = None
    target_amount: Decimal | str | None = None
    target_currency: str | None = None  # needed with a target amount


@dataclass(frozen=True)
class CampaignDetail:
    id: int
    version: int
    fields: CampaignFields  # what an editor shows; hand it back changed to update_campaign
    beneficiary_city: str
    partnership: str | None  # "Coventry – Volgograd"
    target: Money | None


def dates_in_order(starts_on: dt.date | None, ends_on: dt.date | None, field: str) -> None:
    if starts_on is not None and ends_on is not None and ends_on < starts_on:
        raise ValidationError(
            field, f"{ends_on.isoformat()} is before the start ({starts_on.isoformat()})."
        )


def _apply(session: Session, record: AidCampaign, fields: CampaignFields) -> None:
    title = clean_text(fields.title, "title", required=True)
    city = referenced(session, City, fields.beneficiary_city_id, "beneficiary_city_id", "city")
    if city is None:
        raise ValidationError("beneficiary_city_id", "Choose the city the appeal is for.")
    partnership = referenced(
        session, Partnership, fields.partnership_id, "partnership_id", "partnership"
    )
    if partnership is not None and city.id not in (partnership.city_a_id, partnership.city_b_id):
        raise ValidationError(
            "partnership_id", f"The partnership chosen does not include {city.name}."
        )
    starts_on = check_date(fields.starts_on, "starts_on")
    ends_on = check_date(fields.ends_on, "ends_on", required=False)
    dates_in_order(starts_on, ends_on, "ends_on")
    amount = fields.target_amount
    currency = None
    if amount is not None and amount != "":
        currency = check_currency(fields.target_currency, "target_currency")
        amount = check_amount(amount, currency, "target_amount")
    else:
        amount = None
    record.title = title
    record.beneficiary_city_id = city.id
    record.partnership_id = partnership.id if partnership else None
    record.purpose = clean_text(fields.purpose, "purpose", max_length=100_000)
    record.starts_on = starts_on
    record.ends_on = ends_on
    record.target_amount = amount
    record.target_currency = currency


def create_campaign(database: Database, fields: CampaignFields) -> CampaignDetail:
    with editing(database) as session:
        record = AidCampaign()
        _apply(session, record, fields)
        session.add(record)
        session.flush()
        audit(session, "create", "aid_campaign", record.id, f"campaign '{record.title}'")
        return _detail(session, record)


def update_campaign(
    database: Database, campaign_id: int, fields: CampaignFields, *, expected_version: int
) -> CampaignDetail:
    with editing(database) as session:
        record = existing(session, AidCampaign, campaign_id, "Aid campaign")
        check_version(record, expected_version, f"Campaign '{record.title}'")
        _apply(session, record, fields)
        session.flush()
        if record.version_id != expected_version:
            audit(session, "update", "aid_campaign", record.id, f"campaign '{record.title}'")
        return _detail(session, record)


def get_campaign(database: Database, campaign_id: int) -> CampaignDetail:
    with database.reading() as session:
        return _detail(session, existing(session, AidCampaign, campaign_id, "Aid campaign"))


def _detail(session: Session, record: AidCampaign) -> CampaignDetail:
    city = session.get(City, record.beneficiary_city_id)
    partnership = None
    if record.partnership_id is not None:
        pair = session.get(Partnership, record.partnership_id)
        if pair is not None:
            partnership = f"{pair.city_a.name} – {pair.city_b.name}"
    return CampaignDetail(
        id=record.id,
        version=record.version_id,
        fields=CampaignFields(
            title=record.title,
            beneficiary_city_id=record.beneficiary_city_id,
            starts_on=record.starts_on,
            partnership_id=record.partnership_id,
            purpose=record.purpose,
            ends_on=record.ends_on,
            target_amount=record.target_amount,
            target_currency=record.target_currency,
        ),
        beneficiary_city=city.name if city else "",
        partnership=partnership,
        target=_target(record),
    )


def _target(record: AidCampaign) -> Money | None:
    if record.target_amount is None or not record.target_currency:
        return None
    return Money(record.target_amount, record.target_currency)


def campaign_totals(
    database: Database, campaign_id: int, *, require_rates: bool = False
) -> CampaignTotals:
    """Collected, allocated, delivered and lost, per currency and converted to the base
    currency. A missing rate leaves ``converted`` empty and is named in ``missing_rates``;
    with ``require_rates`` (a printed report) it raises :class:`MissingRateError` instead."""
    with database.reading() as session:
        campaign = existing(session, AidCampaign, campaign_id, "Aid campaign")
        given = session.execute(
            select(
                Contribution.id,
                Contribution.amount,
                Contribution.currency,
                Contribution.received_on,
            )
            .where(Contribution.campaign_id == campaign.id)
            .order_by(Contribution.received_on, Contribution.id)
        ).all()
        spent = session.execute(
            select(Allocation.contribution_id, Allocation.amount, ShipmentRecord.status)
            .join(Contribution, Contribution.id == Allocation.contribution_id)
            .join(ShipmentRecord, ShipmentRecord.id == Allocation.shipment_id)
            .where(Contribution.campaign_id == campaign.id)
            .order_by(Allocation.id)
        ).all()
        shipment_count = session.scalar(
            select(func.count(ShipmentRecord.id)).where(ShipmentRecord.campaign_id == campaign.id)
        )
        rates = RateBook.load(session, {row.currency for row in given})
        title, target = campaign.title, _target(campaign)
    contributions = {row.id: Money(row.amount, row.currency) for row in given}
    allocations = [
        (cid, Money(amount, contributions[cid].currency), status) for cid, amount, status in spent
    ]
    codes = {money.currency for money in contributions.values()}
    by_currency = tuple(
        sorted(
            (_totals(code, contributions.values(), allocations) for code in codes),
            key=lambda t: (-t.collected.amount, t.currency),
        )
    )
    converted, missing = _converted(rates, given, allocations)
    if missing and require_rates:
        first = missing[0]
        raise MissingRateError(first.currency, first.on, first.base_currency)
    return CampaignTotals(
        campaign_id=campaign_id,
        title=title,
        target=target,
        by_currency=by_currency,
        converted=converted,
        missing_rates=tuple(missing),
        contribution_count=len(given),
        shipment_count=shipment_count or 0,
    )


def _totals(
    code: str,
    collected: Iterable[Money],
    allocations: list[tuple[int, Money, ShipmentStatus]],
) -> CurrencyTotals:
    mine = [(money, status) for _, money, status in allocations if money.currency == code]
    return CurrencyTotals(
        currency=code,
        collected=sum_money((m for m in collected if m.currency == code), code),
        allocated=sum_money((m for m, _ in mine), code),
        delivered=sum_money((m for m, s in mine if s in workflow.REACHED_CITY), code),
        lost=sum_money((m for m, s in mine if s == ShipmentStatus.LOST), code),
    )


def _converted(
    rates: RateBook,
    given: Sequence[Any],
    allocations: list[tuple[int, Money, ShipmentStatus]],
) -> tuple[ConvertedTotals | None, list[MissingRate]]:
    conversions: dict[int, Conversion] = {}
    missing: dict[str, MissingRate] = {}
    for row in given:  # in date order, so the first day missing per currency is kept
        try:
            conversions[row.id] = rates.convert(Money(row.amount, row.currency), row.received_on)
        except MissingRateError as error:
            missing.setdefault(error.currency, MissingRate(error.currency, error.on, rates.base))
    if missing:
        return None, sorted(missing.values(), key=lambda m: (m.on, m.currency))
    base = rates.base

    def at_rate(contribution_id: int, money: Money) -> Money:
        rate = conversions[contribution_id].rate
        return money if rate is None else money.converted(rate.rate, base)

    exact = [(at_rate(cid, money), status) for cid, money, status in allocations]
    totals = CurrencyTotals(
        currency=base,
        collected=sum_money((c.exact for c in conversions.values()), base),
        allocated=sum_money((m for m, _ in exact), base),
        delivered=sum_money((m for m, s in exact if s in workflow.REACHED_CITY), base),
        lost=sum_money((m for m, s in exact if s == ShipmentStatus.LOST), base),
    )
    used = {c.rate.id: c.rate for c in conversions.values() if c.rate is not None}
    return (
        ConvertedTotals(
            base_currency=base,
            exact=totals,
            rates=tuple(sorted(used.values(), key=lambda r: (r.currency, r.valid_on))),
            conversions=tuple(conversions.values()),
        ),
        [],
    )
