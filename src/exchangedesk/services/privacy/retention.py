"""The retention review: personal data held past its time, rule by rule, with the person and
why. It only lists; :mod:`~exchangedesk.services.privacy.retention_apply` acts on the list when
the secretary confirms.

The rules (periods from :mod:`~exchangedesk.services.privacy.settings`):

* passport number and expiry, once the person's last visit or exchange (as member, head,
  participant or leader) ended more than N months ago — or, with no visit at all, N months
  after the details were last written;
* a minor's medical, allergy and dietary notes, once the last exchange they took part in as a
  minor ended more than N months ago, unless a consent to keep medical notes is in force;
* people with no activity at all (visits, exchanges, contributions, gifts, letters, consents,
  agreements signed, their ward's exchanges, the day they were entered) for N years, unless a
  consent to keep their contact details is in force. These are erased, not trimmed.

Each rule asks SQL for one date per person per source (grouped, so it scales with the people
who have such data, not with every row of the register) and compares in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    Consent,
    Contribution,
    Delegation,
    DelegationMember,
    Document,
    ExchangeProgramme,
    Gift,
    Participant,
    Partnership,
    PartnershipSignatory,
    Person,
    PersonSensitive,
    PrivacyConsent,
    ProgrammeLeader,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.privacy import (
    RULE_WORDS,
    ConsentPurpose,
    RetentionPeriods,
    RetentionRule,
    add_months,
    is_past,
    kept_until,
)
from exchangedesk.services.exchanges.support import age_on
from exchangedesk.services.people.privacy_erasure import erased_name
from exchangedesk.services.privacy.consents import ADULT_AGE, consenting
from exchangedesk.services.privacy.settings import read_periods

# What each rule clears; the inactive rule erases the whole person instead.
CLEARED = {
    RetentionRule.PASSPORT: ("passport_number", "passport_expiry"),
    RetentionRule.MINOR_MEDICAL: ("medical_notes", "allergies", "dietary_notes"),
    RetentionRule.INACTIVE: (),
}


@dataclass(frozen=True)
class RetentionItem:
    rule: RetentionRule
    person_id: int
    name: str
    since: dt.date  # the day the clock started: the visit's end, the last activity
    kept_until: dt.date  # the last day it could be kept
    reason: str  # one sentence: why it is listed

    @property
    def key(self) -> tuple[RetentionRule, int]:
        return (self.rule, self.person_id)

    @property
    def fields(self) -> tuple[str, ...]:
        return CLEARED[self.rule]

    @property
    def erases(self) -> bool:
        return not self.fields


@dataclass(frozen=True)
class RetentionReview:
    today: dt.date
    periods: RetentionPeriods
    items: tuple[RetentionItem, ...]

    def of(self, rule: RetentionRule) -> tuple[RetentionItem, ...]:
        return tuple(i for i in self.items if i.rule is rule)


def _latest(found: dict[int, dt.date], rows: Iterable[tuple[int | None, object]]) -> None:
    for person_id, day in rows:
        if person_id is None or day is None:
            continue
        if isinstance(day, dt.datetime):
            day = day.date()
        if isinstance(day, dt.date) and (person_id not in found or day > found[person_id]):
            found[person_id] = day


def _grouped(session: Session, person, day, *joins, where=None):  # noqa: ANN001, ANN202
    query = select(person, func.max(day))
    for target, on in joins:
        query = query.join(target, on)
    if where is not None:
        query = query.where(where)
    return session.execute(query.group_by(person)).all()


def last_visits(session: Session, among=None) -> dict[int, dt.date]:  # noqa: ANN001
    """Per person, the day their last visit or exchange ended (future ones included)."""
    found: dict[int, dt.date] = {}
    member = DelegationMember.person_id
    limit = (lambda column: column.in_(among)) if among is not None else (lambda column: None)
    ends = func.coalesce(DelegationMember.departure_on, Delegation.departure_on)
    _latest(
        found,
        _grouped(
            session,
            member,
            ends,
            (Delegation, Delegation.id == DelegationMember.delegation_id),
            where=limit(member),
        ),
    )
    head = Delegation.head_person_id
    _latest(found, _grouped(session, head, Delegation.departure_on, where=limit(head)))
    for person, link in (
        (Participant.person_id, Participant.programme_id),
        (ProgrammeLeader.person_id, ProgrammeLeader.programme_id),
    ):
        _latest(
            found,
            _grouped(
                session,
                person,
                ExchangeProgramme.ends_on,
                (ExchangeProgramme, ExchangeProgramme.id == link),
                where=limit(person),
            ),
        )
    return found


def _names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    ids = list(ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(ids))
    ).all()
    return {pid: f"{given} {family}".strip() for pid, given, family in rows}


def _passport(
    session: Session, months: int, today: dt.date, visits: dict[int, dt.date] | None = None
) -> list[RetentionItem]:
    held = session.execute(
        select(PersonSensitive.person_id, PersonSensitive.updated_at).where(
            or_(
                PersonSensitive.passport_number.is_not(None),
                PersonSensitive.passport_expiry.is_not(None),
            )
        )
    ).all()
    if not held:
        return []
    if visits is None:
        visits = last_visits(session, [pid for pid, _ in held])
    names = _names(session, [pid for pid, _ in held])
    items = []
    for person_id, written in held:
        ended = visits.get(person_id)
        since = ended or written.date()
        if not is_past(since, months, today):
            continue
        reason = (
            f"last visit ended on {since.isoformat()}; passport data kept {months} months after"
            if ended
            else f"recorded on {since.isoformat()} for no visit; kept {months} months"
        )
        items.append(
            RetentionItem(
                RetentionRule.PASSPORT,
                person_id,
                names[person_id],
                since,
                kept_until(since, months),
                reason,
            )
        )
    return items


def _minor_medical(session: Session, months: int, today: dt.date) -> list[RetentionItem]:
    held = session.execute(
        select(PersonSensitive.person_id, PersonSensitive.date_of_birth).where(
            PersonSensitive.date_of_birth.is_not(None),
            or_(
                PersonSensitive.medical_notes.is_not(None),
                PersonSensitive.allergies.is_not(None),
                PersonSensitive.dietary_notes.is_not(None),
            ),
        )
    ).all()
    born = dict(held)
    if not born:
        return []
    places = session.execute(
        select(Participant.person_id, ExchangeProgramme.starts_on, ExchangeProgramme.ends_on)
        .join(ExchangeProgramme, ExchangeProgramme.id == Participant.programme_id)
        .where(Participant.person_id.in_(list(born)))
    ).all()
    ended: dict[int, dt.date] = {}  # the last exchange of those who were a minor in one
    last: dict[int, dt.date] = {}
    for person_id, starts, ends in places:
        last[person_id] = max(last.get(person_id, ends), ends)
        if age_on(born[person_id], starts) < ADULT_AGE:
            ended[person_id] = ends
    keeping = consenting(session, list(ended), ConsentPurpose.MEDICAL_KEPT, today)
    names = _names(session, ended)
    items = []
    for person_id in ended:
        since = last[person_id]  # a later exchange still needs the notes
        if person_id in keeping or not is_past(since, months, today):
            continue
        items.append(
            RetentionItem(
                RetentionRule.MINOR_MEDICAL,
                person_id,
                names[person_id],
                since,
                kept_until(since, months),
                f"a minor on the exchange that ended on {since.isoformat()}; medical notes "
                f"kept {months} months after",
            )
        )
    return items


def last_activity(session: Session, visits: dict[int, dt.date] | None = None) -> dict[int, dt.date]:
    """Per person, the day of the last thing they did with the committee (or were entered).
    *visits*: :func:`last_visits` of everyone, when the caller has it already."""
    if visits is None:
        visits = last_visits(session)
    found = dict(visits)
    _latest(found, session.execute(select(Person.id, Person.created_at)).all())
    for person, day in (
        (Contribution.donor_person_id, Contribution.received_on),
        (Gift.from_person_id, Gift.given_on),
        (Gift.to_person_id, Gift.given_on),
        (Document.recipient_person_id, Document.issued_on),
        (Consent.given_by_id, Consent.given_on),
        (PrivacyConsent.person_id, PrivacyConsent.given_on),
        (PrivacyConsent.given_by_id, PrivacyConsent.given_on),
    ):
        _latest(found, _grouped(session, person, day))
    _latest(
        found,
        _grouped(
            session,
            PartnershipSignatory.person_id,
            Partnership.signed_on,
            (Partnership, Partnership.id == PartnershipSignatory.partnership_id),
        ),
    )
    # A guardian stays needed while their ward takes part in exchanges.
    wards = session.execute(
        select(PersonSensitive.guardian_id, PersonSensitive.person_id).where(
            PersonSensitive.guardian_id.is_not(None)
        )
    ).all()
    _latest(found, [(guardian, visits.get(ward)) for guardian, ward in wards])
    return found


def _inactive(
    session: Session, years: int, today: dt.date, visits: dict[int, dt.date] | None = None
) -> list[RetentionItem]:
    months = years * 12
    latest = last_activity(session, visits)
    stale = [pid for pid, day in latest.items() if is_past(day, months, today)]
    if not stale:
        return []
    keeping = consenting(session, stale, ConsentPurpose.KEPT_AFTER_VISIT, today)
    names = _names(session, stale)
    items = []
    for person_id in sorted(stale):
        name = names.get(person_id)
        if name is None or person_id in keeping or name == erased_name(person_id):
            continue
        since = latest[person_id]
        items.append(
            RetentionItem(
                RetentionRule.INACTIVE,
                person_id,
                name,
                since,
                add_months(since, months),
                f"no activity since {since.isoformat()} (more than {years} years)",
            )
        )
    return items


def review(session: Session, today: dt.date) -> RetentionReview:
    periods = read_periods(session)
    # Everyone's last visit, read once: the passport rule and the inactivity rule both need it,
    # and on a federation's register it is most of the review's time (5 of 7 s, 200,000 people).
    visits = last_visits(session)
    items = [
        *_passport(session, periods.passport_months, today, visits),
        *_minor_medical(session, periods.minor_medical_months, today),
        *_inactive(session, periods.inactive_years, today, visits),
    ]
    order = list(RetentionRule)
    items.sort(key=lambda i: (order.index(i.rule), i.since, i.name.casefold(), i.person_id))
    return RetentionReview(today, periods, tuple(items))


def retention_review(database: Database, *, today: dt.date | None = None) -> RetentionReview:
    with database.reading() as session:
        return review(session, today or dt.date.today())


def rule_title(rule: RetentionRule) -> str:
    return RULE_WORDS[rule]
