"""What the Aid area of the desktop needs beyond the aid use cases: the shipments of one
campaign, the partnerships a beneficiary city is in, taking back a campaign or a shipment just
created (so "New campaign" and "New shipment" can be undone), and the signed delivery
confirmation attached to a shipment.

Taking back is refused as soon as anything hangs on the record — money given to the campaign,
a shipment of it, an allocation, or a status step after "planned" — because then it is history,
not a slip of the hand.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select

from exchangedesk.db.models import (
    AidCampaign,
    Allocation,
    Attachment,
    City,
    Contribution,
    Partnership,
    Shipment,
)
from exchangedesk.db.models import ShipmentStatusChange as ChangeRecord
from exchangedesk.db.session import Database
from exchangedesk.db.types import utc_now
from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.aid.lists import SHIPMENT_COLUMNS, ShipmentRow
from exchangedesk.services.common import attachments as files
from exchangedesk.services.common.editing import audit, editing, existing

DELIVERY_CONFIRMATION = "delivery_confirmation"


@dataclass(frozen=True)
class PartnershipChoice:
    id: int
    label: str  # "Coventry – Volgograd"


def campaign_shipments(database: Database, campaign_id: int) -> tuple[ShipmentRow, ...]:
    """Every shipment of one campaign, the oldest first (a campaign has a handful)."""
    statement = (
        select(*SHIPMENT_COLUMNS)
        .join(AidCampaign, Shipment.campaign_id == AidCampaign.id)
        .join(City, AidCampaign.beneficiary_city_id == City.id)
        .where(Shipment.campaign_id == campaign_id)
        .order_by(Shipment.id)
    )
    with database.reading() as session:
        return tuple(ShipmentRow(*record) for record in session.execute(statement))


def partnerships_of_city(database: Database, city_id: int | None) -> list[PartnershipChoice]:
    """The partnerships ``city_id`` is one side of, for the campaign editor's choice."""
    if city_id is None:
        return []
    with database.reading() as session:
        pairs = session.scalars(
            select(Partnership)
            .where(or_(Partnership.city_a_id == city_id, Partnership.city_b_id == city_id))
            .order_by(Partnership.id)
        )
        return [PartnershipChoice(p.id, f"{p.city_a.name} – {p.city_b.name}") for p in pairs]


def delete_campaign(database: Database, campaign_id: int, *, expected_version: int) -> None:
    """Take back a campaign entered by mistake; refused once money or a shipment is in it."""
    with editing(database) as session:
        record = existing(session, AidCampaign, campaign_id, "Aid campaign")
        if record.version_id != expected_version:
            raise ValidationError(
                "campaign", f"Campaign '{record.title}' was changed since; it is kept."
            )
        given = session.scalar(
            select(func.count(Contribution.id)).where(Contribution.campaign_id == record.id)
        )
        sent = session.scalar(
            select(func.count(Shipment.id)).where(Shipment.campaign_id == record.id)
        )
        if given or sent:
            raise ValidationError(
                "campaign",
                f"Campaign '{record.title}' has {given} contribution(s) and {sent} shipment(s); "
                "it is part of the register now and cannot be taken back.",
            )
        audit(session, "delete", "aid_campaign", record.id, f"campaign '{record.title}'")
        session.delete(record)


def delete_shipment(database: Database, shipment_id: int, *, expected_version: int) -> None:
    """Take back a shipment entered by mistake: only while it is planned, with no other step
    in its history and no money allocated to it."""
    with editing(database) as session:
        record = existing(session, Shipment, shipment_id, "Shipment")
        if record.version_id != expected_version:
            raise ValidationError(
                "shipment", f"Shipment {record.reference} was changed since; it is kept."
            )
        steps = session.scalar(
            select(func.count(ChangeRecord.id)).where(ChangeRecord.shipment_id == record.id)
        )
        allocated = session.scalar(
            select(func.count(Allocation.id)).where(Allocation.shipment_id == record.id)
        )
        if record.status != ShipmentStatus.PLANNED or (steps or 0) > 1 or allocated:
            raise ValidationError(
                "shipment",
                f"Shipment {record.reference} has moved on or has money allocated to it; "
                "it is part of the register now and cannot be taken back.",
            )
        attached = session.scalar(
            select(func.count(Attachment.id)).where(Attachment.shipment_id == record.id)
        )
        if attached:
            raise ValidationError(
                "shipment", f"Shipment {record.reference} has a document attached; it is kept."
            )
        for change in session.scalars(
            select(ChangeRecord).where(ChangeRecord.shipment_id == record.id)
        ):
            session.delete(change)
        audit(session, "delete", "shipment", record.id, f"shipment {record.reference}")
        session.delete(record)


# --- the signed delivery confirmation ------------------------------------------------------


def _rows(records: Iterable[Attachment]) -> list[files.AttachmentRow]:
    return [files._row(record) for record in records]  # noqa: SLF001 - the same row type


def attach_delivery_confirmation(
    database: Database, shipment_id: int, source: Path, *, title: str | None = None
) -> files.AttachmentRow:
    """Store the signed delivery confirmation (a scan, a PDF) with the shipment. The file is
    kept under a generated name, exactly as the partnership attachments are."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError("file", f"{source} is not a file that can be read")
    with database.reading() as session:
        existing(session, Shipment, shipment_id, "Shipment")
    folder = files.attachments_dir(database)
    with source.open("rb") as handle:
        stored_name, size, digest = files._store(folder, files._chunks(handle))  # noqa: SLF001
    original = files.clean_original_name(source.name)
    try:
        with editing(database) as session:
            record = Attachment(
                stored_name=stored_name,
                original_name=original,
                media_type=mimetypes.guess_type(files.safe_file_name(original))[0],
                size_bytes=size,
                sha256=digest,
                title=(title or "").strip()[:300] or None,
                purpose=DELIVERY_CONFIRMATION,
                shipment_id=shipment_id,
            )
            session.add(record)
            session.flush()
            audit(session, "attach", "shipment", shipment_id, original)
            return files._row(record)  # noqa: SLF001
    except BaseException:
        with suppress(OSError):
            (folder / stored_name).unlink()  # no row, no file
        raise


def delivery_confirmations(database: Database, shipment_id: int) -> list[files.AttachmentRow]:
    """The shipment's signed delivery confirmations (not removed), oldest first."""
    with database.reading() as session:
        return _rows(
            session.scalars(
                select(Attachment)
                .where(
                    Attachment.shipment_id == shipment_id,
                    Attachment.purpose == DELIVERY_CONFIRMATION,
                    Attachment.removed_at.is_(None),
                )
                .order_by(Attachment.created_at, Attachment.id)
            )
        )


def remove_delivery_confirmation(database: Database, attachment_id: int, *, removed: bool) -> None:
    """Mark the confirmation removed (the file stays, so the removal can be undone), or
    bring it back with ``removed=False``."""
    with editing(database) as session:
        record = session.get(Attachment, attachment_id)
        if record is None or record.shipment_id is None:
            raise ValidationError("attachment", "That document is no longer in the register.")
        if (record.removed_at is not None) == removed:
            state = "removed" if removed else "attached"
            raise ValidationError("attachment", f"“{record.original_name}” is {state} already.")
        record.removed_at = utc_now() if removed else None
        action = "detach" if removed else "reattach"
        audit(session, action, "shipment", record.shipment_id, record.original_name)
