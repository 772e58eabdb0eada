"""Participants of an exchange programme: students (each a Person), their ages during the stay,
school, languages, needs (sensitive, masked in lists), emergency contact, and for minors the
guardian and the recorded consents.

The consent rule reads the age on the FIRST day of the stay: whoever is under 18 when the
programme starts needs a guardian's consent for the whole stay, even if they turn 18 during it
(the guardian is responsible when the student leaves home). A participant who turns 18 during
the stay is reported explicitly (``turns_adult_on``) so that the leaders know from which day
the student signs for themselves. Nobody is confirmed without a date of birth.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    Consent,
    ExchangeProgramme,
    HostFamily,
    Organisation,
    Participant,
    Person,
    PersonSensitive,
    Placement,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import PlacementStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.exchanges.support import (
    ADULT_AGE,
    REQUIRED_SCOPES,
    ConsentScope,
    age_on,
    clean,
    covers_text,
    flush,
    join_list,
    load,
    scopes_of,
    split_list,
    turns_adult_during,
)
from exchangedesk.services.partnerships.support import audit

MASK = "●●●"  # what a list shows instead of a recorded sensitive note


class ConsentState(StrEnum):
    NOT_NEEDED = "not_needed"  # 18 or older on the first day
    GIVEN = "given"  # consent covering travel and the host-family stay is recorded
    INCOMPLETE = "incomplete"  # consent recorded but not for everything the stay needs
    MISSING = "missing"
    UNKNOWN_AGE = "unknown_age"  # no date of birth: treated as a minor until it is recorded

    @property
    def allows_confirmation(self) -> bool:
        return self in (ConsentState.NOT_NEEDED, ConsentState.GIVEN)


def consent_state(
    born: dt.date | None, starts_on: dt.date, consents: list[frozenset[ConsentScope]]
) -> ConsentState:
    if born is None:
        return ConsentState.UNKNOWN_AGE
    if age_on(born, starts_on) >= ADULT_AGE:
        return ConsentState.NOT_NEEDED
    if not consents:
        return ConsentState.MISSING
    covered = frozenset().union(*consents)
    return ConsentState.GIVEN if covered >= REQUIRED_SCOPES else ConsentState.INCOMPLETE


@dataclass(frozen=True)
class ParticipantDraft:
    """What the participant editor holds. Gender and languages are the person's own; the rest
    of the needs are the person's sensitive details."""

    person_id: int | None
    school_id: int | None = None
    date_of_birth: dt.date | None = None
    gender: str | None = None
    languages: str | None = None  # "de, en"
    dietary_notes: str | None = None
    medical_notes: str | None = None
    allergies: str | None = None  # "cat, nuts"
    emergency_contact_name: str | None = None
    emergency_contact_phone: str | None = None
    guardian_id: int | None = None
    sibling_group: str | None = None
    siblings_together: bool | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ConsentRow:
    id: int
    given_by_id: int
    given_by: str
    given_on: dt.date
    covers: str
    scopes: frozenset[ConsentScope]


@dataclass(frozen=True)
class ParticipantRow:
    """One line of a programme's participant list: needs are only flagged, never shown."""

    id: int
    version_id: int
    person_id: int
    name: str
    gender: str | None
    school: str | None
    languages: tuple[str, ...]
    age_at_start: int | None
    age_at_end: int | None
    turns_adult_on: dt.date | None
    consent: ConsentState
    confirmed: bool
    has_needs: bool  # dietary, medical notes or allergies recorded (shown masked)
    sibling_group: str | None
    siblings_together: bool | None
    placed_with: str | None
    placement_status: PlacementStatus | None
    notes: str | None
    consents: tuple[ConsentRow, ...] = ()  # who consented, when, to what

    @property
    def minor(self) -> bool:
        return self.consent is not ConsentState.NOT_NEEDED

    @property
    def needs_text(self) -> str:
        return MASK if self.has_needs else ""


def _name(person: Person) -> str:
    return person.display_name


def _sensitive(session: Session, person_id: int) -> PersonSensitive | None:
    return session.get(PersonSensitive, person_id)


def _consents(session: Session, participant_id: int) -> list[ConsentRow]:
    rows = session.execute(
        select(Consent, Person)
        .join(Person, Consent.given_by_id == Person.id)
        .where(Consent.participant_id == participant_id)
        .order_by(Consent.given_on, Consent.id)
    )
    return [
        ConsentRow(c.id, p.id, _name(p), c.given_on, c.covers, scopes_of(c.covers)) for c, p in rows
    ]


