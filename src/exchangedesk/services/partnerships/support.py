"""What the partnership services share: loading a record for an edit against the version the
editor started from, the audit trail, and how a status step reads ("Terminated by Kyiv")."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from exchangedesk.db.models import AuditEntry, Partnership, PartnershipStatusChange
from exchangedesk.db.types import utc_now
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import ActingSide, PartnershipStatus, label
from exchangedesk.domain.errors import ConcurrentEditError
from exchangedesk.services.common.staleness import refuse_stale


class PartnershipGoneError(ConcurrentEditError):
    """The partnership was removed (by another user, or by an undo) since it was shown."""


@dataclass(frozen=True)
class Edit:
    """A saved change and its way back, for the window's undo stack. ``apply`` makes the change
    (the first call is the save itself), ``revert`` undoes it; both are service calls, each its
    own unit of work, and both check that nobody changed the record in between."""

    apply: Callable[[], Any]
    revert: Callable[[], Any]


def actor() -> str:
    """Who is at the keyboard, for the audit log: the operating-system user name."""
    try:
        return getpass.getuser()[:200] or "exchangedesk"
    except Exception:  # no user name here (a service account, a container)
        return "exchangedesk"


def audit(session: Session, action: str, entity: str, entity_id: int | None, summary: str) -> None:
    session.add(
        AuditEntry(
            at=utc_now(),
            actor=session.info.get("actor") or actor(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary[:2000],
        )
    )


def load_partnership(
    session: Session, partnership_id: int, expected_version: int | None = None
) -> Partnership:
    """The record to change; refused if it is gone or someone saved it since ``expected_version``."""
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise PartnershipGoneError(
            f"Partnership #{partnership_id} is no longer in the register (someone removed it)."
        )
    refuse_stale(
        session, partnership, expected_version, f"The partnership {pair_name(partnership)}"
    )
    return partnership


def flush(session: Session, partnership: Partnership) -> None:
    """Write now; a save that raced another one at the last moment is refused, not merged."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError(
            f"Someone else saved the partnership {pair_name(partnership)} at the same moment; "
            "nothing was changed. Open it again to see their changes."
        ) from exc


def touch(partnership: Partnership) -> None:
    """Make the row itself change, so its version moves on even when only its areas or its
    history changed: an editor open elsewhere must notice."""
    partnership.updated_at = utc_now()


def pair_name(partnership: Partnership) -> str:
    return f"{partnership.city_a.name} – {partnership.city_b.name}"


def latest_step(session: Session, partnership_id: int) -> PartnershipStatusChange | None:
    """The latest step of the history: latest date, then latest recorded (as invariants.py)."""
    return session.scalars(
        select(PartnershipStatusChange)
        .where(PartnershipStatusChange.partnership_id == partnership_id)
        .order_by(PartnershipStatusChange.changed_on.desc(), PartnershipStatusChange.id.desc())
        .limit(1)
    ).first()


def history_length(session: Session, partnership_id: int) -> int:
    return session.scalar(
        select(func.count()).where(PartnershipStatusChange.partnership_id == partnership_id)
    )


# --- how a step reads ------------------------------------------------------------------------


def acting_city(side: ActingSide | None, city_a: str, city_b: str) -> str | None:
    """The city that acted alone: 'home' is city A, 'partner' city B (the demo's and the
    importer's convention, also when neither is the committee's own city)."""
    if side is ActingSide.HOME:
        return city_a
    if side is ActingSide.PARTNER:
        return city_b
    return None


def status_word(to_status: PartnershipStatus, from_status: PartnershipStatus | None) -> str:
    """The step as a word: a return to active after a pause or an ending says so."""
    if to_status is PartnershipStatus.ACTIVE and from_status is PartnershipStatus.SUSPENDED:
        return "Resumed"
    if to_status is PartnershipStatus.ACTIVE and from_status is PartnershipStatus.TERMINATED:
        return "Renewed"
    return label(to_status)


def status_headline(
    to_status: PartnershipStatus,
    from_status: PartnershipStatus | None,
    side: ActingSide | None,
    city_a: str,
    city_b: str,
) -> str:
    """ "Terminated by Kyiv" for a unilateral step; "Suspended by both cities" for a mutual
    pause or ending; the plain status otherwise. (The window builds the same phrase through
    its translations.)"""
    to_status = PartnershipStatus(to_status)
    word = status_word(to_status, from_status)
    city = acting_city(side, city_a, city_b)
    if city is not None:
        if word == "Active":  # "Active by Kyiv" is no English
            return f"Active — {city} alone"
        if to_status is PartnershipStatus.LETTER_OF_INTENT:
            return f"Letter of intent from {city}"
        return f"{word} by {city}"
    ending = to_status in (PartnershipStatus.SUSPENDED, PartnershipStatus.TERMINATED)
    if side is ActingSide.BOTH and ending:
        return f"{word} by both cities"
    return word


@dataclass(frozen=True)
class StatusStep:
    """One dated step of a partnership's history, as the timeline shows it."""

    id: int
    changed_on: dt.date
    precision: DatePrecision
    from_status: PartnershipStatus | None
    to_status: PartnershipStatus
    acting_side: ActingSide
    reason: str | None
    city_a: str
    city_b: str

    @property
    def acting_city(self) -> str | None:
        return acting_city(self.acting_side, self.city_a, self.city_b)

    @property
    def unilateral(self) -> bool:
        return self.acting_city is not None

    @property
    def headline(self) -> str:
        return status_headline(
            self.to_status, self.from_status, self.acting_side, self.city_a, self.city_b
        )


def steps_of(session: Session, partnership: Partnership) -> tuple[StatusStep, ...]:
    """The history, oldest first (the timeline's order)."""
    changes = session.scalars(
        select(PartnershipStatusChange)
        .where(PartnershipStatusChange.partnership_id == partnership.id)
        .order_by(PartnershipStatusChange.changed_on, PartnershipStatusChange.id)
    )
    return tuple(
        StatusStep(
            id=change.id,
            changed_on=change.changed_on,
            precision=change.changed_precision,
            from_status=change.from_status,
            to_status=change.to_status,
            acting_side=change.acting_side,
            reason=change.reason,
            city_a=partnership.city_a.name,
            city_b=partnership.city_b.name,
        )
        for change in changes
    )
