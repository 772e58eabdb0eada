"""Partnerships: the register of the committee's twin, sister, partner and friendship cities."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from exchangedesk.db.models import City, Partnership
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import PartnershipKind, PartnershipStatus
from exchangedesk.services.paging import (
    FIRST_PAGE,
    ListQuery,
    Page,
    fetch_page,
    filter_terms,
    folded_match,
    lifecycle_order,
)


@dataclass(frozen=True)
class PartnershipRow:
    id: int
    city_a: str
    city_a_native: str | None
    country_a: str  # ISO 3166-1 alpha-2
    city_b: str
    city_b_native: str | None
    country_b: str
    kind: PartnershipKind
    status: PartnershipStatus
    signed_on: dt.date | None
    ended_on: dt.date | None
    signatories: str | None
    notes: str | None

    @property
    def cities(self) -> str:
        return f"{self.city_a} – {self.city_b}"


CityA = aliased(City, name="city_a")
CityB = aliased(City, name="city_b")

SORT_COLUMNS = {
    "city_a": CityA.name,
    "city_b": CityB.name,
    "country_b": CityB.country_code,
    "kind": lifecycle_order(Partnership.kind, PartnershipKind),
    "status": lifecycle_order(Partnership.status, PartnershipStatus),
    "signed_on": Partnership.signed_on,
}


def list_partnerships(database: Database, query: ListQuery = FIRST_PAGE) -> Page[PartnershipRow]:
    """Partnerships whose cities match every word of the filter (any name, any script)."""
    statement = (
        select(
            Partnership.id,
            CityA.name,
            CityA.native_name,
            CityA.country_code,
            CityB.name,
            CityB.native_name,
            CityB.country_code,
            Partnership.kind,
            Partnership.status,
            Partnership.signed_on,
            Partnership.ended_on,
            Partnership.signatories,
            Partnership.notes,
        )
        .join(CityA, Partnership.city_a_id == CityA.id)
        .join(CityB, Partnership.city_b_id == CityB.id)
    )
    statement = filter_terms(
        statement, query, lambda term: folded_match(term, CityA.search_key, CityB.search_key)
    )
    with database.reading() as session:
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=SORT_COLUMNS,
            default_sort=[CityA.name, CityB.name],
            tiebreak=Partnership.id,
            make_row=lambda record: PartnershipRow(*record),
        )
