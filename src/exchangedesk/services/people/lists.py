"""People and organisations: the committee's contacts.

Lists show names, organisation, role and contact details only. Passport, health and family
details live in ``PersonSensitive`` and are never selected here: a list cannot leak what it
never loaded. The same holds for :func:`get_person` (the detail pane and the editor's first
tab) and :func:`find_people` (pickers). Sensitive details are read only through
``people_edit.reveal_sensitive``, which records who looked.

Editing lives in ``people_edit``, the duplicate check in ``people_duplicates``, merging two
records of one person in ``people_merge``, organisations' editing in ``organisations``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, or_, select
from sqlalchemy.orm import Session

from exchangedesk.db import search_index
from exchangedesk.db.models import City, Organisation, Person
from exchangedesk.db.session import Database
from exchangedesk.domain.countries import country_name
from exchangedesk.domain.enums import OrganisationKind
from exchangedesk.domain.errors import ConcurrentEditError
from exchangedesk.domain.languages import parse_languages
from exchangedesk.domain.people import PersonDraft, native_full_name
from exchangedesk.domain.text import fold
from exchangedesk.services.common.paging import (
    FIRST_PAGE,
    ListQuery,
    Page,
    Term,
    child_count,
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
        return native_full_name(self.given_name_native, self.family_name_native)


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
    """People matching the filter in any of their names, their organisation's or their city's (the
    list shows it); by family name."""
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
    terms = query.terms()
    indexed = search_index.usable(database.engine.dialect.name) and bool(terms)

    def matches(term: Term) -> ColumnElement[bool]:
        return or_(
            folded_match(term, Person.search_key, Organisation.search_key, City.search_key),
            text_match(term, Person.role, Person.email),
        )

    if not indexed:  # PostgreSQL: its pg_trgm indexes (revision 0007) answer these LIKEs
        statement = filter_terms(statement, query, matches)
    with database.reading() as session:
        total = None
        if indexed:
            # The trigram index holds the same five texts (revisions 0006, 0014_words16); words of one or two
            # letters are read from its narrow text, counted there without joining anything.
            found = search_index.find(
                session,
                search_index.PEOPLE_SEARCH,
                Person.id,
                [[term.folded, term.typed] for term in terms],
            )
            statement, total = statement.where(found.where), found.total
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=PEOPLE_SORT_COLUMNS,
            default_sort=[Person.family_name, Person.given_name],
            tiebreak=Person.id,
            make_row=lambda record: PersonRow(*record),
            total=total,
        )


PEOPLE_COUNT = child_count(Person.organisation_id, Organisation)

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


# --- one person ------------------------------------------------------------------------------


def place_label(name: str | None, native: str | None, country: str | None) -> str | None:
    """ "Volgograd (Волгоград), Russia", as the city pickers show a city."""
    if not name:
        return None
    named = f"{name} ({native})" if native and native != name else name
    return f"{named}, {country_name(country)}" if country else named


@dataclass(frozen=True)
class PersonDetail:
    """A person as the detail pane and the editor show them: everything but the sensitive
    details, with the names of the organisation and city they are linked to."""

    id: int
    version: int
    draft: PersonDraft
    organisation: str | None
    city: str | None  # "Volgograd (Волгоград), Russia"
    created_at: dt.datetime
    updated_at: dt.datetime
    city_country_code: str | None = None  # so the window can name the country in its language

    @property
    def name(self) -> str:
        return self.draft.name

    @property
    def native_name(self) -> str | None:
        return self.draft.native_name


def person_draft(person: Person) -> PersonDraft:
    return PersonDraft(
        family_name=person.family_name,
        given_name=person.given_name,
        given_name_native=person.given_name_native,
        family_name_native=person.family_name_native,
        salutation=person.salutation,
        form_of_address=person.form_of_address,
        organisation_id=person.organisation_id,
        role=person.role,
        gender=person.gender,
        languages=parse_languages(person.languages),
        email=person.email,
        phone=person.phone,
        address=person.address,
        city_id=person.city_id,
        notes=person.notes,
    )


def person_detail(session: Session, person_id: int) -> PersonDetail:
    """Inside a unit of work: the detail of one person (never their sensitive row)."""
    found = session.execute(
        select(Person, Organisation.name, City.name, City.native_name, City.country_code)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .outerjoin(City, Person.city_id == City.id)
        .where(Person.id == person_id)
    ).first()
    if found is None:
        raise ConcurrentEditError(f"person #{person_id} no longer exists (deleted or merged)")
    person, organisation, city, city_native, country = found
    return PersonDetail(
        id=person.id,
        version=person.version_id,
        draft=person_draft(person),
        organisation=organisation,
        city=place_label(city, city_native, country),
        created_at=person.created_at,
        updated_at=person.updated_at,
        city_country_code=country,
    )


def get_person(database: Database, person_id: int) -> PersonDetail:
    with database.reading() as session:
        return person_detail(session, person_id)


@dataclass(frozen=True)
class PersonChoice:
    """One line of a person picker."""

    id: int
    name: str
    native_name: str | None
    organisation: str | None

    @property
    def label(self) -> str:
        text = f"{self.name} ({self.native_name})" if self.native_name else self.name
        return f"{text} — {self.organisation}" if self.organisation else text


def find_people(
    database: Database, text: str, *, limit: int = 20, exclude_id: int | None = None
) -> list[PersonChoice]:
    """People with every word of *text* in one of their names (any script, folded); exact
    family names first."""
    words = [fold(word) for word in (text or "").split() if fold(word)]
    statement = select(
        Person.id,
        Person.given_name,
        Person.family_name,
        Person.given_name_native,
        Person.family_name_native,
        Organisation.name,
    ).outerjoin(Organisation, Person.organisation_id == Organisation.id)
    for word in words:
        statement = statement.where(Person.search_key.contains(word, autoescape=True))
    if exclude_id is not None:
        statement = statement.where(Person.id != exclude_id)
    if words:
        bounded = "|" + Person.search_key + "|"
        statement = statement.order_by(
            case((bounded.contains(f"|{words[-1]}|", autoescape=True), 0), else_=1)
        )
    statement = statement.order_by(Person.family_name, Person.given_name, Person.id).limit(limit)
    with database.reading() as session:
        return [
            PersonChoice(
                id=row[0],
                name=" ".join(p for p in (row[1], row[2]) if p),
                native_name=native_full_name(row[3], row[4]),
                organisation=row[5],
            )
            for row in session.execute(statement)
        ]
