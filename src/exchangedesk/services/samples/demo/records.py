"""The correspondence register and the audit entry that says the demo was built."""

from __future__ import annotations

import datetime as dt
from typing import Any

from exchangedesk.db.models import AuditEntry, Document
from exchangedesk.domain.enums import DocumentKind as K
from exchangedesk.services.samples.demo._support import SCENARIO, Demo


def _document(demo: Demo, kind: K, title: str, issued_on: dt.date, **links: Any) -> Document:
    fields: dict[str, Any] = {}
    for name, key in links.items():
        if name == "person":
            fields["recipient_person_id"] = demo.pid(key)
        elif name == "org":
            fields["recipient_organisation_id"] = demo.orgs[key].id
        elif name in ("partnership", "delegation", "programme", "gift", "shipment"):
            fields[f"{name}_id"] = getattr(demo, name + "s")[key].id
        else:
            fields[name] = key
    document = Document(kind=kind, title=title, issued_on=issued_on, **fields)
    demo.add(document)
    return document


def build_documents(demo: Demo) -> None:
    demo.flush()
    d = _document
    d(
        demo,
        K.LETTER,
        "Letter to Volgograd on pausing the twinning link",
        dt.date(2022, 4, 1),
        recipient_text="The Mayor of Volgograd",
        partnership="coventry_volgograd",
        language="en+ru",
        notes="Explains, with a heavy heart, why the council paused the link and hopes it can "
        "be rebuilt. Sent in early April 2022; the day is approximate.",
    )
    d(
        demo,
        K.RECEIPT,
        "Receipt for the miners' federation's gift to the Stalingrad appeal",
        dt.date(1942, 11, 9),
        org="miners",
        notes="Illustrative register entry.",
    )
    d(
        demo,
        K.MANIFEST,
        "Manifest of the flood-relief lorry to Dresden",
        dt.date(2002, 9, 3),
        recipient_text="City of Dresden, civil protection office",
        shipment="dresden_2002",
        language="en+de",
        notes=SCENARIO,
    )
    year = demo.today.year - 1
    d(
        demo,
        K.LETTER,
        "Thank-you letter for the porcelain plate",
        dt.date(year, 11, 20),
        person="vogel",
        gift="dresden_plate",
        partnership="coventry_dresden",
        delegation="dresden_last_november",
        language="en+de",
        notes=SCENARIO,
    )
    d(
        demo,
        K.REPORT,
        f"Annual report to the council, {year - 1}",
        dt.date(year, 2, 28),
        org="council",
        language="en",
        notes=SCENARIO,
    )
    d(
        demo,
        K.LETTER,
        "Invitation to the Volgograd delegation",
        demo.days(-25),
        person="smirnova",
        delegation="volgograd_visit",
        partnership="coventry_volgograd",
        language="en+ru",
        notes=SCENARIO,
    )
    for key in ("smirnova", "lebedeva", "yegorov"):
        d(
            demo,
            K.LETTER,
            f"Visa support letter for {demo.people[key].display_name}",
            demo.days(-24),
            person=key,
            delegation="volgograd_visit",
            language="en",
            notes=SCENARIO,
        )
    d(
        demo,
        K.ITINERARY,
        "Itinerary of the Volgograd delegation",
        demo.days(-2),
        person="smirnova",
        delegation="volgograd_visit",
        language="en+ru",
        notes=SCENARIO,
    )
    d(
        demo,
        K.LETTER,
        "Consent form for the Dresden school exchange",
        demo.days(-30),
        person="birgit_schroeder",
        programme="dresden_school",
        language="de",
        notes=SCENARIO,
    )


def build_audit(demo: Demo, summary: str) -> None:
    demo.add(
        AuditEntry(
            actor="exchangedesk demo",
            action="import",
            entity="database",
            entity_id=None,
            summary=summary,
        )
    )
