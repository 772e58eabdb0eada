"""Conflict checks for a delegation or an exchange programme, and accepting what cannot be fixed.

:func:`delegation_conflicts` and :func:`programme_conflicts` load the group's plan in about ten
queries whatever its size (:mod:`exchangedesk.services.delegations.conflict_plans`), run the rules of
:mod:`exchangedesk.domain.conflicts` over it, and mark the conflicts already accepted.

Confirming is blocked until every error and warning is resolved or accepted
(:func:`can_confirm`). Acceptances are kept in the audit log, which is append-only and needs no
new table: entity ``conflict``, ``entity_id`` the delegation or programme, action ``accept`` or
``withdraw``, and a JSON summary ``{"owner", "key", "note", "message"}``. The latest entry for a
key wins. A conflict key is made of record ids, so an acceptance lapses by itself when the
people or items involved change.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import AuditEntry
from exchangedesk.db.session import Database
from exchangedesk.domain.conflicts import (
    Acceptance,
    ConflictReport,
    Owner,
    OwnerKind,
    Severity,
    can_confirm,
    find_conflicts,
)
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.delegations.conflict_plans import load_plan

__all__ = [
    "ConflictReport",
    "accept_conflict",
    "accept_programme_conflict",
    "can_confirm",
    "delegation_conflicts",
    "programme_conflicts",
    "withdraw_acceptance",
]

AUDIT_ENTITY = "conflict"


def delegation_conflicts(
    database: Database, delegation_id: int, *, today: dt.date | None = None
) -> ConflictReport:
    """Every conflict of a delegation's plan, with the acceptances recorded for it."""
    return _check(database, OwnerKind.DELEGATION, delegation_id, today)


def programme_conflicts(
    database: Database, programme_id: int, *, today: dt.date | None = None
) -> ConflictReport:
    """Every conflict of an exchange programme's plan (participants and leaders)."""
    return _check(database, OwnerKind.PROGRAMME, programme_id, today)


def _check(
    database: Database, kind: OwnerKind, owner_id: int, today: dt.date | None
) -> ConflictReport:
    with database.reading() as session:
        plan = load_plan(session, kind, owner_id, today or dt.date.today())
        accepted = _acceptances(session, plan.owner)
    conflicts = tuple(
        replace(c, accepted=accepted[c.key]) if c.key in accepted else c
        for c in find_conflicts(plan)
    )
    return ConflictReport(plan.owner, conflicts)


# -- accepting ---------------------------------------------------------------------------------


def accept_conflict(
    database: Database,
    delegation_id: int,
    conflict_key: str,
    *,
    actor: str,
    note: str,
    today: dt.date | None = None,
) -> Acceptance:
    """Record that a delegation's conflict is known and accepted, so it no longer blocks
    confirming. Refused (nothing written) when the conflict is not found any more."""
    return _accept(database, OwnerKind.DELEGATION, delegation_id, conflict_key, actor, note, today)


def accept_programme_conflict(
    database: Database,
    programme_id: int,
    conflict_key: str,
    *,
    actor: str,
    note: str,
    today: dt.date | None = None,
) -> Acceptance:
    return _accept(database, OwnerKind.PROGRAMME, programme_id, conflict_key, actor, note, today)


def withdraw_acceptance(
    database: Database,
    owner_id: int,
    conflict_key: str,
    *,
    actor: str,
    kind: OwnerKind = OwnerKind.DELEGATION,
) -> None:
    """Take an acceptance back: the conflict blocks confirming again while it lasts."""
    actor = _required("actor", actor, "Say who withdraws the acceptance.")
    with database.reading() as session:
        accepted = _acceptances(session, Owner(kind, owner_id))
    if conflict_key not in accepted:
        raise ValidationError("conflict_key", "That conflict has not been accepted.")
    _write(database, kind, owner_id, "withdraw", actor, {"key": conflict_key})


def _accept(
    database: Database,
    kind: OwnerKind,
    owner_id: int,
    key: str,
    actor: str,
    note: str,
    today: dt.date | None,
) -> Acceptance:
    actor = _required("actor", actor, "Say who accepts the conflict.")
    note = _required(
        "note", note, "Say why the conflict is accepted, so the committee can see it later."
    )
    conflict = _check(database, kind, owner_id, today).find(key)
    if conflict is None:
        raise ValidationError(
            "conflict_key",
            "This conflict is not found any more: it was resolved, or the people or items "
            "involved changed. Nothing was accepted.",
        )
    if conflict.severity is Severity.INFO:
        raise ValidationError(
            "conflict_key", "This is information only and never blocks confirming."
        )
    if conflict.accepted is not None:
        return conflict.accepted
    at = _write(
        database,
        kind,
        owner_id,
        "accept",
        actor,
        {"key": key, "note": note, "message": conflict.message},
    )
    return Acceptance(actor, at, note)


def _required(field: str, text: str | None, message: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise ValidationError(field, message)
    return text


def _write(
    database: Database,
    kind: OwnerKind,
    owner_id: int,
    action: str,
    actor: str,
    data: dict[str, str],
) -> dt.datetime:
    summary = json.dumps({"owner": str(kind), **data}, ensure_ascii=False)
    entry = AuditEntry(
        actor=actor[:200], action=action, entity=AUDIT_ENTITY, entity_id=owner_id, summary=summary
    )
    with database.unit_of_work() as session:
        session.add(entry)
        session.flush()
        return entry.at


def _acceptances(session: Session, owner: Owner) -> dict[str, Acceptance]:
    found: dict[str, Acceptance] = {}
    rows = session.execute(
        select(AuditEntry.action, AuditEntry.actor, AuditEntry.at, AuditEntry.summary)
        .where(
            AuditEntry.entity == AUDIT_ENTITY,
            AuditEntry.entity_id == owner.id,
            AuditEntry.action.in_(("accept", "withdraw")),
        )
        .order_by(AuditEntry.id)
    )
    for action, actor, at, summary in rows:
        try:
            data = json.loads(summary or "")
        except ValueError:  # written by hand or by a later version: not ours to read
            continue
        if not isinstance(data, dict) or data.get("owner") != owner.kind:
            continue
        key = data.get("key")
        if not isinstance(key, str):
            continue
        if action == "accept":
            found[key] = Acceptance(actor, at, str(data.get("note") or ""))
        else:
            found.pop(key, None)
    return found
