"""Delegations: visits the committee receives (incoming) and sends (outgoing)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from exchangedesk.db import search_index
from exchangedesk.db.models import City, Delegation, DelegationMember, Partnership, Person
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, Direction
from exchangedesk.services.common.paging import (
    FIRST_PAGE,
    ListQuery,
    Page,
    child_count,
    fetch_page,
    filter_terms,
    folded_match,
    lifecycle_order,
    text_match,
)


@dataclass(frozen=True)
class DelegationRow:
    id: int
    title: str
    direction: Direction
    partnership_id: int
    city_a: str
    city_b: str
    arrival_on: dt.date
    departure_on: dt.date
    status: DelegationStatus
    member_count: int
    head: str | None  # "Given Family" in Latin letters
    purpose: str | None
    notes: str | None

    @property
    def cities(self) -> str:
        return f"{self.city_a} – {self.city_b}"


CityA = aliased(City, name="city_a")
CityB = aliased(City, name="city_b")
Head = aliased(Person, name="head")

MEMBER_COUNT = child_count(DelegationMember.delegation_id, Delegation)

SORT_COLUMNS = {
    "title": Delegation.title,
    "direction": Delegation.direction,
    "cities": CityB.name,
    "arrival_on": Delegation.arrival_on,
    "departure_on": Delegation.departure_on,
    "status": lifecycle_order(Delegation.status, DelegationStatus),
    "member_count": MEMBER_COUNT,
}


def list_delegations(database: Database, query: ListQuery = FIRST_PAGE) -> Page[DelegationRow]:
    """Delegations matching the filter in their title, partner cities or head; latest first."""
    statement = (
        select(
            Delegation.id,
            Delegation.title,
            Delegation.direction,
            Delegation.partnership_id,
            CityA.name,
            CityB.name,
            Delegation.arrival_on,
            Delegation.departure_on,
            Delegation.status,
            MEMBER_COUNT,
            (Head.given_name + " " + Head.family_name),
            Delegation.purpose,
            Delegation.notes,
        )
        .join(Partnership, Delegation.partnership_id == Partnership.id)
        .join(CityA, Partnership.city_a_id == CityA.id)
        .join(CityB, Partnership.city_b_id == CityB.id)
        .outerjoin(Head, Delegation.head_person_id == Head.id)
    )
    terms = query.terms()
    indexed = search_index.usable(database.engine.dialect.name) and bool(terms)
    if not indexed:  # PostgreSQL: its pg_trgm indexes (revision 0007) answer these LIKEs
        statement = filter_terms(
            statement,
            query,
            lambda term: or_(
                text_match(term, Delegation.title),
                folded_match(term, CityA.search_key, CityB.search_key, Head.search_key),
            ),
        )
    with database.reading() as session:
        total = None
        if indexed:
            # The index holds the title and the cities' and head's folded keys of every
            # delegation (revision 0011_perf2): one narrow read instead of four look-ups a row.
            found = search_index.find(
                session,
                search_index.DELEGATIONS_SEARCH,
                Delegation.id,
                [[term.folded, term.typed] for term in terms],
            )
            statement, total = statement.where(found.where), found.total
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=SORT_COLUMNS,
            default_sort=[Delegation.arrival_on.desc()],
            tiebreak=Delegation.id,
            make_row=lambda record: DelegationRow(*record),
            total=total,
        )
