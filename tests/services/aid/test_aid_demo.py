"""The demo's 1942 Coventry appeal for Stalingrad, read back through the aid services: what
was collected, what was allocated to the Red Cross shipment, what reached the city, and where
the miners' money went."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from aid_support import broken_rules
from sqlalchemy import select

from exchangedesk.db.models import AidCampaign, Organisation
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.domain.money import Money
from exchangedesk.services.aid.campaigns import CampaignTotals, campaign_totals
from exchangedesk.services.aid.contributions import Donor
from exchangedesk.services.aid.traceability import what_reached_the_city, where_did_my_money_go
from exchangedesk.services.samples.demo import build_demo

TODAY = dt.date(2026, 11, 26)


def pounds(amount: str) -> Money:
    return Money(Decimal(amount), "GBP")


@pytest.fixture
def demo(database: Database) -> Database:
    build_demo(database, today=TODAY)
    return database


def _campaign(database: Database, title: str) -> int:
    with database.reading() as session:
        return session.scalar(select(AidCampaign.id).where(AidCampaign.title == title))


def test_the_1942_collection_adds_up(demo: Database) -> None:
    appeal = _campaign(demo, "Coventry appeal for Stalingrad")
    totals = campaign_totals(demo, appeal, require_rates=True)
    assert isinstance(totals, CampaignTotals)
    (sterling,) = totals.by_currency
    # 150 + 5 + 2.10 (two guineas) + 1.05 + 0.50 + 20.75 (the tablecloth's sixpences) + 64.35
    assert sterling.collected == pounds("243.75")
    # The works gave 64.35 and 49.65 of it went on the shipment, what the goods cost (227.50);
    # Harris and Cole's not yet.
    assert sterling.allocated == pounds("227.50")
    assert sterling.delivered == pounds("227.50")  # the shipment's delivery is confirmed
    assert sterling.lost == pounds("0")
    assert sterling.unallocated == pounds("16.25")
    assert totals.converted is not None
    assert totals.converted.rates == ()  # all in pounds: no rate needed
    assert totals.converted.rounded.collected == pounds("243.75")
    assert totals.contribution_count == 7 and totals.shipment_count == 1
    assert broken_rules(demo) == []


def test_the_red_cross_shipment_reached_stalingrad(demo: Database) -> None:
    city = what_reached_the_city(demo, _campaign(demo, "Coventry appeal for Stalingrad"))
    assert city.beneficiary_city == "Volgograd"
    (shipment,) = city.shipments
    assert shipment.reference == "STAL-1943-01"
    assert shipment.status == ShipmentStatus.CONFIRMED
    assert (shipment.delivered_on, shipment.confirmed_on) == (
        dt.date(1943, 4, 1),
        dt.date(1943, 6, 1),
    )
    assert [line.item for line in shipment.lines] == [
        "Surgical instrument sets",
        "Blankets",
        "Bandages",
    ]
    assert shipment.goods_value == (pounds("227.50"),)  # 10 × 12.50 + 200 × 0.40 + 45 × 0.50
    assert shipment.funded == (pounds("227.50"),)


def test_the_miners_money_went_to_stalingrad(demo: Database) -> None:
    with demo.reading() as session:
        miners = session.scalar(
            select(Organisation.id).where(Organisation.name == "Coventry miners' federation")
        )
    trace = where_did_my_money_go(demo, Donor.organisation(miners))
    (given,) = trace.contributions
    assert given.amount == pounds("150.00") and given.reached_city == pounds("150.00")
    assert given.campaign == "Coventry appeal for Stalingrad"
    assert [(a.shipment_reference, a.status) for a in given.allocations] == [
        ("STAL-1943-01", ShipmentStatus.CONFIRMED)
    ]


def test_the_flood_collection_converts_with_the_rate_of_its_day(demo: Database) -> None:
    """The Saturday school's euros (28 August 2002) convert at the rate entered for 1 August
    2002, not at the later one of 30 August; the totals name the rate used."""
    totals = campaign_totals(demo, _campaign(demo, "Coventry collection after the Elbe floods"))
    by_code = {t.currency: t for t in totals.by_currency}
    assert by_code["GBP"].collected == pounds("1420.00")
    assert by_code["EUR"].collected == Money(Decimal("300.00"), "EUR")
    assert by_code["EUR"].delivered == Money(Decimal("300.00"), "EUR")
    assert totals.missing_rates == ()
    assert totals.converted is not None
    assert [(r.currency, r.valid_on) for r in totals.converted.rates] == [
        ("EUR", dt.date(2002, 8, 1))
    ]
    assert totals.converted.rounded.collected == pounds("1612.00")  # 1420 + 300 × 0.64
