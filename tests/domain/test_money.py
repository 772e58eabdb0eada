"""Money: ISO 4217 codes and their minor units, exact amounts, arithmetic that never mixes
currencies, and rounding half to even only when a figure is shown."""

from __future__ import annotations

from decimal import Decimal

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.money import (
    CurrencyMismatchError,
    MissingRateError,
    Money,
    by_currency,
    check_amount,
    check_currency,
    currency_exponent,
    is_currency,
    round_half_even,
    sum_money,
)


@pytest.mark.parametrize(
    ("code", "exponent"),
    [
        ("GBP", 2),
        ("EUR", 2),
        ("RUB", 2),
        ("USD", 2),
        ("JPY", 0),
        ("KRW", 0),
        ("ISK", 0),
        ("VND", 0),
        ("BHD", 3),
        ("KWD", 3),
        ("JOD", 3),
        ("OMR", 3),
        ("TND", 3),
        ("IQD", 3),
        ("LYD", 3),
        ("CLF", 4),
        ("UYW", 4),
    ],
)
def test_minor_units_follow_iso_4217(code: str, exponent: int) -> None:
    assert currency_exponent(code) == exponent


def test_every_iso_code_is_either_usable_or_has_no_minor_unit() -> None:
    codes = {currency.alpha_3 for currency in pycountry.currencies}
    usable = {code for code in codes if is_currency(code)}
    assert {"GBP", "EUR", "RUB", "CNY", "JPY"} <= usable
    assert {"XAU", "XDR", "XXX", "XTS"}.isdisjoint(usable)
    assert all(currency_exponent(code) in (0, 2, 3, 4) for code in usable)


@pytest.mark.parametrize("typed", ["eur", " EUR ", "Eur"])
def test_currency_codes_are_tidied(typed: str) -> None:
    assert check_currency(typed) == "EUR"


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("ABC", "not an ISO 4217 currency"),
        ("EURO", "not an ISO 4217 currency"),
        ("£", "not an ISO 4217 currency"),
        ("DEM", "not an ISO 4217 currency"),  # withdrawn in 2002: not on the current list
        ("", "Give the currency"),
        (None, "Give the currency"),
        ("XAU", "not a currency amounts are given in"),
    ],
)
def test_codes_that_are_not_iso_4217_are_refused_by_field(typed: object, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_currency(typed, "target_currency")
    assert caught.value.field == "target_currency"
    assert words in caught.value.message


@pytest.mark.parametrize(
    ("amount", "currency"),
    [("1.005", "GBP"), ("100.5", "JPY"), ("1.0005", "KWD"), ("0.00001", "CLF"), ("2.001", "EUR")],
)
def test_more_decimals_than_the_currency_has_are_refused(amount: str, currency: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_amount(amount, currency)
    assert caught.value.field == "amount"
    assert currency in caught.value.message
    assert amount in caught.value.message


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("1.05", "GBP", Decimal("1.05")),
        ("1.050", "GBP", Decimal("1.05")),  # a trailing zero is not a decimal that counts
        ("100", "JPY", Decimal(100)),
        ("1.005", "KWD", Decimal("1.005")),
        ("0.0001", "CLF", Decimal("0.0001")),
        (Decimal("2.10"), "GBP", Decimal("2.10")),
        (7, "GBP", Decimal(7)),
    ],
)
def test_amounts_that_fit_their_currency_are_kept_exactly(
    amount: object, currency: str, expected: Decimal
) -> None:
    assert check_amount(amount, currency) == expected


@pytest.mark.parametrize("amount", ["0", "-5", "-0.01", Decimal("-1")])
def test_zero_and_negative_amounts_are_refused(amount: object) -> None:
    with pytest.raises(ValidationError, match="zero or less"):
        check_amount(amount, "GBP", "amount")


def test_zero_is_allowed_where_asked_but_not_less() -> None:
    assert check_amount("0", "GBP", allow_zero=True) == 0
    with pytest.raises(ValidationError, match="less than zero"):
        check_amount("-0.01", "GBP", "unit_value", allow_zero=True)


@pytest.mark.parametrize("amount", [0.1, "abc", "", None, "NaN", "Infinity", "1e13", True])
def test_floats_and_non_numbers_are_refused(amount: object) -> None:
    with pytest.raises(ValidationError) as caught:
        check_amount(amount, "GBP", "amount")
    assert caught.value.field == "amount"


