"""Where the money went: allocations of contributions to shipments, and the two questions a
committee is asked — "where did my money go?" (a donor) and "what reached the city?" (a
campaign).

An allocation is part of a contribution spent on the goods of a shipment, in the
contribution's currency. The allocations of one contribution never add up to more than it
gave: each change locks the contribution first and re-reads its allocations in the same
transaction (see :mod:`exchangedesk.services.aid.contributions`). Money reached the city when its
shipment is delivered or confirmed; a lost shipment's money is spent but did not arrive.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import AidCampaign, Allocation, City, Contribution, Shipment
from exchangedesk.db.models import ShipmentLine as LineRecord
from exchangedesk.db.models import ShipmentStatusChange as ChangeRecord
from exchangedesk.db.session import Database
from exchangedesk.domain import shipments as workflow
from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.money import Money, by_currency, check_amount, money_words
from exchangedesk.domain.text import fold
from exchangedesk.services.aid.contributions import (
    AllocationRow,
    Donor,
    check_donor,
    donor_name,
    lock_contribution,
)
from exchangedesk.services.aid.shipments import ShipmentLineRow, line_row
from exchangedesk.services.common.editing import audit, editing, existing


@dataclass(frozen=True)
class AllocationTrace:
    allocation_id: int
    shipment_id: int
    shipment_reference: str
    status: ShipmentStatus
    status_since: dt.date | None  # the day of the shipment's latest history entry
    amount: Money
    reached_city: bool


@dataclass(frozen=True)
class ContributionTrace:
    contribution_id: int
    campaign_id: int
    campaign: str
    beneficiary_city: str
    received_on: dt.date
    receipt_number: str | None
    amount: Money
    allocations: tuple[AllocationTrace, ...]
    allocated: Money
    reached_city: Money  # allocated to shipments delivered or confirmed
    lost: Money  # allocated to shipments recorded as lost

    @property
    def unallocated(self) -> Money:
        return self.amount - self.allocated


@dataclass(frozen=True)
class DonorTrace:
    donor_name: str
    contributions: tuple[ContributionTrace, ...]  # the latest first
    given: tuple[Money, ...]  # per currency
    reached_city: tuple[Money, ...]


@dataclass(frozen=True)
class DeliveredShipment:
    id: int
    reference: str
    status: ShipmentStatus
    carrier: str | None
    delivered_on: dt.date | None
    confirmed_on: dt.date | None
    lines: tuple[ShipmentLineRow, ...]
    goods_value: tuple[Money, ...]  # per currency, exact
    funded: tuple[Money, ...]  # contributions allocated to it, per currency


@dataclass(frozen=True)
class CityDelivery:
    campaign_id: int
    campaign: str
    beneficiary_city: str
    country_code: str
    shipments: tuple[DeliveredShipment, ...]  # in the order they arrived
    goods_value: tuple[Money, ...]
    funded: tuple[Money, ...]
    lost: tuple[str, ...]  # references of shipments recorded as lost
    on_the_way: tuple[str, ...]  # references of shipments not yet delivered


def _check(session: Session, contribution: Contribution, amount: object, others: Money) -> Money:
    money = Money(check_amount(amount, contribution.currency), contribution.currency)
    left = Money(contribution.amount, contribution.currency) - others
    if money > left:
        raise ValidationError(
            "amount",
            f"Only {left} of this contribution "
            f"({money_words(contribution.amount, contribution.currency)} "
            f"from {donor_name(session, contribution)}) is left to allocate; {money} was asked.",
        )
    return money


def _allocated_except(session: Session, contribution: Contribution, allocation_id: int) -> Money:
    """What the contribution's other allocations already take, summed in SQL on the exact
    scaled integers, inside the transaction that holds the contribution's lock."""
    total = session.scalar(
        select(func.sum(Allocation.amount)).where(
            Allocation.contribution_id == contribution.id, Allocation.id != allocation_id
        )
    )
    return Money(total if total is not None else 0, contribution.currency)


def _row(session: Session, allocation: Allocation, currency: str) -> AllocationRow:
    shipment = session.get(Shipment, allocation.shipment_id)
    assert shipment is not None
    return AllocationRow(
        allocation.id,
        allocation.contribution_id,
        shipment.id,
        shipment.reference,
        shipment.status,
        Money(allocation.amount, currency),
    )


