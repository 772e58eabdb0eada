"""Who travels with a delegation: adding people (from the register or new, inline), their role,
their own arrival and departure when different, the head of delegation, and removing them.

The head of delegation is the member whose role is "head" (at most one), mirrored in
``Delegation.head_person_id`` so lists can show it without reading the members. A person added
inline is created with :func:`exchangedesk.services.people.edits.add_person` in the same unit of
work as the membership: a refused membership leaves no new person behind.

Removing a member who still attends itinerary items (as a named attendee) is refused with the
items named, unless ``also_from_items`` is given. The returned :class:`RemovedMember` holds what
the removal took away (attendances, rooms, headship) so an undo puts back exactly that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    Accommodation,
    Delegation,
    DelegationMember,
    ItineraryAttendee,
    ItineraryItem,
    Person,
    Room,
    RoomOccupant,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import MemberRole, label
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.people import PersonDraft, clean_block
from exchangedesk.services.delegations.detail import (
    DelegationDetail,
    actor,
    audit,
    load_detail,
    person_name,
)
from exchangedesk.services.delegations.guard import ensure_editable
from exchangedesk.services.people.edits import add_person


@dataclass(frozen=True)
class MemberDraft:
    """One member as the members tab edits them. ``person_id`` is None when ``new_person``
    (a person to create inline) is given to :func:`add_member`."""

    person_id: int | None
    role: MemberRole = MemberRole.OFFICIAL
    arrival_on: dt.date | None = None  # None: arrives with the delegation
    departure_on: dt.date | None = None
    needs: str | None = None


@dataclass(frozen=True)
class AddedMember:
    detail: DelegationDetail
    person_id: int
    created_person: bool  # True when the person was created inline with the membership


@dataclass(frozen=True)
class RemovedMember:
    """What :func:`remove_member` took away, for :func:`restore_member`."""

    delegation_id: int
    draft: MemberDraft
    item_ids: tuple[int, ...]  # items the member attended by name
    room_ids: tuple[int, ...]


def _member(session: Session, delegation_id: int, person_id: int) -> DelegationMember | None:
    return session.scalars(
        select(DelegationMember).where(
            DelegationMember.delegation_id == delegation_id,
            DelegationMember.person_id == person_id,
        )
    ).first()


def _check_dates(delegation: Delegation, draft: MemberDraft, name: str) -> None:
    first, last = delegation.arrival_on, delegation.departure_on
    visit = f"{first:%d %b %Y} – {last:%d %b %Y}"
    if draft.arrival_on is not None and not first <= draft.arrival_on <= last:
        raise ValidationError(
            "arrival_on",
            f"{name}'s arrival ({draft.arrival_on:%d %b %Y}) is outside the visit ({visit}). "
            "Leave it empty if they arrive with the delegation.",
        )
    if draft.departure_on is not None and not first <= draft.departure_on <= last:
        raise ValidationError(
            "departure_on",
            f"{name}'s departure ({draft.departure_on:%d %b %Y}) is outside the visit ({visit}). "
            "Leave it empty if they leave with the delegation.",
        )
    arrive = draft.arrival_on or first
    leave = draft.departure_on or last
    if leave < arrive:
        raise ValidationError(
            "departure_on",
            f"{name}'s departure ({leave:%d %b %Y}) is before their arrival ({arrive:%d %b %Y}).",
        )


def _check_head(session: Session, delegation: Delegation, person_id: int, role: MemberRole) -> None:
    if role is not MemberRole.HEAD:
        return
    head = session.scalars(
        select(DelegationMember).where(
            DelegationMember.delegation_id == delegation.id,
            DelegationMember.role == MemberRole.HEAD,
            DelegationMember.person_id != person_id,
        )
    ).first()
    if head is not None:
        raise ValidationError(
            "role",
            f"{person_name(head.person)} is already head of delegation; a delegation has one "
            "head. Make this person head with “Make head” instead (the present head becomes an "
            "official).",
        )


def _apply(member: DelegationMember, delegation: Delegation, draft: MemberDraft) -> None:
    member.role = draft.role
    member.arrival_on = draft.arrival_on
    member.departure_on = draft.departure_on
    member.needs = clean_block(draft.needs)
    if draft.role is MemberRole.HEAD:
        delegation.head_person_id = member.person_id
    elif delegation.head_person_id == member.person_id:
        delegation.head_person_id = None


def add_member(
    database: Database,
    delegation_id: int,
    draft: MemberDraft,
    *,
    new_person: PersonDraft | None = None,
    new_person_id: int | None = None,
) -> AddedMember:
    """Add a person from the register (``draft.person_id``) or a new one (``new_person``,
    created in the same unit of work). ``new_person_id`` is only for redoing an undone add."""
    if (draft.person_id is None) == (new_person is None):
        raise ValidationError(
            "person_id", "Choose a person from the register, or enter a new person — not both."
        )
    with database.unit_of_work() as session:
        delegation = ensure_editable(session, delegation_id)
        if new_person is not None:
            person, _version = add_person(
                session, new_person, actor=actor(), person_id=new_person_id
            )
        else:
            assert draft.person_id is not None
            person = session.get(Person, draft.person_id)
            if person is None:
                raise ValidationError("person_id", "That person is no longer in the register.")
        name = person_name(person)
        if _member(session, delegation_id, person.id) is not None:
            raise ValidationError("person_id", f"{name} is already a member of this delegation.")
        _check_dates(delegation, draft, name)
        _check_head(session, delegation, person.id, draft.role)
        member = DelegationMember(delegation_id=delegation_id, person_id=person.id)
        _apply(member, delegation, draft)
        session.add(member)
        session.flush()
        audit(session, "member", delegation_id, f"Added {name} as {label(draft.role).lower()}")
        return AddedMember(load_detail(session, delegation_id), person.id, new_person is not None)


def update_member(database: Database, delegation_id: int, draft: MemberDraft) -> DelegationDetail:
    """Change a member's role, own dates or needs."""
    assert draft.person_id is not None
    with database.unit_of_work() as session:
        delegation = ensure_editable(session, delegation_id)
        member = _member(session, delegation_id, draft.person_id)
        if member is None:
            raise ConcurrentEditError("That person is no longer a member; nothing was changed.")
        name = person_name(member.person)
        _check_dates(delegation, draft, name)
        _check_head(session, delegation, draft.person_id, draft.role)
        _apply(member, delegation, draft)
        session.flush()
        audit(session, "member", delegation_id, f"Changed {name}'s membership")
        return load_detail(session, delegation_id)


