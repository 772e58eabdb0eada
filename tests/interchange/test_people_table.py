"""Reading people lists: headings in en/de/fr/ru, encodings, separators, and XLSX."""

from __future__ import annotations

import codecs
from pathlib import Path

import openpyxl
import pytest

from exchangedesk.interchange.people_table import PeopleFileError, field_for, read_people_file

ROWS = [
    ["Зоя", "Бронте", "zoe@example.org"],
    ["Jürgen", "Müller-Lüdenscheidt", "jm@example.de"],
]


@pytest.mark.parametrize(
    ("headings", "fields"),
    [
        (["Given name", "Family name", "Email"], ["given_name", "family_name", "email"]),
        (["Vorname", "Nachname", "E-Mail"], ["given_name", "family_name", "email"]),
        (["Prénom", "Nom", "Courriel"], ["given_name", "family_name", "email"]),
        (["Имя", "Фамилия", "Эл. почта"], ["given_name", "family_name", "email"]),
        (["FIRST NAME ", "Surname:", "e-mail"], ["given_name", "family_name", "email"]),
    ],
)
def test_headings_in_four_languages(headings, fields) -> None:  # noqa: ANN001
    assert [field_for(h) for h in headings] == fields


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_encodings_and_separators(tmp_path: Path, encoding, bom, separator) -> None:  # noqa: ANN001
    lines = [separator.join(["Vorname", "Nachname", "E-Mail"])] + [separator.join(r) for r in ROWS]
    path = tmp_path / "people.csv"
    path.write_bytes(bom + "\r\n".join(lines).encode(encoding))
    table = read_people_file(path)
    assert table.separator == separator
    assert [r.values["family_name"] for r in table.rows] == [r[1] for r in ROWS]
    assert [r.number for r in table.rows] == [2, 3]


def test_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes("Prénom;Nom;Téléphone\nJürgen;Müller;+49 351 123\n".encode("cp1252"))
    table = read_people_file(path)
    assert table.encoding == "cp1252"
    assert table.rows[0].values == {
        "given_name": "Jürgen",
        "family_name": "Müller",
        "phone": "+49 351 123",
    }


def test_xlsx_and_a_whole_name_column(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Phone", "Favourite colour"])
    sheet.append(["Olga Ivanova", "0049 351 123", "blue"])
    sheet.append([None, None, None])
    sheet.append(["Tanaka 田中", 7, None])
    book.save(tmp_path / "people.xlsx")
    table = read_people_file(tmp_path / "people.xlsx")
    assert table.ignored == ("Favourite colour",)
    assert [(r.number, r.values["full_name"]) for r in table.rows] == [
        (2, "Olga Ivanova"),
        (4, "Tanaka 田中"),
    ]
    assert table.rows[0].values["phone"] == "0049 351 123"


def test_a_file_without_a_family_name_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Colour,Size\nblue,3\n", encoding="utf-8")
    with pytest.raises(PeopleFileError, match="family name"):
        read_people_file(path)
