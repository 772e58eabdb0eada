"""Shipments of aid: the goods on each line, and a status history that only moves forward.

The workflow rules are in :mod:`exchangedesk.domain.shipments`. Here: a shipment is created
planned (the first entry of its history), its contents can change until it is dispatched (after
that the manifest has gone with the goods), and every status move, and every reversal that
corrects one, is a new dated entry that is written to the audit log too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import AidCampaign, Allocation, City, Contribution, Shipment
from exchangedesk.db.models import ShipmentLine as LineRecord
from exchangedesk.db.models import ShipmentStatusChange as ChangeRecord
from exchangedesk.db.session import Database
from exchangedesk.db.types import utc_now
from exchangedesk.domain import shipments as workflow
from exchangedesk.domain.enums import ShipmentStatus, label
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.money import (
    LARGEST_AMOUNT,
    Money,
    by_currency,
    check_amount,
    check_currency,
    check_places,
    to_decimal,
)
from exchangedesk.reports.data.aid import ShipmentLineRow  # noqa: F401 - printed there, built here
from exchangedesk.services.common.editing import (
    audit,
    check_date,
    check_version,
    clean_text,
    editing,
    existing,
    referenced,
)

QUANTITY_PLACES = 3  # what the quantity and weight columns keep
# Contents can change until the goods leave; after that the manifest travels with them.
LINES_OPEN = frozenset({ShipmentStatus.PLANNED, ShipmentStatus.PACKED})


@dataclass(frozen=True)
class ShipmentLineFields:
    item: str
    quantity: Decimal | str
    unit: str  # pcs, kg, box, l
    unit_value: Decimal | str
    currency: str
    box_code: str | None = None  # box or pallet
    weight_kg: Decimal | str | None = None
    expires_on: dt.date | None = None


@dataclass(frozen=True)
class ShipmentFields:
    campaign_id: int
    reference: str
    carrier: str | None = None
    tracking_reference: str | None = None
    notes: str | None = None
    lines: tuple[ShipmentLineFields, ...] = ()


@dataclass(frozen=True)
class StatusChangeRow:
    id: int
    status: ShipmentStatus  # where the shipment stood after this entry
    occurred_on: dt.date
    is_reversal: bool
    note: str | None


@dataclass(frozen=True)
class ShipmentDetail:
    id: int
    version: int
    fields: ShipmentFields  # what an editor shows; hand it back changed to update_shipment
    campaign: str
    beneficiary_city: str
    status: ShipmentStatus
    history: tuple[StatusChangeRow, ...]
    lines: tuple[ShipmentLineRow, ...]
    goods_value: tuple[Money, ...]  # per currency, exact
    weight_kg: Decimal | None  # of the lines that give one
    allocated: tuple[Money, ...]  # contributions spent on these goods, per currency
    next_statuses: tuple[ShipmentStatus, ...]
    can_reverse: bool
    lines_can_change: bool


def line_row(line: LineRecord) -> ShipmentLineRow:
    unit_value = Money(line.unit_value, line.currency)
    return ShipmentLineRow(
        id=line.id,
        item=line.item,
        quantity=line.quantity,
        unit=line.unit,
        unit_value=unit_value,
        value=unit_value.times(line.quantity),
        box_code=line.box_code,
        weight_kg=line.weight_kg,
        expires_on=line.expires_on,
    )


def history_of(session: Session, shipment_id: int) -> list[ChangeRecord]:
    """The history in the order it was recorded (dates never go back, so also by date)."""
    return list(
        session.scalars(
            select(ChangeRecord)
            .where(ChangeRecord.shipment_id == shipment_id)
            .order_by(ChangeRecord.occurred_on, ChangeRecord.id)
        )
    )


def steps(history: Sequence[ChangeRecord]) -> list[workflow.Step]:
    return [workflow.Step(c.status, c.occurred_on, c.is_reversal) for c in history]


def _quantity(value: object, field: str, *, allow_zero: bool) -> Decimal:
    number = to_decimal(value, field)
    if number < 0 or (number == 0 and not allow_zero):
        raise ValidationError(
            field,
            f"{'Cannot be negative' if allow_zero else 'Must be more than zero'} (got {number}).",
        )
    if number >= LARGEST_AMOUNT:
        raise ValidationError(field, f"{number} is too large; check the figure.")
    check_places(number, QUANTITY_PLACES, field, "it")
    return number


def _line(fields: ShipmentLineFields, index: int) -> LineRecord:
    """A validated line; fields are named ``lines[<row>].<field>`` (rows counted from 1)."""
    name = f"lines[{index + 1}]"
    currency = check_currency(fields.currency, f"{name}.currency")
    weight = fields.weight_kg
    return LineRecord(
        item=clean_text(fields.item, f"{name}.item", required=True),
        quantity=_quantity(fields.quantity, f"{name}.quantity", allow_zero=False),
        unit=clean_text(fields.unit, f"{name}.unit", required=True, max_length=30),
        unit_value=check_amount(fields.unit_value, currency, f"{name}.unit_value", allow_zero=True),
        currency=currency,
        box_code=clean_text(fields.box_code, f"{name}.box_code", max_length=60),
        weight_kg=None
        if weight is None or weight == ""
        else _quantity(weight, f"{name}.weight_kg", allow_zero=True),
        expires_on=check_date(fields.expires_on, f"{name}.expires_on", required=False),
    )


def _same_lines(old: Sequence[LineRecord], new: Sequence[LineRecord]) -> bool:
    def key(line: LineRecord) -> tuple[object, ...]:
        return (
            line.item,
            line.quantity,
            line.unit,
            line.unit_value,
            line.currency,
            line.box_code,
            line.weight_kg,
            line.expires_on,
        )

    return [key(line) for line in old] == [key(line) for line in new]


def _apply(session: Session, record: Shipment, fields: ShipmentFields) -> None:
    """Validate ``fields`` completely, then write them onto ``record``. Changed lines also
    touch the shipment itself, so its version moves and a concurrent editor is warned."""
    reference = clean_text(fields.reference, "reference", required=True, max_length=60)
    campaign = referenced(session, AidCampaign, fields.campaign_id, "campaign_id", "aid campaign")
    if campaign is None:
        raise ValidationError("campaign_id", "Choose the aid campaign the shipment belongs to.")
    lines = [_line(line, index) for index, line in enumerate(fields.lines)]
    clash = session.scalar(
        select(Shipment.id).where(
            func.lower(Shipment.reference) == reference.lower(),
            Shipment.id != (record.id or 0),
        )
    )
    if clash is not None:
        raise ValidationError("reference", f"Another shipment already has reference {reference}.")
    if record.id is not None and record.campaign_id != campaign.id and _allocated(session, record):
        raise ValidationError(
            "campaign_id",
            "Money of this campaign's contributions is allocated to the shipment; remove those "
            "allocations before moving it to another campaign.",
        )
    if record.id is not None and not _same_lines(record.lines, lines):
        if record.status not in LINES_OPEN:
            raise ValidationError(
                "lines",
                f"The shipment is {label(record.status).lower()}: its contents went with the "
                "goods and can no longer be changed. Note any difference instead.",
            )
        record.lines = lines
        record.updated_at = utc_now()
    elif record.id is None:
        record.lines = lines
    record.campaign_id = campaign.id
    record.reference = reference
    record.carrier = clean_text(fields.carrier, "carrier", max_length=200)
    record.tracking_reference = clean_text(
        fields.tracking_reference, "tracking_reference", max_length=100
    )
    record.notes = clean_text(fields.notes, "notes", max_length=100_000)


def _allocated(session: Session, record: Shipment) -> bool:
    return (
        session.scalar(select(Allocation.id).where(Allocation.shipment_id == record.id).limit(1))
        is not None
    )


def create_shipment(
    database: Database, fields: ShipmentFields, *, planned_on: dt.date
) -> ShipmentDetail:
    """A new shipment, planned on ``planned_on`` (the first entry of its history)."""
    day = check_date(planned_on, "planned_on")
    with editing(database) as session:
        record = Shipment(status=ShipmentStatus.PLANNED)
        _apply(session, record, fields)
        session.add(record)
        session.flush()
        session.add(
            ChangeRecord(shipment_id=record.id, status=ShipmentStatus.PLANNED, occurred_on=day)
        )
        audit(session, "create", "shipment", record.id, f"shipment {record.reference} planned")
        session.flush()
        return _detail(session, record)


def update_shipment(
    database: Database, shipment_id: int, fields: ShipmentFields, *, expected_version: int
) -> ShipmentDetail:
    """Change reference, carrier, tracking, notes, and the lines while not yet dispatched.
    The status changes only through :func:`advance_shipment` and :func:`record_reversal`."""
    with editing(database) as session:
        record = existing(session, Shipment, shipment_id, "Shipment")
        check_version(record, expected_version, f"Shipment {record.reference}")
        _apply(session, record, fields)
        session.flush()
        return _detail(session, record)


def get_shipment(database: Database, shipment_id: int) -> ShipmentDetail:
    with database.reading() as session:
        return _detail(session, existing(session, Shipment, shipment_id, "Shipment"))


def advance_shipment(
    database: Database,
    shipment_id: int,
    to_status: ShipmentStatus,
    on_date: dt.date,
    *,
    note: str | None = None,
    expected_version: int,
) -> ShipmentDetail:
    """Move the shipment forward (or to lost before confirmed) on ``on_date``."""
    try:
        target = ShipmentStatus(to_status)
    except ValueError:
        raise ValidationError("to_status", f"'{to_status}' is not a shipment status.") from None
    day = check_date(on_date, "on_date")
    text = clean_text(note, "note", max_length=10_000)
    with editing(database) as session:
        record = existing(session, Shipment, shipment_id, "Shipment")
        check_version(record, expected_version, f"Shipment {record.reference}")
        workflow.check_advance(record.status, target)
        history = history_of(session, record.id)
        workflow.check_step_date(steps(history), day)
        before = record.status
        record.status = target
        session.add(ChangeRecord(shipment_id=record.id, status=target, occurred_on=day, note=text))
        audit(
            session,
            "status",
            "shipment",
            record.id,
            f"shipment {record.reference}: {before} → {target} on {day.isoformat()}",
        )
        session.flush()
        return _detail(session, record)


def record_reversal(
    database: Database,
    shipment_id: int,
    on_date: dt.date,
    *,
    note: str,
    expected_version: int,
) -> ShipmentDetail:
    """Correct the latest step: a new entry, dated ``on_date``, that takes the shipment back to
    the step before it. ``note`` says why; the entry corrected stays in the history."""
    day = check_date(on_date, "on_date")
    text = clean_text(note, "note", required=True, max_length=10_000)
    with editing(database) as session:
        record = existing(session, Shipment, shipment_id, "Shipment")
        check_version(record, expected_version, f"Shipment {record.reference}")
        history = steps(history_of(session, record.id))
        back_to = workflow.reversal_target(history)
        workflow.check_step_date(history, day)
        before = record.status
        record.status = back_to
        session.add(
            ChangeRecord(
                shipment_id=record.id, status=back_to, occurred_on=day, is_reversal=True, note=text
            )
        )
        audit(
            session,
            "reversal",
            "shipment",
            record.id,
            f"shipment {record.reference}: {before} reversed to {back_to} on "
            f"{day.isoformat()}: {text}",
        )
        session.flush()
        return _detail(session, record)


def _detail(session: Session, record: Shipment) -> ShipmentDetail:
    campaign, city = session.execute(
        select(AidCampaign.title, City.name)
        .join(City, City.id == AidCampaign.beneficiary_city_id)
        .where(AidCampaign.id == record.campaign_id)
    ).one()
    lines = tuple(line_row(line) for line in sorted(record.lines, key=lambda x: x.id))
    history = history_of(session, record.id)
    weights = [line.weight_kg for line in lines if line.weight_kg is not None]
    allocated = session.execute(
        select(Allocation.amount, Contribution.currency)
        .join(Contribution, Contribution.id == Allocation.contribution_id)
        .where(Allocation.shipment_id == record.id)
    ).all()
    return ShipmentDetail(
        id=record.id,
        version=record.version_id,
        fields=ShipmentFields(
            campaign_id=record.campaign_id,
            reference=record.reference,
            carrier=record.carrier,
            tracking_reference=record.tracking_reference,
            notes=record.notes,
            lines=tuple(
                ShipmentLineFields(
                    item=line.item,
                    quantity=line.quantity,
                    unit=line.unit,
                    unit_value=line.unit_value.amount,
                    currency=line.unit_value.currency,
                    box_code=line.box_code,
                    weight_kg=line.weight_kg,
                    expires_on=line.expires_on,
                )
                for line in lines
            ),
        ),
        campaign=campaign,
        beneficiary_city=city,
        status=record.status,
        history=tuple(
            StatusChangeRow(c.id, c.status, c.occurred_on, c.is_reversal, c.note) for c in history
        ),
        lines=lines,
        goods_value=by_currency(line.value for line in lines),
        weight_kg=sum(weights, Decimal(0)) if weights else None,
        allocated=by_currency(Money(amount, currency) for amount, currency in allocated),
        next_statuses=workflow.next_statuses(record.status),
        can_reverse=len(workflow.effective_steps(steps(history))) > 1,
        lines_can_change=record.status in LINES_OPEN,
    )
