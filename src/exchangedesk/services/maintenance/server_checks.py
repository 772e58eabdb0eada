"""``exchangedesk check`` on a PostgreSQL server: the server's own ways a register goes wrong
(issue 19).

SQLite's ``integrity_check`` and ``foreign_key_check`` have no counterpart to run here: the server
enforces foreign keys itself and checks its own pages. What does go wrong on a server is:

* a sequence behind its table's highest id (rows copied in with explicit ids, a restore by hand):
  the next new record then fails with a duplicate key, which the secretary sees as "cannot save";
* an index left invalid by an interrupted ``CREATE INDEX CONCURRENTLY``: the server no longer
  uses it and searches turn slow;
* a constraint added ``NOT VALID`` and never validated: older rows were never checked against it.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

_SEQUENCES = text(
    """
    SELECT c.relname AS table_name, a.attname AS column_name, s.relname AS sequence_name
    FROM pg_class s
    JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
    JOIN pg_class c ON c.oid = d.refobjid
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE s.relkind = 'S' AND n.nspname = current_schema()
    ORDER BY c.relname
    """
)
_INVALID_INDEXES = text(
    """
    SELECT i.relname, t.relname FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND NOT (x.indisvalid AND x.indisready)
    ORDER BY i.relname
    """
)
_UNVALIDATED = text(
    """
    SELECT con.conname, t.relname FROM pg_constraint con
    JOIN pg_class t ON t.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND NOT con.convalidated
    ORDER BY con.conname
    """
)


def sequences_behind(connection: Connection) -> list[str]:
    problems = []
    for table, column, sequence in connection.execute(_SEQUENCES):
        highest = connection.execute(
            text(f'SELECT max("{column}") FROM "{table}"')  # names from the catalogue
        ).scalar()
        if highest is None:
            continue
        last, called = connection.execute(
            text(f'SELECT last_value, is_called FROM "{sequence}"')
        ).one()
        next_id = last + 1 if called else last
        if next_id <= highest:
            problems.append(
                f"the next new row of {table} would get id {next_id}, which is already taken "
                f"(highest {highest}): saving a new one would fail. Fix: SELECT setval("
                f"'{sequence}', {highest});"
            )
    return problems


def invalid_indexes(connection: Connection) -> list[str]:
    return [
        f"the index {index} of {table} is not valid (an interrupted build); the server does "
        f"not use it. Fix: REINDEX INDEX {index};"
        for index, table in connection.execute(_INVALID_INDEXES)
    ]


def unvalidated_constraints(connection: Connection) -> list[str]:
    return [
        f"the rule {name} of {table} was never checked against older rows. Fix: ALTER TABLE "
        f"{table} VALIDATE CONSTRAINT {name};"
        for name, table in connection.execute(_UNVALIDATED)
    ]


CHECKS = (
    ("sequences", sequences_behind),
    ("indexes", invalid_indexes),
    ("constraints", unvalidated_constraints),
)