def allocate(
    database: Database, contribution_id: int, shipment_id: int, amount: object
) -> AllocationRow:
    """Spend ``amount`` (in the contribution's currency) of a contribution on a shipment of
    the same campaign; refused if more than what is left of the contribution."""
    with editing(database) as session:
        contribution = lock_contribution(session, contribution_id)
        shipment = session.get(Shipment, shipment_id)
        if shipment is None:
            raise ValidationError("shipment_id", f"There is no shipment with id {shipment_id}.")
        if shipment.campaign_id != contribution.campaign_id:
            raise ValidationError(
                "shipment_id",
                f"Shipment {shipment.reference} belongs to another campaign; money can only be "
                "spent on its own campaign's shipments.",
            )
        already = session.scalar(
            select(Allocation).where(
                Allocation.contribution_id == contribution.id,
                Allocation.shipment_id == shipment.id,
            )
        )
        if already is not None:
            raise ValidationError(
                "shipment_id",
                f"{money_words(already.amount, contribution.currency)} of this contribution is "
                "already "
                f"allocated to {shipment.reference}; change that allocation instead.",
            )
        money = _check(session, contribution, amount, _allocated_except(session, contribution, 0))
        record = Allocation(
            contribution_id=contribution.id, shipment_id=shipment.id, amount=money.amount
        )
        session.add(record)
        session.flush()
        audit(
            session,
            "allocate",
            "allocation",
            record.id,
            f"{money_words(money.amount, money.currency)} of contribution {contribution.id} "
            f"to shipment {shipment.reference}",
        )
        return _row(session, record, contribution.currency)


def _contribution_of(allocation_id: int) -> ColumnElement[int]:
    return (
        select(Allocation.contribution_id).where(Allocation.id == allocation_id).scalar_subquery()
    )


def _locked_allocation(session: Session, allocation_id: int) -> tuple[Allocation, Contribution]:
    # Lock by a subquery: reading the allocation first would start SQLite's snapshot before the
    # write lock is taken.
    contribution = lock_contribution(session, _contribution_of(allocation_id))
    allocation = existing(session, Allocation, allocation_id, "Allocation")
    return allocation, contribution


def change_allocation(database: Database, allocation_id: int, amount: object) -> AllocationRow:
    """A new amount for an allocation, within what the contribution has left."""
    with editing(database) as session:
        allocation, contribution = _locked_allocation(session, allocation_id)
        others = _allocated_except(session, contribution, allocation.id)
        money = _check(session, contribution, amount, others)
        before = allocation.amount
        allocation.amount = money.amount
        session.flush()
        audit(
            session,
            "reallocate",
            "allocation",
            allocation.id,
            f"contribution {contribution.id} to shipment {allocation.shipment_id}: {before} → "
            f"{money_words(money.amount, money.currency)}",
        )
        return _row(session, allocation, contribution.currency)


def remove_allocation(database: Database, allocation_id: int) -> None:
    """Take an allocation back (the money becomes unallocated again); audited."""
    with editing(database) as session:
        allocation, contribution = _locked_allocation(session, allocation_id)
        audit(
            session,
            "deallocate",
            "allocation",
            allocation.id,
            f"{money_words(allocation.amount, contribution.currency)} of contribution "
            f"{contribution.id} taken back from shipment {allocation.shipment_id}",
        )
        session.delete(allocation)


def _status_since(session: Session, shipment_ids: set[int]) -> dict[int, list[workflow.Step]]:
    histories: dict[int, list[workflow.Step]] = defaultdict(list)
    if not shipment_ids:
        return histories
    for change in session.scalars(
        select(ChangeRecord)
        .where(ChangeRecord.shipment_id.in_(sorted(shipment_ids)))
        .order_by(ChangeRecord.occurred_on, ChangeRecord.id)
    ):
        histories[change.shipment_id].append(
            workflow.Step(change.status, change.occurred_on, change.is_reversal)
        )
    return histories


def where_did_my_money_go(database: Database, donor: Donor) -> DonorTrace:
    """Every contribution of ``donor`` (a person, an organisation, a name in words — matched
    whatever the case and accents — or all anonymous gifts), with the shipments it paid for,
    their status, and how much of it reached the city."""
    with database.reading() as session:
        donor = check_donor(session, donor)
        statement = select(Contribution).order_by(
            Contribution.received_on.desc(), Contribution.id.desc()
        )
        if donor.person_id is not None:
            statement = statement.where(Contribution.donor_person_id == donor.person_id)
        elif donor.organisation_id is not None:
            statement = statement.where(Contribution.donor_organisation_id == donor.organisation_id)
        elif donor.anonymous:
            statement = statement.where(Contribution.anonymous.is_(True))
        else:
            statement = statement.where(Contribution.donor_text.is_not(None))
        contributions = list(session.scalars(statement))
        if donor.text is not None:  # folded in Python: SQLite folds only ASCII
            wanted = fold(donor.text)
            contributions = [c for c in contributions if fold(c.donor_text) == wanted]
        traces = tuple(_trace(session, c) for c in contributions)
        name = donor_name(session, contributions[0]) if contributions else (donor.text or "")
        if not contributions and donor.anonymous:
            name = "Anonymous"
    return DonorTrace(
        donor_name=name,
        contributions=traces,
        given=by_currency(t.amount for t in traces),
        reached_city=by_currency(t.reached_city for t in traces),
    )


