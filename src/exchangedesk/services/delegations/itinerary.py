"""A delegation's programme: items created, changed and removed in the zone where they happen.

Start and end are given as the local clocks read them (naive datetimes) with the IANA zone of
the place (by default the host city's, see :func:`itinerary_context`); they are stored as UTC
instants. A reading the clocks skip (spring forward) is refused naming the field and the zone;
one they pass twice (fall back) means the first occurrence unless the datetime has ``fold=1``
(see :mod:`exchangedesk.services.delegations.local_time`). An item may cross midnight, and may lie
outside the visit's dates: the conflict service reports that (``outside_visit``), it is not
refused here. People named as attendees must be members; a member removed later is reported by
the conflict service (``not_a_member``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    Delegation,
    DelegationMember,
    ItineraryAttendee,
    ItineraryItem,
    Person,
)
from exchangedesk.db.session import Database
from exchangedesk.db.types import utc_now
from exchangedesk.domain.enums import DelegationStatus, ItineraryKind
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.common.editing import check_version, editing, existing
from exchangedesk.services.delegations.local_time import (
    check_members,
    host_zone,
    text,
    to_local,
    to_utc,
    zone,
)
from exchangedesk.services.delegations.status import ensure_editable, is_editable

__all__ = [
    "ItemFields",
    "ItineraryContext",
    "ItineraryItemRow",
    "MemberChoice",
    "create_item",
    "delete_item",
    "get_item",
    "item_rows",
    "itinerary_context",
    "update_item",
]


@dataclass(frozen=True)
class ItemFields:
    """What the secretary types for an item. ``start``/``end`` are naive local readings."""

    title: str
    start: dt.datetime
    end: dt.datetime
    timezone: str
    kind: ItineraryKind = ItineraryKind.MEETING
    venue: str | None = None
    address: str | None = None
    all_attend: bool = True
    attendees: tuple[int, ...] = ()  # person ids, used when all_attend is false
    host_person_id: int | None = None
    interpreter_needed: bool = False
    dress_code: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ItineraryItemRow:
    id: int
    version: int
    delegation_id: int
    title: str
    kind: ItineraryKind
    starts_at: dt.datetime  # aware, in the item's own zone
    ends_at: dt.datetime
    timezone: str
    venue: str | None
    address: str | None
    all_attend: bool
    attendees: tuple[int, ...]
    host_person_id: int | None
    host_name: str | None
    interpreter_needed: bool
    dress_code: str | None
    notes: str | None

    @property
    def duration(self) -> dt.timedelta:
        # Elapsed time: aware datetimes sharing a tzinfo subtract as wall clocks, so via UTC.
        return self.ends_at.astimezone(dt.UTC) - self.starts_at.astimezone(dt.UTC)

    def fields(self) -> ItemFields:
        """The item as typed, e.g. to put it back after an undo."""
        return ItemFields(
            title=self.title,
            start=self.starts_at.replace(tzinfo=None, fold=self.starts_at.fold),
            end=self.ends_at.replace(tzinfo=None, fold=self.ends_at.fold),
            timezone=self.timezone,
            kind=self.kind,
            venue=self.venue,
            address=self.address,
            all_attend=self.all_attend,
            attendees=self.attendees,
            host_person_id=self.host_person_id,
            interpreter_needed=self.interpreter_needed,
            dress_code=self.dress_code,
            notes=self.notes,
        )


@dataclass(frozen=True)
class MemberChoice:
    person_id: int
    name: str


@dataclass(frozen=True)
class ItineraryContext:
    """What an itinerary editor needs besides the items: the visit's dates and host zone,
    the members to choose attendees from, and whether it may be changed at all."""

    delegation_id: int
    title: str
    arrival_on: dt.date
    departure_on: dt.date
    status: DelegationStatus
    host_zone: str
    members: tuple[MemberChoice, ...] = field(default=())

    @property
    def editable(self) -> bool:
        return is_editable(self.status)


def _name(person: Person) -> str:
    return f"{person.given_name} {person.family_name}".strip()


def itinerary_context(database: Database, delegation_id: int) -> ItineraryContext:
    with database.reading() as session:
        delegation = session.get(Delegation, delegation_id)
        if delegation is None:
            raise ValidationError("delegation", f"There is no delegation number {delegation_id}.")
        people = session.execute(
            select(Person)
            .join(DelegationMember, DelegationMember.person_id == Person.id)
            .where(DelegationMember.delegation_id == delegation_id)
            .order_by(Person.family_name, Person.given_name)
        ).scalars()
        return ItineraryContext(
            delegation.id,
            delegation.title,
            delegation.arrival_on,
            delegation.departure_on,
            delegation.status,
            host_zone(session, delegation),
            tuple(MemberChoice(p.id, _name(p)) for p in people),
        )


def _checked(session: Session, delegation_id: int, fields: ItemFields) -> dict[str, object]:
    """Every value the item will get, validated; nothing is written here."""
    zone(fields.timezone)
    starts_at = to_utc(fields.start, fields.timezone, "start")
    ends_at = to_utc(fields.end, fields.timezone, "end")
    if ends_at < starts_at:
        raise ValidationError("end", "The item ends before it starts.")
    if not isinstance(fields.kind, ItineraryKind):
        raise ValidationError("kind", f"{fields.kind!r} is not a kind of programme item.")
    attendees: tuple[int, ...] = ()
    if not fields.all_attend:
        attendees = check_members(session, delegation_id, fields.attendees, "attendees")
        if not attendees:
            raise ValidationError("attendees", "Choose who attends, or “All members”.")
    if fields.host_person_id is not None and session.get(Person, fields.host_person_id) is None:
        raise ValidationError("host", f"There is no person with id {fields.host_person_id}.")
    return {
        "title": text(fields.title, "title", required=True),
        "starts_at": starts_at,
        "ends_at": ends_at,
        "timezone": fields.timezone.strip(),
        "kind": fields.kind,
        "venue": text(fields.venue, "venue"),
        "address": text(fields.address, "address", longest=2000),
        "all_attend": fields.all_attend,
        "host_person_id": fields.host_person_id,
        "interpreter_needed": bool(fields.interpreter_needed),
        "dress_code": text(fields.dress_code, "dress_code", longest=200),
        "notes": text(fields.notes, "notes", longest=10000),
        "_attendees": attendees,
    }


def _set_attendees(session: Session, item_id: int, people: tuple[int, ...]) -> None:
    session.execute(delete(ItineraryAttendee).where(ItineraryAttendee.item_id == item_id))
    session.add_all(ItineraryAttendee(item_id=item_id, person_id=p) for p in people)


def add_item(session: Session, delegation_id: int, fields: ItemFields) -> ItineraryItem:
    """Inside a unit of work that already passed the guard (used by duplicating a day)."""
    values = _checked(session, delegation_id, fields)
    people = values.pop("_attendees")
    record = ItineraryItem(delegation_id=delegation_id, **values)
    session.add(record)
    session.flush()
    _set_attendees(session, record.id, people)  # type: ignore[arg-type]
    return record


def create_item(database: Database, delegation_id: int, fields: ItemFields) -> ItineraryItemRow:
    with editing(database) as session:
        ensure_editable(session, delegation_id)
        record = add_item(session, delegation_id, fields)
        session.flush()
        return _row(session, record)


def update_item(
    database: Database, item_id: int, fields: ItemFields, *, expected_version: int
) -> ItineraryItemRow:
    with editing(database) as session:
        record = existing(session, ItineraryItem, item_id, "Programme item")
        check_version(record, expected_version, f"Programme item “{record.title}”")
        owner = _delegation_of(record)
        ensure_editable(session, owner)
        values = _checked(session, owner, fields)
        people = values.pop("_attendees")
        for name, value in values.items():
            setattr(record, name, value)
        _set_attendees(session, record.id, people)  # type: ignore[arg-type]
        # Touching the row makes an attendees-only edit a new version too.
        record.updated_at = utc_now()
        session.flush()
        return _row(session, record)


def delete_item(database: Database, item_id: int, *, expected_version: int) -> ItineraryItemRow:
    """Remove an item; returns it as it was, so an undo can put it back."""
    with editing(database) as session:
        record = existing(session, ItineraryItem, item_id, "Programme item")
        check_version(record, expected_version, f"Programme item “{record.title}”")
        ensure_editable(session, _delegation_of(record))
        gone = _row(session, record)
        session.delete(record)
        return gone


def get_item(database: Database, item_id: int) -> ItineraryItemRow:
    with database.reading() as session:
        record = existing(session, ItineraryItem, item_id, "Programme item")
        return _row(session, record)


def item_rows(
    database: Database,
    delegation_id: int,
    *,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
) -> tuple[ItineraryItemRow, ...]:
    """The delegation's items in order of start, optionally those touching [since, until)."""
    with database.reading() as session:
        statement = select(ItineraryItem).where(ItineraryItem.delegation_id == delegation_id)
        if since is not None:
            statement = statement.where(ItineraryItem.ends_at >= since)
        if until is not None:
            statement = statement.where(ItineraryItem.starts_at < until)
        records = session.scalars(
            statement.order_by(ItineraryItem.starts_at, ItineraryItem.id)
        ).all()
        return _rows(session, records)


