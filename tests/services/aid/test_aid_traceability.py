"""Traceability: allocations never exceed what was given (also when two people allocate at
once), "where did my money go?" for a donor, "what reached the city?" for a campaign, and
campaign totals that count nothing twice."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from aid_support import (  # noqa: F401 - fixtures
    PLANNED_ON,
    Appeal,
    appeal_fixture,
    audit_trail,
    broken_rules,
    campaign_fields,
    committee_fixture,
    line,
    table_rows,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ShipmentStatus as S
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.money import Money
from exchangedesk.services.aid.campaigns import campaign_totals, create_campaign
from exchangedesk.services.aid.contributions import (
    ContributionDetail,
    ContributionFields,
    Donor,
    create_contribution,
    get_contribution,
)
from exchangedesk.services.aid.rates import add_exchange_rate
from exchangedesk.services.aid.shipments import (
    ShipmentFields,
    advance_shipment,
    create_shipment,
    get_shipment,
)
from exchangedesk.services.aid.traceability import (
    allocate,
    change_allocation,
    remove_allocation,
    what_reached_the_city,
    where_did_my_money_go,
)

GBP = "GBP"


def pounds(amount: str) -> Money:
    return Money(Decimal(amount), GBP)


def give(
    database: Database,
    appeal: Appeal,
    amount: str,
    donor: Donor,
    currency: str = GBP,
    on: dt.date = dt.date(1942, 11, 2),
) -> ContributionDetail:
    return create_contribution(
        database, ContributionFields(appeal.campaign_id, donor, amount, currency, on)
    )


def second_shipment(database: Database, appeal: Appeal, reference: str = "STAL-1943-02") -> int:
    return create_shipment(
        database,
        ShipmentFields(appeal.campaign_id, reference, lines=(line("Soap", quantity="10"),)),
        planned_on=PLANNED_ON,
    ).id


def move(database: Database, shipment_id: int, *steps: tuple[S, dt.date]) -> None:
    for status, day in steps:
        version = get_shipment(database, shipment_id).version
        advance_shipment(database, shipment_id, status, day, expected_version=version)


def test_allocations_stop_at_what_was_given(database: Database, appeal: Appeal) -> None:
    miners = give(database, appeal, "150.00", Donor.organisation(appeal.committee.miners))
    other = second_shipment(database, appeal)
    first = allocate(database, miners.id, appeal.shipment_id, "100.00")
    assert first.amount == pounds("100") and first.shipment_reference == "STAL-1943-01"
    before = table_rows(database)
    with pytest.raises(ValidationError) as caught:
        allocate(database, miners.id, other, "50.01")
    assert caught.value.field == "amount"
    assert "Only 50.00 GBP" in caught.value.message and "50.01 GBP" in caught.value.message
    for amount in ("0", "-1", "1.001"):
        with pytest.raises(ValidationError):
            allocate(database, miners.id, other, amount)
    assert table_rows(database) == before
    allocate(database, miners.id, other, "50.00")  # exactly the rest is fine
    assert get_contribution(database, miners.id).unallocated == pounds("0")
    assert [a for a, _, _ in audit_trail(database, "allocation")] == ["allocate", "allocate"]
    assert broken_rules(database) == []


def test_allocations_stay_within_the_campaign_and_once_per_shipment(
    database: Database, appeal: Appeal
) -> None:
    miners = give(database, appeal, "150.00", Donor.organisation(appeal.committee.miners))
    allocate(database, miners.id, appeal.shipment_id, "10.00")
    elsewhere = create_campaign(
        database,
        campaign_fields(
            appeal.committee,
            title="Flood relief",
            beneficiary_city_id=appeal.committee.dresden,
            partnership_id=appeal.committee.coventry_dresden,
        ),
    )
    foreign = create_shipment(
        database, ShipmentFields(elsewhere.id, "DRS-01", lines=(line(),)), planned_on=PLANNED_ON
    )
    before = table_rows(database)
    with pytest.raises(ValidationError, match="another campaign"):
        allocate(database, miners.id, foreign.id, "10.00")
    with pytest.raises(ValidationError, match="change that allocation"):
        allocate(database, miners.id, appeal.shipment_id, "10.00")
    with pytest.raises(ValidationError) as caught:
        allocate(database, miners.id, 999, "10.00")
    assert caught.value.field == "shipment_id"
    assert table_rows(database) == before


def test_an_allocation_is_changed_within_the_rest_or_taken_back(
    database: Database, appeal: Appeal
) -> None:
    miners = give(database, appeal, "150.00", Donor.organisation(appeal.committee.miners))
    other = second_shipment(database, appeal)
    first = allocate(database, miners.id, appeal.shipment_id, "100.00")
    allocate(database, miners.id, other, "40.00")
    assert change_allocation(database, first.id, "110.00").amount == pounds("110")
    before = table_rows(database)
    with pytest.raises(ValidationError, match="Only 110.00 GBP"):
        change_allocation(database, first.id, "110.01")
    assert table_rows(database) == before
    remove_allocation(database, first.id)
    assert get_contribution(database, miners.id).allocated == pounds("40")
    with pytest.raises(ConcurrentEditError):
        change_allocation(database, first.id, "1.00")
    assert [a for a, _, _ in audit_trail(database, "allocation")] == [
        "allocate",
        "allocate",
        "reallocate",
        "deallocate",
    ]


def test_two_people_allocating_the_same_money_at_once(database: Database, appeal: Appeal) -> None:
    """Eight allocations of 30.00 from a 100.00 gift, started together on eight connections:
    at most three can succeed, and every refusal is a clear message, not a locked database."""
    gift = give(database, appeal, "100.00", Donor.unnamed())
    shipments = [second_shipment(database, appeal, f"S-{n}") for n in range(8)]
    start = threading.Barrier(len(shipments))
    outcomes: list[object] = []

    def worker(shipment_id: int) -> None:
        start.wait()
        try:
            outcomes.append(allocate(database, gift.id, shipment_id, "30.00"))
        except Exception as error:  # noqa: BLE001 - the test sorts the outcomes below
            outcomes.append(error)

    threads = [threading.Thread(target=worker, args=(s,)) for s in shipments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    refused = [o for o in outcomes if isinstance(o, Exception)]
    assert all(isinstance(error, ValidationError) for error in refused), refused
    assert len(outcomes) - len(refused) == 3
    assert get_contribution(database, gift.id).allocated == pounds("90")
    assert broken_rules(database) == []


def test_where_did_my_money_go(database: Database, appeal: Appeal) -> None:
    committee = appeal.committee
    miners = give(database, appeal, "150.00", Donor.organisation(committee.miners))
    edith = give(database, appeal, "0.50", Donor.person(committee.edith))
    works = give(database, appeal, "64.35", Donor.named("Рабочие завода"))
    anonymous = give(database, appeal, "5.00", Donor.unnamed())
    lost = second_shipment(database, appeal, "STAL-1943-LOST")
    allocate(database, miners.id, appeal.shipment_id, "100.00")
    allocate(database, miners.id, lost, "30.00")
    allocate(database, works.id, appeal.shipment_id, "50.00")
    move(database, appeal.shipment_id, (S.DISPATCHED, dt.date(1943, 2, 1)))
    move(database, appeal.shipment_id, (S.DELIVERED, dt.date(1943, 4, 1)))
    move(database, lost, (S.IN_TRANSIT, dt.date(1943, 2, 1)), (S.LOST, dt.date(1943, 3, 1)))

    trace = where_did_my_money_go(database, Donor.organisation(committee.miners))
    assert trace.donor_name == "Coventry miners' federation"
    (given,) = trace.contributions
    assert given.amount == pounds("150") and given.allocated == pounds("130")
    assert given.reached_city == pounds("100") and given.lost == pounds("30")
    assert given.unallocated == pounds("20")
    assert given.beneficiary_city == "Volgograd"
    assert [(a.shipment_reference, a.status, a.status_since, a.reached_city) for a in given.allocations] == [
        ("STAL-1943-01", S.DELIVERED, dt.date(1943, 4, 1), True),
        ("STAL-1943-LOST", S.LOST, dt.date(1943, 3, 1), False),
    ]  # fmt: skip
    assert trace.reached_city == (pounds("100"),)

    # A donor named in words is found whatever the case (Cyrillic too).
    by_name = where_did_my_money_go(database, Donor.named("рабочие ЗАВОДА"))
    assert [c.contribution_id for c in by_name.contributions] == [works.id]
    assert by_name.contributions[0].reached_city == pounds("50")
    nothing = where_did_my_money_go(database, Donor.person(committee.edith))
    assert nothing.contributions[0].contribution_id == edith.id
    assert nothing.contributions[0].allocations == ()
    unnamed = where_did_my_money_go(database, Donor.unnamed())
    assert [c.contribution_id for c in unnamed.contributions] == [anonymous.id]
    with pytest.raises(ValidationError):
        where_did_my_money_go(database, Donor())


def test_what_reached_the_city(database: Database, appeal: Appeal) -> None:
    gift = give(database, appeal, "300.00", Donor.unnamed())
    euros = give(database, appeal, "50.00", Donor.unnamed(), currency="EUR")
    on_the_way = second_shipment(database, appeal, "STAL-1943-02")
    allocate(database, gift.id, appeal.shipment_id, "100.00")
    allocate(database, euros.id, appeal.shipment_id, "50.00")
    allocate(database, gift.id, on_the_way, "20.00")
    move(
        database,
        appeal.shipment_id,
        (S.DELIVERED, dt.date(1943, 4, 1)),
        (S.CONFIRMED, dt.date(1943, 6, 1)),
    )
    move(database, on_the_way, (S.DISPATCHED, dt.date(1943, 5, 1)))
    awaiting = second_shipment(database, appeal, "STAL-1943-03")  # delivered, not confirmed
    move(database, awaiting, (S.DELIVERED, dt.date(1943, 5, 2)))
    city = what_reached_the_city(database, appeal.campaign_id)
    assert city.beneficiary_city == "Volgograd" and city.country_code == "RU"
    arrived, later = city.shipments  # in the order they arrived
    assert (later.reference, later.confirmed_on) == ("STAL-1943-03", None)
    assert later.delivered_on == dt.date(1943, 5, 2) and later.funded == ()
    assert arrived.reference == "STAL-1943-01"
    assert (arrived.delivered_on, arrived.confirmed_on) == (
        dt.date(1943, 4, 1),
        dt.date(1943, 6, 1),
    )
    assert [(x.item, x.value) for x in arrived.lines] == [
        ("Blankets", pounds("80")),
        ("Bandages", pounds("22.5")),
    ]
    assert arrived.goods_value == (pounds("102.5"),)
    assert city.goods_value == (pounds("106.5"),)  # and 10 cakes of soap at 0.40
    assert arrived.funded == (pounds("100"), Money(Decimal(50), "EUR"))
    assert city.on_the_way == ("STAL-1943-02",) and city.lost == ()


def test_campaign_totals_count_nothing_twice(database: Database, appeal: Appeal) -> None:
    add_exchange_rate(database, "EUR", dt.date(1942, 1, 1), "0.50")
    a = give(database, appeal, "100.00", Donor.unnamed())
    b = give(database, appeal, "40.00", Donor.unnamed(), currency="EUR")
    other = second_shipment(database, appeal)
    allocate(database, a.id, appeal.shipment_id, "60.00")
    allocate(database, a.id, other, "30.00")
    allocate(database, b.id, appeal.shipment_id, "40.00")
    move(database, appeal.shipment_id, (S.DELIVERED, dt.date(1943, 4, 1)))
    move(database, other, (S.LOST, dt.date(1943, 4, 1)))
    totals = campaign_totals(database, appeal.campaign_id)
    by_code = {t.currency: t for t in totals.by_currency}
    assert (by_code[GBP].collected, by_code[GBP].allocated) == (pounds("100"), pounds("90"))
    assert (by_code[GBP].delivered, by_code[GBP].lost) == (pounds("60"), pounds("30"))
    assert by_code[GBP].unallocated == pounds("10")
    assert by_code["EUR"].delivered == Money(Decimal(40), "EUR")
    assert totals.converted is not None
    rounded = totals.converted.rounded
    assert (rounded.collected, rounded.allocated) == (pounds("120.00"), pounds("110.00"))
    assert (rounded.delivered, rounded.lost) == (pounds("80.00"), pounds("30.00"))
    assert (totals.contribution_count, totals.shipment_count) == (2, 2)
