"""Creating, changing and removing a delegation record (partnership, direction, title, purpose,
dates, notes).

Every save is checked against the version the editor started from (``ConcurrentEditError``
when someone else saved in between). The status is not part of the draft: it moves only through
:mod:`exchangedesk.services.delegations.status`. Every change goes through the shared guard
(``ensure_editable``), so a completed or cancelled delegation is refused until reopened.

Removing a delegation returns a :class:`RemovedDelegation` — every row that belonged to it —
so that the window's undo can put it back exactly, ids included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from exchangedesk.db.models import (
    Accommodation,
    Attachment,
    BudgetLine,
    Delegation,
    DelegationApproval,
    DelegationMember,
    Document,
    Gift,
    ItineraryAttendee,
    ItineraryItem,
    Partnership,
    Room,
    RoomOccupant,
    TransportLeg,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.people import clean, clean_block
from exchangedesk.services.common.staleness import refuse_stale
from exchangedesk.services.delegations.detail import DelegationDetail, audit, load_detail
from exchangedesk.services.delegations.guard import ensure_editable

TITLE_LENGTH = 300


@dataclass(frozen=True)
class DelegationDraft:
    """What the delegation editor holds."""

    partnership_id: int | None
    direction: Direction
    title: str
    arrival_on: dt.date | None
    departure_on: dt.date | None
    purpose: str | None = None
    notes: str | None = None


# The columns the editor saves (the partnership is compared by its cities' names elsewhere:
# an id means nothing side by side).
EDITED = ("partnership_id", "direction", "title", "purpose", "arrival_on", "departure_on", "notes")


def validate_delegation(draft: DelegationDraft) -> DelegationDraft:
    """The draft tidied, or a ValidationError naming the first field that is wrong."""
    if draft.partnership_id is None:
        raise ValidationError("partnership_id", "Choose the partnership the visit belongs to.")
    if not isinstance(draft.direction, Direction):
        raise ValidationError("direction", "Say whether the delegation is incoming or outgoing.")
    title = clean(draft.title)
    if not title:
        raise ValidationError("title", "Give the delegation a title, e.g. “Choir from Dresden”.")
    if len(title) > TITLE_LENGTH:
        raise ValidationError("title", f"The title is too long (at most {TITLE_LENGTH} letters).")
    if draft.arrival_on is None:
        raise ValidationError("arrival_on", "Give the day the delegation arrives.")
    if draft.departure_on is None:
        raise ValidationError("departure_on", "Give the day the delegation leaves.")
    if draft.departure_on < draft.arrival_on:
        raise ValidationError(
            "departure_on",
            f"The departure ({draft.departure_on:%d %b %Y}) is before the arrival "
            f"({draft.arrival_on:%d %b %Y}).",
        )
    return DelegationDraft(
        partnership_id=draft.partnership_id,
        direction=draft.direction,
        title=title,
        arrival_on=draft.arrival_on,
        departure_on=draft.departure_on,
        purpose=clean_block(draft.purpose),
        notes=clean_block(draft.notes),
    )


def draft_of(detail: DelegationDetail) -> DelegationDraft:
    """The draft an editor starts from (and an undo saves back)."""
    return DelegationDraft(
        partnership_id=detail.partnership_id,
        direction=detail.direction,
        title=detail.title,
        arrival_on=detail.arrival_on,
        departure_on=detail.departure_on,
        purpose=detail.purpose,
        notes=detail.notes,
    )


def _check_partnership(session: Session, partnership_id: int) -> None:
    if session.get(Partnership, partnership_id) is None:
        raise ValidationError("partnership_id", "That partnership is no longer in the register.")


def _flush(session: Session, title: str) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError(
            f"Someone else saved “{title}” at the same moment; nothing was changed. "
            "Open it again to see their changes."
        ) from exc


def load_for_edit(
    session: Session,
    delegation_id: int,
    expected_version: int,
    yours: Mapping[str, object] | None = None,
) -> Delegation:
    """The delegation if it may be edited and nobody saved it since ``expected_version``;
    *yours* (the values being saved) lets a refusal show both versions side by side."""
    delegation = ensure_editable(session, delegation_id)
    refuse_stale(session, delegation, expected_version, f"“{delegation.title}”", yours)
    return delegation


def _stays_outside(session: Session, delegation_id: int, draft: DelegationDraft) -> None:
    """Members' own dates must still lie within the visit after its dates change."""
    assert draft.arrival_on is not None and draft.departure_on is not None
    for member in session.scalars(
        select(DelegationMember).where(DelegationMember.delegation_id == delegation_id)
    ):
        for day in (member.arrival_on, member.departure_on):
            if day is not None and not draft.arrival_on <= day <= draft.departure_on:
                name = f"{member.person.given_name} {member.person.family_name}".strip()
                raise ValidationError(
                    "arrival_on" if day < draft.arrival_on else "departure_on",
                    f"{name} has their own dates ({day:%d %b %Y}) outside the new dates of the "
                    "visit. Change their dates first, or move the whole delegation with "
                    "“Move by…”.",
                )


# --- the use cases ---------------------------------------------------------------------------


