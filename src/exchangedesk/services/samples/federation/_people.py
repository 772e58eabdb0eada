"""Organisations and people of a federation, with names in their own scripts."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import select

from exchangedesk.db.models import City, Organisation, Person, PersonSensitive
from exchangedesk.domain.enums import OrganisationKind
from exchangedesk.domain.text import fold, search_key
from exchangedesk.services.samples.federation._names import ORGANISATION_WORDS, ROLES, draw_name
from exchangedesk.services.samples.federation._support import (
    BASE_DATE,
    Build,
    insert_rows,
    random_day,
    stamped,
)

FICTIONAL = "Fictional person generated for the federation benchmark."
FICTIONAL_ORG = "Fictional organisation generated for the federation benchmark."
_fold = functools.lru_cache(maxsize=4096)(fold)


def build_people(build: Build) -> None:
    with build.database.unit_of_work() as session:
        names = _city_names(session)
        insert_rows(session, Organisation, _organisations(build, names))
        build.organisation_ids = list(range(1, build.sizes["organisations"] + 1))
        insert_rows(session, Person, _people(build))
        insert_rows(session, PersonSensitive, _sensitive(build))


def _city_names(session: Any) -> dict[int, str]:
    return {city_id: name for city_id, name in session.execute(select(City.id, City.name))}


def _organisations(build: Build, city_names: dict[int, str]) -> Any:
    rng = build.rng("organisations")
    kinds = list(OrganisationKind)
    city_ids = sorted(build.city_country)
    for org_id in range(1, build.sizes["organisations"] + 1):
        kind = rng.choice(kinds)
        city_id = rng.choice(city_ids)
        name = rng.choice(ORGANISATION_WORDS[kind.value]).format(
            city=city_names[city_id], n=rng.randint(1, 120)
        )
        yield stamped(
            {
                "id": org_id,
                "name": name[:300],
                "kind": kind,
                "city_id": city_id,
                "email": f"office{org_id}@example.org",
                "notes": FICTIONAL_ORG,
                "search_key": search_key(name),
            }
        )


def _people(build: Build) -> Any:
    rng = build.rng("people")
    city_ids = sorted(build.city_country)
    organisations = build.organisation_ids
    for person_id in range(1, build.sizes["people"] + 1):
        name = draw_name(rng)
        organisation = rng.choice(organisations) if rng.random() < 0.6 else None
        languages = name.language if name.language == "en" else f"{name.language},en"
        login = f"{_fold(name.given)}.{_fold(name.family)}".replace(" ", "-")
        yield stamped(
            {
                "id": person_id,
                "given_name": name.given,
                "family_name": name.family,
                "given_name_native": name.given_native,
                "family_name_native": name.family_native,
                "salutation": name.salutation,
                "organisation_id": organisation,
                "role": rng.choice(ROLES) if organisation else None,
                "gender": "female" if name.woman else "male",
                "languages": languages,
                "email": f"{login}.{person_id}@example.org",
                "phone": f"+{rng.randint(1, 99)} {rng.randint(100, 999)} {person_id:07d}",
                "city_id": rng.choice(city_ids),
                "notes": FICTIONAL,
                "search_key": search_key(
                    name.given, name.family, name.given_native, name.family_native
                ),
            }
        )


def _sensitive(build: Build) -> Any:
    """Some delegates carry passport details (students get theirs with their exchange)."""
    rng = build.rng("sensitive")
    for delegate in build.pools["delegates"]:
        if rng.random() < 0.05:
            yield stamped(
                {
                    "person_id": delegate,
                    "date_of_birth": random_day(rng, dt.date(1940, 1, 1), dt.date(2000, 1, 1)),
                    "nationality": None,
                    "passport_number": f"P{rng.randint(10**7, 10**8 - 1)}",
                    "passport_expiry": random_day(rng, BASE_DATE, dt.date(2035, 12, 31)),
                }
            )
