"""CSV and XLSX writing: no cell ever becomes a formula, and no value is changed on the way."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from exchangedesk.interchange.spreadsheets import (
    AMOUNT,
    DATE,
    DATETIME,
    INTEGER,
    QUANTITY,
    Sheet,
    SheetColumn,
    display_width,
    neutralise,
    write_csv,
    write_xlsx,
)
from export_support import read_csv, xlsx_cells

# Text a spreadsheet would run (or trim into something it runs) if it were not neutralised.
DANGEROUS = [
    '=HYPERLINK("http://x","y")',
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "=cmd|' /C calc'!A0",
]
# Real values that must come back exactly as they went in.
REAL = ["+44 20 7946 0000", "0049 351 123", "1e3", "007", "#N/A", "TRUE", "1/2", "Zoë ŁÓDŹ"]
NAMES = ["Волгоград", "東京都", "Αθήνα", "Kraków", "Nukuʻalofa", "القاهرة", "서울"]

COLUMNS = [
    SheetColumn("Text"),
    SheetColumn("Amount", AMOUNT),
    SheetColumn("Currency"),
    SheetColumn("On", DATE),
    SheetColumn("At", DATETIME),
    SheetColumn("Count", INTEGER),
    SheetColumn("Quantity", QUANTITY),
]


def _sheet(texts: list[str]) -> Sheet:
    rows = [
        (
            text,
            Decimal("-250.00"),
            "EUR",
            dt.date(1957, 4, 28),
            dt.datetime(2025, 5, 1, 9, 30),
            7,
            Decimal("12.500"),
        )
        for text in texts
    ]
    return Sheet("Test", COLUMNS, rows)


@pytest.mark.parametrize("text", DANGEROUS)
def test_csv_neutralises_text_that_would_run(tmp_path: Path, text: str) -> None:
    out = tmp_path / "x.csv"
    write_csv(_sheet([text]), out)
    header, row = read_csv(out)
    assert header[0] == "Text"
    assert row[0] == "'" + text  # one apostrophe; removing it gives the value back
    assert row[1] == "-250.00"  # an amount is a number, never quoted


@pytest.mark.parametrize("text", REAL + NAMES)
def test_csv_keeps_real_values(tmp_path: Path, text: str) -> None:
    out = tmp_path / "x.csv"
    write_csv(_sheet([text]), out)
    row = read_csv(out)[1]
    expected = neutralise(text)
    assert row[0] == expected
    if not text.startswith("+"):
        assert row[0] == text
    assert row[3:7] == ["1957-04-28", "2025-05-01 09:30", "7", "12.500"]


@pytest.mark.parametrize("text", DANGEROUS + REAL + NAMES)
def test_xlsx_text_is_a_string_cell_exactly_as_given(tmp_path: Path, text: str) -> None:
    out = tmp_path / "x.xlsx"
    write_xlsx(_sheet([text]), out)
    sheet = xlsx_cells(out)
    cell = sheet["A2"]
    assert cell.data_type == "s", "never a formula ('f') or an error ('e')"
    # XML makes every CR a line end; the writer says so itself rather than leave it to chance.
    assert cell.value == text.replace("\r", "\n")
    assert "<f>" not in _sheet_xml(out)


def test_xlsx_has_real_types_a_frozen_filtered_header_and_fitting_widths(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    long_name = "Lanchester College of Technology, Coventry"
    write_xlsx(_sheet(["short", long_name, "東京都庁舎"]), out)
    sheet = xlsx_cells(out)
    assert [c.value for c in sheet[1]] == [c.title for c in COLUMNS]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G4"
    amount, currency, on, at, count, quantity = (sheet.cell(2, i).value for i in range(2, 8))
    assert amount == -250 and sheet["B2"].data_type == "n"
    assert sheet["B2"].number_format == "#,##0.00"
    assert currency == "EUR"
    assert on == dt.datetime(1957, 4, 28) and sheet["D2"].is_date
    assert sheet["D2"].number_format == "yyyy-mm-dd"
    assert at == dt.datetime(2025, 5, 1, 9, 30) and sheet["E2"].is_date
    assert count == 7 and quantity == 12.5
    width = sheet.column_dimensions["A"].width
    assert len(long_name) <= width <= len(long_name) + 5
    assert sheet.column_dimensions["C"].width < 15  # a currency column stays narrow


def test_names_in_every_script_survive_both_formats(tmp_path: Path) -> None:
    write_csv(_sheet(NAMES), tmp_path / "x.csv")
    write_xlsx(_sheet(NAMES), tmp_path / "x.xlsx")
    assert [row[0] for row in read_csv(tmp_path / "x.csv")[1:]] == NAMES
    sheet = xlsx_cells(tmp_path / "x.xlsx")
    assert [sheet.cell(i, 1).value for i in range(2, 2 + len(NAMES))] == NAMES


def test_empty_cells_stay_empty_and_control_characters_do_not_break_xlsx(tmp_path: Path) -> None:
    sheet = Sheet("Test", [SheetColumn("A"), SheetColumn("B", AMOUNT)], [("bell\x07", None)])
    write_xlsx(sheet, tmp_path / "x.xlsx")
    cells = xlsx_cells(tmp_path / "x.xlsx")
    assert cells["A2"].value == "bell"  # XML cannot hold \x07; the rest is kept
    assert cells["B2"].value is None


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    out.write_text("old", encoding="utf-8")
    bad = Sheet("Test", [SheetColumn("A")], [("one", "two")])  # more cells than columns
    with pytest.raises(ValueError):
        write_csv(bad, out)
    assert out.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [out]


def test_wide_characters_count_twice() -> None:
    assert display_width("東京") == 4
    assert display_width("Kraków") == 6


def _sheet_xml(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
