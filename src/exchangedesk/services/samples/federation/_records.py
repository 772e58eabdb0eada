"""The correspondence register of a federation, and the audit entry that says how it was made."""

from __future__ import annotations

import datetime as dt
from typing import Any

from exchangedesk.db.models import AuditEntry, Document
from exchangedesk.domain.enums import DocumentKind
from exchangedesk.services.samples.federation._support import (
    BASE_DATE,
    BASE_INSTANT,
    FIRST_YEAR,
    Build,
    insert_rows,
    random_day,
    stamped,
)


def build_documents(build: Build) -> None:
    with build.database.unit_of_work() as session:
        insert_rows(session, Document, _documents(build))


def _documents(build: Build) -> Any:
    rng = build.rng("documents")
    visits = build.visits
    shipments = build.sizes["shipments"]
    for document_id in range(1, build.sizes["documents"] + 1):
        row: dict[str, Any] = {
            "id": document_id,
            "template": None,
            "language": rng.choice(("en", "en+ru", "de", "en+zh", "fr")),
            "recipient_person_id": None,
            "recipient_text": None,
            "partnership_id": None,
            "delegation_id": None,
            "shipment_id": None,
        }
        pick = rng.random()
        if pick < 0.5 and visits:
            visit = rng.choice(visits)
            members = build.members[visit.id]
            row.update(
                kind=DocumentKind.ITINERARY if pick < 0.3 else DocumentKind.LETTER,
                title=f"{'Itinerary' if pick < 0.3 else 'Invitation'} for delegation {visit.id}",
                issued_on=visit.arrival - dt.timedelta(days=rng.randint(7, 60)),
                delegation_id=visit.id,
                partnership_id=visit.partnership_id,
                recipient_person_id=members[0] if members else None,
                template="itinerary" if pick < 0.3 else "invitation",
            )
        elif pick < 0.8:
            partnership_id, _a, _b = rng.choice(build.partnerships)
            row.update(
                kind=DocumentKind.REPORT,
                title=f"Annual report of partnership {partnership_id}",
                issued_on=random_day(rng, dt.date(FIRST_YEAR, 12, 31), BASE_DATE),
                partnership_id=partnership_id,
                recipient_text="Town council",
                template="annual-report",
            )
        else:
            shipment_id = rng.randint(1, shipments)
            row.update(
                kind=DocumentKind.MANIFEST,
                title=f"Manifest of shipment SH-{shipment_id:06d}",
                issued_on=random_day(rng, dt.date(1960, 1, 1), BASE_DATE),
                shipment_id=shipment_id,
                recipient_text="Carrier",
                template="manifest",
            )
        yield stamped(row, versioned=False)


def record_build(build: Build, summary: str) -> None:
    with build.database.unit_of_work() as session:
        insert_rows(
            session,
            AuditEntry,
            [
                {
                    "at": BASE_INSTANT,
                    "actor": "exchangedesk demo --scale federation",
                    "action": "create",
                    "entity": "database",
                    "entity_id": None,
                    "summary": summary,
                }
            ],
        )