def _row(session: Session, part: Participant, programme: ExchangeProgramme) -> ParticipantRow:
    person = part.person
    sensitive = _sensitive(session, person.id)
    born = sensitive.date_of_birth if sensitive else None
    school = session.get(Organisation, part.school_id) if part.school_id else None
    placement = active_placement(session, part.id)
    family = session.get(HostFamily, placement.host_family_id) if placement else None
    consents = tuple(_consents(session, part.id))
    scopes = [c.scopes for c in consents]
    return ParticipantRow(
        id=part.id,
        version_id=part.version_id,
        person_id=person.id,
        name=_name(person),
        gender=person.gender,
        school=school.name if school else None,
        languages=split_list(person.languages),
        age_at_start=age_on(born, programme.starts_on) if born else None,
        age_at_end=age_on(born, programme.ends_on) if born else None,
        turns_adult_on=turns_adult_during(born, programme.starts_on, programme.ends_on),
        consent=consent_state(born, programme.starts_on, scopes),
        confirmed=part.confirmed,
        has_needs=bool(
            sensitive
            and (sensitive.dietary_notes or sensitive.medical_notes or sensitive.allergies)
        ),
        sibling_group=part.sibling_group,
        siblings_together=part.siblings_together,
        placed_with=family.name if family else None,
        placement_status=placement.status if placement else None,
        notes=part.notes,
        consents=consents,
    )


def active_placement(session: Session, participant_id: int) -> Placement | None:
    """The participant's placement that still counts (a withdrawn one does not)."""
    return session.scalars(
        select(Placement)
        .where(
            Placement.participant_id == participant_id,
            Placement.status != PlacementStatus.WITHDRAWN,
        )
        .order_by(Placement.id.desc())
    ).first()


def list_participants(database: Database, programme_id: int) -> list[ParticipantRow]:
    """The programme's participants by family name (a programme has tens, not thousands)."""
    with database.reading() as session:
        programme = load(session, ExchangeProgramme, programme_id, None, "programme")
        parts = session.scalars(
            select(Participant)
            .join(Person, Participant.person_id == Person.id)
            .where(Participant.programme_id == programme_id)
            .order_by(Person.family_name, Person.given_name, Participant.id)
        )
        return [_row(session, part, programme) for part in parts]


def get_participant_row(database: Database, participant_id: int) -> ParticipantRow:
    with database.reading() as session:
        part = load(session, Participant, participant_id, None, "participant")
        return _row(session, part, session.get(ExchangeProgramme, part.programme_id))


def participant_draft(database: Database, participant_id: int) -> ParticipantDraft:
    """Everything the editor shows, sensitive details included: the caller asked for them."""
    with database.reading() as session:
        part = load(session, Participant, participant_id, None, "participant")
        person = part.person
        s = _sensitive(session, person.id)
        return ParticipantDraft(
            person_id=person.id,
            school_id=part.school_id,
            date_of_birth=s.date_of_birth if s else None,
            gender=person.gender,
            languages=person.languages,
            dietary_notes=s.dietary_notes if s else None,
            medical_notes=s.medical_notes if s else None,
            allergies=s.allergies if s else None,
            emergency_contact_name=s.emergency_contact_name if s else None,
            emergency_contact_phone=s.emergency_contact_phone if s else None,
            guardian_id=s.guardian_id if s else None,
            sibling_group=part.sibling_group,
            siblings_together=part.siblings_together,
            notes=part.notes,
        )


def _validate(session: Session, draft: ParticipantDraft, today: dt.date) -> None:
    if draft.person_id is None or session.get(Person, draft.person_id) is None:
        raise ValidationError("person", "Choose the student (a person in the register).")
    if draft.school_id is not None and session.get(Organisation, draft.school_id) is None:
        raise ValidationError("school", f"Organisation #{draft.school_id} is not in the register.")
    if draft.date_of_birth is not None and draft.date_of_birth > today:
        raise ValidationError("date_of_birth", "The date of birth cannot be in the future.")
    if draft.guardian_id is not None:
        if draft.guardian_id == draft.person_id:
            raise ValidationError("guardian", "A participant cannot be their own guardian.")
        if session.get(Person, draft.guardian_id) is None:
            raise ValidationError("guardian", f"Person #{draft.guardian_id} is not registered.")
    if draft.emergency_contact_phone and not any(
        c.isdigit() for c in draft.emergency_contact_phone
    ):
        raise ValidationError("emergency_contact_phone", "A phone number needs digits.")
    if draft.siblings_together is not None and not clean(draft.sibling_group):
        raise ValidationError(
            "sibling_group", "Name the sibling group the together/apart wish is about."
        )


