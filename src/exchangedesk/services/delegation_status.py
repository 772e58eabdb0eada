"""A delegation's status workflow, its approvals, and reopening a finished visit.

THE SHARED GUARD for every edit of a delegation or anything belonging to it (members, budget,
itinerary, accommodation, transport): call ``ensure_editable(session, delegation_id)`` inside
your unit of work before writing. It returns the loaded ``Delegation`` or raises
``DelegationReadOnlyError`` (ValidationError, field ``status``) for a completed or cancelled
delegation and ``DelegationGoneError`` (ConcurrentEditError) for one that no longer exists.
It lives in :mod:`exchangedesk.services.delegation_guard` (no other dependencies) and is
re-exported here.
"""

from __future__ import annotations

from exchangedesk.services.delegation_guard import (
    READ_ONLY_STATUSES,
    DelegationGoneError,
    DelegationReadOnlyError,
    ensure_editable,
    is_editable,
    read_only_message,
)

__all__ = [
    "READ_ONLY_STATUSES",
    "DelegationGoneError",
    "DelegationReadOnlyError",
    "ensure_editable",
    "is_editable",
    "read_only_message",
]
