"""One delegation as its detail view shows it: the record, its members, budget, approvals and
status history. Plain frozen data, read in one session."""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    AuditEntry,
    BudgetLine,
    Delegation,
    DelegationApproval,
    DelegationMember,
    Person,
)
from exchangedesk.db.session import Database
from exchangedesk.db.types import utc_now
from exchangedesk.domain.enums import ApprovalDecision, DelegationStatus, Direction, MemberRole
from exchangedesk.services.delegations.guard import DelegationGoneError, is_editable

AUDIT_ENTITY = "delegation"


@dataclass(frozen=True)
class MemberRow:
    person_id: int
    name: str  # "Given Family" in Latin letters
    native_name: str | None
    role: MemberRole
    arrival_on: dt.date | None  # None: with the delegation
    departure_on: dt.date | None
    needs: str | None

    @property
    def is_head(self) -> bool:
        return self.role is MemberRole.HEAD


@dataclass(frozen=True)
class BudgetLineRow:
    id: int
    description: str
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class ApprovalRow:
    id: int
    decided_by: str
    decided_on: dt.date
    decision: ApprovalDecision
    note: str | None


@dataclass(frozen=True)
class StatusEvent:
    """A step of the workflow as the audit log keeps it (status change, reopening)."""

    at: dt.datetime
    actor: str
    action: str  # "status" or "reopen"
    summary: str


@dataclass(frozen=True)
class DelegationDetail:
    id: int
    version_id: int
    partnership_id: int
    cities: str  # "Coventry – Volgograd"
    direction: Direction
    title: str
    purpose: str | None
    arrival_on: dt.date
    departure_on: dt.date
    status: DelegationStatus
    head_person_id: int | None
    notes: str | None
    members: tuple[MemberRow, ...] = ()
    budget: tuple[BudgetLineRow, ...] = ()
    approvals: tuple[ApprovalRow, ...] = ()
    history: tuple[StatusEvent, ...] = ()

    @property
    def editable(self) -> bool:
        return is_editable(self.status)

    @property
    def head(self) -> MemberRow | None:
        return next((m for m in self.members if m.is_head), None)

    def member(self, person_id: int) -> MemberRow | None:
        return next((m for m in self.members if m.person_id == person_id), None)


def actor() -> str:
    """Who is at the keyboard, for the audit log: the operating-system user name."""
    try:
        return getpass.getuser()[:200] or "exchangedesk"
    except Exception:  # no user name here (a service account, a container)
        return "exchangedesk"


def audit(
    session: Session, action: str, delegation_id: int, summary: str, who: str | None = None
) -> None:
    session.add(
        AuditEntry(
            at=utc_now(),
            actor=(who or session.info.get("actor") or actor())[:200],
            action=action,
            entity=AUDIT_ENTITY,
            entity_id=delegation_id,
            summary=summary[:2000],
        )
    )


def person_name(person: Person) -> str:
    return " ".join(p for p in (person.given_name, person.family_name) if p)


def load_detail(session: Session, delegation_id: int) -> DelegationDetail:
    delegation = session.get(Delegation, delegation_id)
    if delegation is None:
        raise DelegationGoneError(
            f"delegation #{delegation_id} no longer exists (removed by someone else or undone)"
        )
    partnership = delegation.partnership
    members = session.execute(
        select(DelegationMember, Person)
        .join(Person, DelegationMember.person_id == Person.id)
        .where(DelegationMember.delegation_id == delegation_id)
        .order_by(DelegationMember.role != MemberRole.HEAD, Person.family_name, Person.id)
    ).all()
    budget = session.scalars(
        select(BudgetLine).where(BudgetLine.delegation_id == delegation_id).order_by(BudgetLine.id)
    ).all()
    approvals = session.scalars(
        select(DelegationApproval)
        .where(DelegationApproval.delegation_id == delegation_id)
        .order_by(DelegationApproval.decided_on, DelegationApproval.id)
    ).all()
    history = session.execute(
        select(AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.summary)
        .where(
            AuditEntry.entity == AUDIT_ENTITY,
            AuditEntry.entity_id == delegation_id,
            AuditEntry.action.in_(("status", "reopen")),
        )
        .order_by(AuditEntry.id)
    ).all()
    return DelegationDetail(
        id=delegation.id,
        version_id=delegation.version_id,
        partnership_id=delegation.partnership_id,
        cities=f"{partnership.city_a.name} – {partnership.city_b.name}",
        direction=delegation.direction,
        title=delegation.title,
        purpose=delegation.purpose,
        arrival_on=delegation.arrival_on,
        departure_on=delegation.departure_on,
        status=delegation.status,
        head_person_id=delegation.head_person_id,
        notes=delegation.notes,
        members=tuple(
            MemberRow(
                person_id=person.id,
                name=person_name(person),
                native_name=" ".join(
                    p for p in (person.given_name_native, person.family_name_native) if p
                )
                or None,
                role=member.role,
                arrival_on=member.arrival_on,
                departure_on=member.departure_on,
                needs=member.needs,
            )
            for member, person in members
        ),
        budget=tuple(BudgetLineRow(b.id, b.description, b.amount, b.currency) for b in budget),
        approvals=tuple(
            ApprovalRow(a.id, a.decided_by, a.decided_on, a.decision, a.note) for a in approvals
        ),
        history=tuple(
            StatusEvent(at, who, action, summary or "") for at, who, action, summary in history
        ),
    )


def delegation_detail(database: Database, delegation_id: int) -> DelegationDetail:
    """The delegation with its members (head first), budget lines, approvals and history."""
    with database.reading() as session:
        return load_detail(session, delegation_id)
