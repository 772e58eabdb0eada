"""Importing people and organisations: round trips of our own exports, edits made in a
spreadsheet, duplicates, refused rows by number and field, dry run, one transaction, undo."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

import export_support
from exchangedesk.db.models import Organisation, Person
from exchangedesk.db.opening import open_database
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.people import PersonDraft
from exchangedesk.interchange.spreadsheets import write_sheet
from exchangedesk.services.exports import export_sheet
from exchangedesk.services.imports import read_import_file, run_import, undo_import
from exchangedesk.services.people.edits import create_person

export_demo_file = export_support.export_demo_file
demo_path = export_support.demo_path
EVIL = '=HYPERLINK("http://x","y")'


@pytest.fixture
def demo(demo_path: Path):  # noqa: ANN201
    handle = open_database(demo_path)
    yield handle.database
    handle.close()


def _count(database: Database, model: type) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def _export(database: Database, kind: str, out: Path) -> Path:
    write_sheet(export_sheet(database, kind), out, out.suffix[1:])
    return out


def _import(database: Database, kind: str, path: Path, **options):  # noqa: ANN003, ANN202
    read = read_import_file(path, kind)
    return run_import(database, kind, read.table, read.mapping, actor="secretary", **options)


@pytest.mark.parametrize("kind", ["people", "organisations"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_back_with_nothing_changed(demo, tmp_path, kind, suffix) -> None:  # noqa: ANN001
    model = Person if kind == "people" else Organisation
    before = _count(demo, model)
    first = _export(demo, kind, tmp_path / f"first{suffix}")
    result = _import(demo, kind, first)
    assert (result.added_count, result.updated_count, result.refused) == (0, 0, [])
    assert result.unchanged == before and _count(demo, model) == before
    again = _export(demo, kind, tmp_path / f"again{suffix}")
    if suffix == ".csv":
        assert again.read_bytes() == first.read_bytes()
    else:  # a workbook's zip carries the time it was written
        assert export_support.read_xlsx(again) == export_support.read_xlsx(first)


def test_formulas_and_numbers_as_text_survive_export_and_import(database, tmp_path) -> None:  # noqa: ANN001
    values = {"notes": EVIL, "phone": "+44 20 7946 0000", "role": "-250.00", "address": "007"}
    create_person(database, PersonDraft("Brontë", "Zoë", **values), actor="t")
    for suffix in (".csv", ".xlsx"):
        path = _export(database, "people", tmp_path / f"people{suffix}")
        with database.unit_of_work() as session:  # an empty register but for the file
            session.execute(Person.__table__.delete())
        result = _import(database, "people", path)
        assert result.added_count == 1, result.refused
        with database.reading() as session:
            zoe = session.scalars(select(Person)).one()
            assert (zoe.notes, zoe.phone, zoe.role, zoe.address) == (
                EVIL, "+44 20 7946 0000", "-250.00", "007",
            )  # fmt: skip


def test_a_cell_edited_in_excel_updates_that_record_and_undo_puts_it_back(demo, tmp_path) -> None:  # noqa: ANN001
    path = _export(demo, "people", tmp_path / "people.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    person_id, old_phone = sheet["A2"].value, sheet["L2"].value
    sheet["L2"] = "+49 351 000 111"
    sheet.append([None, "Ольга", "Петрова", None, None, None, None, None, None, "ru"])
    book.save(path)
    result = _import(demo, "people", path)
    assert (result.added_count, result.updated_count) == (1, 1)
    with demo.reading() as session:
        assert session.get(Person, person_id).phone == "+49 351 000 111"
        olga = session.get(Person, result.added[0])
        assert (olga.family_name, olga.family_name_native) == ("Petrova", "Петрова")
    undo_import(demo, result, actor="secretary")
    with demo.reading() as session:
        assert session.get(Person, person_id).phone == old_phone
        assert session.get(Person, result.added[0]) is None


def test_undo_is_refused_when_a_record_was_changed_since(database, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "orgs.csv"
    path.write_text("Bezeichnung;Art\nGymnasium Dresden;School\n", encoding="utf-8")
    result = _import(database, "organisations", path)
    with database.unit_of_work() as session:
        session.get(Organisation, result.added[0]).notes = "changed by hand"
    with pytest.raises(ConcurrentEditError, match="changed after the import"):
        undo_import(database, result, actor="t")
    assert _count(database, Organisation) == 1


def test_refused_rows_name_the_row_and_field_and_the_rest_is_saved(database, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "gaeste.csv"
    path.write_bytes(
        "Vorname;Nachname;E-Mail;Sprachen;Ort\n"
        "Jürgen;Müller;jm@example.de;de;\n"
        "Anna;;a@example.de;;\n"
        "Karl;Schmidt;not an address;;\n"
        "Eva;Weber;;xx;\n"
        "Udo;Lang;;;Atlantis\n".encode("cp1252")
    )
    dry = _import(database, "people", path, dry_run=True)
    assert dry.added_count == 1 and _count(database, Person) == 0
    refused = dict(dry.refused)
    assert refused[3].startswith("Family name:")
    assert refused[4].startswith("Email:")
    assert refused[5].startswith("Languages:")
    assert refused[6] == "City: 'Atlantis' is not in the register; add the city first"
    saved = _import(database, "people", path)
    assert saved.refused == dry.refused and _count(database, Person) == 1


@pytest.mark.parametrize(("rule", "people", "phone"), [
    ("skip", 1, None), ("merge", 1, "+49 1"), ("create", 2, None),
])  # fmt: skip
def test_duplicates_are_skipped_merged_or_created(database, tmp_path, rule, people, phone) -> None:  # noqa: ANN001
    create_person(database, PersonDraft("Müller", "Jürgen"), actor="t")
    path = tmp_path / "list.csv"
    path.write_text("Prénom,Nom,Tél.\nJURGEN,Muller,+49 1\n", encoding="utf-8")
    result = _import(database, "people", path, duplicates=rule)
    assert _count(database, Person) == people
    assert (result.duplicates != []) == (rule == "skip")
    with database.reading() as session:
        first = session.scalars(select(Person).order_by(Person.id)).first()
        assert first.phone == phone


def test_a_mapping_without_the_family_name_is_refused_whole(database, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "list.csv"
    path.write_text("Email\na@example.org\n", encoding="utf-8")
    read = read_import_file(path, "people")
    with pytest.raises(ValidationError, match="family name"):
        run_import(database, "people", read.table, read.mapping, actor="t")


def test_the_backup_hook_runs_before_a_real_import_only(database, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "list.csv"
    path.write_text("Name\nGymnasium\n", encoding="utf-8")
    read = read_import_file(path, "organisations")
    calls = []
    for dry_run in (True, False):
        run_import(database, "organisations", read.table, read.mapping, actor="t",
                   dry_run=dry_run, before_saving=lambda: calls.append(_count(database, Organisation)))  # fmt: skip
    assert calls == [0]
