"""The input types of the renderers: what the aid documents print: a shipment's packing list and manifest, a donation receipt,

Filled in by :mod:`exchangedesk.services.documents.aid_data`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.domain.money import MissingRateError, Money
from exchangedesk.reports.data.itinerary import (
    CityName,
    Letterhead,
)


@dataclass(frozen=True)
class ExchangeRateRow:
    id: int
    currency: str
    base_currency: str
    valid_on: dt.date
    rate: Decimal  # units of base_currency for one unit of currency
    source: str | None


@dataclass(frozen=True)
class Conversion:
    """One amount converted: what was given, its exact value in the base currency, and the
    rate used (None when it was already in the base currency)."""

    given: Money
    on: dt.date
    exact: Money
    rate: ExchangeRateRow | None

    @property
    def rounded(self) -> Money:
        return self.exact.rounded()


@dataclass(frozen=True)
class ConvertedTotals:
    base_currency: str
    exact: CurrencyTotals  # sums of exactly converted amounts, not rounded
    rates: tuple[ExchangeRateRow, ...]  # every rate used, by currency and date
    conversions: tuple[Conversion, ...]  # each contribution, converted

    @property
    def rounded(self) -> CurrencyTotals:
        """The figures to show or print: each total rounded once, half to even."""
        return self.exact.rounded()


@dataclass(frozen=True)
class MissingRate:
    currency: str
    on: dt.date  # the earliest day a rate is missing for
    base_currency: str

    @property
    def message(self) -> str:
        return str(MissingRateError(self.currency, self.on, self.base_currency))


@dataclass(frozen=True)
class CurrencyTotals:
    """One currency's figures (or, converted, the base currency's)."""

    currency: str
    collected: Money
    allocated: Money
    delivered: Money  # allocated to shipments delivered or confirmed
    lost: Money  # allocated to shipments recorded as lost

    @property
    def unallocated(self) -> Money:
        return self.collected - self.allocated

    def rounded(self) -> CurrencyTotals:
        return replace(
            self,
            collected=self.collected.rounded(),
            allocated=self.allocated.rounded(),
            delivered=self.delivered.rounded(),
            lost=self.lost.rounded(),
        )


@dataclass(frozen=True)
class CampaignTotals:
    campaign_id: int
    title: str
    target: Money | None
    by_currency: tuple[CurrencyTotals, ...]  # the most collected first
    converted: ConvertedTotals | None  # None while a rate is missing
    missing_rates: tuple[MissingRate, ...]
    contribution_count: int
    shipment_count: int


@dataclass(frozen=True)
class ShipmentLineRow:
    id: int
    item: str
    quantity: Decimal
    unit: str
    unit_value: Money
    value: Money  # quantity × unit value, exact
    box_code: str | None
    weight_kg: Decimal | None
    expires_on: dt.date | None


@dataclass(frozen=True)
class Box:
    """One box or pallet and what is in it; ``code`` None gathers the lines packed loose."""

    code: str | None
    lines: tuple[ShipmentLineRow, ...]
    weight_kg: Decimal | None  # of the lines that give a weight; None when none does
    weight_complete: bool  # every line gives a weight
    value: tuple[Money, ...]  # per currency, exact


@dataclass(frozen=True)
class StatusStep:
    status: ShipmentStatus
    occurred_on: dt.date
    is_reversal: bool
    note: str | None


@dataclass(frozen=True)
class ShipmentDocumentData:
    letterhead: Letterhead
    issued_on: dt.date
    shipment_id: int
    reference: str
    status: ShipmentStatus
    carrier: str | None
    tracking_reference: str | None
    notes: str | None
    campaign_id: int
    campaign: str
    beneficiary: CityName
    sender_city: str | None
    boxes: tuple[Box, ...]  # in box-code order, loose lines last
    value: tuple[Money, ...]  # the whole shipment, per currency, exact
    weight_kg: Decimal | None
    weight_complete: bool
    history: tuple[StatusStep, ...]
    dispatched_on: dt.date | None
    delivered_on: dt.date | None

    @property
    def line_count(self) -> int:
        return sum(len(box.lines) for box in self.boxes)


@dataclass(frozen=True)
class ReceiptData:
    letterhead: Letterhead
    issued_on: dt.date
    contribution_id: int
    receipt_number: str | None
    receipt_issued_on: dt.date | None
    anonymous: bool
    donor: str  # in Latin letters (or the name typed), "Anonymous" for an anonymous gift
    donor_native: str | None
    donor_address: str | None
    amount: Money
    received_on: dt.date
    campaign: str
    purpose: str | None
    beneficiary: CityName
    spent_on: tuple[tuple[str, Money], ...]  # (shipment reference, amount) so far
    signatory: str | None  # who signs for the committee
    signatory_role: str | None


@dataclass(frozen=True)
class CampaignShipment:
    reference: str
    status: ShipmentStatus
    dispatched_on: dt.date | None
    delivered_on: dt.date | None
    value: tuple[Money, ...]  # of the goods, per currency


@dataclass(frozen=True)
class CampaignGift:
    received_on: dt.date
    donor: str
    amount: Money
    receipt_number: str | None


@dataclass(frozen=True)
class CampaignReportData:
    letterhead: Letterhead
    issued_on: dt.date
    campaign_id: int
    title: str
    purpose: str | None
    beneficiary: CityName
    starts_on: dt.date
    ends_on: dt.date | None
    totals: CampaignTotals  # collected, allocated, delivered; per currency and converted
    contributions: tuple[CampaignGift, ...]  # in the order they were received
    shipments: tuple[CampaignShipment, ...]
