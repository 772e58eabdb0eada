"""Aid campaigns: entered and corrected through the service, with each bad input named by
field, nothing half-saved, and a stale version refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from aid_support import (  # noqa: F401 - fixtures
    Committee,
    audit_trail,
    campaign_fields,
    committee_fixture,
    table_rows,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.money import Money
from exchangedesk.services.aid.campaigns import create_campaign, get_campaign, update_campaign
from exchangedesk.services.aid.lists import list_campaigns


def test_a_campaign_is_created_and_read_back(database: Database, committee: Committee) -> None:
    made = create_campaign(
        database,
        campaign_fields(
            committee,
            title="  Coventry   appeal for Stalingrad ",
            ends_on=dt.date(1943, 6, 30),
            target_amount="500.00",
            target_currency="gbp",
        ),
    )
    read = get_campaign(database, made.id)
    assert read == made
    assert read.fields.title == "Coventry appeal for Stalingrad"
    assert read.beneficiary_city == "Volgograd"
    assert read.partnership == "Coventry – Volgograd"
    assert read.target == Money(Decimal("500"), "GBP")
    assert read.version == 1
    assert list_campaigns(database).rows[0].title == "Coventry appeal for Stalingrad"
    assert audit_trail(database, "aid_campaign") == [
        ("create", made.id, "campaign 'Coventry appeal for Stalingrad'")
    ]


def test_a_campaign_without_target_or_partnership_is_fine(
    database: Database, committee: Committee
) -> None:
    made = create_campaign(
        database,
        campaign_fields(committee, partnership_id=None, target_amount="", target_currency="GBP"),
    )
    assert made.target is None and made.fields.target_currency is None
    assert made.partnership is None


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"title": "   "}, "title", "cannot be left empty"),
        ({"beneficiary_city_id": 999}, "beneficiary_city_id", "no city"),
        ({"partnership_id": 999}, "partnership_id", "no partnership"),
        ({"beneficiary_city_id": "dresden"}, "partnership_id", "does not include Dresden"),
        ({"ends_on": dt.date(1942, 10, 1)}, "ends_on", "before the start"),
        ({"starts_on": None}, "starts_on", "Give a date"),
        ({"target_amount": "500", "target_currency": "XYZ"}, "target_currency", "ISO 4217"),
        ({"target_amount": "500"}, "target_currency", "Give the currency"),
        ({"target_amount": "-1", "target_currency": "GBP"}, "target_amount", "zero or less"),
        ({"target_amount": "0", "target_currency": "GBP"}, "target_amount", "zero or less"),
        ({"target_amount": "12.345", "target_currency": "GBP"}, "target_amount", "GBP has"),
        ({"target_amount": "1000.5", "target_currency": "JPY"}, "target_amount", "JPY has"),
    ],
)
def test_bad_campaign_input_is_named_and_nothing_is_saved(
    database: Database, committee: Committee, changes: dict, field: str, words: str
) -> None:
    if changes.get("beneficiary_city_id") == "dresden":
        changes = {**changes, "beneficiary_city_id": committee.dresden}
    before = table_rows(database)
    with pytest.raises(ValidationError) as caught:
        create_campaign(database, campaign_fields(committee, **changes))
    assert caught.value.field == field
    assert words in caught.value.message
    assert table_rows(database) == before


def test_an_update_checks_the_version_it_was_read_at(
    database: Database, committee: Committee
) -> None:
    made = create_campaign(database, campaign_fields(committee))
    changed = update_campaign(
        database,
        made.id,
        replace(made.fields, purpose="Medical aid through the Red Cross"),
        expected_version=made.version,
    )
    assert changed.version == made.version + 1
    assert changed.fields.purpose == "Medical aid through the Red Cross"
    before = table_rows(database)
    with pytest.raises(ConcurrentEditError, match="was changed by "):
        update_campaign(
            database, made.id, replace(made.fields, title="Stale"), expected_version=made.version
        )
    assert table_rows(database) == before
    with pytest.raises(ConcurrentEditError, match="no longer exists"):
        update_campaign(database, 999, made.fields, expected_version=1)


def test_a_bad_update_leaves_the_campaign_as_it_was(
    database: Database, committee: Committee
) -> None:
    made = create_campaign(database, campaign_fields(committee))
    before = table_rows(database)
    with pytest.raises(ValidationError):
        update_campaign(
            database,
            made.id,
            replace(made.fields, title="New title", ends_on=dt.date(1900, 1, 1)),
            expected_version=made.version,
        )
    assert table_rows(database) == before
    assert get_campaign(database, made.id) == made
