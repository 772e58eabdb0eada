"""Reading a list of people from CSV or XLSX as the committee receives them.

Lists come from partner towns, schools and volunteers, typed in Excel in English, German,
French or Russian. So:

* **Encoding**: UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode text", which
  always has a BOM), otherwise Windows-1252 (Excel's CSV on a Western European machine).
* **Separator**: ``,`` ``;`` (German and French Excel) or TAB, sniffed from the header line.
* **Columns** are found by their heading in any of the four languages, any case or accents
  ("Vorname", "Prénom", "Имя" are all the given name); a single "Name" column is split at
  its last space. Columns nobody recognises are ignored and named in :attr:`PeopleTable.ignored`.

Row numbers are those a spreadsheet shows (the header is row 1). Nothing here touches the
database.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from exchangedesk.domain.text import fold
from exchangedesk.interchange.table_file import (  # noqa: F401 - decode, sniff_separator: API
    SEPARATORS,
    TableFileError,
    decode,
    sniff_separator,
)

# Field → headings (folded) that name it, in en, de, fr, ru.
HEADINGS: dict[str, tuple[str, ...]] = {
    "given_name": (
        "given name", "first name", "forename", "given", "vorname", "prenom", "имя",
    ),
    "family_name": (
        "family name", "last name", "surname", "family", "nachname", "familienname",
        "nom de famille", "nom", "фамилия",
    ),
    "full_name": ("name", "full name", "nom complet", "vollstandiger name", "фио", "имя и фамилия"),
    "salutation": ("salutation", "title", "anrede", "titel", "civilite", "обращение"),
    "email": (
        "email", "e-mail", "mail", "e-mail address", "email address", "e-mail-adresse",
        "courriel", "adresse e-mail", "adresse electronique", "электронная почта", "эл. почта",
        "почта",
    ),
    "phone": (
        "phone", "telephone", "tel", "tel.", "mobile", "telefon", "telefonnummer", "handy",
        "portable", "телефон", "тел.",
    ),
    "role": ("role", "position", "function", "rolle", "funktion", "fonction", "poste",
             "должность", "роль"),
    "address": ("address", "adresse", "anschrift", "адрес"),
    "languages": ("languages", "language", "sprachen", "sprache", "langues", "langue",
                  "языки", "язык"),
    "notes": ("notes", "note", "remarks", "comments", "bemerkungen", "bemerkung", "notizen",
              "remarques", "commentaires", "примечания", "примечание", "комментарий"),
}  # fmt: skip
_BY_HEADING = {heading: name for name, headings in HEADINGS.items() for heading in headings}


# The file as a whole cannot be read as a list of people; nothing is imported.
PeopleFileError = TableFileError


@dataclass(frozen=True)
class PeopleRow:
    number: int  # the spreadsheet's row number
    values: dict[str, str]  # field → text as given (stripped)


@dataclass(frozen=True)
class PeopleTable:
    columns: dict[str, str]  # field → the heading it was read from
    ignored: tuple[str, ...]  # headings not recognised
    rows: tuple[PeopleRow, ...]
    encoding: str | None = None  # None for XLSX
    separator: str | None = None


def field_for(heading: str) -> str | None:
    """The field a heading names, or None: 'Prénom' → 'given_name'."""
    key = fold(heading).strip(" :*")
    return _BY_HEADING.get(key)


def read_people_file(path: Path) -> PeopleTable:
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):  # a zip: XLSX
        return _table(_xlsx_rows(data), None, None)
    text, encoding = decode(data)
    separator = sniff_separator(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    except csv.Error as exc:
        raise PeopleFileError(f"The file cannot be read as CSV: {exc}.") from exc
    return _table(rows, encoding, separator)


def _xlsx_rows(data: bytes) -> list[list[str]]:
    import datetime as dt

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a damaged or password-protected workbook
        raise PeopleFileError(f"The workbook cannot be opened: {exc}.") from exc
    rows = []
    for row in book.worksheets[0].iter_rows(values_only=True):
        cells = []
        for value in row:
            if value is None:
                cells.append("")
            elif isinstance(value, dt.datetime | dt.date):
                cells.append(value.isoformat()[:10])
            elif isinstance(value, float) and value.is_integer():
                cells.append(str(int(value)))
            else:
                cells.append(str(value))
        rows.append(cells)
    book.close()
    return rows


def _table(rows: list[list[str]], encoding: str | None, separator: str | None) -> PeopleTable:
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise PeopleFileError("The file has no header row naming its columns.")
    header = rows[0]
    columns: dict[str, int] = {}
    titles: dict[str, str] = {}
    ignored = []
    for index, heading in enumerate(header):
        name = field_for(heading)
        if name is None or name in columns:
            if heading.strip():
                ignored.append(heading.strip())
            continue
        columns[name], titles[name] = index, heading.strip()
    if "full_name" in columns and "given_name" in columns and "family_name" not in columns:
        # "Vorname" beside "Name": the German way of heading the family name.
        columns["family_name"] = columns.pop("full_name")
        titles["family_name"] = titles.pop("full_name")
    if "family_name" not in columns and "full_name" not in columns:
        raise PeopleFileError(
            "No column names the family name: head one 'Family name', 'Nachname', 'Nom' or "
            "'Фамилия' (or a 'Name' column with the whole name)."
        )
    read = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue  # a blank row keeps its number for the ones after it
        values = {
            name: row[index].strip()
            for name, index in columns.items()
            if index < len(row) and row[index].strip()
        }
        read.append(PeopleRow(number, values))
    return PeopleTable(titles, tuple(ignored), tuple(read), encoding, separator)
