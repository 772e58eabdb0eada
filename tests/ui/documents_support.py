"""The demo history for the document window tests, built once per run, and what they share:
the command line's output to compare with, and PDFs read back with poppler."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from exchangedesk.cli import main as cli_main
from exchangedesk.db.models import Delegation
from exchangedesk.db.opening import OpenedDatabase, open_database
from exchangedesk.db.session import Database
from exchangedesk.services.samples.demo import build_demo
from exchangedesk.ui.documents.preview import _pool

# The reports' tests build the demo on this day too: its planned visits are relative to it.
TODAY = dt.date(2025, 5, 1)
ISSUED = dt.date(2025, 5, 10)
# What differs between two renders of the same document made at different moments.
_VOLATILE = re.compile(rb"/(CreationDate|ModDate) *\([^)]*\)|/ID *\[[^\]]*\]")


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("documents-demo") / "demo.sqlite3"
    handle = open_database(path)
    try:
        build_demo(handle.database, today=TODAY)
    finally:
        handle.close()
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "committee" / "demo.sqlite3"
    copy.parent.mkdir()
    shutil.copy(demo_file, copy)
    return copy


@pytest.fixture
def opened_demo(demo_copy: Path) -> Iterator[OpenedDatabase]:
    handle = open_database(demo_copy)
    yield handle
    _pool().waitForDone(30_000)
    handle.close()


def delegation_id(database: Database, title_start: str) -> int:
    with database.reading() as session:
        return session.scalars(
            select(Delegation.id).where(Delegation.title.startswith(title_start))
        ).one()


def without_timestamps(pdf: bytes) -> bytes:
    return _VOLATILE.sub(b"", pdf)


def cli_print(*args: str) -> None:
    assert cli_main(["print", *args]) == 0


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        [tool, "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())
