"""A guardian's consent for a minor participant: recording who consented, when and to what,
and withdrawing a consent entered by mistake (never one a confirmation still rests on)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exchangedesk.db.models import Consent, ExchangeProgramme, Participant, Person
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.exchanges.participants import ConsentRow, _consents, _row, _sensitive
from exchangedesk.services.exchanges.support import (
    ConsentScope,
    covers_text,
    flush,
    load,
    scopes_of,
)
from exchangedesk.services.partnerships.support import audit


@dataclass(frozen=True)
class ConsentDraft:
    given_by_id: int | None
    given_on: dt.date | None
    scopes: frozenset[ConsentScope]


def list_consents(database: Database, participant_id: int) -> list[ConsentRow]:
    with database.reading() as session:
        load(session, Participant, participant_id, None, "participant")
        return _consents(session, participant_id)


def record_consent(
    database: Database, participant_id: int, draft: ConsentDraft, *, today: dt.date | None = None
) -> ConsentRow:
    """Record who consented, when, and to what. Only the recorded guardian can consent."""
    with database.unit_of_work() as session:
        part = load(session, Participant, participant_id, None, "participant")
        if draft.given_by_id is None or session.get(Person, draft.given_by_id) is None:
            raise ValidationError("given_by", "Choose who gave the consent.")
        sensitive = _sensitive(session, part.person_id)
        guardian = sensitive.guardian_id if sensitive else None
        if guardian is not None and draft.given_by_id != guardian:
            raise ValidationError(
                "given_by", "The consent must come from the participant's recorded guardian."
            )
        if draft.given_by_id == part.person_id:
            raise ValidationError("given_by", "A minor cannot consent for themselves.")
        if draft.given_on is None:
            raise ValidationError("given_on", "The date of the consent is required.")
        if draft.given_on > (today or dt.date.today()):
            raise ValidationError("given_on", "A consent cannot be dated in the future.")
        if not draft.scopes:
            raise ValidationError("covers", "Say what the consent covers.")
        consent = Consent(
            participant_id=participant_id,
            given_by_id=draft.given_by_id,
            given_on=draft.given_on,
            covers=covers_text(draft.scopes),
        )
        session.add(consent)
        flush(session, "consent")
        audit(session, "create", "consent", consent.id, consent.covers)
        return next(c for c in _consents(session, participant_id) if c.id == consent.id)


def withdraw_consent(database: Database, consent_id: int) -> ConsentDraft:
    """Delete a recorded consent (entered by mistake); returns it so that it can be recorded
    again. A confirmed minor loses the confirmation with the consent it rested on."""
    with database.unit_of_work() as session:
        consent = load(session, Consent, consent_id, None, "consent")
        draft = ConsentDraft(consent.given_by_id, consent.given_on, scopes_of(consent.covers))
        part = session.get(Participant, consent.participant_id)
        assert part is not None
        session.delete(consent)
        session.flush()
        programme = session.get(ExchangeProgramme, part.programme_id)
        if part.confirmed and not _row(session, part, programme).consent.allows_confirmation:
            raise ValidationError(
                "consent",
                f"{part.person.display_name} is confirmed on this consent; unconfirm the "
                "participant before withdrawing it.",
            )
        audit(session, "delete", "consent", consent_id, draft_text(draft))
        return draft


def draft_text(draft: ConsentDraft) -> str:
    return covers_text(draft.scopes)
