"""What every group of export kinds shares: the table a builder returns, and names of records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import City, Organisation, Partnership, Person, PersonSensitive
from exchangedesk.domain.enums import label
from exchangedesk.interchange.spreadsheets import SheetColumn


@dataclass(frozen=True)
class Table:
    """Columns and rows of one export, before sensitive columns are dropped and rows filtered."""

    columns: Sequence[SheetColumn]
    rows: list[tuple[Any, ...]]


# A builder reads one kind of record. It is told whether sensitive details were asked for and
# must not read them otherwise (their cells are then None and the columns are dropped).
Builder = Callable[[Session, bool], Table]


def text(value: StrEnum | None) -> str | None:
    return label(value) if value is not None else None


def city_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(City.id, City.name)).all())


def person_names(session: Session) -> dict[int, str]:
    rows = session.execute(select(Person.id, Person.given_name, Person.family_name))
    return {pid: f"{given} {family}".strip() for pid, given, family in rows}


def organisation_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Organisation.id, Organisation.name)).all())


def partnership_names(session: Session) -> dict[int, str]:
    cities = city_names(session)
    rows = session.execute(select(Partnership.id, Partnership.city_a_id, Partnership.city_b_id))
    return {pid: f"{cities.get(a, '?')} – {cities.get(b, '?')}" for pid, a, b in rows}


def sensitive_rows(session: Session, person_ids: Iterable[int]) -> dict[int, PersonSensitive]:
    """The sensitive details of these people; only called when the user asked for them."""
    wanted = set(person_ids)
    if not wanted:
        return {}
    rows = session.scalars(select(PersonSensitive)).all()
    return {row.person_id: row for row in rows if row.person_id in wanted}


def first_of(*values: str | None) -> str | None:
    return next((v for v in values if v), None)