def _trace(session: Session, contribution: Contribution) -> ContributionTrace:
    campaign, city = session.execute(
        select(AidCampaign.title, City.name)
        .join(City, City.id == AidCampaign.beneficiary_city_id)
        .where(AidCampaign.id == contribution.campaign_id)
    ).one()
    rows = session.execute(
        select(Allocation.id, Allocation.amount, Shipment.id, Shipment.reference, Shipment.status)
        .join(Shipment, Shipment.id == Allocation.shipment_id)
        .where(Allocation.contribution_id == contribution.id)
        .order_by(Shipment.reference, Allocation.id)
    ).all()
    histories = _status_since(session, {row[2] for row in rows})
    code = contribution.currency
    allocations = tuple(
        AllocationTrace(
            allocation_id=id_,
            shipment_id=shipment_id,
            shipment_reference=reference,
            status=status,
            status_since=histories[shipment_id][-1].occurred_on if histories[shipment_id] else None,
            amount=Money(amount, code),
            reached_city=status in workflow.REACHED_CITY,
        )
        for id_, amount, shipment_id, reference, status in rows
    )

    def total(which: list[AllocationTrace]) -> Money:
        return sum((a.amount for a in which), Money.zero(code))

    return ContributionTrace(
        contribution_id=contribution.id,
        campaign_id=contribution.campaign_id,
        campaign=campaign,
        beneficiary_city=city,
        received_on=contribution.received_on,
        receipt_number=contribution.receipt_number,
        amount=Money(contribution.amount, code),
        allocations=allocations,
        allocated=total(list(allocations)),
        reached_city=total([a for a in allocations if a.reached_city]),
        lost=total([a for a in allocations if a.status == ShipmentStatus.LOST]),
    )


def what_reached_the_city(database: Database, campaign_id: int) -> CityDelivery:
    """The shipments of a campaign that were delivered or confirmed, with their lines and
    values, the contributions that paid for them, and what was lost or is still on the way."""
    with database.reading() as session:
        campaign = existing(session, AidCampaign, campaign_id, "Aid campaign")
        city = session.get(City, campaign.beneficiary_city_id)
        assert city is not None
        shipments = list(
            session.scalars(select(Shipment).where(Shipment.campaign_id == campaign.id))
        )
        arrived = [s for s in shipments if s.status in workflow.REACHED_CITY]
        histories = _status_since(session, {s.id for s in arrived})
        funded = _funded(session, {s.id for s in arrived})
        delivered = []
        for shipment in arrived:
            history = histories[shipment.id]
            confirmed_on = workflow.reached_on(history, ShipmentStatus.CONFIRMED)
            lines = tuple(
                line_row(line)
                for line in session.scalars(
                    select(LineRecord)
                    .where(LineRecord.shipment_id == shipment.id)
                    .order_by(LineRecord.id)
                )
            )
            delivered.append(
                DeliveredShipment(
                    id=shipment.id,
                    reference=shipment.reference,
                    status=shipment.status,
                    carrier=shipment.carrier,
                    delivered_on=workflow.reached_on(history, ShipmentStatus.DELIVERED)
                    or confirmed_on,
                    confirmed_on=confirmed_on,
                    lines=lines,
                    goods_value=by_currency(line.value for line in lines),
                    funded=by_currency(funded[shipment.id]),
                )
            )
        delivered.sort(key=lambda d: (d.delivered_on or dt.date.max, d.reference))
        return CityDelivery(
            campaign_id=campaign.id,
            campaign=campaign.title,
            beneficiary_city=city.name,
            country_code=city.country_code,
            shipments=tuple(delivered),
            goods_value=by_currency(m for d in delivered for m in d.goods_value),
            funded=by_currency(m for d in delivered for m in d.funded),
            lost=tuple(sorted(s.reference for s in shipments if s.status == ShipmentStatus.LOST)),
            on_the_way=tuple(
                sorted(s.reference for s in shipments if s.status in workflow.ON_THE_WAY)
            ),
        )


def _funded(session: Session, shipment_ids: set[int]) -> dict[int, list[Money]]:
    funded: dict[int, list[Money]] = defaultdict(list)
    if shipment_ids:
        for shipment_id, amount, currency in session.execute(
            select(Allocation.shipment_id, Allocation.amount, Contribution.currency)
            .join(Contribution, Contribution.id == Allocation.contribution_id)
            .where(Allocation.shipment_id.in_(sorted(shipment_ids)))
        ):
            funded[shipment_id].append(Money(amount, currency))
    return funded
