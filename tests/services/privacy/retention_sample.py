"""A register with personal data just inside and just past its keeping time, for the
retention tests: each person's dates are chosen so that a limit falls on a known day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exchangedesk.db.models import (
    Delegation,
    DelegationMember,
    ExchangeProgramme,
    Participant,
    PersonSensitive,
    PrivacyConsent,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import (
    DelegationStatus,
    Direction,
    MemberRole,
    ProgrammeStatus,
)
from exchangedesk.domain.privacy import ConsentMethod, ConsentPurpose
from sample_committee import SampleIds, person

UTC = dt.UTC
# Anna's visit ends on 31 January: six months on is 31 July (the month-end case).
VISIT_END = dt.date(2026, 1, 31)
PASSPORT_LAST_DAY = dt.date(2026, 7, 31)
# Mia's exchange ends on 15 March; three months on is 15 June.
EXCHANGE_END = dt.date(2026, 3, 15)
MEDICAL_LAST_DAY = dt.date(2026, 6, 15)
# Nora's passport was written on 15 January for no visit.
NORA_WRITTEN = dt.datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
# Ivan was entered on 1 March 2019 and did nothing since: five years on is 1 March 2024.
IVAN_ENTERED = dt.datetime(2019, 3, 1, 12, 0, tzinfo=UTC)
INACTIVE_LAST_DAY = dt.date(2024, 3, 1)


@dataclass(frozen=True)
class Retained:
    anna: int  # passport, member of a visit that ended on VISIT_END
    nora: int  # passport written on NORA_WRITTEN, no visit
    mia: int  # a minor with medical notes on the exchange that ended on EXCHANGE_END
    adam: int  # an adult with medical notes on the same exchange: never listed
    kim: int  # a minor with medical notes and a consent to keep them
    greta: int  # Mia's guardian, entered in 2019: needed while Mia takes part
    ivan: int  # entered in 2019, nothing since
    delegation: int
    programme: int


def fill_retention(database: Database, sample: SampleIds) -> Retained:
    with database.unit_of_work() as s:
        anna = person("Anna", "Petrova")
        nora = person("Nora", "Lindqvist")
        mia = person("Mia", "Hoffmann")
        adam = person("Adam", "Nowak")
        kim = person("Kim", "Larsen")
        greta = person("Greta", "Hoffmann", created_at=IVAN_ENTERED)
        ivan = person("Ivan", "Belov", created_at=IVAN_ENTERED)
        s.add_all([anna, nora, mia, adam, kim, greta, ivan])
        s.flush()
        visit = Delegation(
            partnership_id=sample.coventry_dresden,
            direction=Direction.INCOMING,
            title="Dresden choir in January",
            arrival_on=dt.date(2026, 1, 27),
            departure_on=VISIT_END,
            status=DelegationStatus.COMPLETED,
        )
        s.add(visit)
        s.flush()
        s.add(DelegationMember(delegation_id=visit.id, person_id=anna.id, role=MemberRole.OFFICIAL))
        programme = ExchangeProgramme(
            partnership_id=sample.coventry_dresden,
            title="Spring pupils' exchange",
            direction=Direction.INCOMING,
            starts_on=dt.date(2026, 3, 1),
            ends_on=EXCHANGE_END,
            status=ProgrammeStatus.COMPLETED,
        )
        s.add(programme)
        s.flush()
        for who in (mia, adam, kim):
            s.add(Participant(programme_id=programme.id, person_id=who.id))
        s.add_all(
            [
                PersonSensitive(person_id=anna.id, passport_number="AP 100200", medical_notes="x"),
                PersonSensitive(
                    person_id=nora.id,
                    passport_number="NL 300400",
                    created_at=NORA_WRITTEN,
                    updated_at=NORA_WRITTEN,
                ),
                PersonSensitive(
                    person_id=mia.id,
                    date_of_birth=dt.date(2011, 5, 1),
                    medical_notes="asthma",
                    allergies="nuts",
                    dietary_notes="no nuts",
                    guardian_id=greta.id,
                ),
                PersonSensitive(
                    person_id=adam.id, date_of_birth=dt.date(1990, 1, 1), medical_notes="asthma"
                ),
                PersonSensitive(
                    person_id=kim.id, date_of_birth=dt.date(2010, 2, 2), medical_notes="epilepsy"
                ),
            ]
        )
        s.add(
            PrivacyConsent(
                person_id=kim.id,
                purpose=ConsentPurpose.MEDICAL_KEPT,
                method=ConsentMethod.FORM,
                given_on=dt.date(2026, 2, 1),
                given_by_id=greta.id,
            )
        )
        return Retained(
            anna.id, nora.id, mia.id, adam.id, kim.id, greta.id, ivan.id, visit.id, programme.id
        )
