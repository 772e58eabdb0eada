"""What a person consented to about their data: recorded, withdrawn, and checked.

A consent names one purpose (photos in publications, data shared with the partner committee,
medical notes kept, contact details kept), the day it was given, how (a signed form, an e-mail,
orally) and, for a minor, the guardian who gave it. Withdrawing keeps the record with the day
it ended: the committee must be able to show what it was allowed to do, and until when.
One consent per purpose is in force at a time. Every change is written to the audit log (ids
and purposes only, no names).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import AuditEntry, Person, PersonSensitive, PrivacyConsent
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.privacy import METHOD_WORDS, PURPOSE_WORDS, ConsentMethod, ConsentPurpose
from exchangedesk.services.exchanges.support import age_on
from exchangedesk.services.people.edits import audit

ADULT_AGE = 18


@dataclass(frozen=True)
class ConsentDraft:
    purpose: ConsentPurpose | None
    given_on: dt.date | None
    method: ConsentMethod | None
    given_by_id: int | None = None  # the guardian, for a minor; None: the person themselves
    notes: str | None = None


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    person_id: int
    purpose: ConsentPurpose
    given_on: dt.date
    method: ConsentMethod
    given_by_id: int | None
    given_by: str | None  # the guardian's name
    withdrawn_on: dt.date | None
    notes: str | None
    recorded_by: str | None = None  # who entered it, from the audit log (no column of its own)

    @property
    def in_force(self) -> bool:
        return self.withdrawn_on is None

    @property
    def purpose_text(self) -> str:
        return PURPOSE_WORDS[self.purpose]

    @property
    def method_text(self) -> str:
        return METHOD_WORDS[self.method]


def _record(session: Session, row: PrivacyConsent) -> ConsentRecord:
    guardian = session.get(Person, row.given_by_id) if row.given_by_id else None
    return ConsentRecord(
        row.id,
        row.person_id,
        row.purpose,
        row.given_on,
        row.method,
        row.given_by_id,
        guardian.display_name if guardian else None,
        row.withdrawn_on,
        row.notes,
        _recorded_by(session, row.id),
    )


def _recorded_by(session: Session, consent_id: int) -> str | None:
    return session.scalar(
        select(AuditEntry.actor)
        .where(
            AuditEntry.entity == "privacy_consent",
            AuditEntry.entity_id == consent_id,
            AuditEntry.action == "create",
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError("person", f"there is no person #{person_id}")
    return person


def list_consents(database: Database, person_id: int) -> list[ConsentRecord]:
    """The person's consents, those in force first, newest first."""
    with database.reading() as session:
        _person(session, person_id)
        rows = session.scalars(
            select(PrivacyConsent)
            .where(PrivacyConsent.person_id == person_id)
            .order_by(
                PrivacyConsent.withdrawn_on.is_not(None),
                PrivacyConsent.given_on.desc(),
                PrivacyConsent.id.desc(),
            )
        ).all()
        return [_record(session, row) for row in rows]


def _check(session: Session, person_id: int, draft: ConsentDraft, today: dt.date) -> None:
    if draft.purpose is None:
        raise ValidationError("purpose", "Say what the consent is for.")
    if draft.given_on is None:
        raise ValidationError("given_on", "The date the consent was given is required.")
    if draft.given_on > today:
        raise ValidationError("given_on", "A consent cannot be dated in the future.")
    if draft.method is None:
        raise ValidationError("method", "Say how the consent was given (form, e-mail, orally).")
    sensitive = session.get(PersonSensitive, person_id)
    born = sensitive.date_of_birth if sensitive else None
    minor = born is not None and age_on(born, draft.given_on) < ADULT_AGE
    if draft.given_by_id is not None:
        if draft.given_by_id == person_id:
            raise ValidationError("given_by", "Leave it empty when the person consented.")
        if session.get(Person, draft.given_by_id) is None:
            raise ValidationError("given_by", f"there is no person #{draft.given_by_id}")
    if minor:
        if draft.given_by_id is None:
            raise ValidationError(
                "given_by", "The person was a minor on that day: a guardian gives the consent."
            )
        guardian = sensitive.guardian_id if sensitive else None
        if guardian is not None and draft.given_by_id != guardian:
            raise ValidationError(
                "given_by", "The consent must come from the person's recorded guardian."
            )
    in_force = session.scalar(
        select(PrivacyConsent.given_on).where(
            PrivacyConsent.person_id == person_id,
            PrivacyConsent.purpose == draft.purpose,
            PrivacyConsent.withdrawn_on.is_(None),
        )
    )
    if in_force is not None:
        raise ValidationError(
            "purpose",
            f"A consent to “{PURPOSE_WORDS[draft.purpose]}” given on {in_force.isoformat()} "
            "is already in force; withdraw it first.",
        )


def record_consent(
    database: Database,
    person_id: int,
    draft: ConsentDraft,
    *,
    actor: str,
    today: dt.date | None = None,
) -> ConsentRecord:
    with database.unit_of_work() as session:
        _person(session, person_id)
        _check(session, person_id, draft, today or dt.date.today())
        assert draft.purpose and draft.given_on and draft.method  # checked above
        row = PrivacyConsent(
            person_id=person_id,
            purpose=draft.purpose,
            given_on=draft.given_on,
            method=draft.method,
            given_by_id=draft.given_by_id,
            notes=(draft.notes or "").strip() or None,
        )
        session.add(row)
        session.flush()
        audit(
            session,
            actor,
            "create",
            "privacy_consent",
            row.id,
            f"Consent of person #{person_id} to {draft.purpose.value} recorded "
            f"({draft.method.value}, {draft.given_on.isoformat()})",
        )
        return _record(session, row)


