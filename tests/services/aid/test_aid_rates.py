"""Exchange rates the secretary enters: validated, listed, deleted; conversion with the latest
rate on or before the day money was given; totals that say which rates they used and round
once, half to even; a missing rate named by currency and day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from aid_support import (  # noqa: F401 - fixtures
    Appeal,
    appeal_fixture,
    audit_trail,
    committee_fixture,
    table_rows,
)

from exchangedesk.db.models import Setting
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.money import MissingRateError, Money
from exchangedesk.services.aid.campaigns import campaign_totals
from exchangedesk.services.aid.contributions import ContributionFields, Donor, create_contribution
from exchangedesk.services.aid.rates import (
    add_exchange_rate,
    base_currency,
    convert_to_base,
    delete_exchange_rate,
    list_exchange_rates,
)
from exchangedesk.services.common.paging import ListQuery

AUG_30 = dt.date(2002, 8, 30)


def test_rates_are_added_listed_and_deleted(database: Database) -> None:
    euro = add_exchange_rate(database, "eur", AUG_30, "0.64", source="Bank of England")
    add_exchange_rate(database, "RUB", AUG_30, Decimal("0.0095"))
    assert (euro.currency, euro.base_currency, euro.rate) == ("EUR", "GBP", Decimal("0.64"))
    assert list_exchange_rates(database).total == 2
    assert [r.currency for r in list_exchange_rates(database, ListQuery("eur")).rows] == ["EUR"]
    delete_exchange_rate(database, euro.id)
    assert [r.currency for r in list_exchange_rates(database).rows] == ["RUB"]
    assert [(a, s) for a, _, s in audit_trail(database, "exchange_rate")] == [
        ("create", "1 EUR = 0.64 GBP from 2002-08-30"),
        ("create", "1 RUB = 0.0095 GBP from 2002-08-30"),
        ("delete", "1 EUR = 0.64 GBP from 2002-08-30"),
    ]


@pytest.mark.parametrize(
    ("currency", "rate", "field", "words"),
    [
        ("EURO", "0.64", "currency", "not an ISO 4217 currency"),
        ("GBP", "1", "currency", "base currency"),
        ("EUR", "0", "rate", "more than zero"),
        ("EUR", "-0.64", "rate", "more than zero"),
        ("EUR", "0.123456789", "rate", "at most 8 decimal places"),
        ("EUR", "abc", "rate", "not a number"),
        ("EUR", 0.64, "rate", "not a float"),
    ],
)
def test_bad_rates_are_refused_by_field(
    database: Database, currency: str, rate: object, field: str, words: str
) -> None:
    before = table_rows(database)
    with pytest.raises(ValidationError) as caught:
        add_exchange_rate(database, currency, AUG_30, rate)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert words in caught.value.message
    assert table_rows(database) == before


def test_one_rate_per_currency_and_day(database: Database) -> None:
    add_exchange_rate(database, "EUR", AUG_30, "0.64")
    before = table_rows(database)
    with pytest.raises(ValidationError) as caught:
        add_exchange_rate(database, "EUR", AUG_30, "0.65")
    assert caught.value.field == "valid_on"
    assert "0.64" in caught.value.message
    assert table_rows(database) == before


def test_conversion_uses_the_latest_rate_on_or_before_the_day(database: Database) -> None:
    add_exchange_rate(database, "EUR", dt.date(2002, 8, 1), "0.63")
    add_exchange_rate(database, "EUR", AUG_30, "0.64")
    add_exchange_rate(database, "EUR", dt.date(2002, 9, 30), "0.66")
    euros = Money(Decimal("300.00"), "EUR")
    for day, rate in (
        (dt.date(2002, 8, 1), "0.63"),
        (dt.date(2002, 8, 29), "0.63"),
        (AUG_30, "0.64"),
        (dt.date(2002, 9, 29), "0.64"),
        (dt.date(2030, 1, 1), "0.66"),
    ):
        conversion = convert_to_base(database, euros, day)
        assert conversion.rate is not None and conversion.rate.rate == Decimal(rate)
        assert conversion.exact == Money(Decimal(300) * Decimal(rate), "GBP")
    pounds = convert_to_base(database, Money(Decimal(5), "GBP"), AUG_30)
    assert pounds.rate is None and pounds.exact == Money(Decimal(5), "GBP")


def test_a_missing_rate_names_the_currency_and_the_day(database: Database) -> None:
    add_exchange_rate(database, "EUR", AUG_30, "0.64")
    with pytest.raises(MissingRateError) as caught:
        convert_to_base(database, Money(Decimal(300), "EUR"), dt.date(2002, 8, 28))
    assert (caught.value.currency, caught.value.on) == ("EUR", dt.date(2002, 8, 28))
    assert "EUR" in str(caught.value) and "2002-08-28" in str(caught.value)
    with pytest.raises(MissingRateError, match="RUB"):
        convert_to_base(database, Money(Decimal(1), "RUB"), AUG_30)


def test_the_base_currency_setting_chooses_the_rates(database: Database) -> None:
    assert base_currency(database) == "GBP"
    add_exchange_rate(database, "EUR", AUG_30, "0.64")
    with database.unit_of_work() as session:
        session.merge(Setting(key="base_currency", value="EUR"))
    assert base_currency(database) == "EUR"
    add_exchange_rate(database, "GBP", AUG_30, "1.5625")
    assert convert_to_base(database, Money(Decimal(10), "GBP"), AUG_30).exact == Money(
        Decimal("15.625"), "EUR"
    )
    with pytest.raises(MissingRateError):  # the EUR→GBP rate is for another base
        convert_to_base(database, Money(Decimal(10), "RUB"), AUG_30)


def _give(database: Database, appeal: Appeal, amount: str, currency: str, on: dt.date) -> None:
    create_contribution(
        database,
        ContributionFields(appeal.campaign_id, Donor.unnamed(), amount, currency, on),
    )


def test_totals_round_once_after_converting_exactly(database: Database, appeal: Appeal) -> None:
    # Three gifts of one euro at 0.333335: each is 0.33 rounded (0.99 together), but the exact
    # sum 1.000005 rounds to 1.00, which is what the documented rule gives.
    add_exchange_rate(database, "EUR", AUG_30, "0.333335")
    for _ in range(3):
        _give(database, appeal, "1.00", "EUR", AUG_30)
    totals = campaign_totals(database, appeal.campaign_id)
    assert totals.converted is not None
    assert totals.converted.exact.collected == Money(Decimal("1.000005"), "GBP")
    assert totals.converted.rounded.collected == Money(Decimal("1.00"), "GBP")
    assert sum(c.rounded.amount for c in totals.converted.conversions) == Decimal("0.99")
    assert [(r.currency, r.rate) for r in totals.converted.rates] == [("EUR", Decimal("0.333335"))]


def test_totals_say_which_rates_they_used_and_which_are_missing(
    database: Database, appeal: Appeal
) -> None:
    add_exchange_rate(database, "EUR", AUG_30, "0.64")
    add_exchange_rate(database, "EUR", dt.date(2002, 9, 30), "0.66")
    add_exchange_rate(database, "JPY", dt.date(2002, 1, 1), "0.0052")
    _give(database, appeal, "850.00", "GBP", dt.date(2002, 8, 25))
    _give(database, appeal, "300.00", "EUR", AUG_30)
    _give(database, appeal, "100.00", "EUR", dt.date(2002, 10, 2))
    _give(database, appeal, "5000", "JPY", dt.date(2002, 9, 1))
    totals = campaign_totals(database, appeal.campaign_id)
    assert totals.missing_rates == ()
    assert totals.converted is not None
    assert [(r.currency, r.valid_on) for r in totals.converted.rates] == [
        ("EUR", AUG_30),
        ("EUR", dt.date(2002, 9, 30)),
        ("JPY", dt.date(2002, 1, 1)),
    ]
    # 850 + 300 × 0.64 + 100 × 0.66 + 5000 × 0.0052
    assert totals.converted.rounded.collected == Money(Decimal("1134.00"), "GBP")
    assert [(t.currency, t.collected.amount) for t in totals.by_currency] == [
        ("JPY", Decimal(5000)),
        ("GBP", Decimal(850)),
        ("EUR", Decimal(400)),
    ]
    _give(database, appeal, "20.00", "EUR", dt.date(2002, 8, 28))
    _give(database, appeal, "10.00", "EUR", dt.date(2002, 8, 27))
    missing = campaign_totals(database, appeal.campaign_id)
    assert missing.converted is None
    assert [(m.currency, m.on) for m in missing.missing_rates] == [("EUR", dt.date(2002, 8, 27))]
    assert "EUR" in missing.missing_rates[0].message
    assert "2002-08-27" in missing.missing_rates[0].message
    with pytest.raises(MissingRateError, match="2002-08-27"):
        campaign_totals(database, appeal.campaign_id, require_rates=True)
