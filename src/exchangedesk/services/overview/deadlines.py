"""The deadlines before a visit starts, for :mod:`exchangedesk.services.overview.attention`: visa support
letters, guardians' consents and host families' vetting.

Each check is one bounded query over the visits starting in the next weeks.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, or_, select

from exchangedesk.db.models import (
    Consent,
    Delegation,
    DelegationMember,
    Document,
    ExchangeProgramme,
    HostFamily,
    Participant,
    Person,
    PersonSensitive,
    Placement,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction, DocumentKind, PlacementStatus
from exchangedesk.services.overview.items import (
    CLOSED_DELEGATION,
    CLOSED_PROGRAMME,
    AttentionFacts,
    AttentionItem,
    AttentionKind,
    CityA,
    CityB,
    RecordRef,
    days_text,
    weeks_after,
    with_cities,
)

VISA_WEEKS = 8
EXCHANGE_WEEKS = 12
ADULT_AGE = 18
VISA_TEMPLATE = "visa_support"
# When a reminder falls due: a consulate wants the letter about a month before the journey,
# a school the signed consent a fortnight before the start. Never earlier than today.
VISA_LEAD_WEEKS = 4
CONSENT_LEAD_WEEKS = 2

# -- visa support letters -----------------------------------------------------------------------


def _visa_letter(delegation_id, person_id):  # noqa: ANN001, ANN202 - SQL expressions
    """A visa support letter in the register covering a member: addressed to them (a letter
    entered by hand) or to the consulate for the whole delegation (the printed letter names
    every member unless told otherwise, and the register does not list whom it names)."""
    return (
        select(Document.id)
        .where(
            Document.delegation_id == delegation_id,
            Document.kind == DocumentKind.LETTER,
            or_(Document.template == VISA_TEMPLATE, func.lower(Document.title).like("%visa%")),
            or_(Document.recipient_person_id.is_(None), Document.recipient_person_id == person_id),
        )
        .exists()
    )


def visa_letters_due(database: Database, today: dt.date) -> list[AttentionItem]:
    """Incoming delegations from abroad arriving within eight weeks whose members (some or all)
    have no visa support letter yet. A partnership within one country needs no visas."""
    last = weeks_after(today, VISA_WEEKS)
    abroad = or_(
        CityA.country_code.is_(None),
        CityB.country_code.is_(None),
        CityA.country_code != CityB.country_code,
    )
    statement = with_cities(
        select(
            Delegation.id,
            Delegation.title,
            Delegation.arrival_on,
            Person.given_name,
            Person.family_name,
            _visa_letter(Delegation.id, Person.id),
        )
        .join(DelegationMember, DelegationMember.delegation_id == Delegation.id)
        .join(Person, DelegationMember.person_id == Person.id)
        .where(
            Delegation.direction == Direction.INCOMING,
            Delegation.arrival_on.between(today, last),
            Delegation.status.not_in(CLOSED_DELEGATION),
            abroad,
        )
        .order_by(Delegation.arrival_on, Delegation.id, Person.family_name, Person.given_name),
        Delegation.partnership_id,
    )
    groups: dict[int, tuple[str, dt.date, list[str], list[str]]] = {}
    with database.reading() as session:
        for id_, title, arrives, given, family, covered in session.execute(statement):
            group = groups.setdefault(id_, (title, arrives, [], []))
            group[2 if covered else 3].append(f"{given} {family}".strip())
    items = []
    for id_, (title, arrives, covered, missing) in groups.items():
        if not missing:
            continue
        total = len(covered) + len(missing)
        who = ", ".join(missing[:4]) + (f" and {len(missing) - 4} more" if len(missing) > 4 else "")
        items.append(
            AttentionItem(
                AttentionKind.VISA_LETTER,
                f"Visa support letters due for “{title}”: {len(missing)} of {total} members",
                f"No visa support letter in the register for {who}. "
                f"They arrive {days_text(arrives, today)}; consulates need weeks.",
                max(today, arrives - dt.timedelta(weeks=VISA_LEAD_WEEKS)),
                RecordRef("delegations", id_),
                facts=AttentionFacts(
                    subject=title,
                    count=len(missing),
                    total=total,
                    names=tuple(missing),
                    day=arrives,
                ),
            )
        )
    return items


# -- exchanges: consents and vetting ------------------------------------------------------------


def _open_programmes(today: dt.date):  # noqa: ANN202 - a SQL condition
    return and_(
        ExchangeProgramme.starts_on.between(today, weeks_after(today, EXCHANGE_WEEKS)),
        ExchangeProgramme.status.not_in(CLOSED_PROGRAMME),
    )


def _age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def missing_consents(database: Database, today: dt.date) -> list[AttentionItem]:
    """Participants under 18 on the programme's first day with no guardian's consent recorded
    (a participant without a date of birth cannot be judged and is left out)."""
    consented = select(Consent.id).where(Consent.participant_id == Participant.id).exists()
    statement = (
        select(
            ExchangeProgramme.id,
            ExchangeProgramme.title,
            ExchangeProgramme.starts_on,
            Person.given_name,
            Person.family_name,
            PersonSensitive.date_of_birth,
        )
        .join(Participant, Participant.programme_id == ExchangeProgramme.id)
        .join(Person, Participant.person_id == Person.id)
        .join(PersonSensitive, PersonSensitive.person_id == Person.id)
        .where(_open_programmes(today), PersonSensitive.date_of_birth.is_not(None), ~consented)
        .order_by(ExchangeProgramme.starts_on, ExchangeProgramme.id, Person.family_name)
    )
    groups: dict[int, tuple[str, dt.date, list[str]]] = {}
    with database.reading() as session:
        for id_, title, starts, given, family, born in session.execute(statement):
            if _age_on(born, starts) < ADULT_AGE:
                groups.setdefault(id_, (title, starts, []))[2].append(f"{given} {family}".strip())
    return [
        AttentionItem(
            AttentionKind.CONSENT_MISSING,
            f"{len(names)} minor{'s' if len(names) > 1 else ''} in “{title}” without consent",
            f"No guardian's consent recorded for {', '.join(names)}. "
            "A minor cannot be placed with a family without it.",
            max(today, starts - dt.timedelta(weeks=CONSENT_LEAD_WEEKS)),
            RecordRef("exchanges", id_),
            facts=AttentionFacts(subject=title, count=len(names), names=tuple(names), day=starts),
        )
        for id_, (title, starts, names) in groups.items()
    ]


def lapsed_vettings(database: Database, today: dt.date) -> list[AttentionItem]:
    """Host families with a placement (not withdrawn) in a programme starting within twelve
    weeks whose vetting is missing or ends before the programme's first day."""
    statement = (
        select(
            ExchangeProgramme.id,
            ExchangeProgramme.title,
            ExchangeProgramme.starts_on,
            HostFamily.id,
            HostFamily.name,
            HostFamily.vetting_valid_until,
        )
        .join(Participant, Participant.programme_id == ExchangeProgramme.id)
        .join(Placement, Placement.participant_id == Participant.id)
        .join(HostFamily, Placement.host_family_id == HostFamily.id)
        .where(
            _open_programmes(today),
            Placement.status != PlacementStatus.WITHDRAWN,
            or_(
                HostFamily.vetting_valid_until.is_(None),
                HostFamily.vetting_valid_until < ExchangeProgramme.starts_on,
            ),
        )
        .distinct()
        .order_by(ExchangeProgramme.starts_on, ExchangeProgramme.id, HostFamily.name)
    )
    items = []
    with database.reading() as session:
        for id_, title, starts, _family_id, family, valid_until in session.execute(statement):
            lapse = (
                f"Their vetting ran out on {valid_until.day} {valid_until:%b %Y}"
                if valid_until is not None
                else "No vetting is recorded for them"
            )
            items.append(
                AttentionItem(
                    AttentionKind.VETTING_LAPSED,
                    f"{family}: vetting lapsed before “{title}”",
                    f"{lapse}; the programme starts {starts.day} {starts:%b %Y}. Renew it or move "
                    "the student.",
                    starts,
                    RecordRef("exchanges", id_),
                    facts=AttentionFacts(
                        subject=title, names=(family,), day=starts, until=valid_until
                    ),
                )
            )
    return items
