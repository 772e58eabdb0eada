"""The one guard every delegation edit goes through: a completed or cancelled visit is
read-only until someone reopens it on purpose.

Every service that changes a delegation or anything belonging to it (members, budget,
itinerary items, accommodation, rooms, transport legs) calls, inside its own unit of work and
before writing anything::

    from exchangedesk.services.delegations.status import ensure_editable

    with database.unit_of_work() as session:
        delegation = ensure_editable(session, delegation_id)
        ...

It raises :class:`DelegationReadOnlyError` (a ``ValidationError`` on the field ``status``) for a
completed or cancelled delegation, and :class:`DelegationGoneError` (a ``ConcurrentEditError``)
when the delegation no longer exists. ``exchangedesk.services.delegations.status`` re-exports
both, so callers may import from either module.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from exchangedesk.db.models import Delegation
from exchangedesk.domain.enums import DelegationStatus, label
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError

# Finished visits: kept as the record of what happened, changed only after "Reopen".
READ_ONLY_STATUSES = frozenset({DelegationStatus.COMPLETED, DelegationStatus.CANCELLED})


class DelegationReadOnlyError(ValidationError):
    """The delegation is completed or cancelled; it must be reopened before any edit."""


class DelegationGoneError(ConcurrentEditError):
    """The delegation was removed (by someone else, or by an undo) since it was shown."""


def is_editable(status: DelegationStatus) -> bool:
    return status not in READ_ONLY_STATUSES


def read_only_message(status: DelegationStatus) -> str:
    """ "Completed — reopen to edit": the same words for the banner and the refusal."""
    return f"{label(status)} — reopen to edit"


def ensure_editable(session: Session, delegation_id: int) -> Delegation:
    """The delegation, loaded in ``session``, if it may be changed; refuses otherwise."""
    delegation = session.get(Delegation, delegation_id)
    if delegation is None:
        raise DelegationGoneError(
            f"delegation #{delegation_id} no longer exists (removed by someone else or undone); "
            "nothing was changed"
        )
    if not is_editable(delegation.status):
        raise DelegationReadOnlyError(
            "status",
            f"“{delegation.title}” is {label(delegation.status).lower()} and read-only "
            f"({read_only_message(delegation.status)}); nothing was changed.",
        )
    return delegation
