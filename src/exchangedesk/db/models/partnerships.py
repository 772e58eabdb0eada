"""Partnerships between two cities and their dated status history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from exchangedesk.db.base import Base, IdMixin, TimestampMixin, VersionedMixin
from exchangedesk.db.models.geography import City
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import (
    ActingSide,
    CooperationArea,
    PartnershipKind,
    PartnershipStatus,
)


class Partnership(IdMixin, TimestampMixin, VersionedMixin, Base):
    """City A is the committee's side when the home city takes part; city B is the partner."""

    __tablename__ = "partnerships"
    __table_args__ = (
        CheckConstraint("city_a_id <> city_b_id", name="two_different_cities"),
        CheckConstraint(
            "ended_on IS NULL OR signed_on IS NULL OR ended_on >= signed_on",
            name="ended_after_signed",
        ),
        Index("ix_partnerships_city_a_id", "city_a_id"),
        Index("ix_partnerships_city_b_id", "city_b_id"),
        Index("ix_partnerships_status", "status"),
    )

    city_a_id: Mapped[int] = mapped_column(ForeignKey("cities.id", ondelete="RESTRICT"))
    city_b_id: Mapped[int] = mapped_column(ForeignKey("cities.id", ondelete="RESTRICT"))
    kind: Mapped[PartnershipKind] = mapped_column(default=PartnershipKind.TWIN_TOWN)
    status: Mapped[PartnershipStatus] = mapped_column(default=PartnershipStatus.ACTIVE)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    # Many agreements are known only by their year: signed_on is then 1 January of it.
    signed_precision: Mapped[DatePrecision] = mapped_column(
        default=DatePrecision.DAY, server_default=DatePrecision.DAY.value
    )
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    signatories: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(
        String(200)
    )  # where the record came from (an import)

    city_a: Mapped[City] = relationship(foreign_keys=[city_a_id])
    city_b: Mapped[City] = relationship(foreign_keys=[city_b_id])
    areas: Mapped[list[PartnershipArea]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan"
    )
    status_changes: Mapped[list[PartnershipStatusChange]] = relationship(
        back_populates="partnership",
        cascade="all, delete-orphan",
        order_by="PartnershipStatusChange.changed_on",
    )


class PartnershipArea(Base):
    __tablename__ = "partnership_areas"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True
    )
    area: Mapped[CooperationArea] = mapped_column(primary_key=True)

    partnership: Mapped[Partnership] = relationship(back_populates="areas")


class PartnershipStatusChange(IdMixin, TimestampMixin, Base):
    """One dated step in a partnership's life; the first one records how it began."""

    __tablename__ = "partnership_status_changes"
    __table_args__ = (Index("ix_partnership_status_changes_partnership_id", "partnership_id"),)

    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    changed_precision: Mapped[DatePrecision] = mapped_column(
        default=DatePrecision.DAY, server_default=DatePrecision.DAY.value
    )
    from_status: Mapped[PartnershipStatus | None]
    to_status: Mapped[PartnershipStatus]
    acting_side: Mapped[ActingSide] = mapped_column(default=ActingSide.BOTH)
    reason: Mapped[str | None] = mapped_column(Text)

    partnership: Mapped[Partnership] = relationship(back_populates="status_changes")


class PartnershipSignatory(IdMixin, Base):
    """A person who signed an agreement, when the signatories are known by name."""

    __tablename__ = "partnership_signatories"
    __table_args__ = (UniqueConstraint("partnership_id", "person_id"),)

    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    capacity: Mapped[str | None] = mapped_column(String(200))  # "Mayor of Coventry"


class PartnershipContact(Base):
    """Derived: a partnership's last contact, as of a day, kept so that the list can sort by
    it without aggregating every visit, gift and contribution of the register (revision
    0012_perf18; the rules are ``services.partnerships.activity``). Triggers on the tables
    that record activity delete a partnership's row when its activity changes; the list
    computes the missing rows again. A row holds for every day from ``as_of`` until
    ``next_contact`` (the first contact after ``as_of``), when a planned one has happened."""

    __tablename__ = "partnership_contacts"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True
    )
    as_of: Mapped[dt.date] = mapped_column(Date)
    last_contact: Mapped[dt.date | None] = mapped_column(Date)
    last_sign: Mapped[dt.date | None] = mapped_column(Date)  # any activity, planned too
    next_contact: Mapped[dt.date | None] = mapped_column(Date)
