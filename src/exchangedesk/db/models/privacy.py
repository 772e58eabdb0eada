"""What a person consented to about their data (photos, sharing with the partner committee...):
when, how, by whom (a minor's guardian), and when it was withdrawn.

Not the exchange guardians' consents of :mod:`exchangedesk.db.models.exchanges` (travel, host
family), which a placement rests on; these are about personal data and stay per person."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from exchangedesk.db.base import Base, IdMixin, TimestampMixin
from exchangedesk.domain.privacy import ConsentMethod, ConsentPurpose


class PrivacyConsent(IdMixin, TimestampMixin, Base):
    __tablename__ = "privacy_consents"
    __table_args__ = (
        CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= given_on", name="withdrawn_not_before_given"
        ),
        Index("ix_privacy_consents_person_id", "person_id"),
    )

    # The row stays when the person is erased ("Erased person 12"): the proof that there was
    # a consent, and until when, outlives the data it was about.
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    purpose: Mapped[ConsentPurpose]
    given_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[ConsentMethod]
    # For a minor, the guardian who consented; empty when the person consented themselves.
    given_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