def create_delegation(
    database: Database, draft: DelegationDraft, *, delegation_id: int | None = None
) -> DelegationDetail:
    """A new delegation, status "idea". ``delegation_id`` is only for redoing an undone
    creation, so later commands on the undo stack still find it."""
    draft = validate_delegation(draft)
    with database.unit_of_work() as session:
        assert draft.partnership_id is not None
        _check_partnership(session, draft.partnership_id)
        if delegation_id is not None and session.get(Delegation, delegation_id) is not None:
            raise ConcurrentEditError(
                f"delegation #{delegation_id} exists again; the creation cannot be redone"
            )
        delegation = Delegation(
            id=delegation_id,
            partnership_id=draft.partnership_id,
            direction=draft.direction,
            title=draft.title,
            purpose=draft.purpose,
            arrival_on=draft.arrival_on,
            departure_on=draft.departure_on,
            notes=draft.notes,
        )
        session.add(delegation)
        session.flush()
        audit(session, "create", delegation.id, f"Added “{draft.title}”")
        return load_detail(session, delegation.id)


def update_delegation(
    database: Database, delegation_id: int, draft: DelegationDraft, *, expected_version: int
) -> DelegationDetail:
    """Save the editor's changes. New dates that leave a member's own dates outside the visit
    are refused (itinerary items outside are reported as conflicts, not refused)."""
    draft = validate_delegation(draft)
    with database.unit_of_work() as session:
        yours = {name: getattr(draft, name) for name in EDITED if name != "partnership_id"}
        delegation = load_for_edit(session, delegation_id, expected_version, yours)
        assert draft.partnership_id is not None
        _check_partnership(session, draft.partnership_id)
        _stays_outside(session, delegation_id, draft)
        for name in EDITED:
            setattr(delegation, name, getattr(draft, name))
        _flush(session, draft.title)
        audit(session, "update", delegation_id, f"Changed “{draft.title}”")
        return load_detail(session, delegation_id)


# --- removing and putting back ---------------------------------------------------------------

# Parents before children, so the rows go back in an order the foreign keys accept.
_OWNED: tuple[type, ...] = (
    Delegation,
    DelegationMember,
    DelegationApproval,
    BudgetLine,
    ItineraryItem,
    ItineraryAttendee,
    Accommodation,
    Room,
    RoomOccupant,
    TransportLeg,
)


@dataclass(frozen=True)
class RemovedDelegation:
    """Every row that belonged to a removed delegation, by table, to put it back on undo."""

    delegation_id: int
    title: str
    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]


def _owned_rows(session: Session, delegation_id: int) -> list[tuple[Table, list[dict]]]:
    item_ids = select(ItineraryItem.id).where(ItineraryItem.delegation_id == delegation_id)
    lodging_ids = select(Accommodation.id).where(Accommodation.delegation_id == delegation_id)
    room_ids = select(Room.id).where(Room.accommodation_id.in_(lodging_ids))
    where = {
        Delegation: Delegation.id == delegation_id,
        ItineraryAttendee: ItineraryAttendee.item_id.in_(item_ids),
        Room: Room.accommodation_id.in_(lodging_ids),
        RoomOccupant: RoomOccupant.room_id.in_(room_ids),
    }
    found = []
    for model in _OWNED:
        table: Table = model.__table__  # type: ignore[attr-defined]
        condition = where.get(model, getattr(model, "delegation_id", None) == delegation_id)
        rows = [dict(r) for r in session.execute(select(table).where(condition)).mappings()]
        found.append((table, rows))
    return found


def delete_delegation(
    database: Database, delegation_id: int, *, expected_version: int
) -> RemovedDelegation:
    """Remove a delegation with its members, budget, approvals, programme, rooms and travel.
    Refused while gifts, documents or attachments refer to it (they are the record of what
    happened), and for a completed or cancelled delegation."""
    with database.unit_of_work() as session:
        delegation = load_for_edit(session, delegation_id, expected_version)
        links = {
            "gift": session.scalar(select(func.count()).where(Gift.delegation_id == delegation_id)),
            "document": session.scalar(
                select(func.count()).where(Document.delegation_id == delegation_id)
            ),
            "attachment": session.scalar(
                select(func.count()).where(Attachment.delegation_id == delegation_id)
            ),
        }
        named = [f"{n} {what}{'s' if n > 1 else ''}" for what, n in links.items() if n]
        if named:
            raise ValidationError(
                "delegation",
                f"“{delegation.title}” has {', '.join(named)} linked to it and is kept. "
                "Cancel the visit instead of removing it.",
            )
        snapshot = _owned_rows(session, delegation_id)
        title = delegation.title
        session.delete(delegation)
        _flush(session, title)
        audit(session, "delete", delegation_id, f"Removed “{title}”")
        return RemovedDelegation(
            delegation_id,
            title,
            tuple((table.name, tuple(rows)) for table, rows in snapshot),
        )


def restore_delegation(database: Database, removed: RemovedDelegation) -> DelegationDetail:
    """Put a removed delegation back exactly as it was (undoing :func:`delete_delegation`)."""
    tables = {model.__table__.name: model.__table__ for model in _OWNED}  # type: ignore[attr-defined]
    with database.unit_of_work() as session:
        if session.get(Delegation, removed.delegation_id) is not None:
            raise ConcurrentEditError(f"“{removed.title}” is already back; nothing was changed.")
        for name, rows in removed.rows:
            if rows:
                session.execute(insert(tables[name]), list(rows))
        audit(session, "restore", removed.delegation_id, f"Put back “{removed.title}”")
        return load_detail(session, removed.delegation_id)
