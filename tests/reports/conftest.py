"""The demo history, built once for the document tests, and helpers that read PDFs back the
way a person's tools do (poppler's pdftotext, pdfinfo and pdffonts)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from exchangedesk.db.models import Delegation, Person
from exchangedesk.db.opening import open_database
from exchangedesk.db.session import Database
from exchangedesk.services.samples.demo import build_demo

TODAY = dt.date(2025, 5, 1)  # the demo places its planned visits relative to this day
ISSUED = dt.date(2025, 5, 10)


def _poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return found


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "document.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    done = subprocess.run(
        [_poppler("pdftotext"), "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


def pdf_tool(tool: str, pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "probe.pdf"
    path.write_bytes(pdf)
    done = subprocess.run([_poppler(tool), str(path)], capture_output=True, check=True, text=True)
    return done.stdout


def flat(text: str) -> str:
    """pdftotext's layout breaks lines inside table cells; compare on single spaces."""
    return " ".join(text.split())


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    handle = open_database(path)
    try:
        build_demo(handle.database, today=TODAY)
    finally:
        handle.close()
    return path


@pytest.fixture(scope="session")
def demo(demo_file: Path) -> Iterator[Database]:
    """The demo, read-only: shared by every test that only reads it."""
    handle = open_database(demo_file, read_only=True)
    yield handle.database
    handle.close()


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A writable copy of the demo for tests that change it or write the register."""
    copy = tmp_path / "copy" / "demo.sqlite3"
    copy.parent.mkdir()
    shutil.copy(demo_file, copy)
    return copy


def delegation_id(database: Database, title_start: str) -> int:
    with database.reading() as session:
        return session.scalars(
            select(Delegation.id).where(Delegation.title.startswith(title_start))
        ).one()


def person_id(database: Database, family_name: str) -> int:
    with database.reading() as session:
        return session.scalars(select(Person.id).where(Person.family_name == family_name)).one()
