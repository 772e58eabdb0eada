"""A small register for the exchange tests: Coventry and Dresden twinned, a school in each,
a teacher, and pupils with guardians — everything else goes through the exchange services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exchangedesk.db.models import Partnership
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction, OrganisationKind, PartnershipKind
from exchangedesk.domain.enums import PartnershipStatus as PS
from exchangedesk.services.exchanges.consents import ConsentDraft, record_consent
from exchangedesk.services.exchanges.host_families import HostFamilyDraft, create_host_family
from exchangedesk.services.exchanges.participants import ParticipantDraft, add_participant
from exchangedesk.services.exchanges.programmes import ProgrammeDraft
from exchangedesk.services.exchanges.support import ConsentScope
from sample_committee import city, organisation, person

TODAY = dt.date(2026, 11, 26)
START = dt.date(2027, 3, 1)
END = dt.date(2027, 3, 10)
FULL = frozenset({ConsentScope.TRAVEL, ConsentScope.HOST_FAMILY, ConsentScope.MEDICAL})


@dataclass(frozen=True)
class Register:
    partnership: int
    other_partnership: int
    coventry: int
    cov_school: int
    dresden_school: int
    teacher: int
    guardian: int
    pupils: dict[str, int]


def fill_exchange_register(database: Database) -> Register:
    with database.unit_of_work() as s:
        coventry, dresden, kiel = city("Coventry", "GB"), city("Dresden", "DE"), city("Kiel", "DE")
        cd = Partnership(
            city_a=coventry, city_b=dresden, kind=PartnershipKind.TWIN_TOWN, status=PS.ACTIVE
        )
        ck = Partnership(
            city_a=coventry, city_b=kiel, kind=PartnershipKind.TWIN_TOWN, status=PS.ACTIVE
        )
        cov_school = organisation("Whitefriars Academy", OrganisationKind.SCHOOL, coventry)
        dd_school = organisation("Elbtal-Gymnasium", OrganisationKind.SCHOOL, dresden)
        teacher = person("Frank", "Lehmann", gender="male")
        guardian = person("Birgit", "Schröder", gender="female")
        pupils = {
            key: person(given, family, gender=gender)
            for key, given, family, gender in (
                ("lena", "Lena", "Schröder", "female"),
                ("paul", "Paul", "Schröder", "male"),
                ("mia", "Mia", "Hoffmann", "female"),
                ("jonas", "Jonas", "Krüger", "male"),
                ("emma", "Emma", "Becker", "female"),
            )
        }
        s.add_all([coventry, dresden, kiel, cd, ck, cov_school, dd_school, teacher, guardian])
        s.add_all(pupils.values())
        s.flush()
        return Register(
            cd.id,
            ck.id,
            coventry.id,
            cov_school.id,
            dd_school.id,
            teacher.id,
            guardian.id,
            {k: p.id for k, p in pupils.items()},
        )


def programme_draft(reg: Register, **changes: object) -> ProgrammeDraft:
    fields: dict[str, object] = {
        "partnership_id": reg.partnership,
        "title": "Dresden pupils at Whitefriars",
        "direction": Direction.INCOMING,
        "starts_on": START,
        "ends_on": END,
        "sending_organisation_id": reg.dresden_school,
        "host_organisation_id": reg.cov_school,
        "language": "en",
        "leader_ids": (reg.teacher,),
    }
    fields.update(changes)
    return ProgrammeDraft(**fields)  # type: ignore[arg-type]


def pupil(
    database: Database,
    reg: Register,
    programme_id: int,
    key: str,
    *,
    age: int = 15,
    consent: bool = True,
    **changes: object,
) -> int:
    """Add a pupil of ``age`` on the first day, with the guardian's full consent if asked."""
    born = START.replace(year=START.year - age) - dt.timedelta(days=30)
    fields: dict[str, object] = {
        "person_id": reg.pupils[key],
        "school_id": reg.dresden_school,
        "date_of_birth": born,
        "languages": "de, en",
        "guardian_id": reg.guardian,
        "emergency_contact_name": "Birgit Schröder",
        "emergency_contact_phone": "+49 351 0000000",
    }
    fields.update(changes)
    row = add_participant(database, programme_id, ParticipantDraft(**fields), today=TODAY)  # type: ignore[arg-type]
    if consent:
        record_consent(database, row.id, ConsentDraft(reg.guardian, TODAY, FULL), today=TODAY)
    return row.id


def family(database: Database, reg: Register, name: str, **changes: object) -> int:
    fields: dict[str, object] = {
        "name": name,
        "capacity": 2,
        "city_id": reg.coventry,
        "languages": "en",
        "vetted_by": "Coventry City Council",
        "vetted_on": TODAY - dt.timedelta(days=100),
    }
    fields.update(changes)
    return create_host_family(database, HostFamilyDraft(**fields), today=TODAY).id  # type: ignore[arg-type]
