"""Humanitarian aid: campaigns, contributions, shipments and the money traced between them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from exchangedesk.db.base import CURRENCY, Base, IdMixin, TimestampMixin, VersionedMixin
from exchangedesk.db.types import ScaledDecimal
from exchangedesk.domain.enums import ShipmentStatus


class AidCampaign(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "aid_campaigns"
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ends_not_before_start"),
        CheckConstraint("target_amount IS NULL OR target_amount >= 0", name="target_non_negative"),
        Index("ix_aid_campaigns_partnership_id", "partnership_id"),
    )

    title: Mapped[str] = mapped_column(String(300))
    beneficiary_city_id: Mapped[int] = mapped_column(ForeignKey("cities.id", ondelete="RESTRICT"))
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnerships.id", ondelete="SET NULL")
    )
    purpose: Mapped[str | None] = mapped_column(Text)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    target_amount: Mapped[Decimal | None]
    target_currency: Mapped[str | None] = mapped_column(CURRENCY)


class Contribution(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "contributions"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint(
            "NOT (anonymous AND (donor_person_id IS NOT NULL OR donor_organisation_id IS NOT NULL))",
            name="anonymous_has_no_donor",
        ),
        Index("ix_contributions_campaign_id", "campaign_id"),
        Index("ix_contributions_donor_person_id", "donor_person_id"),
    )

    campaign_id: Mapped[int] = mapped_column(ForeignKey("aid_campaigns.id", ondelete="RESTRICT"))
    donor_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT")
    )
    donor_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    donor_text: Mapped[str | None] = mapped_column(String(300))  # "Coventry miners' federation"
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(CURRENCY)
    received_on: Mapped[dt.date] = mapped_column(Date)
    receipt_number: Mapped[str | None] = mapped_column(String(60), unique=True)
    receipt_issued_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Shipment(IdMixin, TimestampMixin, VersionedMixin, Base):
    """The signed delivery confirmation is an Attachment with purpose 'delivery_confirmation'."""

    __tablename__ = "shipments"
    __table_args__ = (Index("ix_shipments_campaign_id", "campaign_id"),)

    campaign_id: Mapped[int] = mapped_column(ForeignKey("aid_campaigns.id", ondelete="RESTRICT"))
    reference: Mapped[str] = mapped_column(String(60))
    carrier: Mapped[str | None] = mapped_column(String(200))
    tracking_reference: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[ShipmentStatus] = mapped_column(default=ShipmentStatus.PLANNED)
    notes: Mapped[str | None] = mapped_column(Text)

    lines: Mapped[list[ShipmentLine]] = relationship(
        back_populates="shipment", cascade="all, delete-orphan"
    )


class ShipmentLine(IdMixin, Base):
    __tablename__ = "shipment_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_value >= 0", name="unit_value_non_negative"),
        CheckConstraint("weight_kg IS NULL OR weight_kg >= 0", name="weight_non_negative"),
        Index("ix_shipment_lines_shipment_id", "shipment_id"),
    )

    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(ScaledDecimal(3))
    unit: Mapped[str] = mapped_column(String(30))  # pcs, kg, box, l
    unit_value: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(CURRENCY)
    box_code: Mapped[str | None] = mapped_column(String(60))
    weight_kg: Mapped[Decimal | None] = mapped_column(ScaledDecimal(3))
    expires_on: Mapped[dt.date | None] = mapped_column(Date)

    shipment: Mapped[Shipment] = relationship(back_populates="lines")


class ShipmentStatusChange(IdMixin, TimestampMixin, Base):
    """Append-only history; a correction is a new row marked as a reversal, never an edit."""

    __tablename__ = "shipment_status_changes"
    __table_args__ = (Index("ix_shipment_status_changes_shipment_id", "shipment_id"),)

    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"))
    status: Mapped[ShipmentStatus]
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    is_reversal: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)


class Allocation(IdMixin, TimestampMixin, Base):
    """Part of a contribution spent on a shipment, in the contribution's currency."""

    __tablename__ = "allocations"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        UniqueConstraint("contribution_id", "shipment_id"),
        Index("ix_allocations_shipment_id", "shipment_id"),
    )

    contribution_id: Mapped[int] = mapped_column(
        ForeignKey("contributions.id", ondelete="RESTRICT")
    )
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="RESTRICT"))
    amount: Mapped[Decimal]


class ExchangeRate(IdMixin, TimestampMixin, Base):
    """How many units of the base currency one unit of ``currency`` was worth on ``valid_on``."""

    __tablename__ = "exchange_rates"
    __table_args__ = (
        CheckConstraint("rate > 0", name="rate_positive"),
        CheckConstraint("currency <> base_currency", name="two_currencies"),
        UniqueConstraint("currency", "base_currency", "valid_on"),
    )

    currency: Mapped[str] = mapped_column(CURRENCY)
    base_currency: Mapped[str] = mapped_column(CURRENCY)
    valid_on: Mapped[dt.date] = mapped_column(Date)
    rate: Mapped[Decimal] = mapped_column(ScaledDecimal(8))
    source: Mapped[str | None] = mapped_column(String(200))
