"""Exchange programmes: the Lanchester College Russian-language exchange to Volgograd (1969), its
return visit (1970), and a Dresden school exchange in the coming months with minors, guardians'
consents, host families (one with lapsed vetting) and placements."""

from __future__ import annotations

import datetime as dt
from typing import Any

from exchangedesk.db.models import (
    Consent,
    ExchangeProgramme,
    HostFamily,
    Participant,
    PersonSensitive,
    Placement,
    PrivacyConsent,
    ProgrammeLeader,
)
from exchangedesk.domain.enums import Direction, PlacementStatus, ProgrammeStatus
from exchangedesk.domain.enums import ItineraryKind as K
from exchangedesk.domain.privacy import ConsentMethod, ConsentPurpose
from exchangedesk.services.samples.demo._support import (
    FICTIONAL,
    SCENARIO,
    SCHOOL_EXCHANGE,
    SCHOOL_EXCHANGE_LAST_DAY,
    Demo,
)
from exchangedesk.services.samples.demo._visits import item
from exchangedesk.services.samples.demo.exchange_pupils import (
    NOT_YET_PLACED,
    more_families,
    unplaced_pupils,
)

LONDON = "Europe/London"
VOLGOGRAD = "Europe/Volgograd"


def _programme(
    demo: Demo, key: str, partnership: str, leaders: tuple[str, ...], **fields: Any
) -> ExchangeProgramme:
    programme = ExchangeProgramme(partnership=demo.partnerships[partnership], **fields)
    demo.add(programme)
    demo.flush()
    demo.add(*(ProgrammeLeader(programme_id=programme.id, person_id=demo.pid(p)) for p in leaders))
    demo.programmes[key] = programme
    return programme


def _participants(
    demo: Demo,
    programme: ExchangeProgramme,
    school: str | None,
    keys: tuple[str, ...],
    **fields: Any,
) -> dict[str, Participant]:
    rows = {
        key: Participant(
            programme_id=programme.id,
            person_id=demo.pid(key),
            school_id=demo.orgs[school].id if school else None,
            **fields,
        )
        for key in keys
    }
    demo.add(*rows.values())
    return rows


def build_lanchester_exchange(demo: Demo) -> None:
    demo.flush()
    outward = _programme(
        demo,
        "lanchester_1969",
        "coventry_volgograd",
        ("walsh",),
        title="Lanchester College Russian-language exchange to Volgograd",
        direction=Direction.OUTGOING,
        sending_organisation_id=demo.orgs["lanchester"].id,
        host_organisation_id=demo.orgs["vlg_ped"].id,
        starts_on=dt.date(1969, 7, 5),
        ends_on=dt.date(1969, 7, 26),
        language="ru",
        status=ProgrammeStatus.COMPLETED,
        notes="Students of Russian spent the summer at the Pedagogical Institute. The year is "
        "recorded; the dates and the students (fictional) are illustrative.",
    )
    _participants(
        demo,
        outward,
        "lanchester",
        ("student_taylor", "student_clarke", "student_shaw", "student_bennett"),
        confirmed=True,
        notes="Stayed in the institute's hostel.",
    )
    owner = {"programme_id": outward.id}
    item(
        demo,
        owner,
        VOLGOGRAD,
        dt.date(1969, 7, 5),
        "17:00",
        "19:00",
        "Welcome at the Pedagogical Institute",
        K.MEETING,
        interpreter_needed=True,
    )
    item(
        demo,
        owner,
        VOLGOGRAD,
        dt.date(1969, 7, 7),
        "09:00",
        "13:00",
        "Russian classes begin",
        K.MEETING,
    )
    item(
        demo,
        owner,
        VOLGOGRAD,
        dt.date(1969, 7, 12),
        "10:00",
        "13:00",
        "Mamayev Kurgan memorial",
        K.VISIT,
    )

    demo.flush()
    returning = _programme(
        demo,
        "volgograd_1970",
        "coventry_volgograd",
        ("serova",),
        title="Return visit: Volgograd students at Lanchester College",
        direction=Direction.INCOMING,
        sending_organisation_id=demo.orgs["vlg_ped"].id,
        host_organisation_id=demo.orgs["lanchester"].id,
        starts_on=dt.date(1970, 7, 4),
        ends_on=dt.date(1970, 7, 25),
        language="en",
        status=ProgrammeStatus.COMPLETED,
        reciprocal_of_id=outward.id,
        notes="The return visit for the 1969 exchange. The year is recorded; the dates and the "
        "students (fictional) are illustrative.",
    )
    guests = _participants(
        demo, returning, "vlg_ped", ("grigorieva", "antonova", "belov", "kovalyov"), confirmed=True
    )
    guests["belov"].notes = guests["kovalyov"].notes = "Stayed in a college hall of residence."
    bennetts = HostFamily(
        name="The Bennett family",
        contact_person_id=demo.pid("joan_bennett"),
        city_id=demo.cities["coventry"].id,
        address="Earlsdon, Coventry",
        capacity=2,
        languages="en",
        notes="Hosted two Volgograd students in 1970 (their son had been in Volgograd in 1969); "
        "no longer hosting. " + FICTIONAL,
    )
    demo.add(bennetts)
    demo.flush()
    for key in ("grigorieva", "antonova"):
        demo.add(
            Placement(
                participant_id=guests[key].id,
                host_family_id=bennetts.id,
                status=PlacementStatus.CONFIRMED,
                starts_on=returning.starts_on,
                ends_on=returning.ends_on,
                reason="Two young women together, as the programme asked.",
            )
        )
    owner = {"programme_id": returning.id}
    item(
        demo,
        owner,
        LONDON,
        dt.date(1970, 7, 4),
        "16:00",
        "18:00",
        "Welcome at Lanchester College",
        K.MEETING,
        host="walsh",
    )
    item(
        demo,
        owner,
        LONDON,
        dt.date(1970, 7, 10),
        "10:00",
        "12:00",
        "Coventry Cathedral",
        K.VISIT,
        host="walsh",
    )


