"""Student exchanges: programmes, their leaders and participants, guardians' consents, host
families and placements.

Every student takes part in one programme and is 14 to 17 years old when it starts, so each has
a guardian's consent on record before any placement is confirmed; a host family never takes in
more students of one programme than it has beds.
"""

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
    ProgrammeLeader,
)
from exchangedesk.domain.enums import Direction, PlacementStatus, ProgrammeStatus
from exchangedesk.services.samples.federation._support import (
    BASE_DATE,
    LAST_DATE,
    Build,
    insert_rows,
    random_day,
    stamped,
)

LANGUAGES = ("en", "de", "fr", "ru", "zh", "es", "pl", "el", "ja")
FAMILY_NAMES = ("Müller", "Smith", "Петровы", "Dubois", "王家", "Kowalscy", "Παπαδόπουλοι")


def build_exchanges(build: Build) -> None:
    rng = build.rng("exchanges")
    programmes = _plan(build, rng)
    students = list(build.pools["students"])
    rng.shuffle(students)
    groups = {p["id"]: students[index :: len(programmes)] for index, p in enumerate(programmes)}
    families = _families(build, rng)
    with build.database.unit_of_work() as session:
        insert_rows(session, ExchangeProgramme, programmes)
        insert_rows(session, ProgrammeLeader, _leaders(build, rng, programmes))
        insert_rows(session, PersonSensitive, _students(build, rng, programmes, groups))
        insert_rows(session, Participant, _participants(build, rng, programmes, groups))
        insert_rows(session, Consent, _consents(build, programmes, groups))
        insert_rows(session, HostFamily, families)
        insert_rows(session, Placement, _placements(programmes, groups, families))


def _status(starts: dt.date, ends: dt.date, rng: Any) -> ProgrammeStatus:
    if ends < BASE_DATE:
        return ProgrammeStatus.COMPLETED
    if starts <= BASE_DATE:
        return ProgrammeStatus.UNDER_WAY
    return rng.choice((ProgrammeStatus.PLANNED, ProgrammeStatus.CONFIRMED))


def _plan(build: Build, rng: Any) -> list[dict[str, Any]]:
    programmes = []
    organisations = build.organisation_ids
    for programme_id in range(1, build.sizes["exchange_programmes"] + 1):
        partnership_id, _a, _b = rng.choice(build.partnerships)
        starts = random_day(rng, dt.date(1960, 1, 1), LAST_DATE - dt.timedelta(days=30))
        ends = starts + dt.timedelta(days=rng.randint(7, 20))
        language = rng.choice(LANGUAGES)
        returns = programme_id > 1 and programme_id % 2 == 0 and rng.random() < 0.5
        programmes.append(
            stamped(
                {
                    "id": programme_id,
                    "partnership_id": partnership_id,
                    "title": f"Language exchange ({language}) {starts.year}, group {programme_id}",
                    "direction": rng.choice((Direction.INCOMING, Direction.OUTGOING)),
                    "sending_organisation_id": rng.choice(organisations),
                    "host_organisation_id": rng.choice(organisations),
                    "starts_on": starts,
                    "ends_on": ends,
                    "language": language,
                    "status": _status(starts, ends, rng),
                    "reciprocal_of_id": programme_id - 1 if returns else None,
                    "same_gender_rooms": True,
                    "notes": "Generated for the federation benchmark.",
                }
            )
        )
    return programmes


def _leaders(build: Build, rng: Any, programmes: list[dict[str, Any]]) -> Any:
    staff = list(build.pools["staff"])
    for programme in programmes:
        for person in rng.sample(staff, min(len(staff), rng.randint(1, 2))):
            yield {"programme_id": programme["id"], "person_id": person}


def _guardian(build: Build, student: int) -> int:
    guardians = build.pools["guardians"]
    return guardians[(student - build.pools["students"].start) % len(guardians)]


def _students(
    build: Build, rng: Any, programmes: list[dict[str, Any]], groups: dict[int, list[int]]
) -> Any:
    """Each student's birth date puts them at 14 to 17 on their programme's first day."""
    for programme in programmes:
        starts = programme["starts_on"]
        for student in groups[programme["id"]]:
            earliest = dt.date(starts.year - 18, starts.month, 1) + dt.timedelta(days=40)
            latest = dt.date(starts.year - 14, starts.month, 1) - dt.timedelta(days=1)
            yield stamped(
                {
                    "person_id": student,
                    "date_of_birth": random_day(rng, earliest, latest),
                    "nationality": None,
                    "passport_number": None,
                    "passport_expiry": None,
                    "dietary_notes": rng.choice((None, None, None, "vegetarian", "no nuts")),
                    "guardian_id": _guardian(build, student),
                }
            )


def _participants(
    build: Build, rng: Any, programmes: list[dict[str, Any]], groups: dict[int, list[int]]
) -> Any:
    participant_id = 0
    for programme in programmes:
        for student in groups[programme["id"]]:
            participant_id += 1
            yield stamped(
                {
                    "id": participant_id,
                    "programme_id": programme["id"],
                    "person_id": student,
                    "school_id": programme["sending_organisation_id"],
                    "confirmed": programme["status"] is not ProgrammeStatus.PLANNED,
                    "notes": None,
                }
            )


def _consents(build: Build, programmes: list[dict[str, Any]], groups: dict[int, list[int]]) -> Any:
    participant_id = 0
    for programme in programmes:
        for student in groups[programme["id"]]:
            participant_id += 1
            yield stamped(
                {
                    "participant_id": participant_id,
                    "given_by_id": _guardian(build, student),
                    "given_on": programme["starts_on"] - dt.timedelta(days=30),
                    "covers": "travel, stay with a host family, medical treatment",
                },
                versioned=False,
            )


def _families(build: Build, rng: Any) -> list[dict[str, Any]]:
    staff = build.pools["staff"]
    cities = sorted(build.city_country)
    return [
        stamped(
            {
                "id": family_id,
                "name": f"{rng.choice(FAMILY_NAMES)} ({family_id})",
                "contact_person_id": staff[family_id % len(staff)],
                "city_id": rng.choice(cities),
                "capacity": rng.randint(1, 3),
                "languages": rng.choice(LANGUAGES),
                "smokers": False,
                "vetted_by": "Committee",
                "vetted_on": dt.date(2020, 1, 1),
            }
        )
        for family_id in range(1, build.sizes["host_families"] + 1)
    ]


def _placements(
    programmes: list[dict[str, Any]], groups: dict[int, list[int]], families: list[dict[str, Any]]
) -> Any:
    """Students go round the families; a family full for this programme is passed over, and a
    student left without a bed stays unplaced."""
    cursor = 0
    participant_id = 0
    for programme in programmes:
        confirmed = programme["status"] is not ProgrammeStatus.PLANNED
        status = PlacementStatus.CONFIRMED if confirmed else PlacementStatus.SUGGESTED
        beds: dict[int, int] = {}
        for _student in groups[programme["id"]]:
            participant_id += 1
            for _ in range(len(families)):
                family = families[cursor % len(families)]
                cursor += 1
                if beds.get(family["id"], 0) < family["capacity"]:
                    beds[family["id"]] = beds.get(family["id"], 0) + 1
                    yield stamped(
                        {
                            "participant_id": participant_id,
                            "host_family_id": family["id"],
                            "status": status,
                            "starts_on": programme["starts_on"],
                            "ends_on": programme["ends_on"],
                            "reason": None,
                        }
                    )
                    break
