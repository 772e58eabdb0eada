"""The input types of the renderers: what the delegation list for the authorities and the register of partnerships print.

Filled in by :mod:`exchangedesk.services.documents.report_data`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exchangedesk.domain.enums import (
    CooperationArea,
    DelegationStatus,
    Direction,
    MemberRole,
    PartnershipKind,
    PartnershipStatus,
)
from exchangedesk.reports.data.itinerary import (
    CityName,
    Letterhead,
)


@dataclass(frozen=True)
class ListedMember:
    person_id: int
    family_name: str  # Latin letters, as in the passport's machine-readable line
    given_name: str
    name_native: str | None  # the person's own script, when recorded and different
    date_of_birth: dt.date | None
    nationality: str | None  # ISO 3166-1 alpha-2
    role: MemberRole
    organisation: str | None
    arrival_on: dt.date | None  # only when different from the delegation's
    departure_on: dt.date | None


@dataclass(frozen=True)
class DelegationListData:
    letterhead: Letterhead
    issued_on: dt.date
    delegation_id: int
    partnership_id: int
    title: str
    purpose: str | None
    direction: Direction
    status: DelegationStatus
    home: CityName
    partner: CityName
    arrival_on: dt.date
    departure_on: dt.date
    members: tuple[ListedMember, ...]  # the head first


@dataclass(frozen=True)
class RegisteredPartnership:
    id: int
    home: CityName  # the committee's side when the home city takes part
    partner: CityName
    kind: PartnershipKind
    status: PartnershipStatus
    signed: str  # "12 Jun 1944", "1944" or "" when unknown, as precisely as it is known
    ended_on: dt.date | None
    status_since: str  # the last change of status after the first, as precisely as known
    areas: tuple[CooperationArea, ...]


@dataclass(frozen=True)
class PartnershipRegisterData:
    letterhead: Letterhead
    issued_on: dt.date
    home_city: str | None
    partnerships: tuple[RegisteredPartnership, ...]  # active first, then by partner city

    def count(self, status: PartnershipStatus) -> int:
        return sum(1 for p in self.partnerships if p.status is status)
