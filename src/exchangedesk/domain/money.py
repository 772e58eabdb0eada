"""Money the way a donor or an auditor expects it: exact decimals in an ISO 4217 currency.

* Currencies are the current ISO 4217 codes (list one) that ``pycountry`` ships. pycountry has
  no minor units, so the exponents that differ from 2 are tabled below. Source: ISO 4217 list
  one as published by SIX Group (the ISO 4217 maintenance agency), "Minor unit" column,
  amendment 179 (2025); https://www.six-group.com/en/products-services/financial-information/
  data-standards.html. Codes whose minor unit is "N.A." (precious metals, bond-market units,
  SDR, the test code XTS and "no currency" XXX) are not money a committee collects, so they
  are refused as currencies of an amount.
* An amount given for a currency may not have more decimals than the currency has (1.005 GBP
  is not a sum anyone can pay). Amounts are never floats: 0.1 as a float is not 0.1.
* :class:`Money` adds, subtracts and compares only within one currency; arithmetic is exact
  (a context wide enough that nothing is rounded, and a trap if anything ever would be).
  Rounding happens only where a person reads a figure: :meth:`Money.rounded` rounds half to
  even (banker's rounding, so halves do not drift one way over many totals) to the currency's
  exponent.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal, Inexact, InvalidOperation, localcontext
from functools import cache

from exchangedesk.domain.errors import ExchangeDeskError, ValidationError

# ISO 4217 minor units that are not 2 (source in the module docstring).
_MINOR_UNITS_NOT_TWO = {
    # no minor unit in use
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0,
    "PYG": 0, "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
    # thousandths
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    # ten-thousandths: Chilean and Uruguayan indexed units of account
    "CLF": 4, "UYW": 4,
}  # fmt: skip
# Minor unit "N.A.": not currencies an amount can be given in.
_NO_MINOR_UNIT = frozenset(
    [
        "XAD",
        "XAG",
        "XAU",
        "XBA",
        "XBB",
        "XBC",
        "XBD",
        "XDR",
        "XPD",
        "XPT",
        "XSU",
        "XTS",
        "XUA",
        "XXX",
    ]
)

# Amounts are stored as scaled 64-bit integers (four places); a trillion leaves ample room and
# catches a mistyped number long before the column would overflow.
LARGEST_AMOUNT = Decimal(10) ** 12

# Wide enough for any product or sum of stored amounts and rates; Inexact trapped so that a
# result that would have to be rounded raises instead of silently losing a digit.
EXACT = Context(prec=120, traps=[Inexact, InvalidOperation])


class CurrencyMismatchError(ExchangeDeskError, TypeError):
    """Two amounts in different currencies were added or compared without converting."""


class MissingRateError(ExchangeDeskError):
    """No exchange rate was entered for a currency on or before the date it is needed."""

    def __init__(self, currency: str, on: dt.date, base_currency: str) -> None:
        super().__init__(
            f"No exchange rate from {currency} to {base_currency} on or before "
            f"{on.isoformat()}: enter the rate the committee used for {currency} on that date "
            "(or earlier) before converting."
        )
        self.currency = currency
        self.on = on
        self.base_currency = base_currency


@cache
def _iso_codes() -> dict[str, str]:
    import pycountry  # imported on first use: it loads a JSON database

    return {currency.alpha_3: currency.name for currency in pycountry.currencies}


def is_currency(code: str | None) -> bool:
    """An ISO 4217 code that amounts can be given in."""
    return bool(code) and code in _iso_codes() and code not in _NO_MINOR_UNIT


def currency_name(code: str) -> str:
    return _iso_codes().get(code, code)


def currency_exponent(code: str) -> int:
    """How many decimals the currency has: 2 for GBP, 0 for JPY, 3 for KWD."""
    if not is_currency(code):
        raise ValueError(f"{code!r} is not an ISO 4217 currency amounts can be given in")
    return _MINOR_UNITS_NOT_TWO.get(code, 2)


def check_currency(code: object, field: str = "currency") -> str:
    """The ISO 4217 code, upper-cased and trimmed, or a ValidationError naming ``field``."""
    text = code.strip().upper() if isinstance(code, str) else ""
    if not text:
        raise ValidationError(field, "Give the currency as an ISO 4217 code, e.g. GBP or EUR.")
    if text in _NO_MINOR_UNIT and text in _iso_codes():
        raise ValidationError(
            field, f"{text} ({currency_name(text)}) is not a currency amounts are given in."
        )
    if not is_currency(text):
        raise ValidationError(
            field, f"'{code}' is not an ISO 4217 currency code (three letters, e.g. GBP, EUR, RUB)."
        )
    return text


def to_decimal(value: object, field: str) -> Decimal:
    """An exact decimal from a Decimal, an int or text such as "12.50"; floats are refused
    because they are not exact."""
    if isinstance(value, bool | float):
        raise ValidationError(field, "Give the number as exact decimal text, not a float.")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, str) and value.strip():
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise ValidationError(field, f"'{value}' is not a number.") from None
    else:
        raise ValidationError(field, "A number is needed here.")
    if not number.is_finite():
        raise ValidationError(field, f"'{value}' is not a number.")
    return number


def decimal_places(number: Decimal) -> int:
    """Decimals that carry a value: 1.50 has 1, 2.000 has 0."""
    exponent = number.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _places(count: int) -> str:
    return "no decimals" if count == 0 else f"{count} decimal place{'s' if count > 1 else ''}"


def check_places(number: Decimal, places: int, field: str, what: str) -> None:
    """Refuse more decimals than a column keeps (quantities: 3, rates: 8)."""
    if decimal_places(number) > places:
        raise ValidationError(
            field,
            f"{number} has {_places(decimal_places(number))}; {what} can have at most "
            f"{_places(places)}.",
        )


def check_amount(
    value: object, currency: str, field: str = "amount", *, allow_zero: bool = False
) -> Decimal:
    """A positive (or, with ``allow_zero``, non-negative) exact amount with no more decimals
    than ``currency`` has. ``currency`` must already be checked."""
    number = to_decimal(value, field)
    if number < 0 or (number == 0 and not allow_zero):
        limit = "less than zero" if allow_zero else "zero or less"
        raise ValidationError(field, f"The amount cannot be {limit} (got {number} {currency}).")
    if number >= LARGEST_AMOUNT:
        raise ValidationError(field, f"{number} {currency} is too large; check the figure.")
    exponent = currency_exponent(currency)
    if decimal_places(number) > exponent:
        raise ValidationError(
            field,
            f"{number} has {_places(decimal_places(number))}, but {currency} has "
            f"{_places(exponent)}.",
        )
    return number


def round_half_even(amount: Decimal, currency: str) -> Decimal:
    """``amount`` to the currency's minor unit, halves to the even digit (2.125 -> 2.12)."""
    quantum = Decimal(1).scaleb(-currency_exponent(currency))
    with localcontext(Context(prec=120)):
        return amount.quantize(quantum, rounding=ROUND_HALF_EVEN)


