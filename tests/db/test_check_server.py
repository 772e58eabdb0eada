"""`check` on a PostgreSQL server runs the server's own checks (issue 19): a sequence behind its
table, an invalid index, a constraint never validated — each named with its fix."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

from exchangedesk.services.maintenance.upkeep import check_database, inspecting

CITY = "INSERT INTO cities (name, country_code, search_key, created_at, updated_at, version_id) "
KIEL = "('Kiel', 'DE', 'kiel', now(), now(), 1)"


def _execute(url: str, *statements: str) -> None:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def _problems(url: str) -> list[str]:
    with inspecting(url) as database:
        return [str(problem) for problem in check_database(database).problems]


@pytest.fixture
def register(pg_url: str) -> str:
    _execute(
        pg_url,
        CITY.replace("(name", "(id, name")
        + "VALUES (41, 'Coventry', 'GB', 'coventry', now(), now(), 1)",
    )
    return pg_url


def test_a_sound_register_on_the_server_has_no_problems(pg_url):
    _execute(pg_url, f"{CITY} VALUES {KIEL}")
    assert _problems(pg_url) == []


def test_a_sequence_behind_its_table_is_named_with_the_fix(register):
    problems = _problems(register)
    assert any(
        p.startswith("sequences: the next new row of cities would get id 1") and "setval(" in p
        for p in problems
    ), problems


def test_an_unvalidated_constraint_and_an_invalid_index(pg_url):
    _execute(
        pg_url,
        f"{CITY} VALUES {KIEL}, {KIEL}",
        "ALTER TABLE cities ADD CONSTRAINT ck_cities_probe CHECK (length(name) > 0) NOT VALID",
    )
    # What an interrupted or failed CREATE INDEX CONCURRENTLY leaves behind: an invalid index.
    engine = create_engine(pg_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection, pytest.raises(IntegrityError):
            connection.execute(
                text("CREATE UNIQUE INDEX CONCURRENTLY ix_cities_probe ON cities (name)")
            )
    finally:
        engine.dispose()
    problems = _problems(pg_url)
    assert any(p.startswith("constraints: the rule ck_cities_probe") for p in problems), problems
    assert any(p.startswith("indexes: the index ix_cities_probe") for p in problems), problems
