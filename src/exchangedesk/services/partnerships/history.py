"""A partnership's status as a dated history: proposed, letter of intent, active, suspended,
terminated — each step with its date, the side that acted and the reason.

The partnership's ``status`` is always the status its latest step leads to: steps are recorded
in order (a step dated before the latest one is refused) and every change of the history sets
the status in the same unit of work. A partnership from before this rule (an import) that has
no history yet gets its first step when its status first changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exchangedesk.db.models import PartnershipStatusChange
from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision, describe, normalised
from exchangedesk.domain.enums import ActingSide, PartnershipStatus, label
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.partnerships.support import (
    audit,
    flush,
    latest_step,
    load_partnership,
    pair_name,
    status_headline,
    touch,
)

REASON_LENGTH = 4000


@dataclass(frozen=True)
class StatusChangeDraft:
    to_status: PartnershipStatus
    changed_on: dt.date
    precision: DatePrecision = DatePrecision.DAY
    acting_side: ActingSide = ActingSide.BOTH
    reason: str | None = None


@dataclass(frozen=True)
class StatusChanged:
    change_id: int
    version_id: int  # the partnership's version after the change
    headline: str  # "Terminated by Kyiv"


def change_status(
    database: Database,
    partnership_id: int,
    draft: StatusChangeDraft,
    *,
    expected_version: int,
    today: dt.date | None = None,
) -> StatusChanged:
    """Record the next step of the history and make it the partnership's status."""
    today = today or dt.date.today()
    try:
        to_status = PartnershipStatus(draft.to_status)
    except ValueError:
        raise ValidationError("to_status", f"{draft.to_status!r} is not a status") from None
    try:
        side = ActingSide(draft.acting_side)
    except ValueError:
        raise ValidationError("acting_side", f"{draft.acting_side!r} is not a side") from None
    precision = DatePrecision(draft.precision)
    changed_on = normalised(draft.changed_on, precision)
    if changed_on > today:
        raise ValidationError(
            "changed_on", "is in the future: record a change once it has happened"
        )
    reason = (draft.reason or "").strip() or None
    if reason is not None and len(reason) > REASON_LENGTH:
        raise ValidationError("reason", f"is too long: at most {REASON_LENGTH} characters")
    with database.unit_of_work() as session:
        partnership = load_partnership(session, partnership_id, expected_version)
        if to_status is partnership.status:
            raise ValidationError(
                "to_status", f"the partnership is {label(to_status).lower()} already"
            )
        latest = latest_step(session, partnership_id)
        # Compared by first days (how the history is ordered): "20 Apr 1944" may follow "1944",
        # not the other way round, or the latest step would not be the last one recorded.
        if latest is not None and changed_on < latest.changed_on:
            shown = describe(latest.changed_on, latest.changed_precision)
            raise ValidationError(
                "changed_on",
                f"is before the last recorded step ({shown}); the history is kept in order",
            )
        change = PartnershipStatusChange(
            partnership_id=partnership_id,
            changed_on=changed_on,
            changed_precision=precision,
            from_status=partnership.status,
            to_status=to_status,
            acting_side=side,
            reason=reason,
        )
        session.add(change)
        partnership.status = to_status
        touch(partnership)
        flush(session, partnership)
        headline = status_headline(
            to_status, change.from_status, side, partnership.city_a.name, partnership.city_b.name
        )
        audit(
            session,
            "status",
            "partnership",
            partnership_id,
            f"{pair_name(partnership)}: {headline}",
        )
        return StatusChanged(change.id, partnership.version_id, headline)


def withdraw_status_change(
    database: Database, partnership_id: int, change_id: int, *, expected_version: int
) -> int:
    """Take back the latest step (the undo of :func:`change_status`); the status returns to
    what the history then ends with. Returns the partnership's new version."""
    with database.unit_of_work() as session:
        partnership = load_partnership(session, partnership_id, expected_version)
        change = session.get(PartnershipStatusChange, change_id)
        if change is None or change.partnership_id != partnership_id:
            raise ValidationError("history", "that step is no longer in the history")
        latest = latest_step(session, partnership_id)
        if latest is None or latest.id != change_id:
            raise ValidationError(
                "history", "a later step was recorded since; take that one back first"
            )
        session.delete(change)
        session.flush()
        before = latest_step(session, partnership_id)
        if before is not None:
            partnership.status = before.to_status
        elif change.from_status is not None:
            partnership.status = change.from_status
        touch(partnership)
        flush(session, partnership)
        audit(
            session,
            "status",
            "partnership",
            partnership_id,
            f"{pair_name(partnership)}: step of {change.changed_on} taken back",
        )
        return partnership.version_id
