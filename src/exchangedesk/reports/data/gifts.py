"""The input types of the renderers: what the printed gift register shows: every gift given or received, from whom to whom, its

Filled in by :mod:`exchangedesk.services.documents.gift_register_data`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exchangedesk.domain.enums import GiftDirection
from exchangedesk.domain.money import Money
from exchangedesk.reports.data.itinerary import Letterhead


@dataclass(frozen=True)
class Custody:
    since_on: dt.date
    location: str
    custodian: str | None
    note: str | None


@dataclass(frozen=True)
class ThankYou:
    document_id: int
    title: str
    issued_on: dt.date


@dataclass(frozen=True)
class RegisteredGift:
    id: int
    title: str
    direction: GiftDirection
    given_on: dt.date | None
    occasion: str | None
    giver: str | None
    receiver: str | None
    partnership: str | None  # "Coventry – Volgograd"
    category: str | None
    description: str | None
    value: Money | None
    letters: tuple[ThankYou, ...]  # thank-you letters in the correspondence register
    custody: tuple[Custody, ...]  # oldest first; the last is where the gift is now

    @property
    def kept_now(self) -> Custody | None:
        return self.custody[-1] if self.custody else None


@dataclass(frozen=True)
class GiftRegisterData:
    letterhead: Letterhead
    issued_on: dt.date
    gifts: tuple[RegisteredGift, ...]  # by date, undated last

    def of(self, direction: GiftDirection) -> tuple[RegisteredGift, ...]:
        return tuple(g for g in self.gifts if g.direction is direction)
