"""Reading lists to import: CSV in the encodings and separators Excel writes, XLSX written by
openpyxl, our export's neutralised cells, the heading guess in four languages, refused rows."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from exchangedesk.interchange.import_fields import guess_mapping, mapping_problem
from exchangedesk.interchange.refused_rows import (
    REASON_COLUMN,
    refused_path,
    write_refused_rows,
)
from exchangedesk.interchange.spreadsheets import Sheet, SheetColumn, write_csv
from exchangedesk.interchange.table_file import (
    TableFileError,
    read_table_file,
    restore_text,
    sheet_names,
)

EVIL = '=HYPERLINK("http://x","y")'


def test_xlsx_written_by_openpyxl_keeps_every_script_and_reads_types_as_text(tmp_path) -> None:  # noqa: ANN001
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    sheet = book.create_sheet("Gäste")
    sheet.append(["ID", "Фамилия", "Prénom", "Tel.", "Geburtstag"])
    sheet.append([7.0, "Иванова", "Zoë", "+44 20 7946 0000", dt.datetime(2010, 5, 4)])
    sheet.append([None, None, None, None, None])
    sheet.append([8, "山田", "太郎", "007", dt.date(2011, 1, 2)])
    path = tmp_path / "guests.xlsx"
    book.save(path)
    assert sheet_names(path) == ["Notes", "Gäste"]
    table = read_table_file(path, "Gäste")
    assert table.headers == ("ID", "Фамилия", "Prénom", "Tel.", "Geburtstag")
    assert [row.number for row in table.rows] == [2, 4]  # the blank row keeps its number
    assert table.rows[0].cells == ("7", "Иванова", "Zoë", "+44 20 7946 0000", "2010-05-04")
    assert table.rows[1].cells == ("8", "山田", "太郎", "007", "2011-01-02")
    assert "sheet 'Gäste'" in table.reading
    with pytest.raises(TableFileError, match="no sheet 'Other'"):
        read_table_file(path, "Other")


@pytest.mark.parametrize(
    ("encoding", "bom", "separator", "told"),
    [
        ("cp1252", b"", ";", "Windows-1252, separated by ';'"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "\t", "UTF-16, separated by TAB"),
        ("utf-8", codecs.BOM_UTF8, ",", "UTF-8 (with BOM), separated by ','"),
    ],
)
def test_csv_encodings_and_separators(tmp_path, encoding, bom, separator, told) -> None:  # noqa: ANN001
    text = separator.join(["Nachname", "Vorname", "Ort"]) + "\r\n"
    text += separator.join(["Müller", "Jürgen", "Fürth"]) + "\r\n"
    path = tmp_path / "list.csv"
    path.write_bytes(bom + text.encode(encoding))
    table = read_table_file(path)
    assert table.reading == told
    assert table.rows[0].cells == ("Müller", "Jürgen", "Fürth")


def test_our_exports_neutralised_cells_come_back_as_the_original_text(tmp_path) -> None:  # noqa: ANN001
    values = [EVIL, "+44 20 7946 0000", "-250.00", "@home", "'quoted", "0049 351 123", "1e3"]
    path = tmp_path / "out.csv"
    write_csv(Sheet("x", [SheetColumn("Notes")], [(v,) for v in values]), path)
    assert [row.cells[0] for row in read_table_file(path).rows] == values
    assert restore_text("'=1+1") == "=1+1" and restore_text("'tis") == "'tis"


@pytest.mark.parametrize(
    ("headers", "fields"),
    [
        (["Vorname", "Name", "E-Mail", "Tel."], ["given_name", "family_name", "email", "phone"]),
        (["Prénom", "Nom", "Courriel", "Ville"], ["given_name", "family_name", "email", "city"]),
        (["Имя", "Фамилия", "Телефон", "Организация"],
         ["given_name", "family_name", "phone", "organisation"]),
        (["Name", "E-mail", "Whatever"], ["full_name", "email", None]),
        (["ID", "Given name", "Family name", "Given name (native)", "Family name (native)"],
         ["id", "given_name", "family_name", "given_name_native", "family_name_native"]),
        (["Surname", "Last name"], ["family_name", None]),  # one column per field
    ],
)  # fmt: skip
def test_the_mapping_is_guessed_from_headings_in_four_languages(headers, fields) -> None:  # noqa: ANN001
    assert guess_mapping("people", headers) == fields


def test_mapping_problems_name_the_missing_field() -> None:
    assert "family name" in mapping_problem("people", ["email", None])
    assert "Two columns" in mapping_problem("people", ["family_name", "family_name"])
    assert guess_mapping("organisations", ["Bezeichnung", "Art", "Stadt"]) == [
        "name",
        "kind",
        "city",
    ]
    assert "name" in mapping_problem("organisations", ["city"])


def test_refused_rows_keep_the_source_cells_and_say_why(tmp_path: Path) -> None:
    source = tmp_path / "gaeste.csv"
    source.write_bytes("Nachname;Vorname;Notiz\nMüller;Jürgen;x\n;Anna;=1+1\n".encode("cp1252"))
    table = read_table_file(source)
    out = refused_path(source)
    assert out.name == "gaeste-refused.csv"
    assert write_refused_rows(table, [(3, "Family name: is needed")], out) == 1
    again = read_table_file(out)
    assert again.headers == ("Nachname", "Vorname", "Notiz", REASON_COLUMN)
    assert again.rows[0].cells == ("", "Anna", "=1+1", "row 3: Family name: is needed")
    assert guess_mapping("people", again.headers)[-1] is None  # the reason is left out
