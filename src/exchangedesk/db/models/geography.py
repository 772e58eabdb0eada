"""Cities, and the settings that say which one is ours."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from exchangedesk.db.base import TIMEZONE, Base, IdMixin, TimestampMixin, VersionedMixin


class City(IdMixin, TimestampMixin, VersionedMixin, Base):
    __tablename__ = "cities"
    __table_args__ = (
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude_range"),
        CheckConstraint(
            "longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude_range"
        ),
        CheckConstraint("population IS NULL OR population >= 0", name="population_non_negative"),
        CheckConstraint("length(country_code) = 2", name="country_code_alpha2"),
        Index("ix_cities_search_key", "search_key"),
        Index("ix_cities_country_code", "country_code"),
        # The partnerships list's order: a page walks cities by name instead of sorting every
        # partnership (a one-letter filter 93 -> 43 ms at federation size; 0012_perf18).
        Index("ix_cities_name", "name"),
    )

    name: Mapped[str] = mapped_column(String(200))
    native_name: Mapped[str | None] = mapped_column(String(200))
    transliteration: Mapped[str | None] = mapped_column(String(200))
    country_code: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    region: Mapped[str | None] = mapped_column(String(200))
    population: Mapped[int | None] = mapped_column(Integer)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    timezone: Mapped[str | None] = mapped_column(TIMEZONE)  # IANA name, e.g. Europe/Volgograd
    languages: Mapped[str | None] = mapped_column(String(200))  # comma-separated ISO 639 codes
    geonames_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    # Folded copy of every name the city is known by; see exchangedesk.domain.text.
    search_key: Mapped[str] = mapped_column(Text, default="")

    def __repr__(self) -> str:
        return f"City({self.id}, {self.name!r}, {self.country_code})"


class Setting(Base):
    """Database-wide settings: home city, base currency, dormancy threshold..."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
