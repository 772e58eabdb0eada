"""Shared fixtures: every test gets a fresh database built by the migrations, never create_all.

Two backends (issue 19). A test that asks for ``database``, ``opened`` or ``db_location`` in the
folders of :data:`BOTH_BACKENDS` runs twice, ids ``[sqlite]`` and ``[postgresql]``: once on a
new SQLite file, once on a new database on the server named by ``EXCHANGEDESK_TEST_PG_URL``
(tests/pg_server.py; skipped without it, a failure without it when ``EXCHANGEDESK_REQUIRE_PG=1``).
A test about SQLite itself (its files, PRAGMAs, backups of files) says
``@pytest.mark.sqlite_only`` and runs once. Elsewhere (the UI tests) ``backend`` is "sqlite".
"""

from __future__ import annotations

import os

# Before anything imports Qt: without a display the whole run would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read the English source texts whatever the machine's locale (tests that want German,
# French or Russian install it themselves, see tests/ui/test_translations.py).
os.environ["EXCHANGEDESK_LANGUAGE"] = "en"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

import pg_server  # noqa: E402
from exchangedesk.db.opening import OpenedDatabase, open_database  # noqa: E402
from exchangedesk.db.session import Database  # noqa: E402

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TESTS = Path(__file__).resolve().parent

BACKENDS = ("sqlite", "postgresql")
# The service, migration, import, printing and CLI tests; not the UI tests (the window runs the
# same services, and doubling 375 slow widget tests would add little but minutes).
BOTH_BACKENDS = ("services", "db", "reports", "interchange", "test_cli")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about SQLite itself, so not repeated on PostgreSQL"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    first = metafunc.definition.path.relative_to(TESTS).parts[0]
    if first.startswith(BOTH_BACKENDS):
        # Session scope: the demo register of the document tests is built once per backend.
        metafunc.parametrize("backend", BACKENDS, scope="session")


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001, ARG001
    """One line saying how the PostgreSQL half went, so the README's one test command (and CI,
    which runs exactly it) shows that the half ran and how many of its tests passed."""
    counts: dict[str, int] = {}
    for outcome in ("passed", "failed", "error", "skipped"):
        counts[outcome] = sum(
            1
            for report in terminalreporter.stats.get(outcome, [])
            if "[postgresql" in getattr(report, "nodeid", "")
            or "_server.py::" in getattr(report, "nodeid", "")
        )
    if any(counts.values()):
        said = ", ".join(f"{n} {outcome}" for outcome, n in counts.items() if n)
        terminalreporter.write_line(f"PostgreSQL half: {said}")


@pytest.fixture(scope="session")
def backend() -> str:
    return "sqlite"


@pytest.fixture(scope="session")
def pg() -> Iterator[pg_server.Server]:
    server = pg_server.connect()
    yield server
    server.close()


@pytest.fixture
def pg_url(pg: pg_server.Server, pg_data_home: Path) -> Iterator[str]:
    """A new database on the server at the current schema, dropped after the test."""
    url = pg.migrated()
    yield pg_server.plain(url)
    pg.release(url.database)


@pytest.fixture
def pg_empty_url(pg: pg_server.Server, pg_data_home: Path) -> Iterator[str]:
    """A new, empty database on the server (no schema), dropped after the test."""
    url = pg.empty()
    yield pg_server.plain(url)
    pg.drop(url.database)


@pytest.fixture
def pg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A server database keeps its local files (attachments, the erasure log) in the user's
    data folder, not beside a file: the test's own, not the account's."""
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "committee.sqlite3"


@pytest.fixture
def db_location(backend: str, request: pytest.FixtureRequest) -> Path | str:
    """Where this test's database is: a new SQLite file, or a new PostgreSQL database's URL."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_url")
    return request.getfixturevalue("db_path")


@pytest.fixture
def opened(db_location: Path | str) -> Iterator[OpenedDatabase]:
    handle = open_database(db_location)
    yield handle
    handle.close()


@pytest.fixture
def database(opened: OpenedDatabase) -> Database:
    return opened.database


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"reference data not found at {SHARED_DATA}")
    return SHARED_DATA
