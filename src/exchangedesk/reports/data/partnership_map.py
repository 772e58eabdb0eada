"""What the partnership map shows: the home city, and one line per partnership between two
placed cities, with its status and how much happened along it lately."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exchangedesk.domain.enums import PartnershipKind, PartnershipStatus


@dataclass(frozen=True)
class MapPlace:
    city_id: int
    name: str
    country_code: str  # ISO 3166-1 alpha-2
    longitude: float
    latitude: float


@dataclass(frozen=True)
class MapLine:
    partnership_id: int
    city_a: MapPlace
    city_b: MapPlace
    kind: PartnershipKind
    status: PartnershipStatus
    signed_on: dt.date | None = None
    ended_on: dt.date | None = None
    activity: int = 0  # visits, exchanges, gifts, aid and documents in the recent years

    @property
    def cities(self) -> str:
        return f"{self.city_a.name} – {self.city_b.name}"


@dataclass(frozen=True)
class PartnershipMap:
    home: MapPlace | None
    lines: tuple[MapLine, ...]
    activity_years: int = 5
    unplaced: int = 0  # partnerships left off: a city without coordinates
    title: str = "Partnerships"
