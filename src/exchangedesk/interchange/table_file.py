"""A spreadsheet as the committee receives it: a header row and rows of text, from CSV or XLSX.

Nothing here knows what the columns mean (interchange/import_fields.py guesses that) and nothing
touches the database. The file is read the way Excel and LibreOffice write it:

* **Encoding** (CSV): UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode text",
  which always has a BOM), otherwise Windows-1252 (Excel's CSV on a Western European machine).
* **Separator** (CSV): ``,`` ``;`` (German and French Excel) or TAB, sniffed from the header.
* **XLSX**: the first sheet, or the one named; dates become ISO dates, whole numbers lose the
  ``.0`` a float would give them (an ID read back as ``12``, not ``12.0``).
* **Our own exports**: a CSV cell our export neutralised (``'=HYPERLINK(...)``, ``'+44 20``) has
  that one apostrophe removed, so the text comes back as it was stored.

Row numbers are those a spreadsheet shows: the header is row 1, and a blank row keeps its
number for the ones after it.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.interchange.spreadsheets import FORMULA_STARTS

SEPARATORS = (",", ";", "\t")


class TableFileError(ExchangeDeskError):
    """The file as a whole cannot be read as a table; nothing is imported."""


@dataclass(frozen=True)
class TableRow:
    number: int  # the spreadsheet's row number
    cells: tuple[str, ...]  # as many as the header has columns, stripped

    def cell(self, index: int) -> str:
        return self.cells[index] if 0 <= index < len(self.cells) else ""


@dataclass(frozen=True)
class TableFile:
    name: str  # the file's name, for messages
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    encoding: str | None = None  # None for XLSX
    separator: str | None = None
    sheet: str | None = None  # the XLSX sheet read

    @property
    def reading(self) -> str:
        """How the file was read, for the preview: "Windows-1252, separated by ';'"."""
        if self.encoding is None:
            return f"Excel workbook, sheet '{self.sheet}'"
        names = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (with BOM)", "utf-16": "UTF-16",
                 "cp1252": "Windows-1252"}  # fmt: skip
        separator = "TAB" if self.separator == "\t" else f"'{self.separator}'"
        return f"{names.get(self.encoding, self.encoding)}, separated by {separator}"


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read in."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; such a file is not cp1252 either.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            raise TableFileError(
                "The file is neither UTF-8, UTF-16 nor Windows-1252 text. Save it from the "
                "spreadsheet as 'CSV UTF-8' and import it again."
            ) from exc


def sniff_separator(text: str) -> str:
    """The separator the header line uses most: ',', ';' or TAB."""
    header = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    counts = {sep: header.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def restore_text(cell: str) -> str:
    """A CSV cell without the apostrophe our export put before a formula character."""
    if cell.startswith("'") and cell[1:2] and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def read_table_file(path: Path, sheet: str | None = None) -> TableFile:
    """The header and rows of a CSV or XLSX file (told apart by content, not by name)."""
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):  # a zip: XLSX
        name, rows = _xlsx_rows(data, sheet)
        return _table(path.name, rows, None, None, name)
    text, encoding = decode(data)
    separator = sniff_separator(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    except csv.Error as exc:
        raise TableFileError(f"The file cannot be read as CSV: {exc}.") from exc
    rows = [[restore_text(cell) for cell in row] for row in rows]
    return _table(path.name, rows, encoding, separator, None)


def sheet_names(path: Path) -> list[str]:
    """The worksheets of an XLSX file ([] for CSV), for the choice of sheet."""
    data = path.read_bytes()
    if not data.startswith(b"PK\x03\x04"):
        return []
    book = _open_book(data)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def _open_book(data: bytes):  # noqa: ANN202 - openpyxl's Workbook, imported lazily
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a damaged or password-protected workbook
        raise TableFileError(f"The workbook cannot be opened: {exc}.") from exc


def _xlsx_rows(data: bytes, sheet: str | None) -> tuple[str, list[list[str]]]:
    book = _open_book(data)
    try:
        if sheet is None:
            worksheet = book.worksheets[0]
        elif sheet in book.sheetnames:
            worksheet = book[sheet]
        else:
            raise TableFileError(
                f"The workbook has no sheet '{sheet}'; its sheets: {', '.join(book.sheetnames)}."
            )
        rows = [
            [_cell_text(value) for value in row] for row in worksheet.iter_rows(values_only=True)
        ]
        return worksheet.title, rows
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        # A date typed into Excel is a datetime at midnight; keep the time only when it has one.
        return (
            value.isoformat(sep=" ", timespec="minutes")
            if value.time() != dt.time()
            else value.date().isoformat()
        )
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _table(
    name: str,
    rows: list[list[str]],
    encoding: str | None,
    separator: str | None,
    sheet: str | None,
) -> TableFile:
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise TableFileError("The file has no header row naming its columns.")
    header = [cell.strip() for cell in rows[0]]
    while header and not header[-1]:
        header.pop()  # trailing empty headings: a spreadsheet's formatted but unused columns
    width = len(header)
    read = []
    for number, row in enumerate(rows[1:], start=2):
        cells = tuple(cell.strip() for cell in (list(row) + [""] * width)[:width])
        if not any(cells):
            continue
        read.append(TableRow(number, cells))
    return TableFile(name, tuple(header), tuple(read), encoding, separator, sheet)


__all__ = [
    "SEPARATORS",
    "TableFile",
    "TableFileError",
    "TableRow",
    "decode",
    "read_table_file",
    "restore_text",
    "sheet_names",
    "sniff_separator",
]
