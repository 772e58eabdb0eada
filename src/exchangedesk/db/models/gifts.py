"""Gifts given and received, and where each one has been kept since."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from exchangedesk.db.base import CURRENCY, Base, IdMixin, TimestampMixin, VersionedMixin
from exchangedesk.domain.enums import GiftDirection


class Gift(IdMixin, TimestampMixin, VersionedMixin, Base):
    """The thank-you letter is the Document in the correspondence register that names the gift."""

    __tablename__ = "gifts"
    __table_args__ = (
        CheckConstraint(
            "estimated_value IS NULL OR estimated_value >= 0", name="value_non_negative"
        ),
        CheckConstraint(
            "estimated_value IS NULL OR currency IS NOT NULL", name="value_has_currency"
        ),
        Index("ix_gifts_partnership_id", "partnership_id"),
        Index("ix_gifts_given_on", "given_on"),
        Index("ix_gifts_delegation_id", "delegation_id"),
    )

    direction: Mapped[GiftDirection]
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnerships.id", ondelete="SET NULL")
    )
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegations.id", ondelete="SET NULL")
    )
    occasion: Mapped[str | None] = mapped_column(String(300))  # "50th anniversary"
    given_on: Mapped[dt.date | None] = mapped_column(Date)
    # Giver and receiver: a city, an organisation or a person; the text says it in words.
    from_city_id: Mapped[int | None] = mapped_column(ForeignKey("cities.id", ondelete="SET NULL"))
    from_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    from_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    from_text: Mapped[str | None] = mapped_column(String(300))
    to_city_id: Mapped[int | None] = mapped_column(ForeignKey("cities.id", ondelete="SET NULL"))
    to_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    to_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    to_text: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(100))  # textile, artwork, book, plaque...
    estimated_value: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(CURRENCY)

    custody: Mapped[list[GiftCustody]] = relationship(
        back_populates="gift", cascade="all, delete-orphan", order_by="GiftCustody.since_on"
    )


class GiftCustody(IdMixin, TimestampMixin, Base):
    """One place a gift was kept, from a date on; the latest entry is where it is now."""

    __tablename__ = "gift_custody"
    __table_args__ = (Index("ix_gift_custody_gift_id", "gift_id"),)

    gift_id: Mapped[int] = mapped_column(ForeignKey("gifts.id", ondelete="CASCADE"))
    since_on: Mapped[dt.date] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(300))  # "Stalingrad Panorama Museum"
    custodian: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)

    gift: Mapped[Gift] = relationship(back_populates="custody")
