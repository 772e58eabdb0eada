"""The village demo as a writable register of one test's own, on both backends (issue 19).

``demo_register`` is where a test's copy lives: a copy of the SQLite file, or on the PostgreSQL
half a new database copied on the server (``CREATE DATABASE ... TEMPLATE``, about 0.4 s) from
a demo built once per run. The CLI tests that print, export and import through ``--db`` take it,
so their PostgreSQL variants really run the command against the server.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import pg_server
from exchangedesk.db.opening import open_database
from exchangedesk.services.samples.demo import build_demo
from export_support import TODAY, export_demo_file  # noqa: F401 - the SQLite demo's fixture


@pytest.fixture(scope="session")
def pg_demo_template(
    pg: pg_server.Server, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The demo built once on the server; only ever copied, never opened by a test (a database
    with a connection open cannot be a template)."""
    url = pg.migrated()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("pg-demo-template-home")))
        handle = open_database(pg_server.plain(url))
        try:
            build_demo(handle.database, today=TODAY)
        finally:
            handle.close()
    yield url.database
    pg.release(url.database)


@pytest.fixture
def demo_register(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Path | str]:
    """A writable copy of the demo for this test: a file path, or a server database's URL."""
    if backend == "postgresql":
        request.getfixturevalue("pg_data_home")
        server: pg_server.Server = request.getfixturevalue("pg")
        url = server.copy(request.getfixturevalue("pg_demo_template"))
        yield pg_server.plain(url)
        server.release(url.database)
        return
    copy = tmp_path / "register" / "demo.sqlite3"
    copy.parent.mkdir()
    shutil.copy(request.getfixturevalue("export_demo_file"), copy)
    yield copy