def withdraw_consent(
    database: Database,
    consent_id: int,
    *,
    on: dt.date | None = None,
    actor: str,
    today: dt.date | None = None,
) -> ConsentRecord:
    """The consent ends on *on* (today by default); the record stays as proof."""
    today = today or dt.date.today()
    on = on or today
    with database.unit_of_work() as session:
        row = session.get(PrivacyConsent, consent_id)
        if row is None:
            raise ValidationError("consent", f"there is no consent #{consent_id}")
        if row.withdrawn_on is not None:
            raise ValidationError(
                "consent", f"it was already withdrawn on {row.withdrawn_on.isoformat()}"
            )
        if on > today:
            raise ValidationError("withdrawn_on", "A withdrawal cannot be dated in the future.")
        if on < row.given_on:
            raise ValidationError(
                "withdrawn_on", f"cannot be before the consent was given ({row.given_on})"
            )
        row.withdrawn_on = on
        session.flush()
        audit(
            session,
            actor,
            "withdraw",
            "privacy_consent",
            row.id,
            f"Consent of person #{row.person_id} to {row.purpose.value} withdrawn on {on}",
        )
        return _record(session, row)


def consent_in_force(
    database: Database, person_id: int, purpose: ConsentPurpose
) -> ConsentRecord | None:
    """The person's consent to *purpose* not withdrawn, if there is one (what --withdraw ends)."""
    with database.reading() as session:
        _person(session, person_id)
        row = session.scalar(
            select(PrivacyConsent).where(
                PrivacyConsent.person_id == person_id,
                PrivacyConsent.purpose == purpose,
                PrivacyConsent.withdrawn_on.is_(None),
            )
        )
        return _record(session, row) if row is not None else None


# --- taking a mistaken entry back (the window's Undo) -----------------------------------------
# A consent recorded by mistake is removed, a withdrawal entered by mistake is taken back; both
# are audited like the entries themselves, so the log still shows what happened.


def remove_consent(database: Database, consent_id: int, *, actor: str) -> None:
    """Undo of recording: the consent goes again (the audit log keeps both steps)."""
    with database.unit_of_work() as session:
        row = session.get(PrivacyConsent, consent_id)
        if row is None:
            raise ValidationError("consent", f"there is no consent #{consent_id} any more")
        if row.withdrawn_on is not None:
            raise ValidationError(
                "consent",
                f"it was withdrawn on {row.withdrawn_on.isoformat()} meanwhile; it stays as proof",
            )
        person_id, purpose = row.person_id, row.purpose
        session.delete(row)
        audit(
            session,
            actor,
            "delete",
            "privacy_consent",
            consent_id,
            f"Consent of person #{person_id} to {purpose.value} taken back (entered by mistake)",
        )


def reinstate_consent(database: Database, consent_id: int, *, actor: str) -> ConsentRecord:
    """Undo of withdrawing: the consent is in force again, unless another one for the same
    purpose has been recorded since (then two would be in force)."""
    with database.unit_of_work() as session:
        row = session.get(PrivacyConsent, consent_id)
        if row is None:
            raise ValidationError("consent", f"there is no consent #{consent_id} any more")
        if row.withdrawn_on is None:
            raise ValidationError("consent", "it is in force already")
        newer = session.scalar(
            select(PrivacyConsent.given_on).where(
                PrivacyConsent.person_id == row.person_id,
                PrivacyConsent.purpose == row.purpose,
                PrivacyConsent.withdrawn_on.is_(None),
                PrivacyConsent.id != row.id,
            )
        )
        if newer is not None:
            raise ValidationError(
                "consent", f"a newer consent given on {newer.isoformat()} is in force"
            )
        ended, row.withdrawn_on = row.withdrawn_on, None
        session.flush()
        audit(
            session,
            actor,
            "reinstate",
            "privacy_consent",
            row.id,
            f"Withdrawal of {ended.isoformat()} of the consent of person #{row.person_id} to "
            f"{row.purpose.value} taken back (entered by mistake)",
        )
        return _record(session, row)


def consenting(
    session: Session, person_ids: list[int], purpose: ConsentPurpose, on: dt.date
) -> set[int]:
    """Of *person_ids*, those with a consent to *purpose* in force on day *on*."""
    if not person_ids:
        return set()
    rows = session.scalars(
        select(PrivacyConsent.person_id).where(
            PrivacyConsent.person_id.in_(person_ids),
            PrivacyConsent.purpose == purpose,
            PrivacyConsent.given_on <= on,
            (PrivacyConsent.withdrawn_on.is_(None)) | (PrivacyConsent.withdrawn_on > on),
        )
    )
    return set(rows)


def has_consent(
    database: Database, person_id: int, purpose: ConsentPurpose, on: dt.date | None = None
) -> bool:
    with database.reading() as session:
        return person_id in consenting(session, [person_id], purpose, on or dt.date.today())
