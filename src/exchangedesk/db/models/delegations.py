"""Delegations received and sent, their members, approvals, budget, itinerary, rooms and travel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

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
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from exchangedesk.db.base import CURRENCY, TIMEZONE, Base, IdMixin, TimestampMixin, VersionedMixin
from exchangedesk.db.models.partnerships import Partnership
from exchangedesk.db.models.people import Person
from exchangedesk.domain.enums import (
    AccommodationKind,
    ApprovalDecision,
    DelegationStatus,
    Direction,
    ItineraryKind,
    MemberRole,
)


class Delegation(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "delegations"
    __table_args__ = (
        CheckConstraint("departure_on >= arrival_on", name="departure_not_before_arrival"),
        Index("ix_delegations_partnership_id", "partnership_id"),
        Index("ix_delegations_arrival_on", "arrival_on"),
        # "Coming up": visits that leave after today (198 ms -> 15 ms at federation size).
        Index("ix_delegations_departure_on", "departure_on"),
        Index("ix_delegations_status", "status"),
        # The delegations search index's people trigger finds a head's delegations by it.
        Index("ix_delegations_head_person_id", "head_person_id"),
    )

    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id", ondelete="RESTRICT"))
    direction: Mapped[Direction]
    title: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str | None] = mapped_column(Text)
    arrival_on: Mapped[dt.date] = mapped_column(Date)
    departure_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[DelegationStatus] = mapped_column(default=DelegationStatus.IDEA)
    head_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)

    partnership: Mapped[Partnership] = relationship()
    head: Mapped[Person | None] = relationship(foreign_keys=[head_person_id])
    members: Mapped[list[DelegationMember]] = relationship(
        back_populates="delegation", cascade="all, delete-orphan"
    )


class DelegationApproval(IdMixin, TimestampMixin, Base):
    __tablename__ = "delegation_approvals"
    __table_args__ = (Index("ix_delegation_approvals_delegation_id", "delegation_id"),)

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="CASCADE"))
    decided_by: Mapped[str] = mapped_column(String(200))  # "Town council", "Mayor's office"
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decision: Mapped[ApprovalDecision]
    note: Mapped[str | None] = mapped_column(Text)


class BudgetLine(IdMixin, Base):
    __tablename__ = "budget_lines"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount_non_negative"),
        Index("ix_budget_lines_delegation_id", "delegation_id"),
    )

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="CASCADE"))
    description: Mapped[str] = mapped_column(String(300))
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(CURRENCY)


class DelegationMember(IdMixin, TimestampMixin, Base):
    __tablename__ = "delegation_members"
    __table_args__ = (
        UniqueConstraint("delegation_id", "person_id"),
        CheckConstraint(
            "arrival_on IS NULL OR departure_on IS NULL OR departure_on >= arrival_on",
            name="departure_not_before_arrival",
        ),
        Index("ix_delegation_members_person_id", "person_id"),
    )

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    role: Mapped[MemberRole] = mapped_column(default=MemberRole.OFFICIAL)
    arrival_on: Mapped[dt.date | None] = mapped_column(Date)  # when different from the delegation's
    departure_on: Mapped[dt.date | None] = mapped_column(Date)
    needs: Mapped[str | None] = mapped_column(Text)

    delegation: Mapped[Delegation] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


# An itinerary item that lasts more than a day; written as the index's condition, which a
# query must repeat word for word for SQLite to use that index.
LONG_ITEM_SQLITE = "julianday(ends_at) - julianday(starts_at) > 1"
LONG_ITEM_POSTGRESQL = "ends_at - starts_at > interval '1 day'"


class ItineraryItem(IdMixin, TimestampMixin, VersionedMixin, Base):
    """One programme item of a delegation or an exchange programme, in the zone where it happens."""

    __tablename__ = "itinerary_items"
    __table_args__ = (
        CheckConstraint("ends_at >= starts_at", name="ends_not_before_start"),
        CheckConstraint(
            # exactly one of the two is set; written so SQLite and PostgreSQL both accept it
            "(delegation_id IS NULL) <> (programme_id IS NULL)",
            name="one_owner",
        ),
        Index("ix_itinerary_items_delegation_id_starts_at", "delegation_id", "starts_at"),
        Index("ix_itinerary_items_programme_id", "programme_id"),
        Index("ix_itinerary_items_starts_at", "starts_at"),
        # The few items longer than a day, by end: with them the calendar reads a week's
        # items as a range of starts_at (revision 0012_perf18, services.overview.calendar).
        Index(
            "ix_itinerary_items_long_ends_at",
            "ends_at",
            sqlite_where=text(LONG_ITEM_SQLITE),
            postgresql_where=text(LONG_ITEM_POSTGRESQL),
        ),
    )

    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegations.id", ondelete="CASCADE")
    )
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchange_programmes.id", ondelete="CASCADE")
    )
    starts_at: Mapped[dt.datetime]  # UTC
    ends_at: Mapped[dt.datetime]  # UTC
    timezone: Mapped[str] = mapped_column(TIMEZONE)  # IANA zone of the place it happens
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[ItineraryKind] = mapped_column(default=ItineraryKind.MEETING)
    venue: Mapped[str | None] = mapped_column(String(300))
    address: Mapped[str | None] = mapped_column(Text)
    all_attend: Mapped[bool] = mapped_column(Boolean, default=True)
    host_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    dress_code: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class ItineraryAttendee(Base):
    """Who attends an item when not everyone does (``all_attend`` false)."""

    __tablename__ = "itinerary_attendees"
    __table_args__ = (Index("ix_itinerary_attendees_person_id", "person_id"),)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("itinerary_items.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), primary_key=True
    )


class Accommodation(IdMixin, TimestampMixin, Base):
    __tablename__ = "accommodations"
    __table_args__ = (
        CheckConstraint("check_out_on >= check_in_on", name="check_out_not_before_check_in"),
        Index("ix_accommodations_delegation_id", "delegation_id"),
    )

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="CASCADE"))
    kind: Mapped[AccommodationKind] = mapped_column(default=AccommodationKind.HOTEL)
    name: Mapped[str] = mapped_column(String(300))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(60))
    check_in_on: Mapped[dt.date] = mapped_column(Date)
    check_out_on: Mapped[dt.date] = mapped_column(Date)


class Room(IdMixin, Base):
    __tablename__ = "rooms"
    __table_args__ = (CheckConstraint("capacity > 0", name="capacity_positive"),)

    accommodation_id: Mapped[int] = mapped_column(
        ForeignKey("accommodations.id", ondelete="CASCADE")
    )
    label: Mapped[str] = mapped_column(String(60))
    capacity: Mapped[int] = mapped_column(Integer, default=1)


class RoomOccupant(Base):
    __tablename__ = "room_occupants"

    room_id: Mapped[int] = mapped_column(
        ForeignKey("rooms.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), primary_key=True
    )


class TransportLeg(IdMixin, TimestampMixin, Base):
    __tablename__ = "transport_legs"
    __table_args__ = (
        CheckConstraint("arrives_at >= departs_at", name="arrives_not_before_departure"),
        CheckConstraint("seats IS NULL OR seats >= 0", name="seats_non_negative"),
        Index("ix_transport_legs_delegation_id", "delegation_id"),
    )

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="CASCADE"))
    carrier: Mapped[str | None] = mapped_column(String(200))
    number: Mapped[str | None] = mapped_column(String(40))  # flight or train number
    from_place: Mapped[str] = mapped_column(String(200))
    to_place: Mapped[str] = mapped_column(String(200))
    departs_at: Mapped[dt.datetime]
    departure_timezone: Mapped[str] = mapped_column(TIMEZONE)
    arrives_at: Mapped[dt.datetime]
    arrival_timezone: Mapped[str] = mapped_column(TIMEZONE)
    seats: Mapped[int | None] = mapped_column(Integer)
    booking_reference: Mapped[str | None] = mapped_column(String(60))
