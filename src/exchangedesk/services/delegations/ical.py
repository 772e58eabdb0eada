"""iCalendar export of a delegation's programme: every item, or only those one member attends.

:func:`delegation_calendar` gathers the items as plain :class:`ItineraryEvent` records (one
query for the items, their hosts and, for a member, whether they attend);
:func:`export_delegation_ical` writes them with :mod:`exchangedesk.interchange.ical`. Unknown
delegations and people who are not members are refused before any file is touched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, aliased

from exchangedesk.db.models import (
    Delegation,
    DelegationMember,
    ItineraryAttendee,
    ItineraryItem,
    Person,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, label
from exchangedesk.domain.errors import ValidationError
from exchangedesk.interchange.ical import (
    ItineraryCalendar,
    ItineraryEvent,
    calendar_bytes,
    save_ics,
)

Host = aliased(Person, name="host")

# What a calendar program should make of the items while the visit is in each state.
EVENT_STATUS = {
    DelegationStatus.CONFIRMED: "CONFIRMED",
    DelegationStatus.UNDER_WAY: "CONFIRMED",
    DelegationStatus.COMPLETED: "CONFIRMED",
    DelegationStatus.CANCELLED: "CANCELLED",
}


@dataclass(frozen=True)
class IcalExport:
    path: Path
    events: int
    calendar_name: str


def delegation_calendar(
    database: Database, delegation_id: int, *, member_id: int | None = None
) -> ItineraryCalendar:
    """The delegation's items as a calendar; with ``member_id`` (a person id) only the items
    that member attends: everyone's items and those they are listed for."""
    with database.reading() as session:
        row = session.execute(
            select(
                Delegation.title, Delegation.status, Delegation.arrival_on, Delegation.departure_on
            ).where(Delegation.id == delegation_id)
        ).one_or_none()
        if row is None:
            raise ValidationError("delegation", f"There is no delegation number {delegation_id}.")
        title, status, arrival_on, departure_on = row
        name = title
        statement = (
            select(ItineraryItem, Host.given_name, Host.family_name)
            .outerjoin(Host, Host.id == ItineraryItem.host_person_id)
            .where(ItineraryItem.delegation_id == delegation_id)
            .order_by(ItineraryItem.starts_at, ItineraryItem.id)
        )
        if member_id is not None:
            name = f"{title} — {_member_name(session, delegation_id, member_id, title)}"
            listed = exists().where(
                ItineraryAttendee.item_id == ItineraryItem.id,
                ItineraryAttendee.person_id == member_id,
            )
            statement = statement.where(or_(ItineraryItem.all_attend.is_(True), listed))
        events = tuple(
            _event(item, f"{given} {family}".strip() if given or family else None, status)
            for item, given, family in session.execute(statement)
        )
    return ItineraryCalendar(
        name=name,
        events=events,
        description=f"{title}, {_dates(arrival_on, departure_on)}. Exported from ExchangeDesk.",
    )


def _member_name(session: Session, delegation_id: int, person_id: int, title: str) -> str:
    person = session.execute(
        select(Person.given_name, Person.family_name).where(Person.id == person_id)
    ).one_or_none()
    if person is None:
        raise ValidationError("member", f"There is no person number {person_id}.")
    full_name = f"{person[0]} {person[1]}".strip()
    is_member = session.scalar(
        select(DelegationMember.id).where(
            DelegationMember.delegation_id == delegation_id,
            DelegationMember.person_id == person_id,
        )
    )
    if is_member is None:
        raise ValidationError("member", f"{full_name} is not a member of “{title}”.")
    return full_name


def _event(item: ItineraryItem, host: str | None, status: DelegationStatus) -> ItineraryEvent:
    return ItineraryEvent(
        item_id=item.id,
        title=item.title,
        starts_at=item.starts_at,
        ends_at=item.ends_at,
        timezone=item.timezone,
        kind=label(item.kind),
        venue=item.venue,
        address=item.address,
        host=host,
        dress_code=item.dress_code,
        interpreter_needed=item.interpreter_needed,
        notes=item.notes,
        status=EVENT_STATUS.get(status, "TENTATIVE"),
        sequence=max(item.version_id - 1, 0),
        last_modified=item.updated_at,
    )


def _dates(first: dt.date, last: dt.date) -> str:
    return f"{first.isoformat()} to {last.isoformat()}"


def export_delegation_ical(
    database: Database,
    delegation_id: int,
    path: Path,
    *,
    member_id: int | None = None,
    stamp: dt.datetime | None = None,
) -> IcalExport:
    """Write the delegation's (or one member's) calendar to ``path``, whole or not at all."""
    calendar = delegation_calendar(database, delegation_id, member_id=member_id)
    written = save_ics(Path(path), calendar_bytes(calendar, stamp=stamp))
    return IcalExport(path=written, events=len(calendar.events), calendar_name=calendar.name)
