"""Importing a list of people (CSV or XLSX, read by interchange/people_table.py).

One transaction: every acceptable row is added, or with ``dry_run`` nothing is. A row that
cannot be a person (no family name, an unusable e-mail address...) is refused with its row
number and the reason; a row naming someone already in the register (same folded names and,
when both have one, the same e-mail) is skipped as a duplicate, so importing the same list
twice adds nobody the second time.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from exchangedesk.db.models import Person
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.people import PersonDraft, is_latin_text, person_search_key
from exchangedesk.interchange.people_table import PeopleRow, PeopleTable, read_people_file
from exchangedesk.services.people.edits import add_person, audit


@dataclass
class PeopleImport:
    source: str
    added: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    duplicates: list[tuple[int, str]] = field(default_factory=list)  # (row, who)
    ignored_columns: tuple[str, ...] = ()
    dry_run: bool = False


def _draft(row: PeopleRow) -> PersonDraft:
    v = row.values
    given, family = v.get("given_name", ""), v.get("family_name", "")
    if not family and v.get("full_name"):
        given_part, _, family_part = v["full_name"].rpartition(" ")
        given, family = (given or given_part), family_part
    given_native = family_native = None
    # A name in its own script goes in the native field, with a Latin spelling beside it
    # (the register keeps both; letters and visa forms need the Latin one).
    if given and not is_latin_text(given):
        given_native, given = given, _latin(given)
    if family and not is_latin_text(family):
        family_native, family = family, _latin(family)
    languages = tuple(
        code.strip().lower() for code in v.get("languages", "").replace(";", ",").split(",")
    )
    return PersonDraft(
        family_name=family,
        given_name=given,
        given_name_native=given_native,
        family_name_native=family_native,
        salutation=v.get("salutation"),
        role=v.get("role"),
        email=v.get("email"),
        phone=v.get("phone"),
        address=v.get("address"),
        notes=v.get("notes"),
        languages=tuple(code for code in languages if code),
    )


# Russian, Ukrainian and Belarusian Cyrillic in the spelling of ICAO Doc 9303 (passports).
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "ie",
            "y",
            "",
            "e",
            "iu",
            "ia",
            "i",
            "i",
            "ie",
            "g",
            "u",
        ],
        strict=True,
    )
)


def _latin(text: str) -> str:
    """The Latin spelling of a Cyrillic name; other scripts are left for the user to spell."""
    out = []
    for char in text:
        latin = _CYRILLIC.get(char.lower())
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


latin_spelling = _latin  # for services/imports/people.py


def import_people(
    database: Database, path: Path, *, actor: str, dry_run: bool = False
) -> PeopleImport:
    table: PeopleTable = read_people_file(path)
    result = PeopleImport(path.name, ignored_columns=table.ignored, dry_run=dry_run)
    # A dry run checks and counts everything, then rolls the transaction back.
    with contextlib.suppress(_DryRun):
        _add_rows(database, table, result, actor=actor)
    return result


class _DryRun(Exception):
    """Raised at the end of a dry run so the unit of work rolls back."""


def _add_rows(database: Database, table: PeopleTable, result: PeopleImport, *, actor: str) -> None:
    with database.unit_of_work() as session:
        known = {
            (key, (email or "").casefold())
            for key, email in session.execute(select(Person.search_key, Person.email))
        }
        known_names = {key for key, _ in known}
        for row in table.rows:
            draft = _draft(row)
            if not draft.family_name.strip():
                result.refused.append((row.number, "no family name"))
                continue
            key = person_search_key(draft)
            email = (draft.email or "").casefold()
            if (key, email) in known or (not email and key in known_names):
                result.duplicates.append((row.number, f"{draft.given_name} {draft.family_name}"))
                continue
            try:
                with session.begin_nested():
                    add_person(session, draft, actor=actor)
            except ValidationError as exc:
                result.refused.append((row.number, str(exc)))
                continue
            known.add((key, email))
            known_names.add(key)
            result.added += 1
        if result.dry_run:
            raise _DryRun
        if result.added:
            audit(
                session,
                actor,
                "import",
                "person",
                None,
                f"{result.added} people imported from {result.source}",
            )
