"""Entering generated letters and itineraries in the correspondence register.

Every letter the program prints is recorded as a :class:`Document` row — template, recipient,
delegation and partnership, date, language ("en" or "en+ru") — with the PDF itself stored as an
attachment (under a generated name in the ``attachments`` folder beside the database) when the
attachment store is part of this installation, so it can be reprinted exactly as sent.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from exchangedesk.db.models import Document
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
            attachment_id=attachment_id,
        )
        session.add(row)
        session.flush()
        return RegisterEntry(row.id, attachment_id)


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
