"""The correspondence register: every letter, itinerary, manifest and report sent out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from exchangedesk.db.models import (
    Delegation,
    Document,
    ExchangeProgramme,
    Gift,
    Organisation,
    Person,
    Shipment,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DocumentKind
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
class DocumentRow:
    id: int
    kind: DocumentKind
    title: str
    issued_on: dt.date
    language: str | None  # "en", or "en+ru" for a bilingual letter
    recipient: str | None  # in words: the text typed, else the person or organisation
    concerning: str | None  # the delegation, programme, gift or shipment it is about
    template: str | None
    notes: str | None


RECIPIENT = func.coalesce(
    Document.recipient_text,
    Person.given_name + " " + Person.family_name,
    Organisation.name,
)
CONCERNING = func.coalesce(
    Delegation.title, ExchangeProgramme.title, Gift.title, Shipment.reference
)

SORT_COLUMNS = {
    "kind": Document.kind,
    "title": Document.title,
    "issued_on": Document.issued_on,
    "recipient": RECIPIENT,
    "concerning": CONCERNING,
    "language": Document.language,
}


def list_documents(database: Database, query: ListQuery = FIRST_PAGE) -> Page[DocumentRow]:
    """Register entries matching the filter in title or recipient; the latest first."""
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
    )
    statement = filter_terms(
        statement,
        query,
        lambda term: or_(
            text_match(term, Document.title, Document.recipient_text, Delegation.title),
            folded_match(term, Person.search_key, Organisation.search_key),
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
