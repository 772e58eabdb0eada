"""Aid: the 1942 Coventry appeal for Stalingrad, a collection after the 2002 Elbe floods in
Dresden and a small present-day book appeal; contributions, shipments with their lines and
status history, allocations (never more than a contribution), and dated exchange rates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from exchangedesk.db.models import (
    AidCampaign,
    Allocation,
    Contribution,
    ExchangeRate,
    Shipment,
    ShipmentLine,
    ShipmentStatusChange,
)
from exchangedesk.domain.enums import ShipmentStatus as S
from exchangedesk.services.samples.demo._support import (
    ILLUSTRATIVE,
    SCENARIO,
    YEAR_ONLY,
    Demo,
    year_only,
)


def _campaign(demo: Demo, **fields: Any) -> AidCampaign:
    partnership = fields.pop("partnership")
    # Campaigns have no notes column: the caveats travel with the purpose.
    fields["purpose"] = " ".join(filter(None, (fields.get("purpose"), fields.pop("notes", None))))
    campaign = AidCampaign(
        beneficiary_city_id=demo.cities[fields.pop("city")].id,
        partnership_id=demo.partnerships[partnership].id,
        **fields,
    )
    demo.add(campaign)
    demo.flush()
    return campaign


def _contributions(
    demo: Demo,
    campaign: AidCampaign,
    rows: tuple[tuple[str, dict[str, Any], str, str, dt.date], ...],
) -> dict[str, Contribution]:
    """(key, donor, amount, currency, received on); donor holds person/org keys or text, or
    ``{"anonymous": True}``. Receipts are numbered per campaign."""
    made: dict[str, Contribution] = {}
    for number, (key, donor, amount, currency, received) in enumerate(rows, start=1):
        anonymous = donor.get("anonymous", False)
        made[key] = Contribution(
            campaign_id=campaign.id,
            donor_person_id=demo.pid(donor["person"]) if "person" in donor else None,
            donor_organisation_id=demo.orgs[donor["org"]].id if "org" in donor else None,
            donor_text=donor.get("text"),
            anonymous=anonymous,
            amount=Decimal(amount),
            currency=currency,
            received_on=received,
            receipt_number=None
            if anonymous
            else f"{campaign.starts_on.year}-{campaign.id}/{number:03d}",
            receipt_issued_on=None if anonymous else received + dt.timedelta(days=7),
            notes=donor.get("notes"),
        )
    demo.add(*made.values())
    demo.flush()
    return made


def _shipment(
    demo: Demo,
    key: str,
    campaign: AidCampaign,
    reference: str,
    carrier: str,
    lines: tuple[tuple[str, str, str, str, str, str | None, str | None, dt.date | None], ...],
    history: tuple[tuple[S, dt.date], ...],
    notes: str | None = None,
) -> Shipment:
    """lines: (item, quantity, unit, unit value, currency, box code, weight kg, expires on)."""
    shipment = Shipment(
        campaign_id=campaign.id,
        reference=reference,
        carrier=carrier,
        status=history[-1][0],
        notes=notes,
    )
    shipment.lines = [
        ShipmentLine(
            item=name,
            quantity=Decimal(quantity),
            unit=unit,
            unit_value=Decimal(value),
            currency=currency,
            box_code=box,
            weight_kg=Decimal(weight) if weight else None,
            expires_on=expires,
        )
        for name, quantity, unit, value, currency, box, weight, expires in lines
    ]
    demo.add(shipment)
    demo.flush()
    demo.add(
        *(
            ShipmentStatusChange(shipment_id=shipment.id, status=status, occurred_on=day)
            for status, day in history
        )
    )
    demo.shipments[key] = shipment
    return shipment


def _allocate(demo: Demo, shipment: Shipment, *parts: tuple[Contribution, str]) -> None:
    for contribution, amount in parts:
        if Decimal(amount) > contribution.amount:  # pragma: no cover - guards the data
            raise ValueError("an allocation cannot exceed its contribution")
        demo.add(
            Allocation(
                contribution_id=contribution.id, shipment_id=shipment.id, amount=Decimal(amount)
            )
        )


def build_stalingrad_appeal(demo: Demo) -> None:
    campaign = _campaign(
        demo,
        title="Coventry appeal for Stalingrad",
        city="volgograd",
        partnership="coventry_volgograd",
        purpose="Medical aid for the people of Stalingrad, sent through the Red Cross.",
        starts_on=year_only(1942),
        notes="Citizens, the miners' federation and many who gave no name. "
        + ILLUSTRATIVE
        + " Pre-decimal sums are written in decimal pounds (one guinea = 1.05). "
        + YEAR_ONLY,
    )
    given = _contributions(
        demo,
        campaign,
        (
            ("miners", {"org": "miners"}, "150.00", "GBP", dt.date(1942, 11, 2)),
            (
                "anon_five",
                {"anonymous": True, "notes": "Five pounds in an envelope."},
                "5.00",
                "GBP",
                dt.date(1942, 11, 9),
            ),
            (
                "anon_guineas",
                {"anonymous": True, "notes": "Two guineas, no name."},
                "2.10",
                "GBP",
                dt.date(1942, 11, 16),
            ),
            ("harris", {"person": "albert_harris"}, "1.05", "GBP", dt.date(1942, 11, 20)),
            ("cole", {"person": "edith_cole"}, "0.50", "GBP", dt.date(1942, 12, 1)),
            (
                "tablecloth",
                {
                    "text": "Signatories of the tablecloth (sixpence a name)",
                    "notes": "Illustrative: 830 signatures at sixpence make £20 15s.",
                },
                "20.75",
                "GBP",
                dt.date(1943, 3, 1),
            ),
            (
                "works",
                {"text": "Workers' collection at a Coventry engineering works"},
                "64.35",
                "GBP",
                dt.date(1942, 12, 14),
            ),
        ),
    )
    shipment = _shipment(
        demo,
        "stalingrad_1943",
        campaign,
        "STAL-1943-01",
        "Red Cross Aid to Russia Fund (Arctic convoy)",
        (
            ("Surgical instrument sets", "10", "set", "12.50", "GBP", None, None, None),
            ("Blankets", "200", "pcs", "0.40", "GBP", None, None, None),
            ("Bandages", "45", "kg", "0.50", "GBP", None, "45", None),
        ),
        (
            (S.PLANNED, dt.date(1942, 12, 1)),
            (S.PACKED, dt.date(1943, 1, 15)),
            (S.DISPATCHED, dt.date(1943, 2, 1)),
            (S.IN_TRANSIT, dt.date(1943, 2, 3)),
            (S.DELIVERED, dt.date(1943, 4, 1)),
            (S.CONFIRMED, dt.date(1943, 6, 1)),
        ),
        notes="Dates and contents illustrative.",
    )
    _allocate(
        demo,
        shipment,
        (given["miners"], "150.00"),
        (given["anon_five"], "5.00"),
        (given["anon_guineas"], "2.10"),
        (given["tablecloth"], "20.75"),
        # What the goods cost (227.50) and no more: the rest of the works' money waits.
        (given["works"], "49.65"),
    )


def build_flood_collection(demo: Demo) -> None:
    campaign = _campaign(
        demo,
        title="Coventry collection after the Elbe floods",
        city="dresden",
        partnership="coventry_dresden",
        purpose="Drying out and cleaning homes and schools after the August 2002 flood.",
        starts_on=dt.date(2002, 8, 20),
        ends_on=dt.date(2002, 10, 31),
        target_amount=Decimal("5000.00"),
        target_currency="GBP",
        notes=SCENARIO + " " + ILLUSTRATIVE,
    )
    given = _contributions(
        demo,
        campaign,
        (
            ("cathedral", {"org": "cathedral"}, "850.00", "GBP", dt.date(2002, 8, 25)),
            ("committee", {"org": "committee"}, "500.00", "GBP", dt.date(2002, 8, 22)),
            ("secretary", {"person": "secretary"}, "50.00", "GBP", dt.date(2002, 8, 23)),
            ("anon", {"anonymous": True}, "20.00", "GBP", dt.date(2002, 8, 24)),
            (
                "saturday_school",
                {"text": "German Saturday school in Coventry"},
                "300.00",
                "EUR",
                dt.date(2002, 8, 28),
            ),
        ),
    )
    shipment = _shipment(
        demo,
        "dresden_2002",
        campaign,
        "DRS-2002-01",
        "Coventry haulier (by road)",
        (
            ("Dehumidifiers", "6", "pcs", "145.00", "GBP", "PAL-1", "90", None),
            ("Cleaning kits", "40", "box", "12.50", "GBP", "PAL-2", "220", None),
            (
                "Water purification tablets",
                "20",
                "box",
                "6.80",
                "GBP",
                "PAL-2",
                "8.5",
                dt.date(2004, 8, 31),
            ),
            ("Rubber boots", "60", "pair", "9.99", "GBP", "PAL-3", "72", None),
        ),
        (
            (S.PLANNED, dt.date(2002, 8, 26)),
            (S.PACKED, dt.date(2002, 9, 2)),
            (S.DISPATCHED, dt.date(2002, 9, 4)),
            (S.IN_TRANSIT, dt.date(2002, 9, 4)),
            (S.DELIVERED, dt.date(2002, 9, 6)),
            (S.CONFIRMED, dt.date(2002, 9, 20)),
        ),
    )
    _allocate(
        demo,
        shipment,
        (given["cathedral"], "800.00"),
        (given["committee"], "500.00"),
        (given["saturday_school"], "300.00"),
    )


def build_book_appeal(demo: Demo) -> None:
    campaign = _campaign(
        demo,
        title="English books for the Elbtal-Gymnasium library",
        city="dresden",
        partnership="coventry_dresden",
        purpose="Graded English readers, taken home by the visiting pupils.",
        starts_on=demo.days(-30),
        ends_on=demo.days(60),
        target_amount=Decimal("400.00"),
        target_currency="GBP",
        notes=SCENARIO,
    )
    given = _contributions(
        demo,
        campaign,
        (
            ("school", {"org": "cov_school"}, "120.00", "GBP", demo.days(-21)),
            ("secretary", {"person": "secretary"}, "25.00", "GBP", demo.days(-14)),
            ("anon", {"anonymous": True}, "10.00", "GBP", demo.days(-6)),
        ),
    )
    shipment = _shipment(
        demo,
        "books",
        campaign,
        "DRS-BOOKS-01",
        "By hand with the returning pupils",
        (("Graded English readers", "40", "pcs", "2.99", "GBP", "BOX-1", "16", None),),
        ((S.PLANNED, demo.days(-10)), (S.PACKED, demo.days(-2))),
    )
    _allocate(demo, shipment, (given["school"], "119.60"))


def build_exchange_rates(demo: Demo) -> None:
    source = "Illustrative demo rate; enter the rates the committee uses."
    recent = demo.days(-7)
    demo.add(
        # The rate in force when the flood appeal opened, so the Saturday school's euros (28
        # August) convert. Rounded: the ECB's daily euro reference rate for pound sterling
        # stayed close to 0.64 through August 2002 (ECB, "Euro foreign exchange reference
        # rates", series EXR.D.GBP.EUR.SP00.A; cross-check: EUR/USD about 0.98 and GBP/USD
        # about 1.53 that month give 0.98 / 1.53 = 0.64).
        ExchangeRate(
            currency="EUR",
            base_currency="GBP",
            valid_on=dt.date(2002, 8, 1),
            rate=Decimal("0.64"),
            source="ECB euro reference rate for sterling, August 2002, rounded",
        ),
        ExchangeRate(
            currency="EUR",
            base_currency="GBP",
            valid_on=dt.date(2002, 8, 30),
            rate=Decimal("0.64"),
            source=source,
        ),
        ExchangeRate(
            currency="EUR",
            base_currency="GBP",
            valid_on=recent,
            rate=Decimal("0.85"),
            source=source,
        ),
        ExchangeRate(
            currency="RUB",
            base_currency="GBP",
            valid_on=recent,
            rate=Decimal("0.0095"),
            source=source,
        ),
        ExchangeRate(
            currency="CNY",
            base_currency="GBP",
            valid_on=recent,
            rate=Decimal("0.105"),
            source=source,
        ),
    )


def build_aid(demo: Demo) -> None:
    build_stalingrad_appeal(demo)
    build_flood_collection(demo)
    build_book_appeal(demo)
    build_exchange_rates(demo)
