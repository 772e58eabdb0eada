"""The input types of the renderers: the plain data of an exchange programme's documents, for the renderers in

Filled in by :mod:`exchangedesk.services.documents.exchange_data`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exchangedesk.reports.data.itinerary import Letterhead


@dataclass(frozen=True)
class ProgrammeHeader:
    programme_id: int
    title: str
    cities: str
    starts_on: dt.date
    ends_on: dt.date
    sending: str | None
    host: str | None
    leaders: tuple[str, ...]
    leader_phones: tuple[str, ...]  # "Frank Lehmann: +49 ...", for whoever needs to call


@dataclass(frozen=True)
class ListedParticipant:
    name: str
    native_name: str | None
    age_at_start: int | None
    turns_adult_on: dt.date | None
    gender: str | None
    school: str | None
    family: str | None
    family_address: str | None
    family_phone: str | None


@dataclass(frozen=True)
class EmergencyLine(ListedParticipant):
    date_of_birth: dt.date | None
    guardian: str | None
    emergency_contact: str | None
    emergency_phone: str | None
    allergies: str | None
    dietary_notes: str | None
    medical_notes: str | None
    guardian_id: int | None = None  # to write one letter to a guardian of several children
    guardian_address: str | None = None


@dataclass(frozen=True)
class Stay:
    """One participant with the family they stay with."""

    participant: str
    family: str
    family_address: str | None
    family_phone: str | None  # None: not recorded, and the letter then promises none


@dataclass(frozen=True)
class PlacementLetter:
    to_family: bool  # False: to a participant's guardian (one letter for all their children)
    recipient: str
    recipient_address: str | None
    stays: tuple[Stay, ...]  # a family's guests, or a guardian's children

    @property
    def participants(self) -> tuple[str, ...]:
        return tuple(stay.participant for stay in self.stays)


@dataclass(frozen=True)
class ProgrammeDocument:
    letterhead: Letterhead
    issued_on: dt.date
    header: ProgrammeHeader
    participants: tuple[ListedParticipant, ...] = ()
    emergency: tuple[EmergencyLine, ...] = ()
    letters: tuple[PlacementLetter, ...] = ()
