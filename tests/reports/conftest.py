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

import pg_server
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
def demo_location(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path | str]:
    """Where the read-only demo lives: the SQLite file, or (the PostgreSQL half, issue 19) a
    database of its own on the test server, built once per run."""
    if backend != "postgresql":
        yield request.getfixturevalue("demo_file")
        return
    server = request.getfixturevalue("pg")
    url = server.migrated()
    location = pg_server.plain(url)
    with pytest.MonkeyPatch.context() as patch:
        # A server register keeps its local files in the user's data folder: the run's own.
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("pg-demo-home")))
        handle = open_database(location)
        try:
            build_demo(handle.database, today=TODAY)
        finally:
            handle.close()
    yield location
    server.release(url.database)


@pytest.fixture(scope="session")
def demo(demo_location: Path | str) -> Iterator[Database]:
    """The demo, read-only: shared by every test that only reads it; on both backends."""
    handle = open_database(demo_location, read_only=True)
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
