"""Property: whatever contributions (in several currencies), allocations and status moves a
secretary enters, in whatever order, the totals reconcile and every refused operation leaves
the register exactly as it was.

Each example starts from an empty aid register in the same migrated database, enters dated
rates and contributions, then runs a random sequence of allocations, changes, removals,
deletions, status moves and reversals. A small model predicts which allocations must succeed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal, localcontext

from aid_support import (  # noqa: F401 - fixtures
    Committee,
    broken_rules,
    campaign_fields,
    committee_fixture,
    line,
    table_rows,
)
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ShipmentStatus as S
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.money import Money, currency_exponent, round_half_even
from exchangedesk.services.aid import shipments as shipment_service
from exchangedesk.services.aid.campaigns import CampaignTotals, campaign_totals, create_campaign
from exchangedesk.services.aid.contributions import (
    ContributionFields,
    Donor,
    create_contribution,
    delete_contribution,
    get_contribution,
)
from exchangedesk.services.aid.rates import add_exchange_rate
from exchangedesk.services.aid.traceability import allocate, change_allocation, remove_allocation

FIRST_DAY = dt.date(2020, 1, 1)
CURRENCIES = ("GBP", "EUR", "JPY", "KWD")  # exponents 2, 2, 0, 3
AID_TABLES = (
    "audit_log",
    "allocations",
    "shipment_status_changes",
    "shipment_lines",
    "shipments",
    "contributions",
    "aid_campaigns",
    "exchange_rates",
)

contributions_strategy = st.lists(
    st.tuples(
        st.sampled_from(CURRENCIES),
        st.integers(min_value=1, max_value=10**6),  # minor units
        st.integers(min_value=0, max_value=60),  # day received
    ),
    min_size=1,
    max_size=5,
)
rates_strategy = st.dictionaries(
    st.sampled_from(CURRENCIES[1:]),
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=60),  # day valid from
            st.integers(min_value=1, max_value=10**9),  # rate in units of 10^-8
        ),
        min_size=0,
        max_size=3,
        unique_by=lambda rate: rate[0],
    ),
)
operation = st.one_of(
    st.tuples(
        st.just("allocate"), st.integers(0, 4), st.integers(0, 2), st.integers(-5, 6 * 10**5)
    ),
    st.tuples(st.just("change"), st.integers(0, 9), st.integers(-5, 10**6)),
    st.tuples(st.just("remove"), st.integers(0, 9)),
    st.tuples(st.just("delete"), st.integers(0, 4)),
    st.tuples(st.just("advance"), st.integers(0, 2), st.sampled_from(list(S)), st.integers(-3, 9)),
    st.tuples(st.just("reverse"), st.integers(0, 2), st.integers(-3, 9)),
)


def _reset(database: Database) -> None:
    with database.unit_of_work() as session:
        for table in AID_TABLES:
            session.execute(text(f'DELETE FROM "{table}"'))  # noqa: S608 - our own names


def _amount(units: int, currency: str) -> Decimal:
    return Decimal(f"{units}E-{currency_exponent(currency)}")


class Register:
    """What the test entered, and the allocations it expects the services to hold."""

    def __init__(self, database: Database, committee: Committee) -> None:
        self.database = database
        self.campaign = create_campaign(database, campaign_fields(committee)).id
        self.contributions: dict[int, tuple[Money, dt.date]] = {}
        self.shipments: list[int] = []
        # allocation id -> (contribution id, shipment id, amount)
        self.allocations: dict[int, tuple[int, int, Decimal]] = {}
        self.day: dict[int, dt.date] = {}  # latest history day per shipment
        self.rates: dict[str, list[tuple[dt.date, Decimal]]] = defaultdict(list)

    def give(self, currency: str, units: int, day: int) -> None:
        received = FIRST_DAY + dt.timedelta(days=day)
        made = create_contribution(
            self.database,
            ContributionFields(
                self.campaign, Donor.unnamed(), _amount(units, currency), currency, received
            ),
        )
        self.contributions[made.id] = (made.amount, received)

    def contribution(self, index: int) -> int:
        return sorted(self.contributions)[index % len(self.contributions)]

    def left(self, contribution: int, leaving_out: int | None = None) -> Decimal:
        taken = sum(
            (
                a
                for key, (c, _, a) in self.allocations.items()
                if c == contribution and key != leaving_out
            ),
            Decimal(0),
        )
        return self.contributions[contribution][0].amount - taken

    def rate_on(self, currency: str, day: dt.date) -> Decimal | None:
        dated = [(valid, rate) for valid, rate in self.rates[currency] if valid <= day]
        return max(dated)[1] if dated else None


def _run(register: Register, op: tuple) -> None:
    """One operation; raises what the service raised, after checking it was right to."""
    database = register.database
    kind = op[0]
    if kind == "allocate":
        _, c, s, units = op
        contribution_id = register.contribution(c)
        shipment_id = register.shipments[s % len(register.shipments)]
        amount = _amount(units, register.contributions[contribution_id][0].currency)
        pairs = {(c, s) for c, s, _ in register.allocations.values()}
        valid = 0 < amount <= register.left(contribution_id)
        valid = valid and (contribution_id, shipment_id) not in pairs
        try:
            row = allocate(database, contribution_id, shipment_id, amount)
        except ValidationError:
            assert not valid, f"a valid allocation of {amount} was refused"
            raise
        assert valid, f"an allocation of {amount} beyond what is left was accepted"
        register.allocations[row.id] = (contribution_id, shipment_id, amount)
    elif kind in ("change", "remove"):
        if not register.allocations:
            return
        allocation_id = sorted(register.allocations)[op[1] % len(register.allocations)]
        contribution_id, shipment_id, _ = register.allocations[allocation_id]
        if kind == "remove":
            remove_allocation(database, allocation_id)
            del register.allocations[allocation_id]
            return
        amount = _amount(op[2], register.contributions[contribution_id][0].currency)
        valid = 0 < amount <= register.left(contribution_id, leaving_out=allocation_id)
        try:
            change_allocation(database, allocation_id, amount)
        except ValidationError:
            assert not valid, f"a valid change to {amount} was refused"
            raise
        assert valid, f"a change to {amount} beyond what is left was accepted"
        register.allocations[allocation_id] = (contribution_id, shipment_id, amount)
    elif kind == "delete":
        contribution_id = register.contribution(op[1])
        allocated = any(c == contribution_id for c, _, _ in register.allocations.values())
        version = get_contribution(database, contribution_id).version
        try:
            delete_contribution(database, contribution_id, expected_version=version)
        except ValidationError:
            assert allocated, "an unallocated contribution could not be deleted"
            raise
        assert not allocated, "an allocated contribution was deleted"
        del register.contributions[contribution_id]
        if not register.contributions:
            register.give("GBP", 100, 0)
    else:
        shipment_id = register.shipments[op[1] % len(register.shipments)]
        day = register.day[shipment_id] + dt.timedelta(days=op[-1])
        version = shipment_service.get_shipment(database, shipment_id).version
        if kind == "advance":
            shipment_service.advance_shipment(
                database, shipment_id, op[2], day, expected_version=version
            )
        else:
            shipment_service.record_reversal(
                database, shipment_id, day, note="correction", expected_version=version
            )
        assert day >= register.day[shipment_id], "a step dated back in time was accepted"
        register.day[shipment_id] = day


def _check_totals(register: Register) -> None:
    database = register.database
    with database.reading() as session:
        stored = session.execute(
            text("SELECT id, contribution_id, shipment_id, amount FROM allocations")
        ).all()
        spent = dict(
            session.execute(
                text(
                    "SELECT c.id, c.amount - coalesce(sum(a.amount), 0) FROM contributions c "
                    "LEFT JOIN allocations a ON a.contribution_id = c.id GROUP BY c.id, c.amount"
                )
            ).all()
        )
    # What is stored is what the model expects (scaled integers: 4 places), and no
    # contribution has more allocated than it gave.
    assert {row[0]: (row[1], row[2], Decimal(row[3]).scaleb(-4)) for row in stored} == {
        key: (c, s, a) for key, (c, s, a) in register.allocations.items()
    }
    assert all(left >= 0 for left in spent.values())
    totals = campaign_totals(database, register.campaign)
    assert {t.currency for t in totals.by_currency} == {
        m.currency for m, _ in register.contributions.values()
    }
    for figures in totals.by_currency:
        code = figures.currency
        mine = {c for c, (m, _) in register.contributions.items() if m.currency == code}
        expected_collected = sum((register.contributions[c][0].amount for c in mine), Decimal(0))
        expected_allocated = sum(
            (a for c, _, a in register.allocations.values() if c in mine), Decimal(0)
        )
        assert figures.collected.amount == expected_collected
        assert figures.allocated.amount == expected_allocated
        assert figures.delivered.amount + figures.lost.amount <= figures.allocated.amount
        assert figures.allocated.amount <= figures.collected.amount
    _check_conversion(register, totals)
    assert broken_rules(database, "aid") == []


def _check_conversion(register: Register, totals: CampaignTotals) -> None:
    """Converted totals are the exactly converted amounts added up, rounded once."""
    rates = {
        cid: Decimal(1) if money.currency == "GBP" else register.rate_on(money.currency, day)
        for cid, (money, day) in register.contributions.items()
    }
    if any(rate is None for rate in rates.values()):
        assert totals.converted is None and totals.missing_rates
        for missing in totals.missing_rates:
            assert register.rate_on(missing.currency, missing.on) is None
        return
    assert totals.missing_rates == () and totals.converted is not None
    with localcontext(prec=100):
        collected = sum(
            (m.amount * rates[c] for c, (m, _) in register.contributions.items()), Decimal(0)
        )
        allocated = sum((a * rates[c] for c, _, a in register.allocations.values()), Decimal(0))
    exact, rounded = totals.converted.exact, totals.converted.rounded
    assert exact.collected.amount == collected
    assert exact.allocated.amount == allocated
    assert rounded.collected.amount == round_half_even(collected, "GBP")
    assert rounded.allocated.amount == round_half_even(allocated, "GBP")
    assert rounded.delivered <= rounded.allocated <= rounded.collected


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    contributions=contributions_strategy,
    rates=rates_strategy,
    shipment_count=st.integers(min_value=1, max_value=3),
    operations=st.lists(operation, min_size=4, max_size=25),
)
def test_totals_always_reconcile_and_refusals_change_nothing(
    database: Database,
    committee: Committee,
    contributions: list[tuple[str, int, int]],
    rates: dict[str, list[tuple[int, int]]],
    shipment_count: int,
    operations: list[tuple],
) -> None:
    _reset(database)
    register = Register(database, committee)
    for currency, dated in rates.items():
        for day, units in dated:
            valid_on = FIRST_DAY + dt.timedelta(days=day)
            rate = Decimal(f"{units}E-8")
            add_exchange_rate(database, currency, valid_on, rate)
            register.rates[currency].append((valid_on, rate))
    for currency, units, day in contributions:
        register.give(currency, units, day)
    for number in range(shipment_count):
        shipment = shipment_service.create_shipment(
            database,
            shipment_service.ShipmentFields(register.campaign, f"S-{number}", lines=(line(),)),
            planned_on=FIRST_DAY,
        )
        register.shipments.append(shipment.id)
        register.day[shipment.id] = FIRST_DAY
    for op in operations:
        before = table_rows(database)
        try:
            _run(register, op)
            event(f"{op[0]} done")
        except (ValidationError, ConcurrentEditError):
            event(f"{op[0]} refused")
            assert table_rows(database) == before, f"{op} was refused but changed the register"
        _check_totals(register)
    assert broken_rules(database) == []
