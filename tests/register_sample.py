"""A small, consistent register for the persistence and command-line tests, and helpers that
look at a folder's bytes so a test can prove a refusal left everything in it untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from exchangedesk.db.models import (
    AidCampaign,
    Allocation,
    City,
    Contribution,
    Delegation,
    DelegationMember,
    ItineraryItem,
    Partnership,
    PartnershipArea,
    PartnershipStatusChange,
    Person,
    Shipment,
    ShipmentLine,
    ShipmentStatusChange,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import (
    CooperationArea,
    DelegationStatus,
    Direction,
    PartnershipStatus,
    ShipmentStatus,
)

VOLGOGRAD = ZoneInfo("Europe/Volgograd")


@dataclass(frozen=True)
class Sample:
    coventry: int
    volgograd: int
    partnership: int
    delegation: int
    contribution: int
    shipment: int


def add_sample(database: Database) -> Sample:
    """A small, consistent register: a partnership with areas and history, a delegation with a
    member and an itinerary inside its dates, and aid money traced to a shipment."""
    with database.unit_of_work() as session:
        coventry = City(name="Coventry", country_code="GB", timezone="Europe/London")
        volgograd = City(
            name="Volgograd", native_name="Волгоград", country_code="RU", timezone=VOLGOGRAD.key
        )
        session.add_all([coventry, volgograd])
        session.flush()
        partnership = Partnership(
            city_a_id=coventry.id,
            city_b_id=volgograd.id,
            status=PartnershipStatus.ACTIVE,
            signed_on=dt.date(1944, 1, 1),
        )
        partnership.areas.append(PartnershipArea(area=CooperationArea.CULTURE))
        partnership.areas.append(PartnershipArea(area=CooperationArea.HEALTH))
        partnership.status_changes.append(
            PartnershipStatusChange(
                changed_on=dt.date(1944, 1, 1), to_status=PartnershipStatus.ACTIVE
            )
        )
        session.add(partnership)
        session.flush()
        clementine = Person(given_name="Clementine", family_name="Churchill")
        session.add(clementine)
        session.flush()
        delegation = Delegation(
            partnership_id=partnership.id,
            direction=Direction.OUTGOING,
            title="Visit to Stalingrad",
            arrival_on=dt.date(1945, 4, 20),
            departure_on=dt.date(1945, 4, 22),
            status=DelegationStatus.COMPLETED,
            head_person_id=clementine.id,
        )
        delegation.members.append(DelegationMember(person_id=clementine.id))
        session.add(delegation)
        session.flush()
        # 00:30 local on the arrival day is still the day before in UTC: inside the dates.
        session.add(
            ItineraryItem(
                delegation_id=delegation.id,
                starts_at=dt.datetime(1945, 4, 20, 0, 30, tzinfo=VOLGOGRAD),
                ends_at=dt.datetime(1945, 4, 20, 2, 0, tzinfo=VOLGOGRAD),
                timezone=VOLGOGRAD.key,
                title="Arrival by train",
            )
        )
        campaign = AidCampaign(
            title="Anglo-Soviet Medical Aid",
            beneficiary_city_id=volgograd.id,
            partnership_id=partnership.id,
            starts_on=dt.date(1942, 1, 1),
        )
        session.add(campaign)
        session.flush()
        contribution = Contribution(
            campaign_id=campaign.id,
            donor_text="Coventry miners' federation",
            amount=Decimal("100.00"),
            currency="GBP",
            received_on=dt.date(1942, 3, 1),
        )
        shipment = Shipment(campaign_id=campaign.id, reference="S-1942-1")
        shipment.lines.append(
            ShipmentLine(
                item="Bandages",
                quantity=Decimal("40"),
                unit="box",
                unit_value=Decimal("1.50"),
                currency="GBP",
            )
        )
        session.add_all([contribution, shipment])
        session.flush()
        for day, status in [(1, ShipmentStatus.PLANNED), (5, ShipmentStatus.DISPATCHED)]:
            session.add(
                ShipmentStatusChange(
                    shipment_id=shipment.id, status=status, occurred_on=dt.date(1942, 4, day)
                )
            )
        shipment.status = ShipmentStatus.DISPATCHED
        session.add(
            Allocation(contribution_id=contribution.id, shipment_id=shipment.id, amount=Decimal(60))
        )
        session.flush()
        return Sample(
            coventry=coventry.id,
            volgograd=volgograd.id,
            partnership=partnership.id,
            delegation=delegation.id,
            contribution=contribution.id,
            shipment=shipment.id,
        )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in *folder* with its digest: a refusal must leave all of them as they were
    and add none (no -wal, -shm or lock file appearing beside the database)."""
    return {p.name: sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _middle_root_page(path: Path) -> int:
    """Root page of the table or index nearest the middle of the file, so the damage is in
    pages that a schema lookup never reads."""
    with sqlite3.connect(path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        roots = [r for (r,) in conn.execute("SELECT rootpage FROM sqlite_master WHERE rootpage")]
    conn.close()
    return min(roots, key=lambda page: abs(page - pages // 2))


def corrupt_middle(path: Path) -> None:
    page = _middle_root_page(path)
    data = bytearray(path.read_bytes())
    size = 4096
    data[(page - 1) * size : page * size] = b"\xa5" * size
    path.write_bytes(bytes(data))
