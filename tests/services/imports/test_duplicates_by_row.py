"""Duplicates chosen row by row (issue 17): a dry run lists every row naming someone already
in the register and whom, and the import follows each row's own choice over the rule for all."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from exchangedesk.db.models import Person
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.imports import DuplicateRow, read_import_file, run_import, undo_import
from exchangedesk.services.people.edits import create_person

LIST = (
    "Prénom,Nom,Tél.\n"
    "JURGEN,Muller,+49 1\n"  # row 2: Jürgen Müller, folded
    "Anna,Schmidt,+49 2\n"  # row 3: Anna Schmidt
    "Eva,Weber,+49 3\n"  # row 4: nobody yet
)


def _people(database: Database) -> list[tuple[str, str, str | None]]:
    with database.reading() as session:
        return [
            (p.given_name, p.family_name, p.phone)
            for p in session.scalars(select(Person).order_by(Person.id))
        ]


def _register(database: Database, tmp_path: Path):  # noqa: ANN202
    create_person(database, PersonDraft("Müller", "Jürgen"), actor="t")
    create_person(database, PersonDraft("Schmidt", "Anna"), actor="t")
    path = tmp_path / "list.csv"
    path.write_text(LIST, encoding="utf-8")
    return read_import_file(path, "people")


def test_each_duplicate_row_follows_its_own_choice(database, tmp_path) -> None:  # noqa: ANN001
    read = _register(database, tmp_path)
    with database.reading() as session:
        ids = {p.family_name: p.id for p in session.scalars(select(Person))}

    dry = run_import(database, "people", read.table, read.mapping, actor="t", dry_run=True)
    assert dry.matched == [
        DuplicateRow(2, "JURGEN Muller", f"Jürgen Müller (#{ids['Müller']})", "skip"),
        DuplicateRow(3, "Anna Schmidt", f"Anna Schmidt (#{ids['Schmidt']})", "skip"),
    ]
    assert len(_people(database)) == 2

    # The rule for all is skip; row 2 merges into Jürgen Müller, row 3 is a new person.
    result = run_import(database, "people", read.table, read.mapping, actor="t",
                        duplicates="skip", row_duplicates={2: "merge", 3: "create"})  # fmt: skip
    assert [m.choice for m in result.matched] == ["merge", "create"]
    assert (result.added_count, result.updated_count, result.duplicates) == (2, 1, [])
    # A merge writes the row's non-empty cells over the record, its spelling of the name too.
    assert _people(database) == [
        ("JURGEN", "Muller", "+49 1"),
        ("Anna", "Schmidt", None),
        ("Anna", "Schmidt", "+49 2"),
        ("Eva", "Weber", "+49 3"),
    ]
    # Undo takes both back: the merged record's fields and the rows added.
    undo_import(database, result, actor="t")
    assert _people(database) == [("Jürgen", "Müller", None), ("Anna", "Schmidt", None)]


def test_rows_without_a_choice_follow_the_rule_for_all(database, tmp_path) -> None:  # noqa: ANN001
    read = _register(database, tmp_path)
    result = run_import(database, "people", read.table, read.mapping, actor="t",
                        duplicates="merge", row_duplicates={3: "skip"})  # fmt: skip
    assert result.duplicates == [(3, "Anna Schmidt")]
    assert _people(database)[:2] == [("JURGEN", "Muller", "+49 1"), ("Anna", "Schmidt", None)]
    assert len(_people(database)) == 3


def test_a_choice_that_is_not_one_is_refused_naming_the_row(database, tmp_path) -> None:  # noqa: ANN001
    read = _register(database, tmp_path)
    with pytest.raises(ValidationError, match="row 2: must be one of skip, merge, create"):
        run_import(database, "people", read.table, read.mapping, actor="t",
                   row_duplicates={2: "replace"})  # fmt: skip
    assert len(_people(database)) == 2
