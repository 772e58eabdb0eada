"""Dated exchange rates the committee enters (never fetched from the network), and conversion
to the committee's base currency.

How conversion works, so that a report can be checked by hand:

* A rate says how many units of the base currency one unit of ``currency`` was worth on
  ``valid_on`` (EUR 0.64 = one euro was 64 pence on that day).
* An amount given on a day is converted with the latest rate for its currency dated on or
  before that day. There is no guessing: without such a rate, :class:`MissingRateError` names
  the currency and the day.
* The base currency is the setting ``base_currency`` (GBP when it is not set). Rates entered
  against another base are kept but not used.
* Conversion is exact (amount × rate, nothing rounded). A total adds the exact converted amounts
  and rounds once, half to even, to the base currency's minor unit. A converted total is
  therefore round(Σ exact), which can differ by a penny from adding up individually rounded
  figures; every total says which rates it used.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from exchangedesk.db.models import ExchangeRate, Setting
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.money import (
    MissingRateError,
    Money,
    check_currency,
    check_places,
    rate_words,
    to_decimal,
)
from exchangedesk.reports.data.aid import Conversion, ExchangeRateRow  # noqa: F401 - printed there
from exchangedesk.services.common.editing import (
    audit,
    check_date,
    clean_text,
    editing,
    existing,
)
from exchangedesk.services.common.paging import (
    FIRST_PAGE,
    ListQuery,
    Page,
    fetch_page,
    filter_terms,
)

DEFAULT_BASE_CURRENCY = "GBP"
RATE_PLACES = 8  # what the rate column keeps
LARGEST_RATE = Decimal(10) ** 10


def _row(rate: ExchangeRate) -> ExchangeRateRow:
    return ExchangeRateRow(
        rate.id, rate.currency, rate.base_currency, rate.valid_on, rate.rate, rate.source
    )


def base_currency_of(session: Session) -> str:
    setting = session.get(Setting, "base_currency")
    value = (setting.value or "").strip().upper() if setting is not None else ""
    return value or DEFAULT_BASE_CURRENCY


def base_currency(database: Database) -> str:
    """The committee's base currency: the setting 'base_currency', GBP if it is not set."""
    with database.reading() as session:
        return base_currency_of(session)


def add_exchange_rate(
    database: Database,
    currency: str,
    valid_on: dt.date,
    rate: Decimal | str,
    *,
    source: str | None = None,
    base_currency: str | None = None,
) -> ExchangeRateRow:
    """Record that one ``currency`` was worth ``rate`` of the base currency on ``valid_on``."""
    code = check_currency(currency)
    day = check_date(valid_on, "valid_on")
    value = to_decimal(rate, "rate")
    if value <= 0:
        raise ValidationError("rate", f"A rate must be more than zero (got {value}).")
    if value >= LARGEST_RATE:
        raise ValidationError("rate", f"{value} is too large for an exchange rate.")
    check_places(value, RATE_PLACES, "rate", "a rate")
    source_text = clean_text(source, "source", max_length=200)
    with editing(database) as session:
        base = check_currency(base_currency, "base_currency") if base_currency else None
        base = base or base_currency_of(session)
        if code == base:
            raise ValidationError(
                "currency", f"{code} is the base currency; amounts in it need no rate."
            )
        clash = session.scalar(
            select(ExchangeRate).where(
                ExchangeRate.currency == code,
                ExchangeRate.base_currency == base,
                ExchangeRate.valid_on == day,
            )
        )
        if clash is not None:
            raise ValidationError(
                "valid_on",
                f"A rate for {code} on {day.isoformat()} is already entered ({rate_words(clash.rate)} "
                f"{base}); delete it first to enter another.",
            )
        record = ExchangeRate(
            currency=code, base_currency=base, valid_on=day, rate=value, source=source_text
        )
        session.add(record)
        try:
            session.flush()
        except IntegrityError as exc:  # the same rate entered by someone else just now
            raise ValidationError(
                "valid_on", f"A rate for {code} on {day.isoformat()} was entered meanwhile."
            ) from exc
        audit(
            session,
            "create",
            "exchange_rate",
            record.id,
            f"1 {code} = {rate_words(value)} {base} from {day.isoformat()}",
        )
        return _row(record)


def delete_exchange_rate(database: Database, rate_id: int) -> None:
    """Remove a rate entered by mistake; totals then use the rate before it (or report one
    missing). The audit log keeps what it was."""
    with editing(database) as session:
        record = existing(session, ExchangeRate, rate_id, "Exchange rate")
        audit(
            session,
            "delete",
            "exchange_rate",
            record.id,
            f"1 {record.currency} = {rate_words(record.rate)} {record.base_currency} from "
            f"{record.valid_on.isoformat()}",
        )
        session.delete(record)


SORT_COLUMNS = {
    "currency": ExchangeRate.currency,
    "valid_on": ExchangeRate.valid_on,
    "rate": ExchangeRate.rate,
    "base_currency": ExchangeRate.base_currency,
}


def list_exchange_rates(database: Database, query: ListQuery = FIRST_PAGE) -> Page[ExchangeRateRow]:
    """Rates matching the filter (currency codes), the latest first."""
    statement = select(ExchangeRate)
    statement = filter_terms(
        statement,
        query,
        lambda term: ExchangeRate.currency.in_({term.typed.upper(), term.folded.upper()}),
    )
    with database.reading() as session:
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=SORT_COLUMNS,
            default_sort=[ExchangeRate.valid_on.desc(), ExchangeRate.currency],
            tiebreak=ExchangeRate.id,
            make_row=lambda record: _row(record[0]),
        )


class RateBook:
    """The rates of some currencies against the base, looked up by day without more queries."""

    def __init__(self, base: str, rates: Iterable[ExchangeRateRow]) -> None:
        self.base = base
        self._by_currency: dict[str, list[ExchangeRateRow]] = defaultdict(list)
        for rate in sorted(rates, key=lambda r: r.valid_on):
            if rate.base_currency == base:
                self._by_currency[rate.currency].append(rate)
        self._days = {code: [r.valid_on for r in rows] for code, rows in self._by_currency.items()}

    @classmethod
    def load(cls, session: Session, currencies: Iterable[str]) -> RateBook:
        base = base_currency_of(session)
        wanted = set(currencies) - {base}
        if not wanted:
            return cls(base, ())
        rows = session.scalars(
            select(ExchangeRate).where(
                ExchangeRate.base_currency == base, ExchangeRate.currency.in_(sorted(wanted))
            )
        )
        return cls(base, [_row(rate) for rate in rows])

    def rate_on(self, currency: str, on: dt.date) -> ExchangeRateRow | None:
        """The latest rate dated on or before ``on``; None when there is none."""
        days = self._days.get(currency, [])
        index = bisect.bisect_right(days, on)
        return self._by_currency[currency][index - 1] if index else None

    def convert(self, given: Money, on: dt.date) -> Conversion:
        """``given`` in the base currency, exactly; MissingRateError names what to enter."""
        if given.currency == self.base:
            return Conversion(given, on, given, None)
        rate = self.rate_on(given.currency, on)
        if rate is None:
            raise MissingRateError(given.currency, on, self.base)
        return Conversion(given, on, given.converted(rate.rate, self.base), rate)


def convert_to_base(database: Database, given: Money, on: dt.date) -> Conversion:
    """One amount given on ``on``, converted exactly with the latest rate on or before it."""
    with database.reading() as session:
        return RateBook.load(session, [given.currency]).convert(given, on)
