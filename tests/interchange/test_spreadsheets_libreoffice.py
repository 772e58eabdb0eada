"""LibreOffice opens the exports without running a formula (skipped when ``soffice`` is absent;
CI installs libreoffice-calc-nogui).

Each file is converted headless, XLSX → CSV and CSV → XLSX: a formula that LibreOffice ran would
show its result (2, "y") in the converted file, or stay a formula cell in the XLSX it writes.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from exchangedesk.interchange.spreadsheets import AMOUNT, Sheet, SheetColumn, write_csv, write_xlsx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

TEXTS = [
    '=HYPERLINK("http://x","y")',
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1,1)",
    "+44 20 7946 0000",
    "Волгоград",
]
SHEET = Sheet(
    "Test",
    [SheetColumn("Text"), SheetColumn("Amount", AMOUNT), SheetColumn("Currency")],
    [(text, Decimal("-250.00"), "EUR") for text in TEXTS],
)
# UTF-8 CSV, comma, double quotes (LibreOffice's filter options for Text - txt - csv).
# As one argument, without the quotes a shell would have removed.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76"
# Reading a CSV the same way; LibreOffice's own default would guess the encoding.
CSV_IMPORT = "Text - txt - csv (StarCalc):44,34,76"


def _convert(source: Path, target: str, folder: Path) -> Path:
    out = folder / "converted"
    out.mkdir(exist_ok=True)
    profile = (folder / "profile").as_uri()  # its own profile: no clash with a running office
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile}",
            "--headless",
            *([f"--infilter={CSV_IMPORT}"] if source.suffix == ".csv" else []),
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    suffix = target.split(":")[0]
    converted = out / f"{source.stem}.{suffix}"
    assert converted.is_file(), f"LibreOffice wrote no {suffix}"
    return converted


def test_libreoffice_reads_the_xlsx_text_as_text(tmp_path: Path) -> None:
    source = tmp_path / "export.xlsx"
    write_xlsx(SHEET, source)
    converted = _convert(source, CSV_FILTER, tmp_path)
    with converted.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert [row[0] for row in rows[1:]] == TEXTS  # no formula ran: text exactly as given
    assert all(float(row[1].replace(",", "")) == -250 for row in rows[1:])


def test_libreoffice_runs_no_formula_from_the_csv(tmp_path: Path) -> None:
    source = tmp_path / "export.csv"
    write_csv(SHEET, source)
    converted = _convert(source, "xlsx", tmp_path)
    sheet = openpyxl.load_workbook(converted).active
    values = [sheet.cell(row, 1) for row in range(2, 2 + len(TEXTS))]
    assert all(cell.data_type != "f" for cell in values)
    shown = [str(cell.value) for cell in values]
    assert "2" not in shown and "0" not in shown and "y" not in shown
    for text, value in zip(TEXTS, shown, strict=True):
        assert value.lstrip("'") == text  # the apostrophe kept it text; nothing else changed
