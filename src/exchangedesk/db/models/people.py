"""Organisations and people. Sensitive personal data lives in its own table so that lists,
exports and documents never load it unless asked to."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from exchangedesk.db.base import Base, IdMixin, TimestampMixin, VersionedMixin
from exchangedesk.db.models.geography import City
from exchangedesk.domain.enums import OrganisationKind


class Organisation(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "organisations"
    __table_args__ = (Index("ix_organisations_search_key", "search_key"),)

    name: Mapped[str] = mapped_column(String(300))
    native_name: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[OrganisationKind] = mapped_column(default=OrganisationKind.OTHER)
    city_id: Mapped[int | None] = mapped_column(ForeignKey("cities.id", ondelete="SET NULL"))
    address: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")

    city: Mapped[City | None] = relationship()


class Person(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "people"
    __table_args__ = (
        Index("ix_people_search_key", "search_key"),
        Index("ix_people_family_name", "family_name"),
        # The organisations list counts each one's people (20 s at federation size without it).
        Index("ix_people_organisation_id", "organisation_id"),
    )

    # Latin transliteration (always present) and the name in the person's own script.
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    given_name_native: Mapped[str | None] = mapped_column(String(200))
    family_name_native: Mapped[str | None] = mapped_column(String(200))
    salutation: Mapped[str | None] = mapped_column(String(60))  # "Ms", "Dr", "Г-н"
    form_of_address: Mapped[str | None] = mapped_column(String(200))  # "Your Worship", "Dear Olga"
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    role: Mapped[str | None] = mapped_column(String(200))
    gender: Mapped[str | None] = mapped_column(
        String(20)
    )  # as the person states it; used for rooms
    languages: Mapped[str | None] = mapped_column(String(200))  # comma-separated ISO 639 codes
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    address: Mapped[str | None] = mapped_column(Text)
    city_id: Mapped[int | None] = mapped_column(ForeignKey("cities.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation | None] = relationship()
    city: Mapped[City | None] = relationship()
    sensitive: Mapped[PersonSensitive | None] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        lazy="raise",  # never loaded by accident: ask for it explicitly
        foreign_keys="PersonSensitive.person_id",
    )

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


class PersonSensitive(TimestampMixin, VersionedMixin, Base):
    """Passport, health and family details: masked everywhere unless the user reveals them."""

    __tablename__ = "person_sensitive"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    nationality: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    passport_number: Mapped[str | None] = mapped_column(String(40))
    passport_expiry: Mapped[dt.date | None] = mapped_column(Date)
    dietary_notes: Mapped[str | None] = mapped_column(Text)
    medical_notes: Mapped[str | None] = mapped_column(Text)
    # What the person must not meet, comma-separated ("cat, nuts"): host-family matching checks
    # it against a family's pets and what it can manage, so it is a list, not free text.
    allergies: Mapped[str | None] = mapped_column(String(300))
    emergency_contact_name: Mapped[str | None] = mapped_column(String(200))
    emergency_contact_phone: Mapped[str | None] = mapped_column(String(60))
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))

    person: Mapped[Person] = relationship(back_populates="sensitive", foreign_keys=[person_id])