def set_head(database: Database, delegation_id: int, person_id: int | None) -> DelegationDetail:
    """Make a member head of delegation; the present head (if another) becomes an official.
    ``None`` leaves the delegation without a head."""
    with database.unit_of_work() as session:
        delegation = ensure_editable(session, delegation_id)
        new_head = _member(session, delegation_id, person_id) if person_id is not None else None
        if person_id is not None and new_head is None:
            raise ValidationError("person_id", "Only a member can be head of delegation.")
        for member in session.scalars(
            select(DelegationMember).where(
                DelegationMember.delegation_id == delegation_id,
                DelegationMember.role == MemberRole.HEAD,
            )
        ):
            if member is not new_head:
                member.role = MemberRole.OFFICIAL
        if new_head is not None:
            new_head.role = MemberRole.HEAD
        delegation.head_person_id = person_id
        session.flush()
        who = person_name(new_head.person) if new_head is not None else "nobody"
        audit(session, "member", delegation_id, f"Head of delegation: {who}")
        return load_detail(session, delegation_id)


def _attended_items(session: Session, delegation_id: int, person_id: int) -> list[ItineraryItem]:
    return list(
        session.scalars(
            select(ItineraryItem)
            .join(ItineraryAttendee, ItineraryAttendee.item_id == ItineraryItem.id)
            .where(
                ItineraryItem.delegation_id == delegation_id,
                ItineraryAttendee.person_id == person_id,
            )
            .order_by(ItineraryItem.starts_at, ItineraryItem.id)
        )
    )


