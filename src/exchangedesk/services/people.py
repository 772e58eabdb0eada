"""People and organisations: the committee's contacts.

Lists show names, organisation, role and contact details only. Passport, health and family
details live in ``PersonSensitive`` and are never selected here: a list cannot leak what it
never loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from exchangedesk.db.models import City, Organisation, Person
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import OrganisationKind
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
class PersonRow:
    id: int
    given_name: str  # Latin transliteration
    family_name: str
    given_name_native: str | None  # in the person's own script
    family_name_native: str | None
    salutation: str | None
    organisation: str | None
    role: str | None
    city: str | None
    country: str | None
    languages: str | None
    email: str | None
    phone: str | None

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def native_name(self) -> str | None:
        parts = [p for p in (self.given_name_native, self.family_name_native) if p]
        return " ".join(parts) or None


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    native_name: str | None
    kind: OrganisationKind
    city: str | None
    country: str | None
    email: str | None
    phone: str | None
    website: str | None
    people_count: int


PEOPLE_SORT_COLUMNS = {
    "name": Person.family_name,
    "given_name": Person.given_name,
    "native_name": Person.family_name_native,
    "organisation": Organisation.name,
    "role": Person.role,
    "city": City.name,
}


def list_people(database: Database, query: ListQuery = FIRST_PAGE) -> Page[PersonRow]:
    """People matching the filter in any of their names or their organisation's; by family name."""
    statement = (
        select(
            Person.id,
            Person.given_name,
            Person.family_name,
            Person.given_name_native,
            Person.family_name_native,
            Person.salutation,
            Organisation.name,
            Person.role,
            City.name,
            City.country_code,
            Person.languages,
            Person.email,
            Person.phone,
        )
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .outerjoin(City, Person.city_id == City.id)
    )
    statement = filter_terms(
        statement,
        query,
        lambda term: or_(
            folded_match(term, Person.search_key, Organisation.search_key),
            text_match(term, Person.role, Person.email),
        ),
    )
    with database.reading() as session:
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=PEOPLE_SORT_COLUMNS,
            default_sort=[Person.family_name, Person.given_name],
            tiebreak=Person.id,
            make_row=lambda record: PersonRow(*record),
        )


PEOPLE_COUNT = (
    select(func.count(Person.id))
    .where(Person.organisation_id == Organisation.id)
    .correlate(Organisation)
    .scalar_subquery()
)

ORGANISATION_SORT_COLUMNS = {
    "name": Organisation.name,
    "native_name": Organisation.native_name,
    "kind": Organisation.kind,
    "city": City.name,
    "people_count": PEOPLE_COUNT,
}


def list_organisations(database: Database, query: ListQuery = FIRST_PAGE) -> Page[OrganisationRow]:
    """Organisations matching the filter in any of their names or their city's; by name."""
    statement = select(
        Organisation.id,
        Organisation.name,
        Organisation.native_name,
        Organisation.kind,
        City.name,
        City.country_code,
        Organisation.email,
        Organisation.phone,
        Organisation.website,
        PEOPLE_COUNT,
    ).outerjoin(City, Organisation.city_id == City.id)
    statement = filter_terms(
        statement,
        query,
        lambda term: folded_match(term, Organisation.search_key, City.search_key),
    )
    with database.reading() as session:
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=ORGANISATION_SORT_COLUMNS,
            default_sort=[Organisation.name],
            tiebreak=Organisation.id,
            make_row=lambda record: OrganisationRow(*record),
        )
