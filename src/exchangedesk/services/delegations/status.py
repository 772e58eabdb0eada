"""A delegation's status workflow, its approvals, and reopening a finished visit.

THE SHARED GUARD for every edit of a delegation or anything belonging to it (members, budget,
itinerary, accommodation, transport): call ``ensure_editable(session, delegation_id)`` inside
your unit of work before writing. It returns the loaded ``Delegation`` or raises
``DelegationReadOnlyError`` (ValidationError, field ``status``) for a completed or cancelled
delegation and ``DelegationGoneError`` (ConcurrentEditError) for one that no longer exists.
It lives in :mod:`exchangedesk.services.delegations.guard` (no other dependencies) and is
re-exported here.

The workflow: idea → planned → approved → confirmed → under way → completed, and cancelled from
anywhere before completion; one step back is allowed before the visit starts (a plan that must
be reworked). "Approved" needs a recorded approval whose decision is "approved"; "confirmed" is
refused while conflicts neither resolved nor accepted remain (``services.conflicts``). A
completed or cancelled delegation changes only through :func:`reopen`, which records a reason.
Every step is written to the audit log (entity ``delegation``, action ``status`` or ``reopen``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from exchangedesk.db.models import Delegation, DelegationApproval
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ApprovalDecision, DelegationStatus, label
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.people import clean, clean_block
from exchangedesk.services.delegations.conflicts import can_confirm, delegation_conflicts
from exchangedesk.services.delegations.detail import DelegationDetail, audit, load_detail
from exchangedesk.services.delegations.guard import (
    READ_ONLY_STATUSES,
    DelegationGoneError,
    DelegationReadOnlyError,
    ensure_editable,
    is_editable,
    read_only_message,
)

__all__ = [
    "READ_ONLY_STATUSES",
    "TRANSITIONS",
    "ApprovalDraft",
    "DelegationGoneError",
    "DelegationReadOnlyError",
    "allowed_moves",
    "change_status",
    "ensure_editable",
    "is_editable",
    "read_only_message",
    "record_approval",
    "remove_approval",
    "reopen",
    "undo_status",
]

S = DelegationStatus
TRANSITIONS: dict[DelegationStatus, tuple[DelegationStatus, ...]] = {
    S.IDEA: (S.PLANNED, S.CANCELLED),
    S.PLANNED: (S.APPROVED, S.IDEA, S.CANCELLED),
    S.APPROVED: (S.CONFIRMED, S.PLANNED, S.CANCELLED),
    S.CONFIRMED: (S.UNDER_WAY, S.APPROVED, S.CANCELLED),
    S.UNDER_WAY: (S.COMPLETED, S.CANCELLED),
    S.COMPLETED: (),
    S.CANCELLED: (),
}
# Where "Reopen" takes a finished delegation: back to where it could still be worked on.
REOPENED_TO = {S.COMPLETED: S.UNDER_WAY, S.CANCELLED: S.PLANNED}


def allowed_moves(status: DelegationStatus) -> tuple[DelegationStatus, ...]:
    return TRANSITIONS[status]


@dataclass(frozen=True)
class ApprovalDraft:
    decided_by: str  # "Town council", "Mayor's office"
    decided_on: dt.date | None
    decision: ApprovalDecision
    note: str | None = None


def _load(session, delegation_id: int, expected_version: int | None) -> Delegation:  # noqa: ANN001
    delegation = session.get(Delegation, delegation_id)
    if delegation is None:
        raise DelegationGoneError(
            f"delegation #{delegation_id} no longer exists (removed by someone else or undone)"
        )
    if expected_version is not None and delegation.version_id != expected_version:
        raise ConcurrentEditError(
            f"Someone else changed “{delegation.title}” since you opened it; nothing was "
            "changed. Open it again to see their changes."
        )
    return delegation


def _latest_approval(session, delegation_id: int) -> DelegationApproval | None:  # noqa: ANN001
    return session.scalars(
        select(DelegationApproval)
        .where(DelegationApproval.delegation_id == delegation_id)
        .order_by(DelegationApproval.decided_on.desc(), DelegationApproval.id.desc())
        .limit(1)
    ).first()


def change_status(
    database: Database,
    delegation_id: int,
    to_status: DelegationStatus,
    *,
    expected_version: int,
    today: dt.date | None = None,
) -> DelegationDetail:
    """Move the delegation one step along the workflow; refused (nothing written) for a move
    the workflow does not allow, "approved" without an approval, or "confirmed" while
    conflicts remain."""
    blocking = 0
    if to_status is S.CONFIRMED:
        # Read before the unit of work: the conflict service opens its own session.
        report = delegation_conflicts(database, delegation_id, today=today)
        blocking = 0 if can_confirm(report) else len(report.blocking)
    with database.unit_of_work() as session:
        delegation = _load(session, delegation_id, expected_version)
        current = delegation.status
        if current in READ_ONLY_STATUSES:
            raise DelegationReadOnlyError(
                "status",
                f"“{delegation.title}” is {label(current).lower()} "
                f"({read_only_message(current)}); nothing was changed.",
            )
        if to_status not in TRANSITIONS[current]:
            possible = ", ".join(label(s).lower() for s in TRANSITIONS[current])
            raise ValidationError(
                "status",
                f"A delegation that is {label(current).lower()} cannot become "
                f"{label(to_status).lower()}; from here it can become: {possible}.",
            )
        if to_status is S.APPROVED:
            latest = _latest_approval(session, delegation_id)
            if latest is None or latest.decision is not ApprovalDecision.APPROVED:
                raise ValidationError(
                    "status",
                    "Record the approval first (who approved the visit, when): the latest "
                    "decision recorded is "
                    + ("none." if latest is None else f"“{label(latest.decision).lower()}”."),
                )
        if to_status is S.CONFIRMED and blocking:
            raise ValidationError(
                "status",
                f"{blocking} conflict{'s' if blocking > 1 else ''} "
                f"{'remain' if blocking > 1 else 'remains'} unresolved. Resolve "
                f"{'them' if blocking > 1 else 'it'} or accept "
                f"{'them' if blocking > 1 else 'it'} with a note before confirming.",
            )
        delegation.status = to_status
        session.flush()
        audit(
            session,
            "status",
            delegation_id,
            f"{label(current)} → {label(to_status)}",
        )
        return load_detail(session, delegation_id)


def undo_status(
    database: Database, delegation_id: int, back_to: DelegationStatus, *, expected_version: int
) -> DelegationDetail:
    """Undo the user's own last status step (the window's undo stack): the status goes back
    without the workflow's checks, and the log says it was undone."""
    with database.unit_of_work() as session:
        delegation = _load(session, delegation_id, expected_version)
        current = delegation.status
        delegation.status = back_to
        session.flush()
        audit(session, "status", delegation_id, f"{label(current)} → {label(back_to)} (undone)")
        return load_detail(session, delegation_id)


