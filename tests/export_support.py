"""The demo register, built once, and reading exported files back (CSV module and openpyxl)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest

from exchangedesk.db.opening import open_database
from exchangedesk.services.samples.demo import build_demo

TODAY = dt.date(2025, 5, 1)


@pytest.fixture(scope="session")
def export_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export-demo") / "demo.sqlite3"
    handle = open_database(path)
    try:
        build_demo(handle.database, today=TODAY)
    finally:
        handle.close()
    return path


@pytest.fixture
def demo_path(export_demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the demo register for one test (a sensitive export writes the audit log)."""
    copy = tmp_path / "register" / "demo.sqlite3"
    copy.parent.mkdir()
    shutil.copy(export_demo_file, copy)
    return copy


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV for Excel starts with a UTF-8 byte-order mark"
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def read_xlsx(path: Path) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def xlsx_cells(path: Path):  # noqa: ANN201 - openpyxl's worksheet
    return openpyxl.load_workbook(path).active
