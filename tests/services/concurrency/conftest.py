"""Two members of staff on one database: a fresh register on SQLite and, when a server is
given, on PostgreSQL.

The PostgreSQL half needs ``EXCHANGEDESK_TEST_PG_URL`` (a role that may CREATE DATABASE, e.g.
``postgresql+psycopg://exd:exd@127.0.0.1:5432/postgres``); each test gets a uniquely named
database, migrated by the program's own opening code, dropped afterwards. Without the variable
those tests are skipped saying so; with ``EXCHANGEDESK_REQUIRE_PG=1`` a missing server fails.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from exchangedesk.db.opening import open_database

PG_URL_VARIABLE = "EXCHANGEDESK_TEST_PG_URL"
NO_SERVER = (
    f"no PostgreSQL server for the tests: set {PG_URL_VARIABLE}="
    "postgresql+psycopg://USER:PASSWORD@HOST:PORT/postgres (a role that may CREATE DATABASE)"
)


def _server_url() -> URL:
    given = os.environ.get(PG_URL_VARIABLE)
    if not given:
        if os.environ.get("EXCHANGEDESK_REQUIRE_PG") == "1":
            pytest.fail(f"EXCHANGEDESK_REQUIRE_PG=1 but {NO_SERVER}")
        pytest.skip(NO_SERVER)
    return make_url(given)


@pytest.fixture
def pg_database_url() -> Iterator[URL]:
    """A fresh, empty PostgreSQL database for one test, dropped after it."""
    server = _server_url()
    name = f"exd_staff_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # the server is not there, or the role may not create databases
        admin.dispose()
        if os.environ.get("EXCHANGEDESK_REQUIRE_PG") == "1":
            raise
        pytest.skip(f"PostgreSQL at {server.host}:{server.port} unusable: {exc}")
    try:
        yield server.set(database=name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_location(request, tmp_path: Path) -> str:
    """Where both members' windows point: a SQLite file or a PostgreSQL URL, migrated."""
    if request.param == "sqlite":
        location = str(tmp_path / "federation.sqlite3")
    else:
        url = request.getfixturevalue("pg_database_url")
        location = url.render_as_string(hide_password=False)
    open_database(location, take_lock=False).close()  # create and migrate it once
    return location


@pytest.fixture
def staff(shared_location: str):
    """Two members, Anna and Boris, each with their own connection to the same register (the
    one-instance lock is for a single secretary's file; here two windows share it on purpose)."""
    opened = []

    def member(name: str):
        handle = open_database(shared_location, take_lock=False)
        handle.database.set_member(name)
        opened.append(handle)
        return handle.database

    yield member
    for handle in opened:
        handle.close()
