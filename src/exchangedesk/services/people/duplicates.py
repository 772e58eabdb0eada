"""Catching a person or an organisation entered twice, before it is saved.

Names are compared folded (:func:`exchangedesk.domain.text.fold`): Unicode NFC or NFD, case and
diacritics do not matter, so "Zoë" typed either way and "Müller"/"Muller" are the same name.
The comparison runs in SQL on the folded ``search_key`` column (bounded by its "|" separators,
so "Ann" never matches "Anna"); no list of people is loaded into Python.

A person is a possible duplicate when they have the same given and family name (in Latin
letters or in their own script, either form matching either form) or the same e-mail address.
What else agrees — organisation, city, date of birth — is reported as further reasons, so the
secretary can judge. The date of birth is compared only when the draft carries one (the editor's
sensitive tab was opened), and only as a yes/no inside SQL: no date leaves the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, false, func, literal, or_, select

from exchangedesk.db.models import City, Organisation, Person, PersonSensitive
from exchangedesk.db.session import Database
from exchangedesk.domain.people import (
    OrganisationDraft,
    PersonDraft,
    name_key_parts,
    native_full_name,
)
from exchangedesk.domain.text import fold

MAX_CANDIDATES = 10


class DuplicateReason(StrEnum):
    NAME = "name"  # same given and family name in Latin letters
    NATIVE_NAME = "native_name"  # same name in the own script
    EMAIL = "email"
    ORGANISATION = "organisation"
    CITY = "city"
    DATE_OF_BIRTH = "date_of_birth"


@dataclass(frozen=True)
class PossibleDuplicate:
    id: int
    name: str
    native_name: str | None
    organisation: str | None
    city: str | None
    reasons: tuple[DuplicateReason, ...]


def _bounded(key: Any) -> Any:
    return literal("|") + key + literal("|")


def _name_match(key: Any, given_column: Any, parts: tuple[str, ...], has_given: bool) -> Any:
    """Every folded part of the name is one whole '|'-separated entry of the key. A name
    without a given name matches only people who have none either, else "Müller" alone would
    match every Müller."""
    if not parts:
        return false()
    bounded = _bounded(key)
    condition = and_(*(bounded.contains(f"|{part}|", autoescape=True) for part in parts))
    if not has_given:
        condition = and_(condition, func.coalesce(given_column, "") == "")
    return condition


def find_possible_duplicates(
    database: Database,
    draft: PersonDraft,
    *,
    date_of_birth: dt.date | None = None,
    exclude_id: int | None = None,
    limit: int = MAX_CANDIDATES,
) -> list[PossibleDuplicate]:
    """People who may be the one in *draft*, the most alike first. ``exclude_id`` is the
    person being edited."""
    draft = draft.normalised()
    latin = name_key_parts(draft.given_name, draft.family_name)
    native = name_key_parts(draft.given_name_native, draft.family_name_native)
    same_name = _name_match(Person.search_key, Person.given_name, latin, bool(draft.given_name))
    same_native = (
        _name_match(
            Person.search_key, Person.given_name_native, native, bool(draft.given_name_native)
        )
        if draft.family_name_native
        else false()
    )
    same_email = func.lower(Person.email) == draft.email.lower() if draft.email else false()
    same_org = (
        Person.organisation_id == draft.organisation_id
        if draft.organisation_id is not None
        else false()
    )
    same_city = Person.city_id == draft.city_id if draft.city_id is not None else false()

    def flag(condition: Any) -> Any:
        return case((condition, 1), else_=0)

    columns = [
        Person.id,
        Person.given_name,
        Person.family_name,
        Person.given_name_native,
        Person.family_name_native,
        Organisation.name,
        City.name,
        flag(same_name),
        flag(same_native),
        flag(same_email),
        flag(same_org),
        flag(same_city),
    ]
    statement = (
        select(*columns)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .outerjoin(City, Person.city_id == City.id)
        .where(or_(same_name, same_native, same_email))
    )
    if date_of_birth is not None:
        same_birth = PersonSensitive.date_of_birth == date_of_birth
        statement = statement.add_columns(flag(same_birth)).outerjoin(
            PersonSensitive, PersonSensitive.person_id == Person.id
        )
    if exclude_id is not None:
        statement = statement.where(Person.id != exclude_id)
    reasons_order = [
        DuplicateReason.NAME,
        DuplicateReason.NATIVE_NAME,
        DuplicateReason.EMAIL,
        DuplicateReason.ORGANISATION,
        DuplicateReason.CITY,
        DuplicateReason.DATE_OF_BIRTH,
    ]
    score = sum(columns[7:], start=literal(0))
    if date_of_birth is not None:
        score = score + flag(PersonSensitive.date_of_birth == date_of_birth)
    statement = statement.order_by(score.desc(), Person.family_name, Person.id).limit(limit)
    with database.reading() as session:
        found = session.execute(statement).all()
    return [
        PossibleDuplicate(
            id=row[0],
            name=" ".join(p for p in (row[1], row[2]) if p),
            native_name=native_full_name(row[3], row[4]),
            organisation=row[5],
            city=row[6],
            reasons=tuple(
                reason for reason, hit in zip(reasons_order, row[7:], strict=False) if hit
            ),
        )
        for row in found
    ]


@dataclass(frozen=True)
class PossibleDuplicateOrganisation:
    id: int
    name: str
    native_name: str | None
    city: str | None
    reasons: tuple[DuplicateReason, ...]


def find_possible_duplicate_organisations(
    database: Database,
    draft: OrganisationDraft,
    *,
    exclude_id: int | None = None,
    limit: int = MAX_CANDIDATES,
) -> list[PossibleDuplicateOrganisation]:
    """Organisations with the same name (in either script, folded) or the same e-mail."""
    draft = draft.normalised()
    bounded = _bounded(Organisation.search_key)

    def named(name: str | None) -> Any:
        folded = fold(name)
        return bounded.contains(f"|{folded}|", autoescape=True) if folded else false()

    same_name = named(draft.name)
    same_native = named(draft.native_name)
    same_email = func.lower(Organisation.email) == draft.email.lower() if draft.email else false()
    same_city = Organisation.city_id == draft.city_id if draft.city_id is not None else false()
    flags = [case((c, 1), else_=0) for c in (same_name, same_native, same_email, same_city)]
    statement = (
        select(Organisation.id, Organisation.name, Organisation.native_name, City.name, *flags)
        .outerjoin(City, Organisation.city_id == City.id)
        .where(or_(same_name, same_native, same_email))
        .order_by(sum(flags, start=literal(0)).desc(), Organisation.name, Organisation.id)
    )
    if exclude_id is not None:
        statement = statement.where(Organisation.id != exclude_id)
    statement = statement.limit(limit)
    order = [
        DuplicateReason.NAME,
        DuplicateReason.NATIVE_NAME,
        DuplicateReason.EMAIL,
        DuplicateReason.CITY,
    ]
    with database.reading() as session:
        found = session.execute(statement).all()
    return [
        PossibleDuplicateOrganisation(
            id=row[0],
            name=row[1],
            native_name=row[2],
            city=row[3],
            reasons=tuple(reason for reason, hit in zip(order, row[4:], strict=True) if hit),
        )
        for row in found
    ]
