"""Gifts with where they are kept, and aid: campaigns, contributions, shipments with their
lines and forward-only status history, the money allocated to them, and exchange rates.

Amounts are exact ``Decimal`` with two places; a contribution is never allocated more than it
gave, and only to a shipment of its own campaign.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from exchangedesk.db.models import (
    AidCampaign,
    Allocation,
    Contribution,
    ExchangeRate,
    Gift,
    GiftCustody,
    Shipment,
    ShipmentLine,
    ShipmentStatusChange,
)
from exchangedesk.domain.enums import Direction, GiftDirection, ShipmentStatus
from exchangedesk.services.samples.federation._support import (
    BASE_DATE,
    FIRST_YEAR,
    LAST_DATE,
    Build,
    insert_rows,
    random_day,
    stamped,
)

CURRENCIES = ("EUR", "GBP", "USD", "RUB", "CNY", "PLN", "JPY")
GIFTS = (
    ("Embroidered tablecloth", "textile"),
    ("Painting of the old town", "artwork"),
    ("Book of photographs", "book"),
    ("Commemorative plaque", "plaque"),
    ("Porcelain vase", "ceramics"),
    ("Samovar", "metalwork"),
    ("Friendship bench", "other"),
)
PLACES = ("Town hall", "City museum", "Mayor's office", "Central library", "School No. 1")
ITEMS = (
    ("Blankets", "pcs"),
    ("Flour", "kg"),
    ("Medicines", "box"),
    ("Tinned food", "box"),
    ("Winter coats", "pcs"),
    ("Drinking water", "l"),
)
STEPS = (
    ShipmentStatus.PLANNED,
    ShipmentStatus.PACKED,
    ShipmentStatus.DISPATCHED,
    ShipmentStatus.IN_TRANSIT,
    ShipmentStatus.DELIVERED,
    ShipmentStatus.CONFIRMED,
)


CENT = Decimal("0.01")


def _money(rng: Any, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def build_gifts(build: Build) -> None:
    rng = build.rng("gifts")
    with build.database.unit_of_work() as session:
        custody: list[dict[str, Any]] = []
        insert_rows(session, Gift, _gifts(build, rng, custody))
        insert_rows(session, GiftCustody, custody)


def _gifts(build: Build, rng: Any, custody: list[dict[str, Any]]) -> Any:
    visits = build.visits
    for gift_id in range(1, build.sizes["gifts"] + 1):
        title, category = rng.choice(GIFTS)
        if visits and rng.random() < 0.6:  # brought or given on a visit
            visit = rng.choice(visits)
            partnership_id, city_a, city_b = visit.partnership_id, visit.city_a, visit.city_b
            delegation_id, given_on = visit.id, visit.arrival
            received = visit.direction is Direction.INCOMING
        else:  # an anniversary present
            partnership_id, city_a, city_b = rng.choice(build.partnerships)
            delegation_id = None
            given_on = random_day(rng, dt.date(FIRST_YEAR, 1, 1), BASE_DATE)
            received = rng.random() < 0.5
        valued = rng.random() < 0.7
        giver, receiver = (city_b, city_a) if received else (city_a, city_b)
        yield stamped(
            {
                "id": gift_id,
                "direction": GiftDirection.RECEIVED if received else GiftDirection.GIVEN,
                "partnership_id": partnership_id,
                "delegation_id": delegation_id,
                "occasion": "Visit" if delegation_id else "Anniversary of the partnership",
                "given_on": given_on,
                "from_city_id": giver,
                "to_city_id": receiver,
                "title": title,
                "category": category,
                "estimated_value": _money(rng, 10, 5000) if valued else None,
                "currency": rng.choice(CURRENCIES) if valued else None,
            }
        )
        since = given_on
        for _ in range(rng.randint(1, 2)):
            custody.append(
                stamped(
                    {"gift_id": gift_id, "since_on": since, "location": rng.choice(PLACES)},
                    versioned=False,
                )
            )
            since += dt.timedelta(days=rng.randint(30, 3000))


def build_aid(build: Build) -> None:
    rng = build.rng("aid")
    campaigns = _campaigns(build, rng)
    shipments_of: dict[int, list[int]] = {c["id"]: [] for c in campaigns}
    with build.database.unit_of_work() as session:
        insert_rows(session, AidCampaign, campaigns)
        history: list[dict[str, Any]] = []
        lines: list[dict[str, Any]] = []
        insert_rows(session, Shipment, _shipments(build, rng, campaigns, shipments_of, history))
        insert_rows(session, ShipmentStatusChange, history)
        insert_rows(session, ShipmentLine, _lines(rng, shipments_of, campaigns, lines))
        allocations: list[dict[str, Any]] = []
        insert_rows(
            session, Contribution, _contributions(build, rng, campaigns, shipments_of, allocations)
        )
        insert_rows(session, Allocation, allocations)
        insert_rows(session, ExchangeRate, _rates(rng))


def _campaigns(build: Build, rng: Any) -> list[dict[str, Any]]:
    campaigns = []
    for campaign_id in range(1, build.sizes["aid_campaigns"] + 1):
        partnership_id, _a, beneficiary = rng.choice(build.partnerships)
        starts = random_day(rng, dt.date(1960, 1, 1), BASE_DATE + dt.timedelta(days=365))
        ends = None if rng.random() < 0.1 else starts + dt.timedelta(days=rng.randint(30, 365))
        currency = rng.choice(CURRENCIES[:4])
        campaigns.append(
            stamped(
                {
                    "id": campaign_id,
                    "title": f"Appeal {campaign_id}: {rng.choice(ITEMS)[0].lower()} for winter",
                    "beneficiary_city_id": beneficiary,
                    "partnership_id": partnership_id,
                    "purpose": "Generated for the federation benchmark.",
                    "starts_on": starts,
                    "ends_on": ends,
                    "target_amount": _money(rng, 1000, 500_000),
                    "target_currency": currency,
                }
            )
        )
    return campaigns


def _last_day(campaign: dict[str, Any]) -> dt.date:
    return campaign["ends_on"] or campaign["starts_on"] + dt.timedelta(days=365)


def _shipments(
    build: Build,
    rng: Any,
    campaigns: list[dict[str, Any]],
    shipments_of: dict[int, list[int]],
    history: list[dict[str, Any]],
) -> Any:
    """Each shipment walks forward from 'planned' a week a step, stopping where its dates
    reach the base date; one in fifty is lost on the way."""
    for shipment_id in range(1, build.sizes["shipments"] + 1):
        campaign = rng.choice(campaigns)
        shipments_of[campaign["id"]].append(shipment_id)
        day = random_day(rng, campaign["starts_on"], _last_day(campaign))
        steps = list(STEPS[: rng.randint(1, len(STEPS))])
        if rng.random() < 0.02 and len(steps) < len(STEPS):
            steps.append(ShipmentStatus.LOST)
        for shown, step in enumerate(steps):
            if day > BASE_DATE and shown:
                break
            history.append(
                stamped(
                    {
                        "shipment_id": shipment_id,
                        "status": step,
                        "occurred_on": day,
                        "is_reversal": False,
                        "note": None,
                    },
                    versioned=False,
                )
            )
            day += dt.timedelta(days=7)
        yield stamped(
            {
                "id": shipment_id,
                "campaign_id": campaign["id"],
                "reference": f"SH-{shipment_id:06d}",
                "carrier": rng.choice(("DHL", "Red Cross convoy", "Rail freight", "Volunteers")),
                "tracking_reference": f"TR{rng.randint(10**8, 10**9 - 1)}",
                "status": history[-1]["status"],
                "notes": None,
            }
        )


def _lines(
    rng: Any,
    shipments_of: dict[int, list[int]],
    campaigns: list[dict[str, Any]],
    lines: list[dict[str, Any]],
) -> Any:
    currency = {c["id"]: c["target_currency"] for c in campaigns}
    for campaign_id, shipments in shipments_of.items():
        for shipment_id in shipments:
            for index in range(rng.randint(2, 6)):
                item, unit = rng.choice(ITEMS)
                yield {
                    "shipment_id": shipment_id,
                    "item": item,
                    "quantity": Decimal(rng.randint(1, 500)),
                    "unit": unit,
                    "unit_value": _money(rng, 0, 200),
                    "currency": currency[campaign_id],
                    "box_code": f"B{shipment_id:06d}-{index + 1}",
                    "weight_kg": Decimal(rng.randint(1, 500_000)) / 1000,
                    "expires_on": None,
                }


def _contributions(
    build: Build,
    rng: Any,
    campaigns: list[dict[str, Any]],
    shipments_of: dict[int, list[int]],
    allocations: list[dict[str, Any]],
) -> Any:
    """Donors are people, organisations, named groups or anonymous; two in five gifts of money
    are allocated, whole or in part, to one shipment of their campaign."""
    people = build.sizes["people"]
    organisations = build.organisation_ids
    for contribution_id in range(1, build.sizes["contributions"] + 1):
        campaign = rng.choice(campaigns)
        kind = rng.random()
        person = rng.randint(1, people) if kind < 0.6 else None
        organisation = rng.choice(organisations) if 0.6 <= kind < 0.85 else None
        anonymous = kind >= 0.95
        amount = _money(rng, 1, 2000)
        received = random_day(rng, campaign["starts_on"], _last_day(campaign))
        receipt = rng.random() < 0.8 and not anonymous
        yield stamped(
            {
                "id": contribution_id,
                "campaign_id": campaign["id"],
                "donor_person_id": person,
                "donor_organisation_id": organisation,
                "donor_text": "Collected at the Sunday market" if 0.85 <= kind < 0.95 else None,
                "anonymous": anonymous,
                "amount": amount,
                "currency": campaign["target_currency"],
                "received_on": received,
                "receipt_number": f"R{contribution_id:07d}" if receipt else None,
                "receipt_issued_on": received + dt.timedelta(days=3) if receipt else None,
                "notes": None,
            }
        )
        shipments = shipments_of[campaign["id"]]
        if shipments and rng.random() < 0.4:
            half = max((amount / 2).quantize(CENT), CENT)
            part = amount if rng.random() < 0.5 else half
            allocations.append(
                stamped(
                    {
                        "contribution_id": contribution_id,
                        "shipment_id": rng.choice(shipments),
                        "amount": part,
                    },
                    versioned=False,
                )
            )


def _rates(rng: Any) -> Any:
    """A yearly rate of each currency against the euro (illustrative, not historical)."""
    for currency in CURRENCIES[1:]:
        level = Decimal(rng.randint(1, 20000)) / 100
        for year in range(1990, LAST_DATE.year):
            yield stamped(
                {
                    "currency": currency,
                    "base_currency": "EUR",
                    "valid_on": dt.date(year, 1, 1),
                    "rate": (level * Decimal(rng.randint(90, 110)) / 100).quantize(
                        Decimal("0.00000001")
                    ),
                    "source": "Illustrative rate generated for the benchmark",
                },
                versioned=False,
            )
