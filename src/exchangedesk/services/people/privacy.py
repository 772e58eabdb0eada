"""A person's data given to them on request (the right of access).

:func:`personal_data` gathers every row that names the person, found from the models' own
foreign keys to ``people`` (so a table or column added later is exported without anyone
remembering to), and what hangs off those rows: placements and consents of their exchange
places, the files of their consents and kept letters, and the audit entries about them. Every
column of those rows is given, masked nothing: this is the person's own data. Giving it out is
written to the audit log, as revealing sensitive details is.

:func:`write_personal_data` writes the JSON file and the readable PDF.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Column, Table, or_, select
from sqlalchemy.orm import Session

from exchangedesk.db.base import Base
from exchangedesk.db.models import Attachment, AuditEntry, Consent, Document, Person, Placement
from exchangedesk.db.models import Participant as ParticipantRow
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.reports.data.privacy import DataSection, PersonalData
from exchangedesk.services.documents.itinerary_data import letterhead
from exchangedesk.services.people.edits import audit

# What a section is called when a row names the person through this table and column.
TITLES = {
    "people.id": "Person",
    "person_sensitive.person_id": "Sensitive details",
    "person_sensitive.guardian_id": "Guardian of",
    "delegation_members.person_id": "Delegation memberships",
    "delegations.head_person_id": "Head of delegation",
    "itinerary_items.host_person_id": "Host of programme items",
    "itinerary_attendees.person_id": "Programme items attended",
    "room_occupants.person_id": "Rooms",
    "programme_leaders.person_id": "Exchange programmes led",
    "participants.person_id": "Exchange participation",
    "placements.participant_id": "Placements with host families",
    "consents.participant_id": "Consents for their participation",
    "consents.given_by_id": "Consents they gave",
    "privacy_consents.person_id": "Consents about their data",
    "privacy_consents.given_by_id": "Consents about their data they gave as guardian",
    "host_families.contact_person_id": "Host families (contact person)",
    "contributions.donor_person_id": "Contributions",
    "gifts.from_person_id": "Gifts given by them",
    "gifts.to_person_id": "Gifts received by them",
    "partnership_signatories.person_id": "Agreements signed",
    "documents.recipient_person_id": "Letters in the correspondence register",
    "attachments.id": "Attachments",
    "audit_log.entity_id": "Audit log entries about them",
}

# Rows that name the person but hold another person's data: only the link is theirs.
LINK_ONLY = {"person_sensitive.guardian_id": ("person_id", "guardian_id")}


@dataclass(frozen=True)
class ExportFiles:
    json_path: Path
    pdf_path: Path
    sections: int
    rows: int


def person_links() -> list[tuple[Table, Column]]:
    """Every (table, column) whose foreign key points at a person, in the metadata's order."""
    people = Person.__table__
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column.table is people for fk in column.foreign_keys):
                found.append((table, column))
    return found


