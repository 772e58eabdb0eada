"""The input types of the renderers: the plain data a printed document is made from, read from the register in one go.

Filled in by :mod:`exchangedesk.services.documents.itinerary_data`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exchangedesk.domain.enums import (
    AccommodationKind,
    DelegationStatus,
    Direction,
    ItineraryKind,
    MemberRole,
)
from exchangedesk.reports.language import N_

# The duties that bring a contact into an itinerary; printed in the itinerary's language.
DUTY_SECRETARY = N_("Committee secretary")
DUTY_HOST = N_("Host")
DUTY_HEAD = N_("Head of delegation")
DUTY_INTERPRETER = N_("Interpreter")


@dataclass(frozen=True)
class Letterhead:
    committee: str
    city: str
    city_native: str | None  # only when it differs from ``city``
    contact_lines: tuple[str, ...]


@dataclass(frozen=True)
class CityName:
    name: str
    native: str | None  # only when it differs from ``name``
    country_code: str
    timezone: str | None


@dataclass(frozen=True)
class MemberLine:
    person_id: int
    name: str  # Latin letters
    name_native: str | None  # the person's own script, when recorded and different
    role: MemberRole
    organisation: str | None
    arrival_on: dt.date | None  # only when different from the delegation's
    departure_on: dt.date | None


@dataclass(frozen=True)
class Contact:
    person_id: int
    name: str
    name_native: str | None
    duty: str  # "Host", "Interpreter", "Head of delegation", "Secretary"...
    organisation: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class ProgrammeItem:
    id: int
    starts: dt.datetime  # aware, in ``zone``: the wall clock where it happens
    ends: dt.datetime
    zone: str
    title: str
    kind: ItineraryKind
    venue: str | None
    address: str | None
    host: str | None
    interpreter_needed: bool
    dress_code: str | None
    notes: str | None
    attendee_ids: frozenset[int] | None  # None: the whole delegation
    attendees: tuple[str, ...]  # names, when only some attend

    @property
    def day(self) -> dt.date:
        return self.starts.date()

    def attended_by(self, person_id: int) -> bool:
        return self.attendee_ids is None or person_id in self.attendee_ids


@dataclass(frozen=True)
class StayRoom:
    label: str
    occupants: tuple[str, ...]
    occupant_ids: frozenset[int]


@dataclass(frozen=True)
class Stay:
    name: str
    kind: AccommodationKind
    address: str | None
    phone: str | None
    check_in_on: dt.date
    check_out_on: dt.date
    rooms: tuple[StayRoom, ...]


@dataclass(frozen=True)
class TravelLeg:
    carrier: str | None
    number: str | None
    from_place: str
    to_place: str
    departs: dt.datetime  # aware, local time at departure
    arrives: dt.datetime  # aware, local time at arrival
    seats: int | None
    booking_reference: str | None


@dataclass(frozen=True)
class ItineraryData:
    letterhead: Letterhead
    issued_on: dt.date
    delegation_id: int
    title: str
    purpose: str | None
    direction: Direction
    status: DelegationStatus
    home: CityName
    partner: CityName
    arrival_on: dt.date
    departure_on: dt.date
    main_zone: str  # where most of the programme happens; other zones are named beside times
    head: MemberLine | None
    members: tuple[MemberLine, ...]  # empty in a personal itinerary
    items: tuple[ProgrammeItem, ...]  # in time order
    stays: tuple[Stay, ...]
    legs: tuple[TravelLeg, ...]
    contacts: tuple[Contact, ...]
    member: MemberLine | None  # set for a personal itinerary: only their items are listed

    @property
    def days(self) -> list[tuple[dt.date, list[ProgrammeItem]]]:
        """Items grouped by the local date on which they start."""
        grouped: dict[dt.date, list[ProgrammeItem]] = {}
        for item in self.items:
            grouped.setdefault(item.day, []).append(item)
        return sorted(grouped.items())
