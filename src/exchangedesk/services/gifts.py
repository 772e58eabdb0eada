"""Gifts given and received, with where each one is kept now."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from exchangedesk.db.models import City, Gift, GiftCustody, Organisation, Person
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import GiftDirection
from exchangedesk.services.paging import (
    FIRST_PAGE,
    ListQuery,
    Page,
    fetch_page,
    filter_terms,
    folded_match,
    text_match,
)


@dataclass(frozen=True)
class GiftRow:
    id: int
    title: str
    direction: GiftDirection
    given_on: dt.date | None
    occasion: str | None
    giver: str | None  # in words: the text typed, else the organisation, person or city
    receiver: str | None
    category: str | None
    estimated_value: Decimal | None
    currency: str | None
    kept_at: str | None  # the latest custody entry: where the gift is now
    description: str | None


FromCity = aliased(City, name="from_city")
ToCity = aliased(City, name="to_city")
FromOrg = aliased(Organisation, name="from_org")
ToOrg = aliased(Organisation, name="to_org")
FromPerson = aliased(Person, name="from_person")
ToPerson = aliased(Person, name="to_person")

KEPT_AT = (
    select(GiftCustody.location)
    .where(GiftCustody.gift_id == Gift.id)
    .order_by(GiftCustody.since_on.desc(), GiftCustody.id.desc())
    .limit(1)
    .correlate(Gift)
    .scalar_subquery()
)


def _party(text: Any, organisation: Any, person: Any, city: Any) -> Any:
    """Who gave or received, in words: the text typed, else organisation, person or city."""
    return func.coalesce(
        text, organisation.name, person.given_name + " " + person.family_name, city.name
    )


GIVER = _party(Gift.from_text, FromOrg, FromPerson, FromCity)
RECEIVER = _party(Gift.to_text, ToOrg, ToPerson, ToCity)

SORT_COLUMNS = {
    "title": Gift.title,
    "direction": Gift.direction,
    "given_on": Gift.given_on,
    "giver": GIVER,
    "receiver": RECEIVER,
    "category": Gift.category,
    "kept_at": KEPT_AT,
}


def list_gifts(database: Database, query: ListQuery = FIRST_PAGE) -> Page[GiftRow]:
    """Gifts matching the filter in their title, occasion or category, or by giver or
    receiver (any name, any script); the latest first."""
    statement = (
        select(
            Gift.id,
            Gift.title,
            Gift.direction,
            Gift.given_on,
            Gift.occasion,
            GIVER,
            RECEIVER,
            Gift.category,
            Gift.estimated_value,
            Gift.currency,
            KEPT_AT,
            Gift.description,
        )
        .outerjoin(FromCity, Gift.from_city_id == FromCity.id)
        .outerjoin(ToCity, Gift.to_city_id == ToCity.id)
        .outerjoin(FromOrg, Gift.from_organisation_id == FromOrg.id)
        .outerjoin(ToOrg, Gift.to_organisation_id == ToOrg.id)
        .outerjoin(FromPerson, Gift.from_person_id == FromPerson.id)
        .outerjoin(ToPerson, Gift.to_person_id == ToPerson.id)
    )
    statement = filter_terms(
        statement,
        query,
        lambda term: or_(
            text_match(
                term, Gift.title, Gift.occasion, Gift.category, Gift.from_text, Gift.to_text
            ),
            folded_match(
                term,
                FromCity.search_key,
                ToCity.search_key,
                FromOrg.search_key,
                ToOrg.search_key,
                FromPerson.search_key,
                ToPerson.search_key,
            ),
        ),
    )
    with database.reading() as session:
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=SORT_COLUMNS,
            default_sort=[Gift.given_on.is_(None), Gift.given_on.desc()],
            tiebreak=Gift.id,
            make_row=lambda record: GiftRow(*record),
        )
