"""Importing people: one transaction, refused rows by number, duplicates skipped, dry run."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from exchangedesk.db.models import AuditEntry, Person
from exchangedesk.services.imports import read_import_file, run_import


def import_people(database, path: Path, *, actor: str, dry_run: bool = False):  # noqa: ANN001, ANN201
    read = read_import_file(path, "people")
    return run_import(database, "people", read.table, read.mapping, actor=actor, dry_run=dry_run)


def _count(database) -> int:  # noqa: ANN001
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Person))


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(
        "Имя;Фамилия;Эл. почта;Языки\n"
        "Ольга;Иванова;olga@example.ru;ru, en\n"
        ";;;\n"
        "Пётр;;p@example.ru;\n"
        "Иван;Петров;not an address;\n",
        encoding="utf-8-sig",
    )
    return path


def test_import_adds_people_and_refuses_rows_by_number(database, tmp_path) -> None:  # noqa: ANN001
    result = import_people(database, _file(tmp_path), actor="secretary")
    assert result.added_count >= 1
    assert [n for n, why in result.refused if why.startswith("Family name")] == [4]
    with database.reading() as session:
        olga = session.scalars(select(Person).where(Person.family_name_native == "Иванова")).one()
        # Kept in its own script, with the passport (ICAO) Latin spelling beside it.
        assert (olga.given_name, olga.family_name) == ("Olga", "Ivanova")
        assert (olga.given_name_native, olga.email, olga.languages) == (
            "Ольга",
            "olga@example.ru",
            "ru, en",  # the file's own spelling, kept when it reads as the same languages
        )
        assert session.scalars(select(AuditEntry.action).where(AuditEntry.action == "import")).all()
    again = import_people(database, _file(tmp_path), actor="secretary")
    assert again.added_count == 0
    assert [n for n, _ in again.duplicates][:1] == [2]


def test_dry_run_saves_nothing(database, tmp_path) -> None:  # noqa: ANN001
    before = _count(database)
    result = import_people(database, _file(tmp_path), actor="t", dry_run=True)
    assert result.added_count >= 1 and result.dry_run
    assert _count(database) == before
