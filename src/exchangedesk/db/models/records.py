"""The paper trail: the correspondence register, stored files, and the audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from exchangedesk.db.base import Base, IdMixin, TimestampMixin
from exchangedesk.db.types import utc_now
from exchangedesk.domain.enums import DocumentKind


class Attachment(IdMixin, TimestampMixin, Base):
    """A stored file. It lives under a generated name; the name it came with is only metadata,
    so a hostile or clashing file name can never choose where it is written."""

    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint("size_bytes >= 0", name="size_non_negative"),
        Index("ix_attachments_partnership_id", "partnership_id"),
        Index("ix_attachments_gift_id", "gift_id"),
    )

    stored_name: Mapped[str] = mapped_column(String(100), unique=True)
    original_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str | None] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(String(300))
    # What the file is to its owner: agreement, photo, delivery_confirmation, consent...
    purpose: Mapped[str | None] = mapped_column(String(60))
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE")
    )
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegations.id", ondelete="CASCADE")
    )
    gift_id: Mapped[int | None] = mapped_column(ForeignKey("gifts.id", ondelete="CASCADE"))
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"))
    # Removing an attachment only marks it, so the removal can be undone; the file stays until
    # the removed rows are purged (services.attachments.purge_removed_attachments).
    removed_at: Mapped[dt.datetime | None]


class Document(IdMixin, TimestampMixin, Base):
    """One entry of the correspondence register: a generated letter, itinerary or report."""

    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_issued_on", "issued_on"),
        Index("ix_documents_recipient_person_id", "recipient_person_id"),
        # What the register holds for a partnership, directly or through a delegation,
        # programme or gift: the partnerships list's "last contact" looks them up per page.
        Index("ix_documents_partnership_id", "partnership_id"),
        Index("ix_documents_delegation_id", "delegation_id"),
        Index("ix_documents_programme_id", "programme_id"),
        Index("ix_documents_gift_id", "gift_id"),
    )

    kind: Mapped[DocumentKind]
    template: Mapped[str | None] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(300))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(20))  # "en" or "en+ru" for bilingual
    recipient_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    recipient_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    recipient_text: Mapped[str | None] = mapped_column(String(300))
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnerships.id", ondelete="SET NULL")
    )
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegations.id", ondelete="SET NULL")
    )
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipments.id", ondelete="SET NULL"))
    gift_id: Mapped[int | None] = mapped_column(ForeignKey("gifts.id", ondelete="SET NULL"))
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchange_programmes.id", ondelete="SET NULL")
    )
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )
    # A receipt names its contribution, an aid report its campaign: enough to print it again.
    contribution_id: Mapped[int | None] = mapped_column(
        ForeignKey("contributions.id", ondelete="SET NULL")
    )
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("aid_campaigns.id", ondelete="SET NULL")
    )
    notes: Mapped[str | None] = mapped_column(Text)


class DocumentPerson(Base):
    """A person a register entry names beyond its recipient: the members a visa letter asks
    visas for, in the order it lists them, so the same letter can be made again. Erasing a
    person (privacy) removes the line, not the entry."""

    __tablename__ = "document_people"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer)


class AuditEntry(IdMixin, Base):
    """Who changed what and when; written by services, never edited."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))  # create, update, delete, merge, import...
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str | None] = mapped_column(Text)