def test_money_parse_checks_currency_and_amount_together() -> None:
    assert Money.parse("12.50", "gbp") == Money(Decimal("12.50"), "GBP")
    with pytest.raises(ValidationError) as caught:
        Money.parse("12.50", "XYZ", "estimated_value", "value_currency")
    assert caught.value.field == "value_currency"


def test_money_refuses_floats() -> None:
    with pytest.raises(TypeError):
        Money(0.1, "GBP")  # type: ignore[arg-type]


def test_arithmetic_is_exact_and_never_mixes_currencies() -> None:
    assert Money(Decimal("0.10"), "GBP") + Money(Decimal("0.20"), "GBP") == Money(
        Decimal("0.30"), "GBP"
    )
    with pytest.raises(CurrencyMismatchError):
        Money(Decimal(1), "GBP") + Money(Decimal(1), "EUR")
    with pytest.raises(CurrencyMismatchError):
        Money(Decimal(1), "GBP") - Money(Decimal(1), "EUR")
    with pytest.raises(CurrencyMismatchError):
        assert Money(Decimal(1), "GBP") < Money(Decimal(2), "EUR")
    with pytest.raises(TypeError):
        Money(Decimal(1), "GBP") + Decimal(1)  # type: ignore[operator]


def test_large_products_are_exact_not_rounded_to_28_digits() -> None:
    given = Money(Decimal("999999999999.9999"), "GBP")
    converted = given.converted(Decimal("12345.67891234"), "EUR")
    # The same product in integers (minor units × rate units), then scaled back.
    assert converted.amount == Decimal(f"{9999999999999999 * 1234567891234}E-12")
    assert len(converted.amount.as_tuple().digits) > 28  # beyond Python's default precision
    assert converted.currency == "EUR"


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        ("2.125", "GBP", "2.12"),
        ("2.135", "GBP", "2.14"),
        ("2.5", "JPY", "2"),
        ("3.5", "JPY", "4"),
        ("1.0005", "KWD", "1.000"),
        ("-2.125", "GBP", "-2.12"),
    ],
)
def test_rounding_is_half_to_even_at_the_currency_minor_unit(
    amount: str, currency: str, shown: str
) -> None:
    assert round_half_even(Decimal(amount), currency) == Decimal(shown)
    assert str(round_half_even(Decimal(amount), currency)) == shown
    assert Money(Decimal(amount), currency).rounded().amount == Decimal(shown)


def test_sums_per_currency_keep_currencies_apart() -> None:
    amounts = [
        Money(Decimal("5"), "GBP"),
        Money(Decimal("300"), "EUR"),
        Money(Decimal("2.10"), "GBP"),
    ]
    assert by_currency(amounts) == (Money(Decimal(300), "EUR"), Money(Decimal("7.10"), "GBP"))
    assert sum_money([], "GBP") == Money.zero("GBP")
    assert str(Money(Decimal("1234.5"), "GBP")) == "1,234.50 GBP"


def test_a_missing_rate_names_the_currency_and_the_day() -> None:
    import datetime as dt

    error = MissingRateError("EUR", dt.date(2002, 8, 28), "GBP")
    assert "EUR" in str(error) and "2002-08-28" in str(error) and "GBP" in str(error)


@given(st.lists(st.integers(min_value=-(10**15), max_value=10**15), max_size=30))
def test_sums_equal_the_sum_of_minor_units(pennies: list[int]) -> None:
    total = sum_money((Money(Decimal(p).scaleb(-2), "GBP") for p in pennies), "GBP")
    assert total.amount == Decimal(sum(pennies)).scaleb(-2)


@given(
    st.lists(st.integers(min_value=1, max_value=10**9), min_size=1, max_size=20),
    st.integers(min_value=1, max_value=10**8),
)
def test_rounding_once_stays_within_half_a_unit_of_the_exact_total(
    pennies: list[int], rate_units: int
) -> None:
    rate = Decimal(rate_units).scaleb(-8)
    exact = sum_money(
        (Money(Decimal(p).scaleb(-2), "EUR").converted(rate, "GBP") for p in pennies), "GBP"
    )
    assert abs(exact.rounded().amount - exact.amount) <= Decimal("0.005")
