"""An exchange programme's schedule: items created, changed and removed in the zone where they
happen, stored in the same ``itinerary_items`` table as a delegation's (``programme_id`` set).

Times work as for a delegation (see :mod:`exchangedesk.services.delegations.local_time`): start and
end are the local clocks' readings (naive datetimes) in an IANA zone, by default the host
city's — the host institution's city, else the partnership's city the group travels to. A
reading the clocks skip is refused naming the field. Attendees are everyone (participants and
group leaders) or a chosen few of them; anyone else is refused. Clashes with other programmes
and delegations are not refused here: :func:`exchangedesk.services.delegations.conflicts.programme_conflicts`
reports them, so the secretary can see and accept what cannot be changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import delete, literal, select, union_all
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    City,
    ExchangeProgramme,
    ItineraryAttendee,
    ItineraryItem,
    Organisation,
    Participant,
    Person,
    ProgrammeLeader,
)
from exchangedesk.db.session import Database
from exchangedesk.db.types import utc_now
from exchangedesk.domain.enums import ItineraryKind
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.common.editing import check_version, editing, existing
from exchangedesk.services.delegations.local_time import host_zone, text, to_local, to_utc
from exchangedesk.services.partnerships.support import audit

__all__ = [
    "ProgrammeItemFields",
    "ProgrammeItemRow",
    "ScheduleContext",
    "SchedulePerson",
    "create_programme_item",
    "delete_programme_item",
    "programme_items",
    "schedule_context",
    "update_programme_item",
]


@dataclass(frozen=True)
class ProgrammeItemFields:
    """What the secretary types for an item. ``start``/``end`` are naive local readings."""

    title: str
    start: dt.datetime
    end: dt.datetime
    timezone: str
    kind: ItineraryKind = ItineraryKind.VISIT
    venue: str | None = None
    address: str | None = None
    all_attend: bool = True
    attendees: tuple[int, ...] = ()  # person ids, used when all_attend is false
    notes: str | None = None


@dataclass(frozen=True)
class ProgrammeItemRow:
    id: int
    version: int
    programme_id: int
    title: str
    kind: ItineraryKind
    starts_at: dt.datetime  # aware, in the item's own zone
    ends_at: dt.datetime
    timezone: str
    venue: str | None
    address: str | None
    all_attend: bool
    attendees: tuple[int, ...]
    notes: str | None

    def fields(self) -> ProgrammeItemFields:
        """The item as typed, e.g. to put it back after an undo."""
        same = ("title", "timezone", "kind", "venue", "address", "all_attend", "attendees", "notes")
        return ProgrammeItemFields(
            start=self.starts_at.replace(tzinfo=None, fold=self.starts_at.fold),
            end=self.ends_at.replace(tzinfo=None, fold=self.ends_at.fold),
            **{name: getattr(self, name) for name in same},
        )


@dataclass(frozen=True)
class SchedulePerson:
    person_id: int
    name: str
    leader: bool


@dataclass(frozen=True)
class ScheduleContext:
    """What a schedule editor needs besides the items: the programme's dates, its host zone
    and the people to choose attendees from (participants and leaders)."""

    programme_id: int
    title: str
    starts_on: dt.date
    ends_on: dt.date
    host_zone: str
    people: tuple[SchedulePerson, ...]


def programme_host_zone(session: Session, programme: ExchangeProgramme) -> str:
    """The host institution's city's zone; else, as for a delegation, the partnership's city
    the visit happens in (ours for an incoming programme, the partner's for an outgoing one)."""
    institution = session.scalar(
        select(City.timezone)
        .join(Organisation, Organisation.city_id == City.id)
        .where(Organisation.id == programme.host_organisation_id)
    )
    # host_zone reads only partnership_id and direction, which a programme has too.
    return institution or host_zone(session, cast(Any, programme))


def _people(session: Session, programme_id: int) -> dict[int, bool]:
    """Person id → is a leader, for everyone who may attend the programme's items."""
    found: dict[int, bool] = {}
    for person, leader in session.execute(
        union_all(
            select(Participant.person_id, literal(False)).where(
                Participant.programme_id == programme_id
            ),
            select(ProgrammeLeader.person_id, literal(True)).where(
                ProgrammeLeader.programme_id == programme_id
            ),
        )
    ):
        found[person] = found.get(person, False) or bool(leader)
    return found


def _programme(session: Session, programme_id: int) -> ExchangeProgramme:
    programme = session.get(ExchangeProgramme, programme_id)
    if programme is None:
        raise ValidationError("programme", f"There is no exchange programme number {programme_id}.")
    return programme


def schedule_context(database: Database, programme_id: int) -> ScheduleContext:
    with database.reading() as session:
        programme = _programme(session, programme_id)
        who = _people(session, programme_id)
        people = session.execute(
            select(Person.id, Person.given_name, Person.family_name)
            .where(Person.id.in_(who))
            .order_by(Person.family_name, Person.given_name, Person.id)
        ).all()
        return ScheduleContext(
            programme.id,
            programme.title,
            programme.starts_on,
            programme.ends_on,
            programme_host_zone(session, programme),
            tuple(SchedulePerson(i, f"{g} {f}".strip(), who[i]) for i, g, f in people),
        )


def _checked(
    session: Session, programme_id: int, fields: ProgrammeItemFields
) -> tuple[dict[str, object], tuple[int, ...]]:
    """Every value the item will get and its attendees, validated; nothing is written here."""
    title = text(fields.title, "title", required=True)
    starts_at = to_utc(fields.start, fields.timezone, "start")
    ends_at = to_utc(fields.end, fields.timezone, "end")
    if ends_at < starts_at:
        raise ValidationError("end", "The item ends before it starts.")
    if not isinstance(fields.kind, ItineraryKind):
        raise ValidationError("kind", f"{fields.kind!r} is not a kind of programme item.")
    attendees: tuple[int, ...] = ()
    if not fields.all_attend:
        attendees = tuple(sorted(set(fields.attendees)))
        if not attendees:
            raise ValidationError("attendees", "Choose who attends, or “Everyone”.")
        if outsiders := sorted(set(attendees) - set(_people(session, programme_id))):
            listed = ", ".join(map(str, outsiders))
            who = "Only the programme's participants and group leaders can be chosen"
            raise ValidationError("attendees", f"{who} (not person {listed}).")
    values: dict[str, object] = {
        "title": title,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "timezone": fields.timezone.strip(),
        "kind": fields.kind,
        "venue": text(fields.venue, "venue"),
        "address": text(fields.address, "address", longest=2000),
        "all_attend": bool(fields.all_attend),
        "notes": text(fields.notes, "notes", longest=10000),
    }
    return values, attendees


def _set_attendees(session: Session, item_id: int, people: Iterable[int]) -> None:
    session.execute(delete(ItineraryAttendee).where(ItineraryAttendee.item_id == item_id))
    session.add_all(ItineraryAttendee(item_id=item_id, person_id=p) for p in people)


def create_programme_item(
    database: Database, programme_id: int, fields: ProgrammeItemFields
) -> ProgrammeItemRow:
    with editing(database) as session:
        _programme(session, programme_id)
        values, people = _checked(session, programme_id, fields)
        record = ItineraryItem(programme_id=programme_id, **values)
        session.add(record)
        session.flush()
        _set_attendees(session, record.id, people)
        audit(session, "create", "itinerary_item", record.id, record.title)
        return _rows(session, [record])[0]


def update_programme_item(
    database: Database, item_id: int, fields: ProgrammeItemFields, *, expected_version: int
) -> ProgrammeItemRow:
    with editing(database) as session:
        record = _own(session, item_id)
        check_version(record, expected_version, f"Programme item “{record.title}”")
        assert record.programme_id is not None
        values, people = _checked(session, record.programme_id, fields)
        for name, value in values.items():
            setattr(record, name, value)
        _set_attendees(session, record.id, people)
        # Touching the row makes an attendees-only edit a new version too.
        record.updated_at = utc_now()
        audit(session, "update", "itinerary_item", record.id, record.title)
        session.flush()
        return _rows(session, [record])[0]


def delete_programme_item(
    database: Database, item_id: int, *, expected_version: int
) -> ProgrammeItemRow:
    """Remove an item; returns it as it was, so an undo can put it back."""
    with editing(database) as session:
        record = _own(session, item_id)
        check_version(record, expected_version, f"Programme item “{record.title}”")
        gone = _rows(session, [record])[0]
        audit(session, "delete", "itinerary_item", record.id, record.title)
        session.delete(record)
        return gone


def programme_items(database: Database, programme_id: int) -> tuple[ProgrammeItemRow, ...]:
    """The programme's items in order of start."""
    with database.reading() as session:
        records = session.scalars(
            select(ItineraryItem)
            .where(ItineraryItem.programme_id == programme_id)
            .order_by(ItineraryItem.starts_at, ItineraryItem.id)
        ).all()
        return _rows(session, list(records))


def _own(session: Session, item_id: int) -> ItineraryItem:
    record = existing(session, ItineraryItem, item_id, "Programme item")
    if record.programme_id is None:
        raise ValidationError("item", "This item belongs to a delegation's itinerary.")
    return record


def _rows(session: Session, records: list[ItineraryItem]) -> tuple[ProgrammeItemRow, ...]:
    attending: dict[int, list[int]] = {r.id: [] for r in records}
    if attending:
        for item_id, person_id in session.execute(
            select(ItineraryAttendee.item_id, ItineraryAttendee.person_id)
            .where(ItineraryAttendee.item_id.in_(attending))
            .order_by(ItineraryAttendee.person_id)
        ):
            attending[item_id].append(person_id)
    return tuple(
        ProgrammeItemRow(
            id=r.id,
            version=r.version_id,
            programme_id=r.programme_id or 0,
            title=r.title,
            kind=r.kind,
            starts_at=to_local(r.starts_at, r.timezone),
            ends_at=to_local(r.ends_at, r.timezone),
            timezone=r.timezone,
            venue=r.venue,
            address=r.address,
            all_attend=r.all_attend,
            attendees=tuple(attending[r.id]),
            notes=r.notes,
        )
        for r in records
    )