def printable(value: object) -> str | None:
    """A stored value as text the JSON file and the PDF both show the same way."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def _rows(
    session: Session, table: Table, where, columns: Iterable[str] | None = None
) -> tuple[dict[str, str | None], ...]:  # noqa: ANN001 - a SQL condition
    chosen = [table.c[name] for name in columns] if columns else list(table.columns)
    order = [c for c in table.primary_key.columns]
    result = session.execute(select(*chosen).where(where).order_by(*order)).mappings().all()
    return tuple({key: printable(value) for key, value in row.items()} for row in result)


def _section(key: str, rows: tuple[dict[str, str | None], ...]) -> DataSection:
    table = key.split(".", 1)[0]
    return DataSection(key, TITLES.get(key, table.replace("_", " ").capitalize()), rows)


def gather(session: Session, person_id: int) -> tuple[DataSection, ...]:
    """The sections of :class:`PersonalData` for one person, read in *session*."""
    people = Person.__table__
    sections = [_section("people.id", _rows(session, people, people.c.id == person_id))]
    for table, column in person_links():
        key = f"{table.name}.{column.name}"
        sections.append(
            _section(key, _rows(session, table, column == person_id, LINK_ONLY.get(key)))
        )
    theirs = select(ParticipantRow.id).where(ParticipantRow.person_id == person_id)
    placements, consents = Placement.__table__, Consent.__table__
    sections.append(
        _section(
            "placements.participant_id",
            _rows(session, placements, placements.c.participant_id.in_(theirs)),
        )
    )
    sections.append(
        _section(
            "consents.participant_id",
            _rows(session, consents, consents.c.participant_id.in_(theirs)),
        )
    )
    attachments = Attachment.__table__
    sections.append(
        _section(
            "attachments.id",
            _rows(session, attachments, attachments.c.id.in_(attachment_ids(session, person_id))),
        )
    )
    audit_log = AuditEntry.__table__
    sections.append(
        _section(
            "audit_log.entity_id",
            _rows(
                session,
                audit_log,
                (audit_log.c.entity == "person") & (audit_log.c.entity_id == person_id),
            ),
        )
    )
    return tuple(sections)


def attachment_ids(session: Session, person_id: int) -> list[int]:
    """The stored files about the person: scans of the consents given by them or for them, and
    the kept copies of the letters addressed to them."""
    theirs = select(ParticipantRow.id).where(ParticipantRow.person_id == person_id)
    consent_files = select(Consent.document_id).where(
        Consent.document_id.is_not(None),
        or_(Consent.given_by_id == person_id, Consent.participant_id.in_(theirs)),
    )
    letter_files = select(Document.attachment_id).where(
        Document.attachment_id.is_not(None), Document.recipient_person_id == person_id
    )
    return sorted(set(session.scalars(consent_files)) | set(session.scalars(letter_files)))


def personal_data(
    database: Database, person_id: int, *, actor: str, today: dt.date | None = None
) -> PersonalData:
    """Everything held about the person; the audit log records that it was given out."""
    with database.unit_of_work() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise ValidationError("person", f"there is no person #{person_id}")
        sections = gather(session, person_id)
        audit(
            session,
            actor,
            "export",
            "person",
            person_id,
            f"Personal data of person #{person_id} exported by {actor} (access request)",
        )
        return PersonalData(
            person_id=person_id,
            name=person.display_name,
            issued_on=today or dt.date.today(),
            letterhead=letterhead(session),
            sections=sections,
        )


def as_json(data: PersonalData) -> str:
    document = {
        "person_id": data.person_id,
        "name": data.name,
        "exported_on": data.issued_on.isoformat(),
        "exported_by": data.letterhead.committee,
        "sections": {s.key: {"title": s.title, "rows": list(s.rows)} for s in data.sections},
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def write_personal_data(data: PersonalData, folder: Path) -> ExportFiles:
    """``person-<id>-personal-data.json`` and ``.pdf`` in *folder* (made if missing)."""
    from exchangedesk.reports.personal_data import render_personal_data

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError("folder", f"'{folder}' cannot be made: {exc.strerror}") from exc
    stem = folder / f"person-{data.person_id}-personal-data"
    json_path, pdf_path = stem.with_suffix(".json"), stem.with_suffix(".pdf")
    try:
        json_path.write_text(as_json(data), encoding="utf-8")
        pdf_path.write_bytes(render_personal_data(data))
    except OSError as exc:
        raise ValidationError("folder", f"cannot write into '{folder}': {exc.strerror}") from exc
    return ExportFiles(
        json_path, pdf_path, len(data.sections), sum(len(s.rows) for s in data.sections)
    )


def export_personal_data(
    database: Database, person_id: int, folder: Path, *, actor: str
) -> ExportFiles:
    """Gather, audit and write: what the CLI and the window call."""
    return write_personal_data(personal_data(database, person_id, actor=actor), folder)
