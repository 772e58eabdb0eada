"""Writing a list as CSV or XLSX that opens safely in Excel and LibreOffice.

A :class:`Sheet` is plain data: typed columns and rows of Python values (str, int, Decimal,
float, date, datetime, bool, None). No Qt, no database.

No cell ever becomes a formula, and no value is changed on the way:

* **CSV** has no types, so a spreadsheet guesses: text beginning with ``=``, ``+``, ``-``, ``@``,
  TAB, CR or LF would run as a formula. Such text gets a leading apostrophe (OWASP's rule for
  CSV injection); removing that one apostrophe gives the value back. Numbers and amounts are
  written as numbers (``-250.00`` is an amount, not text), so they need no quote.
* **XLSX** has types: text is always a string cell (openpyxl makes any string beginning with
  ``=`` a formula, and ``#N/A`` an error, unless the cell is told it is a string), so a phone
  number ``+44 20 7946 0000`` or ``007`` is stored exactly as given. Dates are dates, amounts
  numbers beside their currency column, the header row is frozen and filtered, and each
  column is as wide as what it holds.

CSV is written as UTF-8 with a byte-order mark: Excel reads a file without one in the
computer's legacy code page and turns "Волгоград" into mojibake.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

# Column kinds. "amount" is money (two decimals shown), "quantity" an exact decimal of any scale.
TEXT, INTEGER, AMOUNT, QUANTITY, NUMBER, DATE, DATETIME, YES_NO = (
    "text",
    "integer",
    "amount",
    "quantity",
    "number",
    "date",
    "datetime",
    "yes_no",
)
FORMATS = ("csv", "xlsx")

# A spreadsheet reads a cell beginning with one of these as a formula (or, for TAB/CR/LF, a
# cell some import dialogs trim into one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Characters XML 1.0 cannot hold at all; an XLSX cell cannot carry them.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NUMBER_FORMATS = {
    AMOUNT: "#,##0.00",
    INTEGER: "0",
    DATE: "yyyy-mm-dd",
    DATETIME: "yyyy-mm-dd hh:mm",
}
_WIDEST = 60  # characters; longer text wraps in the cell rather than making a wall of a column


@dataclass(frozen=True)
class SheetColumn:
    title: str
    kind: str = TEXT
    sensitive: bool = False  # only written when the user asked for sensitive details


@dataclass(frozen=True)
class Sheet:
    name: str  # the worksheet's name, e.g. "Partnerships"
    columns: Sequence[SheetColumn]
    rows: Sequence[Sequence[Any]] = field(default_factory=list)


def neutralise(text: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character gets an apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_value(value: Any, kind: str) -> str:
    """One CSV field: numbers and dates plain (ISO dates, '.' decimals), text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, int | float) and kind != TEXT:
        return str(value)
    return neutralise(str(value))


def write_csv(sheet: Sheet, out: Path) -> None:
    """The sheet as CSV (UTF-8 with BOM, comma, CRLF as RFC 4180), written atomically."""

    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow([neutralise(c.title) for c in sheet.columns])
            kinds = [c.kind for c in sheet.columns]
            for row in sheet.rows:
                writer.writerow([csv_value(v, k) for v, k in zip(row, kinds, strict=True)])

    _atomically(out, write)


def write_xlsx(sheet: Sheet, out: Path) -> None:
    """The sheet as one typed, filtered XLSX worksheet, written atomically."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet_ = book.create_sheet(_sheet_name(sheet.name))
    columns = list(sheet.columns)
    # Widths, the frozen header and the filter must be set before the first row is written.
    for index, width in enumerate(_widths(sheet), start=1):
        sheet_.column_dimensions[get_column_letter(index)].width = width
    sheet_.freeze_panes = "A2"
    last = get_column_letter(max(len(columns), 1))
    sheet_.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet_, value=None)
        _set_text(cell, column.title)
        cell.font = bold
        header.append(cell)
    sheet_.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.rows:
        cells = []
        for value, column in zip(row, columns, strict=True):
            cell = WriteOnlyCell(sheet_, value=None)
            _set_value(cell, value, column.kind)
            if isinstance(value, str) and "\n" in value:
                cell.alignment = wrap
            cells.append(cell)
        sheet_.append(cells)
    _atomically(out, lambda path: book.save(path))


def write_sheet(sheet: Sheet, out: Path, file_format: str) -> None:
    if file_format == "csv":
        write_csv(sheet, out)
    elif file_format == "xlsx":
        write_xlsx(sheet, out)
    else:
        raise ValueError(f"unknown format {file_format!r}; use csv or xlsx")


# --- cells ---------------------------------------------------------------------------------------


def _set_text(cell: Any, text: str) -> None:
    # Assigning the value lets openpyxl guess (formula for "=", error for "#N/A"); the type is
    # set afterwards so the cell holds the text exactly.
    # XML reads every CR as a line end (LF), so a cell's CRLF or CR is written as the LF that
    # Excel and LibreOffice show as a line break anyway.
    cell.value = _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    cell.data_type = "s"


def _set_value(cell: Any, value: Any, kind: str) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        _set_text(cell, "yes" if value else "no")
    elif isinstance(value, dt.datetime | dt.date):
        cell.value = value
        cell.number_format = _NUMBER_FORMATS[DATETIME if isinstance(value, dt.datetime) else DATE]
    elif isinstance(value, Decimal | int | float) and kind != TEXT:
        cell.value = value
        if kind in _NUMBER_FORMATS:
            cell.number_format = _NUMBER_FORMATS[kind]
    else:
        _set_text(cell, str(value))


def _sheet_name(name: str) -> str:
    # Excel refuses []:*?/\ in a sheet name and more than 31 characters.
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", name).strip() or "Export"
    return cleaned[:31]


def display_width(text: str) -> int:
    """Columns of screen a text takes: CJK and other wide characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _widths(sheet: Sheet) -> list[float]:
    widths = []
    for index, column in enumerate(sheet.columns):
        widest = display_width(column.title) + 3  # room for the filter button
        for row in sheet.rows:
            value = row[index]
            if value is None:
                continue
            if isinstance(value, dt.datetime):
                length = 16
            elif isinstance(value, dt.date):
                length = 10
            elif isinstance(value, Decimal) and column.kind == AMOUNT:
                length = len(f"{value:,.2f}")
            else:
                text = csv_value(value, column.kind)
                length = max((display_width(line) for line in text.splitlines()), default=0)
            widest = max(widest, length)
        widths.append(float(min(max(widest, 6), _WIDEST) + 1))
    return widths


def _atomically(out: Path, write: Any) -> None:
    """A reader never sees half a file, and a failure leaves any old file as it was."""
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


__all__ = [
    "AMOUNT",
    "DATE",
    "DATETIME",
    "FORMATS",
    "FORMULA_STARTS",
    "INTEGER",
    "NUMBER",
    "QUANTITY",
    "TEXT",
    "YES_NO",
    "Sheet",
    "SheetColumn",
    "csv_value",
    "display_width",
    "neutralise",
    "write_csv",
    "write_sheet",
    "write_xlsx",
]