def _delegation_of(record: ItineraryItem) -> int:
    if record.delegation_id is None:
        raise ValidationError("item", "This item belongs to an exchange programme.")
    return record.delegation_id


def _row(session: Session, record: ItineraryItem) -> ItineraryItemRow:
    return _rows(session, [record])[0]


def _rows(session: Session, records: list[ItineraryItem]) -> tuple[ItineraryItemRow, ...]:
    ids = [r.id for r in records]
    attending: dict[int, list[int]] = {i: [] for i in ids}
    hosts: dict[int, str] = {}
    if ids:
        for item_id, person_id in session.execute(
            select(ItineraryAttendee.item_id, ItineraryAttendee.person_id)
            .where(ItineraryAttendee.item_id.in_(ids))
            .order_by(ItineraryAttendee.person_id)
        ):
            attending[item_id].append(person_id)
        wanted = {r.host_person_id for r in records if r.host_person_id is not None}
        if wanted:
            hosts = {
                p.id: _name(p) for p in session.scalars(select(Person).where(Person.id.in_(wanted)))
            }
    return tuple(
        ItineraryItemRow(
            id=r.id,
            version=r.version_id,
            delegation_id=r.delegation_id or 0,
            title=r.title,
            kind=r.kind,
            starts_at=to_local(r.starts_at, r.timezone),
            ends_at=to_local(r.ends_at, r.timezone),
            timezone=r.timezone,
            venue=r.venue,
            address=r.address,
            all_attend=r.all_attend,
            attendees=tuple(attending[r.id]),
            host_person_id=r.host_person_id,
            host_name=hosts.get(r.host_person_id) if r.host_person_id else None,
            interpreter_needed=r.interpreter_needed,
            dress_code=r.dress_code,
            notes=r.notes,
        )
        for r in records
    )
