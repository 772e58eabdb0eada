"""Contributions: one donor each, exact amounts that fit their ISO 4217 currency, unique
receipts, version-checked corrections, and money that is allocated cannot be taken away."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from aid_support import (  # noqa: F401 - fixtures
    Appeal,
    appeal_fixture,
    audit_trail,
    committee_fixture,
    table_rows,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.money import Money
from exchangedesk.services.aid.contributions import (
    ContributionFields,
    Donor,
    create_contribution,
    delete_contribution,
    get_contribution,
    update_contribution,
)
from exchangedesk.services.aid.lists import list_contributions
from exchangedesk.services.aid.traceability import allocate
from exchangedesk.services.common.paging import ListQuery

RECEIVED = dt.date(1942, 11, 2)


def gift_of(appeal: Appeal, **changes: object) -> ContributionFields:
    fields = {
        "campaign_id": appeal.campaign_id,
        "donor": Donor.organisation(appeal.committee.miners),
        "amount": "150.00",
        "currency": "GBP",
        "received_on": RECEIVED,
        "receipt_number": "1942-1/001",
        "receipt_issued_on": RECEIVED + dt.timedelta(days=7),
    }
    fields.update(changes)
    return ContributionFields(**fields)  # type: ignore[arg-type]


def test_each_kind_of_donor_is_recorded(database: Database, appeal: Appeal) -> None:
    donors = {
        "Coventry miners' federation": Donor.organisation(appeal.committee.miners),
        "Edith Cole": Donor.person(appeal.committee.edith),
        "Workers of a Coventry engineering works": Donor.named(
            "  Workers of a Coventry   engineering works "
        ),
        "Anonymous": Donor.unnamed(),
    }
    for number, (name, donor) in enumerate(donors.items()):
        made = create_contribution(
            database,
            gift_of(appeal, donor=donor, receipt_number=f"R{number}", amount="5.00"),
        )
        assert made.donor_name == name
        assert get_contribution(database, made.id) == made
    assert [action for action, _, _ in audit_trail(database, "contribution")] == ["create"] * 4


def test_amounts_are_exact_in_their_currency(database: Database, appeal: Appeal) -> None:
    yen = create_contribution(
        database, gift_of(appeal, amount="10000", currency="jpy", receipt_number=None,
                          receipt_issued_on=None)
    )  # fmt: skip
    dinars = create_contribution(
        database, gift_of(appeal, amount="12.345", currency="KWD", receipt_number="K1")
    )
    assert yen.amount == Money(Decimal(10000), "JPY")
    assert dinars.amount == Money(Decimal("12.345"), "KWD")
    assert dinars.unallocated == dinars.amount


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"amount": "-5.00"}, "amount", "zero or less"),
        ({"amount": "0"}, "amount", "zero or less"),
        ({"amount": "1.005"}, "amount", "GBP has 2 decimal places"),
        ({"amount": "100.5", "currency": "JPY"}, "amount", "JPY has no decimals"),
        ({"amount": 0.1}, "amount", "not a float"),
        ({"currency": "ABC"}, "currency", "not an ISO 4217 currency"),
        ({"currency": "XXX"}, "currency", "not a currency amounts are given in"),
        ({"donor": Donor()}, "donor", "Say who gave"),
        ({"donor": Donor(person_id=1, anonymous=True)}, "donor", "one donor"),
        ({"donor": Donor(organisation_id=1, text="The miners")}, "donor", "one donor"),
        ({"donor": Donor.person(999)}, "donor", "no person"),
        ({"campaign_id": 999}, "campaign_id", "no aid campaign"),
        ({"received_on": None}, "received_on", "Give a date"),
        ({"receipt_issued_on": None}, "receipt_issued_on", "Give the day"),
        ({"receipt_number": None}, "receipt_number", "Give the number"),
        ({"receipt_issued_on": dt.date(1942, 10, 1)}, "receipt_issued_on", "before the money"),
    ],
)
def test_bad_contributions_are_named_and_nothing_is_saved(
    database: Database, appeal: Appeal, changes: dict, field: str, words: str
) -> None:
    before = table_rows(database)
    with pytest.raises(ValidationError) as caught:
        create_contribution(database, gift_of(appeal, **changes))
    assert caught.value.field == field
    assert words in caught.value.message
    assert table_rows(database) == before


def test_receipt_numbers_are_unique(database: Database, appeal: Appeal) -> None:
    first = create_contribution(database, gift_of(appeal))
    before = table_rows(database)
    with pytest.raises(ValidationError) as caught:
        create_contribution(database, gift_of(appeal, donor=Donor.unnamed()))
    assert caught.value.field == "receipt_number"
    assert "1942-1/001" in caught.value.message
    assert table_rows(database) == before
    # Saving the same record with its own number is not a clash.
    update_contribution(
        database, first.id, replace(first.fields, notes="ok"), expected_version=first.version
    )


def test_a_correction_checks_the_version(database: Database, appeal: Appeal) -> None:
    made = create_contribution(database, gift_of(appeal))
    changed = update_contribution(
        database, made.id, replace(made.fields, amount="160.00"), expected_version=made.version
    )
    assert changed.amount == Money(Decimal(160), "GBP")
    assert changed.version == made.version + 1
    before = table_rows(database)
    with pytest.raises(ConcurrentEditError):
        update_contribution(
            database, made.id, replace(made.fields, amount="1.00"), expected_version=made.version
        )
    with pytest.raises(ConcurrentEditError):
        delete_contribution(database, made.id, expected_version=made.version)
    assert table_rows(database) == before
    assert audit_trail(database, "contribution")[-1][2].startswith("150.00 GBP → 160.00 GBP")


def test_allocated_money_cannot_shrink_below_what_is_spent(
    database: Database, appeal: Appeal
) -> None:
    made = create_contribution(database, gift_of(appeal))
    allocate(database, made.id, appeal.shipment_id, "100.00")
    made = get_contribution(database, made.id)
    before = table_rows(database)
    for changes, field in (
        ({"amount": "99.99"}, "amount"),
        ({"currency": "EUR"}, "currency"),
    ):
        with pytest.raises(ValidationError) as caught:
            update_contribution(
                database, made.id, replace(made.fields, **changes), expected_version=made.version
            )
        assert caught.value.field == field
        assert "STAL-1943-01" in caught.value.message
    assert table_rows(database) == before
    # Down to exactly what is allocated is fine.
    lowered = update_contribution(
        database, made.id, replace(made.fields, amount="100.00"), expected_version=made.version
    )
    assert lowered.unallocated == Money.zero("GBP")


def test_an_allocated_contribution_cannot_be_deleted(database: Database, appeal: Appeal) -> None:
    made = create_contribution(database, gift_of(appeal))
    allocate(database, made.id, appeal.shipment_id, "150.00")
    made = get_contribution(database, made.id)
    before = table_rows(database)
    with pytest.raises(ValidationError) as caught:
        delete_contribution(database, made.id, expected_version=made.version)
    assert "STAL-1943-01" in caught.value.message
    assert "STAL-1943-01 (150.00 GBP)" in caught.value.message
    assert table_rows(database) == before


def test_an_unallocated_contribution_is_deleted_and_audited(
    database: Database, appeal: Appeal
) -> None:
    made = create_contribution(database, gift_of(appeal))
    delete_contribution(database, made.id, expected_version=made.version)
    with pytest.raises(ConcurrentEditError, match="no longer exists"):
        get_contribution(database, made.id)
    action, entity_id, summary = audit_trail(database, "contribution")[-1]
    assert (action, entity_id) == ("delete", made.id)
    assert "Coventry miners' federation" in summary and "1942-1/001" in summary


def test_contributions_are_listed_with_what_is_left_to_allocate(
    database: Database, appeal: Appeal
) -> None:
    miners = create_contribution(database, gift_of(appeal))
    create_contribution(
        database,
        gift_of(
            appeal,
            donor=Donor.person(appeal.committee.edith),
            amount="0.50",
            receipt_number="1942-1/002",
            received_on=RECEIVED + dt.timedelta(days=30),
            receipt_issued_on=RECEIVED + dt.timedelta(days=30),
        ),
    )
    create_contribution(
        database,
        gift_of(appeal, donor=Donor.unnamed(), receipt_number=None, receipt_issued_on=None),
    )
    allocate(database, miners.id, appeal.shipment_id, "100.00")
    page = list_contributions(database, campaign_id=appeal.campaign_id)
    assert page.total == 3
    assert [(r.donor, r.amount, r.unallocated) for r in page.rows] == [
        ("Edith Cole", Money(Decimal("0.50"), "GBP"), Money(Decimal("0.50"), "GBP")),
        ("Coventry miners' federation", Money(Decimal(150), "GBP"), Money(Decimal(50), "GBP")),
        ("Anonymous", Money(Decimal(150), "GBP"), Money(Decimal(150), "GBP")),
    ]
    assert [r.donor for r in list_contributions(database, ListQuery("MINERS")).rows] == [
        "Coventry miners' federation"
    ]
    assert [r.receipt_number for r in list_contributions(database, ListQuery("1/002")).rows] == [
        "1942-1/002"
    ]
    by_amount = list_contributions(database, ListQuery(sort="amount"))
    assert by_amount.rows[0].amount == Money(Decimal("0.50"), "GBP")
    assert list_contributions(database, campaign_id=999).total == 0
