"""Entering generated letters, receipts and reports in the correspondence register.

Every letter, donation receipt and report the program prints is recorded as a :class:`Document` row — template, recipient,
delegation and partnership, date, language ("en" or "en+ru") — with the PDF itself stored as an
attachment (under a generated name in the ``attachments`` folder beside the database) when the
attachment store is part of this installation, so it can be reprinted exactly as sent. The
entry also keeps what is needed to make it again when that copy is lost: a receipt's
contribution, a report's campaign or partnership, and the people a visa letter names.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select

from exchangedesk.db.models import Document, DocumentPerson
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DocumentKind

log = logging.getLogger(__name__)

LETTER_PURPOSE = "letter"


@dataclass(frozen=True)
class RegisterEntry:
    document_id: int
    attachment_id: int | None  # None when the file could not be kept (see the log)


@dataclass(frozen=True)
class GeneratedDocument:
    """What the register needs to know about a document that was just printed."""

    kind: DocumentKind
    template: str | None
    title: str
    issued_on: dt.date
    language: str | None
    partnership_id: int | None
    delegation_id: int | None = None
    gift_id: int | None = None
    recipient_person_id: int | None = None
    recipient_organisation_id: int | None = None
    recipient_text: str | None = None
    file_name: str = "document.pdf"
    shipment_id: int | None = None
    contribution_id: int | None = None  # a donation receipt
    campaign_id: int | None = None  # a receipt's or an aid report's campaign
    # Whom it names beyond the recipient, in its order: a visa letter's members.
    person_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class RegisteredDocument:
    """One register entry with what a reprint needs: the stored file, or the inputs to make
    the document again."""

    id: int
    kind: DocumentKind
    title: str
    template: str | None
    issued_on: dt.date
    language: str | None
    partnership_id: int | None
    delegation_id: int | None
    recipient_person_id: int | None
    attachment_id: int | None
    shipment_id: int | None = None
    contribution_id: int | None = None
    campaign_id: int | None = None
    person_ids: tuple[int, ...] = ()  # a visa letter's members, in its order


def registered_document(database: Database, document_id: int) -> RegisteredDocument:
    from exchangedesk.domain.errors import ValidationError

    with database.reading() as session:
        row = session.get(Document, document_id)
        if row is None:
            raise ValidationError("document", f"register entry {document_id} no longer exists")
        return RegisteredDocument(
            id=row.id,
            kind=row.kind,
            title=row.title,
            template=row.template,
            issued_on=row.issued_on,
            language=row.language,
            partnership_id=row.partnership_id,
            delegation_id=row.delegation_id,
            recipient_person_id=row.recipient_person_id,
            attachment_id=row.attachment_id,
            shipment_id=row.shipment_id,
            contribution_id=row.contribution_id,
            campaign_id=row.campaign_id,
            person_ids=tuple(
                session.scalars(
                    select(DocumentPerson.person_id)
                    .where(DocumentPerson.document_id == row.id)
                    .order_by(DocumentPerson.position)
                )
            ),
        )


def record_document(
    database: Database, document: GeneratedDocument, pdf: bytes | None
) -> RegisterEntry:
    """One register row for ``document``; the PDF is stored with it when possible."""
    attachment_id = _store_pdf(database, document, pdf) if pdf is not None else None
    with database.unit_of_work() as session:
        row = Document(
            kind=document.kind,
            template=document.template,
            title=document.title[:300],
            issued_on=document.issued_on,
            language=document.language,
            recipient_person_id=document.recipient_person_id,
            recipient_organisation_id=document.recipient_organisation_id,
            recipient_text=(document.recipient_text or None)
            if document.recipient_person_id is None
            else None,
            partnership_id=document.partnership_id,
            delegation_id=document.delegation_id,
            gift_id=document.gift_id,
            shipment_id=document.shipment_id,
            contribution_id=document.contribution_id,
            campaign_id=document.campaign_id,
            attachment_id=attachment_id,
        )
        session.add(row)
        session.flush()
        for position, person_id in enumerate(dict.fromkeys(document.person_ids)):
            session.add(DocumentPerson(document_id=row.id, person_id=person_id, position=position))
        session.flush()
        return RegisterEntry(row.id, attachment_id)


@dataclass(frozen=True)
class AidFacts:
    """Where an aid document belongs in the register: its partnership and, for a receipt,
    the donor it is addressed to."""

    partnership_id: int | None
    campaign_id: int
    donor_person_id: int | None = None
    donor_organisation_id: int | None = None
    donor_text: str | None = None


def contribution_facts(database: Database, contribution_id: int) -> AidFacts:
    from exchangedesk.db.models import AidCampaign, Contribution

    with database.reading() as session:
        gift = session.get(Contribution, contribution_id)
        campaign = session.get(AidCampaign, gift.campaign_id)
        return AidFacts(
            partnership_id=campaign.partnership_id,
            campaign_id=campaign.id,
            donor_person_id=gift.donor_person_id,
            donor_organisation_id=gift.donor_organisation_id,
            donor_text=gift.donor_text,
        )


def campaign_facts(database: Database, campaign_id: int) -> AidFacts:
    from exchangedesk.db.models import AidCampaign

    with database.reading() as session:
        campaign = session.get(AidCampaign, campaign_id)
        return AidFacts(partnership_id=campaign.partnership_id, campaign_id=campaign.id)


def _store_pdf(database: Database, document: GeneratedDocument, pdf: bytes) -> int | None:
    try:  # the attachment store is written alongside this module; reuse it when present
        from exchangedesk.services.common.attachments import attach_bytes
    except ImportError:
        log.info("attachment store not available: the register entry is kept without its file")
        return None
    if document.partnership_id is None:
        return None  # the store files attachments under a partnership
    stored = attach_bytes(
        database,
        document.partnership_id,
        pdf,
        document.file_name,
        title=document.title,
        purpose=LETTER_PURPOSE,
    )
    return stored.id
