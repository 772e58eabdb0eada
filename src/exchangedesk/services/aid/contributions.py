"""Money given to an aid campaign, and the parts of it spent on shipments (allocations).

Rules a donor and an auditor rely on:
* a contribution has exactly one donor: a person, an organisation, a name in words, or
  anonymous; its amount is exact and has no more decimals than its ISO 4217 currency;
* a receipt number is unique and comes with the day the receipt was issued;
* an allocation is in the contribution's currency, to a shipment of the same campaign, and the
  allocations of a contribution never add up to more than it gave. The check reads the existing
  allocations in the same transaction after locking the contribution (``SELECT ... FOR UPDATE``
  on PostgreSQL; on SQLite, which has no row locks, a first write takes the database's write
  lock), so two people allocating the same money at once are served one after the other and the
  second sees what the first took;
* a contribution that is allocated cannot be deleted, nor lose its currency or campaign;
* every change of money is written to the audit log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    AidCampaign,
    Allocation,
    Contribution,
    Organisation,
    Person,
    Shipment,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.money import Money, check_amount, check_currency, money_words
from exchangedesk.services.common.editing import (
    audit,
    check_date,
    check_version,
    clean_text,
    editing,
    existing,
    referenced,
)


@dataclass(frozen=True)
class Donor:
    """Who gave: exactly one of a person, an organisation, a name in words, or anonymous."""

    person_id: int | None = None
    organisation_id: int | None = None
    text: str | None = None  # "Coventry miners' federation"
    anonymous: bool = False

    @classmethod
    def person(cls, person_id: int) -> Donor:
        return cls(person_id=person_id)

    @classmethod
    def organisation(cls, organisation_id: int) -> Donor:
        return cls(organisation_id=organisation_id)

    @classmethod
    def named(cls, text: str) -> Donor:
        return cls(text=text)

    @classmethod
    def unnamed(cls) -> Donor:
        return cls(anonymous=True)


@dataclass(frozen=True)
class ContributionFields:
    campaign_id: int
    donor: Donor
    amount: Decimal | str
    currency: str  # ISO 4217
    received_on: dt.date
    receipt_number: str | None = None
    receipt_issued_on: dt.date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class AllocationRow:
    id: int
    contribution_id: int
    shipment_id: int
    shipment_reference: str
    shipment_status: ShipmentStatus
    amount: Money  # in the contribution's currency


@dataclass(frozen=True)
class ContributionDetail:
    id: int
    version: int
    fields: ContributionFields  # what an editor shows; hand it back changed to update
    campaign: str
    donor_name: str
    amount: Money
    allocated: Money
    allocations: tuple[AllocationRow, ...]

    @property
    def unallocated(self) -> Money:
        return self.amount - self.allocated


def donor_name(session: Session, record: Contribution) -> str:
    """The donor in words, as receipts and traces show them."""
    if record.anonymous:
        return "Anonymous"
    if record.donor_person_id is not None:
        person = session.get(Person, record.donor_person_id)
        return f"{person.given_name} {person.family_name}" if person else "?"
    if record.donor_organisation_id is not None:
        organisation = session.get(Organisation, record.donor_organisation_id)
        return organisation.name if organisation else "?"
    return record.donor_text or ""


def check_donor(session: Session, donor: Donor) -> Donor:
    text = clean_text(donor.text, "donor")
    given = [
        donor.person_id is not None,
        donor.organisation_id is not None,
        text is not None,
        bool(donor.anonymous),
    ]
    if not any(given):
        raise ValidationError(
            "donor", "Say who gave: a person, an organisation, a name in words, or anonymous."
        )
    if sum(given) > 1:
        raise ValidationError(
            "donor",
            "A contribution has one donor: a person, an organisation, a name in words, or "
            "anonymous, not several.",
        )
    referenced(session, Person, donor.person_id, "donor", "person")
    referenced(session, Organisation, donor.organisation_id, "donor", "organisation")
    return Donor(donor.person_id, donor.organisation_id, text, bool(donor.anonymous))


def lock_contribution(session: Session, contribution_id: int) -> Contribution:
    """The contribution, locked against concurrent allocations until this unit of work ends.
    Must be the first statement of the unit of work (see the module docstring)."""
    if session.get_bind().dialect.name == "sqlite":
        # SQLite has no row locks: a write first takes the database's write lock now (waiting
        # for another writer to finish), so what is read next is already up to date.
        session.execute(
            update(Contribution)
            .where(Contribution.id == contribution_id)
            .values(version_id=Contribution.version_id)
            .execution_options(synchronize_session=False)
        )
    record = session.scalar(
        select(Contribution).where(Contribution.id == contribution_id).with_for_update()
    )
    if record is None:
        raise ConcurrentEditError(
            f"Contribution {contribution_id} no longer exists; someone may have deleted it. "
            "Reload the list."
        )
    return record


def allocations_of(session: Session, contribution_id: int) -> list[AllocationRow]:
    rows = session.execute(
        select(
            Allocation.id,
            Allocation.shipment_id,
            Shipment.reference,
            Shipment.status,
            Allocation.amount,
            Contribution.currency,
        )
        .join(Shipment, Shipment.id == Allocation.shipment_id)
        .join(Contribution, Contribution.id == Allocation.contribution_id)
        .where(Allocation.contribution_id == contribution_id)
        .order_by(Shipment.reference, Allocation.id)
    )
    return [
        AllocationRow(id_, contribution_id, shipment_id, reference, status, Money(amount, code))
        for id_, shipment_id, reference, status, amount, code in rows
    ]


def _allocated(allocations: list[AllocationRow], currency: str) -> Money:
    total = Money.zero(currency)
    for allocation in allocations:
        total = total + allocation.amount
    return total


def _shipments_named(allocations: list[AllocationRow]) -> str:
    return ", ".join(f"{a.shipment_reference} ({a.amount})" for a in allocations)


def _apply(session: Session, record: Contribution, fields: ContributionFields) -> None:
    """Validate ``fields`` completely, then write them onto ``record``."""
    campaign = referenced(session, AidCampaign, fields.campaign_id, "campaign_id", "aid campaign")
    if campaign is None:
        raise ValidationError("campaign_id", "Choose the aid campaign the money was given to.")
    donor = check_donor(session, fields.donor)
    currency = check_currency(fields.currency)
    amount = check_amount(fields.amount, currency)
    received_on = check_date(fields.received_on, "received_on")
    receipt = clean_text(fields.receipt_number, "receipt_number", max_length=60)
    issued_on = check_date(fields.receipt_issued_on, "receipt_issued_on", required=False)
    if receipt is not None and issued_on is None:
        raise ValidationError("receipt_issued_on", "Give the day the receipt was issued.")
    if receipt is None and issued_on is not None:
        raise ValidationError("receipt_number", "Give the number of the receipt issued.")
    if issued_on is not None and received_on is not None and issued_on < received_on:
        raise ValidationError(
            "receipt_issued_on",
            f"The receipt cannot be issued ({issued_on.isoformat()}) before the money was "
            f"received ({received_on.isoformat()}).",
        )
    if receipt is not None:
        clash = session.scalar(
            select(Contribution.id).where(
                Contribution.receipt_number == receipt, Contribution.id != (record.id or 0)
            )
        )
        if clash is not None:
            raise ValidationError(
                "receipt_number", f"Receipt number {receipt} is already used by another gift."
            )
    if record.id is not None:
        allocations = allocations_of(session, record.id)
        if allocations:
            _keep_allocations_valid(record, allocations, campaign.id, currency, amount)
    record.campaign_id = campaign.id
    record.donor_person_id = donor.person_id
    record.donor_organisation_id = donor.organisation_id
    record.donor_text = donor.text
    record.anonymous = donor.anonymous
    record.amount = amount
    record.currency = currency
    record.received_on = received_on
    record.receipt_number = receipt
    record.receipt_issued_on = issued_on
    record.notes = clean_text(fields.notes, "notes", max_length=100_000)


def _keep_allocations_valid(
    record: Contribution,
    allocations: list[AllocationRow],
    campaign_id: int,
    currency: str,
    amount: Decimal,
) -> None:
    named = _shipments_named(allocations)
    if currency != record.currency:
        raise ValidationError(
            "currency",
            f"The money is allocated in {record.currency} to {named}; its currency cannot change.",
        )
    if campaign_id != record.campaign_id:
        raise ValidationError(
            "campaign_id", f"The money is allocated to shipments of its campaign ({named})."
        )
    allocated = _allocated(allocations, currency)
    if amount < allocated.amount:
        raise ValidationError(
            "amount",
            f"{allocated} of this contribution is already allocated ({named}); the amount "
            "cannot be less than that.",
        )


def create_contribution(database: Database, fields: ContributionFields) -> ContributionDetail:
    with editing(database) as session:
        record = Contribution()
        _apply(session, record, fields)
        session.add(record)
        _flush_receipt(session, record)
        audit(
            session,
            "create",
            "contribution",
            record.id,
            f"{money_words(record.amount, record.currency)} from {donor_name(session, record)} "
            f"to campaign {record.campaign_id}, received {record.received_on.isoformat()}",
        )
        return _detail(session, record)


def update_contribution(
    database: Database, contribution_id: int, fields: ContributionFields, *, expected_version: int
) -> ContributionDetail:
    with editing(database) as session:
        record = lock_contribution(session, contribution_id)
        check_version(record, expected_version, f"Contribution {contribution_id}")
        before = money_words(record.amount, record.currency)
        _apply(session, record, fields)
        _flush_receipt(session, record)
        audit(
            session,
            "update",
            "contribution",
            record.id,
            f"{before} → {money_words(record.amount, record.currency)} from "
            f"{donor_name(session, record)}, received {record.received_on.isoformat()}",
        )
        return _detail(session, record)


def delete_contribution(database: Database, contribution_id: int, *, expected_version: int) -> None:
    """Delete a contribution entered by mistake; refused while any of it is allocated."""
    with editing(database) as session:
        record = lock_contribution(session, contribution_id)
        check_version(record, expected_version, f"Contribution {contribution_id}")
        allocations = allocations_of(session, record.id)
        if allocations:
            raise ValidationError(
                "contribution",
                f"This contribution is allocated to shipments: {_shipments_named(allocations)}. "
                "Remove those allocations first.",
            )
        audit(
            session,
            "delete",
            "contribution",
            record.id,
            f"{money_words(record.amount, record.currency)} from {donor_name(session, record)}, "
            f"received {record.received_on.isoformat()}, receipt {record.receipt_number or '-'}",
        )
        session.delete(record)


def get_contribution(database: Database, contribution_id: int) -> ContributionDetail:
    with database.reading() as session:
        return _detail(session, existing(session, Contribution, contribution_id, "Contribution"))


def _flush_receipt(session: Session, record: Contribution) -> None:
    try:
        session.flush()
    except IntegrityError as exc:  # the same receipt number saved by someone else just now
        raise ValidationError(
            "receipt_number", f"Receipt number {record.receipt_number} was used meanwhile."
        ) from exc


def _detail(session: Session, record: Contribution) -> ContributionDetail:
    allocations = allocations_of(session, record.id)
    campaign = session.get(AidCampaign, record.campaign_id)
    return ContributionDetail(
        id=record.id,
        version=record.version_id,
        fields=ContributionFields(
            campaign_id=record.campaign_id,
            donor=Donor(
                record.donor_person_id,
                record.donor_organisation_id,
                record.donor_text,
                record.anonymous,
            ),
            amount=record.amount,
            currency=record.currency,
            received_on=record.received_on,
            receipt_number=record.receipt_number,
            receipt_issued_on=record.receipt_issued_on,
            notes=record.notes,
        ),
        campaign=campaign.title if campaign else "",
        donor_name=donor_name(session, record),
        amount=Money(record.amount, record.currency),
        allocated=_allocated(allocations, record.currency),
        allocations=tuple(allocations),
    )
