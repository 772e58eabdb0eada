"""What the privacy tests share: the demo register and a look at the raw bytes of its file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from exchangedesk.db.models import Person, PersonSensitive
from exchangedesk.db.session import Database
from exchangedesk.services.samples.demo import build_demo

TODAY = dt.date(2026, 12, 6)
OLGA = 24  # delegation member from Volgograd, three letters in the register, passport
HELEN = 9  # the secretary: e-mail, telephone, passport, two contributions, a membership


def demo(database: Database) -> None:
    build_demo(database, today=TODAY)


def identifying(database: Database, person_id: int) -> list[str]:
    """The person's names (each alone and in both scripts), e-mail, telephone and passport."""
    with database.reading() as session:
        person = session.get(Person, person_id)
        passport = session.scalar(
            select(PersonSensitive.passport_number).where(PersonSensitive.person_id == person_id)
        )
        values = [
            person.given_name,
            person.family_name,
            person.given_name_native,
            person.family_name_native,
            person.email,
            person.phone,
            passport,
        ]
    return [v for v in values if v]


def file_bytes(path: Path) -> bytes:
    """The database file and its -wal, as they are on disk."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def remaining(data: bytes, needles: list[str]) -> list[str]:
    found = []
    for needle in needles:
        for form in {needle, needle.lower(), needle.casefold()}:
            if form.encode() in data:
                found.append(form)
    return found