@dataclass(frozen=True, order=False)
class Money:
    """An exact amount in one currency. Arithmetic never rounds and never mixes currencies."""

    amount: Decimal
    currency: str  # ISO 4217

    def __post_init__(self) -> None:
        if isinstance(self.amount, int) and not isinstance(self.amount, bool):
            object.__setattr__(self, "amount", Decimal(self.amount))
        if not isinstance(self.amount, Decimal):
            raise TypeError(f"Money needs a Decimal amount, not {type(self.amount).__name__}")

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    @classmethod
    def parse(
        cls,
        value: object,
        currency: object,
        field: str = "amount",
        currency_field: str = "currency",
        *,
        allow_zero: bool = False,
    ) -> Money:
        """Validated input: a known currency and an amount that fits it (see check_amount)."""
        code = check_currency(currency, currency_field)
        return cls(check_amount(value, code, field, allow_zero=allow_zero), code)

    def _same(self, other: object) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"Money cannot be combined with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatchError(
                f"Cannot combine {self.currency} with {other.currency} without converting."
            )
        return other

    def __add__(self, other: Money) -> Money:
        with localcontext(EXACT):
            return Money(self.amount + self._same(other).amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        with localcontext(EXACT):
            return Money(self.amount - self._same(other).amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def times(self, factor: Decimal) -> Money:
        """Exact product, e.g. a line's value (quantity × unit value)."""
        with localcontext(EXACT):
            return Money(self.amount * factor, self.currency)

    def converted(self, rate: Decimal, to_currency: str) -> Money:
        """Exactly ``amount × rate`` in ``to_currency``; round only when showing it."""
        with localcontext(EXACT):
            return Money(self.amount * rate, to_currency)

    def __lt__(self, other: Money) -> bool:
        return self.amount < self._same(other).amount

    def __le__(self, other: Money) -> bool:
        return self.amount <= self._same(other).amount

    def __gt__(self, other: Money) -> bool:
        return self.amount > self._same(other).amount

    def __ge__(self, other: Money) -> bool:
        return self.amount >= self._same(other).amount

    def rounded(self) -> Money:
        """Half-even to the currency's minor unit: the figure to show or print."""
        return Money(round_half_even(self.amount, self.currency), self.currency)

    def __str__(self) -> str:
        shown = self.rounded().amount if is_currency(self.currency) else self.amount
        return f"{shown:,} {self.currency}"


def money_words(amount: Decimal, currency: str) -> str:
    """An amount as audit entries and messages write it: "150.00 GBP". Stored amounts keep
    four places; they fit their currency, so showing its decimals loses nothing."""
    shown = round_half_even(amount, currency) if is_currency(currency) else amount
    return f"{shown} {currency}"


def rate_words(rate: Decimal) -> str:
    """A rate without the trailing zeros of its stored eight places: 0.64, not 0.64000000."""
    return f"{rate.normalize():f}"


def sum_money(amounts: Iterable[Money], currency: str) -> Money:
    """Exact sum of amounts all in ``currency`` (an empty sum is zero)."""
    total = Money.zero(currency)
    for money in amounts:
        total = total + money
    return total


def by_currency(amounts: Iterable[Money]) -> tuple[Money, ...]:
    """Exact sums per currency, the largest first (then by code), so mixed currencies are never
    added together."""
    sums: dict[str, Decimal] = defaultdict(Decimal)
    with localcontext(EXACT):
        for money in amounts:
            sums[money.currency] += money.amount
    return tuple(sorted((Money(amount, code) for code, amount in sums.items()), key=_largest_first))


def _largest_first(money: Money) -> tuple[Decimal, str]:
    return (-money.amount, money.currency)
