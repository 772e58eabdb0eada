"""Student and youth exchanges: programmes, participants, consents, host families, placements."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from exchangedesk.db.base import Base, IdMixin, TimestampMixin, VersionedMixin
from exchangedesk.db.models.partnerships import Partnership
from exchangedesk.db.models.people import Organisation, Person
from exchangedesk.domain.enums import Direction, PlacementStatus, ProgrammeStatus


class ExchangeProgramme(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "exchange_programmes"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="ends_not_before_start"),
        CheckConstraint(
            "reciprocal_of_id IS NULL OR reciprocal_of_id <> id", name="not_own_return"
        ),
        Index("ix_exchange_programmes_partnership_id", "partnership_id"),
    )

    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(300))
    direction: Mapped[Direction]
    sending_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    host_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(20))  # ISO 639 code of the language studied
    status: Mapped[ProgrammeStatus] = mapped_column(default=ProgrammeStatus.PLANNED)
    # The return visit points at the visit it returns; the link is read both ways.
    reciprocal_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchange_programmes.id", ondelete="SET NULL")
    )
    same_gender_rooms: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)

    partnership: Mapped[Partnership] = relationship()
    sending_organisation: Mapped[Organisation | None] = relationship(
        foreign_keys=[sending_organisation_id]
    )
    host_organisation: Mapped[Organisation | None] = relationship(
        foreign_keys=[host_organisation_id]
    )


class ProgrammeLeader(Base):
    __tablename__ = "programme_leaders"
    # The conflict check looks up a person's programmes (683 ms -> 12 ms for 30 members).
    __table_args__ = (Index("ix_programme_leaders_person_id", "person_id"),)

    programme_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_programmes.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), primary_key=True
    )


class Participant(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "participants"
    __table_args__ = (
        UniqueConstraint("programme_id", "person_id"),
        Index("ix_participants_person_id", "person_id"),
    )

    programme_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_programmes.id", ondelete="CASCADE")
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    school_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    sibling_group: Mapped[str | None] = mapped_column(String(60))  # siblings share a label
    siblings_together: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship()


class Consent(IdMixin, TimestampMixin, Base):
    """A guardian's recorded consent for a minor participant."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_participant_id", "participant_id"),)

    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    given_by_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    given_on: Mapped[dt.date] = mapped_column(Date)
    covers: Mapped[str] = mapped_column(Text)  # "travel, stay with host family, medical treatment"
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )


class HostFamily(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "host_families"
    __table_args__ = (CheckConstraint("capacity > 0", name="capacity_positive"),)

    name: Mapped[str] = mapped_column(String(200))
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    city_id: Mapped[int | None] = mapped_column(ForeignKey("cities.id", ondelete="SET NULL"))
    address: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    capacity: Mapped[int] = mapped_column(Integer, default=1)  # beds
    languages: Mapped[str | None] = mapped_column(String(200))
    pets: Mapped[str | None] = mapped_column(String(200))  # "cat, dog"
    smokers: Mapped[bool] = mapped_column(Boolean, default=False)
    allergies_managed: Mapped[str | None] = mapped_column(String(300))
    vetted_by: Mapped[str | None] = mapped_column(String(200))
    vetted_on: Mapped[dt.date | None] = mapped_column(Date)
    vetting_valid_until: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Placement(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "placements"
    __table_args__ = (
        CheckConstraint(
            "starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on",
            name="ends_not_before_start",
        ),
        Index("ix_placements_participant_id", "participant_id"),
        Index("ix_placements_host_family_id", "host_family_id"),
    )

    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    host_family_id: Mapped[int] = mapped_column(ForeignKey("host_families.id", ondelete="RESTRICT"))
    status: Mapped[PlacementStatus] = mapped_column(default=PlacementStatus.SUGGESTED)
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)  # why the matcher or secretary chose it
