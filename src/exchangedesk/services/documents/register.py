"""The correspondence register: every letter, itinerary, manifest and report sent out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from exchangedesk.db.models import (
    City,
    Delegation,
    Document,
    ExchangeProgramme,
    Gift,
    Organisation,
    Partnership,
    Person,
    Shipment,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DocumentKind
from exchangedesk.services.common.paging import (
    FIRST_PAGE,
    ListQuery,
    Page,
    fetch_page,
    filter_terms,
    folded_match,
    text_match,
)


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: DocumentKind
    title: str
    issued_on: dt.date
    language: str | None  # "en", or "en+ru" for a bilingual letter
    recipient: str | None  # in words: the text typed, else the person or organisation
    concerning: str | None  # the delegation, programme, gift, shipment or partnership
    template: str | None
    notes: str | None


RECIPIENT = func.coalesce(
    Document.recipient_text,
    Person.given_name + " " + Person.family_name,
    Organisation.name,
)
CityA = aliased(City, name="city_a")
CityB = aliased(City, name="city_b")
CONCERNING = func.coalesce(
    Delegation.title,
    ExchangeProgramme.title,
    Gift.title,
    Shipment.reference,
    CityA.name + " – " + CityB.name,
)

SORT_COLUMNS = {
    "kind": Document.kind,
    "title": Document.title,
    "issued_on": Document.issued_on,
    "recipient": RECIPIENT,
    "concerning": CONCERNING,
    "language": Document.language,
}


@dataclass(frozen=True)
class RegisterFilter:
    """The register's filter bar beyond the typed text: a kind and a span of issue dates."""

    kind: DocumentKind | None = None
    issued_from: dt.date | None = None
    issued_to: dt.date | None = None


ALL_DOCUMENTS = RegisterFilter()


def list_documents(
    database: Database, query: ListQuery = FIRST_PAGE, filters: RegisterFilter = ALL_DOCUMENTS
) -> Page[DocumentRow]:
    """Register entries matching the filter in title, recipient or partner city (and the
    kind and dates of ``filters``); latest first."""
    statement = (
        select(
            Document.id,
            Document.kind,
            Document.title,
            Document.issued_on,
            Document.language,
            RECIPIENT,
            CONCERNING,
            Document.template,
            Document.notes,
        )
        .outerjoin(Person, Document.recipient_person_id == Person.id)
        .outerjoin(Organisation, Document.recipient_organisation_id == Organisation.id)
        .outerjoin(Delegation, Document.delegation_id == Delegation.id)
        .outerjoin(ExchangeProgramme, Document.programme_id == ExchangeProgramme.id)
        .outerjoin(Gift, Document.gift_id == Gift.id)
        .outerjoin(Shipment, Document.shipment_id == Shipment.id)
        .outerjoin(Partnership, Document.partnership_id == Partnership.id)
        .outerjoin(CityA, Partnership.city_a_id == CityA.id)
        .outerjoin(CityB, Partnership.city_b_id == CityB.id)
    )
    if filters.kind is not None:
        statement = statement.where(Document.kind == filters.kind)
    if filters.issued_from is not None:
        statement = statement.where(Document.issued_on >= filters.issued_from)
    if filters.issued_to is not None:
        statement = statement.where(Document.issued_on <= filters.issued_to)
    statement = filter_terms(
        statement,
        query,
        lambda term: or_(
            text_match(term, Document.title, Document.recipient_text, Delegation.title),
            folded_match(
                term, Person.search_key, Organisation.search_key, CityA.search_key, CityB.search_key
            ),
        ),
    )
    with database.reading() as session:
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=SORT_COLUMNS,
            default_sort=[Document.issued_on.desc()],
            tiebreak=Document.id,
            make_row=lambda record: DocumentRow(*record),
        )