def _apply(
    session: Session, part: Participant, draft: ParticipantDraft, *, adding: bool = False
) -> None:
    assert draft.person_id is not None
    person = session.get(Person, draft.person_id)
    assert person is not None
    part.person_id = draft.person_id
    part.school_id = draft.school_id
    part.sibling_group = clean(draft.sibling_group)
    part.siblings_together = draft.siblings_together if part.sibling_group else None
    part.notes = clean(draft.notes)
    # Adding someone already in the register keeps what the person record says unless the
    # draft says otherwise; the editor always shows (and so sends) both.
    if not adding or clean(draft.gender):
        person.gender = clean(draft.gender)
    if not adding or clean(draft.languages):
        person.languages = join_list(list(split_list(draft.languages)))
    sensitive = _sensitive(session, person.id)
    if sensitive is None:
        sensitive = PersonSensitive(person_id=person.id)
        session.add(sensitive)
    sensitive.date_of_birth = draft.date_of_birth
    sensitive.dietary_notes = clean(draft.dietary_notes)
    sensitive.medical_notes = clean(draft.medical_notes)
    sensitive.allergies = join_list(list(split_list(draft.allergies)))
    sensitive.emergency_contact_name = clean(draft.emergency_contact_name)
    sensitive.emergency_contact_phone = clean(draft.emergency_contact_phone)
    sensitive.guardian_id = draft.guardian_id


def add_participant(
    database: Database, programme_id: int, draft: ParticipantDraft, *, today: dt.date | None = None
) -> ParticipantRow:
    with database.unit_of_work() as session:
        programme = load(session, ExchangeProgramme, programme_id, None, "programme")
        _validate(session, draft, today or dt.date.today())
        taken = session.scalar(
            select(Participant.id).where(
                Participant.programme_id == programme_id,
                Participant.person_id == draft.person_id,
            )
        )
        if taken:
            raise ValidationError("person", "This student is already in the programme.")
        part = Participant(programme_id=programme_id, person_id=draft.person_id, confirmed=False)
        session.add(part)
        _apply(session, part, draft, adding=True)
        flush(session, "participant")
        audit(session, "create", "participant", part.id, f"{part.person.display_name}")
        return _row(session, part, programme)


def update_participant(
    database: Database,
    participant_id: int,
    draft: ParticipantDraft,
    *,
    expected_version: int,
    today: dt.date | None = None,
) -> ParticipantRow:
    with database.unit_of_work() as session:
        part = load(session, Participant, participant_id, expected_version, "participant")
        _validate(session, draft, today or dt.date.today())
        if draft.person_id != part.person_id:
            raise ValidationError("person", "A participant stays the same person.")
        _apply(session, part, draft)
        part.notes = clean(draft.notes)
        flush(session, "participant")
        audit(session, "update", "participant", part.id, part.person.display_name)
        return _row(session, part, session.get(ExchangeProgramme, part.programme_id))


def remove_participant(database: Database, participant_id: int, *, expected_version: int) -> None:
    """Remove a participant with their consents and placements (not the person)."""
    with database.unit_of_work() as session:
        part = load(session, Participant, participant_id, expected_version, "participant")
        for model in (Consent, Placement):
            for record in session.scalars(
                select(model).where(model.participant_id == participant_id)
            ):
                session.delete(record)
        audit(session, "delete", "participant", part.id, part.person.display_name)
        session.delete(part)


def set_confirmed(
    database: Database, participant_id: int, confirmed: bool, *, expected_version: int
) -> ParticipantRow:
    """Confirm (or unconfirm) a participant; a minor only with consent covering the stay."""
    with database.unit_of_work() as session:
        part = load(session, Participant, participant_id, expected_version, "participant")
        programme = session.get(ExchangeProgramme, part.programme_id)
        assert programme is not None
        row = _row(session, part, programme)
        if confirmed and not row.consent.allows_confirmation:
            raise ValidationError("confirmed", refusal(row.consent, row.name))
        part.confirmed = confirmed
        flush(session, "participant")
        audit(session, "confirm" if confirmed else "unconfirm", "participant", part.id, row.name)
        return _row(session, part, programme)


def refusal(state: ConsentState, name: str) -> str:
    """Why a participant cannot be confirmed or placed yet."""
    if state is ConsentState.UNKNOWN_AGE:
        return f"{name}: record the date of birth first (a minor needs a guardian's consent)."
    if state is ConsentState.MISSING:
        return f"{name} is under {ADULT_AGE} on the first day and has no guardian's consent."
    return (
        f"{name}'s recorded consent does not cover {covers_text(REQUIRED_SCOPES)}; record a "
        "consent that does."
    )
