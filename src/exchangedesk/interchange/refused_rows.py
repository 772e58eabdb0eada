"""The rows an import refused, as a CSV the secretary can correct and import again.

The file has the source's own header and cells, so it maps itself the same way, plus one last
column, "Refused because", saying the row number in the source and what was wrong (naming the
field). That column is left out on the next import, since no field takes its heading. Written
like every export (UTF-8 with BOM, formula characters neutralised; the import takes the
apostrophe off again).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from exchangedesk.interchange.spreadsheets import TEXT, Sheet, SheetColumn, write_csv
from exchangedesk.interchange.table_file import TableFile

REASON_COLUMN = "Refused because"


def refused_path(source: Path) -> Path:
    """Beside the source: 'guests.xlsx' gives 'guests-refused.csv'."""
    return source.with_name(f"{source.stem}-refused.csv")


def write_refused_rows(table: TableFile, refused: Iterable[tuple[int, str]], out: Path) -> int:
    """Write the refused rows ((row number, reason)) to ``out``; how many were written."""
    by_number = {row.number: row for row in table.rows}
    headers: Sequence[str] = [h for h in table.headers if h != REASON_COLUMN]
    keep = [i for i, h in enumerate(table.headers) if h != REASON_COLUMN]
    rows = []
    for number, reason in refused:
        row = by_number.get(number)
        cells = [row.cell(i) for i in keep] if row is not None else [""] * len(keep)
        rows.append((*cells, f"row {number}: {reason}"))
    columns = [SheetColumn(h or f"Column {i + 1}", TEXT) for i, h in enumerate(headers)]
    write_csv(Sheet("Refused", [*columns, SheetColumn(REASON_COLUMN)], rows), out)
    return len(rows)


__all__ = ["REASON_COLUMN", "refused_path", "write_refused_rows"]
