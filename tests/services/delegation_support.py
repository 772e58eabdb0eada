"""A delegation to edit in the delegation service tests, and a look at what the database holds."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from exchangedesk.db.models import (
    AuditEntry,
    BudgetLine,
    Delegation,
    DelegationApproval,
    DelegationMember,
    ItineraryAttendee,
    ItineraryItem,
    Person,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, Direction
from exchangedesk.services.delegations.detail import DelegationDetail
from exchangedesk.services.delegations.edits import DelegationDraft, create_delegation

ARRIVE = dt.date(2031, 6, 1)
LEAVE = dt.date(2031, 6, 5)
LONDON = "Europe/London"


def visit_draft(partnership_id: int | None, **changes: object) -> DelegationDraft:
    values: dict[str, object] = {
        "partnership_id": partnership_id,
        "direction": Direction.INCOMING,
        "title": "Teachers from Volgograd",
        "arrival_on": ARRIVE,
        "departure_on": LEAVE,
        "purpose": "School contacts",
    }
    values.update(changes)
    return DelegationDraft(**values)  # type: ignore[arg-type]


def new_visit(database: Database, partnership_id: int) -> DelegationDetail:
    return create_delegation(database, visit_draft(partnership_id))


def add_item(
    database: Database,
    delegation_id: int,
    title: str,
    day: dt.date,
    hour: int = 10,
    *,
    attendees: tuple[int, ...] = (),
    zone: str = LONDON,
) -> int:
    """An itinerary item written with the ORM (the itinerary services are another module's)."""
    local = dt.datetime.combine(day, dt.time(hour), ZoneInfo(zone))
    with database.unit_of_work() as session:
        item = ItineraryItem(
            delegation_id=delegation_id,
            starts_at=local.astimezone(dt.UTC),
            ends_at=(local + dt.timedelta(hours=1)).astimezone(dt.UTC),
            timezone=zone,
            title=title,
            all_attend=not attendees,
        )
        session.add(item)
        session.flush()
        for person_id in attendees:
            session.add(ItineraryAttendee(item_id=item.id, person_id=person_id))
        return item.id


def set_status(database: Database, delegation_id: int, status: DelegationStatus) -> None:
    with database.unit_of_work() as session:
        session.get(Delegation, delegation_id).status = status


def counts(database: Database) -> dict[str, int]:
    """How many rows each table touched by these services holds: 'nothing half-saved'."""
    with database.reading() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in (
                Delegation,
                DelegationMember,
                DelegationApproval,
                BudgetLine,
                ItineraryItem,
                ItineraryAttendee,
                Person,
            )
        } | {
            "audit": session.scalar(select(func.count()).select_from(AuditEntry)),
        }
