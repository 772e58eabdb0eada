"""The gifts register: gifts entered and corrected with their value checked like money,
custody history that is only ever added to, and received gifts still owed a thank-you."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from aid_support import Committee, committee_fixture, table_rows  # noqa: F401 - fixtures
from sqlalchemy import select

from exchangedesk.db.models import Delegation, Document, GiftCustody
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction, DocumentKind, GiftDirection
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.money import Money
from exchangedesk.services.gifts.register import (
    GiftFields,
    Party,
    create_gift,
    get_gift,
    gift_history,
    list_gifts,
    move_gift,
    unthanked_gifts,
    update_gift,
)


def tablecloth(committee: Committee, **changes: object) -> GiftFields:
    fields = {
        "direction": GiftDirection.GIVEN,
        "title": "Tablecloth embroidered with 830 names",
        "giver": Party(city_id=committee.coventry, text="830 women of Coventry"),
        "receiver": Party(city_id=committee.volgograd),
        "given_on": dt.date(1944, 1, 1),
        "occasion": "Friendship during the war",
        "partnership_id": committee.coventry_volgograd,
        "category": "textile",
    }
    fields.update(changes)
    return GiftFields(**fields)  # type: ignore[arg-type]


def test_a_gift_is_entered_and_corrected(database: Database, committee: Committee) -> None:
    made = create_gift(database, tablecloth(committee))
    assert get_gift(database, made.id) == made
    assert made.giver == "830 women of Coventry" and made.receiver == "Volgograd"
    assert made.kept_at is None and not made.thanked
    valued = update_gift(
        database,
        made.id,
        replace(made.fields, estimated_value="250.00", currency="eur"),
        expected_version=made.version,
    )
    assert valued.estimated_value == Money(Decimal(250), "EUR")
    assert valued.version == made.version + 1
    assert list_gifts(database).rows[0].estimated_value == Decimal(250)
    before = table_rows(database)
    with pytest.raises(ConcurrentEditError):
        update_gift(database, made.id, made.fields, expected_version=made.version)
    assert table_rows(database) == before


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"title": " "}, "title", "cannot be left empty"),
        ({"direction": "lent"}, "direction", "given or received"),
        ({"estimated_value": "-1", "currency": "GBP"}, "estimated_value", "less than zero"),
        ({"estimated_value": "1.005", "currency": "GBP"}, "estimated_value", "GBP has 2"),
        ({"estimated_value": "99.5", "currency": "JPY"}, "estimated_value", "JPY has no"),
        ({"estimated_value": "100", "currency": "RUR"}, "currency", "ISO 4217"),
        ({"estimated_value": "100"}, "currency", "Give the currency"),
        ({"giver": Party(person_id=999)}, "giver", "no person"),
        ({"receiver": Party(organisation_id=999)}, "receiver", "no organisation"),
        ({"delegation_id": 999}, "delegation_id", "no delegation"),
        ({"partnership_id": 999}, "partnership_id", "no partnership"),
    ],
)
def test_bad_gifts_are_named_and_nothing_is_saved(
    database: Database, committee: Committee, changes: dict, field: str, words: str
) -> None:
    before = table_rows(database)
    with pytest.raises(ValidationError) as caught:
        create_gift(database, tablecloth(committee, **changes))
    assert caught.value.field == field
    assert words in caught.value.message
    assert table_rows(database) == before


def test_the_occasion_delegation_brings_its_partnership(
    database: Database, committee: Committee
) -> None:
    with database.unit_of_work() as session:
        visit = Delegation(
            partnership_id=committee.coventry_dresden,
            direction=Direction.INCOMING,
            title="Dresden visit",
            arrival_on=dt.date(2024, 11, 13),
            departure_on=dt.date(2024, 11, 16),
        )
        session.add(visit)
        session.flush()
        visit_id = visit.id
    plate = create_gift(
        database,
        tablecloth(
            committee,
            direction=GiftDirection.RECEIVED,
            title="Porcelain plate",
            partnership_id=None,
            delegation_id=visit_id,
        ),
    )
    assert plate.fields.partnership_id == committee.coventry_dresden
    with pytest.raises(ValidationError) as caught:
        create_gift(database, tablecloth(committee, delegation_id=visit_id))
    assert caught.value.field == "partnership_id"


def test_custody_history_is_only_added_to(database: Database, committee: Committee) -> None:
    gift = create_gift(database, tablecloth(committee))
    move_gift(database, gift.id, dt.date(1943, 1, 1), "Coventry", "May Adams")
    move_gift(database, gift.id, dt.date(1944, 1, 1), "Stalingrad", "City council")
    history = move_gift(
        database,
        gift.id,
        dt.date(1982, 1, 1),
        "  Panorama Museum, Volgograd ",
        None,
        "On display since the museum opened",
    )
    assert [m.location for m in history.moves] == [
        "Coventry",
        "Stalingrad",
        "Panorama Museum, Volgograd",
    ]
    assert history.now is not None and history.now.location == "Panorama Museum, Volgograd"
    first_rows = table_rows(database)["gift_custody"]
    # A move found later in the archives takes its place in date order; nothing is edited and
    # where the gift is now does not change.
    found = move_gift(database, gift.id, dt.date(1950, 5, 9), "Moscow exhibition", None, "Lent")
    assert [m.since_on.year for m in found.moves] == [1943, 1944, 1950, 1982]
    assert found.now == history.now
    assert set(first_rows) <= set(table_rows(database)["gift_custody"])
    assert get_gift(database, gift.id).kept_at == "Panorama Museum, Volgograd"
    assert gift_history(database, gift.id) == found
    before = table_rows(database)
    for since, where, field in (
        (None, "Somewhere", "since_on"),
        (dt.date(2000, 1, 1), "  ", "location"),
    ):
        with pytest.raises(ValidationError) as caught:
            move_gift(database, gift.id, since, where)  # type: ignore[arg-type]
        assert caught.value.field == field
    with pytest.raises(ConcurrentEditError):
        move_gift(database, 999, dt.date(2000, 1, 1), "Nowhere")
    assert table_rows(database) == before
    with database.reading() as session:
        assert session.scalar(select(GiftCustody.id).where(GiftCustody.gift_id == 999)) is None


def test_received_gifts_without_a_thank_you_are_listed(
    database: Database, committee: Committee
) -> None:
    given = create_gift(database, tablecloth(committee))
    samovar = create_gift(
        database,
        tablecloth(
            committee,
            direction=GiftDirection.RECEIVED,
            title="Samovar",
            given_on=dt.date(1970, 7, 24),
        ),
    )
    plate = create_gift(
        database,
        tablecloth(
            committee,
            direction=GiftDirection.RECEIVED,
            title="Porcelain plate",
            given_on=dt.date(2024, 11, 14),
            giver=Party(text="City of Dresden"),
        ),
    )
    assert [(g.title, g.giver) for g in unthanked_gifts(database)] == [
        ("Porcelain plate", "City of Dresden"),
        ("Samovar", "830 women of Coventry"),
    ]
    with database.unit_of_work() as session:
        session.add(
            Document(
                kind=DocumentKind.LETTER,
                title="Thank-you letter for the plate",
                issued_on=dt.date(2024, 11, 20),
                gift_id=plate.id,
            )
        )
    assert [g.id for g in unthanked_gifts(database)] == [samovar.id]
    assert get_gift(database, plate.id).thanked
    assert given.id not in {g.id for g in unthanked_gifts(database)}