def reopen(
    database: Database, delegation_id: int, reason: str, *, expected_version: int
) -> DelegationDetail:
    """Make a completed (→ under way) or cancelled (→ planned) delegation editable again; the
    reason is recorded."""
    reason_text = clean_block(reason)
    if not reason_text:
        raise ValidationError(
            "reason", "Say why the delegation is reopened, so the committee can see it later."
        )
    with database.unit_of_work() as session:
        delegation = _load(session, delegation_id, expected_version)
        current = delegation.status
        if current not in READ_ONLY_STATUSES:
            raise ValidationError(
                "status",
                f"“{delegation.title}” is {label(current).lower()}: it is not closed, "
                "so there is nothing to reopen.",
            )
        delegation.status = REOPENED_TO[current]
        session.flush()
        audit(
            session,
            "reopen",
            delegation_id,
            f"Reopened ({label(current)} → {label(delegation.status)}): {reason_text}",
        )
        return load_detail(session, delegation_id)


def record_approval(
    database: Database,
    delegation_id: int,
    draft: ApprovalDraft,
    *,
    approval_id: int | None = None,
    today: dt.date | None = None,
) -> DelegationDetail:
    """Record who decided what about the visit, and when. ``approval_id`` is only for redoing
    an undone record."""
    decided_by = clean(draft.decided_by)
    if not decided_by:
        raise ValidationError("decided_by", "Say who decided (e.g. Town council, the mayor).")
    if len(decided_by) > 200:
        raise ValidationError("decided_by", "That is too long for who decided (200 letters).")
    if not isinstance(draft.decision, ApprovalDecision):
        raise ValidationError("decision", "Choose the decision: approved, rejected or deferred.")
    decided_on = draft.decided_on or today or dt.date.today()
    if decided_on > (today or dt.date.today()):
        raise ValidationError("decided_on", "A decision cannot be dated in the future.")
    with database.unit_of_work() as session:
        ensure_editable(session, delegation_id)
        session.add(
            DelegationApproval(
                id=approval_id,
                delegation_id=delegation_id,
                decided_by=decided_by,
                decided_on=decided_on,
                decision=draft.decision,
                note=clean_block(draft.note),
            )
        )
        session.flush()
        audit(
            session,
            "approval",
            delegation_id,
            f"{label(draft.decision)} by {decided_by} on {decided_on.isoformat()}",
        )
        return load_detail(session, delegation_id)


def remove_approval(database: Database, delegation_id: int, approval_id: int) -> DelegationDetail:
    """Take back a recorded approval (undoing :func:`record_approval`)."""
    with database.unit_of_work() as session:
        ensure_editable(session, delegation_id)
        approval = session.get(DelegationApproval, approval_id)
        if approval is None or approval.delegation_id != delegation_id:
            raise ConcurrentEditError("That approval was removed meanwhile; nothing was changed.")
        session.delete(approval)
        session.flush()
        audit(session, "approval", delegation_id, f"Approval by {approval.decided_by} removed")
        return load_detail(session, delegation_id)