def _rooms(session: Session, delegation_id: int, person_id: int) -> list[int]:
    return list(
        session.scalars(
            select(RoomOccupant.room_id)
            .join(Room, Room.id == RoomOccupant.room_id)
            .join(Accommodation, Accommodation.id == Room.accommodation_id)
            .where(
                Accommodation.delegation_id == delegation_id,
                RoomOccupant.person_id == person_id,
            )
        )
    )


def remove_member(
    database: Database, delegation_id: int, person_id: int, *, also_from_items: bool = False
) -> RemovedMember:
    """Take a person off the delegation (and out of its rooms). While they attend itinerary
    items by name, refused with the items named unless ``also_from_items``."""
    with database.unit_of_work() as session:
        delegation = ensure_editable(session, delegation_id)
        member = _member(session, delegation_id, person_id)
        if member is None:
            raise ConcurrentEditError("That person is no longer a member; nothing was changed.")
        name = person_name(member.person)
        items = _attended_items(session, delegation_id, person_id)
        if items and not also_from_items:
            titles = ", ".join(f"“{item.title}”" for item in items[:5])
            more = f" and {len(items) - 5} more" if len(items) > 5 else ""
            raise ValidationError(
                "also_from_items",
                f"{name} still attends {len(items)} programme item"
                f"{'s' if len(items) > 1 else ''}: {titles}{more}. Remove them from "
                "these items too, or keep them in the delegation.",
            )
        item_ids = tuple(item.id for item in items)
        room_ids = tuple(_rooms(session, delegation_id, person_id))
        draft = MemberDraft(
            person_id, member.role, member.arrival_on, member.departure_on, member.needs
        )
        if item_ids:
            session.execute(
                delete(ItineraryAttendee).where(
                    ItineraryAttendee.person_id == person_id,
                    ItineraryAttendee.item_id.in_(item_ids),
                )
            )
        if room_ids:
            session.execute(
                delete(RoomOccupant).where(
                    RoomOccupant.person_id == person_id, RoomOccupant.room_id.in_(room_ids)
                )
            )
        if delegation.head_person_id == person_id:
            delegation.head_person_id = None
        session.delete(member)
        session.flush()
        audit(session, "member", delegation_id, f"Removed {name}")
        return RemovedMember(delegation_id, draft, item_ids, room_ids)


def restore_member(database: Database, removed: RemovedMember) -> DelegationDetail:
    """Undo :func:`remove_member`: the membership, its attendances and rooms come back."""
    delegation_id = removed.delegation_id
    draft = removed.draft
    assert draft.person_id is not None
    with database.unit_of_work() as session:
        delegation = ensure_editable(session, delegation_id)
        person = session.get(Person, draft.person_id)
        if person is None or _member(session, delegation_id, draft.person_id) is not None:
            raise ConcurrentEditError("The member cannot be put back: the register changed.")
        _check_head(session, delegation, draft.person_id, draft.role)
        member = DelegationMember(delegation_id=delegation_id, person_id=draft.person_id)
        _apply(member, delegation, draft)
        session.add(member)
        existing_items = set(
            session.scalars(select(ItineraryItem.id).where(ItineraryItem.id.in_(removed.item_ids)))
        )
        rows = [{"item_id": i, "person_id": draft.person_id} for i in removed.item_ids]
        rows = [r for r in rows if r["item_id"] in existing_items]
        if rows:
            session.execute(insert(ItineraryAttendee), rows)
        rooms = set(session.scalars(select(Room.id).where(Room.id.in_(removed.room_ids))))
        occupants = [{"room_id": r, "person_id": draft.person_id} for r in removed.room_ids]
        occupants = [o for o in occupants if o["room_id"] in rooms]
        if occupants:
            session.execute(insert(RoomOccupant), occupants)
        session.flush()
        audit(session, "member", delegation_id, f"Put back {person_name(person)}")
        return load_detail(session, delegation_id)