def build_school_exchange(demo: Demo) -> None:
    start, end = demo.days(SCHOOL_EXCHANGE), demo.days(SCHOOL_EXCHANGE_LAST_DAY)
    demo.flush()
    programme = _programme(
        demo,
        "dresden_school",
        "coventry_dresden",
        ("lehmann", "cov_teacher"),
        title="Dresden pupils at Whitefriars Academy",
        direction=Direction.INCOMING,
        sending_organisation_id=demo.orgs["dresden_school"].id,
        host_organisation_id=demo.orgs["cov_school"].id,
        starts_on=start,
        ends_on=end,
        language="en",
        status=ProgrammeStatus.CONFIRMED,
        notes=SCENARIO,
    )
    unplaced_pupils(demo, start)
    pupils = _participants(
        demo,
        programme,
        "dresden_school",
        ("lena_schroeder", "paul_schroeder", "mia_hoffmann", "jonas_krueger")
        + tuple(key for key, *_ in NOT_YET_PLACED),
        confirmed=True,
    )
    for key in ("lena_schroeder", "paul_schroeder"):
        pupils[key].sibling_group = "Schröder"
        pupils[key].siblings_together = True
    pupils["jonas_krueger"].confirmed = False
    pupils["jonas_krueger"].notes = "Waiting for his guardian's consent."

    families = {
        "hughes": HostFamily(
            name="The Hughes family",
            contact_person_id=demo.pid("ru_interpreter"),
            address="Earlsdon, Coventry",
            capacity=2,
            languages="en,ru",
            pets="cat",
            vetted_on=demo.days(-400),
            vetting_valid_until=demo.days(-400 + 3 * 365),
        ),
        "obrien": HostFamily(
            name="The O'Brien family",
            contact_person_id=demo.pid("sean_obrien"),
            address="Stoke, Coventry",
            capacity=1,
            languages="en,ga",
            pets="dog",
            allergies_managed="nuts (nut-free kitchen)",
            vetted_on=demo.days(-200),
            vetting_valid_until=demo.days(-200 + 3 * 365),
        ),
        "patel": HostFamily(
            name="The Patel family",
            contact_person_id=demo.pid("priya_patel"),
            address="Wyken, Coventry",
            capacity=2,
            languages="en,gu",
            vetted_on=demo.days(-3 * 365 - 60),
            vetting_valid_until=demo.days(-60),
            notes="Vetting has lapsed: renew before any placement is confirmed.",
        ),
    }
    families.update(more_families(demo))
    for family in families.values():
        family.city_id = demo.cities["coventry"].id
        family.vetted_by = "Coventry City Council (enhanced DBS check)"
        family.notes = " ".join(filter(None, (family.notes, FICTIONAL)))
    demo.add(*families.values())
    demo.flush()
    # Mia's nut allergy (in her dietary notes) as the list the matcher checks.
    mia = demo.session.get(PersonSensitive, demo.pid("mia_hoffmann"))
    if mia is not None:
        mia.allergies = "nuts"

    for key, guardian, given_on in (
        *((key, guardian, demo.days(-10)) for key, *_, guardian in NOT_YET_PLACED),
        ("lena_schroeder", "birgit_schroeder", demo.days(-20)),
        ("paul_schroeder", "birgit_schroeder", demo.days(-20)),
        ("mia_hoffmann", "sabine_hoffmann", demo.days(-15)),
    ):
        demo.add(
            Consent(
                participant_id=pupils[key].id,
                given_by_id=demo.pid(guardian),
                given_on=given_on,
                covers="Travel, stay with a host family, emergency medical treatment",
            )
        )
    build_data_consents(demo)
    for key, family, status, reason in (
        (
            "lena_schroeder",
            "hughes",
            PlacementStatus.CONFIRMED,
            "Siblings together; no allergies to the family's cat.",
        ),
        (
            "paul_schroeder",
            "hughes",
            PlacementStatus.CONFIRMED,
            "Siblings together; no allergies to the family's cat.",
        ),
        (
            "mia_hoffmann",
            "obrien",
            PlacementStatus.ACCEPTED,
            "Nut allergy: the family keeps a nut-free kitchen.",
        ),
        (
            "jonas_krueger",
            "patel",
            PlacementStatus.SUGGESTED,
            "Only family left with room; its vetting has lapsed and the consent is missing.",
        ),
    ):
        demo.add(
            Placement(
                participant_id=pupils[key].id,
                host_family_id=families[family].id,
                status=status,
                starts_on=start,
                ends_on=end,
                reason=reason,
            )
        )
    owner = {"programme_id": programme.id}
    item(
        demo,
        owner,
        LONDON,
        start,
        "17:30",
        "18:30",
        "Arrival at Coventry station; families meet the pupils",
        K.TRANSPORT,
        host="cov_teacher",
    )
    item(
        demo,
        owner,
        LONDON,
        start + dt.timedelta(days=1),
        "09:00",
        "15:00",
        "Lessons at Whitefriars Academy",
        K.MEETING,
        host="cov_teacher",
    )
    item(
        demo,
        owner,
        LONDON,
        start + dt.timedelta(days=3),
        "09:30",
        "16:30",
        "Day trip to Warwick Castle",
        K.VISIT,
        host="cov_teacher",
    )
    item(
        demo,
        owner,
        LONDON,
        end - dt.timedelta(days=1),
        "18:00",
        "20:30",
        "Farewell evening with the host families",
        K.MEAL,
    )
    item(demo, owner, LONDON, end, "08:30", "09:30", "Departure from Coventry station", K.TRANSPORT)


