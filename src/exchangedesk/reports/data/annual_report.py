"""The input types of the renderers: what a partnership's annual report prints for a year or a range of years: the visits both

Filled in by :mod:`exchangedesk.services.documents.annual_report_data`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exchangedesk.domain.enums import (
    DelegationStatus,
    Direction,
    GiftDirection,
    PartnershipKind,
    PartnershipStatus,
    ProgrammeStatus,
)
from exchangedesk.domain.money import Money
from exchangedesk.reports.data.itinerary import (
    CityName,
    Letterhead,
)


@dataclass(frozen=True)
class VisitLine:
    id: int
    title: str
    direction: Direction
    arrival_on: dt.date
    departure_on: dt.date
    status: DelegationStatus
    head: str | None  # "Olga Smirnova (Ольга Смирнова)"
    members: int
    purpose: str | None


@dataclass(frozen=True)
class ExchangeLine:
    id: int
    title: str
    direction: Direction
    starts_on: dt.date
    ends_on: dt.date
    status: ProgrammeStatus
    participants: int


@dataclass(frozen=True)
class GiftLine:
    id: int
    title: str
    direction: GiftDirection
    given_on: dt.date
    giver: str | None
    receiver: str | None
    occasion: str | None
    value: Money | None


@dataclass(frozen=True)
class AidLine:
    campaign_id: int
    title: str
    beneficiary: CityName
    contributions: int  # received in the period
    collected: tuple[Money, ...]  # received in the period, per currency, the largest first
    shipments: int  # dispatched in the period


@dataclass(frozen=True)
class YearCounts:
    year: int
    visits: int
    exchanges: int
    gifts: int
    shipments: int


@dataclass(frozen=True)
class AnnualReportData:
    letterhead: Letterhead
    issued_on: dt.date
    partnership_id: int
    home: CityName
    partner: CityName
    kind: PartnershipKind
    status: PartnershipStatus
    signed: str
    first_year: int
    last_year: int
    visits: tuple[VisitLine, ...]
    exchanges: tuple[ExchangeLine, ...]
    gifts: tuple[GiftLine, ...]
    aid: tuple[AidLine, ...]
    years: tuple[YearCounts, ...]  # every year of the period, empty ones too

    @property
    def period(self) -> str:
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}–{self.last_year}"
