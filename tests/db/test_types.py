"""Money stays exact and instants keep their meaning through a real SQLite round trip."""

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from exchangedesk.db.models import City, ExchangeRate, ShipmentLine
from exchangedesk.db.models.aid import AidCampaign, Contribution
from exchangedesk.db.types import ScaledDecimal, UTCDateTime


def _campaign(session) -> AidCampaign:
    city = City(name="Stalingrad", country_code="RU")
    session.add(city)
    session.flush()
    campaign = AidCampaign(
        title="Aid 1942", beneficiary_city_id=city.id, starts_on=datetime(1942, 1, 1).date()
    )
    session.add(campaign)
    session.flush()
    return campaign


def test_money_round_trips_exactly_and_sums_exactly_in_sql(database):
    amounts = [Decimal("0.10")] * 10 + [Decimal("1234567.8901")]
    with database.unit_of_work() as session:
        campaign = _campaign(session)
        for amount in amounts:
            session.add(
                Contribution(
                    campaign_id=campaign.id,
                    amount=amount,
                    currency="GBP",
                    received_on=campaign.starts_on,
                )
            )
    with database.reading() as session:
        stored = session.scalars(select(Contribution.amount)).all()
        # SUM runs on the stored integers and comes back through the same exact type.
        total = session.scalar(select(func.sum(Contribution.amount)))
    assert sorted(stored) == sorted(amounts)
    assert all(isinstance(a, Decimal) for a in stored)
    assert total == sum(amounts) == Decimal("1234568.8901")


def test_floats_and_excess_decimals_are_refused():
    money = ScaledDecimal(4)
    with pytest.raises(TypeError):
        money.process_bind_param(0.1, None)
    with pytest.raises(ValueError, match="more than 4 decimal places"):
        money.process_bind_param(Decimal("1.00001"), None)


def test_rates_and_quantities_keep_their_own_scale(database):
    with database.unit_of_work() as session:
        session.add(
            ExchangeRate(
                currency="RUB",
                base_currency="GBP",
                valid_on=datetime(2024, 1, 1).date(),
                rate=Decimal("0.00876543"),
            )
        )
    with database.reading() as session:
        assert session.scalar(select(ExchangeRate.rate)) == Decimal("0.00876543")
    assert ShipmentLine.__table__.c.quantity.type.scale == 3


def test_instants_are_stored_in_utc_and_come_back_aware():
    column = UTCDateTime()
    volgograd = timezone(timedelta(hours=3))
    stored = column.process_bind_param(datetime(1945, 4, 20, 10, 0, tzinfo=volgograd), None)
    assert stored == datetime(1945, 4, 20, 7, 0)
    assert column.process_result_value(stored, None) == datetime(1945, 4, 20, 7, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="time zone"):
        column.process_bind_param(datetime(1945, 4, 20, 10, 0), None)