def build_exchanges(demo: Demo) -> None:
    build_lanchester_exchange(demo)
    build_school_exchange(demo)


def build_data_consents(demo: Demo) -> None:
    """The guardians' consents about their children's data: Lena's and Paul's mother agreed to
    photos and to sharing with the Dresden school on the form; Mia's mother agreed to sharing
    by e-mail but took back the photos; Jonas has none yet (the participant list warns)."""
    for key, guardian, purpose, method, given, withdrawn in (
        ("lena_schroeder", "birgit_schroeder", ConsentPurpose.PHOTOS, ConsentMethod.FORM, -20, None),
        ("lena_schroeder", "birgit_schroeder", ConsentPurpose.PARTNER_SHARING, ConsentMethod.FORM, -20, None),
        ("paul_schroeder", "birgit_schroeder", ConsentPurpose.PARTNER_SHARING, ConsentMethod.FORM, -20, None),
        ("mia_hoffmann", "sabine_hoffmann", ConsentPurpose.PARTNER_SHARING, ConsentMethod.EMAIL, -15, None),
        ("mia_hoffmann", "sabine_hoffmann", ConsentPurpose.PHOTOS, ConsentMethod.EMAIL, -15, -5),
    ):  # fmt: skip
        demo.add(
            PrivacyConsent(
                person_id=demo.pid(key),
                given_by_id=demo.pid(guardian),
                purpose=purpose,
                method=method,
                given_on=demo.days(given),
                withdrawn_on=demo.days(withdrawn) if withdrawn is not None else None,
            )
        )
